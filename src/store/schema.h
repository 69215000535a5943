// The store's SQLite schema, its version and its migrations. The tables and
// why they are shaped so are in doc/design.md ("Store"); this file is the
// reference for the DDL.
#ifndef VIGIE_STORE_SCHEMA_H_
#define VIGIE_STORE_SCHEMA_H_

#include <cstdint>

#include "store/fts_tokenizer.h"
#include "store/sqlite.h"
#include "vigie/status.h"

namespace vigie::store {

// PRAGMA user_version of a store this code writes. Each version above 1 has
// a migration from the one before it (schema.cc, kMigrations).
inline constexpr int kSchemaVersion = 2;
// PRAGMA application_id: "Vigi", so that a foreign SQLite file is refused.
inline constexpr int32_t kApplicationId = 0x56696769;

// Per-connection set-up: pragmas (WAL, synchronous=NORMAL, busy timeout,
// caches), the SQL function vigie_stored_text(codec, json) that the
// full-text index reads its text through, and the FTS5 tokenizer.
// `forms` receives the new forms of indexed text (null when read-only) and
// must outlive the connection.
Status ConfigureConnection(Db* db, bool writable, FtsWriteState* forms);

// Writable: creates the schema in an empty database, or migrates an older
// one step by step (each step one transaction, so a crash leaves the
// previous version), and rebuilds the full-text index when its keys were
// made by another version of the tokenizer. Read-only: checks that the
// database is a store this code can read as it is. Errors name what is
// wrong (not a Vigie store, a newer schema, an index to rebuild).
Status EnsureSchema(Db* db, bool writable, FtsWriteState* forms);

}  // namespace vigie::store

#endif  // VIGIE_STORE_SCHEMA_H_
