// WordPrefixTable: PhraseMatcher's engine for the phrases that begin with a
// word character (nearly all of them): a hash table keyed by a phrase's
// first one or two words, probed at every word start of the text. Why, and
// its costs against Hyperscan's, in phrase_matcher.cc.
#ifndef VIGIE_ANALYSE_WORD_PREFIX_TABLE_H_
#define VIGIE_ANALYSE_WORD_PREFIX_TABLE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "common/utf8.h"
#include "text/tokenizer.h"

namespace vigie::analyse::internal {

// Immutable after Build; Scan is const and thread-safe.
class WordPrefixTable {
 public:
  // `literals[i]` (non-empty, folded, beginning with a word character) is
  // reported as pattern `i`; `word_end[i]`: it ends with a word character,
  // so that a match must not be followed by one.
  void Build(const std::vector<std::string>& literals, const std::vector<bool>& word_end);

  bool empty() const { return lengths_.empty(); }

  // Calls report(pattern, begin, end) for every occurrence of a literal in
  // `text` that starts a word (is not preceded by a word character) and, for
  // literals ending with a word character, ends one. Reports come by begin.
  template <typename Report>
  void Scan(std::string_view text, Report&& report) const;

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t first = 0, count = 0;  // patterns_[first, first + count); count 0: empty
  };
  static uint64_t Mix(uint64_t h, unsigned char byte) {
    return (h ^ byte) * 0x100000001b3ull;
  }
  static constexpr uint64_t kSeed = 0xcbf29ce484222325ull;

  // The byte length of the code point at `pos` and whether it is a word
  // character (letters, marks, digits).
  static bool WordAt(std::string_view text, size_t pos, size_t* next) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      *next = pos + 1;
      return kAsciiWord[b];
    }
    *next = pos;
    return text::IsWordChar(DecodeUtf8(text, next));
  }
  static constexpr auto kAsciiWord = [] {
    std::array<bool, 128> t{};
    for (int c = 0; c < 128; ++c) {
      t[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    return t;
  }();
  // Bit sets over hash bits, so that most words of a text are passed after
  // a look-up or two in tables that stay in cache: the one-word keys, the
  // first words of the two-word keys, the two-word keys.
  static constexpr int kFilterBits = 16;
  using Filter = std::vector<uint64_t>;
  static void Set(Filter* f, uint64_t hash) {
    const uint64_t bit = (hash >> 20) & ((uint64_t{1} << kFilterBits) - 1);
    (*f)[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  static bool Has(const Filter& f, uint64_t hash) {
    const uint64_t bit = (hash >> 20) & ((uint64_t{1} << kFilterBits) - 1);
    return (f[bit >> 6] >> (bit & 63) & 1) != 0;
  }

  template <typename Report>
  void Probe(std::string_view text, size_t begin, uint64_t hash, Report& report) const;
  // Hashes the word starting at `pos` into `*hash`; returns its end.
  static size_t HashWord(std::string_view text, size_t pos, uint64_t* hash);

  std::vector<Slot> slots_;         // open addressing, a power of two
  std::vector<uint32_t> patterns_;  // pattern ids grouped by key
  std::string pool_;                // the literals back to back
  std::vector<uint32_t> offsets_, lengths_;
  std::vector<bool> word_end_;
  Filter one_word_keys_ = Filter((1u << kFilterBits) / 64);
  Filter first_of_two_ = Filter((1u << kFilterBits) / 64);
  Filter two_word_keys_ = Filter((1u << kFilterBits) / 64);
  size_t max_gap_ = 0;  // longest run of non-word bytes between two key words
};

template <typename Report>
void WordPrefixTable::Probe(std::string_view text, size_t begin, uint64_t hash,
                            Report& report) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask; slots_[i].count != 0; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.hash != hash) continue;
    for (uint32_t k = slot.first; k < slot.first + slot.count; ++k) {
      const uint32_t p = patterns_[k];
      const size_t end = begin + lengths_[p];
      if (end > text.size() || std::memcmp(text.data() + begin, pool_.data() + offsets_[p],
                                           lengths_[p]) != 0) {
        continue;
      }
      size_t next = 0;
      if (word_end_[p] && end < text.size() && WordAt(text, end, &next)) continue;
      report(p, begin, end);
    }
  }
}

template <typename Report>
void WordPrefixTable::Scan(std::string_view text, Report&& report) const {
  if (empty()) return;
  const size_t n = text.size();
  size_t pos = 0, next = 0;
  while (pos < n) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80 ? !kAsciiWord[c] : !WordAt(text, pos, &next)) {
      pos = c < 0x80 ? pos + 1 : next;
      continue;
    }
    // A word starts at `pos`: hash it, then the gap and the word after.
    const size_t begin = pos;
    uint64_t hash = kSeed;
    const size_t end = HashWord(text, pos, &hash);
    pos = end;
    if (Has(one_word_keys_, hash)) Probe(text, begin, hash, report);
    if (!Has(first_of_two_, hash)) continue;
    size_t gap = end;
    while (gap < n && gap - end <= max_gap_ && !WordAt(text, gap, &next)) {
      for (size_t b = gap; b < next; ++b) hash = Mix(hash, static_cast<unsigned char>(text[b]));
      gap = next;
    }
    if (gap == end || gap >= n || gap - end > max_gap_) continue;
    if (HashWord(text, gap, &hash) > gap && Has(two_word_keys_, hash)) {
      Probe(text, begin, hash, report);
    }
  }
}

inline size_t WordPrefixTable::HashWord(std::string_view text, size_t pos, uint64_t* hash) {
  const size_t n = text.size();
  uint64_t h = *hash;
  while (pos < n) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (!kAsciiWord[c]) break;
      h = Mix(h, c);
      ++pos;
      continue;
    }
    size_t next = pos;
    if (!text::IsWordChar(DecodeUtf8(text, &next))) break;
    for (; pos < next; ++pos) h = Mix(h, static_cast<unsigned char>(text[pos]));
  }
  *hash = h;
  return pos;
}

}  // namespace vigie::analyse::internal

#endif  // VIGIE_ANALYSE_WORD_PREFIX_TABLE_H_
