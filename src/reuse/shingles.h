// Words and word shingles of a text, the unit every reuse measure counts.
// A text is folded for matching (case, accents, typographic punctuation:
// text/normalize.h), cut into words (maximal runs of letters and digits;
// apostrophes, hyphens and every other mark separate words, so "l'ONU"
// gives "l" "onu"), and every run of n consecutive words is one shingle,
// hashed to 64 bits. Each word keeps its span in code points of the
// original text, so that an alignment found on words is reported as
// ranges of the contract's text. The choice of n is in shingles.cc.
#ifndef VIGIE_REUSE_SHINGLES_H_
#define VIGIE_REUSE_SHINGLES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "text/normalize.h"

namespace vigie::reuse {

// A word of the original text, in code points, end exclusive.
struct WordSpan {
  uint32_t start = 0;
  uint32_t end = 0;
};

// The words of one text and its shingles. shingles[i] hashes words
// i .. i+n-1; a text of 1 to n-1 words has one shingle, of all its words;
// a text without words has none.
struct ShingledText {
  std::vector<uint64_t> word_hashes;
  std::vector<WordSpan> words;
  std::vector<uint64_t> shingles;
  int64_t text_length = 0;  // code points of the original text
};

// Not thread-safe (it reuses its buffers): one Shingler per thread.
class Shingler {
 public:
  // REQUIRES: 1 <= n <= 16.
  explicit Shingler(int n);

  int n() const { return n_; }

  // Replaces `*out` with the words and shingles of `text` (valid UTF-8; an
  // ill-formed byte reads as U+FFFD, a separator). Reuses `*out`'s buffers.
  void Shingle(std::string_view text, ShingledText* out);

 private:
  int n_;
  text::Normalizer normalizer_;
  text::NormalizedText folded_;
};

// The hash of `count` consecutive word hashes (order matters): shingles
// and longer fingerprints are built from words with it.
uint64_t HashWords(const uint64_t* words, size_t count);

// The distinct values of `shingles`, sorted: the set that containment and
// Jaccard count.
void SortedSet(std::span<const uint64_t> shingles, std::vector<uint64_t>* out);

// |a ∩ b| for two sorted sets.
size_t IntersectionSize(std::span<const uint64_t> a, std::span<const uint64_t> b);

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_SHINGLES_H_
