#include "ingest/format_detect.h"

#include <gtest/gtest.h>

#include <optional>

namespace vigie::ingest {
namespace {

using namespace std::string_view_literals;

struct DetectCase {
  std::string_view path;
  std::string_view bytes;
  std::optional<Format> format;  // nullopt: an error is expected
  Status::Code error = Status::Code::kOk;
};

const DetectCase kCases[] = {
    // Empty and blank inputs.
    {"vide.txt", "", std::nullopt, Status::Code::kInvalidArgument},
    {"blanc.txt", " \n\t\r\n  ", std::nullopt, Status::Code::kInvalidArgument},
    {"bom.txt", "\xEF\xBB\xBF\n", std::nullopt, Status::Code::kInvalidArgument},
    // Binary data, by signature or by NUL bytes.
    {"image.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"sv, std::nullopt, Status::Code::kUnsupported},
    {"photo.html", "\xFF\xD8\xFF\xE0\0\x10JFIF"sv, std::nullopt, Status::Code::kUnsupported},
    {"doc.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", std::nullopt, Status::Code::kUnsupported},
    {"archive", "PK\x03\x04\x14\0\0\0"sv, std::nullopt, Status::Code::kUnsupported},
    {"data.bin", "abc\0def"sv, std::nullopt, Status::Code::kUnsupported},
    {"ctrl.txt", "\x01\x02\x03\x04\x05\x06\x07\x08 ab", std::nullopt, Status::Code::kUnsupported},
    // WARC by its version line, whatever the name.
    {"crawl.warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", Format::kWarc},
    {"crawl.bin", "WARC/1.1\r\n", Format::kWarc},
    {"damaged.warc", "garbage before\r\nWARC/1.0", Format::kWarc},
    // HTML: documents, fragments, names.
    {"page", "<!DOCTYPE html><html><body><p>x</p></body></html>", Format::kHtml},
    {"page.txt", "\n\n  <html lang=\"fr\"><head><title>t</title>", Format::kHtml},
    {"page.htm", "<!-- saved from url=(0042) --><html>", Format::kHtml},
    {"page.xhtml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML\"><html>",
     Format::kHtml},
    {"frag", "<div class=\"article\"><p>Un paragraphe.</p><p>Un autre.</p></div>", Format::kHtml},
    {"frag.md", "<p>Un.</p>\n<p>Deux.</p>", Format::kHtml},
    {"head.html", "<meta charset=\"utf-8\"><title>Titre</title>", Format::kHtml},
    {"warning.html", "Warning: include(): failed in /var/www\n<!DOCTYPE html><html>", Format::kHtml},
    {"page.HTML", "Texte <b>gras</b> seulement.", Format::kHtml},
    {"fichier.html.gz", "Un <em>peu</em> de balisage.", Format::kHtml},
    // JSONL by content, by name.
    {"export.txt", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n", Format::kJsonl},
    {"export", "\xEF\xBB\xBF{\"text\": \"a\"}  \r\n", Format::kJsonl},
    {"export.jsonl", "not json at all\n{\"text\": \"b\"}\n", Format::kJsonl},
    {"export.ndjson.zst", "{\"text\": \"a\"", Format::kJsonl},
    {"array.json", "[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"}\n]\n", Format::kJsonl},
    {"pretty.json", "{\n  \"text\": \"a\"\n}\n", Format::kJsonl},
    {"notes.json", "Pas du JSON, du texte.", Format::kText},
    // Markdown versus text: content first, .md names Markdown.
    {"article.txt", "## Le titre\n\nPar [Jean Martin](#)\n\nUn paragraphe.\n", Format::kMarkdown},
    {"article.txt", "Titre\n\nUn paragraphe avec un [lien](https://exemple.fr).\n",
     Format::kMarkdown},
    {"article.txt", "Titre de l'article\n\nPremier paragraphe.\n\nSecond paragraphe.\n",
     Format::kText},
    {"article.md", "Titre\n\nPremier paragraphe sans balisage.\n", Format::kMarkdown},
    {"article", "Texte **gras** et \\[échappé\\].\n", Format::kMarkdown},
    {"article", "Signature\n______\n", Format::kText},
    {"latin1.txt", "Caf\xE9 cr\xE8me et th\xE9\n\nSuite.", Format::kText},
};

TEST(FormatDetectTest, Table) {
  for (const DetectCase& c : kCases) {
    Result<Format> got = DetectFormat(c.path, c.bytes);
    if (c.format) {
      ASSERT_TRUE(got.ok()) << c.path << ": " << got.status().ToString();
      EXPECT_EQ(FormatName(*got), FormatName(*c.format)) << c.path << ": " << c.bytes;
    } else {
      ASSERT_FALSE(got.ok()) << c.path << " detected as " << FormatName(*got);
      EXPECT_EQ(got.status().code(), c.error) << c.path << ": " << got.status().ToString();
    }
  }
}

TEST(FormatDetectTest, BinaryErrorNamesTheKind) {
  Result<Format> got = DetectFormat("x.png", "\x89PNG\r\n\x1a\n\0\0"sv);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().message(), "PNG image, not a news page");
}

TEST(FormatDetectTest, LooksLikeHtml) {
  EXPECT_TRUE(LooksLikeHtml("  <!doctype HTML>"));
  EXPECT_TRUE(LooksLikeHtml("<body><p>x"));
  EXPECT_FALSE(LooksLikeHtml("Un texte qui parle de <html> plus loin." + std::string(600, 'x')));
  EXPECT_FALSE(LooksLikeHtml("<!-- commentaire jamais fermé"));
  EXPECT_FALSE(LooksLikeHtml("<p>un seul paragraphe"));
  EXPECT_FALSE(LooksLikeHtml(""));
}

TEST(FormatDetectTest, LooksBinary) {
  EXPECT_FALSE(LooksBinary("Texte ordinaire.\n"));
  EXPECT_FALSE(LooksBinary("\x1b[1mcouleur\x1b[0m"));
  EXPECT_TRUE(LooksBinary("a\0b"sv));
  EXPECT_FALSE(LooksBinary(""));
}

TEST(FormatDetectTest, LargeSingleLineIsCheap) {
  std::string line(50 << 20, 'a');
  Result<Format> got = DetectFormat("big.txt", line);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, Format::kText);
  std::string json = "{\"text\": \"" + std::string(50 << 20, 'b') + "\"}";
  got = DetectFormat("big", json);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, Format::kJsonl);
}

}  // namespace
}  // namespace vigie::ingest
