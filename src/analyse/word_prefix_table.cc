#include "analyse/word_prefix_table.h"

#include <algorithm>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vigie::analyse::internal {

namespace {

// Bits of the ASCII word characters ([0-9A-Za-z]) among 16 bytes; bytes
// over 0x7F are left clear (their code points are decoded apart).
#if defined(__SSE2__)
uint32_t AsciiWordMask16(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto in = [&](char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  const __m128i word = _mm_or_si128(_mm_or_si128(in('0', '9'), in('a', 'z')), in('A', 'Z'));
  return static_cast<uint32_t>(_mm_movemask_epi8(word));
}
#endif

bool IsAsciiWord(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

void WordBits::Build(std::string_view text) {
  size_ = text.size();
  words_.assign((size_ + 63) / 64, 0);
  size_t i = 0;
  bool non_ascii = false;
#if defined(__SSE2__)
  for (; i + 16 <= size_; i += 16) {
    const uint64_t m = AsciiWordMask16(text.data() + i);
    words_[i >> 6] |= m << (i & 63);
    non_ascii |= _mm_movemask_epi8(_mm_loadu_si128(
                     reinterpret_cast<const __m128i*>(text.data() + i))) != 0;
  }
#endif
  for (; i < size_; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (IsAsciiWord(c)) words_[i >> 6] |= uint64_t{1} << (i & 63);
    non_ascii |= c >= 0x80;
  }
  if (!non_ascii) return;
  // Code points outside ASCII: every byte of a word character is set.
  for (size_t pos = 0; pos < size_;) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    size_t next = pos;
    const bool word = text::IsWordChar(DecodeUtf8(text, &next));
    for (; pos < next; ++pos)
      if (word) words_[pos >> 6] |= uint64_t{1} << (pos & 63);
  }
}

void WordPrefixTable::Build(const std::vector<std::string>& literals,
                            const std::vector<bool>& word_end) {
  // The key of a literal: its bytes up to the end of its second word, or of
  // its first when it has one (with what follows it: "qu'" is keyed "qu").
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_key;
  std::vector<uint64_t> order;  // keys in first-seen order, for a stable layout
  max_gap_ = 0;
  for (size_t i = 0; i < literals.size(); ++i) {
    const std::string& lit = literals[i];
    offsets_.push_back(static_cast<uint32_t>(pool_.size()));
    lengths_.push_back(static_cast<uint32_t>(lit.size()));
    pool_ += lit;
    const size_t first_end = WordEnd(lit, 0);
    const uint64_t one_word = Key(lit, 0, first_end);
    size_t pos = first_end, next = 0;
    while (pos < lit.size() && !WordAt(lit, pos, &next)) pos = next;
    const size_t gap = pos - first_end;
    uint64_t key = one_word;
    if (pos < lit.size()) {  // a second word
      key = Key(lit, 0, WordEnd(lit, pos));
      max_gap_ = std::max(max_gap_, gap);
      Set(&first_of_two_, Quick(lit, 0, first_end));
      Set(&two_word_keys_, key);
    } else {
      Set(&one_word_keys_, Quick(lit, 0, first_end));
    }
    auto [it, inserted] = by_key.try_emplace(key);
    if (inserted) order.push_back(key);
    it->second.push_back(static_cast<uint32_t>(i));
  }
  word_end_ = word_end;
  size_t size = 16;
  while (size < 2 * order.size()) size *= 2;
  slots_.assign(size, Slot{});
  for (uint64_t key : order) {
    const std::vector<uint32_t>& ids = by_key[key];
    size_t i = key & (size - 1);
    while (slots_[i].count != 0) i = (i + 1) & (size - 1);
    slots_[i] = Slot{key, static_cast<uint32_t>(patterns_.size()), static_cast<uint32_t>(ids.size())};
    patterns_.insert(patterns_.end(), ids.begin(), ids.end());
  }
}

}  // namespace vigie::analyse::internal
