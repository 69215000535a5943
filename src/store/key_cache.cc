#include "store/key_cache.h"

#include <xxhash.h>

#include <algorithm>

#include "common/open_addressing.h"

namespace vigie::store {
namespace {

constexpr size_t kInitialSlots = 1 << 14;

// Record layout in the arena: kind, flags, token length, token, prefix length,
// prefix, key count, then each key's length and bytes. Lengths are one byte
// (tokens up to kMaxTokenBytes; keys are capped below 256 by SearchKeys),
// except the prefix's and keys' which are two.
void PutLength(std::string* out, size_t n) {
  out->push_back(static_cast<char>(n & 0xFF));
  out->push_back(static_cast<char>(n >> 8));
}

size_t GetLength(const char* p) {
  return static_cast<unsigned char>(p[0]) | (static_cast<size_t>(static_cast<unsigned char>(p[1])) << 8);
}

}  // namespace

KeyCache::KeyCache(size_t max_bytes) : max_bytes_(max_bytes), slots_(kInitialSlots) {}

// 0 marks an empty slot. (Setting the low bit instead, as this once did,
// sent every token to an odd slot first: probe chains twice as long, and
// the lookups a tenth of the ingest's time.)
uint64_t KeyCache::Hash(std::string_view token, uint8_t kind) {
  const uint64_t h = XXH3_64bits_withSeed(token.data(), token.size(), kind);
  return h != 0 ? h : 1;
}

void KeyCache::Decode(uint64_t offset, KeysView* out) {
  char* p = arena_.data() + offset;
  out->flags = reinterpret_cast<uint8_t*>(p + 1);
  size_t token_len = static_cast<unsigned char>(p[2]);
  p += 3 + token_len;
  size_t n = GetLength(p);
  out->prefix = std::string_view(p + 2, n);
  p += 2 + n;
  out->count = static_cast<unsigned char>(*p++);
  for (size_t k = 0; k < out->count; ++k) {
    size_t len = GetLength(p);
    out->keys[k] = std::string_view(p + 2, len);
    p += 2 + len;
  }
}

bool KeyCache::Find(std::string_view token, uint8_t kind, uint64_t h, KeysView* out) {
  if (token.size() > kMaxTokenBytes) return false;
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.hash == 0) return false;
    if (slot.hash != h) continue;
    const char* p = arena_.data() + slot.offset;
    if (static_cast<uint8_t>(p[0]) == kind && static_cast<unsigned char>(p[2]) == token.size() &&
        std::string_view(p + 3, token.size()) == token) {
      Decode(slot.offset, out);
      return true;
    }
  }
}

void KeyCache::Clear() {
  slots_.assign(kInitialSlots, Slot{});
  arena_.clear();
  count_ = 0;
}

void KeyCache::ClearFlags() {
  for (const Slot& slot : slots_) {
    if (slot.hash != 0) arena_[slot.offset + 1] = 0;
  }
}

bool KeyCache::Insert(std::string_view token, uint8_t kind, std::string_view prefix,
                      const std::vector<std::string>& keys, KeysView* out) {
  size_t count = std::min(keys.size(), KeysView::kMaxKeys);
  out->prefix = prefix;
  out->count = count;
  out->flags = nullptr;
  for (size_t k = 0; k < count; ++k) out->keys[k] = keys[k];
  if (token.size() > kMaxTokenBytes || prefix.size() > 0xFFFF) return false;
  for (size_t k = 0; k < count; ++k) {
    if (keys[k].size() > 0xFFFF) return false;
  }
  if (arena_.size() > max_bytes_) Clear();
  if ((count_ + 1) * 2 > slots_.size()) DoubleSlots(&slots_);
  const uint64_t offset = arena_.size();
  arena_.push_back(static_cast<char>(kind));
  arena_.push_back(0);  // flags
  arena_.push_back(static_cast<char>(token.size()));
  arena_.append(token);
  PutLength(&arena_, prefix.size());
  arena_.append(prefix);
  arena_.push_back(static_cast<char>(count));
  for (size_t k = 0; k < count; ++k) {
    PutLength(&arena_, keys[k].size());
    arena_.append(keys[k]);
  }
  const uint64_t h = Hash(token, kind);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].hash != 0) i = (i + 1) & mask;
  slots_[i] = Slot{h, offset};
  ++count_;
  Decode(offset, out);
  return true;
}

}  // namespace vigie::store
