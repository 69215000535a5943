// KeyCache: the search keys of tokens already seen, for SearchKeys. One
// open-addressing table of 16-byte slots (hash, offset) over one byte arena
// holding each token and its keys together, so that a hit costs about two
// cache misses (the slot, then the record) instead of the four or five of a
// node-based map of strings; the difference was a quarter of the store's
// ingest time (search_keys.cc has the figures).
#ifndef VIGIE_STORE_KEY_CACHE_H_
#define VIGIE_STORE_KEY_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::store {

// The keys of one token, as views into the cache (or into the caller's
// strings): valid until the next Insert or Clear.
struct KeysView {
  static constexpr size_t kMaxKeys = 16;
  std::string_view prefix;  // the folded form
  std::string_view keys[kMaxKeys];
  size_t count = 0;
  // A byte of flags kept with the cached token for the caller's use (0 when
  // cached); null when the token is not cached.
  uint8_t* flags = nullptr;
};

// Not thread-safe.
class KeyCache {
 public:
  // Tokens longer than this, or records larger than 64 KiB, are not cached.
  static constexpr size_t kMaxTokenBytes = 255;

  // `max_bytes`: the arena's budget; past it the cache starts over empty.
  explicit KeyCache(size_t max_bytes = size_t{48} << 20);

  // The hash under which `token` (of kind `kind`) is cached.
  static uint64_t Hash(std::string_view token, uint8_t kind);
  // True, with `*out` filled, when `token` (of kind `kind`, whose Hash is
  // `hash`) is cached.
  bool Find(std::string_view token, uint8_t kind, uint64_t hash, KeysView* out);
  bool Find(std::string_view token, uint8_t kind, KeysView* out) {
    return Find(token, kind, Hash(token, kind), out);
  }
  // Hints for a token (by its Hash) that Find will be asked about soon, so
  // that the memory it reads is on its way meanwhile (a lookup is otherwise
  // two cache misses in a row): PrefetchSlot a few tokens ahead, then
  // PrefetchRecord once the slot has arrived. Neither changes anything.
  void PrefetchSlot(uint64_t hash) const {
    __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }
  void PrefetchRecord(uint64_t hash) const {
    const Slot& slot = slots_[hash & (slots_.size() - 1)];
    if (slot.hash == hash) __builtin_prefetch(arena_.data() + slot.offset);
  }
  // Caches `token` with `prefix` and `keys` (at most kMaxKeys), and fills
  // `*out` with views into the cache. False when it cannot be cached; `*out`
  // then views the arguments.
  bool Insert(std::string_view token, uint8_t kind, std::string_view prefix,
              const std::vector<std::string>& keys, KeysView* out);
  void Clear();
  // Sets the flags byte of every cached token back to 0.
  void ClearFlags();

  size_t size() const { return count_; }

 private:
  struct Slot {
    uint64_t hash = 0;  // 0: empty
    uint64_t offset = 0;
  };
  void Decode(uint64_t offset, KeysView* out);

  size_t max_bytes_;
  std::vector<Slot> slots_;
  std::string arena_;
  size_t count_ = 0;
};

}  // namespace vigie::store

#endif  // VIGIE_STORE_KEY_CACHE_H_
