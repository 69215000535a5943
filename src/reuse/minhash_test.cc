#include "reuse/minhash.h"

#include <gtest/gtest.h>

#include "reuse/postings.h"

namespace vigie::reuse {
namespace {

TEST(MinHasherTest, AgreementEstimatesJaccard) {
  MinHasher h(400, 1);
  std::vector<uint64_t> a, b;
  uint64_t s = 3;
  for (int i = 0; i < 600; ++i) {
    const uint64_t x = SplitMix64(&s);
    if (i < 400) a.push_back(x);
    if (i >= 200) b.push_back(x);
  }
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<uint32_t> ka, kb;
  h.Sketch(a, &ka);
  h.Sketch(b, &kb);
  int agree = 0;
  for (size_t i = 0; i < ka.size(); ++i) agree += ka[i] == kb[i];
  EXPECT_NEAR(agree / 400.0, 200.0 / 600.0, 0.07);  // J = 1/3
}

TEST(MinHasherTest, BandsOfEqualSketchesCollideAndBandsAreSeeded) {
  std::vector<uint32_t> sketch(10, 7), k1, k2;
  BandKeys(sketch, 2, 5, &k1);
  BandKeys(sketch, 2, 5, &k2);
  EXPECT_EQ(k1, k2);
  EXPECT_NE(k1[0], k1[1]);  // same values, different bands
}

TEST(MinHasherTest, CollisionProbabilityCurve) {
  EXPECT_NEAR(BandCollisionProbability(1.0, 12, 5), 1.0, 1e-12);
  EXPECT_NEAR(BandCollisionProbability(0.0, 12, 5), 0.0, 1e-12);
  EXPECT_LT(BandCollisionProbability(0.3, 12, 5), 0.05);
  EXPECT_GT(BandCollisionProbability(0.8, 12, 5), 0.98);
}

TEST(PostingTableTest, CapKeepsTheFirstHoldersAndSealsMergeInOrder) {
  PostingTable one(3), two(3);
  for (uint32_t d = 0; d < 5; ++d) {
    one.Add(10, d);
    two.Add(10, d);
    if (d == 1) two.Seal();
  }
  one.Add(20, 4);
  two.Add(20, 4);
  one.Seal();
  two.Seal();
  for (PostingTable* t : {&one, &two}) {
    std::vector<uint32_t> docs;
    for (uint64_t e : t->Find(10)) docs.push_back(EntryDoc(e));
    EXPECT_EQ(docs, (std::vector<uint32_t>{0, 1, 2}));
    EXPECT_EQ(t->Find(20).size(), 1u);
    EXPECT_TRUE(t->Find(30).empty());
  }
}

TEST(PostingTableTest, ManyKeysThroughTheDirectory) {
  PostingTable t(10);
  for (uint32_t k = 0; k < 100000; ++k) t.Add(k * 2654435761u, k);
  t.Seal();
  for (uint32_t k = 0; k < 100000; k += 997) {
    auto docs = t.Find(k * 2654435761u);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(EntryDoc(docs[0]), k);
  }
  EXPECT_EQ(t.keys(), 100000u);
  t.Add(0xFFFFFFFFu, 100000);
  t.Seal();
  EXPECT_EQ(t.Find(0xFFFFFFFFu).size(), 1u);
}

}  // namespace
}  // namespace vigie::reuse
