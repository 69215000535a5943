// libFuzzer target for the full-text tokenizer: SearchKeys over any bytes
// (not repaired: FTS5 hands the tokenizer whatever a query holds) in the
// three modes, then the same text through FTS5 itself (insert, query,
// 'delete', integrity-check), inserted with its keys prepared beforehand
// (IndexKeys, as `vigie ingest` does on its workers) and deleted with keys
// the tokenizer computes. Checks what FTS5 relies on: keys are
// non-empty and at most kMaxKeyBytes, spans lie inside the text with
// non-decreasing starts, a document token's first key is never colocated,
// and keying is deterministic (a second run, from the cache, gives the same
// keys), and prepared keys replay exactly what the tokenizer computes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "store/fts_tokenizer.h"
#include "store/prepared.h"
#include "store/schema.h"
#include "store/search_keys.h"
#include "store/sqlite.h"

namespace {

using vigie::store::KeyMode;
using vigie::store::SearchKey;
using vigie::store::SearchKeys;

std::vector<std::string> Keys(SearchKeys* keys, const std::string& text, KeyMode mode) {
  std::vector<std::string> out;
  size_t last_start = 0;
  bool first = true;
  keys->Run(text, mode, [&](const SearchKey& k) {
    if (k.key.empty() || k.key.size() > SearchKeys::kMaxKeyBytes) std::abort();
    if (k.byte_end > text.size() || k.byte_start > k.byte_end) std::abort();
    if (k.byte_start < last_start) std::abort();
    if (first && k.colocated) std::abort();
    first = false;
    last_start = k.byte_start;
    out.emplace_back(k.key);
    return 0;
  });
  return out;
}

struct Fixture {
  vigie::store::FtsWriteState forms;
  vigie::store::Db db;
};

Fixture* Setup() {
  auto* f = new Fixture();
  auto db = vigie::store::Db::Open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db.ok()) std::abort();
  f->db = std::move(*db);
  if (!vigie::store::RegisterFtsTokenizer(f->db.get(), &f->forms).ok()) std::abort();
  // Contentless, as the store's index is external-content: 'delete' takes the
  // values it indexed.
  if (!f->db.Exec("CREATE VIRTUAL TABLE t USING fts5(text, content='', tokenize='vigie')").ok()) {
    std::abort();
  }
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static SearchKeys* keys = new SearchKeys();
  static Fixture* fixture = Setup();
  std::string text(reinterpret_cast<const char*>(data), size);
  for (KeyMode mode : {KeyMode::kDocument, KeyMode::kQuery, KeyMode::kQueryPrefix}) {
    if (Keys(keys, text, mode) != Keys(keys, text, mode)) std::abort();
  }
  static SearchKeys* preparing = new SearchKeys();
  vigie::store::IndexKeys prepared;
  prepared.Compute(preparing, text);
  std::vector<std::string> replayed;
  prepared.Replay([&](const SearchKey& k) {
    replayed.emplace_back(k.key);
    return 0;
  });
  if (replayed != Keys(keys, text, KeyMode::kDocument)) std::abort();
  // Through FTS5: what it indexes (from the prepared keys), it must find and
  // delete cleanly (keys computed by the tokenizer).
  vigie::store::Db* db = &fixture->db;
  auto insert = vigie::store::Statement::Prepare(db, "INSERT INTO t(rowid, text) VALUES(1, ?1)");
  auto remove = vigie::store::Statement::Prepare(
      db, "INSERT INTO t(t, rowid, text) VALUES('delete', 1, ?1)");
  if (!insert.ok() || !remove.ok()) std::abort();
  insert->BindBlob(1, text);
  fixture->forms.prepared.push_back({text, &prepared});
  if (!insert->Run().ok()) std::abort();
  fixture->forms.prepared.clear();
  remove->BindBlob(1, text);
  if (!remove->Run().ok()) std::abort();
  if (!db->Exec("INSERT INTO t(t) VALUES('integrity-check')").ok()) std::abort();
  fixture->forms.pending.clear();
  return 0;
}
