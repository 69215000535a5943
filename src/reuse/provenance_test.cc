#include "reuse/provenance.h"

#include <gtest/gtest.h>

namespace vigie::reuse {
namespace {

struct TimestampCase {
  const char* text;
  bool ok;
};

TEST(ParseTimestampTest, AcceptsIsoFormsAndRefusesTheRest) {
  static const TimestampCase kCases[] = {
      {"2016-11-01", true},          {"2016-11-01T09:15", true},
      {"2016-11-01T09:15:00Z", true}, {"2016-11-01T09:15:00.123+01:00", true},
      {"2016-11-01 09:15:00", true},  {"2016-11-01T09:15:00+0100", true},
      {"2016-02-30", false},         {"2016-13-01", false},
      {"2016-11-01T25:00", false},   {"hier", false},
      {"", false},                   {"2016-11-01T09:15:00 UTC", false},
      {"2016-11", false},            {"2016-11-01T09", false},
  };
  for (const TimestampCase& c : kCases) {
    EXPECT_EQ(ParseTimestamp(c.text).has_value(), c.ok) << c.text;
  }
  EXPECT_TRUE(ParseTimestamp("2024-02-29"));
  EXPECT_FALSE(ParseTimestamp("2023-02-29"));
}

int Compare(const char* x, const char* y) {
  return CompareTimestamps(*ParseTimestamp(x), *ParseTimestamp(y));
}

TEST(CompareTimestampsTest, ComparesWhatBothValuesState) {
  EXPECT_EQ(Compare("2016-11-01", "2016-11-02"), -1);
  EXPECT_EQ(Compare("2016-11-01T10:00:00Z", "2016-11-01T09:00:00-02:00"), -1);  // 10:00 < 11:00 UTC
  EXPECT_EQ(Compare("2016-11-01T10:00", "2016-11-01T09:00"), 1);
  EXPECT_EQ(Compare("2016-11-01", "2016-11-01T09:00:00Z"), 0);  // same day, one time: unknown
  EXPECT_EQ(Compare("2016-11-01T10:00:00Z", "2016-11-01T10:00:00Z"), 0);
}

ReuseArticle Dated(const char* published, const char* fetched) {
  ReuseArticle a;
  if (published) a.published = published;
  if (fetched) a.fetched = fetched;
  return a;
}

TEST(OrderArticlesTest, PublicationThenFetchThenUnknown) {
  std::string basis;
  EXPECT_EQ(OrderArticles(Dated("2020-01-01", nullptr), Dated("2020-01-02", nullptr), &basis),
            ReuseDirection::kAToB);
  EXPECT_EQ(basis, "published");
  EXPECT_EQ(OrderArticles(Dated(nullptr, "2020-01-03T00:00:00Z"), Dated("2020-01-02", nullptr),
                          &basis),
            ReuseDirection::kBToA);
  EXPECT_EQ(basis, "fetched");
  EXPECT_EQ(OrderArticles(Dated(nullptr, nullptr), Dated("2020-01-02", nullptr), &basis),
            ReuseDirection::kUnknown);
  EXPECT_EQ(basis, "");
  EXPECT_EQ(OrderArticles(Dated("2020-01-02", nullptr), Dated("2020-01-02T08:00", nullptr), &basis),
            ReuseDirection::kUnknown);
}

ReuseArticle Origin() {
  ReuseArticle a;
  a.outlet = "Réseau Voltaire";
  a.domain = "voltairenet.org";
  a.url = "https://www.voltairenet.org/article123.html";
  return a;
}

struct CreditCase {
  const char* text;
  std::optional<std::string> credit_name, credit_url;
  bool credited;
};

TEST(CreditsEarlierTest, OutletDomainOrUrlInCreditsOrText) {
  const CreditCase kCases[] = {
      {"Texte sans mention.", std::nullopt, std::nullopt, false},
      {"Texte.", "Réseau Voltaire", std::nullopt, true},
      {"Texte.", "RESEAU VOLTAIRE", std::nullopt, true},
      {"Texte.", std::nullopt, "http://voltairenet.org/autre", true},
      {"Texte.", std::nullopt, "https://fr.voltairenet.org/x", true},
      {"Texte.", std::nullopt, "https://notvoltairenet.org/x", false},
      {"Source : Reseau Voltaire", std::nullopt, std::nullopt, true},
      {"Publié initialement sur VoltaireNet.org.", std::nullopt, std::nullopt, true},
      {"Lire : https://www.voltairenet.org/article123.html", std::nullopt, std::nullopt, true},
      {"le réseau voltaire électrique", std::nullopt, std::nullopt, false},  // not capitalised
  };
  for (const CreditCase& c : kCases) {
    ReuseArticle later;
    if (c.credit_name || c.credit_url) {
      later.credits.push_back(Credit{c.credit_name, c.credit_url, CreditRelation::kRepublishedFrom});
    }
    EXPECT_EQ(CreditsEarlier(later, c.text, Origin()), c.credited) << c.text;
  }
}

TEST(CreditsEarlierTest, ShortOutletNamesOnlyInCredits) {
  ReuseArticle rt;
  rt.outlet = "RT";
  ReuseArticle later;
  EXPECT_FALSE(CreditsEarlier(later, "Selon RT, le président a parlé.", rt));
  later.credits.push_back(Credit{"RT", std::nullopt, CreditRelation::kRepublishedFrom});
  EXPECT_TRUE(CreditsEarlier(later, "", rt));
}

}  // namespace
}  // namespace vigie::reuse
