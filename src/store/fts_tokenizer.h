// The FTS5 tokenizer "vigie": SearchKeys (search_keys.h) behind the fts5_api
// of one SQLite connection. Every connection that reads or writes the
// store's full-text table registers it first (Store::Open does).
#ifndef VIGIE_STORE_FTS_TOKENIZER_H_
#define VIGIE_STORE_FTS_TOKENIZER_H_

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/sqlite.h"
#include "vigie/status.h"

namespace vigie::store {

inline constexpr char kFtsTokenizerName[] = "vigie";

class IndexKeys;

// What the tokenizer of a writing connection shares with the store's
// writer. Not thread-safe: one per connection.
struct FtsWriteState {
  // Words of indexed text whose folded form differs from their search key
  // (SearchKeys::set_form_sink), waiting to be written to the vocabulary
  // table by SaveNewForms.
  std::vector<std::pair<std::string, std::string>> pending;  // (form, key)
  // Texts about to be indexed whose keys were computed beforehand
  // (Store::Prepare, on another thread): handed one of these texts (the
  // same bytes), the tokenizer replays its keys instead of computing them.
  struct Prepared {
    std::string_view text;
    const IndexKeys* keys = nullptr;
  };
  std::vector<Prepared> prepared;
};

// Registers "vigie" on `db` through the fts5_api pointer (SELECT fts5(?1)).
// Each FTS5 table that names it gets its own SearchKeys instance, which
// reports new forms to `forms` (may be null: a read-only connection). Fails
// when SQLite was built without FTS5. `forms` must outlive the connection.
Status RegisterFtsTokenizer(sqlite3* db, FtsWriteState* forms);

// Writes the pending forms to the vocabulary table (INSERT OR IGNORE) and
// empties the list. REQUIRES: inside a write transaction.
Status SaveNewForms(Db* db, FtsWriteState* forms);

}  // namespace vigie::store

#endif  // VIGIE_STORE_FTS_TOKENIZER_H_
