#include "store/search.h"

#include <algorithm>
#include <utility>

#include "store/query_parser.h"
#include "store/writer.h"

namespace vigie::store {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// ' ' + key + ' ' LIKE this: the words of `query`, in order, inside a name.
std::string WordsPattern(std::string_view query) {
  std::string out = "% ";
  for (char c : FoldKey(query)) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + " %";
}

void Append(Clause* into, const Clause& c, std::string_view joiner) {
  if (!into->sql.empty()) into->sql += joiner;
  into->sql += c.sql;
  into->params.insert(into->params.end(), c.params.begin(), c.params.end());
}

// v.<column> IN (?, ?, ...) over the folded (or as-is) values.
Clause AnyOf(std::string_view column, const std::vector<std::string>& values, bool fold) {
  Clause c{"v." + std::string(column) + " IN (", {}};
  for (size_t i = 0; i < values.size(); ++i) {
    c.sql += i ? ", ?" : "?";
    c.params.emplace_back(fold ? FoldKey(values[i]) : values[i]);
  }
  c.sql += ")";
  return c;
}

Result<std::vector<Clause>> Filters(const SearchRequest& r) {
  std::vector<Clause> out;
  if (!r.outlets.empty()) out.push_back(AnyOf("outlet_key", r.outlets, true));
  if (!r.languages.empty()) out.push_back(AnyOf("language", r.languages, false));
  if (!r.domains.empty()) {
    Clause any;
    for (const std::string& domain : r.domains) {
      std::string d = FoldKey(domain);
      if (d.starts_with("www.")) d.erase(0, 4);
      Append(&any, Clause{"v.domain = ? OR substr(v.domain, -length(?) - 1) = '.' || ?", {d, d, d}},
             " OR ");
    }
    any.sql = "(" + any.sql + ")";
    out.push_back(std::move(any));
  }
  for (bool upper : {false, true}) {
    const std::optional<std::string>& date = upper ? r.until : r.since;
    if (!date) continue;
    Result<std::string> bound = DateBound(*date, upper);
    if (!bound.ok()) return bound.status();
    out.push_back(Clause{upper ? "v.published_day <= ?" : "v.published_day >= ?", {*bound}});
  }
  if (r.author) {
    out.push_back(Clause{"v.version_id IN (SELECT version_id FROM authors WHERE name_id IN "
                         "(SELECT name_id FROM names WHERE ' ' || key || ' ' LIKE ? ESCAPE '\\'))",
                         {WordsPattern(*r.author)}});
  }
  return out;
}

}  // namespace

