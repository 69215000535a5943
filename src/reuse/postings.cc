#include "reuse/postings.h"

#include <algorithm>

namespace vigie::reuse {

namespace {

inline uint32_t Key(uint64_t entry) { return static_cast<uint32_t>(entry >> 32); }

// Keeps at most `cap` entries per key of a sorted, distinct run, in place,
// counting the `already` entries each key holds in the table.
template <typename Already>
void CapInPlace(std::vector<uint64_t>* v, uint32_t cap, Already&& already) {
  size_t out = 0;
  for (size_t i = 0; i < v->size();) {
    const uint32_t key = Key((*v)[i]);
    size_t room = cap - std::min<size_t>(cap, already(key));
    for (; i < v->size() && Key((*v)[i]) == key; ++i) {
      if (room > 0) {
        (*v)[out++] = (*v)[i];
        --room;
      }
    }
  }
  v->resize(out);
}

}  // namespace

void PostingTable::Seal() {
  if (pending_.empty()) return;
  // Article numbers grow with addition, so sorting (key, doc) keeps each
  // key's new articles in order, after its old ones.
  std::sort(pending_.begin(), pending_.end());
  pending_.erase(std::unique(pending_.begin(), pending_.end()), pending_.end());
  CapInPlace(&pending_, cap_, [&](uint32_t key) { return Find(key).size(); });
  if (entries_.empty()) {
    // The first seal (a whole batch run): no second copy of the table.
    entries_.swap(pending_);
  } else {
    std::vector<uint64_t> merged(entries_.size() + pending_.size());
    std::merge(entries_.begin(), entries_.end(), pending_.begin(), pending_.end(), merged.begin());
    entries_.swap(merged);
  }
  entries_.shrink_to_fit();
  std::vector<uint64_t>().swap(pending_);
  BuildDirectory();
}

void PostingTable::BuildDirectory() {
  // About four entries per directory slot; between 2^4 and 2^24 slots.
  int bits = 4;
  while (bits < 24 && (size_t{1} << bits) * 4 < entries_.size()) ++bits;
  shift_ = 32 - bits;
  directory_.assign((size_t{1} << bits) + 1, 0);
  size_t k = 0;
  for (size_t slot = 0; slot < (size_t{1} << bits); ++slot) {
    while (k < entries_.size() && (Key(entries_[k]) >> shift_) < slot) ++k;
    directory_[slot] = static_cast<uint32_t>(k);
  }
  directory_.back() = static_cast<uint32_t>(entries_.size());
}

std::span<const uint64_t> PostingTable::Find(uint32_t key) const {
  if (entries_.empty()) return {};
  const size_t slot = key >> shift_;
  auto begin = entries_.begin() + directory_[slot];
  auto end = entries_.begin() + directory_[slot + 1];
  const uint64_t lo = static_cast<uint64_t>(key) << 32;
  auto first = std::lower_bound(begin, end, lo);
  auto last = std::upper_bound(first, end, lo | 0xFFFFFFFFULL);
  return std::span<const uint64_t>(&*entries_.begin() + (first - entries_.begin()),
                                   static_cast<size_t>(last - first));
}

size_t PostingTable::keys() const {
  size_t n = 0;
  for (size_t i = 0; i < entries_.size(); ++i) {
    n += i == 0 || Key(entries_[i]) != Key(entries_[i - 1]);
  }
  return n;
}

size_t PostingTable::MemoryUsage() const {
  return entries_.capacity() * sizeof(uint64_t) + directory_.capacity() * sizeof(uint32_t) +
         pending_.capacity() * sizeof(uint64_t);
}

}  // namespace vigie::reuse
