// Searcher: a SearchRequest to ranked hits. search.cc finds the matching
// latest versions (FTS5 MATCH ranked by bm25, or the newest first when there
// is no text query) under the filters; search_hit.cc fills each hit
// (metadata, snippet with highlights, matching layer spans).
#ifndef VIGIE_STORE_SEARCH_H_
#define VIGIE_STORE_SEARCH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/search_keys.h"
#include "store/sqlite.h"
#include "vigie/status.h"
#include "vigie/store.h"

namespace vigie::store {

// A condition on the versions table (aliased v) with its parameters.
struct Clause {
  std::string sql;
  std::vector<std::variant<int64_t, std::string>> params;
};

// The layer conditions of a request, one per layer asked for: the spans of
// `table` (quotes, labels, techniques, claims) that match `condition`.
struct LayerQuery {
  std::string table;
  Clause condition;  // over the columns of `table`, unqualified
};
std::vector<LayerQuery> LayerQueries(const SearchRequest& request);

// The date bound a filter compares with published_day; InvalidArgument
// unless `date` is YYYY, YYYY-MM or YYYY-MM-DD. `upper` pads it so that
// every day of the year or month is <= it.
Result<std::string> DateBound(std::string_view date, bool upper);

// Cuts a snippet marked with U+E000 ... U+E001 around matches into the text
// and the highlights' code point offsets in it.
void UnmarkSnippet(std::string_view marked, std::string* snippet,
                   std::vector<std::pair<int64_t, int64_t>>* highlights);

// Not thread-safe; borrows `db`.
class Searcher {
 public:
  explicit Searcher(Db* db) : db_(db) {}
  Result<std::vector<SearchHit>> Search(const SearchRequest& request);

 private:
  // The (version_id, rank) of the matching latest versions, best first.
  Result<std::vector<std::pair<int64_t, double>>> Match(const std::string& fts,
                                                        const Clause& where, int limit);
  Status FillHit(int64_t version_id, const std::string& fts,
                 const std::vector<LayerQuery>& layers, SearchHit* hit);
  Status FillMetadata(int64_t version_id, SearchHit* hit);
  // The positions n of the spans of `layer` in the version that match.
  Result<std::vector<int64_t>> MatchingSpans(int64_t version_id, const LayerQuery& layer);
  Status FillSnippet(int64_t version_id, const std::string& fts, SearchHit* hit);
  // The keys of the vocabulary's forms that start with `prefix`.
  std::vector<std::string> ExpandPrefix(std::string_view prefix);

  Db* db_;
  SearchKeys keys_;
  Statement metadata_, authors_, json_, snippet_, expand_;
};

}  // namespace vigie::store

#endif  // VIGIE_STORE_SEARCH_H_
