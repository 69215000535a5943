// Passage alignment: the stretches of text two articles share, as ranges of
// code points in each (as passim reports them for newspapers). The method
// and its parameters are in align.cc.
#ifndef VIGIE_REUSE_ALIGN_H_
#define VIGIE_REUSE_ALIGN_H_

#include <cstdint>
#include <vector>

#include "reuse/shingles.h"
#include "vigie/reuse.h"

namespace vigie::reuse {

struct AlignOptions {
  int shingle_words = 3;      // n of the shingles of both texts
  int min_passage_words = 8;  // shorter passages are dropped
  int max_gap_words = 20;     // edits up to this long inside a passage keep it whole
};

// Buffers reused from call to call; one per thread.
struct AlignScratch {
  std::vector<std::pair<uint64_t, uint32_t>> a_shingles;
  std::vector<std::pair<uint32_t, uint32_t>> matches;
  struct Run {
    uint32_t a_begin, a_end, b_begin, b_end;  // words, end exclusive
    uint32_t matched;                          // shingles
  };
  std::vector<Run> runs, accepted;
};

// The passages `a` and `b` share, in order of their start in `a`; each
// passage's ranges are in code points of the texts `a` and `b` were
// shingled from. Passages do not overlap in either text.
std::vector<ReusePassage> AlignPassages(const ShingledText& a, const ShingledText& b,
                                        const AlignOptions& options, AlignScratch* scratch);

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_ALIGN_H_
