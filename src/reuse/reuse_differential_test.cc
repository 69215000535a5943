// Differential test: the index (winnowed fingerprints and MinHash LSH
// candidates, then exact verification) against the obvious all-pairs
// computation of containment and Jaccard over every pair of a corpus of
// 2,000 articles with copies, edits, trims and compilations. Above the
// thresholds (containment, or passage coverage for pairs sharing a fifth
// of one text's 3-grams), both must report the same pairs with the same
// figures.
#include <gtest/gtest.h>

#include <fstream>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

// The babbler is shared with bench/reuse_bench.cc.
#include "../../bench/reuse_babbler.h"
#include "reuse/align.h"
#include "reuse/shingles.h"
#include "vigie/reuse.h"

namespace vigie {
namespace {

using bench::Babbler;
using bench::Rng;

using Paragraphs = std::vector<std::string>;

std::string Join(const Paragraphs& p) {
  std::string out;
  for (const std::string& s : p) out += (out.empty() ? "" : "\n\n") + s;
  return out;
}

Paragraphs Edit(Paragraphs p, Babbler* b, Rng* rng) {
  switch (rng->Below(5)) {
    case 0:  // trimmed
      p.resize(1 + rng->Below(p.size()));
      break;
    case 1:  // a new lede
      p[0] = b->Sentence(rng) + " " + b->Sentence(rng);
      break;
    case 2:  // reordered
      std::swap(p[rng->Below(p.size())], p[rng->Below(p.size())]);
      break;
    case 3: {  // words changed, 3% of them
      for (std::string& para : p) {
        std::istringstream in(para);
        std::string w, out;
        while (in >> w) out += (out.empty() ? "" : " ") + (rng->Chance(0.03) ? b->RandomWord(rng) : w);
        para = out;
      }
      break;
    }
    default:  // framed
      p.insert(p.begin(), b->Sentence(rng));
      p.push_back(b->Sentence(rng));
  }
  return p;
}

std::vector<std::string> Corpus(Babbler* b, size_t originals, size_t total) {
  Rng rng(2024);
  std::vector<Paragraphs> docs;
  for (size_t i = 0; i < originals; ++i) {
    Paragraphs p(2 + rng.Below(6));
    for (std::string& para : p) {
      for (size_t k = 0, n = 1 + rng.Below(3); k < n; ++k) para += (k ? " " : "") + b->Sentence(&rng);
    }
    docs.push_back(std::move(p));
  }
  while (docs.size() < total) {
    if (rng.Chance(0.15)) {  // a compilation of two to four articles
      Paragraphs c;
      for (size_t k = 0, n = 2 + rng.Below(3); k < n; ++k) {
        const Paragraphs& src = docs[rng.Below(docs.size())];
        c.insert(c.end(), src.begin(), src.end());
      }
      docs.push_back(std::move(c));
    } else {
      docs.push_back(Edit(docs[rng.Below(docs.size())], b, &rng));
    }
  }
  std::vector<std::string> out;
  for (const Paragraphs& p : docs) out.push_back(Join(p));
  return out;
}

struct Figures {
  size_t shared;
  double containment_a, containment_b, jaccard;
};

TEST(ReuseDifferentialTest, IndexFindsExactlyTheBruteForcePairs) {
  Babbler babbler;
  if (!babbler.AddConllu(VIGIE_SHARED_DATA_DIR "/ud-french/sequoia/fr_sequoia-ud-train.conllu")) {
    GTEST_SKIP() << "shared/data/ud-french is missing";
  }
  const std::vector<std::string> texts = Corpus(&babbler, 1000, 2000);
  ReuseParams params;
  ReuseThresholds thresholds;

  // Brute force: every pair, exact sets; the passages of every pair that
  // shares a fifth of one text's 3-grams (the matcher aligns no fewer).
  reuse::Shingler shingler(params.shingle_words);
  std::vector<reuse::ShingledText> shingled(texts.size());
  std::vector<std::vector<uint64_t>> sets(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    shingler.Shingle(texts[i], &shingled[i]);
    reuse::SortedSet(shingled[i].shingles, &sets[i]);
  }
  reuse::AlignOptions align;
  align.shingle_words = params.shingle_words;
  align.min_passage_words = thresholds.min_passage_words;
  reuse::AlignScratch scratch;
  auto max_coverage = [&](uint32_t a, uint32_t b) {
    int64_t ca = 0, cb = 0;
    for (const ReusePassage& p : reuse::AlignPassages(shingled[a], shingled[b], align, &scratch)) {
      ca += p.a_end - p.a_start;
      cb += p.b_end - p.b_start;
    }
    const auto share = [](int64_t covered, int64_t length) {
      return length > 0 ? static_cast<double>(covered) / static_cast<double>(length) : 0.0;
    };
    return std::max(share(ca, shingled[a].text_length), share(cb, shingled[b].text_length));
  };
  std::map<std::pair<uint32_t, uint32_t>, Figures> expected;
  for (uint32_t a = 0; a < texts.size(); ++a) {
    for (uint32_t b = a + 1; b < texts.size(); ++b) {
      const size_t shared = reuse::IntersectionSize(sets[a], sets[b]);
      if (shared < static_cast<size_t>(thresholds.min_shared)) continue;
      const double ca = static_cast<double>(shared) / static_cast<double>(sets[a].size());
      const double cb = static_cast<double>(shared) / static_cast<double>(sets[b].size());
      const double j = static_cast<double>(shared) /
                       static_cast<double>(sets[a].size() + sets[b].size() - shared);
      if (j < thresholds.min_jaccard || std::max(ca, cb) < 0.2) continue;
      if (std::max(ca, cb) < thresholds.min_containment &&
          max_coverage(a, b) < thresholds.min_coverage) {
        continue;
      }
      expected[{a, b}] = Figures{shared, ca, cb, j};
    }
  }
  ASSERT_GT(expected.size(), 1000u);

  ReuseIndex index(params);
  ReuseSigner signer(params);
  for (size_t i = 0; i < texts.size(); ++i) {
    ReuseArticle art;
    art.id = "d" + std::to_string(i);
    ASSERT_TRUE(index.Add(std::move(art), signer.Sign(texts[i])).ok());
  }
  index.Seal();
  bench::VectorSource source(&texts);
  std::vector<ReusePair> pairs;
  ASSERT_TRUE(FindPairs(index, source, thresholds, 0, 2, &pairs).ok());

  size_t matched = 0;
  std::set<std::pair<uint32_t, uint32_t>> got;
  for (const ReusePair& p : pairs) got.insert({p.a, p.b});
  if (std::getenv("REUSE_DIFF_SHOW")) {
    for (const auto& [k, f] : expected) {
      if (got.count(k)) continue;
      const ReuseSignature sa = index.signature(k.first), sb = index.signature(k.second);
      const std::vector<uint32_t>& fa = sa.fingerprints;
      const std::vector<uint32_t>& fb = sb.fingerprints;
      std::vector<uint64_t> xa(fa.begin(), fa.end()), xb(fb.begin(), fb.end());
      size_t common_bands = 0;
      for (size_t i = 0; i < sa.bands.size(); ++i) {
        common_bands += sa.bands[i] == sb.bands[i];
      }
      std::printf("missed %u %u shared %zu ca %.3f cb %.3f j %.3f fp %zu/%zu,%zu bands %zu\n",
                  k.first, k.second, f.shared, f.containment_a, f.containment_b, f.jaccard,
                  reuse::IntersectionSize(xa, xb), fa.size(), fb.size(), common_bands);
    }
  }
  for (const ReusePair& p : pairs) {
    auto it = expected.find({p.a, p.b});
    ASSERT_NE(it, expected.end()) << "reported, not above the thresholds: " << p.a << " " << p.b;
    EXPECT_EQ(p.shared, it->second.shared);
    EXPECT_DOUBLE_EQ(p.containment_a, it->second.containment_a);
    EXPECT_DOUBLE_EQ(p.containment_b, it->second.containment_b);
    EXPECT_DOUBLE_EQ(p.jaccard, it->second.jaccard);
    ++matched;
  }
  EXPECT_EQ(matched, expected.size()) << "pairs above the thresholds the index missed";
}

}  // namespace
}  // namespace vigie
