#include "reuse/postings.h"

#include <algorithm>
#include <bit>

namespace vigie::reuse {

void PostingTable::Seal() {
  if (pending_.empty()) return;
  // Article numbers grow with addition, so sorting (key, doc) keeps each
  // key's new articles in order, after its old ones.
  std::sort(pending_.begin(), pending_.end());
  pending_.erase(std::unique(pending_.begin(), pending_.end()), pending_.end());
  std::vector<uint32_t> keys, offsets, docs;
  keys.reserve(keys_.size() + pending_.size() / 2);
  docs.reserve(docs_.size() + pending_.size());
  offsets.reserve(keys.capacity() + 1);
  size_t i = 0, p = 0;
  while (i < keys_.size() || p < pending_.size()) {
    const uint32_t old_key = i < keys_.size() ? keys_[i] : UINT32_MAX;
    const uint32_t new_key = p < pending_.size() ? static_cast<uint32_t>(pending_[p] >> 32)
                                                 : UINT32_MAX;
    const bool take_old = i < keys_.size() && (p >= pending_.size() || old_key <= new_key);
    const bool take_new = p < pending_.size() && (i >= keys_.size() || new_key <= old_key);
    const uint32_t key = take_old ? old_key : new_key;
    keys.push_back(key);
    offsets.push_back(static_cast<uint32_t>(docs.size()));
    uint32_t count = 0;
    if (take_old) {
      for (uint32_t k = offsets_[i]; k < offsets_[i + 1]; ++k, ++count) docs.push_back(docs_[k]);
      ++i;
    }
    if (take_new) {
      for (; p < pending_.size() && static_cast<uint32_t>(pending_[p] >> 32) == key; ++p) {
        if (count < cap_) {
          docs.push_back(static_cast<uint32_t>(pending_[p]));
          ++count;
        }
      }
    }
  }
  offsets.push_back(static_cast<uint32_t>(docs.size()));
  keys_ = std::move(keys);
  offsets_ = std::move(offsets);
  docs_ = std::move(docs);
  keys_.shrink_to_fit();
  offsets_.shrink_to_fit();
  docs_.shrink_to_fit();
  std::vector<uint64_t>().swap(pending_);
  BuildDirectory();
}

void PostingTable::BuildDirectory() {
  // About four keys per directory slot; between 2^4 and 2^24 slots.
  int bits = 4;
  while (bits < 24 && (size_t{1} << bits) * 4 < keys_.size()) ++bits;
  shift_ = 32 - bits;
  directory_.assign((size_t{1} << bits) + 1, 0);
  size_t k = 0;
  for (size_t slot = 0; slot < (size_t{1} << bits); ++slot) {
    while (k < keys_.size() && (keys_[k] >> shift_) < slot) ++k;
    directory_[slot] = static_cast<uint32_t>(k);
  }
  directory_.back() = static_cast<uint32_t>(keys_.size());
}

std::span<const uint32_t> PostingTable::Find(uint32_t key) const {
  if (keys_.empty()) return {};
  const size_t slot = key >> shift_;
  auto begin = keys_.begin() + directory_[slot];
  auto end = keys_.begin() + directory_[slot + 1];
  auto it = std::lower_bound(begin, end, key);
  if (it == end || *it != key) return {};
  const size_t k = static_cast<size_t>(it - keys_.begin());
  return std::span<const uint32_t>(docs_.data() + offsets_[k], offsets_[k + 1] - offsets_[k]);
}

size_t PostingTable::MemoryUsage() const {
  return (keys_.capacity() + offsets_.capacity() + docs_.capacity() + directory_.capacity()) *
             sizeof(uint32_t) +
         pending_.capacity() * sizeof(uint64_t);
}

}  // namespace vigie::reuse
