// Candidate pairs: design notes. (The figures are filled in from
// bench/reuse_eval.cc and bench/reuse_bench.cc; see doc/benchmarks.md.)
//
// DRAFT
#include <algorithm>
#include <vector>

#include "reuse/index_internal.h"

namespace vigie {

namespace {

constexpr size_t kShortFingerprints = 4;

struct Scratch {
  std::vector<uint32_t> fingerprint_hits;
  std::vector<uint32_t> band_hits;
};

// The candidates among articles numbered below `limit` of an article with
// `signature`.
void Collect(const ReuseIndex::Impl& m, const ReuseSignature& signature, uint32_t limit,
             const ReuseThresholds& thresholds, std::vector<ReuseCandidate>* out) {
  thread_local Scratch scratch;
  out->clear();
  std::vector<uint32_t>& fp = scratch.fingerprint_hits;
  std::vector<uint32_t>& bands = scratch.band_hits;
  fp.clear();
  bands.clear();
  for (uint32_t key : signature.fingerprints) {
    for (uint32_t doc : m.fingerprints.Find(key)) {
      if (doc >= limit) break;
      fp.push_back(doc);
    }
  }
  for (uint32_t key : signature.bands) {
    for (uint32_t doc : m.bands.Find(key)) {
      if (doc >= limit) break;
      bands.push_back(doc);
    }
  }
  std::sort(fp.begin(), fp.end());
  std::sort(bands.begin(), bands.end());
  bands.erase(std::unique(bands.begin(), bands.end()), bands.end());
  const size_t own = signature.fingerprints.size();
  size_t i = 0, j = 0;
  while (i < fp.size() || j < bands.size()) {
    const uint32_t doc = i < fp.size() && (j >= bands.size() || fp[i] <= bands[j]) ? fp[i]
                                                                                  : bands[j];
    uint32_t count = 0;
    while (i < fp.size() && fp[i] == doc) ++count, ++i;
    const bool band = j < bands.size() && bands[j] == doc;
    if (band) ++j;
    bool keep = band;
    if (!keep) {
      // A short article (kShortFingerprints or fewer: some 40 words) may
      // share all the text it has and still only one fingerprint.
      const size_t smaller = std::min(own, m.signatures[doc].fingerprints.size());
      const size_t needed = smaller <= kShortFingerprints
                                ? 1
                                : static_cast<size_t>(thresholds.min_shared_fingerprints);
      keep = count >= needed &&
             count >= thresholds.min_fingerprint_share * static_cast<double>(smaller);
    }
    if (keep) out->push_back(ReuseCandidate{doc, count, band});
  }
}

}  // namespace

void ReuseIndex::Candidates(uint32_t doc, const ReuseThresholds& thresholds,
                            std::vector<ReuseCandidate>* out) const {
  Collect(*impl_, impl_->signatures[doc], doc, thresholds, out);
}

void ReuseIndex::Query(const ReuseSignature& signature, const ReuseThresholds& thresholds,
                       std::vector<ReuseCandidate>* out) const {
  Collect(*impl_, signature, impl_->sealed, thresholds, out);
}

}  // namespace vigie
