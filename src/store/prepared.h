// PreparedDocument: the part of storing a document that needs no database,
// computed by Store::Prepare on any thread. `vigie ingest` prepares on its
// worker threads, so that the one thread that writes (SQLite has one
// writer) only runs SQL: that thread was the ingest's bottleneck, and
// fingerprinting, the contract JSON and its compression, and the full-text
// keys were about half of its work (doc/benchmarks.md#corpus-store).
#ifndef VIGIE_STORE_PREPARED_H_
#define VIGIE_STORE_PREPARED_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/doc_codec.h"
#include "store/search_keys.h"
#include "vigie/document.h"

namespace vigie {
namespace store {

// The full-text keys of one text, as SearchKeys::Run gives them in
// KeyMode::kDocument, kept for the FTS5 tokenizer to replay.
class IndexKeys {
 public:
  // Computes the keys of `text` with `keys`, which reports new forms to its
  // sink as usual.
  void Compute(SearchKeys* keys, std::string_view text);
  // Calls `emit` for each key, as SearchKeys::Run would; a non-zero return
  // stops and is returned.
  template <typename Emit>
  int Replay(Emit&& emit) const {
    for (const Key& k : keys_) {
      SearchKey key{std::string_view(arena_).substr(k.offset, k.size), k.start, k.end,
                    k.colocated};
      if (int rc = emit(key)) return rc;
    }
    return 0;
  }

 private:
  struct Key {
    uint32_t offset = 0;  // in arena_
    uint32_t size = 0;
    uint32_t start = 0, end = 0;  // bytes of the token in the text
    bool colocated = false;
  };
  std::string arena_;
  std::vector<Key> keys_;
};

}  // namespace store

struct PreparedDocument {
  uint64_t store_id = 0;  // the Store whose Prepare computed it
  std::string fingerprint;  // store::Fingerprint
  std::string article_key;  // store::ArticleKey
  std::optional<std::string> outlet_key;  // store::FoldKey of the outlet
  store::Codec codec = store::Codec::kRaw;
  std::string json;  // the stored form of the contract JSON line
  // The keys of the title and the text, for the full-text index.
  store::IndexKeys title_keys, text_keys;
  // Words whose folded form differs from their key, met while keying
  // (SearchKeys::set_form_sink), for the vocabulary table.
  std::vector<std::pair<std::string, std::string>> forms;
  // store::FoldKey of each author, entity canonical name, label term and
  // label text, in the document's order.
  std::vector<std::string> author_keys, entity_keys, label_term_keys, label_text_keys;
};

}  // namespace vigie

#endif  // VIGIE_STORE_PREPARED_H_
