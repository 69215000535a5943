#include "contract_validator.h"

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "common/utf8.h"

namespace vigie::testing {
namespace {

using Json = nlohmann::json;

class Checker {
 public:
  explicit Checker(std::vector<std::string>* out) : out_(out) {}

  void Fail(const std::string& what) { out_->push_back(what); }

  bool Has(const Json& obj, const std::string& key, const std::string& where) {
    if (!obj.contains(key)) {
      Fail(where + ": missing key '" + key + "'");
      return false;
    }
    return true;
  }
  void String(const Json& obj, const std::string& key, const std::string& where, bool nullable) {
    if (!Has(obj, key, where)) return;
    const Json& v = obj[key];
    if (v.is_string() || (nullable && v.is_null())) return;
    Fail(where + "." + key + ": expected string" + (nullable ? " or null" : ""));
  }
  void StringList(const Json& obj, const std::string& key, const std::string& where) {
    if (!Has(obj, key, where)) return;
    const Json& v = obj[key];
    if (!v.is_array()) return Fail(where + "." + key + ": expected a list");
    for (const Json& item : v) {
      if (!item.is_string()) return Fail(where + "." + key + ": expected strings");
    }
  }
  void Enum(const Json& obj, const std::string& key, const std::string& where,
            const std::set<std::string>& allowed, bool nullable = false) {
    if (!Has(obj, key, where)) return;
    const Json& v = obj[key];
    if (nullable && v.is_null()) return;
    if (!v.is_string() || !allowed.count(v.get<std::string>())) {
      Fail(where + "." + key + ": '" + v.dump() + "' not one of the allowed values");
    }
  }
  void IntOrNull(const Json& obj, const std::string& key, const std::string& where) {
    if (!Has(obj, key, where)) return;
    if (!obj[key].is_null() && !obj[key].is_number_integer()) {
      Fail(where + "." + key + ": expected integer or null");
    }
  }
  // A span {text, start, end} over `doc_text` (code points, end exclusive).
  void Span(const Json& obj, const std::string& where, const std::string& doc_text,
            size_t doc_len, const char* start_key = "start", const char* end_key = "end",
            const char* text_key = "text") {
    if (!Has(obj, start_key, where) || !Has(obj, end_key, where) || !Has(obj, text_key, where)) {
      return;
    }
    const Json& s = obj[start_key];
    const Json& e = obj[end_key];
    if (!s.is_number_integer() || !e.is_number_integer()) {
      return Fail(where + ": start/end must be integers");
    }
    int64_t start = s.get<int64_t>(), end = e.get<int64_t>();
    if (start < 0 || end < start || static_cast<size_t>(end) > doc_len) {
      return Fail(where + ": span [" + std::to_string(start) + ", " + std::to_string(end) +
                  ") outside text of " + std::to_string(doc_len) + " code points");
    }
    if (!obj[text_key].is_string()) return Fail(where + ": span text must be a string");
    std::string_view expected = CodePointSubstr(doc_text, start, end);
    if (expected != obj[text_key].get<std::string>()) {
      Fail(where + ": text[start:end] is '" + std::string(expected) + "', span says '" +
           obj[text_key].get<std::string>() + "'");
    }
  }

 private:
  std::vector<std::string>* out_;
};

const std::regex& IsoDate() {
  static const std::regex re(
      R"(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)");
  return re;
}

}  // namespace

std::vector<std::string> ContractViolations(std::string_view line) {
  std::vector<std::string> out;
  Checker c(&out);
  Json doc = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return {"not valid JSON"};
  if (!doc.is_object()) return {"not a JSON object"};

  c.String(doc, "id", "doc", false);
  if (doc.contains("id") && doc["id"].is_string() && doc["id"].get<std::string>().empty()) {
    c.Fail("doc.id: empty");
  }
  c.String(doc, "input", "doc", false);
  c.Enum(doc, "format", "doc", {"text", "markdown", "html", "jsonl", "warc"});
  for (const char* key : {"url", "domain", "outlet", "title", "published", "fetched", "language"}) {
    c.String(doc, key, "doc", true);
  }
  for (const char* key : {"published", "fetched"}) {
    if (doc.contains(key) && doc[key].is_string() &&
        !std::regex_match(doc[key].get<std::string>(), IsoDate())) {
      c.Fail(std::string("doc.") + key + ": not ISO 8601: " + doc[key].get<std::string>());
    }
  }
  if (doc.contains("language") && doc["language"].is_string() &&
      !std::regex_match(doc["language"].get<std::string>(), std::regex("[a-z]{2,3}"))) {
    c.Fail("doc.language: not an ISO 639 code");
  }
  c.StringList(doc, "authors", "doc");
  c.StringList(doc, "tags", "doc");
  c.StringList(doc, "removed", "doc");
  c.StringList(doc, "warnings", "doc");
  c.String(doc, "text", "doc", false);
  if (!doc.contains("meta")) c.Fail("doc: missing key 'meta'");
  else if (!doc["meta"].is_null() && !doc["meta"].is_object()) c.Fail("doc.meta: object or null");

  std::string text = doc.value("text", std::string());
  if (!IsValidUtf8(text)) c.Fail("doc.text: invalid UTF-8");
  if (text.find("\n\n\n") != std::string::npos) c.Fail("doc.text: more than one blank line");
  if (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.back() == ' ' ||
                        text.back() == '\n')) {
    c.Fail("doc.text: leading or trailing white space");
  }
  const size_t len = CodePointCount(text);

