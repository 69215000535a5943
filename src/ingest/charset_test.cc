#include "ingest/charset.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/utf8.h"

namespace vigie::ingest {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// UTF-8 to a single-byte charset, for code points below 256 plus the
// windows-1252 punctuation used in French pages.
std::string ToWindows1252(std::string_view utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = DecodeUtf8(utf8, &i);
    switch (cp) {
      case U'\u2019': out.push_back('\x92'); break;
      case U'\u2026': out.push_back('\x85'); break;
      case U'\u20AC': out.push_back('\x80'); break;
      case U'\u0153': out.push_back('\x9C'); break;
      default: out.push_back(static_cast<char>(cp < 256 ? cp : '?'));
    }
  }
  return out;
}

constexpr std::string_view kFrench =
    "Le conseil municipal s\u2019est réuni jeudi soir à la mairie. Les élus ont "
    "débattu pendant près de trois heures du budget consacré à l\u2019école, "
    "à la bibliothèque et à la rénovation du théâtre. « Nous avons fait des "
    "choix difficiles », a déclaré la maire, évoquant une hausse des coûts de "
    "l\u2019énergie. L\u2019opposition a voté contre, jugeant les économies "
    "insuffisantes et les dépenses mal réparties entre les quartiers.";

TEST(CharsetTest, ValidUtf8TextIsKept) {
  DecodedText d = DecodeTextBytes(std::string(kFrench));
  EXPECT_EQ(d.text, kFrench);
  EXPECT_EQ(d.charset, "utf-8");
  EXPECT_THAT(d.warnings, IsEmpty());
}

TEST(CharsetTest, Utf8BomIsStripped) {
  DecodedText d = DecodeTextBytes("\xEF\xBB\xBFTitre\n\nCorps.");
  EXPECT_EQ(d.text, "Titre\n\nCorps.");
  EXPECT_THAT(d.warnings, IsEmpty());
}

TEST(CharsetTest, LegacyFrenchTextIsConverted) {
  DecodedText d = DecodeTextBytes(ToWindows1252(kFrench));
  EXPECT_EQ(d.text, kFrench);
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0], "converted_from_" + d.charset);
  EXPECT_EQ(d.charset, "windows-1252");
}

TEST(CharsetTest, ShortLatin1TextFallsBackToWindows1252) {
  DecodedText d = DecodeTextBytes("Caf\xE9 cr\xE8me");
  EXPECT_EQ(d.text, "Café crème");
  EXPECT_THAT(d.warnings, ElementsAre("converted_from_windows-1252"));
}

TEST(CharsetTest, MostlyUtf8WithStrayByteIsRepaired) {
  std::string bytes = "L\u2019été à Paris, où l\u2019on flâne \xE9 la terrasse.";
  DecodedText d = DecodeTextBytes(bytes);
  EXPECT_EQ(d.text, "L\u2019été à Paris, où l\u2019on flâne \uFFFD la terrasse.");
  EXPECT_THAT(d.warnings, ElementsAre("invalid_utf8_repaired"));
}

TEST(CharsetTest, UndecodableBytesAreRepaired) {
  // 0x81 and 0x8D are unassigned in windows-1252.
  DecodedText d = DecodeTextBytes("abc \x81\x8D\x81 def \x8D");
  EXPECT_TRUE(IsValidUtf8(d.text));
  EXPECT_FALSE(d.warnings.empty());
}

TEST(CharsetTest, NulBytesAreRemovedWithWarning) {
  DecodedText d = DecodeTextBytes(std::string("ab\0cd", 5));
  EXPECT_EQ(d.text, "abcd");
  EXPECT_THAT(d.warnings, ElementsAre("invalid_utf8_repaired"));
}

TEST(CharsetTest, Utf16WithBomIsTranscoded) {
  std::string le("\xFF\xFE" "T\0i\0t\0r\0\xE9\0", 12);
  DecodedText d = DecodeTextBytes(le);
  EXPECT_EQ(d.text, "Titré");
  std::string be("\xFE\xFF\0\xC0\0 \0p\0a\0r\0t", 14);
  EXPECT_EQ(DecodeHtmlBytes(be).text, "À part");
}

TEST(CharsetTest, CharsetFromContentType) {
  struct Case {
    std::string_view header, charset;
  } cases[] = {
      {"text/html; charset=ISO-8859-1", "iso-8859-1"},
      {"text/html;charset=\"utf-8\"", "utf-8"},
      {"text/html; Charset = windows-1252 ; foo=bar", "windows-1252"},
      {"text/html", ""},
      {"", ""},
      {"text/html; charset=", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CharsetFromContentType(c.header), c.charset) << c.header;
  }
}

TEST(CharsetTest, SniffHtmlCharset) {
  struct Case {
    std::string_view html, charset;
  } cases[] = {
      {"<html><head><meta charset=\"ISO-8859-15\"></head>", "iso-8859-15"},
      {"<meta charset=utf-8>", "utf-8"},
      {"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\">",
       "windows-1252"},
      {"<meta content='text/html; charset=koi8-r' http-equiv='content-type'>", "koi8-r"},
      {"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>", "iso-8859-1"},
      {"<!-- <meta charset=\"big5\"> --><meta charset=\"utf-8\">", "utf-8"},
      {"<meta name=\"description\" content=\"charset=nothing\">", ""},
      {"<html><body>no declaration</body></html>", ""},
      {"<meta charset=\"", ""},
      {"<meta", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SniffHtmlCharset(c.html), c.charset) << c.html;
  }
}

