#include "analyse/place_resolver.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie::analyse {
namespace {

const char kCities[] =
    "# test\nname\talt_name\tcountry\tlat\tlon\tpopulation\tfeature_code\n"
    "Alexandria\t\tEG\t31.20176\t29.91582\t3811516\tPPLA\n"
    "Alexandria\t\tUS\t38.80484\t-77.04692\t159428\tPPLA2\n"
    "Springfield\t\tUS\t39.80172\t-89.64371\t116250\tPPLA\n"
    "Springfield\t\tUS\t37.21533\t-93.29824\t166810\tPPL\n"
    "Springfield\t\tAU\t-27.65\t152.9\t100000\tPPL\n"
    "Homs\t\tSY\t34.72682\t36.72339\t775404\tPPLA\n"
    "Homs\t\tLY\t32.64861\t14.26191\t202000\tPPL\n";
const char kCountries[] = "country\tlat\tlon\tname\nSY\t35\t38\tSyria\nLY\t25\t17\tLibya\n"
                          "EG\t27\t30\tEgypt\nUS\t38\t-97\tUnited States\nLB\t33.83\t35.83\tLebanon\n";

TEST(GeoIndexTest, CitiesByKeyMostPopulousFirst) {
  auto geo = GeoIndex::FromTables(kCities, kCountries);
  ASSERT_TRUE(geo.ok()) << geo.status().ToString();
  auto c = (*geo)->Cities(PlaceKey("ALEXANDRIA"));
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].Country(), "EG");
  EXPECT_EQ(c[0].rank, 1);
  EXPECT_EQ((*geo)->Cities(PlaceKey("Syria")).front().Country(), "SY");
  EXPECT_TRUE((*geo)->Country("LY").has_value());
  EXPECT_FALSE((*geo)->Country("ZZ").has_value());
  EXPECT_EQ(PlaceKey("Deir ez-Zor"), "deir ez zor");
  EXPECT_FALSE(GeoIndex::FromTables("name\tcountry\tlat\tlon\nX\tXYZ\t1\t2\n", kCountries).ok());
  EXPECT_FALSE(GeoIndex::Load("/nonexistent").ok());
}

struct Geoed {
  std::string text;
  std::optional<Geo> geo;
};

std::vector<Geoed> Resolve(const std::string& s,
                           const std::vector<std::pair<std::string, size_t>>& places,
                           const Gazetteer* gazetteer, const GeoIndex* geo) {
  AnalysisText text(s, "fr");
  std::vector<NerSpan> spans;
  size_t from = 0;
  for (const auto& [first, count] : places) {
    while (text.TokenText(from) != first) ++from;
    spans.push_back(NerSpan{from, from + count, 2});
    from += count;
  }
  EntityLinker linker(gazetteer);
  std::vector<LinkedMention> links;
  linker.Link(text, spans, &links);
  std::vector<std::optional<Geo>> out;
  PlaceResolver(gazetteer, geo).Resolve(text, spans, links, &out);
  std::vector<Geoed> r;
  for (size_t i = 0; i < spans.size(); ++i) r.push_back({std::string(text.TokenText(spans[i].token_begin)), out[i]});
  return r;
}

TEST(PlaceResolverTest, DocumentCountriesThenCapitalThenPopulation) {
  auto geo = GeoIndex::FromTables(kCities, kCountries);
  ASSERT_TRUE(geo.ok());
  auto g = Gazetteer::FromTables({
      {"exonyms.tsv",
       "name\tcanonical\tgeonames_name\tcountry\tlat\tlon\tkind\n"
       "Tripoli\tTripoli\tTripoli\tLY\t32.88743\t13.18733\tcapital\n"
       "Tripoli\tTripoli\tTripoli\tLB\t34.43352\t35.84415\tcity\n"
       "Moyen-Orient\tMoyen-Orient\t\t\t29\t42\tregion\n"},
      {"countries.tsv", "name\tcanonical\tcountry\tdemonym_adjectives\n"
                        "Liban\tLiban\tLB\tlibanais,libanaise\nSyrie\tSyrie\tSY\tsyrien\n"},
  });
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  struct Case {
    std::string text;
    std::vector<std::pair<std::string, size_t>> places;
    std::vector<std::string> countries;  // "" = null geo
  } cases[] = {
      {"Combats à Tripoli.", {{"Tripoli", 1}}, {"LY"}},  // the capital
      {"Au Liban, combats à Tripoli.", {{"Liban", 1}, {"Tripoli", 1}}, {"LB", "LB"}},
      {"L'armée libanaise est entrée dans Tripoli.", {{"Tripoli", 1}}, {"LB"}},  // demonym
      {"Alexandria et Springfield.", {{"Alexandria", 1}, {"Springfield", 1}}, {"EG", ""}},
      {"En Syrie, à Homs.", {{"Syrie", 1}, {"Homs", 1}}, {"SY", "SY"}},
      {"Le Moyen-Orient.", {{"Moyen-Orient", 1}}, {""}},  // no country
      {"Atlantis est loin.", {{"Atlantis", 1}}, {""}},
  };
  for (const Case& c : cases) {
    auto r = Resolve(c.text, c.places, g->get(), geo->get());
    ASSERT_EQ(r.size(), c.countries.size());
    for (size_t i = 0; i < r.size(); ++i) {
      EXPECT_EQ(r[i].geo ? r[i].geo->country : "", c.countries[i]) << c.text << " " << r[i].text;
    }
  }
  auto r = Resolve("En Syrie.", {{"Syrie", 1}}, g->get(), geo->get());
  ASSERT_TRUE(r[0].geo.has_value());
  EXPECT_DOUBLE_EQ(r[0].geo->lat, 35);
}

}  // namespace
}  // namespace vigie::analyse
