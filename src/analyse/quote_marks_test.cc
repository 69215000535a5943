#include "analyse/quote_marks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigie::analyse {
namespace {

struct MarksCase {
  const char* text;
  std::vector<std::string> spans;  // the content of each outermost span
};

TEST(QuoteMarksTest, PairsOutermostMarks) {
  const MarksCase kCases[] = {
      {"Il a dit « oui » puis « non ».", {"oui", "non"}},
      {"«Nous» et “vous” et \"eux\".", {"Nous", "vous", "eux"}},
      {"« Il m'a dit : “partez”, alors je suis parti »", {"Il m'a dit : “partez”, alors je suis parti"}},
      {"« Premier.\n\n« Second. »", {"Premier.\n\n« Second."}},
      {"« Ouvert sans fin.\n\nAutre paragraphe.", {"Ouvert sans fin."}},
      {"Les \"rebelles\" et les \"modérés\"", {"rebelles", "modérés"}},
      {"» rien « »", {}},
      {"\"Nous libérons nos villes.", {"Nous libérons nos villes."}},
  };
  for (const MarksCase& c : kCases) {
    SCOPED_TRACE(c.text);
    AnalysisText text(c.text, "fr");
    std::vector<QuotedSpan> spans = FindQuotedSpans(text);
    ASSERT_EQ(spans.size(), c.spans.size());
    for (size_t i = 0; i < spans.size(); ++i) {
      const auto& t = text.tokens();
      EXPECT_EQ(text.Slice(t[spans[i].begin].start, t[spans[i].end - 1].end), c.spans[i]);
    }
  }
}

}  // namespace
}  // namespace vigie::analyse
