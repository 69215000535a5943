// JSONL exports: one JSON object per line, parsed with simdjson's DOM
// parser (gigabytes per second, full validation, a depth limit of 1024, so a
// 50 MB line or a hostile nesting is parsed in linear time and bounded
// depth). Each line is copied once into a padded buffer that is reused from
// line to line.
//
// Field names vary between exporters (news-please, trafilatura, NewsAPI,
// scrapers' own), so each contract field accepts a short list of names,
// tried in order; the first one present with a usable value wins, and every
// field not used (other names included) is kept verbatim in `meta`. The list
// is in jsonl_reader.h. JSON must be UTF-8 (RFC 8259), but exports are not
// always: a line with invalid UTF-8 is decoded as a text file would be
// (stray bytes repaired with U+FFFD, a windows-1252 line converted) before
// parsing, and its record carries the warning.
//
// A file that is one JSON document (an array of objects, or one object
// pretty-printed over several lines) is read as the same records, numbered
// by position in the array.
#include "ingest/jsonl_reader.h"

#include <simdjson.h>

#include <span>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/strings.h"
#include "common/utf8.h"
#include "ingest/charset.h"
#include "ingest/format_detect.h"

namespace vigie::ingest {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;
using Keys = std::span<const std::string_view>;

// The names each contract field is read from, in order of preference.
constexpr std::string_view kHtmlKeys[] = {"html", "raw_html"};
constexpr std::string_view kTextKeys[] = {"text", "maintext", "content",
                                                               "body"};
constexpr std::string_view kIdKeys[] = {"id"};
constexpr std::string_view kUrlKeys[] = {"url", "link"};
constexpr std::string_view kTitleKeys[] = {"title", "headline"};
constexpr std::string_view kPublishedKeys[] = {
    "published", "published_at", "publishedAt", "date_published", "datePublished",
    "date_publish", "publish_date", "pubDate", "date"};
constexpr std::string_view kOutletKeys[] = {"outlet", "site_name", "sitename",
                                                                 "source", "publisher"};
constexpr std::string_view kAuthorKeys[] = {"authors", "author", "byline"};

// The fields of one object, with which of them were used.
class FieldTable {
 public:
  explicit FieldTable(object obj) {
    for (auto field : obj) {
      index_.try_emplace(field.key, fields_.size());
      fields_.push_back({field.key, field.value, false});
    }
  }

  // The first of `keys` present whose value `convert` accepts; marks it used.
  template <typename T, typename Convert>
  std::optional<T> Take(Keys keys, Convert convert) {
    for (std::string_view key : keys) {
      auto it = index_.find(key);
      if (it == index_.end()) continue;
      Field& f = fields_[it->second];
      if (std::optional<T> value = convert(f.value)) {
        f.used = true;
        return value;
      }
    }
    return std::nullopt;
  }

  // Marks `keys` used when they hold nothing (null or blank): dropped, not
  // kept in meta.
  void DropEmpty(Keys keys) {
    for (std::string_view key : keys) {
      auto it = index_.find(key);
      if (it == index_.end()) continue;
      element v = fields_[it->second].value;
      std::string_view s;
      if (v.is_null() || (v.get_string().get(s) == simdjson::SUCCESS && Trim(s).empty())) {
        fields_[it->second].used = true;
      }
    }
  }