  auto each = [&](const char* key, auto&& check) {
    if (!c.Has(doc, key, "doc")) return;
    if (!doc[key].is_array()) return c.Fail(std::string("doc.") + key + ": expected a list");
    for (size_t i = 0; i < doc[key].size(); ++i) {
      const Json& item = doc[key][i];
      std::string where = std::string(key) + "[" + std::to_string(i) + "]";
      if (!item.is_object()) {
        c.Fail(where + ": expected an object");
        continue;
      }
      check(item, where);
    }
  };
  if (c.Has(doc, "language_confidence", "doc")) {
    const Json& v = doc["language_confidence"];
    if (!v.is_null() && (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 1)) {
      c.Fail("doc.language_confidence: expected a number in [0, 1] or null");
    }
    if (v.is_null() != (!doc.contains("language") || doc["language"].is_null())) {
      c.Fail("doc.language_confidence: null exactly when language is");
    }
  }
  int64_t previous_run_end = 0;
  each("languages", [&](const Json& r, const std::string& w) {
    c.String(r, "language", w, false);
    if (!r.contains("confidence") || !r["confidence"].is_number() ||
        r["confidence"].get<double>() < 0 || r["confidence"].get<double>() > 1) {
      c.Fail(w + ".confidence: expected a number in [0, 1]");
    }
    if (!r.contains("start") || !r.contains("end") || !r["start"].is_number_integer() ||
        !r["end"].is_number_integer()) {
      return c.Fail(w + ": start/end must be integers");
    }
    int64_t start = r["start"].get<int64_t>(), end = r["end"].get<int64_t>();
    if (start < previous_run_end || end <= start || static_cast<size_t>(end) > len) {
      c.Fail(w + ": runs must be non-empty, in order, inside the text");
    }
    previous_run_end = end;
  });
  each("credits", [&](const Json& cr, const std::string& w) {
    c.String(cr, "name", w, true);
    c.String(cr, "url", w, true);
    c.Enum(cr, "relation", w, {"republished_from", "cited", "agency"});
    if (cr.value("name", Json()).is_null() && cr.value("url", Json()).is_null()) {
      c.Fail(w + ": neither name nor url");
    }
  });
  each("entities", [&](const Json& e, const std::string& w) {
    c.Span(e, w, text, len);
    c.Enum(e, "type", w, {"PER", "ORG", "LOC", "MISC"});
    c.String(e, "canonical", w, false);
    if (c.Has(e, "geo", w) && !e["geo"].is_null()) {
      const Json& g = e["geo"];
      if (!g.is_object() || !g.contains("lat") || !g.contains("lon") || !g.contains("country") ||
          !g["lat"].is_number() || !g["lon"].is_number()) {
        c.Fail(w + ".geo: expected {lat, lon, country}");
      }
    }
  });
  each("quotes", [&](const Json& q, const std::string& w) {
    c.Span(q, w, text, len);
    c.Enum(q, "kind", w, {"direct", "indirect"});
    c.String(q, "speaker", w, true);
    c.IntOrNull(q, "speaker_start", w);
    c.IntOrNull(q, "speaker_end", w);
    c.String(q, "cue", w, true);
    if (q.contains("speaker_start") && q["speaker_start"].is_number_integer()) {
      int64_t s = q["speaker_start"], e = q.value("speaker_end", int64_t{-1});
      if (s < 0 || e < s || static_cast<size_t>(e) > len) c.Fail(w + ": speaker span outside text");
    }
  });
  each("claims", [&](const Json& cl, const std::string& w) {
    c.Span(cl, w, text, len);
    c.String(cl, "kind", w, false);
    bool any_count = false;
    for (const char* k : {"killed", "injured", "missing", "displaced", "children", "civilians",
                          "military"}) {
      c.IntOrNull(cl, k, w);
      if (cl.contains(k) && cl[k].is_number_integer()) {
        if (cl[k].get<int64_t>() < 0) c.Fail(w + "." + k + ": negative count");
        any_count = any_count || std::string_view(k) == "killed" || std::string_view(k) == "injured" ||
                    std::string_view(k) == "missing" || std::string_view(k) == "displaced";
      }
    }
    if (cl.value("kind", std::string()) == "casualties" && !any_count) {
      c.Fail(w + ": a casualty claim without killed, injured, missing or displaced");
    }
    if (!c.Has(cl, "approximate", w) || !cl["approximate"].is_boolean()) {
      c.Fail(w + ".approximate: expected a boolean");
    }
    for (const char* k : {"place", "date", "actor", "attribution", "cue"}) c.String(cl, k, w, true);
  });
  each("labels", [&](const Json& l, const std::string& w) {
    c.Span(l, w, text, len);
    c.String(l, "term", w, false);
    c.String(l, "target", w, false);
    c.Enum(l, "stance", w, {"pejorative", "neutral", "sympathetic"});
    c.String(l, "cue", w, false);
    if (c.Has(l, "confidence", w)) {
      const Json& v = l["confidence"];
      if (!v.is_null() && (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 1)) {
        c.Fail(w + ".confidence: expected a number in [0, 1] or null");
      }
    }
  });
  each("techniques", [&](const Json& t, const std::string& w) {
    c.Span(t, w, text, len);
    c.String(t, "technique", w, false);
    c.String(t, "cue", w, false);
  });
  return out;
}

}  // namespace vigie::testing
