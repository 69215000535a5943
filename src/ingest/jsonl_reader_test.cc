#include "ingest/jsonl_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "common/utf8.h"
#include "ingest/testing_sink.h"

namespace vigie::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::CollectingSink;

CollectingSink Read(std::string_view bytes) {
  CollectingSink sink;
  ReadJsonl("export.jsonl", bytes, &sink);
  return sink;
}

nlohmann::json Meta(const Record& r) {
  return r.meta_json ? nlohmann::json::parse(*r.meta_json) : nlohmann::json();
}

TEST(JsonlReaderTest, AllContractFields) {
  CollectingSink sink = Read(
      R"({"id": "a-1", "url": "https://www.exemple-info.fr/politique/vote", "title": "Le vote du budget", )"
      R"("published": "2023-11-02T10:00:00+01:00", "outlet": "Exemple Info", )"
      R"("authors": ["Claire Dubois", "Marc Lefort"], "text": "Premier paragraphe.\n\nSecond paragraphe."})");
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.input, "export.jsonl#1");
  EXPECT_EQ(r.format, Format::kJsonl);
  EXPECT_EQ(r.body_format, Format::kText);
  EXPECT_EQ(r.body, "Premier paragraphe.\n\nSecond paragraphe.");
  EXPECT_EQ(r.id, "a-1");
  EXPECT_EQ(r.url, "https://www.exemple-info.fr/politique/vote");
  EXPECT_EQ(r.title, "Le vote du budget");
  EXPECT_EQ(r.published, "2023-11-02T10:00:00+01:00");
  EXPECT_EQ(r.outlet, "Exemple Info");
  EXPECT_THAT(r.authors, ElementsAre("Claire Dubois", "Marc Lefort"));
  EXPECT_FALSE(r.meta_json.has_value());
  EXPECT_THAT(r.warnings, IsEmpty());
}

TEST(JsonlReaderTest, HtmlWinsOverText) {
  CollectingSink sink =
      Read(R"({"html": "<p>Corps HTML</p>", "text": "Corps texte", "lang": "fr"})");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].body_format, Format::kHtml);
  EXPECT_EQ(sink.records[0].body, "<p>Corps HTML</p>");
  EXPECT_EQ(Meta(sink.records[0]), nlohmann::json({{"lang", "fr"}}));
}

TEST(JsonlReaderTest, EmptyHtmlFallsBackToText) {
  CollectingSink sink = Read(R"j({"html": "", "text": "## Titre\n\nPar [Anne](#)"})j");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].body_format, Format::kMarkdown);
  EXPECT_FALSE(sink.records[0].meta_json.has_value());  // blank "html" dropped
}

TEST(JsonlReaderTest, MarkupInTextIsReadAsHtml) {
  CollectingSink sink = Read(R"({"content": "<div><p>Un.</p><p>Deux.</p></div>"})");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].body_format, Format::kHtml);
}

TEST(JsonlReaderTest, TitleAbsentStaysUnset) {
  CollectingSink sink = Read(R"({"text": "Titre dans le texte\n\nLe corps."})");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_FALSE(sink.records[0].title.has_value());
}

TEST(JsonlReaderTest, FieldAliases) {
  CollectingSink sink = Read(
      R"({"maintext": "Corps.", "link": "https://ex.fr/a", "headline": "Titre", )"
      R"("publishedAt": "2024-01-05", "source": {"id": null, "name": "Le Quotidien"}, )"
      R"("author": "Paul Henry", "id": 12345})");
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.body, "Corps.");
  EXPECT_EQ(r.url, "https://ex.fr/a");
  EXPECT_EQ(r.title, "Titre");
  EXPECT_EQ(r.published, "2024-01-05");
  EXPECT_EQ(r.outlet, "Le Quotidien");
  EXPECT_THAT(r.authors, ElementsAre("Paul Henry"));
  EXPECT_EQ(r.id, "12345");
  EXPECT_FALSE(r.meta_json.has_value());
}

