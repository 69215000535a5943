// The details of one search hit: its metadata, its snippet and the layer
// spans that matched.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "common/utf8.h"
#include "store/doc_codec.h"
#include "store/search.h"

namespace vigie::store {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kMarkOpen = "\xEE\x80\x80";   // U+E000
constexpr std::string_view kMarkClose = "\xEE\x80\x81";  // U+E001
// Code points of context on each side of a span, and of a text's opening
// when nothing in it matched.
constexpr int64_t kContext = 80;
constexpr int64_t kOpening = 200;

// How far a window may grow to avoid cutting a word.
constexpr int kWordSlack = 24;

bool IsBreak(char c) { return c == ' ' || c == '\n'; }

int64_t IntField(const Json& object, const char* key, int64_t fallback) {
  auto it = object.find(key);
  return it != object.end() && it->is_number_integer() ? it->get<int64_t>() : fallback;
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offset of each code point of `s`, plus s.size() at the end.
std::vector<size_t> CodePointOffsets(std::string_view s) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsContinuation(s[i])) out.push_back(i);
  }
  out.push_back(s.size());
  return out;
}

// [start, end) of `text` widened to white space, with "…" where it is cut,
// and the span [span_start, span_end) highlighted when it is not empty.
void Window(std::string_view text, int64_t start, int64_t end, int64_t span_start,
            int64_t span_end, SearchHit* hit) {
  std::vector<size_t> at = CodePointOffsets(text);
  const int64_t n = static_cast<int64_t>(at.size()) - 1;
  start = std::clamp<int64_t>(start, 0, n);
  end = std::clamp<int64_t>(end, start, n);
  for (int k = 0; k < kWordSlack && start > 0 && !IsBreak(text[at[start - 1]]); ++k) --start;
  for (int k = 0; k < kWordSlack && end < n && !IsBreak(text[at[end]]); ++k) ++end;
  // Marked as FTS5 marks its snippets, then cut as they are.
  std::string marked = start > 0 ? "…" : "";
  span_start = std::clamp<int64_t>(span_start, start, end);
  span_end = std::clamp<int64_t>(span_end, span_start, end);
  marked.append(text.substr(at[start], at[span_start] - at[start]));
  if (span_end > span_start) marked.append(kMarkOpen);
  marked.append(text.substr(at[span_start], at[span_end] - at[span_start]));
  if (span_end > span_start) marked.append(kMarkClose);
  marked.append(text.substr(at[span_end], at[end] - at[span_end]));
  if (end < n) marked += "…";
  UnmarkSnippet(marked, &hit->snippet, &hit->highlights);
}

std::vector<std::string>* SpansOf(const std::string& table, SearchHit* hit) {
  if (table == "quotes") return &hit->quotes;
  if (table == "labels") return &hit->labels;
  if (table == "techniques") return &hit->techniques;
  return &hit->claims;
}

}  // namespace

void UnmarkSnippet(std::string_view marked, std::string* snippet,
                   std::vector<std::pair<int64_t, int64_t>>* highlights) {
  snippet->clear();
  int64_t cps = 0, open = -1;
  for (size_t i = 0; i < marked.size();) {
    std::string_view rest = marked.substr(i);
    if (rest.starts_with(kMarkOpen)) {
      open = cps;
      i += kMarkOpen.size();
      continue;
    }
    if (rest.starts_with(kMarkClose)) {
      if (open >= 0 && cps > open) highlights->emplace_back(open, cps);
      open = -1;
      i += kMarkClose.size();
      continue;
    }
    char c = marked[i++];
    if (c == '\n') c = ' ';
    if (c == ' ' && !snippet->empty() && snippet->back() == ' ') continue;  // paragraph breaks
    if (!IsContinuation(c)) ++cps;
    snippet->push_back(c);
  }
}

