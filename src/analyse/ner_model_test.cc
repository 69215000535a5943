#include "analyse/ner_model.h"

#include <gtest/gtest.h>

#include <string>

#include "analyse/ner_tagger.h"

namespace vigie::analyse {
namespace {

std::string SmallModel() {
  std::vector<NerModel::Row> rows = {{42, {0, 1.5f, -1, 0, 0, 0, 0, 0, 0}},
                                     {7, {0.25f, 0, 0, 0, 0, 0, 0, 0, 0}},
                                     {9, {0, 0, 0, 0, 0, 0, 0, 0, 0}}};  // all zero: dropped
  NerTransitions transitions{};
  transitions[kNerTags * kNerTags + 1] = 0.5f;
  return NerModel::Serialize(rows, transitions, "test model");
}

TEST(NerModelTest, RoundTripsAndDropsZeroRows) {
  Result<std::unique_ptr<NerModel>> m = NerModel::FromBytes(SmallModel(), "m");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ((*m)->features(), 2u);
  EXPECT_EQ((*m)->description(), "test model");
  EXPECT_FLOAT_EQ((*m)->transitions()[kNerTags * kNerTags + 1], 0.5f);
}

TEST(NerModelTest, RefusesCorruptFiles) {
  const std::string good = SmallModel();
  struct Case {
    std::string bytes;
    const char* why;
  } cases[] = {
      {"", "bad magic"},
      {"VIGIENER", "bad magic"},
      {"NOTAMODEL" + good.substr(9), "bad magic"},
      {good.substr(0, good.size() - 1), "checksum"},
      {good.substr(0, 40) + "x" + good.substr(41), "checksum"},
  };
  for (const Case& c : cases) {
    Result<std::unique_ptr<NerModel>> m = NerModel::FromBytes(c.bytes, "bad.model");
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.status().code(), Status::Code::kCorruption);
    EXPECT_NE(m.status().message().find("bad.model"), std::string::npos);
    EXPECT_NE(m.status().message().find(c.why), std::string::npos) << m.status().message();
  }
  EXPECT_EQ(NerModel::Load("/nonexistent/ner.model").status().code(), Status::Code::kNotFound);
}

TEST(NerModelTest, ViterbiNeverStartsWithInside) {
  // Emissions favour I-PER everywhere; the decoder must open with B-PER.
  std::vector<float> e(3 * kNerTags, 0);
  for (int k = 0; k < 3; ++k) e[k * kNerTags + InsideTag(0)] = 5;
  e[BeginTag(0)] = 1;
  NerTransitions t{};
  ViterbiScratch scratch;
  uint8_t tags[3];
  ViterbiDecode(e.data(), 3, t, &scratch, tags);
  EXPECT_EQ(tags[0], BeginTag(0));
  EXPECT_EQ(tags[1], InsideTag(0));
  EXPECT_EQ(tags[2], InsideTag(0));
  GreedyDecode(e.data(), 3, t, tags);
  EXPECT_EQ(tags[0], BeginTag(0));
}

TEST(NerTaggerTest, TagsToSpansAndTrimming) {
  const uint8_t tags[] = {0, 1, 2, 0, 5, 5, 6};
  std::vector<NerSpan> spans;
  TagsToSpans(tags, 7, 10, &spans);
  EXPECT_EQ(spans, (std::vector<NerSpan>{{11, 13, 0}, {14, 15, 2}, {15, 17, 2}}));

  const std::string s = "le Conseil de sécurité de l'ONU « Jammeh »";
  AnalysisText text(s, "fr");
  NerSpan span{1, 6, 1};  // "Conseil de sécurité de l'"
  ASSERT_TRUE(TrimSpan(text, &span));
  EXPECT_EQ(span.token_end, 4u);
  NerSpan quoted{7, 9, 0};  // "« Jammeh"
  ASSERT_TRUE(TrimSpan(text, &quoted));
  EXPECT_EQ(quoted.token_begin, 8u);
  NerSpan punct{7, 8, 0};
  EXPECT_FALSE(TrimSpan(text, &punct));
}

}  // namespace
}  // namespace vigie::analyse