Result<std::string> DateBound(std::string_view date, bool upper) {
  bool ok = date.size() == 4 || date.size() == 7 || date.size() == 10;
  for (size_t i = 0; ok && i < date.size(); ++i) {
    ok = (i == 4 || i == 7) ? date[i] == '-' : IsDigit(date[i]);
  }
  if (!ok) {
    return Status::InvalidArgument("not a date: \"" + std::string(date) +
                                   "\" (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  std::string bound(date);
  if (upper && date.size() == 4) bound += "-99";
  if (upper && date.size() <= 7) bound += "-99";
  return bound;
}

std::vector<LayerQuery> LayerQueries(const SearchRequest& r) {
  std::vector<LayerQuery> out;
  if (r.quotes_by) {
    out.push_back({"quotes",
                   {"speaker_id IN (SELECT name_id FROM names "
                    "WHERE ' ' || key || ' ' LIKE ? ESCAPE '\\')",
                    {WordsPattern(*r.quotes_by)}}});
  }
  if (r.label) {
    std::string key = FoldKey(*r.label);
    out.push_back({"labels", {"(term_key = ? OR text_key = ?)", {key, key}}});
  }
  if (r.technique) {
    out.push_back({"techniques", {"technique = ? COLLATE NOCASE", {*r.technique}}});
  }
  if (r.claims) out.push_back({"claims", {"kind = 'casualties'", {}}});
  return out;
}

std::vector<std::string> Searcher::ExpandPrefix(std::string_view prefix) {
  std::vector<std::string> keys;
  if (prefix.empty()) return keys;
  if (!expand_.valid()) {
    Result<Statement> s = Statement::Prepare(
        db_, "SELECT DISTINCT key FROM vocabulary WHERE form >= ?1 AND form < ?2 LIMIT ?3");
    if (!s.ok()) return keys;
    expand_ = std::move(*s);
  }
  std::string upper(prefix);
  upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
  expand_.Bind(1, prefix);
  expand_.Bind(2, upper);
  expand_.Bind(3, static_cast<int64_t>(kMaxPrefixKeys * 2));
  while (true) {
    Result<bool> row = expand_.Step();
    if (!row.ok() || !*row) break;
    keys.emplace_back(expand_.ColumnText(0));
  }
  expand_.Reset();
  return keys;
}

namespace {

// The SQL that finds the matching latest versions, best first.
std::string MatchingSql(bool fts, const std::string& where) {
  if (fts && where.empty()) {
    // The index holds the latest versions only: no need to look at them.
    return "SELECT rowid, rank FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?";
  }
  if (fts) {
    return "SELECT v.version_id, s.rank FROM search s JOIN versions v ON v.version_id = s.rowid "
           "WHERE s.search MATCH ? AND " + where + " ORDER BY s.rank LIMIT ?";
  }
  return "SELECT v.version_id, 0.0 FROM versions v WHERE v.is_latest = 1 AND " + where +
         " ORDER BY v.published_day IS NULL, v.published_day DESC, v.version_id DESC LIMIT ?";
}

}  // namespace

Result<std::vector<std::pair<int64_t, double>>> Searcher::Match(const std::string& fts,
                                                                const Clause& where, int limit) {
  Result<Statement> stmt = Statement::Prepare(db_, MatchingSql(!fts.empty(), where.sql));
  if (!stmt.ok()) return stmt.status();
  int index = 1;
  if (!fts.empty()) stmt->Bind(index++, fts);
  for (const auto& p : where.params) {
    if (const auto* i = std::get_if<int64_t>(&p)) {
      stmt->Bind(index++, *i);
    } else {
      stmt->Bind(index++, std::get<std::string>(p));
    }
  }
  stmt->Bind(index, static_cast<int64_t>(std::clamp(limit, 1, 100000)));
  std::vector<std::pair<int64_t, double>> found;
  while (true) {
    Result<bool> row = stmt->Step();
    // FTS5 reports bad MATCH syntax at step time; ours should never be.
    if (!row.ok()) return Status::InvalidArgument(row.status().message());
    if (!*row) return found;
    found.emplace_back(stmt->ColumnInt(0), stmt->ColumnDouble(1));
  }
}

Result<std::vector<SearchHit>> Searcher::Search(const SearchRequest& request) {
  Result<ParsedQuery> parsed = ParseQuery(
      request.query, &keys_, [this](std::string_view prefix) { return ExpandPrefix(prefix); });
  if (!parsed.ok()) return parsed.status();
  Result<std::vector<Clause>> filters = Filters(request);
  if (!filters.ok()) return filters.status();
  std::vector<LayerQuery> layers = LayerQueries(request);
  Clause where;
  for (const Clause& c : *filters) Append(&where, c, " AND ");
  for (const LayerQuery& l : layers) {
    Append(&where,
           Clause{"v.version_id IN (SELECT version_id FROM " + l.table + " WHERE " +
                      l.condition.sql + ")",
                  l.condition.params},
           " AND ");
  }
  const std::string& fts = parsed->fts;
  if (fts.empty() && where.sql.empty()) {
    return Status::InvalidArgument(
        request.query.empty() ? "nothing to search for: give a query, a filter or a layer"
                              : "the query holds no word to search for");
  }
  Result<std::vector<std::pair<int64_t, double>>> found = Match(fts, where, request.limit);
  if (!found.ok()) return found.status();
  std::vector<SearchHit> hits(found->size());
  for (size_t i = 0; i < found->size(); ++i) {
    hits[i].score = -(*found)[i].second;
    VIGIE_RETURN_IF_ERROR(FillHit((*found)[i].first, fts, layers, &hits[i]));
  }
  return hits;
}

}  // namespace vigie::store
