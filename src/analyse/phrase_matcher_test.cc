#include "analyse/phrase_matcher.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <thread>
#include <vector>
#include <algorithm>
#include <random>
#include <tuple>

#include "common/utf8.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

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

// The obvious version: every occurrence of every folded phrase, checked for
// word boundaries like the matcher says, ordered by end then phrase.
std::vector<PhraseMatch> NaiveScan(const std::vector<std::string>& phrases,
                                   std::string_view folded) {
  std::vector<PhraseMatch> out;
  auto word_before = [&](size_t pos) {
    if (pos == 0) return false;
    size_t p = pos - 1;
    while (p > 0 && (static_cast<unsigned char>(folded[p]) & 0xC0) == 0x80) --p;
    return text::IsWordChar(DecodeUtf8(folded, &p));
  };
  auto word_at = [&](size_t pos) {
    if (pos >= folded.size()) return false;
    return text::IsWordChar(DecodeUtf8(folded, &pos));
  };
  for (size_t i = 0; i < phrases.size(); ++i) {
    const std::string f = text::FoldForMatching(phrases[i]);
    size_t first = 0;
    const bool starts_word = [&] { size_t q = 0; return text::IsWordChar(DecodeUtf8(f, &q)); }();
    const bool ends_word = [&] {
      size_t q = f.size() - 1;
      while (q > 0 && (static_cast<unsigned char>(f[q]) & 0xC0) == 0x80) --q;
      return text::IsWordChar(DecodeUtf8(f, &q));
    }();
    for (size_t pos = folded.find(f, first); pos != std::string_view::npos;
         pos = folded.find(f, pos + 1)) {
      if (starts_word && word_before(pos)) continue;
      if (ends_word && word_at(pos + f.size())) continue;
      out.push_back(PhraseMatch{static_cast<uint32_t>(i), pos, pos + f.size()});
    }
  }
  std::sort(out.begin(), out.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    return a.end != b.end ? a.end < b.end : a.phrase < b.phrase;
  });
  return out;
}

std::vector<std::tuple<uint32_t, size_t, size_t>> Tuples(const std::vector<PhraseMatch>& v) {
  std::vector<std::tuple<uint32_t, size_t, size_t>> out;
  for (const PhraseMatch& m : v) out.emplace_back(m.phrase, m.begin, m.end);
  return out;
}

// Differential: both engines and the obvious version agree on random
// phrases and texts over a small alphabet (letters, accents, apostrophes,
// hyphens, spaces, punctuation, a non-Latin letter), so that words repeat,
// overlap and touch.
TEST(PhraseMatcherTest, EnginesAgreeWithTheObviousVersion) {
  const std::vector<std::string> alphabet = {"a", "b", "é", "l", "'", "-", " ", " ", ",", "«", "д", "1"};
  std::mt19937 rng(42);
  auto random_string = [&](size_t max_len) {
    std::string s;
    const size_t len = 1 + rng() % max_len;
    for (size_t i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> phrases;
    for (int i = 0; i < 30; ++i) {
      std::string p = random_string(6);
      if (text::FoldForMatching(p).find_first_not_of(' ') == std::string::npos) continue;
      // Phrases are folded with runs of spaces read as one, and trimmed.
      std::string collapsed;
      for (char c : text::FoldForMatching(p)) {
        if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
        collapsed.push_back(c);
      }
      while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
      if (!collapsed.empty()) phrases.push_back(collapsed);
    }
    const std::string folded = text::FoldForMatching(random_string(200));
    auto table = PhraseMatcher::Build(phrases, PhraseMatcher::Engine::kTable);
    auto hyperscan = PhraseMatcher::Build(phrases, PhraseMatcher::Engine::kHyperscan);
    ASSERT_TRUE(table.ok() && hyperscan.ok());
    std::vector<PhraseMatch> a, b;
    table->Scan(folded, &a);
    hyperscan->Scan(folded, &b);
    const std::vector<PhraseMatch> expected = NaiveScan(phrases, folded);
    ASSERT_EQ(Tuples(a), Tuples(expected)) << "round " << round << " text '" << folded << "'";
    ASSERT_EQ(Tuples(b), Tuples(expected)) << "round " << round << " text '" << folded << "'";
  }
}

}  // namespace
}  // namespace vigie::analyse
