// libFuzzer target for the search query parser (store/query_parser.h): any
// bytes as a query, with and without prefix expansion. Whatever the input,
// ParseQuery returns an expression or an InvalidArgument error, and an
// expression is always valid FTS5 syntax: it is run against a real FTS5
// table (in memory, tokenizer "vigie"), which must never report a syntax
// error. The expression stays within the limits that keep queries cheap.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "store/fts_tokenizer.h"
#include "store/query_parser.h"
#include "store/schema.h"
#include "store/search_keys.h"
#include "store/sqlite.h"

namespace {

using vigie::store::Db;
using vigie::store::Statement;

struct Fixture {
  vigie::store::FtsWriteState forms;
  Db db;
  Statement match;
  vigie::store::SearchKeys keys;
};

Fixture* Setup() {
  auto* f = new Fixture();
  auto db = Db::Open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db.ok()) std::abort();
  f->db = std::move(*db);
  if (!vigie::store::ConfigureConnection(&f->db, true, &f->forms).ok()) std::abort();
  if (!vigie::store::EnsureSchema(&f->db, true, &f->forms).ok()) std::abort();
  // A table of its own, with content, so that MATCH has postings to read.
  if (!f->db.Exec("CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize='vigie');"
                  "INSERT INTO t VALUES('Alep', 'Les réfugiés de l''ONU reçoivent des munitions.');"
                  "INSERT INTO t VALUES('Deux', 'L''aide humanitaire arrive à Alep-Est.');")
           .ok()) {
    std::abort();
  }
  auto match = Statement::Prepare(&f->db, "SELECT rowid FROM t WHERE t MATCH ?1");
  if (!match.ok()) std::abort();
  f->match = std::move(*match);
  return f;
}

void Check(Fixture* f, const std::string& query, const vigie::store::PrefixExpander& expand) {
  auto parsed = vigie::store::ParseQuery(query, &f->keys, expand);
  if (!parsed.ok()) {
    if (parsed.status().code() != vigie::Status::Code::kInvalidArgument) std::abort();
    return;
  }
  if (parsed->fts.empty()) return;
  f->match.Bind(1, parsed->fts);
  while (true) {
    auto row = f->match.Step();
    if (!row.ok()) std::abort();  // FTS5 refused what we wrote
    if (!*row) break;
  }
  f->match.Reset();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture* fixture = Setup();
  std::string query(reinterpret_cast<const char*>(data), size);
  Check(fixture, query, nullptr);
  Check(fixture, query, [](std::string_view prefix) {
    // Keys the vocabulary could hold: the prefix cut, and odd bytes.
    std::vector<std::string> keys{std::string(prefix.substr(0, prefix.size() / 2)), "x y",
                                  std::string(prefix) + "\"", ""};
    return keys;
  });
  return 0;
}
