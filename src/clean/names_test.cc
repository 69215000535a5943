#include "clean/names.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vigie::clean {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct NamesCase {
  const char* input;
  std::vector<std::string> names;
  const char* rest;
};

const NamesCase kNamesCases[] = {
    {"Jean Dupont", {"Jean Dupont"}, ""},
    {"Jean Dupont et Marie Martin", {"Jean Dupont", "Marie Martin"}, ""},
    {"Jean Dupont, Marie Martin", {"Jean Dupont", "Marie Martin"}, ""},
    {"Jean Dupont, le 12 mars 2017", {"Jean Dupont"}, ", le 12 mars 2017"},
    {"Jean-Pierre de La Tour | 1 novembre 2016", {"Jean-Pierre de La Tour"}, " | 1 novembre 2016"},
    {"J.-P. Martin", {"J.-P. Martin"}, ""},
    {"Bachar al-Assad", {"Bachar al-Assad"}, ""},
    {"Ludwig van Beethoven and John Smith", {"Ludwig van Beethoven", "John Smith"}, ""},
    {"Marine Le Pen", {"Marine Le Pen"}, ""},
    {"Valéry Giscard d'Estaing", {"Valéry Giscard d'Estaing"}, ""},
    {"JEAN DUPONT", {"JEAN DUPONT"}, ""},
    {"Jean Dupont Mondialisation.ca, 11 novembre 2016",
     {"Jean Dupont"},
     " Mondialisation.ca, 11 novembre 2016"},
    {"Jean Dupont Publié le 3 mars", {"Jean Dupont"}, " Publié le 3 mars"},
    {"John Smith, Reuters", {"John Smith"}, ", Reuters"},
    {"Jean Dupont.", {"Jean Dupont"}, "."},
    // Not names.
    {"ailleurs, le ministre a dit", {}, "ailleurs, le ministre a dit"},
    {"la suite des événements", {}, "la suite des événements"},
    {"Le Monde", {}, "Le Monde"},
    {"AFP", {}, "AFP"},
    {"BBC News", {}, "BBC News"},
    {"Jean DUPONT, BBC News", {"Jean DUPONT"}, ", BBC News"},
    {"12 mars 2017", {}, "12 mars 2017"},
};

TEST(NamesTest, ParseLeadingNamesTable) {
  for (const NamesCase& c : kNamesCases) {
    LeadingNames got = ParseLeadingNames(c.input);
    EXPECT_EQ(got.names, c.names) << c.input;
    EXPECT_EQ(std::string(got.rest), c.rest) << c.input;
  }
}

TEST(NamesTest, AtMostSixTokensPerName) {
  LeadingNames got = ParseLeadingNames("Un Deux Trois Quatre Cinq Six Sept");
  ASSERT_EQ(got.names.size(), 1u);
  EXPECT_EQ(got.names[0], "Un Deux Trois Quatre Cinq Six");
}

TEST(NamesTest, LooksLikePersonName) {
  EXPECT_TRUE(LooksLikePersonName("Jean Dupont"));
  EXPECT_TRUE(LooksLikePersonName("Marie-Claire de Villiers"));
  EXPECT_FALSE(LooksLikePersonName("Dupont"));
  EXPECT_TRUE(LooksLikePersonName("Dupont", 1));
  EXPECT_FALSE(LooksLikePersonName("Jean Dupont et Marie Martin"));
  EXPECT_FALSE(LooksLikePersonName("Par conséquent"));
  EXPECT_FALSE(LooksLikePersonName("Lire aussi"));
  EXPECT_FALSE(LooksLikePersonName("Le Figaro"));
  EXPECT_FALSE(LooksLikePersonName("Jean Dupont est journaliste"));
}

TEST(NamesTest, EmptyAndOddInput) {
  EXPECT_THAT(ParseLeadingNames("").names, IsEmpty());
  EXPECT_THAT(ParseLeadingNames("   ").names, IsEmpty());
  EXPECT_THAT(ParseLeadingNames(", , et").names, IsEmpty());
  EXPECT_THAT(ParseLeadingNames("Jean Dupont et").names, ElementsAre("Jean Dupont"));
}

}  // namespace
}  // namespace vigie::clean
