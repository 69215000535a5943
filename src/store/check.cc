// Store::Check: SQLite's own integrity check, the full-text index against
// the stored texts, and the store's invariants. What a crash must never
// break, and what the crash test (tests/store_crash_test.cc) verifies after
// every kill.
#include "store/doc_codec.h"
#include "store/sqlite.h"
#include "vigie/store.h"

namespace vigie {
namespace {

// Each query counts the rows that break one invariant.
constexpr struct {
  const char* what;
  const char* sql;
} kInvariants[] = {
    {"articles whose version count is wrong",
     "SELECT count(*) FROM articles a WHERE a.versions != "
     "(SELECT count(*) FROM versions v WHERE v.article_id = a.article_id)"},
    {"articles without exactly one latest version, the last",
     "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM versions v "
     "WHERE v.article_id = a.article_id AND v.is_latest = 1) != 1 OR NOT EXISTS "
     "(SELECT 1 FROM versions v WHERE v.version_id = a.latest_version_id AND v.is_latest = 1 "
     "AND v.number = a.versions)"},
    {"versions without their article",
     "SELECT count(*) FROM versions v WHERE NOT EXISTS "
     "(SELECT 1 FROM articles a WHERE a.article_id = v.article_id)"},
    {"versions without their JSON",
     "SELECT count(*) FROM versions v WHERE NOT EXISTS "
     "(SELECT 1 FROM contract_json c WHERE c.version_id = v.version_id)"},
    {"JSON without its version",
     "SELECT count(*) FROM contract_json c WHERE NOT EXISTS "
     "(SELECT 1 FROM versions v WHERE v.version_id = c.version_id)"},
    {"indexed rows that are not latest versions",
     "SELECT count(*) FROM search_docsize d WHERE NOT EXISTS "
     "(SELECT 1 FROM versions v WHERE v.version_id = d.id AND v.is_latest = 1)"},
    {"latest versions not indexed",
     "SELECT count(*) FROM versions v WHERE v.is_latest = 1 AND NOT EXISTS "
     "(SELECT 1 FROM search_docsize d WHERE d.id = v.version_id)"},
};

constexpr const char* kListTables[] = {"authors", "credits",  "entities",  "quotes",
                                       "claims",  "labels",   "techniques"};

size_t ListSize(const Document& doc, std::string_view table) {
  if (table == "authors") return doc.authors.size();
  if (table == "credits") return doc.credits.size();
  if (table == "entities") return doc.entities.size();
  if (table == "quotes") return doc.quotes.size();
  if (table == "claims") return doc.claims.size();
  if (table == "labels") return doc.labels.size();
  return doc.techniques.size();
}

}  // namespace

Status Store::CheckInvariants() {
  for (const auto& inv : kInvariants) {
    Result<int64_t> n = db_->QueryInt(inv.sql);
    if (!n.ok()) return n.status();
    if (*n != 0) return Status::Corruption(std::to_string(*n) + " " + inv.what);
  }
  return Status::Ok();
}

// Every version's JSON reads back, has the stored fingerprint, and as many
// rows in each list table as elements in its list.
Status Store::CheckVersionRows() {
  Result<store::Statement> versions = store::Statement::Prepare(
      db_.get(),
      "SELECT v.version_id, v.fingerprint, c.codec, c.json FROM versions v "
      "JOIN contract_json c ON c.version_id = v.version_id ORDER BY v.version_id");
  if (!versions.ok()) return versions.status();
  std::vector<store::Statement> counts;
  for (const char* table : kListTables) {
    Result<store::Statement> s = store::Statement::Prepare(
        db_.get(), std::string("SELECT count(*) FROM ") + table + " WHERE version_id = ?1");
    if (!s.ok()) return s.status();
    counts.push_back(std::move(*s));
  }
  std::string line;
  while (true) {
    Result<bool> row = versions->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    int64_t id = versions->ColumnInt(0);
    std::string name = "version " + std::to_string(id) + ": ";
    VIGIE_RETURN_IF_ERROR(store::DecodeStoredJson(static_cast<int>(versions->ColumnInt(2)),
                                                  versions->ColumnBlob(3), &line));
    Result<Document> doc = FromJsonLine(line);
    if (!doc.ok()) return Status::Corruption(name + doc.status().message());
    if (store::Fingerprint(*doc) != versions->ColumnBlob(1)) {
      return Status::Corruption(name + "JSON does not match its fingerprint");
    }
    for (size_t t = 0; t < counts.size(); ++t) {
      counts[t].Bind(1, id);
      Result<bool> c = counts[t].Step();
      int64_t n = c.ok() && *c ? counts[t].ColumnInt(0) : -1;
      counts[t].Reset();
      if (!c.ok()) return c.status();
      if (n != static_cast<int64_t>(ListSize(*doc, kListTables[t]))) {
        return Status::Corruption(name + std::string(kListTables[t]) +
                                  " rows do not match its JSON");
      }
    }
  }
}

Status Store::Check() {
  VIGIE_RETURN_IF_ERROR(Flush());
  Result<store::Statement> integrity = store::Statement::Prepare(db_.get(), "PRAGMA integrity_check");
  if (!integrity.ok()) return integrity.status();
  Result<bool> row = integrity->Step();
  if (!row.ok()) return row.status();
  if (!*row || integrity->ColumnText(0) != "ok") {
    return Status::Corruption("integrity_check: " + std::string(integrity->ColumnText(0)));
  }
  if (!options_.read_only) {
    Status fts = db_->Exec("INSERT INTO search(search) VALUES('integrity-check')");
    if (!fts.ok()) return Status::Corruption("full-text index: " + fts.message());
  }
  VIGIE_RETURN_IF_ERROR(CheckInvariants());
  return CheckVersionRows();
}

}  // namespace vigie
