#include "analyse/numbers.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "analyse/analyser.h"

namespace vigie::analyse {
namespace {

TEST(ParseDigitsTest, Cases) {
  struct Case {
    const char* token;
    std::optional<double> want;
  } cases[] = {
      {"27", 27},           {"10.000", 10000},    {"10,000", 10000},   {"300 000", 300000},
      {"1.234.567", 1234567}, {"1,5", 1.5},       {"4.8", 4.8},        {"1,234.5", 1234.5},
      {"1 234,5", 1234.5},  {"2016", 2016},       {"1er", std::nullopt}, {"48h", std::nullopt},
      {"20-30", std::nullopt}, {"1.23.4", std::nullopt}, {"", std::nullopt}, {"1 23", std::nullopt},
      {",5", std::nullopt}, {"5,", std::nullopt}, {"12345,678,9", std::nullopt},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.token);
    EXPECT_EQ(ParseDigits(c.token), c.want);
  }
}

TEST(LeadingDigitsTest, CountsTheDigitsBeforeASuffix) {
  EXPECT_EQ(LeadingDigits("6e"), 1u);
  EXPECT_EQ(LeadingDigits("104e"), 3u);
  EXPECT_EQ(LeadingDigits("1982"), 4u);
  EXPECT_EQ(LeadingDigits("e6"), 0u);
  EXPECT_EQ(LeadingDigits(""), 0u);
}

TEST(ParseDigitRangeTest, Cases) {
  EXPECT_EQ(ParseDigitRange("20-30"), std::make_optional(std::pair(20.0, 30.0)));
  EXPECT_EQ(ParseDigitRange("30-20"), std::nullopt);
  EXPECT_EQ(ParseDigitRange("20-"), std::nullopt);
}

class ParseQuantityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto l = ClaimLexicon::Load({DefaultDataDir() + "/lexicons"});
    ASSERT_TRUE(l.ok()) << l.status().ToString();
    lexicon_ = l->release();
  }
  static void TearDownTestSuite() { delete lexicon_; }
  static inline ClaimLexicon* lexicon_ = nullptr;
};

TEST_F(ParseQuantityTest, Cases) {
  struct Case {
    const char* lang;
    const char* text;  // the quantity starts at the first token
    int64_t value;
    bool approximate;
    const char* covers;  // the tokens taken, as text
  } cases[] = {
      {"fr", "vingt-deux morts", 22, false, "vingt-deux"},
      {"fr", "quatre-vingt-dix-sept morts", 97, false, "quatre-vingt-dix-sept"},
      {"fr", "soixante et onze morts", 71, false, "soixante et onze"},
      {"fr", "vingt et un morts", 21, false, "vingt et un"},
      {"fr", "deux cent cinquante mille réfugiés", 250000, false, "deux cent cinquante mille"},
      {"fr", "six millions de déplacés", 6000000, false, "six millions"},
      {"fr", "1,5 million de réfugiés", 1500000, false, "1,5 million"},
      {"fr", "4,8 millions de Syriens", 4800000, false, "4,8 millions"},
      // Decimals that are no exact double: their product rounds to the count.
      {"fr", "1,7 million de personnes", 1700000, false, "1,7 million"},
      {"en", "1.7 million people", 1700000, false, "1.7 million"},
      {"fr", "0,7 million de déplacés", 700000, false, "0,7 million"},
      {"fr", "une dizaine de morts", 10, true, "une dizaine"},
      {"fr", "des dizaines de morts", 20, true, "des dizaines"},
      {"fr", "plusieurs centaines de blessés", 200, true, "plusieurs centaines"},
      {"fr", "des dizaines de milliers de civils", 20000, true, "des dizaines de milliers"},
      {"fr", "un millier de morts", 1000, true, "un millier"},
      {"fr", "un million de réfugiés", 1000000, false, "un million"},
      {"fr", "au moins 27 civils", 27, true, "au moins 27"},
      {"fr", "plus d'une centaine de morts", 100, true, "plus d'une centaine"},
      {"fr", "près de 6.900 morts", 6900, true, "près de 6.900"},
      {"fr", "entre 200 et 300 morts", 200, true, "entre 200 et 300"},
      {"fr", "de 20 à 30 morts", 20, true, "de 20 à 30"},
      {"fr", "de 500 000 à plus de deux millions de morts", 500000, true, "de 500 000 à plus de deux millions"},
      {"fr", "20-30 morts", 20, true, "20-30"},
      {"fr", "200 environ", 200, true, "200 environ"},
      {"en", "two hundred and fifty people", 250, false, "two hundred and fifty"},
      {"en", "a dozen people", 12, true, "a dozen"},
      {"en", "dozens of people", 24, true, "dozens"},
      {"en", "several dozen people", 24, true, "several dozen"},
      {"en", "hundreds of thousands of deaths", 200000, true, "hundreds of thousands"},
      {"en", "more than 3 million people", 3000000, true, "more than 3 million"},
      {"en", "between 200 and 350 people", 200, true, "between 200 and 350"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    AnalysisText text(c.text, c.lang);
    ClaimMarks marks(*lexicon_, text, std::string_view(c.lang) == "en" ? ClaimLexicon::kEnglish
                                                                      : ClaimLexicon::kFrench);
    marks.MarkParagraph(0);
    std::optional<Quantity> q = ParseQuantity(marks, 0, text.tokens().size());
    ASSERT_TRUE(q.has_value());
    EXPECT_EQ(q->value, c.value);
    EXPECT_EQ(q->approximate, c.approximate);
    EXPECT_EQ(text.Slice(text.tokens()[q->begin].start, text.tokens()[q->end - 1].end), c.covers);
  }
}

TEST_F(ParseQuantityTest, WeakOnesAndYears) {
  AnalysisText text("un mort en 2016", "fr");
  ClaimMarks marks(*lexicon_, text, ClaimLexicon::kFrench);
  marks.MarkParagraph(0);
  std::optional<Quantity> one = ParseQuantity(marks, 0, text.tokens().size());
  ASSERT_TRUE(one.has_value());
  EXPECT_TRUE(one->weak);
  EXPECT_EQ(one->value, 1);
  std::optional<Quantity> year = ParseQuantity(marks, 3, text.tokens().size());
  ASSERT_TRUE(year.has_value());
  EXPECT_TRUE(year->year_like);
  EXPECT_FALSE(ParseQuantity(marks, 1, text.tokens().size()).has_value());  // "mort"
}

TEST_F(ParseQuantityTest, NotFigures) {
  for (const char* s : {"entre Alep", "de 200 morts", "2,5 morts", "1er", "99999999999999999999"}) {
    SCOPED_TRACE(s);
    AnalysisText text(s, "fr");
    ClaimMarks marks(*lexicon_, text, ClaimLexicon::kFrench);
    marks.MarkParagraph(0);
    EXPECT_FALSE(ParseQuantity(marks, 0, text.tokens().size()).has_value());
  }
}

}  // namespace
}  // namespace vigie::analyse
