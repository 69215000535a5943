#include "clean/meta_line.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vigie::clean {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct MetaCase {
  const char* line;
  std::vector<std::string> authors;
  const char* date;    // nullptr: none
  const char* outlet;  // nullptr: none
};

const MetaCase kMetaLines[] = {
    {"Par Jean Dupont", {"Jean Dupont"}, nullptr, nullptr},
    {"Par Jean Dupont et Marie Martin", {"Jean Dupont", "Marie Martin"}, nullptr, nullptr},
    {"Par Jean Dupont, Marie Martin", {"Jean Dupont", "Marie Martin"}, nullptr, nullptr},
    {"PAR JEAN DUPONT", {"JEAN DUPONT"}, nullptr, nullptr},
    {"By John Smith", {"John Smith"}, nullptr, nullptr},
    {"By John Smith and Jane Doe", {"John Smith", "Jane Doe"}, nullptr, nullptr},
    {"Jean Dupont | 1 novembre 2016", {"Jean Dupont"}, "2016-11-01", nullptr},
    {"Par Jean Dupont, le 12 mars 2017", {"Jean Dupont"}, "2017-03-12", nullptr},
    {"Par Jean Dupont le 12 mars 2017", {"Jean Dupont"}, "2017-03-12", nullptr},
    {"Par Jean Dupont - 12 mars 2017", {"Jean Dupont"}, "2017-03-12", nullptr},
    {"Par Jean Dupont, journaliste", {"Jean Dupont"}, nullptr, nullptr},
    {"Par Jean Dupont, envoyé spécial à Kiev", {"Jean Dupont"}, nullptr, nullptr},
    {"Auteur : Jean Dupont", {"Jean Dupont"}, nullptr, nullptr},
    {"Auteur\u00a0: Jean Dupont", {"Jean Dupont"}, nullptr, nullptr},
    {"Propos recueillis par Marie Martin", {"Marie Martin"}, nullptr, nullptr},
    {"Articles Par : Jean Dupont", {"Jean Dupont"}, nullptr, nullptr},
    {"Publié le 12 mars 2017 par Jean Dupont", {"Jean Dupont"}, "2017-03-12", nullptr},
    {"Par Jean Dupont Mondialisation.ca, 11 novembre 2016",
     {"Jean Dupont"},
     "2016-11-11",
     "Mondialisation.ca"},
    {"11 novembre 2016", {}, "2016-11-11", nullptr},
    {"Publié le 1er novembre 2016", {}, "2016-11-01", nullptr},
    {"Mis en ligne le 3 mars 2017", {}, "2017-03-03", nullptr},
    {"Publié le 1er novembre 2016 à 10h30", {}, "2016-11-01", nullptr},
    {"Publié le 1 novembre 2016, mis à jour le 2 novembre 2016", {}, "2016-11-01", nullptr},
    {"Mondialisation.ca, 11 novembre 2016", {}, "2016-11-11", "Mondialisation.ca"},
    {"Réseau International, 3 février 2017", {}, "2017-02-03", "Réseau International"},
    {"Paris, le 12 mars 2017", {}, "2017-03-12", nullptr},
    {"PARIS, 12 mars 2017", {}, "2017-03-12", nullptr},
    {"Nov. 1, 2016", {}, "2016-11-01", nullptr},
    {"01/11/2016", {}, "2016-11-01", nullptr},
    {"By John Smith | Nov. 1, 2016", {"John Smith"}, "2016-11-01", nullptr},
    {"Par Jean Dupont | Temps de lecture : 4 min", {"Jean Dupont"}, nullptr, nullptr},
    {"By Nada Smith, BBC News, New York", {"Nada Smith"}, nullptr, nullptr},
    {"Par Jean DUPONT", {"Jean DUPONT"}, nullptr, nullptr},
};

TEST(MetaLineTest, Table) {
  for (const MetaCase& c : kMetaLines) {
    std::optional<MetaLine> m = ParseMetaLine(c.line);
    ASSERT_TRUE(m.has_value()) << c.line;
    EXPECT_EQ(m->authors, c.authors) << c.line;
    EXPECT_EQ(m->date, c.date ? std::optional<std::string>(c.date) : std::nullopt) << c.line;
    EXPECT_EQ(m->outlet, c.outlet ? std::optional<std::string>(c.outlet) : std::nullopt) << c.line;
  }
}

TEST(MetaLineTest, NewsroomBylineNamesNobody) {
  for (const char* line : {"Par la rédaction", "Par La Rédaction", "Par la rédaction de Marianne",
                           "Par la rédaction avec AFP"}) {
    std::optional<MetaLine> m = ParseMetaLine(line);
    ASSERT_TRUE(m) << line;
    EXPECT_THAT(m->authors, IsEmpty()) << line;
  }
  EXPECT_THAT(ParseMetaLine("Par la rédaction avec AFP")->agencies, ElementsAre("AFP"));
  EXPECT_FALSE(ParseMetaLine("Par la rédaction, le ministre a été informé de la décision"));
}

TEST(MetaLineTest, AgencyInByline) {
  std::optional<MetaLine> m = ParseMetaLine("By John Smith, Reuters");
  ASSERT_TRUE(m);
  EXPECT_THAT(m->authors, ElementsAre("John Smith"));
  EXPECT_THAT(m->agencies, ElementsAre("Reuters"));
  m = ParseMetaLine("Par Jean Dupont avec AFP");
  ASSERT_TRUE(m);
  EXPECT_THAT(m->authors, ElementsAre("Jean Dupont"));
  EXPECT_THAT(m->agencies, ElementsAre("AFP"));
}

// Sentences that start like by-lines or hold a date stay body text.
const char* const kNotMeta[] = {
    "Par ailleurs, le ministre a annoncé le 12 mars 2017 une réforme.",
    "Par conséquent",
    "Par la suite, les négociations ont repris.",
    "Par exemple",
    "Par la voix de son porte-parole, le gouvernement a réagi.",
    "By the way, nothing happened.",
    "Le 12 mars 2017, le ministre a annoncé une réforme des retraites.",
    "Jean Dupont a déclaré le 12 mars 2017 qu'il partait.",
    "Par Jean Dupont qui a écrit ce texte",
    "Source : Le Monde, 12 mars 2017",
    "Syrie, Russie, Turquie",
    "",
};

TEST(MetaLineTest, RejectsBodyText) {
  for (const char* line : kNotMeta) {
    EXPECT_FALSE(ParseMetaLine(line).has_value()) << line;
  }
}

TEST(MetaLineTest, ParseDateText) {
  EXPECT_EQ(ParseDateText("le 1er novembre 2016"), "2016-11-01");
  EXPECT_EQ(ParseDateText("Mis à jour le 12/03/2017"), "2017-03-12");
  EXPECT_EQ(ParseDateText("mardi 1 novembre 2016"), "2016-11-01");
  EXPECT_FALSE(ParseDateText("le ministre a parlé le 1er novembre 2016"));
  EXPECT_FALSE(ParseDateText("Mondialisation.ca"));
  EXPECT_FALSE(ParseDateText(""));
}

TEST(MetaLineTest, LongLinesAreNeverMeta) {
  std::string line = "Par Jean Dupont";
  for (int i = 0; i < 40; ++i) line += " Dupont";
  EXPECT_FALSE(ParseMetaLine(line));
  EXPECT_THAT(ParseMetaLine("Par Jean Dupont")->agencies, IsEmpty());
}

}  // namespace
}  // namespace vigie::clean
