// The representation of ReuseIndex, shared by index.cc (building, bytes)
// and candidates.cc (searching).
#ifndef VIGIE_REUSE_INDEX_INTERNAL_H_
#define VIGIE_REUSE_INDEX_INTERNAL_H_

#include <cstdint>
#include <vector>

#include "reuse/postings.h"
#include "vigie/reuse.h"

namespace vigie {

struct ReuseIndex::Impl {
  explicit Impl(const ReuseParams& p)
      : params(p),
        fingerprints(static_cast<uint32_t>(p.max_postings)),
        bands(static_cast<uint32_t>(p.max_postings)) {}

  ReuseParams params;
  std::vector<ReuseArticle> articles;
  std::vector<ReuseSignature> signatures;
  // Open addressing on XXH3 of the id: article number + 1, 0 when empty.
  std::vector<uint32_t> id_slots;
  reuse::PostingTable fingerprints;
  // One table for all bands: each band's keys are seeded by the band
  // index, so a key never matches across bands.
  reuse::PostingTable bands;
  uint32_t sealed = 0;
};

}  // namespace vigie

#endif  // VIGIE_REUSE_INDEX_INTERNAL_H_
