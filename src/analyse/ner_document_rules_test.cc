#include "analyse/ner_document_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigie::analyse {
namespace {

size_t TokenIndex(const AnalysisText& t, std::string_view word, size_t from = 0) {
  while (from < t.tokens().size() && t.TokenText(from) != word) ++from;
  return from;
}

TEST(NerDocumentRulesTest, ArticleTypeAndPropagation) {
  auto g = Gazetteer::FromTables({{"countries.tsv",
                                   "name\tcanonical\tcountry\tdemonym_adjectives\n"
                                   "Yémen\tYémen\tYE\tyéménite\n"}});
  ASSERT_TRUE(g.ok());
  const std::string s =
      "Le Yémen a faim. Il a parlé à Horizons Monde.\n\nHorizons Monde : pourquoi ?";
  AnalysisText text(s, "fr");
  size_t le = TokenIndex(text, "Le"), h = TokenIndex(text, "Horizons");
  std::vector<NerSpan> spans = {{le, le + 2, 1}, {h, h + 2, 1}};
  ApplyDocumentRules(text, g->get(), &spans);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0], (NerSpan{le + 1, le + 2, 2}));  // "Yémen", LOC
  size_t h2 = TokenIndex(text, "Horizons", h + 1);
  EXPECT_EQ(spans[2], (NerSpan{h2, h2 + 2, 1}));
}

TEST(NerDocumentRulesTest, SurnameAloneAfterFullName) {
  const std::string s = "Friedrich Merz est arrivé. Merz a ensuite rejoint Varsovie.";
  AnalysisText text(s, "fr");
  size_t f = TokenIndex(text, "Friedrich"), v = TokenIndex(text, "Varsovie");
  std::vector<NerSpan> spans = {{f, f + 2, 0}, {v, v + 1, 2}};
  ApplyDocumentRules(text, nullptr, &spans);
  ASSERT_EQ(spans.size(), 3u);
  size_t m = TokenIndex(text, "Merz", f + 2);
  EXPECT_EQ(spans[1], (NerSpan{m, m + 1, 0}));
}

}  // namespace
}  // namespace vigie::analyse
