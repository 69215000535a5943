// Metadata headers before Markdown articles: YAML front matter and the
// jina.ai reader header. Only the flat subset scrapers write is read
// ("key: value", "key:" followed by "- item" lines, inline "[a, b]" lists);
// anything else in the block makes it not a header, and the lines are then
// read as Markdown (a "---" line is a rule).
#include "ingest/markdown_header.h"

#include <optional>
#include <string>

#include "common/strings.h"
#include "ingest/text_lines.h"

namespace vigie::ingest::internal {
namespace {

// Front matter and jina headers are a dozen lines; a "---" pair further
// apart is two rules around an article section.
constexpr size_t kMaxHeaderLines = 60;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Unquote(std::string_view v) {
  v = Trim(v);
  while (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') ||
                           (v.front() == '\'' && v.back() == '\'') ||
                           (v.front() == '[' && v.back() == ']'))) {
    v = Trim(v.substr(1, v.size() - 2));
  }
  return v;
}

// The value if it opens with an ISO date ("2016-11-01[Thh:mm:ss[.fff][zone]]"),
// without fractional seconds; nullopt otherwise.
std::optional<std::string> IsoDate(std::string_view v) {
  v = Unquote(v);
  v = v.substr(0, v.find_first_of(" \t"));
  if (v.size() < 10 || v[4] != '-' || v[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(v[i])) return std::nullopt;
  }
  std::string out(v);
  if (out.size() > 20 && out[19] == '.') {
    size_t end = 20;
    while (end < out.size() && IsDigit(out[end])) ++end;
    out.erase(19, end - 19);
  }
  return out;
}

enum class Field { kNone, kTitle, kUrl, kPublished, kModified, kAuthors, kOutlet,
                   kDescription, kTags, kLanguage };

Field FieldOf(std::string_view key) {
  std::string k = AsciiLower(Trim(key));
  for (char& c : k) {
    if (c == '-' || c == ' ') c = '_';
  }
  struct Entry {
    std::string_view key;
    Field field;
  };
  static constexpr Entry kKeys[] = {
      {"title", Field::kTitle}, {"headline", Field::kTitle}, {"url", Field::kUrl},
      {"url_source", Field::kUrl}, {"source", Field::kUrl}, {"link", Field::kUrl},
      {"canonical", Field::kUrl}, {"canonical_url", Field::kUrl}, {"permalink", Field::kUrl},
      {"date", Field::kPublished}, {"published", Field::kPublished},
      {"published_time", Field::kPublished}, {"published_at", Field::kPublished},
      {"publishdate", Field::kPublished}, {"pubdate", Field::kPublished},
      {"date_published", Field::kPublished}, {"created", Field::kPublished},
      {"updated", Field::kModified}, {"modified", Field::kModified},
      {"last_modified", Field::kModified}, {"date_modified", Field::kModified},
      {"lastmod", Field::kModified}, {"author", Field::kAuthors}, {"authors", Field::kAuthors},
      {"byline", Field::kAuthors}, {"creator", Field::kAuthors}, {"site", Field::kOutlet},
      {"site_name", Field::kOutlet}, {"sitename", Field::kOutlet}, {"publisher", Field::kOutlet},
      {"outlet", Field::kOutlet}, {"description", Field::kDescription},
      {"summary", Field::kDescription}, {"excerpt", Field::kDescription},
      {"tags", Field::kTags}, {"keywords", Field::kTags}, {"categories", Field::kTags},
      {"category", Field::kTags}, {"lang", Field::kLanguage}, {"language", Field::kLanguage},
  };
  for (const Entry& e : kKeys) {
    if (e.key == k) return e.field;
  }
  return Field::kNone;
}

void AddToList(std::string_view value, std::vector<std::string>* list) {
  value = Trim(value);
  if (value.size() >= 2 && value.front() == '[' && value.back() == ']') {
    value = value.substr(1, value.size() - 2);  // inline list "[a, b]"
    size_t start = 0;
    while (start <= value.size()) {
      size_t comma = value.find(',', start);
      if (comma == std::string_view::npos) comma = value.size();
      std::string item = CollapseWhitespace(Unquote(value.substr(start, comma - start)));
      if (!item.empty()) list->push_back(item);
      start = comma + 1;
    }
    return;
  }
  std::string item = CollapseWhitespace(Unquote(value));
  if (!item.empty()) list->push_back(item);
}

void SetField(Field field, std::string_view value, PageMetadata* meta) {
  std::string text = CollapseWhitespace(Unquote(value));
  if (text.empty()) return;
  auto set = [&](std::optional<std::string>* slot) {
    if (!*slot) *slot = text;
  };
  switch (field) {
    case Field::kTitle: set(&meta->title); break;
    case Field::kUrl:
      if (StartsWith(text, "http://") || StartsWith(text, "https://")) set(&meta->url);
      break;
    case Field::kPublished:
      if (!meta->published) meta->published = IsoDate(value);
      break;
    case Field::kModified:
      if (!meta->modified) meta->modified = IsoDate(value);
      break;
    case Field::kAuthors: AddToList(value, &meta->authors); break;
    case Field::kOutlet: set(&meta->outlet); break;
    case Field::kDescription: set(&meta->description); break;
    case Field::kTags: AddToList(value, &meta->tags); break;
    case Field::kLanguage: set(&meta->language); break;
    case Field::kNone: break;
  }
}

// "key: value" with a plain key; false for anything else.
bool SplitKeyValue(std::string_view line, std::string_view* key, std::string_view* value) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
  for (size_t i = 0; i < colon; ++i) {
    char c = line[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_' ||
              c == '-' || c == ' ';
    if (!ok) return false;
  }
  *key = line.substr(0, colon);
  *value = line.substr(colon + 1);
  return true;
}

size_t ReadFrontMatter(const std::vector<std::string_view>& lines, PageMetadata* meta) {
  if (lines.empty() || Trim(lines[0]) != "---") return 0;
  size_t end = 0;
  for (size_t i = 1; i < lines.size() && i <= kMaxHeaderLines; ++i) {
    std::string_view t = Trim(lines[i]);
    if (t == "---" || t == "...") {
      end = i;
      break;
    }
    std::string_view key, value;
    bool item = StartsWith(t, "- ") || t == "-";
    bool indented = !lines[i].empty() && (lines[i][0] == ' ' || lines[i][0] == '\t');
    if (!t.empty() && t[0] != '#' && !item && !indented && !SplitKeyValue(t, &key, &value)) {
      return 0;
    }
  }
  if (end < 2) return 0;
  PageMetadata found;
  Field list_field = Field::kNone;
  for (size_t i = 1; i < end; ++i) {
    std::string_view t = Trim(lines[i]), key, value;
    if (StartsWith(t, "- ")) {
      if (list_field != Field::kNone) SetField(list_field, t.substr(2), &found);
    } else if (SplitKeyValue(t, &key, &value)) {
      Field field = FieldOf(key);
      list_field = Trim(value).empty() ? field : Field::kNone;
      SetField(field, value, &found);
    }
  }
  *meta = std::move(found);
  return end + 1;
}

size_t ReadJinaHeader(const std::vector<std::string_view>& lines, PageMetadata* meta) {
  size_t first = 0;
  while (first < lines.size() && IsBlankLine(lines[first])) ++first;
  if (first >= lines.size() || !StartsWith(Trim(lines[first]), "Title:")) return 0;
  size_t end = 0;
  for (size_t i = first + 1; i < lines.size() && i <= first + kMaxHeaderLines; ++i) {
    if (Trim(lines[i]) == "Markdown Content:") {
      end = i;
      break;
    }
  }
  if (end == 0) return 0;
  for (size_t i = first; i < end; ++i) {
    std::string_view key, value;
    if (SplitKeyValue(Trim(lines[i]), &key, &value)) SetField(FieldOf(key), value, meta);
  }
  return end + 1;
}

}  // namespace

size_t ReadMarkdownHeader(const std::vector<std::string_view>& lines, PageMetadata* meta) {
  if (size_t body = ReadFrontMatter(lines, meta); body > 0) return body;
  return ReadJinaHeader(lines, meta);
}

}  // namespace vigie::ingest::internal
