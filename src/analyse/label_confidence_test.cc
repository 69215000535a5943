#include "analyse/label_confidence.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/lexicon_test_util.h"

namespace vigie::analyse {
namespace {

using ::testing::Contains;
using ::testing::Not;

// The features of every targeted label of `text`, in order.
std::vector<std::vector<std::string>> FeaturesOf(const std::string& text, const std::string& language) {
  const testing::LoadedLexicon& l = testing::LoadedLexicon::Data();
  const AnalysisText analysis(text, language);
  std::vector<PhraseHit> hits;
  l.index.Scan(analysis, &hits);
  const LexiconMatches matches(*l.lexicon, analysis, hits, {}, language);
  const AuthorVoice voice(analysis, {});
  std::vector<FoundLabel> labels;
  l.labels->Find(matches, voice, {}, &labels);
  std::vector<std::vector<std::string>> all = LabelFeatures(matches, labels, {}), out;
  for (size_t i = 0; i < labels.size(); ++i) {
    EXPECT_EQ(all[i].empty(), labels[i].Untargeted());
    if (!labels[i].Untargeted()) out.push_back(all[i]);
  }
  return out;
}

TEST(LabelFeaturesTest, NameTheRowTheParagraphAndTheWordsAround) {
  const auto f = FeaturesOf(
      "Les rebelles ont repris la ville après de violents combats. Les terroristes de Daech ont été chassés par "
      "les rebelles.",
      "fr");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_THAT(f[0], Contains("row:rebelle|armed_opposition|neutral|-"));
  EXPECT_THAT(f[0], Contains("label:armed_opposition|neutral"));
  EXPECT_THAT(f[0], Contains("lang:fr|armed_opposition"));
  EXPECT_THAT(f[0], Contains("first"));
  EXPECT_THAT(f[0], Contains("left:les"));
  EXPECT_THAT(f[0], Contains("right:ont"));
  EXPECT_THAT(f[0], Contains("right:repris"));
  EXPECT_THAT(f[0], Contains("targets:2"));
  EXPECT_THAT(f[0], Contains("sentence_targets:1"));
  EXPECT_THAT(f[0], Contains("same:armed_opposition|2"));
  EXPECT_THAT(f[0], Contains("named:jihadist_name|armed_opposition"));
  // The jihadist group's name right after chose the row.
  EXPECT_THAT(f[1], Contains("row:terroriste|jihadist_groups|pejorative|follows:jihadist_name"));
  EXPECT_THAT(f[1], Contains("condition:follows"));
  EXPECT_THAT(f[1], Contains("sentence_targets:2"));
  EXPECT_THAT(f[1], Not(Contains("first")));
  EXPECT_THAT(f[2], Contains("left:par"));
  EXPECT_THAT(f[2], Not(Contains("split")));
}

TEST(LabelFeaturesTest, OneTermWithTwoTargetsIsSplit) {
  const auto f = FeaturesOf(
      "Les terroristes ont bombardé Alep, tenue par les rebelles. Les terroristes de Daech ont attaqué Raqqa.", "fr");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_THAT(f[0], Contains("row:terroriste|armed_opposition|pejorative|-"));
  EXPECT_THAT(f[0], Contains("split"));
  EXPECT_THAT(f[1], Not(Contains("split")));
  EXPECT_THAT(f[2], Contains("split"));
}

TEST(LabelScorerTest, ReadsTheWeightsAndTheThreshold) {
  Result<std::unique_ptr<LabelScorer>> s =
      LabelScorer::Parse("# c\nfeature\tweight\n@threshold\t0.6\nbias\t0.5\nterm:rebelle\t-2\n", "m.tsv");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_DOUBLE_EQ((*s)->threshold(), 0.6f);
  EXPECT_NEAR((*s)->Confidence({"bias"}), 1 / (1 + std::exp(-0.5)), 1e-6);
  EXPECT_NEAR((*s)->Confidence({"bias", "term:rebelle", "unknown"}), 1 / (1 + std::exp(1.5)), 1e-6);
  // The threshold is no feature.
  EXPECT_NEAR((*s)->Confidence({"@threshold"}), 0.5, 1e-9);
  // A term it has a weight for; a user's own is not judged.
  EXPECT_TRUE((*s)->KnowsTerm("rebelle"));
  EXPECT_FALSE((*s)->KnowsTerm("barbouze"));
}

TEST(LabelScorerTest, ABadTableNamesTheFileAndWhy) {
  Result<std::unique_ptr<LabelScorer>> none = LabelScorer::Parse("feature\tweight\nbias\t1\n", "m.tsv");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("m.tsv: expected a row @threshold"), std::string::npos)
      << none.status().message();
  EXPECT_FALSE(LabelScorer::Parse("feature\tweight\n@threshold\t1.5\n", "m.tsv").ok());
  Result<std::unique_ptr<LabelScorer>> bad = LabelScorer::Parse("feature\tweight\n@threshold\t0.5\nbias\tx\n", "m.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("m.tsv:3"), std::string::npos) << bad.status().message();
  EXPECT_FALSE(LabelScorer::Load("/nonexistent/label_confidence.tsv").ok());
}

// The shipped model (data/models/label_confidence.tsv): every label carries
// its confidence; those under the threshold are left out unless every label
// is asked for, and the techniques do not depend on it.
TEST(LabelScorerTest, TheAnalyserHoldsBackTheLabelsUnderTheThreshold) {
  AnalyserOptions all_options;
  all_options.all_labels = true;
  Result<std::unique_ptr<Analyser>> all = Analyser::Load(all_options);
  Result<std::unique_ptr<Analyser>> some = Analyser::Load(AnalyserOptions{});
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_TRUE(some.ok()) << some.status().message();
  Document a, b;
  a.language = b.language = "fr";
  // After "les jihadistes de l'EI", whether "les islamistes" who bomb a
  // rebel-held city are the Islamic State's is what the rules guess at,
  // and "des mercenaires" beside the Syrian army could be anyone's; the
  // rebels and the Syrian army are sure.
  a.text = b.text =
      "Les jihadistes de l'EI ont attaqué Raqqa. Les islamistes ont ensuite bombardé Alep, tenue par les rebelles. "
      "Des mercenaires étrangers combattent aux côtés de l'armée syrienne.";
  (*all)->Analyse(&a);
  (*some)->Analyse(&b);
  size_t under = 0;
  for (const Label& l : a.labels) {
    ASSERT_TRUE(l.confidence.has_value()) << l.text;
    EXPECT_GE(*l.confidence, 0.0);
    EXPECT_LE(*l.confidence, 1.0);
    EXPECT_TRUE(l.features.empty());
    if ((*some)->HoldsBack(l)) ++under;
  }
  EXPECT_GT(under, 0u);
  EXPECT_EQ(b.labels.size() + under, a.labels.size());
  auto kept = [&](const std::string& text) {
    return std::any_of(b.labels.begin(), b.labels.end(), [&](const Label& l) { return l.text == text; });
  };
  EXPECT_TRUE(kept("rebelles"));
  EXPECT_TRUE(kept("armée syrienne"));
  EXPECT_FALSE(kept("mercenaires"));
  for (const Label& l : b.labels) EXPECT_FALSE((*some)->HoldsBack(l)) << l.text;
  EXPECT_EQ(a.techniques.size(), b.techniques.size());
}

}  // namespace
}  // namespace vigie::analyse
