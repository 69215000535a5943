#include "analyse/phrase_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigie::analyse {
namespace {

TEST(PhraseIndexTest, OneScanReportsEveryListWithSpansAndTokens) {
  PhraseIndex::Builder builder;
  const uint32_t labels = builder.AddList("labels", {"rebelles", "rebel", "forces du régime"});
  const uint32_t cues = builder.AddList("cues", {"comme par hasard", "Rebelles"});
  Result<PhraseIndex> index = builder.Build();
  ASSERT_TRUE(index.ok()) << index.status().message();
  EXPECT_EQ(index->lists(), 2u);
  EXPECT_EQ(index->phrases(), 5u);

  const std::string text = "Comme par hasard, les « Rebelles » et les Forces du Régime ; rebel-held.";
  const AnalysisText analysis(text, "fr");
  std::vector<PhraseHit> hits;
  index->Scan(analysis, &hits);
  ASSERT_EQ(hits.size(), 5u);
  // Ordered by start; the two lists' "rebelles" share a start.
  EXPECT_EQ(hits[0].list, cues);
  EXPECT_EQ(hits[0].item, 0u);
  EXPECT_EQ(analysis.Slice(hits[0].start, hits[0].end), "Comme par hasard");
  EXPECT_EQ(hits[1].list, labels);
  EXPECT_EQ(hits[1].item, 0u);
  EXPECT_EQ(hits[2].list, cues);
  EXPECT_EQ(hits[2].item, 1u);
  EXPECT_EQ(analysis.Slice(hits[2].start, hits[2].end), "Rebelles");
  EXPECT_EQ(hits[2].token_end - hits[2].token_begin, 1u);
  EXPECT_EQ(analysis.Slice(hits[3].start, hits[3].end), "Forces du Régime");
  EXPECT_EQ(hits[3].token_end - hits[3].token_begin, 3u);
  // A hit inside a hyphenated token covers that token.
  EXPECT_EQ(analysis.Slice(hits[4].start, hits[4].end), "rebel");
  EXPECT_EQ(analysis.TokenText(hits[4].token_begin), "rebel-held");
}

TEST(PhraseIndexTest, EmptyPhraseNamesItsList) {
  PhraseIndex::Builder builder;
  builder.AddList("labels", {"rebelles"});
  builder.AddList("cues", {"comme par hasard", " \t "});
  Result<PhraseIndex> index = builder.Build();
  ASSERT_FALSE(index.ok());
  EXPECT_NE(index.status().message().find("cues: phrase 1"), std::string::npos)
      << index.status().message();
}

TEST(PhraseIndexTest, EmptyIndexFindsNothing) {
  PhraseIndex::Builder builder;
  Result<PhraseIndex> index = builder.Build();
  ASSERT_TRUE(index.ok());
  const AnalysisText analysis("Les rebelles.", "fr");
  std::vector<PhraseHit> hits{PhraseHit{}};
  index->Scan(analysis, &hits);
  EXPECT_TRUE(hits.empty());
}

}  // namespace
}  // namespace vigie::analyse
