#include "store/schema.h"

#include <string>
#include <string_view>

#include "store/doc_codec.h"
#include "store/fts_tokenizer.h"
#include "store/search_keys.h"

namespace vigie::store {
namespace {

// Version 1.
//
// articles: one row per article key (ArticleKey: the URL, else the contract
//   id), pointing at its latest version.
// versions: one row per distinct content of an article (Fingerprint), with
//   the metadata that filters and results need, small so that scans stay in
//   few pages; the contract JSON itself is in contract_json, apart, so that
//   its large values do not spread the versions rows over overflow pages.
// authors, credits, entities, quotes, claims, labels, techniques: the
//   contract's lists, one row per element, n its position in the list, for
//   every version; *_key columns hold the folded form queries compare.
// names: the distinct names of authors and speakers (by folded key), so that
//   --author and --quotes-by scan a few thousand names, not every row.
// search: the FTS5 index of the latest versions' title and text. External
//   content: the text is read back through the view search_content (which
//   decompresses contract_json with vigie_stored_text), so it is stored once.
//   FTS5 keeps a batch's terms in memory up to 'hashsize' (32 MiB: a batch
//   of 1000 articles; the default, 1 MiB, cut each batch into a dozen small
//   segments to merge) and merges segments 8 at a time ('automerge', default
//   4: less rewriting while ingesting, a few more segments to read per term).
// vocabulary: folded word forms whose search key differs (form -> key), for
//   prefix queries (search_keys.cc).
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE articles(
  article_id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  versions INTEGER NOT NULL,
  latest_version_id INTEGER NOT NULL
);
CREATE TABLE versions(
  version_id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  number INTEGER NOT NULL,
  is_latest INTEGER NOT NULL,
  fingerprint BLOB NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  input TEXT NOT NULL,
  format TEXT NOT NULL,
  url TEXT,
  domain TEXT,
  outlet TEXT,
  outlet_key TEXT,
  title TEXT,
  published TEXT,
  published_day TEXT,
  fetched TEXT,
  language TEXT,
  text_bytes INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE(article_id, number)
);
CREATE INDEX versions_domain ON versions(domain) WHERE is_latest = 1;
CREATE INDEX versions_outlet ON versions(outlet_key) WHERE is_latest = 1;
CREATE INDEX versions_day ON versions(published_day) WHERE is_latest = 1;
CREATE TABLE contract_json(
  version_id INTEGER PRIMARY KEY,
  codec INTEGER NOT NULL,
  json BLOB NOT NULL
);
CREATE TABLE names(
  name_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE
);
CREATE TABLE authors(
  version_id INTEGER NOT NULL, n INTEGER NOT NULL,
  name TEXT NOT NULL, name_id INTEGER NOT NULL,
  PRIMARY KEY(version_id, n)) WITHOUT ROWID;
CREATE INDEX authors_name ON authors(name_id);
CREATE TABLE credits(
  version_id INTEGER NOT NULL, n INTEGER NOT NULL,
  name TEXT, url TEXT, relation TEXT NOT NULL,
  PRIMARY KEY(version_id, n)) WITHOUT ROWID;
CREATE TABLE entities(
  version_id INTEGER NOT NULL, n INTEGER NOT NULL,
  text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  type TEXT NOT NULL, canonical TEXT NOT NULL, canonical_key TEXT NOT NULL,
  lat REAL, lon REAL, country TEXT,
  PRIMARY KEY(version_id, n)) WITHOUT ROWID;
CREATE INDEX entities_canonical ON entities(canonical_key);
CREATE TABLE quotes(
  version_id INTEGER NOT NULL, n INTEGER NOT NULL,
  text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  kind TEXT NOT NULL, speaker_id INTEGER, speaker TEXT,
  speaker_start INTEGER, speaker_end INTEGER, cue TEXT,
  PRIMARY KEY(version_id, n)) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE TABLE claims(
  version_id INTEGER NOT NULL, n INTEGER NOT NULL,
  text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  kind TEXT NOT NULL,
  killed INTEGER, injured INTEGER, missing INTEGER, displaced INTEGER,
  children INTEGER, civilians INTEGER, military INTEGER,
  approximate INTEGER NOT NULL,
  place TEXT, date TEXT, actor TEXT, attribution TEXT, cue TEXT,
  PRIMARY KEY(version_id, n)) WITHOUT ROWID;
CREATE INDEX claims_kind ON claims(kind);
CREATE TABLE labels(
  version_id INTEGER NOT NULL, n INTEGER NOT NULL,
  text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  term TEXT NOT NULL, term_key TEXT NOT NULL, text_key TEXT NOT NULL,
  target TEXT NOT NULL, stance TEXT NOT NULL,
  PRIMARY KEY(version_id, n)) WITHOUT ROWID;
CREATE INDEX labels_term ON labels(term_key);
CREATE INDEX labels_text ON labels(text_key);
CREATE TABLE techniques(
  version_id INTEGER NOT NULL, n INTEGER NOT NULL,
  technique TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, cue TEXT NOT NULL,
  PRIMARY KEY(version_id, n)) WITHOUT ROWID;
CREATE INDEX techniques_name ON techniques(technique COLLATE NOCASE);
CREATE TABLE vocabulary(form TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE VIEW search_content(version_id, title, text) AS
  SELECT v.version_id, v.title, vigie_stored_text(c.codec, c.json)
  FROM versions v JOIN contract_json c ON c.version_id = v.version_id
  WHERE v.is_latest = 1;
CREATE VIRTUAL TABLE search USING fts5(
  title, text, content='search_content', content_rowid='version_id', tokenize='vigie');
INSERT INTO search(search, rank) VALUES('rank', 'bm25(2.0, 1.0)');
INSERT INTO search(search, rank) VALUES('hashsize', 33554432);
INSERT INTO search(search, rank) VALUES('automerge', 8);
)sql";

// Version 2: the state of reuse detection (vigie reuse --db,
// src/store/reuse_state.cc), so that a later run signs only new versions
// and verifies only their pairs.
// reuse_signatures: the reuse signature of a version (opaque bytes the
//   reuse stage writes and reads; ReuseSignature::Serialize), made with the
//   parameters in meta 'reuse_params'.
// reuse_pairs: the pairs found between two versions (a_version <
//   b_version; opaque bytes, SerializeReusePair), under the thresholds in
//   meta 'reuse_thresholds'. Rows of versions that are no longer latest
//   stay, and are skipped.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE TABLE reuse_signatures(
  version_id INTEGER PRIMARY KEY,
  signature BLOB NOT NULL
);
CREATE TABLE reuse_pairs(
  a_version INTEGER NOT NULL,
  b_version INTEGER NOT NULL,
  pair BLOB NOT NULL,
  PRIMARY KEY(b_version, a_version)
) WITHOUT ROWID;
)sql";

