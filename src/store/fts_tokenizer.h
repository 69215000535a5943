// The FTS5 tokenizer "vigie": SearchKeys (search_keys.h) behind the fts5_api
// of one SQLite connection. Every connection that reads or writes the
// store's full-text table registers it first (Store::Open does).
#ifndef VIGIE_STORE_FTS_TOKENIZER_H_
#define VIGIE_STORE_FTS_TOKENIZER_H_

#include <sqlite3.h>

#include "vigie/status.h"

namespace vigie::store {

inline constexpr char kFtsTokenizerName[] = "vigie";

// Registers "vigie" on `db` through the fts5_api pointer (SELECT fts5(?1)).
// Each FTS5 table that names it gets its own SearchKeys instance. Fails when
// SQLite was built without FTS5.
Status RegisterFtsTokenizer(sqlite3* db);

}  // namespace vigie::store

#endif  // VIGIE_STORE_FTS_TOKENIZER_H_
