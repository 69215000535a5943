// WordPrefixTable: PhraseMatcher's engine for the phrases that begin with a
// word character (nearly all of them): a hash table keyed by a phrase's
// first one or two words, probed at every word start of the text. Why, and
// its costs against Hyperscan's, in phrase_matcher.cc.
#ifndef VIGIE_ANALYSE_WORD_PREFIX_TABLE_H_
#define VIGIE_ANALYSE_WORD_PREFIX_TABLE_H_

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

// Inlined: XXH3 on a word is a few instructions, less than the call into
// the shared library.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "common/utf8.h"
#include "text/tokenizer.h"

namespace vigie::analyse::internal {

// Which bytes of a text belong to word characters (letters, marks, digits;
// every byte of such a code point), one bit a byte, so that words are found
// by counting bits rather than by a branch on every byte. Reused from text
// to text.
class WordBits {
 public:
  void Build(std::string_view text);
  // REQUIRES: i < the text's size.
  bool Test(size_t i) const { return (words_[i >> 6] >> (i & 63)) & 1; }
  // The first position >= i whose bit is set (clear); the text's size if none.
  size_t NextSet(size_t i) const { return Next(i, 0); }
  size_t NextClear(size_t i) const { return Next(i, ~uint64_t{0}); }

 private:
  size_t Next(size_t i, uint64_t flip) const {
    if (i >= size_) return size_;
    size_t w = i >> 6;
    uint64_t word = (words_[w] ^ flip) & (~uint64_t{0} << (i & 63));
    while (word == 0) {
      if (++w >= words_.size()) return size_;
      word = words_[w] ^ flip;
    }
    return std::min(size_, (w << 6) + static_cast<size_t>(std::countr_zero(word)));
  }
  std::vector<uint64_t> words_;
  size_t size_ = 0;
};

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
  // The key of the bytes [begin, end) of `text`: a phrase's first word, or
  // its first two words with what separates them, hashed whole (XXH3: a few
  // nanoseconds for a word, where a byte-at-a-time hash is a chain of
  // dependent multiplications).
  static uint64_t Key(std::string_view text, size_t begin, size_t end) {
    return XXH3_64bits(text.data() + begin, end - begin);
  }
  // A cheaper fingerprint of the same bytes for the filters: their first 8
  // bytes and their length, one load and one multiplication, so that the
  // full key is computed only for the words a filter lets through (most
  // words of a text are no key's first word).
  static uint64_t Quick(std::string_view text, size_t begin, size_t end) {
    const size_t n = std::min<size_t>(end - begin, 8);
    uint64_t v = 0;
    if (begin + 8 <= text.size()) {
      std::memcpy(&v, text.data() + begin, 8);
      if (n < 8) v &= (uint64_t{1} << (8 * n)) - 1;  // little-endian: the first n bytes
    } else {
      std::memcpy(&v, text.data() + begin, n);
    }
    return (v ^ (static_cast<uint64_t>(end - begin) << 59)) * 0x9E3779B97F4A7C15ull;
  }

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
  // a look-up or two in tables that stay in cache: the one-word keys and the
  // first words of the two-word keys (by Quick), the two-word keys (by Key).
  static constexpr int kFilterBits = 16;
  using Filter = std::vector<uint64_t>;
  static void Set(Filter* f, uint64_t hash) {
    const uint64_t bit = hash >> (64 - kFilterBits);
    (*f)[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  static bool Has(const Filter& f, uint64_t hash) {
    const uint64_t bit = hash >> (64 - kFilterBits);
    return (f[bit >> 6] >> (bit & 63) & 1) != 0;
  }

  template <typename Report>
  void Probe(std::string_view text, const WordBits& bits, size_t begin, uint64_t hash,
             Report& report) const;
  // The end of the word starting at `pos` (`pos` itself if none does).
  static size_t WordEnd(std::string_view text, size_t pos);

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
void WordPrefixTable::Probe(std::string_view text, const WordBits& bits, size_t begin,
                            uint64_t hash, Report& report) const {
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
      if (word_end_[p] && end < text.size() && bits.Test(end)) continue;
      report(p, begin, end);
    }
  }
}

template <typename Report>
void WordPrefixTable::Scan(std::string_view text, Report&& report) const {
  if (empty()) return;
  thread_local WordBits bits;
  bits.Build(text);
  const size_t n = text.size();
  for (size_t begin = bits.NextSet(0); begin < n;) {
    // A word starts at `begin`: its key, then that of it and the word after.
    const size_t end = bits.NextClear(begin);
    const uint64_t quick = Quick(text, begin, end);
    if (Has(one_word_keys_, quick)) {
      Probe(text, bits, begin, Key(text, begin, end), report);
    }
    const size_t second = bits.NextSet(end);
    if (second < n && second - end <= max_gap_ && Has(first_of_two_, quick)) {
      const uint64_t two = Key(text, begin, bits.NextClear(second));
      if (Has(two_word_keys_, two)) Probe(text, bits, begin, two, report);
    }
    begin = second;
  }
}

inline size_t WordPrefixTable::WordEnd(std::string_view text, size_t pos) {
  const size_t n = text.size();
  while (pos < n) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (!kAsciiWord[c]) break;
      ++pos;
      continue;
    }
    size_t next = pos;
    if (!text::IsWordChar(DecodeUtf8(text, &next))) break;
    pos = next;
  }
  return pos;
}

}  // namespace vigie::analyse::internal

#endif  // VIGIE_ANALYSE_WORD_PREFIX_TABLE_H_
