#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vigie/reuse.h"

namespace vigie {
namespace {

// Deterministic French-looking text: `words` words drawn from a small
// vocabulary by a seeded generator.
std::string Words(uint64_t seed, int words) {
  static const char* kVocab[] = {"le", "gouvernement", "a", "annoncé", "mardi", "une", "réforme",
                                 "des", "retraites", "selon", "ministre", "armée", "frappe",
                                 "ville", "nord", "civils", "morts", "blessés", "président",
                                 "déclaré", "conférence", "presse", "accord", "pays", "sanctions",
                                 "économie", "Moscou", "Paris", "Kiev", "Damas", "rebelles",
                                 "opposition", "élections", "vote", "parlement", "loi"};
  std::string out;
  uint64_t s = seed * 0x9E3779B97F4A7C15ULL + 1;
  for (int i = 0; i < words; ++i) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    if (!out.empty()) out += (i % 17 == 0) ? ". " : " ";
    out += kVocab[s % (sizeof kVocab / sizeof *kVocab)];
  }
  return out;
}

ReuseArticle Article(std::string id) {
  ReuseArticle a;
  a.id = std::move(id);
  return a;
}

TEST(ReuseSignatureTest, SerializeParseRoundTripAndDamage) {
  ReuseSigner signer{ReuseParams()};
  ReuseSignature sig = signer.Sign(Words(1, 400));
  EXPECT_GT(sig.fingerprints.size(), 30u);
  EXPECT_EQ(sig.bands.size(), 20u);
  const std::string bytes = sig.Serialize();
  Result<ReuseSignature> back = ReuseSignature::Parse(bytes);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, sig);
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_FALSE(ReuseSignature::Parse(bytes.substr(0, cut)).ok()) << cut;
  }
  EXPECT_FALSE(ReuseSignature::Parse(bytes + "x").ok());
}

TEST(ReuseIndexTest, DuplicateIdAndWrongBandsAreRefused) {
  ReuseIndex index;
  ReuseSigner signer{ReuseParams()};
  ASSERT_TRUE(index.Add(Article("x"), signer.Sign(Words(1, 100))).ok());
  EXPECT_FALSE(index.Add(Article("x"), signer.Sign(Words(2, 100))).ok());
  ReuseSignature bad = signer.Sign(Words(3, 100));
  bad.bands.pop_back();
  EXPECT_FALSE(index.Add(Article("y"), bad).ok());
  EXPECT_EQ(index.size(), 1u);
  EXPECT_EQ(index.Find("x"), 0u);
  EXPECT_FALSE(index.Find("y"));
}

// An index built in several runs (Seal between them, or saved and loaded)
// finds the same candidates as one built at once.
TEST(ReuseIndexTest, IncrementalEqualsBatchAndSaveLoadRoundTrips) {
  ReuseParams params;
  params.max_postings = 4;  // so that the cap matters
  ReuseSigner signer(params);
  std::vector<std::string> texts;
  for (int i = 0; i < 60; ++i) {
    // Articles 3k, 3k+1, 3k+2 share most of their text.
    std::string base = Words(static_cast<uint64_t>(i / 3) + 100, 200);
    texts.push_back(base.substr(0, base.size() - static_cast<size_t>(i % 3) * 40) + " " +
                    Words(static_cast<uint64_t>(i) + 1000, 30));
  }
  ReuseIndex batch(params), incremental(params);
  for (size_t i = 0; i < texts.size(); ++i) {
    ASSERT_TRUE(batch.Add(Article("d" + std::to_string(i)), signer.Sign(texts[i])).ok());
    ASSERT_TRUE(incremental.Add(Article("d" + std::to_string(i)), signer.Sign(texts[i])).ok());
    if (i % 7 == 0) incremental.Seal();
    if (i == 30) {
      Result<ReuseIndex> loaded = ReuseIndex::Load(incremental.Save());
      ASSERT_TRUE(loaded.ok()) << loaded.status().message();
      incremental = std::move(*loaded);
    }
  }
  batch.Seal();
  incremental.Seal();
  ReuseThresholds th;
  std::vector<ReuseCandidate> x, y;
  size_t found = 0;
  for (uint32_t d = 0; d < batch.size(); ++d) {
    batch.Candidates(d, th, &x);
    incremental.Candidates(d, th, &y);
    ASSERT_EQ(x.size(), y.size()) << d;
    for (size_t k = 0; k < x.size(); ++k) EXPECT_EQ(x[k].doc, y[k].doc);
    found += x.size();
  }
  EXPECT_GE(found, 40u);  // two candidates for each of 20 families' later members
}

TEST(ReuseIndexTest, LoadRefusesDamagedBytes) {
  ReuseIndex index;
  ReuseSigner signer{ReuseParams()};
  ReuseArticle a = Article("a");
  a.outlet = "Le Monde";
  a.credits.push_back(Credit{"AFP", std::nullopt, CreditRelation::kAgency});
  ASSERT_TRUE(index.Add(a, signer.Sign(Words(5, 80))).ok());
  index.Seal();
  const std::string bytes = index.Save();
  Result<ReuseIndex> back = ReuseIndex::Load(bytes);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->article(0).outlet, "Le Monde");
  EXPECT_EQ(back->article(0).credits, a.credits);
  EXPECT_EQ(back->signature(0), index.signature(0));
  for (size_t cut = 0; cut < bytes.size(); cut += 3) {
    EXPECT_FALSE(ReuseIndex::Load(bytes.substr(0, cut)).ok()) << cut;
  }
  EXPECT_FALSE(ReuseIndex::Load("garbage").ok());
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

TEST(ReusePairBytesTest, RoundTripAndDamage) {
  ReusePair p;
  p.direction = ReuseDirection::kBToA;
  p.order_basis = "fetched";
  p.shared = 321;
  p.containment_a = 0.25;
  p.containment_b = 0.875;
  p.jaccard = 0.2;
  p.coverage_a = 0.3;
  p.coverage_b = 1.0;
  p.credited = true;
  p.passages = {{0, 10, 5, 15}, {20, 4000, 30, 4010}};
  const std::string bytes = SerializeReusePair(p);
  Result<ReusePair> back = ParseReusePair(bytes, 7, 9);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->a, 7u);
  EXPECT_EQ(back->b, 9u);
  EXPECT_EQ(back->direction, p.direction);
  EXPECT_EQ(back->order_basis, "fetched");
  EXPECT_EQ(back->shared, 321u);
  EXPECT_EQ(back->containment_b, 0.875);
  EXPECT_EQ(back->passages, p.passages);
  EXPECT_TRUE(back->credited);
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_FALSE(ParseReusePair(bytes.substr(0, cut), 0, 1).ok()) << cut;
  }
  std::string bad = bytes;
  bad[1] = 7;  // no such direction
  EXPECT_FALSE(ParseReusePair(bad, 0, 1).ok());
}

}  // namespace
}  // namespace vigie
