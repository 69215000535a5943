// Store: opening, batched writes and reads of whole documents. Search is in
// search.cc, statistics in stats.cc, export and checks in export.cc and
// check.cc.
#include "vigie/store.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <system_error>

#include "store/prepared.h"
#include "store/schema.h"
#include "store/search.h"
#include "store/sqlite.h"
#include "store/writer.h"

namespace vigie {
namespace {

// A batch is committed after this long even when not full, so that a slow
// job (analysis on, few documents a second) loses little to a crash.
constexpr int64_t kBatchMillis = 5000;

int64_t NowMillis() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

uint64_t NextStoreId() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}

}  // namespace

Store::Store() : id_(NextStoreId()) {}

Store::~Store() {
  (void)Flush();
  // Statements before the connection they belong to.
  savepoint_.reset();
  release_.reset();
  rollback_to_.reset();
  writer_.reset();
  searcher_.reset();
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  std::error_code ec;
  if ((options.read_only || !options.create_if_missing) && path != ":memory:" &&
      !std::filesystem::exists(path, ec)) {
    return Status::NotFound("no store at " + path);
  }
  int flags = SQLITE_OPEN_NOMUTEX;
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE | (options.create_if_missing ? SQLITE_OPEN_CREATE : 0);
  }
  Result<store::Db> db = store::Db::Open(path, flags);
  if (!db.ok()) return db.status();
  std::unique_ptr<Store> s(new Store());
  s->db_ = std::make_unique<store::Db>(std::move(*db));
  s->options_ = options;
  s->path_ = path;
  s->forms_ = std::make_unique<store::FtsWriteState>();
  Status schema = store::ConfigureConnection(s->db_.get(), !options.read_only, s->forms_.get());
  if (schema.ok()) {
    schema = store::EnsureSchema(s->db_.get(), !options.read_only, s->forms_.get());
  }
  if (!schema.ok() && (sqlite3_errcode(s->db_->get()) & 0xff) == SQLITE_NOTADB) {
    return Status::InvalidArgument("not a Vigie store (not an SQLite database at all): " + path);
  }
  if (!schema.ok()) {
    return schema.code() == Status::Code::kNotFound
               ? Status::NotFound("no store at " + path + " (" + schema.message() + ")")
               : schema;
  }
  s->writer_ = std::make_unique<store::Writer>(s->db_.get(), s->forms_.get());
  s->searcher_ = std::make_unique<store::Searcher>(s->db_.get());
  return s;
}

template <typename Fn>
auto Store::InBatch(Fn&& write) -> decltype(write()) {
  if (options_.read_only) return Status::InvalidArgument("the store is open read-only");
  if (!in_batch_) {
    VIGIE_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
    in_batch_ = true;
    batch_started_ms_ = NowMillis();
  }
  VIGIE_RETURN_IF_ERROR(RunPrepared(&savepoint_, "SAVEPOINT document"));
  auto result = write();
  if (!result.ok()) {
    (void)RunPrepared(&rollback_to_, "ROLLBACK TO document");
    (void)RunPrepared(&release_, "RELEASE document");
    return result;
  }
  VIGIE_RETURN_IF_ERROR(RunPrepared(&release_, "RELEASE document"));
  if (++pending_ >= options_.batch_documents || NowMillis() - batch_started_ms_ > kBatchMillis) {
    VIGIE_RETURN_IF_ERROR(Flush());
  }
  return result;
}

Status Store::RunPrepared(std::unique_ptr<store::Statement>* slot, std::string_view sql) {
  if (*slot == nullptr) {
    Result<store::Statement> stmt = store::Statement::Prepare(db_.get(), sql);
    if (!stmt.ok()) return stmt.status();
    *slot = std::make_unique<store::Statement>(std::move(*stmt));
  }
  return (*slot)->Run();
}

Result<IngestAction> Store::Ingest(const Document& doc) { return Ingest(doc, nullptr); }

Result<IngestAction> Store::Ingest(const Document& doc,
                                   std::shared_ptr<PreparedDocument> prepared) {
  if (prepared == nullptr || prepared->store_id != id_) prepared = Prepare(doc);
  // The forms met while keying go to the vocabulary whatever happens to the
  // document: the thread that met them does not report them again to this
  // store.
  for (auto& form : prepared->forms) forms_->pending.push_back(std::move(form));
  prepared->forms.clear();
  return InBatch([&] { return writer_->Add(doc, prepared.get()); });
}

Status Store::ReplaceLayers(int64_t version_id, const Document& doc) {
  return InBatch([&] { return writer_->ReplaceLayers(version_id, doc); });
}

Status Store::Flush() {
  if (!in_batch_) return Status::Ok();
  Status st = writer_->FlushIndex();
  if (st.ok()) st = db_->Exec("COMMIT");
  if (!st.ok()) {
    (void)db_->Exec("ROLLBACK");
    writer_->DiscardIndex();
  }
  in_batch_ = false;
  pending_ = 0;
  return st;
}

Status Store::Optimize() {
  VIGIE_RETURN_IF_ERROR(Flush());
  if (options_.read_only) return Status::Ok();
  return db_->Exec("PRAGMA analysis_limit = 1000; ANALYZE;");
}

Result<std::vector<Store::StoredVersion>> Store::ReadVersions(int64_t after, int limit) {
  Result<store::Statement> stmt = store::Statement::Prepare(
      db_.get(),
      "SELECT c.version_id, c.codec, c.json FROM contract_json c WHERE c.version_id > ?1 "
      "ORDER BY c.version_id LIMIT ?2");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, after);
  stmt->Bind(2, static_cast<int64_t>(limit));
  std::vector<StoredVersion> out;
  std::string line;
  while (true) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return out;
    int64_t id = stmt->ColumnInt(0);
    VIGIE_RETURN_IF_ERROR(
        store::DecodeStoredJson(static_cast<int>(stmt->ColumnInt(1)), stmt->ColumnBlob(2), &line));
    Result<Document> doc = FromJsonLine(line);
    if (!doc.ok()) {
      return Status::Corruption("version " + std::to_string(id) + ": " + doc.status().message());
    }
    out.push_back(StoredVersion{id, std::move(*doc)});
  }
}

Result<std::vector<SearchHit>> Store::Search(const SearchRequest& request) {
  VIGIE_RETURN_IF_ERROR(Flush());  // the batch's index entries wait for its end
  return searcher_->Search(request);
}

Status Store::Export(bool all_versions, const std::function<bool(std::string_view)>& line) {
  Result<store::Statement> stmt = store::Statement::Prepare(
      db_.get(), all_versions
                     ? "SELECT c.codec, c.json FROM versions v JOIN contract_json c "
                       "ON c.version_id = v.version_id ORDER BY v.article_id, v.number"
                     : "SELECT c.codec, c.json FROM articles a JOIN contract_json c "
                       "ON c.version_id = a.latest_version_id ORDER BY a.article_id");
  if (!stmt.ok()) return stmt.status();
  std::string json;
  while (true) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    VIGIE_RETURN_IF_ERROR(
        store::DecodeStoredJson(static_cast<int>(stmt->ColumnInt(0)), stmt->ColumnBlob(1), &json));
    if (!line(json)) return Status::Ok();
  }
}

}  // namespace vigie
