#include "analyse/gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace vigie::analyse {
namespace {

const std::vector<std::pair<std::string, std::string>> kTables = {
    {"persons.tsv",
     "name\tcanonical\trole_note\nBachar al-Assad\tBachar al-Assad\tx\n"
     "Assad\tBachar al-Assad\t\n"},
    {"organisations.tsv",
     "name\tcanonical\ttype\tcountry\taliases_note\n"
     "Etat islamique\tEtat islamique\tarmed_group\t\t\nEI\tEtat islamique\tarmed_group\t\t\n"
     "Quai d'Orsay\tQuai d'Orsay\tgovernment_body\tFR\t\n"},
    {"exonyms.tsv",
     "name\tcanonical\tgeonames_name\tcountry\tlat\tlon\tkind\n"
     "Tripoli\tTripoli\tTripoli\tLY\t32.88743\t13.18733\tcapital\n"
     "Tripoli\tTripoli\tTripoli\tLB\t34.43352\t35.84415\tcity\n"},
    {"countries.tsv",
     "name\tcanonical\tcountry\tdemonym_adjectives\n"
     "États-Unis\tÉtats-Unis\tUS\taméricain,américaine\nUSA\tÉtats-Unis\tUS\taméricain\n"},
    {"titles.tsv", "cue\tkind\nM.\tperson_title\nle président\trole\n"},
    {"org_heads.tsv", "head\ttype\tnote\nministère de\tgovernment_body\t\n"},
};

std::vector<std::pair<size_t, std::string>> Matches(const Gazetteer& g, const AnalysisText& t,
                                                    size_t begin) {
  std::vector<std::pair<size_t, std::string>> out;
  g.ForEachMatch(t, begin, t.tokens().size(), [&](size_t length, uint32_t id) {
    out.emplace_back(length, g.entry(id).canonical);
  });
  return out;
}

TEST(GazetteerTest, MatchesFoldedTokenSequences) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::FromTables(kTables);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  const std::string s = "ETATS-UNIS : le président Bachar Al-Assad, l’EI et le Quai d’Orsay ; "
                        "me voici, ei, M. Tripoli";
  AnalysisText t(s, "fr");
  struct Case {
    const char* token;
    std::vector<std::pair<size_t, std::string>> want;
  } cases[] = {
      {"ETATS-UNIS", {{1, "États-Unis"}}},
      {"président", {{1, "président"}}},
      {"Bachar", {{2, "Bachar al-Assad"}}},
      {"EI", {{1, "Etat islamique"}}},
      {"Quai", {{3, "Quai d'Orsay"}}},
      {"me", {}},  // "Me" (maître) is matched only as written
      {"ei", {}},  // acronyms too
      {"M.", {{1, "M."}}},
      {"Tripoli", {{1, "Tripoli"}, {1, "Tripoli"}}},
  };
  for (const Case& c : cases) {
    size_t i = 0;
    while (i < t.tokens().size() && t.TokenText(i) != c.token) ++i;
    ASSERT_LT(i, t.tokens().size()) << c.token;
    EXPECT_EQ(Matches(**g, t, i), c.want) << c.token;
  }
  // "le président" matches from its article too.
  size_t le = 0;
  while (t.TokenText(le) != "le") ++le;
  EXPECT_EQ(Matches(**g, t, le), (std::vector<std::pair<size_t, std::string>>{
                                     {2, "le président"}}));
}

TEST(GazetteerTest, KindsCoordinatesAndLookup) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::FromTables(kTables);
  ASSERT_TRUE(g.ok());
  std::vector<uint32_t> ids = (*g)->Lookup("tripoli");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ((*g)->entry(ids[0]).kind, GazetteerKind::kPlace);
  EXPECT_TRUE((*g)->entry(ids[0]).has_coordinates);
  EXPECT_EQ((*g)->entry(ids[1]).country, "LB");
  ids = (*g)->Lookup("américaine");
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ((*g)->entry(ids[0]).kind, GazetteerKind::kDemonym);
  EXPECT_EQ((*g)->entry(ids[0]).country, "US");
  EXPECT_EQ((*g)->Lookup("USA").size(), 1u);
  EXPECT_TRUE((*g)->Lookup("Assad el").empty());
}

