#include "analyse/word_prefix_table.h"

#include <algorithm>
#include <unordered_map>

namespace vigie::analyse::internal {

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
    uint64_t hash = kSeed;
    size_t pos = 0, next = 0;
    while (pos < lit.size() && WordAt(lit, pos, &next)) {  // first word
      for (size_t b = pos; b < next; ++b) hash = Mix(hash, static_cast<unsigned char>(lit[b]));
      pos = next;
    }
    const uint64_t one_word = hash;
    const size_t gap_begin = pos;
    while (pos < lit.size() && !WordAt(lit, pos, &next)) {
      for (size_t b = pos; b < next; ++b) hash = Mix(hash, static_cast<unsigned char>(lit[b]));
      pos = next;
    }
    const size_t gap = pos - gap_begin;
    uint64_t key = one_word;
    if (pos < lit.size()) {  // a second word
      while (pos < lit.size() && WordAt(lit, pos, &next)) {
        for (size_t b = pos; b < next; ++b) hash = Mix(hash, static_cast<unsigned char>(lit[b]));
        pos = next;
      }
      key = hash;
      max_gap_ = std::max(max_gap_, gap);
      Set(&first_of_two_, one_word);
      Set(&two_word_keys_, key);
    } else {
      Set(&one_word_keys_, key);
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