  // The unused fields as a JSON object text, or nullopt if there are none.
  std::optional<std::string> Rest() const {
    std::string out;
    for (const Field& f : fields_) {
      if (f.used) continue;
      out.append(out.empty() ? "{" : ",");
      out.append(nlohmann::json(std::string(f.key))
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      out.push_back(':');
      out.append(simdjson::to_string(f.value));
    }
    if (out.empty()) return std::nullopt;
    out.push_back('}');
    return out;
  }

 private:
  struct Field {
    std::string_view key;
    element value;
    bool used;
  };
  std::vector<Field> fields_;
  std::unordered_map<std::string_view, size_t> index_;
};

// A non-blank string, NUL bytes removed.
std::optional<std::string> NonBlankString(element e) {
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS || Trim(s).empty()) return std::nullopt;
  std::string out(s);
  RepairUtf8(&out);  // simdjson validated UTF-8; this drops "\u0000"s
  return out;
}

std::optional<std::string> StringOrNumber(element e) {
  if (e.is_number()) return simdjson::to_string(e);
  return NonBlankString(e);
}

// A string, or an object's "name" (NewsAPI: "source": {"name": "..."}).
std::optional<std::string> NameOf(element e) {
  if (e.is_object()) {
    element name;
    if (e["name"].get(name) != simdjson::SUCCESS) return std::nullopt;
    return NonBlankString(name);
  }
  return NonBlankString(e);
}

// An outlet name; a URL ("source": "https://...") is where the article was
// taken from, not who publishes it, and stays in meta.
std::optional<std::string> OutletName(element e) {
  std::optional<std::string> name = NameOf(e);
  if (name && (AsciiStartsWithIgnoreCase(*name, "http://") ||
               AsciiStartsWithIgnoreCase(*name, "https://"))) {
    return std::nullopt;
  }
  return name;
}

std::optional<std::vector<std::string>> AuthorList(element e) {
  std::vector<std::string> authors;
  simdjson::dom::array list;
  if (e.get_array().get(list) == simdjson::SUCCESS) {
    for (element item : list) {
      if (std::optional<std::string> name = NameOf(item)) authors.push_back(std::move(*name));
    }
  } else if (std::optional<std::string> name = NameOf(e)) {
    authors.push_back(std::move(*name));
  }
  if (authors.empty()) return std::nullopt;
  return authors;
}

// Fills `record` from `obj`; false (with `*error`) if it holds no article.
bool FillRecord(object obj, Record* record, std::string* error) {
  FieldTable fields(obj);
  if (std::optional<std::string> html = fields.Take<std::string>(kHtmlKeys, NonBlankString)) {
    record->body = std::move(*html);
    record->body_format = Format::kHtml;
    fields.Take<std::string>(kTextKeys, NonBlankString);  // not needed: not kept either
  } else if (std::optional<std::string> text =
                 fields.Take<std::string>(kTextKeys, NonBlankString)) {
    record->body = std::move(*text);
    // Exports often put the page's markup in "text" or "content".
    record->body_format =
        LooksLikeHtml(record->body) ? Format::kHtml : DetectTextOrMarkdown(record->body);
  } else {
    *error = "no \"text\" or \"html\" field with content";
    return false;
  }
  record->id = fields.Take<std::string>(kIdKeys, StringOrNumber);
  record->url = fields.Take<std::string>(kUrlKeys, NonBlankString);
  record->title = fields.Take<std::string>(kTitleKeys, NonBlankString);
  record->published = fields.Take<std::string>(kPublishedKeys, NonBlankString);
  record->outlet = fields.Take<std::string>(kOutletKeys, OutletName);
  if (auto authors = fields.Take<std::vector<std::string>>(kAuthorKeys, AuthorList)) {
    record->authors = std::move(*authors);
  }
  for (Keys keys : {Keys(kHtmlKeys), Keys(kTextKeys), Keys(kIdKeys), Keys(kUrlKeys),
                    Keys(kTitleKeys), Keys(kPublishedKeys), Keys(kOutletKeys), Keys(kAuthorKeys)}) {
    fields.DropEmpty(keys);
  }
  record->meta_json = fields.Rest();
  return true;
}

// The keys every contract document has (doc/schema.md). A JSONL object
// holding them all is a document vigie wrote, not an export to clean.
constexpr std::string_view kContractKeys[] = {
    "id",        "input",   "format",   "url",     "domain",   "outlet", "title",
    "authors",   "published", "fetched", "language", "tags",    "text",   "removed",
    "credits",   "entities", "quotes",  "claims",  "labels",   "techniques", "warnings"};

bool IsContractDocument(object obj) {
  for (std::string_view key : kContractKeys) {
    element unused;
    if (obj[key].get(unused) != simdjson::SUCCESS) return false;
  }
  return true;
}

void EmitElement(element value, std::string input, std::vector<std::string> warnings,
                 RecordSink* sink) {
  object obj;
  if (value.get_object().get(obj) != simdjson::SUCCESS) {
    sink->Reject(std::move(input), "JSON value is not an object");
    return;
  }
  Record record;
  record.input = std::move(input);
  record.format = Format::kJsonl;
  record.warnings = std::move(warnings);
  if (IsContractDocument(obj)) {
    Result<Document> doc = FromJsonLine(simdjson::minify(value));
    if (!doc.ok()) {
      sink->Reject(std::move(record.input), "contract document: " + doc.status().message());
      return;
    }
    record.document = std::move(*doc);
    sink->Accept(std::move(record));
    return;
  }
  std::string error;
  if (!FillRecord(obj, &record, &error)) {
    sink->Reject(std::move(record.input), std::move(error));
    return;
  }
  sink->Accept(std::move(record));
}

// Parses `json` (copied into `*buf` with simdjson's padding).
simdjson::error_code Parse(simdjson::dom::parser* parser, std::string_view json, std::string* buf,
                           element* out) {
  buf->assign(json);
  buf->append(simdjson::SIMDJSON_PADDING, '\0');
  return parser->parse(buf->data(), json.size(), false).get(*out);
}

void ReadLine(simdjson::dom::parser* parser, std::string_view line, std::string input,
              std::string* buf, RecordSink* sink) {
  std::vector<std::string> warnings;
  element value;
  simdjson::error_code err = Parse(parser, line, buf, &value);
  if (err == simdjson::UTF8_ERROR) {
    // Mostly UTF-8 with stray bytes is repaired; a line from a legacy
    // export (windows-1252 throughout) is converted: see charset.cc.
    DecodedText decoded = DecodeTextBytes(std::string(line));
    warnings = std::move(decoded.warnings);
    err = Parse(parser, decoded.text, buf, &value);
  }
  if (err != simdjson::SUCCESS) {
    sink->Reject(std::move(input), std::string("not JSON: ") + simdjson::error_message(err));
    return;
  }
  EmitElement(value, std::move(input), std::move(warnings), sink);
}

// A whole-file JSON document (an array of objects, or one object over
// several lines). False if `bytes` is not one.
bool ReadDocument(simdjson::dom::parser* parser, const std::string& name, std::string_view bytes,
                  std::string* buf, RecordSink* sink) {
  element root;
  if (Parse(parser, bytes, buf, &root) != simdjson::SUCCESS) return false;
  if (root.is_object()) {
    EmitElement(root, name + "#1", {}, sink);
    return true;
  }
  simdjson::dom::array items;
  if (root.get_array().get(items) != simdjson::SUCCESS) return false;
  int64_t n = 0;
  for (element item : items) {
    EmitElement(item, name + "#" + std::to_string(++n), {}, sink);
  }
  return true;
}

// True if `s` (after white space) opens a JSON document that its first line
// does not close.
bool OpensMultiLineDocument(std::string_view s) {
  size_t i = s.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return false;
  if (s[i] == '[') return true;
  if (s[i] != '{') return false;
  std::string_view line = s.substr(i, s.find('\n', i) - i);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  return line.back() != '}';
}

}  // namespace

void ReadJsonl(std::string_view name, std::string_view bytes, RecordSink* sink) {
  const std::string base(name);
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  simdjson::dom::parser parser;
  std::string buf;
  if (OpensMultiLineDocument(bytes) && ReadDocument(&parser, base, bytes, &buf, sink)) return;
  int64_t line_number = 0;
  for (size_t pos = 0; pos < bytes.size();) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r\f\v") == std::string_view::npos) continue;
    ReadLine(&parser, line, base + "#" + std::to_string(line_number), &buf, sink);
  }
}

}  // namespace vigie::ingest