TEST(GazetteerTest, BadTablesAreErrorsNamingTheFile) {
  struct Case {
    const char* name;
    const char* contents;
    const char* message;
  } cases[] = {
      {"x.tsv", "foo\tbar\na\tb\n", "x.tsv: unknown table"},
      {"p.tsv", "name\tcanonical\n\tX\n", "p.tsv:2: empty name"},
      {"e.tsv", "name\tcanonical\tcountry\tlat\tlon\tkind\nA\tA\tSY\t95\t1\tcity\n",
       "e.tsv:2: bad coordinates"},
      {"c.tsv", "name\tcanonical\tcountry\tdemonym_adjectives\nA\tA\tsyr\t\n",
       "c.tsv:2: bad country code"},
      {"t.tsv", "cue\tkind\nM.\n", "t.tsv:2: 1 fields"},
  };
  for (const Case& c : cases) {
    Result<std::unique_ptr<Gazetteer>> g = Gazetteer::FromTables({{c.name, c.contents}});
    ASSERT_FALSE(g.ok()) << c.name;
    EXPECT_NE(g.status().message().find(c.message), std::string::npos) << g.status().message();
  }
}

TEST(GazetteerTest, LoadsTheShippedGazetteers) {
  Result<std::unique_ptr<Gazetteer>> g =
      Gazetteer::Load(std::string(VIGIE_DATA_DIR_DEFAULT) + "/gazetteers/fr");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::vector<uint32_t> ids = (*g)->Lookup("Daech");
  ASSERT_FALSE(ids.empty());
  std::vector<uint32_t> other = (*g)->Lookup("État islamique");
  ASSERT_FALSE(other.empty());
  EXPECT_EQ((*g)->entry(ids[0]).canonical, (*g)->entry(other[0]).canonical);
  EXPECT_FALSE(Gazetteer::Load("/nonexistent").ok());
}

// Every written form of the shipped tables and of an invented table of
// thousands of names with short grammar words ("de", "l'", "al-", the
// tokens whose edges used to collide in the trie's hash) is found again.
TEST(GazetteerTest, EveryNameIsFoundAgain) {
  std::string persons = "name\tcanonical\trole_note\n";
  for (int i = 0; i < 4000; ++i) {
    persons += "Nom" + std::to_string(i) + (i % 2 ? " de l'" : " al-") + "Abc" + std::to_string(i % 37) + "\tX\t\n";
  }
  Result<std::unique_ptr<Gazetteer>> invented = Gazetteer::FromTables({{"persons.tsv", persons}});
  Result<std::unique_ptr<Gazetteer>> shipped =
      Gazetteer::Load(std::string(VIGIE_DATA_DIR_DEFAULT) + "/gazetteers/fr", {GeoGazetteerDir()});
  for (Result<std::unique_ptr<Gazetteer>>* g : {&invented, &shipped}) {
    ASSERT_TRUE(g->ok()) << g->status().ToString();
    size_t missing = 0;
    for (uint32_t id = 0; id < (**g)->size(); ++id) {
      const std::vector<uint32_t> ids = (**g)->Lookup((**g)->entry(id).name);
      missing += std::find(ids.begin(), ids.end(), id) == ids.end();
    }
    EXPECT_EQ(missing, 0u) << "of " << (**g)->size();
  }
  // A place's GeoNames name, in plain letters, is one more way to write it.
  std::vector<uint32_t> aleppo = (*shipped)->Lookup("Aleppo");
  ASSERT_FALSE(aleppo.empty());
  EXPECT_EQ((*shipped)->entry(aleppo[0]).canonical, "Alep");
  EXPECT_TRUE((*shipped)->Lookup("Az Zabadani").empty());  // "Az Zabadānī": marks, no alias
}

TEST(GazetteerTest, LoadsTheEnglishCountryNamesScriptsSetupWrites) {
  Result<std::unique_ptr<Gazetteer>> g =
      Gazetteer::Load(std::string(VIGIE_DATA_DIR_DEFAULT) + "/gazetteers/fr", {GeoGazetteerDir()});
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  // An English name has its country's French canonical form.
  auto canonical = [&](const char* name, GazetteerKind kind) {
    for (uint32_t id : (*g)->Lookup(name)) {
      if ((*g)->entry(id).kind == kind) return (*g)->entry(id).canonical + "/" + (*g)->entry(id).country;
    }
    return std::string("<none>");
  };
  EXPECT_EQ(canonical("Russia", GazetteerKind::kCountry), "Russie/RU");
  EXPECT_EQ(canonical("United States", GazetteerKind::kCountry), "États-Unis/US");
  EXPECT_EQ(canonical("Israeli", GazetteerKind::kDemonym), "Israël/IL");
  EXPECT_EQ(canonical("Americans", GazetteerKind::kDemonym), "États-Unis/US");
  EXPECT_EQ(canonical("russe", GazetteerKind::kDemonym), "Russie/RU");  // the French ones stay
  EXPECT_EQ(canonical("Moscow", GazetteerKind::kPlace), "Moscou/RU");
  EXPECT_FALSE(Gazetteer::Load(std::string(VIGIE_DATA_DIR_DEFAULT) + "/gazetteers/fr", {"/nonexistent"}).ok());
}

}  // namespace
}  // namespace vigie::analyse