Status Searcher::FillMetadata(int64_t version_id, SearchHit* hit) {
  if (!metadata_.valid()) {
    Result<Statement> m = Statement::Prepare(
        db_,
        "SELECT v.article_id, v.number, a.versions, v.doc_id, v.url, v.domain, v.outlet, "
        "v.title, v.published, v.language FROM versions v JOIN articles a "
        "ON a.article_id = v.article_id WHERE v.version_id = ?1");
    if (!m.ok()) return m.status();
    metadata_ = std::move(*m);
    Result<Statement> a =
        Statement::Prepare(db_, "SELECT name FROM authors WHERE version_id = ?1 ORDER BY n");
    if (!a.ok()) return a.status();
    authors_ = std::move(*a);
  }
  metadata_.Bind(1, version_id);
  Result<bool> row = metadata_.Step();
  if (row.ok() && *row) {
    hit->article_id = metadata_.ColumnInt(0);
    hit->version = static_cast<int>(metadata_.ColumnInt(1));
    hit->versions = static_cast<int>(metadata_.ColumnInt(2));
    hit->id = std::string(metadata_.ColumnText(3));
    hit->url = metadata_.ColumnOptionalText(4);
    hit->domain = metadata_.ColumnOptionalText(5);
    hit->outlet = metadata_.ColumnOptionalText(6);
    hit->title = metadata_.ColumnOptionalText(7);
    hit->published = metadata_.ColumnOptionalText(8);
    hit->language = metadata_.ColumnOptionalText(9);
  }
  metadata_.Reset();
  if (!row.ok()) return row.status();
  authors_.Bind(1, version_id);
  while (true) {
    Result<bool> a = authors_.Step();
    if (!a.ok() || !*a) {
      authors_.Reset();
      return a.status();
    }
    hit->authors.emplace_back(authors_.ColumnText(0));
  }
}

Result<std::vector<int64_t>> Searcher::MatchingSpans(int64_t version_id,
                                                     const LayerQuery& layer) {
  Result<Statement> stmt = Statement::Prepare(
      db_, "SELECT n FROM " + layer.table + " WHERE version_id = ? AND (" +
               layer.condition.sql + ") ORDER BY n");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, version_id);
  int index = 2;
  for (const auto& p : layer.condition.params) stmt->Bind(index++, std::get<std::string>(p));
  std::vector<int64_t> out;
  while (true) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return out;
    out.push_back(stmt->ColumnInt(0));
  }
}

Status Searcher::FillSnippet(int64_t version_id, const std::string& fts, SearchHit* hit) {
  if (!snippet_.valid()) {
    Result<Statement> s = Statement::Prepare(
        db_,
        "SELECT snippet(search, 1, char(57344), char(57345), '…', 32) FROM search "
        "WHERE search MATCH ?1 AND rowid = ?2");
    if (!s.ok()) return s.status();
    snippet_ = std::move(*s);
  }
  snippet_.Bind(1, fts);
  snippet_.Bind(2, version_id);
  Result<bool> row = snippet_.Step();
  if (row.ok() && *row) UnmarkSnippet(snippet_.ColumnText(0), &hit->snippet, &hit->highlights);
  snippet_.Reset();
  return row.status();
}

Status Searcher::FillHit(int64_t version_id, const std::string& fts,
                         const std::vector<LayerQuery>& layers, SearchHit* hit) {
  VIGIE_RETURN_IF_ERROR(FillMetadata(version_id, hit));
  if (!fts.empty() && layers.empty()) return FillSnippet(version_id, fts, hit);
  // The stored document: for the layer spans, and for a snippet when there
  // is no text query to place one.
  if (!json_.valid()) {
    Result<Statement> s =
        Statement::Prepare(db_, "SELECT codec, json FROM contract_json WHERE version_id = ?1");
    if (!s.ok()) return s.status();
    json_ = std::move(*s);
  }
  json_.Bind(1, version_id);
  Result<bool> row = json_.Step();
  std::string line;
  Status st = row.status();
  if (st.ok() && *row) {
    st = DecodeStoredJson(static_cast<int>(json_.ColumnInt(0)), json_.ColumnBlob(1), &line);
  }
  json_.Reset();
  VIGIE_RETURN_IF_ERROR(st);
  Json doc = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object()) return Status::Corruption("stored document is not JSON");
  int64_t first_start = -1, first_end = -1;
  for (const LayerQuery& layer : layers) {
    Result<std::vector<int64_t>> ns = MatchingSpans(version_id, layer);
    if (!ns.ok()) return ns.status();
    auto found = doc.find(layer.table);
    if (found == doc.end()) continue;
    const Json& list = *found;
    for (int64_t n : *ns) {
      if (!list.is_array() || n < 0 || static_cast<size_t>(n) >= list.size()) continue;
      const Json& span = list[static_cast<size_t>(n)];
      SpansOf(layer.table, hit)->push_back(
          span.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      int64_t start = IntField(span, "start", 0);
      if (first_start < 0 || start < first_start) {
        first_start = start;
        first_end = IntField(span, "end", start);
      }
    }
  }
  if (!fts.empty()) return FillSnippet(version_id, fts, hit);
  auto text_it = doc.find("text");
  std::string text = text_it != doc.end() && text_it->is_string() ? text_it->get<std::string>()
                                                                   : std::string();
  if (first_start >= 0) {
    Window(text, first_start - kContext, first_end + kContext, first_start, first_end, hit);
  } else {
    Window(text, 0, kOpening, 0, 0, hit);
  }
  return Status::Ok();
}

}  // namespace vigie::store