TEST(JsonlReaderTest, PreferredNameWinsAndOthersStayInMeta) {
  CollectingSink sink = Read(
      R"({"text": "Corps.", "outlet": "Site A", "source": "https://origine.fr/x", "date": "2020-01-01", )"
      R"("published": "2021-02-03", "authors": [{"name": "Léa Roux"}, "", 7], "tags": ["a", "b"], )"
      R"("nested": {"k": [1, 2.5, true, null]}})");
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.outlet, "Site A");
  EXPECT_EQ(r.published, "2021-02-03");
  EXPECT_THAT(r.authors, ElementsAre("Léa Roux"));
  nlohmann::json meta = Meta(r);
  EXPECT_EQ(meta["source"], "https://origine.fr/x");
  EXPECT_EQ(meta["date"], "2020-01-01");
  EXPECT_EQ(meta["tags"], nlohmann::json({"a", "b"}));
  EXPECT_EQ(meta["nested"]["k"][1], 2.5);
  EXPECT_EQ(meta.size(), 4u);
}

TEST(JsonlReaderTest, SourceUrlIsNotAnOutlet) {
  CollectingSink sink = Read(R"({"text": "x", "source": "https://origine.fr/a", "site_name": "Le Site"})");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].outlet, "Le Site");
  EXPECT_EQ(Meta(sink.records[0]), nlohmann::json({{"source", "https://origine.fr/a"}}));
  sink = Read(R"({"text": "x", "source": "http://origine.fr/a"})");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_FALSE(sink.records[0].outlet.has_value());
}

TEST(JsonlReaderTest, MetaKeysAreEscaped) {
  CollectingSink sink = Read(R"({"text": "x", "clé \"bizarre\"\n": "valeur \u00e9"})");
  ASSERT_EQ(sink.records.size(), 1u);
  nlohmann::json meta = Meta(sink.records[0]);
  EXPECT_EQ(meta["clé \"bizarre\"\n"], "valeur é");
}

TEST(JsonlReaderTest, BadLinesAreRejectedOthersKept) {
  CollectingSink sink = Read(
      "{\"text\": \"un\"}\n"
      "\n"
      "   \r\n"
      "ceci n'est pas du JSON\n"
      "[1, 2, 3]\n"
      "{\"title\": \"sans corps\"}\n"
      "{\"text\": 42}\n"
      "{\"text\": \"deux\"}\r\n"
      "{\"text\": \"trois\"");
  EXPECT_EQ(sink.order, "ARRRRAR");
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[1].input, "export.jsonl#8");
  EXPECT_EQ(sink.rejections[0].input, "export.jsonl#4");
  EXPECT_THAT(sink.rejections[0].error, HasSubstr("not JSON"));
  EXPECT_EQ(sink.rejections[1].error, "JSON value is not an object");
  EXPECT_THAT(sink.rejections[2].error, HasSubstr("no \"text\" or \"html\""));
  EXPECT_EQ(sink.rejections[3].input, "export.jsonl#7");
  EXPECT_EQ(sink.rejections[4].input, "export.jsonl#9");
}

TEST(JsonlReaderTest, InvalidUtf8IsRepairedWithWarning) {
  CollectingSink sink =
      Read("{\"text\": \"Été, café, crème \xFF fin\", \"title\": \"ok\"}\n{\"text\": \"b\"}\n");
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].body, "Été, café, crème \uFFFD fin");
  EXPECT_THAT(sink.records[0].warnings, ElementsAre("invalid_utf8_repaired"));
  EXPECT_THAT(sink.records[1].warnings, IsEmpty());
}

TEST(JsonlReaderTest, LegacyCharsetLineIsConverted) {
  CollectingSink sink = Read("{\"text\": \"caf\xE9 cr\xE8me\", \"title\": \"l\x92\xE9t\xE9\"}\n");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].body, "café crème");
  EXPECT_EQ(sink.records[0].title, "l\u2019été");
  EXPECT_THAT(sink.records[0].warnings, ElementsAre("converted_from_windows-1252"));
}

