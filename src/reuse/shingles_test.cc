#include "reuse/shingles.h"

#include <gtest/gtest.h>

#include "reuse/winnow.h"

namespace vigie::reuse {
namespace {

TEST(ShinglerTest, FoldsCaseAccentsAndPunctuation) {
  Shingler s(3);
  ShingledText x, y;
  s.Shingle("L’armée a déclaré, hier soir, que l'ONU mentait.", &x);
  s.Shingle("l'ARMEE a declare hier soir que L’onu mentait", &y);
  EXPECT_EQ(x.shingles, y.shingles);
  EXPECT_EQ(x.words.size(), 10u);  // "l" "armee" ... "l" "onu" "mentait"
}

TEST(ShinglerTest, WordSpansAreCodePointsOfTheOriginal) {
  Shingler s(2);
  ShingledText t;
  const std::string text = "Élysée : « Négociations » à Genève";
  s.Shingle(text, &t);
  ASSERT_EQ(t.words.size(), 4u);
  EXPECT_EQ(t.words[0].start, 0u);
  EXPECT_EQ(t.words[0].end, 6u);    // Élysée
  EXPECT_EQ(t.words[1].start, 11u);  // Négociations after "Élysée : « "
  EXPECT_EQ(t.words[3].end, 34u);
  EXPECT_EQ(t.text_length, 34);
}

TEST(ShinglerTest, ShortAndEmptyTexts) {
  Shingler s(3);
  ShingledText t;
  s.Shingle("", &t);
  EXPECT_TRUE(t.shingles.empty());
  s.Shingle(" ... !!! ", &t);
  EXPECT_TRUE(t.shingles.empty());
  s.Shingle("deux mots", &t);
  EXPECT_EQ(t.shingles.size(), 1u);
  s.Shingle("un deux trois quatre", &t);
  EXPECT_EQ(t.shingles.size(), 2u);
}

TEST(ShinglesTest, SortedSetAndIntersection) {
  std::vector<uint64_t> a, b;
  SortedSet(std::vector<uint64_t>{5, 1, 5, 3}, &a);
  SortedSet(std::vector<uint64_t>{3, 4, 5}, &b);
  EXPECT_EQ(a, (std::vector<uint64_t>{1, 3, 5}));
  EXPECT_EQ(IntersectionSize(a, b), 2u);
  EXPECT_EQ(IntersectionSize(a, {}), 0u);
}

// Any run of w + L - 1 words that two texts share gives them a common
// fingerprint, whatever surrounds it.
TEST(WinnowTest, SharedRunOfWindowPlusLengthWordsIsFound) {
  const int L = 6, w = 12;
  uint64_t state = 42;
  auto next = [&] { return state = state * 6364136223846793005ULL + 1442695040888963407ULL; };
  std::vector<uint64_t> scratch;
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<uint64_t> run(w + L - 1), x, y;
    for (auto& h : run) h = next();
    for (int i = 0, n = static_cast<int>(next() % 300); i < n; ++i) x.push_back(next());
    x.insert(x.end(), run.begin(), run.end());
    for (int i = 0, n = static_cast<int>(next() % 300); i < n; ++i) x.push_back(next());
    for (int i = 0, n = static_cast<int>(next() % 300); i < n; ++i) y.push_back(next());
    y.insert(y.end(), run.begin(), run.end());
    std::vector<uint32_t> fx, fy;
    Winnow(x, L, w, &scratch, &fx);
    Winnow(y, L, w, &scratch, &fy);
    std::vector<uint64_t> sx(fx.begin(), fx.end()), sy(fy.begin(), fy.end());
    EXPECT_GE(IntersectionSize(sx, sy), 1u) << "trial " << trial;
  }
}

TEST(WinnowTest, DensityIsAboutTwoOverWindowPlusOne) {
  std::vector<uint64_t> words(20000), scratch;
  uint64_t state = 7;
  for (auto& h : words) h = state = state * 6364136223846793005ULL + 1;
  std::vector<uint32_t> out;
  Winnow(words, 6, 12, &scratch, &out);
  const double density = static_cast<double>(out.size()) / static_cast<double>(words.size());
  EXPECT_NEAR(density, 2.0 / 13.0, 0.02);
}

TEST(WinnowTest, ShortTexts) {
  std::vector<uint64_t> scratch;
  std::vector<uint32_t> out;
  Winnow(std::vector<uint64_t>{}, 6, 12, &scratch, &out);
  EXPECT_TRUE(out.empty());
  Winnow(std::vector<uint64_t>{1, 2, 3}, 6, 12, &scratch, &out);
  EXPECT_EQ(out.size(), 1u);
  Winnow(std::vector<uint64_t>{1, 2, 3, 4, 5, 6, 7, 8}, 6, 12, &scratch, &out);
  EXPECT_EQ(out.size(), 1u);
}

}  // namespace
}  // namespace vigie::reuse
