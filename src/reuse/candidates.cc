// Candidate pairs: design notes.
//
// Two channels propose pairs, and every proposal is verified exactly on the
// texts (matcher.cc), so that the channels only decide what is looked at.
//
// Winnowed fingerprints (winnow.h) for containment. A copy of a short
// article inside a long page shares little of the page: MinHash, which
// estimates Jaccard over whole articles, cannot see it (a 400-word article
// in a 2,000-word compilation has Jaccard 0.2 at best). Winnowing promises
// more: any run of w + L - 1 words two texts share gives them a common
// fingerprint, whatever else the texts hold. A pair is a candidate when it
// shares at least min_shared_fingerprints (2) fingerprints and
// min_fingerprint_share (0.2) of the smaller article's: one shared
// fingerprint is a formula ("a déclaré le ministre de la Défense") as often
// as a copy, and at a million articles the common ones have the full
// max_postings holders each. Short articles (kShortFingerprints, 10
// fingerprints: some 65 words) may hold only one of what they share: for
// them a single shared fingerprint is enough when it is rare (held by at
// most kRareHolders, 64, of the articles before), so that a brief pasted
// into a page is found without every brief being compared with every
// article that shares a formula with it.
//
// MinHash LSH for the near-duplicates edits hide from winnowing. A copy
// "spun" word by word (one word in seven swapped, as content farms do)
// keeps few runs of 17 words; its 3-grams still agree with the original's
// at Jaccard 0.4 to 0.5. K = bands x rows MinHash values of the 3-gram set,
// cut into bands; two articles are candidates when a whole band agrees:
// probability 1 - (1 - J^r)^b.
//
// Parameters, measured with bench/reuse_eval.cc (4,113 articles: copies
// with twelve kinds of edits, compilations, excerpts, same-story articles,
// shared speeches and boilerplate; 4,766 positive pairs) on 2026-12-02:
//
//   L  w  bands x rows  index   candidates  positives missed by candidates
//   6  12   12 x 5      9.4 MB    5,075        50 (spun: 1 of 154)
//   6  12   20 x 3      9.8 MB    5,090        44 (spun: 0)
//   6  12   16 x 4      9.6 MB    5,074        50
//   6  12    none       8.6 MB    5,072        52
//   5   8   12 x 5     11.9 MB    5,376         0 *
//   8  16   12 x 5      8.1 MB    5,038         2 *
//   6  20   12 x 5      7.2 MB    5,208         1 *
//   4  12   12 x 5      9.3 MB    5,261         0 *
//   (* on the set before spun copies were added: 4,130 articles, 4,666
//   positives, where L = 6, w = 12 missed none.)
//
// L = 6, w = 12: a shared run of 17 words is always seen (a sentence and a
// half of news), the density 2 / (w + 1) keeps 77 fingerprints for a
// 500-word article (8 bytes each in the posting table: 620 MB for a
// million), and 6-grams are rare enough that formulas seldom make
// candidates (L = 4 and 5 verify 4 to 6 % more pairs for nothing). Larger windows save memory and start
// missing pasted paragraphs. Bands 20 x 3 (K = 60): an S-curve at J 0.37
// (P = 0.5), P = 0.94 at J = 0.5 and 0.16 at J = 0.2, finds every spun
// copy the fingerprints miss for 80 bytes an article. The 44 positives
// neither channel proposes are pairs of articles that both copy a third,
// each with its own heavy edits (double-spun siblings) or pasted into two
// compilations: each is found with the original, and its family joins
// them (families.cc).
//
// max_postings (2,000): a key held by more articles (a formula, a
// navigation line the boilerplate pass missed) keeps its first 2,000
// holders; later holders still find those. It bounds the work of an
// article to 2,000 x its keys in the worst case; the table stays 8 bytes
// an entry (postings.h).
#include <algorithm>
#include <vector>

#include "reuse/index_internal.h"

namespace vigie {

namespace {

constexpr size_t kShortFingerprints = 10;
constexpr size_t kRareHolders = 64;

struct Scratch {
  std::vector<uint64_t> fingerprint_hits;  // doc << 1 | held by few
  std::vector<uint32_t> band_hits;
};

// The candidates among articles numbered below `limit` of an article with
// `signature`.
void Collect(const ReuseIndex::Impl& m, std::span<const uint32_t> fingerprints,
             std::span<const uint32_t> band_keys, uint32_t limit,
             const ReuseThresholds& thresholds, std::vector<ReuseCandidate>* out) {
  thread_local Scratch scratch;
  out->clear();
  std::vector<uint64_t>& fp = scratch.fingerprint_hits;
  std::vector<uint32_t>& bands = scratch.band_hits;
  fp.clear();
  bands.clear();
  for (uint32_t key : fingerprints) {
    // Holders below `limit` only, so that an incremental run, which saw
    // fewer holders, decides as a batch run does.
    std::span<const uint64_t> holders = m.fingerprints.Find(key);
    const size_t before = static_cast<size_t>(
        std::lower_bound(holders.begin(), holders.end(), (static_cast<uint64_t>(key) << 32) | limit) -
        holders.begin());
    const uint64_t rare = before <= kRareHolders ? 1 : 0;
    for (size_t k = 0; k < before; ++k) {
      fp.push_back(static_cast<uint64_t>(reuse::EntryDoc(holders[k])) << 1 | rare);
    }
  }
  for (uint32_t key : band_keys) {
    for (uint64_t entry : m.bands.Find(key)) {
      const uint32_t doc = reuse::EntryDoc(entry);
      if (doc >= limit) break;
      bands.push_back(doc);
    }
  }
  std::sort(fp.begin(), fp.end());
  std::sort(bands.begin(), bands.end());
  bands.erase(std::unique(bands.begin(), bands.end()), bands.end());
  const size_t own = fingerprints.size();
  size_t i = 0, j = 0;
  while (i < fp.size() || j < bands.size()) {
    const uint32_t doc = i < fp.size() && (j >= bands.size() || (fp[i] >> 1) <= bands[j])
                             ? static_cast<uint32_t>(fp[i] >> 1)
                             : bands[j];
    uint32_t count = 0, rare = 0;
    for (; i < fp.size() && (fp[i] >> 1) == doc; ++i) {
      ++count;
      rare += static_cast<uint32_t>(fp[i] & 1);
    }
    const bool band = j < bands.size() && bands[j] == doc;
    if (band) ++j;
    const size_t smaller = std::min<size_t>(own, m.fingerprint_counts[doc]);
    const bool keep =
        band || (smaller <= kShortFingerprints && rare >= 1) ||
        (count >= static_cast<uint32_t>(thresholds.min_shared_fingerprints) &&
         count >= thresholds.min_fingerprint_share * static_cast<double>(smaller));
    if (keep) out->push_back(ReuseCandidate{doc, count, band});
  }
}

}  // namespace

void ReuseIndex::Candidates(uint32_t doc, const ReuseThresholds& thresholds,
                            std::vector<ReuseCandidate>* out) const {
  Collect(*impl_, impl_->Fingerprints(doc), impl_->Bands(doc), doc, thresholds, out);
}

void ReuseIndex::Query(const ReuseSignature& signature, const ReuseThresholds& thresholds,
                       std::vector<ReuseCandidate>* out) const {
  Collect(*impl_, signature.fingerprints, signature.bands, impl_->sealed, thresholds, out);
}

}  // namespace vigie