struct Migration {
  int to_version;
  std::string_view sql;
};

// Step i takes a store from version to_version - 1 to to_version. Version
// 0 is the empty database.
constexpr Migration kMigrations[] = {
    {1, kSchemaV1},
    {2, kSchemaV2},
};

// vigie_stored_text(codec, json): the contract's `text` of a stored
// document; NULL when it cannot be read.
void StoredTextFunction(sqlite3_context* ctx, int, sqlite3_value** args) {
  int codec = sqlite3_value_int(args[0]);
  const void* blob = sqlite3_value_blob(args[1]);
  std::string_view stored(static_cast<const char*>(blob),
                          static_cast<size_t>(sqlite3_value_bytes(args[1])));
  thread_local std::string json;
  if (blob == nullptr || !DecodeStoredJson(codec, stored, &json).ok()) {
    sqlite3_result_null(ctx);
    return;
  }
  Result<std::string> text = ContractStringField(json, "text");
  if (!text.ok()) {
    sqlite3_result_null(ctx);
    return;
  }
  sqlite3_result_text64(ctx, text->data(), text->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

Result<std::string> MetaValue(Db* db, std::string_view key) {
  Result<Statement> stmt = Statement::Prepare(db, "SELECT value FROM meta WHERE key = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, key);
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  return *row ? std::string(stmt->ColumnText(0)) : std::string();
}

Status SetMeta(Db* db, std::string_view key, std::string_view value) {
  Result<Statement> stmt =
      Statement::Prepare(db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, key);
  stmt->Bind(2, value);
  return stmt->Run();
}

Status Migrate(Db* db, int from) {
  for (const Migration& m : kMigrations) {
    if (m.to_version <= from) continue;
    Result<std::unique_ptr<Transaction>> tx = Transaction::Begin(db);
    if (!tx.ok()) return tx.status();
    // Another process may have migrated while we waited for the lock.
    Result<int64_t> now = db->QueryInt("PRAGMA user_version");
    if (!now.ok()) return now.status();
    if (*now >= m.to_version) continue;
    VIGIE_RETURN_IF_ERROR(db->Exec(m.sql));
    if (m.to_version == 1) {
      VIGIE_RETURN_IF_ERROR(db->Exec("PRAGMA application_id = " + std::to_string(kApplicationId)));
      VIGIE_RETURN_IF_ERROR(SetMeta(db, "created_by", "vigie " VIGIE_VERSION));
      VIGIE_RETURN_IF_ERROR(
          SetMeta(db, "search_keys_version", std::to_string(kSearchKeysVersion)));
    }
    VIGIE_RETURN_IF_ERROR(db->Exec("PRAGMA user_version = " + std::to_string(m.to_version)));
    VIGIE_RETURN_IF_ERROR((*tx)->Commit());
  }
  return Status::Ok();
}

// The index's keys depend on the tokenizer's rules: rebuild it (from the
// stored texts, through search_content) when they changed.
Status RebuildIndexIfStale(Db* db, bool writable, FtsWriteState* forms) {
  Result<std::string> version = MetaValue(db, "search_keys_version");
  if (!version.ok()) return version.status();
  if (*version == std::to_string(kSearchKeysVersion)) return Status::Ok();
  if (!writable) {
    return Status::InvalidArgument(
        "the full-text index was built by another version of vigie; run vigie ingest on this "
        "database (with no input) to rebuild it");
  }
  Result<std::unique_ptr<Transaction>> tx = Transaction::Begin(db);
  if (!tx.ok()) return tx.status();
  VIGIE_RETURN_IF_ERROR(db->Exec("DELETE FROM vocabulary"));
  VIGIE_RETURN_IF_ERROR(db->Exec("INSERT INTO search(search) VALUES('rebuild')"));
  VIGIE_RETURN_IF_ERROR(SaveNewForms(db, forms));
  VIGIE_RETURN_IF_ERROR(SetMeta(db, "search_keys_version", std::to_string(kSearchKeysVersion)));
  return (*tx)->Commit();
}

}  // namespace

Status ConfigureConnection(Db* db, bool writable, FtsWriteState* forms) {
  VIGIE_RETURN_IF_ERROR(RegisterFtsTokenizer(db->get(), writable ? forms : nullptr));
  if (sqlite3_create_function_v2(db->get(), "vigie_stored_text", 2,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                 StoredTextFunction, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return db->Error("cannot register vigie_stored_text");
  }
  sqlite3_busy_timeout(db->get(), 60000);
  // A 256 MiB page cache: the secondary indexes of a large store (names,
  // labels, entities, fingerprints) take random inserts, and with 64 MiB a
  // 100,000-article ingest with the analysis layers spent a tenth more time
  // (113 against 103 s on two cores), paging them in and out.
  VIGIE_RETURN_IF_ERROR(db->Exec(
      "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 1073741824;"));
  if (writable) {
    // WAL: readers go on while a batch is written, and a crash at any point
    // leaves the last committed batch. synchronous=NORMAL in WAL mode loses
    // no committed transaction when the process is killed (only, at worst,
    // the last ones on a power cut), and spares an fsync per commit.
    VIGIE_RETURN_IF_ERROR(db->Exec(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 8192;"));
  }
  return Status::Ok();
}

Status EnsureSchema(Db* db, bool writable, FtsWriteState* forms) {
  Result<int64_t> version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  Result<int64_t> app = db->QueryInt("PRAGMA application_id");
  if (!app.ok()) return app.status();
  Result<int64_t> objects = db->QueryInt("SELECT count(*) FROM sqlite_schema");
  if (!objects.ok()) return objects.status();
  if (*app != kApplicationId && (*objects > 0 || *version > 0)) {
    return Status::InvalidArgument("not a Vigie store (an SQLite database of something else)");
  }
  if (*version > kSchemaVersion) {
    return Status::Unsupported("the store has schema version " + std::to_string(*version) +
                               ", written by a newer vigie; this one reads up to version " +
                               std::to_string(kSchemaVersion));
  }
  if (*version < kSchemaVersion) {
    if (!writable) {
      if (*version == 0) return Status::NotFound("empty database: no store yet");
      return Status::InvalidArgument("the store has schema version " + std::to_string(*version) +
                                     "; run vigie ingest on it once to migrate it to version " +
                                     std::to_string(kSchemaVersion));
    }
    VIGIE_RETURN_IF_ERROR(Migrate(db, static_cast<int>(*version)));
  }
  return RebuildIndexIfStale(db, writable, forms);
}

}  // namespace vigie::store