TEST(CharsetTest, SniffReadsOnlyTheFirst4K) {
  std::string html = "<html><head>" + std::string(5000, ' ') + "<meta charset=\"koi8-r\">";
  EXPECT_EQ(SniffHtmlCharset(html), "");
}

TEST(CharsetTest, HtmlDeclaredCharsetIsUsed) {
  std::string html = "<html><head><meta charset=\"iso-8859-1\"></head><body>" +
                     ToWindows1252("L\u2019été") + "</body></html>";
  DecodedText d = DecodeHtmlBytes(html);
  // iso-8859-1 is read as windows-1252, as browsers do: 0x92 is a quote.
  EXPECT_EQ(d.text, "<html><head><meta charset=\"iso-8859-1\"></head><body>L\u2019été</body></html>");
  EXPECT_EQ(d.charset, "windows-1252");
  EXPECT_THAT(d.warnings, IsEmpty());
}

TEST(CharsetTest, HttpCharsetWinsOverMeta) {
  std::string html = "<meta charset=\"utf-8\"><p>" + ToWindows1252("Côte") + "</p>";
  DecodedText d = DecodeHtmlBytes(html, "ISO-8859-1");
  EXPECT_EQ(d.text, "<meta charset=\"utf-8\"><p>Côte</p>");
  EXPECT_THAT(d.warnings, IsEmpty());
}

TEST(CharsetTest, UnknownHttpCharsetFallsBackToMeta) {
  std::string html = "<meta charset=\"windows-1252\"><p>" + ToWindows1252("Côte") + "</p>";
  EXPECT_EQ(DecodeHtmlBytes(html, "x-no-such-charset").text,
            "<meta charset=\"windows-1252\"><p>Côte</p>");
}

TEST(CharsetTest, HtmlDeclaredUtf8ButLegacyIsConverted) {
  std::string html = "<meta charset=\"utf-8\"><p>" + ToWindows1252(kFrench) + "</p>";
  DecodedText d = DecodeHtmlBytes(html);
  EXPECT_EQ(d.text, "<meta charset=\"utf-8\"><p>" + std::string(kFrench) + "</p>");
  EXPECT_THAT(d.warnings, ElementsAre("converted_from_" + d.charset));
}

TEST(CharsetTest, HtmlDeclaredUtf8WithStrayByteIsRepaired) {
  std::string html = "<meta charset=\"utf-8\"><p>Élysée, été \xFF fin</p>";
  DecodedText d = DecodeHtmlBytes(html);
  EXPECT_EQ(d.text, "<meta charset=\"utf-8\"><p>Élysée, été \uFFFD fin</p>");
  EXPECT_THAT(d.warnings, ElementsAre("invalid_utf8_repaired"));
}

TEST(CharsetTest, HtmlDeclaredLegacyButUtf8IsKeptAsUtf8) {
  std::string html = "<meta charset=\"iso-8859-1\"><p>Réforme des retraites</p>";
  DecodedText d = DecodeHtmlBytes(html);
  EXPECT_EQ(d.text, html);
  EXPECT_THAT(d.warnings, ElementsAre("declared_charset_ignored"));
}

TEST(CharsetTest, HtmlWithoutDeclaration) {
  EXPECT_EQ(DecodeHtmlBytes("<p>Déjà vu</p>").text, "<p>Déjà vu</p>");
  DecodedText d = DecodeHtmlBytes("<p>" + ToWindows1252(kFrench) + "</p>");
  EXPECT_EQ(d.text, "<p>" + std::string(kFrench) + "</p>");
  EXPECT_THAT(d.warnings, Contains("converted_from_" + d.charset));
}

TEST(CharsetTest, OtherLegacyCharsets) {
  // "Привет, мир" in KOI8-R, declared.
  std::string koi8 = "<meta charset=\"koi8-r\"><p>\xF0\xD2\xC9\xD7\xC5\xD4</p>";
  EXPECT_EQ(DecodeHtmlBytes(koi8).text, "<meta charset=\"koi8-r\"><p>Привет</p>");
}

TEST(CharsetTest, ConvertToUtf8CountsErrors) {
  std::string out;
  size_t errors = 0;
  ASSERT_TRUE(ConvertToUtf8("caf\xE9", "latin1", &out, &errors));
  EXPECT_EQ(out, "café");
  EXPECT_EQ(errors, 0u);
  ASSERT_TRUE(ConvertToUtf8("a\xFF\xFE" "b", "utf-8", &out, &errors));
  EXPECT_EQ(errors, 2u);
  EXPECT_TRUE(IsValidUtf8(out));
  EXPECT_FALSE(ConvertToUtf8("abc", "no-such-charset", &out, &errors));
}

TEST(CharsetTest, LargeInputIsConvertedWhole) {
  std::string big;
  while (big.size() < (3 << 20)) big += ToWindows1252(kFrench) + "\n";
  DecodedText d = DecodeTextBytes(big);
  EXPECT_TRUE(IsValidUtf8(d.text));
  EXPECT_GT(d.text.size(), big.size());
  EXPECT_EQ(d.text.substr(0, kFrench.size()), kFrench);
}

}  // namespace
}  // namespace vigie::ingest
