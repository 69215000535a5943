#include "ingest/reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/testing_sink.h"

namespace vigie::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::CollectingSink;
using testing::Gzip;

CollectingSink Read(std::string_view name, std::string_view bytes,
                    std::optional<Format> forced = std::nullopt) {
  CollectingSink sink;
  ReadInput(name, bytes, forced, &sink);
  return sink;
}

std::string JsonlLines(int n) {
  std::string out;
  for (int i = 1; i <= n; ++i) {
    out += "{\"id\": " + std::to_string(i) + ", \"text\": \"Article numéro " + std::to_string(i) +
           " : le conseil régional a voté.\"}\n";
  }
  return out;
}

std::string WarcResponse(int i) {
  std::string page = "<html><body><p>Page " + std::to_string(i) + "</p></body></html>";
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page;
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://ex.fr/" +
         std::to_string(i) + "\r\nContent-Length: " + std::to_string(http.size()) + "\r\n\r\n" +
         http + "\r\n\r\n";
}

TEST(ReaderTest, PlainPages) {
  CollectingSink sink = Read("a.txt", "Titre\n\nCorps du texte.\n");
  ASSERT_EQ(sink.order, "A");
  EXPECT_EQ(sink.records[0].input, "a.txt");
  EXPECT_EQ(sink.records[0].format, Format::kText);
  EXPECT_EQ(sink.records[0].body_format, Format::kText);
  sink = Read("-", "<html><body><p>x</p></body></html>");
  ASSERT_EQ(sink.order, "A");
  EXPECT_EQ(sink.records[0].input, "<stdin>");
  EXPECT_EQ(sink.records[0].format, Format::kHtml);
}

TEST(ReaderTest, ForcedFormat) {
  CollectingSink sink = Read("a.html", "<p>un</p><p>deux</p>", Format::kText);
  ASSERT_EQ(sink.order, "A");
  EXPECT_EQ(sink.records[0].body_format, Format::kText);
  EXPECT_EQ(Read("vide", "  \n", Format::kHtml).order, "R");
}

TEST(ReaderTest, EmptyAndBinaryInputs) {
  CollectingSink sink = Read("vide.txt", "");
  ASSERT_EQ(sink.order, "R");
  EXPECT_EQ(sink.rejections[0].input, "vide.txt");
  EXPECT_EQ(sink.rejections[0].error, "empty input");
  sink = Read("image.png", std::string_view("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  ASSERT_EQ(sink.order, "R");
  EXPECT_THAT(sink.rejections[0].error, HasSubstr("PNG"));
  EXPECT_EQ(Read("vide.gz", Gzip("")).order, "R");
}

TEST(ReaderTest, InvalidUtf8TextIsRepairedOrConverted) {
  CollectingSink sink = Read("a.txt", "Titre\n\nL\xE9gislatives anticip\xE9" "es.\n");
  ASSERT_EQ(sink.order, "A");
  EXPECT_EQ(sink.records[0].body, "Titre\n\nLégislatives anticipées.\n");
  EXPECT_THAT(sink.records[0].warnings, ElementsAre("converted_from_windows-1252"));
  sink = Read("b.txt", "Titre\n\nÉlections à Lyon \xFF fin.\n");
  ASSERT_EQ(sink.order, "A");
  EXPECT_THAT(sink.records[0].warnings, ElementsAre("invalid_utf8_repaired"));
}

TEST(ReaderTest, Utf16FileIsTranscodedBeforeDetection) {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("<html><body><p>Bonjour</p></body></html>")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  CollectingSink sink = Read("page", utf16);
  ASSERT_EQ(sink.order, "A");
  EXPECT_EQ(sink.records[0].format, Format::kHtml);
  EXPECT_EQ(sink.records[0].body, "<html><body><p>Bonjour</p></body></html>");
}

TEST(ReaderTest, CompressedSinglePage) {
  std::string page = "<html><body><p>Compressé</p></body></html>";
  CollectingSink sink = Read("page.html.gz", Gzip(page));
  ASSERT_EQ(sink.order, "A");
  EXPECT_EQ(sink.records[0].body, page);
  sink = Read("page.html.zst", testing::Zstd(page));
  ASSERT_EQ(sink.order, "A");
  // Truncated: the page is incomplete, one error.
  std::string gz = Gzip(page + std::string(5000, ' '));
  sink = Read("page.html.gz", std::string_view(gz).substr(0, gz.size() - 8));
  ASSERT_EQ(sink.order, "R");
  EXPECT_EQ(sink.rejections[0].input, "page.html.gz");
  // Trailing garbage: the page is complete, a warning.
  sink = Read("page.html.gz", Gzip(page) + "xx");
  ASSERT_EQ(sink.order, "A");
  EXPECT_THAT(sink.records[0].warnings, ElementsAre("trailing_garbage_ignored"));
}

TEST(ReaderTest, TruncatedJsonlGzipKeepsEarlierRecordsAndOneError) {
  std::string lines = JsonlLines(3000);
  std::string gz = Gzip(lines);
  CollectingSink sink = Read("export.jsonl.gz", std::string_view(gz).substr(0, gz.size() / 2));
  ASSERT_FALSE(sink.records.empty());
  EXPECT_LT(sink.records.size(), 3000u);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].input, "export.jsonl.gz");
  EXPECT_EQ(sink.rejections[0].error, "truncated gzip stream");
  EXPECT_EQ(sink.order.back(), 'R');
  EXPECT_EQ(sink.records.back().id, std::to_string(sink.records.size()));
}

TEST(ReaderTest, TruncatedWarcGzipKeepsEarlierRecordsAndOneError) {
  std::string members;
  for (int i = 1; i <= 50; ++i) members += Gzip(WarcResponse(i));
  CollectingSink sink = Read("crawl.warc.gz", std::string_view(members).substr(0, members.size() - 30));
  EXPECT_EQ(sink.records.size(), 49u);
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_EQ(sink.rejections[0].input, "crawl.warc.gz");
  // Whole: every record, no error.
  sink = Read("crawl.warc.gz", members);
  EXPECT_EQ(sink.records.size(), 50u);
  EXPECT_THAT(sink.rejections, IsEmpty());
}

TEST(ReaderTest, WarcWithoutArticleIsOneError) {
  std::string info = "software: x\r\n";
  std::string warc = "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: " +
                     std::to_string(info.size()) + "\r\n\r\n" + info + "\r\n\r\n";
  CollectingSink sink = Read("info.warc", warc);
  ASSERT_EQ(sink.order, "SR");
  EXPECT_EQ(sink.rejections[0].input, "info.warc");
  EXPECT_THAT(sink.rejections[0].error, HasSubstr("no article"));
}

TEST(ReaderTest, JsonlWithBadLines) {
  CollectingSink sink = Read("x.jsonl", "{\"text\": \"a\"}\npas du json\n{\"text\": \"b\"}\n");
  EXPECT_EQ(sink.order, "ARA");
  EXPECT_EQ(sink.rejections[0].input, "x.jsonl#2");
}

}  // namespace
}  // namespace vigie::ingest
