// The representation of ReuseIndex, shared by index.cc (building, bytes)
// and candidates.cc (searching).
#ifndef VIGIE_REUSE_INDEX_INTERNAL_H_
#define VIGIE_REUSE_INDEX_INTERNAL_H_

#include <cstdint>
#include <span>
#include <vector>

#include "reuse/postings.h"
#include "vigie/reuse.h"

namespace vigie {

struct ReuseIndex::Impl {
  explicit Impl(const ReuseParams& p)
      : params(p),
        fingerprints(static_cast<uint32_t>(p.max_postings)),
        bands(static_cast<uint32_t>(p.max_postings)) {}

  // Article `doc`'s fingerprints and band keys, in place.
  std::span<const uint32_t> Fingerprints(uint32_t doc) const {
    return std::span<const uint32_t>(keys.data() + key_offsets[doc], fingerprint_counts[doc]);
  }
  std::span<const uint32_t> Bands(uint32_t doc) const {
    const uint64_t begin = key_offsets[doc] + fingerprint_counts[doc];
    return std::span<const uint32_t>(keys.data() + begin, key_offsets[doc + 1] - begin);
  }

  ReuseParams params;
  std::vector<ReuseArticle> articles;
  // The signatures, flat: per article its fingerprints then its band keys
  // in `keys` from key_offsets[doc] (one vector per article would cost 80
  // bytes of headers and allocations each), and its counts.
  std::vector<uint32_t> keys;
  std::vector<uint64_t> key_offsets{0};
  std::vector<uint32_t> fingerprint_counts, shingle_counts, word_counts;
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
