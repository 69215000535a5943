#include "analyse/phrase_matcher.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "text/normalize.h"

namespace vigie::analyse {
namespace {

struct Found {
  std::string text;
  uint32_t phrase;
  bool operator==(const Found&) const = default;
};

void PrintTo(const Found& f, std::ostream* os) { *os << f.text << "#" << f.phrase; }

std::vector<Found> ScanAll(const PhraseMatcher& m, std::string_view folded) {
  std::vector<PhraseMatch> matches;
  m.Scan(folded, &matches);
  std::vector<Found> out;
  for (const PhraseMatch& x : matches)
    out.push_back({std::string(folded.substr(x.begin, x.end - x.begin)), x.phrase});
  return out;
}

TEST(PhraseMatcherTest, FindsFoldedPhrasesOnWordBoundaries) {
  auto m = PhraseMatcher::Build(
      {"rebelles", "Terroristes  modérés", "États-Unis", "régime", "l'armée", "« "});
  ASSERT_TRUE(m.ok()) << m.status().message();
  const std::string folded = text::FoldForMatching(
      "Les REBELLES et les « terroristes modérés » ; les Etats–Unis, le régime, l’armée, "
      "les rebellesques, prérégime");
  std::vector<Found> found = ScanAll(*m, folded);
  // "« " folds to a lone '"', which both guillemets give.
  EXPECT_EQ(found, (std::vector<Found>{{"rebelles", 0},
                                       {"\"", 5},
                                       {"terroristes moderes", 1},
                                       {"\"", 5},
                                       {"etats-unis", 2},
                                       {"regime", 3},
                                       {"l'armee", 4}}));
}

TEST(PhraseMatcherTest, PhrasesFoldingAlikeAreAllReported) {
  auto m = PhraseMatcher::Build({"Alep", "alep", "ALEP-EST"});
  ASSERT_TRUE(m.ok());
  std::vector<Found> found = ScanAll(*m, text::FoldForMatching("Alep-Est et Alep."));
  // "alep" inside "alep-est" is whole-word too ('-' is not a letter).
  EXPECT_EQ(found, (std::vector<Found>{{"alep", 0},
                                       {"alep", 1},
                                       {"alep-est", 2},
                                       {"alep", 0},
                                       {"alep", 1}}));
}

TEST(PhraseMatcherTest, LongestLeftmostKeepsWhatAReaderWould) {
  auto m = PhraseMatcher::Build({"alep", "alep-est", "est"});
  ASSERT_TRUE(m.ok());
  std::vector<PhraseMatch> matches;
  std::string folded = text::FoldForMatching("Alep-Est");
  m->Scan(folded, &matches);
  std::vector<PhraseMatch> kept = LongestLeftmost(matches);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].phrase, 1u);
}

TEST(PhraseMatcherTest, EmptyPhraseIsAnError) {
  auto m = PhraseMatcher::Build({"ok", " \u00AD "});
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("phrase 1"), std::string::npos);
}

TEST(PhraseMatcherTest, NoPhrasesMatchNothing) {
  auto m = PhraseMatcher::Build({});
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE(ScanAll(*m, "anything").empty());
  PhraseMatcher moved = std::move(*m);
  EXPECT_EQ(moved.size(), 0u);
}

TEST(PhraseMatcherTest, NonLatinWordBoundaries) {
  auto m = PhraseMatcher::Build({"алеппо"});
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(ScanAll(*m, text::FoldForMatching("Алеппо, Алеппоский")).size(), 1u);
}

TEST(PhraseMatcherTest, ScansFromSeveralThreads) {
  std::vector<std::string> phrases;
  for (int i = 0; i < 500; ++i) phrases.push_back("mot" + std::to_string(i));
  auto m = PhraseMatcher::Build(phrases);
  ASSERT_TRUE(m.ok());
  std::string text;
  for (int i = 0; i < 500; ++i) text += "mot" + std::to_string(i) + " ";
  std::vector<std::thread> threads;
  std::vector<size_t> counts(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < 20; ++r) {
        std::vector<PhraseMatch> out;
        m->Scan(text, &out);
        counts[t] = out.size();
      }
    });
  }
  for (auto& th : threads) th.join();
  for (size_t c : counts) EXPECT_EQ(c, 500u);
}

}  // namespace
}  // namespace vigie::analyse
