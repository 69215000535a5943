// Winnowing: design notes.
//
// Selection. Of every window of w consecutive L-gram hashes, the smallest
// (the rightmost on a tie), recorded once per position: the density is about
// 2 / (w + 1) fingerprints per word, and any run of w + L - 1 words that two
// texts share yields a common fingerprint (the minimum of a window lying
// inside the run is the same in both). The selection depends only on the
// words of the window, so edits change the fingerprints near them only.
//
// Keys. The index keeps 32 bits per fingerprint. The selected hashes are
// minima, so their top bits are mostly zero; the key is therefore taken
// from a remix of the 64-bit hash (a multiplication by an odd constant),
// which spreads the keys over the whole 32-bit space again.
//
// L and w are chosen in candidates.cc.
#include "reuse/winnow.h"

#include <algorithm>

#include "reuse/shingles.h"

namespace vigie::reuse {

namespace {

inline uint32_t Key(uint64_t hash) {
  return static_cast<uint32_t>((hash * 0x9E3779B97F4A7C15ULL) >> 32);
}

}  // namespace

void Winnow(std::span<const uint64_t> word_hashes, int L, int w, std::vector<uint64_t>* scratch,
            std::vector<uint32_t>* out) {
  out->clear();
  const size_t words = word_hashes.size();
  if (words == 0) return;
  const size_t l = static_cast<size_t>(L);
  if (words < l) {
    out->push_back(Key(HashWords(word_hashes.data(), words)));
    return;
  }
  std::vector<uint64_t>& grams = *scratch;
  grams.resize(words - l + 1);
  for (size_t i = 0; i < grams.size(); ++i) grams[i] = HashWords(word_hashes.data() + i, l);
  const size_t window = std::min(static_cast<size_t>(w), grams.size());
  // Sliding minimum, rightmost on ties; a position is recorded once.
  size_t selected = SIZE_MAX;
  size_t min_pos = 0;
  for (size_t end = window; end <= grams.size(); ++end) {
    const size_t start = end - window;
    if (selected == SIZE_MAX || min_pos < start) {
      min_pos = start;
      for (size_t i = start + 1; i < end; ++i) {
        if (grams[i] <= grams[min_pos]) min_pos = i;
      }
    } else if (grams[end - 1] <= grams[min_pos]) {
      min_pos = end - 1;
    }
    if (min_pos != selected) {
      selected = min_pos;
      out->push_back(Key(grams[min_pos]));
    }
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

}  // namespace vigie::reuse
