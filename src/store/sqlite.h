// A thin C++ layer over the SQLite C API: a connection that owns its
// sqlite3*, prepared statements that finalize themselves, errors as Status
// values. Nothing here knows the store's schema.
#ifndef VIGIE_STORE_SQLITE_H_
#define VIGIE_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "vigie/status.h"

namespace vigie::store {

// One SQLite connection. Not thread-safe: one thread at a time (SQLite is
// built thread-safe, but a connection's statements and transactions are
// one logical thread). Move-only.
class Db {
 public:
  // Opens `path` with `flags` (SQLITE_OPEN_*); an empty path or ":memory:"
  // is an in-memory database.
  static Result<Db> Open(const std::string& path, int flags);

  Db() = default;
  ~Db();
  Db(Db&& other) noexcept;
  Db& operator=(Db&& other) noexcept;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  sqlite3* get() const { return db_; }

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  // The first column of the first row of `sql`, as an integer (0 when no row).
  Result<int64_t> QueryInt(std::string_view sql);

  // The Status of the last failed call on this connection, with `what`.
  Status Error(std::string_view what) const;

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// A prepared statement; reset and rebound for each use. Borrows the Db,
// which must outlive it. Move-only.
class Statement {
 public:
  Statement() = default;
  static Result<Statement> Prepare(Db* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool valid() const { return stmt_ != nullptr; }

  // Binders; `index` is 1-based as in SQLite. Text and blobs are copied
  // unless the caller keeps them alive until the next Reset (BindTextRef).
  void Bind(int index, int64_t value);
  void BindDouble(int index, double value);
  void Bind(int index, std::string_view text);
  void Bind(int index, const std::string& text) { Bind(index, std::string_view(text)); }
  void Bind(int index, const char* text) { Bind(index, std::string_view(text)); }
  void Bind(int index, const std::optional<std::string>& text);  // NULL when empty
  void BindTextRef(int index, std::string_view text);
  void BindBlob(int index, std::string_view bytes);
  void BindNull(int index);

  // Advances: true with a row, false when done; errors as Status.
  Result<bool> Step();
  // Step() for statements that return no rows.
  Status Run();
  // Clears bindings and rewinds, ready for the next use.
  void Reset();

  int64_t ColumnInt(int col) const;
  double ColumnDouble(int col) const;
  bool ColumnIsNull(int col) const;
  // Valid until the next Step or Reset.
  std::string_view ColumnText(int col) const;
  std::string_view ColumnBlob(int col) const;
  std::optional<std::string> ColumnOptionalText(int col) const;

 private:
  Statement(Db* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Db* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back when destroyed uncommitted.
class Transaction {
 public:
  static Result<std::unique_ptr<Transaction>> Begin(Db* db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Status Commit();

 private:
  explicit Transaction(Db* db) : db_(db) {}
  Db* db_;
  bool open_ = true;
};

}  // namespace vigie::store

#endif  // VIGIE_STORE_SQLITE_H_
