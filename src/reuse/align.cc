// Passage alignment: design notes.
//
// Seeds. Every shingle of `b` that `a` holds gives match points (i, j)
// (shingle i of a, shingle j of b); a shingle that occurs more than four
// times in `a` (a refrain, a list's repeated words) seeds nothing, so that
// the work stays linear.
//
// Runs. Points on one diagonal (j - i constant) chain into a run while
// successive points are at most 2n shingles apart: a substituted word kills
// n shingles, so a run survives a changed word or two. A run of a single
// shingle (n words) is left out: independent texts share 3-grams by chance
// ("il y a", "selon le ministere"), never longer runs by the dozen.
//
// One to one. Runs are taken greedily, longest first, and a run that
// overlaps a taken one in either text is dropped: this settles repeated
// phrases, and the chance matches of common phrases lose to the copied
// paragraph around them.
//
// Passages. Taken runs, in the order of `a`, join into one passage when they
// follow each other in both texts with gaps of at most max_gap_words (20):
// an inserted clause, a reworded sentence or a dropped one stays inside the
// passage; a moved paragraph starts a new one. Two runs are not joined over
// a gap in `b` that holds another taken run (a short paragraph moved between
// them): passages overlap in neither text, and coverage stays a share. Passages under
// min_passage_words (8) are dropped: shorter shared text is a formula.
//
// passim aligns its candidate passages with Smith-Waterman over words; news
// copies are near-verbatim, and chaining exact runs gives the same
// boundaries within a few words in linear time (the tests in
// align_test.cc show the cases).
#include "reuse/align.h"

#include <algorithm>

namespace vigie::reuse {

namespace {

using Run = AlignScratch::Run;

constexpr size_t kMaxOccurrences = 4;

bool Overlaps(uint32_t b1, uint32_t e1, uint32_t b2, uint32_t e2) { return b1 < e2 && b2 < e1; }

// Runs of match points along diagonals.
void FindRuns(const ShingledText& a, const ShingledText& b, uint32_t n, AlignScratch* s) {
  auto& index = s->a_shingles;
  index.clear();
  for (uint32_t i = 0; i < a.shingles.size(); ++i) index.emplace_back(a.shingles[i], i);
  std::sort(index.begin(), index.end());
  auto& matches = s->matches;  // (diagonal offset, i) with j = i + diagonal
  matches.clear();
  const uint32_t offset = static_cast<uint32_t>(a.shingles.size());
  for (uint32_t j = 0; j < b.shingles.size(); ++j) {
    auto lo = std::lower_bound(index.begin(), index.end(), std::make_pair(b.shingles[j], 0u));
    auto hi = lo;
    while (hi != index.end() && hi->first == b.shingles[j]) ++hi;
    if (lo == hi || static_cast<size_t>(hi - lo) > kMaxOccurrences) continue;
    for (auto it = lo; it != hi; ++it) matches.emplace_back(j + offset - it->second, it->second);
  }
  std::sort(matches.begin(), matches.end());
  s->runs.clear();
  for (size_t k = 0; k < matches.size();) {
    const uint32_t diagonal = matches[k].first;
    uint32_t first = matches[k].second, last = first, matched = 1;
    size_t next = k + 1;
    for (; next < matches.size() && matches[next].first == diagonal &&
           matches[next].second - last <= 2 * n;
         ++next) {
      last = matches[next].second;
      ++matched;
    }
    if (matched >= 2) {
      const uint32_t j_first = first + diagonal - offset;
      const uint32_t j_last = last + diagonal - offset;
      const uint32_t a_words = static_cast<uint32_t>(a.words.size());
      const uint32_t b_words = static_cast<uint32_t>(b.words.size());
      s->runs.push_back(Run{first, std::min(last + n, a_words), j_first,
                            std::min(j_last + n, b_words), matched});
    }
    k = next;
  }
}

}  // namespace

std::vector<ReusePassage> AlignPassages(const ShingledText& a, const ShingledText& b,
                                        const AlignOptions& options, AlignScratch* s) {
  std::vector<ReusePassage> passages;
  if (a.words.empty() || b.words.empty()) return passages;
  const uint32_t n = static_cast<uint32_t>(std::min<size_t>(
      options.shingle_words, std::min(a.words.size(), b.words.size())));
  FindRuns(a, b, n, s);
  // Longest first; ties by position, so that the result is deterministic.
  std::sort(s->runs.begin(), s->runs.end(), [](const Run& x, const Run& y) {
    if (x.matched != y.matched) return x.matched > y.matched;
    if (x.a_begin != y.a_begin) return x.a_begin < y.a_begin;
    return x.b_begin < y.b_begin;
  });
  s->accepted.clear();
  for (const Run& r : s->runs) {
    bool clash = false;
    for (const Run& t : s->accepted) {
      if (Overlaps(r.a_begin, r.a_end, t.a_begin, t.a_end) ||
          Overlaps(r.b_begin, r.b_end, t.b_begin, t.b_end)) {
        clash = true;
        break;
      }
    }
    if (!clash) s->accepted.push_back(r);
  }
  std::sort(s->accepted.begin(), s->accepted.end(),
            [](const Run& x, const Run& y) { return x.a_begin < y.a_begin; });
  const uint32_t gap = static_cast<uint32_t>(options.max_gap_words);
  std::vector<Run> joined;
  // Whether some taken run other than `r` lies in the b-gap [from, to): a
  // passage that spanned it would overlap that run's passage.
  auto gap_taken = [&](uint32_t from, uint32_t to, const Run& r) {
    for (const Run& t : s->accepted) {
      if (&t != &r && t.b_begin < to && from < t.b_end) return true;
    }
    return false;
  };
  for (const Run& r : s->accepted) {
    if (!joined.empty()) {
      Run& p = joined.back();
      if (r.a_begin >= p.a_end && r.a_begin - p.a_end <= gap && r.b_begin >= p.b_end &&
          r.b_begin - p.b_end <= gap && !gap_taken(p.b_end, r.b_begin, r)) {
        p.a_end = r.a_end;
        p.b_end = r.b_end;
        p.matched += r.matched;
        continue;
      }
    }
    joined.push_back(r);
  }
  const uint32_t min_words = static_cast<uint32_t>(options.min_passage_words);
  for (const Run& p : joined) {
    if (p.a_end - p.a_begin < min_words || p.b_end - p.b_begin < min_words) continue;
    passages.push_back(ReusePassage{a.words[p.a_begin].start, a.words[p.a_end - 1].end,
                                    b.words[p.b_begin].start, b.words[p.b_end - 1].end});
  }
  return passages;
}

}  // namespace vigie::reuse
