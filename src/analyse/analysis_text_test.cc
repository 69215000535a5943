#include "analyse/analysis_text.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie::analyse {
namespace {

TEST(AnalysisTextTest, TokensSentencesAndParagraphsAgree) {
  const std::string text =
      "« Alep est assiégée », a déclaré l’émissaire. Il est parti.\n\nÉTATS-UNIS : M. Kerry parle.";
  AnalysisText at(text, "fr");
  ASSERT_EQ(at.paragraphs().size(), 2u);
  ASSERT_EQ(at.sentences().size(), 3u);
  EXPECT_EQ(at.ParagraphOfSentence(0), 0u);
  EXPECT_EQ(at.ParagraphOfSentence(1), 0u);
  EXPECT_EQ(at.ParagraphOfSentence(2), 1u);
  const TextParagraph& second = at.paragraphs()[1];
  EXPECT_EQ(at.Slice(second.start, second.end), "ÉTATS-UNIS : M. Kerry parle.");
  EXPECT_EQ(at.TokenText(second.token_begin), "ÉTATS-UNIS");
  EXPECT_EQ(at.Folded(second.token_begin), "etats-unis");
  EXPECT_EQ(second.sentence_begin, 2u);
  EXPECT_EQ(second.sentence_end, 3u);
  for (size_t i = 0; i < at.tokens().size(); ++i) {
    const text::Token& t = at.tokens()[i];
    EXPECT_EQ(at.Slice(t.start, t.end), at.TokenText(i));
    EXPECT_EQ(at.TokenAtOrAfter(t.start), i);
    const TextParagraph& p = at.paragraphs()[at.ParagraphOfSentence(at.SentenceOfToken(i))];
    EXPECT_GE(i, p.token_begin);
    EXPECT_LT(i, p.token_end);
  }
  // The elision is its own token, folded with an ASCII apostrophe.
  size_t k = 0;
  while (at.TokenText(k) != "l’") ++k;
  EXPECT_EQ(at.Folded(k), "l'");
  EXPECT_EQ(at.Folded(k + 1), "emissaire");
  // A span that does not fall on token boundaries is still sliced right.
  EXPECT_EQ(at.Slice(3, 7), "lep ");
  EXPECT_EQ(at.normalized().text().substr(0, 6), "\" alep");
}

TEST(AnalysisTextTest, EnglishSplitsContractions) {
  AnalysisText at("They don't know.", "en");
  ASSERT_EQ(at.tokens().size(), 5u);
  EXPECT_EQ(at.TokenText(2), "n't");
  EXPECT_TRUE(at.english());
}

TEST(AnalysisTextTest, EmptyText) {
  AnalysisText at("", "");
  EXPECT_TRUE(at.tokens().empty());
  EXPECT_TRUE(at.paragraphs().empty());
  EXPECT_EQ(at.TokenAtOrAfter(0), 0u);
}

}  // namespace
}  // namespace vigie::analyse
