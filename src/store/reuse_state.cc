// The store's side of reuse detection: the latest versions' facts with
// their signatures, texts by version, and the signature and pair rows
// (schema version 2, schema.cc). Writes commit the batch in progress first
// and run in a transaction of their own.
#include <functional>
#include <string>

#include "store/doc_codec.h"
#include "store/sqlite.h"
#include "vigie/store.h"

namespace vigie {

namespace {

std::optional<CreditRelation> RelationFromName(std::string_view name) {
  for (CreditRelation r :
       {CreditRelation::kRepublishedFrom, CreditRelation::kCited, CreditRelation::kAgency}) {
    if (CreditRelationName(r) == name) return r;
  }
  return std::nullopt;
}

}  // namespace

Status Store::ForEachReuseRow(const std::function<bool(ReuseRow&&)>& row) {
  VIGIE_RETURN_IF_ERROR(Flush());
  // Credits come from their own table in the same version order, walked
  // alongside (one query each, no per-version look-up).
  Result<store::Statement> rows = store::Statement::Prepare(
      db_.get(),
      "SELECT v.version_id, v.doc_id, v.url, v.domain, v.outlet, v.published, v.fetched, "
      "s.signature FROM versions v LEFT JOIN reuse_signatures s ON s.version_id = v.version_id "
      "WHERE v.is_latest = 1 ORDER BY v.version_id");
  if (!rows.ok()) return rows.status();
  Result<store::Statement> credits = store::Statement::Prepare(
      db_.get(),
      "SELECT c.version_id, c.name, c.url, c.relation FROM credits c JOIN versions v "
      "ON v.version_id = c.version_id WHERE v.is_latest = 1 ORDER BY c.version_id, c.n");
  if (!credits.ok()) return credits.status();
  Result<bool> credit_row = credits->Step();
  if (!credit_row.ok()) return credit_row.status();
  while (true) {
    Result<bool> more = rows->Step();
    if (!more.ok()) return more.status();
    if (!*more) return Status::Ok();
    ReuseRow r;
    r.version_id = rows->ColumnInt(0);
    r.id = std::string(rows->ColumnText(1));
    r.url = rows->ColumnOptionalText(2);
    r.domain = rows->ColumnOptionalText(3);
    r.outlet = rows->ColumnOptionalText(4);
    r.published = rows->ColumnOptionalText(5);
    r.fetched = rows->ColumnOptionalText(6);
    if (!rows->ColumnIsNull(7)) r.signature = std::string(rows->ColumnBlob(7));
    while (*credit_row && credits->ColumnInt(0) <= r.version_id) {
      if (credits->ColumnInt(0) == r.version_id) {
        Credit c;
        c.name = credits->ColumnOptionalText(1);
        c.url = credits->ColumnOptionalText(2);
        c.relation = RelationFromName(credits->ColumnText(3)).value_or(CreditRelation::kCited);
        r.credits.push_back(std::move(c));
      }
      credit_row = credits->Step();
      if (!credit_row.ok()) return credit_row.status();
    }
    if (!row(std::move(r))) return Status::Ok();
  }
}

Result<std::string> Store::VersionText(int64_t version_id) {
  Result<store::Statement> stmt = store::Statement::Prepare(
      db_.get(), "SELECT codec, json FROM contract_json WHERE version_id = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, version_id);
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::NotFound("no stored version " + std::to_string(version_id));
  std::string json;
  VIGIE_RETURN_IF_ERROR(
      store::DecodeStoredJson(static_cast<int>(stmt->ColumnInt(0)), stmt->ColumnBlob(1), &json));
  return store::ContractStringField(json, "text");
}

Status Store::PutReuseSignatures(const std::vector<std::pair<int64_t, std::string>>& signatures) {
  VIGIE_RETURN_IF_ERROR(Flush());
  Result<std::unique_ptr<store::Transaction>> tx = store::Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  Result<store::Statement> stmt = store::Statement::Prepare(
      db_.get(), "INSERT OR REPLACE INTO reuse_signatures(version_id, signature) VALUES(?1, ?2)");
  if (!stmt.ok()) return stmt.status();
  for (const auto& [version, bytes] : signatures) {
    stmt->Reset();
    stmt->Bind(1, version);
    stmt->BindBlob(2, bytes);
    VIGIE_RETURN_IF_ERROR(stmt->Run());
  }
  return (*tx)->Commit();
}

Status Store::PutReusePairs(const std::vector<ReusePairRow>& pairs) {
  VIGIE_RETURN_IF_ERROR(Flush());
  Result<std::unique_ptr<store::Transaction>> tx = store::Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  Result<store::Statement> stmt = store::Statement::Prepare(
      db_.get(),
      "INSERT OR REPLACE INTO reuse_pairs(a_version, b_version, pair) VALUES(?1, ?2, ?3)");
  if (!stmt.ok()) return stmt.status();
  for (const ReusePairRow& p : pairs) {
    stmt->Reset();
    stmt->Bind(1, p.a_version);
    stmt->Bind(2, p.b_version);
    stmt->BindBlob(3, p.pair);
    VIGIE_RETURN_IF_ERROR(stmt->Run());
  }
  return (*tx)->Commit();
}

Status Store::ForEachReusePair(const std::function<bool(ReusePairRow&&)>& pair) {
  VIGIE_RETURN_IF_ERROR(Flush());
  Result<store::Statement> stmt = store::Statement::Prepare(
      db_.get(),
      "SELECT p.a_version, p.b_version, p.pair FROM reuse_pairs p "
      "JOIN versions a ON a.version_id = p.a_version JOIN versions b ON b.version_id = p.b_version "
      "WHERE a.is_latest = 1 AND b.is_latest = 1 ORDER BY p.b_version, p.a_version");
  if (!stmt.ok()) return stmt.status();
  while (true) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    ReusePairRow r{stmt->ColumnInt(0), stmt->ColumnInt(1), std::string(stmt->ColumnBlob(2))};
    if (!pair(std::move(r))) return Status::Ok();
  }
}

Result<std::string> Store::ReuseSetting(std::string_view key) {
  Result<store::Statement> stmt =
      store::Statement::Prepare(db_.get(), "SELECT value FROM meta WHERE key = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, key);
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  return *row ? std::string(stmt->ColumnText(0)) : std::string();
}

Status Store::SetReuseSetting(std::string_view key, std::string_view value) {
  VIGIE_RETURN_IF_ERROR(Flush());
  Result<store::Statement> stmt = store::Statement::Prepare(
      db_.get(), "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, key);
  stmt->Bind(2, value);
  return stmt->Run();
}

Status Store::ClearReuse(bool signatures) {
  VIGIE_RETURN_IF_ERROR(Flush());
  VIGIE_RETURN_IF_ERROR(db_->Exec("DELETE FROM reuse_pairs"));
  if (signatures) VIGIE_RETURN_IF_ERROR(db_->Exec("DELETE FROM reuse_signatures"));
  return Status::Ok();
}

}  // namespace vigie
