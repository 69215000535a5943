// Store::Stats: counts over the latest version of every article.
#include <filesystem>
#include <system_error>

#include "store/sqlite.h"
#include "vigie/store.h"

namespace vigie {
namespace {

Result<std::vector<CountBy>> Counts(store::Db* db, const std::string& sql, int limit) {
  Result<store::Statement> stmt = store::Statement::Prepare(db, sql);
  if (!stmt.ok()) return stmt.status();
  if (limit > 0) stmt->Bind(1, static_cast<int64_t>(limit));
  std::vector<CountBy> out;
  while (true) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return out;
    out.push_back(CountBy{stmt->ColumnOptionalText(0), stmt->ColumnInt(1)});
  }
}

// Top `limit` keys of `expr` over `from` joined to the latest versions.
std::string TopOf(std::string_view expr, std::string_view group, std::string_view from,
                  std::string_view join) {
  return "SELECT " + std::string(expr) + ", count(*) AS n FROM " + std::string(from) +
         " JOIN versions v ON v.version_id = x.version_id AND v.is_latest = 1 " +
         std::string(join) + " GROUP BY " + std::string(group) +
         " ORDER BY n DESC, 1 LIMIT ?1";
}

}  // namespace

Result<StoreStats> Store::Stats(int top) {
  StoreStats stats;
  store::Db* db = db_.get();
  for (auto [field, sql] : {std::pair{&stats.articles, "SELECT count(*) FROM articles"},
                            std::pair{&stats.versions, "SELECT count(*) FROM versions"},
                            std::pair{&stats.text_bytes,
                                      "SELECT coalesce(sum(text_bytes), 0) FROM versions "
                                      "WHERE is_latest = 1"}}) {
    Result<int64_t> n = db->QueryInt(sql);
    if (!n.ok()) return n.status();
    *field = *n;
  }
  Result<int64_t> pages = db->QueryInt("PRAGMA page_count");
  Result<int64_t> page_size = db->QueryInt("PRAGMA page_size");
  if (pages.ok() && page_size.ok()) stats.file_bytes = *pages * *page_size;
  std::error_code ec;
  if (auto wal = std::filesystem::file_size(path_ + "-wal", ec); !ec) {
    stats.file_bytes += static_cast<int64_t>(wal);
  }
  struct Query {
    std::vector<CountBy>* out;
    std::string sql;
    int limit;
  };
  const Query queries[] = {
      {&stats.by_outlet,
       "SELECT min(outlet), count(*) AS n FROM versions WHERE is_latest = 1 "
       "GROUP BY outlet_key ORDER BY n DESC, 1 LIMIT ?1",
       top},
      {&stats.by_language,
       "SELECT language, count(*) AS n FROM versions WHERE is_latest = 1 "
       "GROUP BY language ORDER BY n DESC, 1",
       0},
      {&stats.by_month,
       "SELECT substr(published_day, 1, 7) AS m, count(*) FROM versions WHERE is_latest = 1 "
       "GROUP BY m ORDER BY m IS NULL, m",
       0},
      {&stats.top_labels, TopOf("min(x.term)", "x.term_key", "labels x", ""), top},
      {&stats.top_techniques, TopOf("x.technique", "x.technique", "techniques x", ""), top},
      {&stats.top_speakers,
       TopOf("s.name", "x.speaker_id", "quotes x",
             "JOIN names s ON s.name_id = x.speaker_id"),
       top},
      {&stats.top_credits,
       TopOf("coalesce(x.name, x.url)", "coalesce(x.name, x.url)", "credits x", ""), top},
  };
  for (const Query& q : queries) {
    Result<std::vector<CountBy>> counts = Counts(db, q.sql, q.limit);
    if (!counts.ok()) return counts.status();
    *q.out = std::move(*counts);
  }
  return stats;
}

}  // namespace vigie
