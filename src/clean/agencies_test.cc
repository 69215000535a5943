#include "clean/agencies.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vigie::clean {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(AgenciesTest, CanonicalNames) {
  EXPECT_EQ(CanonicalAgency("AFP"), "AFP");
  EXPECT_EQ(CanonicalAgency("Agence France-Presse"), "AFP");
  EXPECT_EQ(CanonicalAgency("agence france presse"), "AFP");
  EXPECT_EQ(CanonicalAgency("l'AFP"), "AFP");
  EXPECT_EQ(CanonicalAgency("REUTERS"), "Reuters");
  EXPECT_EQ(CanonicalAgency("Associated Press"), "AP");
  EXPECT_EQ(CanonicalAgency("ITAR-TASS"), "TASS");
  EXPECT_EQ(CanonicalAgency("Anadolu"), "Anadolu");
  EXPECT_EQ(CanonicalAgency("(Xinhua)"), "Xinhua");
  EXPECT_EQ(CanonicalAgency("ap"), std::nullopt);  // acronyms keep their case
  EXPECT_EQ(CanonicalAgency("AFPX"), std::nullopt);
  EXPECT_EQ(CanonicalAgency("Le Monde"), std::nullopt);
  EXPECT_EQ(CanonicalAgency(""), std::nullopt);
}

TEST(AgenciesTest, PrefixNeedsAWordBoundary) {
  std::optional<AgencyMatch> m = MatchAgencyPrefix("Reuters, mardi");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->canonical, "Reuters");
  EXPECT_EQ(m->length, 7u);
  EXPECT_FALSE(MatchAgencyPrefix("APRES"));
  EXPECT_FALSE(MatchAgencyPrefix("Mapuche"));
}

TEST(AgenciesTest, Lists) {
  EXPECT_THAT(ParseAgencyList("AFP/Reuters"), ElementsAre("AFP", "Reuters"));
  EXPECT_THAT(ParseAgencyList("avec AFP et AP"), ElementsAre("AFP", "AP"));
  EXPECT_THAT(ParseAgencyList("(AFP, Reuters)"), ElementsAre("AFP", "Reuters"));
  EXPECT_THAT(ParseAgencyList("AFP et Le Monde"), IsEmpty());
  EXPECT_THAT(ParseAgencyList(""), IsEmpty());
}

TEST(AgenciesTest, MentionsAgencyIsAFilter) {
  EXPECT_TRUE(MentionsAgency("selon l'agence Anadolu"));
  EXPECT_TRUE(MentionsAgency("PARIS (AFP) -"));
  EXPECT_FALSE(MentionsAgency("Le gouvernement a présenté un projet de loi."));
}

}  // namespace
}  // namespace vigie::clean
