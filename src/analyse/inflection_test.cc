#include "analyse/inflection.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigie::analyse {
namespace {

TEST(InflectionTest, FrenchPlurals) {
  struct Case {
    const char* word;
    const char* plural;
  } cases[] = {
      {"rebelle", "rebelles"},     {"armé", "armés"},
      {"général", "généraux"},     {"pro-occidental", "pro-occidentaux"},
      {"naval", "navals"},         {"bateau", "bateaux"},
      {"pneu", "pneus"},           {"travail", "travaux"},
      {"détail", "détails"},       {"caillou", "cailloux"},
      {"trou", "trous"},           {"gaz", "gaz"},
      {"héros", "héros"},          {"prix", "prix"},
      {"coupeur", "coupeurs"},     {"égorgeur", "égorgeurs"},
  };
  for (const Case& c : cases) EXPECT_EQ(FrenchPlural(c.word), c.plural) << c.word;
}

TEST(InflectionTest, EnglishPlurals) {
  struct Case {
    const char* word;
    const char* plural;
  } cases[] = {
      {"fighter", "fighters"},        {"militia", "militias"},
      {"army", "armies"},             {"day", "days"},
      {"gunman", "gunmen"},           {"human", "humans"},
      {"head-chopper", "head-choppers"}, {"forces", "forces"},
      {"press", "presses"},           {"church", "churches"},
  };
  for (const Case& c : cases) EXPECT_EQ(EnglishPlural(c.word), c.plural) << c.word;
}

TEST(InflectionTest, PhrasesTakeThePluralOnTheirHead) {
  struct Case {
    const char* phrase;
    const char* lang;
    std::vector<std::string> forms;
  } cases[] = {
      {"groupe armé", "fr", {"groupe armé", "groupes armés"}},
      {"coupeur de têtes", "fr", {"coupeur de têtes", "coupeurs de têtes"}},
      {"combattant de la liberté", "fr", {"combattant de la liberté", "combattants de la liberté"}},
      {"terroriste pro-occidental", "fr", {"terroriste pro-occidental", "terroristes pro-occidentaux"}},
      {"forces gouvernementales", "fr", {"forces gouvernementales"}},
      {"armed group", "en", {"armed group", "armed groups"}},
      {"freedom fighter", "en", {"freedom fighter", "freedom fighters"}},
      {"head of state", "en", {"head of state", "heads of state"}},
      {"rebelde", "es", {"rebelde"}},  // no rules: the phrase only
  };
  for (const Case& c : cases) EXPECT_EQ(InflectPhrase(c.phrase, c.lang), c.forms) << c.phrase;
}

}  // namespace
}  // namespace vigie::analyse
