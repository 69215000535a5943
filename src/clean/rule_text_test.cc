#include "clean/rule_text.h"

#include <gtest/gtest.h>

namespace vigie::clean {
namespace {

TEST(RuleTextTest, NormalizeUnifiesSpacesApostrophesAndSpacedDashes) {
  EXPECT_EQ(NormalizeRuleText("  Source\u00a0:\u202fl\u2019AFP  "), "Source : l'AFP");
  EXPECT_EQ(NormalizeRuleText("Jean Dupont \u2013 1 novembre"), "Jean Dupont - 1 novembre");
  EXPECT_EQ(NormalizeRuleText("Jean\u2011Pierre"), "Jean\u2011Pierre");  // inside a word: kept
}

TEST(RuleTextTest, FoldIsCodePointAligned) {
  RuleText t("À PROPOS de l’Élysée");
  EXPECT_EQ(t.fold(), "a propos de l'elysee");
  EXPECT_EQ(t.words(), 4);
  size_t p = t.fold().find("elysee");
  EXPECT_EQ(t.SliceFrom(p), "Élysée");
  EXPECT_EQ(t.Slice(0, 8), "À PROPOS");
  EXPECT_EQ(FoldText("Œuvre ÇA"), "œuvre ca");
}

TEST(RuleTextTest, SentencesAndCase) {
  EXPECT_TRUE(EndsSentence("Il est parti."));
  EXPECT_TRUE(EndsSentence("« Non ! »"));
  EXPECT_TRUE(EndsSentence("(voir plus haut.)"));
  EXPECT_TRUE(EndsSentence("Pourquoi ?"));
  EXPECT_FALSE(EndsSentence("Titre sans point"));
  EXPECT_FALSE(EndsSentence(""));
  EXPECT_TRUE(StartsWithUpper("« Élections »"));
  EXPECT_FALSE(StartsWithUpper("élections"));
  EXPECT_EQ(TrimChars(" (AFP). ", "()."), "AFP");
}

TEST(RuleTextTest, UrlsAndDomains) {
  EXPECT_TRUE(LooksLikeUrl("https://x.org/a"));
  EXPECT_TRUE(LooksLikeUrl("www.x.org"));
  EXPECT_FALSE(LooksLikeUrl("x.org"));
  EXPECT_TRUE(LooksLikeDomain("Mondialisation.ca"));
  EXPECT_TRUE(LooksLikeDomain("www.le-monde.fr/"));
  EXPECT_TRUE(LooksLikeDomain("réseau-international.net"));
  EXPECT_FALSE(LooksLikeDomain("J.-P."));
  EXPECT_FALSE(LooksLikeDomain("fin. Début"));
  EXPECT_FALSE(LooksLikeDomain("3.14"));
  EXPECT_FALSE(LooksLikeDomain(""));
}

}  // namespace
}  // namespace vigie::clean