TEST(JsonlReaderTest, NulEscapesAreDropped) {
  CollectingSink sink = Read(R"({"text": "a\u0000b"})");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].body, "ab");
}

TEST(JsonlReaderTest, BomOnFirstLine) {
  CollectingSink sink = Read("\xEF\xBB\xBF{\"text\": \"un\"}\n");
  EXPECT_EQ(sink.order, "A");
}

TEST(JsonlReaderTest, DeepNestingIsRejectedNotACrash) {
  std::string deep = "{\"text\": \"x\", \"n\": " + std::string(100000, '[') +
                     std::string(100000, ']') + "}";
  CollectingSink sink = Read(deep);
  EXPECT_EQ(sink.order, "R");
}

TEST(JsonlReaderTest, JsonArrayDocument) {
  CollectingSink sink = Read("[\n  {\"text\": \"un\"},\n  \"intrus\",\n  {\"text\": \"deux\"}\n]\n");
  EXPECT_EQ(sink.order, "ARA");
  EXPECT_EQ(sink.records[1].input, "export.jsonl#3");
}

TEST(JsonlReaderTest, PrettyPrintedObject) {
  CollectingSink sink = Read("{\n  \"title\": \"T\",\n  \"text\": \"Corps.\"\n}\n");
  ASSERT_EQ(sink.order, "A");
  EXPECT_EQ(sink.records[0].title, "T");
}

TEST(JsonlReaderTest, BrokenArrayFallsBackToLines) {
  CollectingSink sink = Read("[\n{\"text\": \"un\"}\n");
  EXPECT_EQ(sink.order, "RA");
}

TEST(JsonlReaderTest, FiftyMegabyteLine) {
  std::string body;
  body.reserve(50 << 20);
  while (body.size() < (50 << 20)) body += "Une phrase assez longue pour remplir la ligne. ";
  std::string line = "{\"title\": \"Grand\", \"text\": \"" + body + "\"}\n{\"text\": \"petit\"}\n";
  CollectingSink sink = Read(line);
  ASSERT_EQ(sink.order, "AA");
  EXPECT_EQ(sink.records[0].body.size(), body.size());
}

// Lines that vigie wrote (extract, export) are documents, taken as they
// are: the store's export ingests back unchanged.
TEST(JsonlReaderTest, ContractDocumentsAreTakenAsTheyAre) {
  Document doc;
  doc.id = "abc";
  doc.input = "pages/a.html";
  doc.format = Format::kHtml;
  doc.url = "https://example.org/a";
  doc.title = "Titre";
  doc.text = "Premier paragraphe.\n\nSecond.";
  doc.removed = {"Partager"};
  doc.labels.push_back(Label{"Premier", 0, 7, "premier", "x", "neutral", "fr/labels.tsv:1", 0.9, {}});
  std::string line = ToJsonLine(doc);
  CollectingSink sink = Read(line + "\n" + line + "\n");
  ASSERT_EQ(sink.records.size(), 2u);
  ASSERT_TRUE(sink.records[0].document.has_value());
  EXPECT_EQ(ToJsonLine(*sink.records[0].document), line);
  EXPECT_EQ(sink.records[1].input, "export.jsonl#2");
  // All contract keys present but a value of the wrong type: rejected, not
  // read as an ordinary export.
  std::string bad = line;
  bad.replace(bad.find("\"removed\":[\"Partager\"]"), 22, "\"removed\":\"Partager\"");
  sink = Read(bad);
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.rejections.size(), 1u);
  EXPECT_THAT(sink.rejections[0].error, HasSubstr("contract document"));
  // A missing contract key: an ordinary export record.
  sink = Read(R"({"id": "x", "text": "Corps", "removed": [], "credits": []})");
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_FALSE(sink.records[0].document.has_value());
}

}  // namespace
}  // namespace vigie::ingest
