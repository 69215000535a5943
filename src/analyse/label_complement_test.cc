#include "analyse/label_complement.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie::analyse {
namespace {

TEST(LabelComplementTest, NameTokens) {
  const AnalysisText text("le régime de Bachar al-Assad , ONU , JUNTE , ben Ali et Damas", "fr");
  struct Case {
    const char* token;
    bool name;
  } cases[] = {{"le", false},   {"régime", false}, {"Bachar", true}, {"al-Assad", true},
               {",", false},    {"ONU", true},     {"JUNTE", false}, {"ben", false},
               {"Ali", true},   {"Damas", true}};
  for (const Case& c : cases) {
    size_t k = 0;
    while (k < text.tokens().size() && text.TokenText(k) != c.token) ++k;
    ASSERT_LT(k, text.tokens().size()) << c.token;
    EXPECT_EQ(IsNameToken(text, k), c.name) << c.token;
  }
}

TEST(LabelComplementTest, NameEndTakesParticlesBetweenNames) {
  const AnalysisText text("de Bachar al Assad et de Zine ben Ali ben", "fr");
  const size_t n = text.tokens().size();
  EXPECT_EQ(NameEnd(text, 1, n), 4u);   // Bachar al Assad
  EXPECT_EQ(NameEnd(text, 6, n), 9u);   // Zine ben Ali, not the last "ben"
  EXPECT_EQ(NameEnd(text, 0, n), 0u);   // "de" starts no name
  EXPECT_EQ(NameEnd(text, 1, 3), 2u);   // the limit holds
  EXPECT_TRUE(IsOf("d'") && IsOf("of") && !IsOf("des"));
  EXPECT_TRUE(IsArticle("l'") && !IsArticle("un"));
}

}  // namespace
}  // namespace vigie::analyse
