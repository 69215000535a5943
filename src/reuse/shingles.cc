// Shingles: design notes.
//
// Unit. Reuse is measured on sets of word n-grams ("shingles") of the
// folded text: two spellings of the same words (capitals, accents typed or
// not, curly or straight apostrophes, no-break spaces) are the same words,
// and punctuation, which copy-editors change freely, is not a word. Numbers
// stay as written: a copy that updates a toll ("40 morts" -> "42 morts")
// loses the shingles around the figure and no more.
//
// n = 3. Measured on bench/reuse_eval.cc without the extracted pages
// (`--no-pages --sweep --shingle-words N`: 2,483 articles, 3,527 positive
// pairs; 2026-12-02), with the alignment built on the same n:
//
//   n   recall, containment >= 0.5   recall, default rule   strict precision   speeches at 0.4
//   2            0.9921                     0.9940                0.9884              3
//   3            0.9861                     0.9932                0.9949              0
//   4            0.9637                     0.9929                0.9949              0
//   5            0.9294                     0.9923                0.9949              0
//
// A changed word kills n shingles, so containment falls with n on edited
// copies (the default rule, which also counts passage coverage, holds up);
// 2-grams are shared by chance by independent texts ("de la", "il a"):
// more related pairs below half (41 against 18 at the default rule) and
// quoted speeches are reported for the same recall. n = 3 is where
// independent texts stop sharing much ("a declare que", "selon le
// ministere" are formulae a pair needs 15 of) and edits still leave most of
// a copy's shingles alive.
//
// Cost. One pass of the normaliser (which also gives the map back to the
// original's code points), one XXH3 per word and one per shingle (over the
// n 64-bit word hashes). Buffers are reused from call to call.
#include "reuse/shingles.h"

#include <xxhash.h>

#include <algorithm>
#include <cassert>

#include "common/utf8.h"
#include "text/tokenizer.h"

namespace vigie::reuse {

namespace {

inline bool IsAsciiWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

}  // namespace

Shingler::Shingler(int n) : n_(n), normalizer_(text::kNormalizeForMatching) {
  assert(n >= 1 && n <= 16);
}

uint64_t HashWords(const uint64_t* words, size_t count) {
  return XXH3_64bits(words, count * sizeof(uint64_t));
}

void Shingler::Shingle(std::string_view text, ShingledText* out) {
  out->word_hashes.clear();
  out->words.clear();
  out->shingles.clear();
  normalizer_.Normalize(text, &folded_);
  out->text_length = folded_.source_size();
  std::string_view f = folded_.text();
  size_t pos = 0;
  while (pos < f.size()) {
    // Skip separators.
    size_t start = pos;
    bool word = false;
    while (pos < f.size()) {
      unsigned char c = static_cast<unsigned char>(f[pos]);
      if (c < 0x80) {
        if (IsAsciiWordByte(c)) {
          word = true;
          break;
        }
        ++pos;
        continue;
      }
      size_t next = pos;
      char32_t cp = DecodeUtf8(f, &next);
      if (text::IsWordChar(cp)) {
        word = true;
        break;
      }
      pos = next;
    }
    if (!word) break;
    start = pos;
    while (pos < f.size()) {
      unsigned char c = static_cast<unsigned char>(f[pos]);
      if (c < 0x80) {
        if (!IsAsciiWordByte(c)) break;
        ++pos;
        continue;
      }
      size_t next = pos;
      char32_t cp = DecodeUtf8(f, &next);
      if (!text::IsWordChar(cp)) break;
      pos = next;
    }
    out->word_hashes.push_back(XXH3_64bits(f.data() + start, pos - start));
    out->words.push_back(WordSpan{static_cast<uint32_t>(folded_.SourceStart(start)),
                                  static_cast<uint32_t>(folded_.SourceEnd(pos))});
  }
  const size_t words = out->word_hashes.size();
  if (words == 0) return;
  const size_t n = static_cast<size_t>(n_);
  if (words < n) {
    out->shingles.push_back(HashWords(out->word_hashes.data(), words));
    return;
  }
  out->shingles.resize(words - n + 1);
  for (size_t i = 0; i + n <= words; ++i) {
    out->shingles[i] = HashWords(out->word_hashes.data() + i, n);
  }
}

void SortedSet(std::span<const uint64_t> shingles, std::vector<uint64_t>* out) {
  out->assign(shingles.begin(), shingles.end());
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

size_t IntersectionSize(std::span<const uint64_t> a, std::span<const uint64_t> b) {
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return common;
}

}  // namespace vigie::reuse
