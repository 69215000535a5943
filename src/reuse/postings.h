// PostingTable: an inverted table from 32-bit keys (fingerprints, LSH band
// keys) to the numbers of the articles holding them, kept as one sorted
// array of (key, article) entries, 8 bytes each, plus a directory on the top
// bits of the key: no allocation per key, no offsets (most fingerprints are
// held by one article, for which a key/offset/article layout costs 12
// bytes), one directory step and a short binary search per look-up.
#ifndef VIGIE_REUSE_POSTINGS_H_
#define VIGIE_REUSE_POSTINGS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace vigie::reuse {

// An entry: key << 32 | article.
inline uint32_t EntryDoc(uint64_t entry) { return static_cast<uint32_t>(entry); }

// At most `cap` articles per key: the first ones added (the lowest
// numbers). A key later articles still hold is looked up by them, so each
// late article is still matched against the first `cap` holders; what is
// lost is the pairs among late holders of a key shared by more than `cap`
// articles. Because the rule depends only on the order of addition, an
// index built in several runs holds exactly what one run would.
// Thread-safety: Find may run concurrently once no Add or Seal runs.
class PostingTable {
 public:
  explicit PostingTable(uint32_t cap) : cap_(cap) {}

  // REQUIRES: `doc` is not below any article added before.
  void Add(uint32_t key, uint32_t doc) {
    pending_.push_back((static_cast<uint64_t>(key) << 32) | doc);
  }
  // Merges what was added since the last Seal into the table.
  void Seal();
  size_t pending() const { return pending_.size(); }

  // The entries of `key`, articles in increasing order (sealed entries
  // only; EntryDoc gives the article).
  std::span<const uint64_t> Find(uint32_t key) const;

  size_t keys() const;
  size_t entries() const { return entries_.size(); }
  size_t MemoryUsage() const;

 private:
  void BuildDirectory();

  uint32_t cap_;
  std::vector<uint64_t> entries_;    // sorted: key << 32 | doc, at most cap_ per key
  std::vector<uint32_t> directory_;  // first entry per value of the top bits of the key
  int shift_ = 32;
  std::vector<uint64_t> pending_;
};

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_POSTINGS_H_
