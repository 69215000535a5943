// Winnowed fingerprints (Schleimer, Wilkerson and Aiken, SIGMOD 2003, the
// method of MOSS): the hashes of every run of L consecutive words, and of
// every window of w consecutive hashes the smallest. Whatever surrounds
// them, two texts that share a run of at least w + L - 1 words select the
// same fingerprint inside it: a passage is found in a compilation page
// however long the page is, which MinHash of whole articles cannot promise
// (candidates.cc).
#ifndef VIGIE_REUSE_WINNOW_H_
#define VIGIE_REUSE_WINNOW_H_

#include <cstdint>
#include <span>
#include <vector>

namespace vigie::reuse {

// The fingerprints of a text given by its word hashes: 32-bit keys, sorted
// and distinct. A text of fewer than L words has one fingerprint (all its
// words); of fewer than w + L - 1 words, the smallest of its L-gram hashes.
// `scratch` is reused. REQUIRES: L >= 1, w >= 1.
void Winnow(std::span<const uint64_t> word_hashes, int L, int w, std::vector<uint64_t>* scratch,
            std::vector<uint32_t>* out);

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_WINNOW_H_
