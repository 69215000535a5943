#include "vigie/document.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie {
namespace {

// A document with every field set, non-ASCII text and every span kind.
Document FullDocument() {
  Document d;
  d.id = "0123456789abcdef";
  d.input = "corpus/a.warc.gz#3";
  d.format = Format::kWarc;
  d.url = "https://www.exemple.fr/a";
  d.domain = "exemple.fr";
  d.outlet = "L’Exemple";
  d.title = "« Alep » assiégée";
  d.authors = {"Jean Dupont", "Marie Curie"};
  d.published = "2016-11-01T10:00:00+01:00";
  d.fetched = "2016-11-02T00:00:00Z";
  d.language = "fr";
  d.language_confidence = 0.9876;
  d.languages.push_back({0, 45, "fr", 0.97});
  d.languages.push_back({47, 71, "en", 0.5});
  d.tags = {"Syrie"};
  d.text = "« Alep est assiégée », a déclaré l’émissaire.\n\nDeux civils ont été tués.";
  d.removed = {"Imprimer", "© 2016"};
  d.credits.push_back({std::string("AFP"), std::nullopt, CreditRelation::kAgency});
  d.credits.push_back({std::nullopt, std::string("https://x.org/"), CreditRelation::kRepublishedFrom});
  d.entities.push_back({"Alep", 2, 6, "LOC", "Alep", Geo{36.2, 37.15, "SY"}});
  d.entities.push_back({"émissaire", 36, 45, "PER", "émissaire", std::nullopt});
  d.quotes.push_back({"Alep est assiégée", 2, 19, "direct", std::string("X"), 30, 31,
                      std::string("a déclaré")});
  Claim c;
  c.text = "Deux civils ont été tués";
  c.start = 47;
  c.end = 71;
  c.kind = "casualties";
  c.killed = 2;
  c.civilians = 2;
  c.approximate = true;
  c.displaced = 3;
  c.place = "Alep";
  c.cue = "tués";
  d.claims.push_back(c);
  d.labels.push_back({"rebelles", 1, 2, "rebelles", "opposition", "neutral", "fr/labels.tsv:12", 0.8125, {}});
  d.techniques.push_back({"Doubt", 0, 4, "« Al", "?"});
  d.warnings = {"invalid_utf8_repaired"};
  d.meta_json = R"({"z":1,"a":[true,null,"é"],"f":1.5})";
  return d;
}

TEST(FromJsonLineTest, RoundTripsEveryField) {
  const std::string line = ToJsonLine(FullDocument());
  Result<Document> back = FromJsonLine(line);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(ToJsonLine(*back), line);
  EXPECT_EQ(back->format, Format::kWarc);
  EXPECT_EQ(back->credits[1].relation, CreditRelation::kRepublishedFrom);
  ASSERT_TRUE(back->entities[0].geo.has_value());
  EXPECT_DOUBLE_EQ(back->entities[0].geo->lon, 37.15);
  EXPECT_FALSE(back->entities[1].geo.has_value());
  EXPECT_EQ(back->quotes[0].speaker_end, 31);
  EXPECT_EQ(back->claims[0].injured, std::nullopt);
  EXPECT_EQ(back->claims[0].displaced, 3);
  EXPECT_EQ(back->claims[0].cue, "tués");
  EXPECT_EQ(back->meta_json, R"({"z":1,"a":[true,null,"é"],"f":1.5})");
  ASSERT_EQ(back->languages.size(), 2u);
  EXPECT_EQ(back->languages[1].language, "en");
  EXPECT_EQ(back->languages[1].start, 47);
  EXPECT_DOUBLE_EQ(*back->language_confidence, 0.9876);
  ASSERT_TRUE(back->labels[0].confidence.has_value());
  EXPECT_DOUBLE_EQ(*back->labels[0].confidence, 0.8125);
}

TEST(FromJsonLineTest, RoundTripsEmptyDocument) {
  const std::string line = ToJsonLine(Document{});
  Result<Document> back = FromJsonLine(line);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(ToJsonLine(*back), line);
  EXPECT_EQ(back->meta_json, std::nullopt);
  EXPECT_EQ(back->url, std::nullopt);
}

TEST(FromJsonLineTest, MissingKeysTakeDefaults) {
  Result<Document> d = FromJsonLine(R"({"id": "x", "text": "t"})");
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->id, "x");
  EXPECT_EQ(d->text, "t");
  EXPECT_EQ(d->format, Format::kText);
  EXPECT_TRUE(d->removed.empty());
}

const char* const kBadLines[] = {
    "",
    "not json",
    "[1, 2]",
    R"({"id": 3})",
    R"({"format": "md"})",  // a name ParseFormatName accepts but the contract never writes
    R"({"format": "pdf"})",
    R"({"authors": "Jean"})",
    R"({"authors": ["Jean", 2]})",
    R"({"credits": [{"relation": "stolen"}]})",
    R"({"credits": ["AFP"]})",
    R"({"entities": [{"start": "2"}]})",
    R"({"entities": [{"start": 1.5}]})",
    R"({"entities": [{"start": 18446744073709551615}]})",
    R"({"entities": [{"geo": [1, 2]}]})",
    R"({"entities": [{"geo": {"lat": 1e400}}]})",  // would be written back as null
    R"({"claims": [{"approximate": 1}]})",
    R"({"id": "x"} trailing)",
};

TEST(FromJsonLineTest, RejectsMalformedLines) {
  for (const char* line : kBadLines) {
    EXPECT_FALSE(FromJsonLine(line).ok()) << line;
  }
}

}  // namespace
}  // namespace vigie
