#include "vigie/document.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

namespace vigie {
namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json ToJson(const Credit& c) {
  return Json{{"name", OrNull(c.name)},
              {"url", OrNull(c.url)},
              {"relation", CreditRelationName(c.relation)}};
}

// Scores to four decimals: more is noise, and the line stays readable.
double Score(double x) { return std::round(x * 1e4) / 1e4; }

Json ToJson(const LanguageRun& r) {
  return Json{{"language", r.language}, {"confidence", Score(r.confidence)},
              {"start", r.start}, {"end", r.end}};
}

Json ToJson(const Entity& e) {
  Json geo = nullptr;
  if (e.geo) geo = Json{{"lat", e.geo->lat}, {"lon", e.geo->lon}, {"country", e.geo->country}};
  return Json{{"text", e.text}, {"start", e.start},         {"end", e.end},
              {"type", e.type}, {"canonical", e.canonical}, {"geo", geo}};
}

Json ToJson(const Quote& q) {
  return Json{{"text", q.text},
              {"start", q.start},
              {"end", q.end},
              {"kind", q.kind},
              {"speaker", OrNull(q.speaker)},
              {"speaker_start", OrNull(q.speaker_start)},
              {"speaker_end", OrNull(q.speaker_end)},
              {"cue", OrNull(q.cue)}};
}

Json ToJson(const Claim& c) {
  return Json{{"text", c.text},
              {"start", c.start},
              {"end", c.end},
              {"kind", c.kind},
              {"killed", OrNull(c.killed)},
              {"injured", OrNull(c.injured)},
              {"missing", OrNull(c.missing)},
              {"displaced", OrNull(c.displaced)},
              {"children", OrNull(c.children)},
              {"civilians", OrNull(c.civilians)},
              {"military", OrNull(c.military)},
              {"approximate", c.approximate},
              {"place", OrNull(c.place)},
              {"date", OrNull(c.date)},
              {"actor", OrNull(c.actor)},
              {"attribution", OrNull(c.attribution)},
              {"cue", OrNull(c.cue)}};
}

Json ToJson(const Label& l) {
  return Json{{"text", l.text},   {"start", l.start},   {"end", l.end},
              {"term", l.term},   {"target", l.target}, {"stance", l.stance},
              {"cue", l.cue},
              {"confidence", l.confidence ? Json(Score(*l.confidence)) : Json(nullptr)}};
}

Json ToJson(const Technique& t) {
  return Json{{"technique", t.technique}, {"start", t.start}, {"end", t.end},
              {"text", t.text},           {"cue", t.cue}};
}

template <typename T>
Json Array(const std::vector<T>& items) {
  Json a = Json::array();
  for (const T& item : items) a.push_back(ToJson(item));
  return a;
}

}  // namespace

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kText: return "text";
    case Format::kMarkdown: return "markdown";
    case Format::kHtml: return "html";
    case Format::kJsonl: return "jsonl";
    case Format::kWarc: return "warc";
  }
  return "text";
}

std::optional<Format> ParseFormatName(std::string_view name) {
  if (name == "text" || name == "txt") return Format::kText;
  if (name == "markdown" || name == "md") return Format::kMarkdown;
  if (name == "html" || name == "htm") return Format::kHtml;
  if (name == "jsonl" || name == "ndjson") return Format::kJsonl;
  if (name == "warc") return Format::kWarc;
  return std::nullopt;
}

std::string_view CreditRelationName(CreditRelation relation) {
  switch (relation) {
    case CreditRelation::kRepublishedFrom: return "republished_from";
    case CreditRelation::kCited: return "cited";
    case CreditRelation::kAgency: return "agency";
  }
  return "cited";
}

std::string ToJsonLine(const Document& d) {
  Json meta = nullptr;
  if (d.meta_json) {
    meta = Json::parse(*d.meta_json, nullptr, /*allow_exceptions=*/false);
    if (meta.is_discarded()) meta = nullptr;
  }
  Json j{{"id", d.id},
         {"input", d.input},
         {"format", FormatName(d.format)},
         {"url", OrNull(d.url)},
         {"domain", OrNull(d.domain)},
         {"outlet", OrNull(d.outlet)},
         {"title", OrNull(d.title)},
         {"authors", d.authors},
         {"published", OrNull(d.published)},
         {"fetched", OrNull(d.fetched)},
         {"language", OrNull(d.language)},
         {"language_confidence",
          d.language_confidence ? Json(Score(*d.language_confidence)) : Json(nullptr)},
         {"languages", Array(d.languages)},
         {"tags", d.tags},
         {"text", d.text},
         {"removed", d.removed},
         {"credits", Array(d.credits)},
         {"entities", Array(d.entities)},
         {"quotes", Array(d.quotes)},
         {"claims", Array(d.claims)},
         {"labels", Array(d.labels)},
         {"techniques", Array(d.techniques)},
         {"warnings", d.warnings},
         {"meta", meta}};
  // Strings are valid UTF-8 by construction (readers repair their input);
  // `replace` is a last guard so that serialisation can never throw.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

namespace {

// Reads typed fields out of JSON objects; the first mistake is kept and
// every later read is a no-op, so that the parser reads straight through.
class FieldReader {
 public:
  const Status& status() const { return status_; }

  void Fail(std::string_view key, std::string_view what) {
    if (status_.ok()) {
      status_ = Status::InvalidArgument("key \"" + std::string(key) + "\": " + std::string(what));
    }
  }
  // The value under `key`, or nullptr when absent or null.
  const Json* Get(const Json& obj, std::string_view key) {
    if (!status_.ok()) return nullptr;
    auto it = obj.find(std::string(key));
    if (it == obj.end() || it->is_null()) return nullptr;
    return &*it;
  }
  void String(const Json& obj, std::string_view key, std::string* out) {
    if (const Json* v = Get(obj, key)) {
      if (v->is_string()) *out = v->get<std::string>();
      else Fail(key, "not a string");
    }
  }
  void String(const Json& obj, std::string_view key, std::optional<std::string>* out) {
    if (const Json* v = Get(obj, key)) {
      if (v->is_string()) *out = v->get<std::string>();
      else Fail(key, "not a string");
    }
  }
  void Int(const Json& obj, std::string_view key, int64_t* out) {
    std::optional<int64_t> v;
    Int(obj, key, &v);
    if (v) *out = *v;
  }
  void Int(const Json& obj, std::string_view key, std::optional<int64_t>* out) {
    const Json* v = Get(obj, key);
    if (v == nullptr) return;
    if (v->is_number_unsigned() &&
        v->get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      Fail(key, "integer out of range");
    } else if (v->is_number_integer()) {
      *out = v->get<int64_t>();
    } else {
      Fail(key, "not an integer");
    }
  }
  void Double(const Json& obj, std::string_view key, double* out) {
    std::optional<double> v;
    Double(obj, key, &v);
    if (v) *out = *v;
  }
  void Double(const Json& obj, std::string_view key, std::optional<double>* out) {
    if (const Json* v = Get(obj, key)) {
      if (v->is_number() && std::isfinite(v->get<double>())) *out = v->get<double>();
      else Fail(key, "not a finite number");
    }
  }
  void Bool(const Json& obj, std::string_view key, bool* out) {
    if (const Json* v = Get(obj, key)) {
      if (v->is_boolean()) *out = v->get<bool>();
      else Fail(key, "not a boolean");
    }
  }
  void Strings(const Json& obj, std::string_view key, std::vector<std::string>* out) {
    const Json* v = Get(obj, key);
    if (v == nullptr) return;
    if (!v->is_array()) return Fail(key, "not an array");
    for (const Json& item : *v) {
      if (!item.is_string()) return Fail(key, "not an array of strings");
      out->push_back(item.get<std::string>());
    }
  }
  // Calls `read(item)` for each object of the array under `key`.
  template <typename Fn>
  void Objects(const Json& obj, std::string_view key, Fn read) {
    const Json* v = Get(obj, key);
    if (v == nullptr) return;
    if (!v->is_array()) return Fail(key, "not an array");
    for (const Json& item : *v) {
      if (!item.is_object()) return Fail(key, "not an array of objects");
      read(item);
      if (!status_.ok()) return;
    }
  }

 private:
  Status status_;
};

std::optional<CreditRelation> ParseCreditRelation(std::string_view name) {
  for (CreditRelation r :
       {CreditRelation::kRepublishedFrom, CreditRelation::kCited, CreditRelation::kAgency}) {
    if (CreditRelationName(r) == name) return r;
  }
  return std::nullopt;
}

void ReadSpans(const Json& j, FieldReader* r, Document* d) {
  r->Objects(j, "credits", [&](const Json& o) {
    Credit c;
    r->String(o, "name", &c.name);
    r->String(o, "url", &c.url);
    std::string relation = "cited";
    r->String(o, "relation", &relation);
    std::optional<CreditRelation> rel = ParseCreditRelation(relation);
    if (!rel) return r->Fail("relation", "unknown relation " + relation);
    c.relation = *rel;
    d->credits.push_back(std::move(c));
  });
  r->Objects(j, "entities", [&](const Json& o) {
    Entity e;
    r->String(o, "text", &e.text);
    r->Int(o, "start", &e.start);
    r->Int(o, "end", &e.end);
    r->String(o, "type", &e.type);
    r->String(o, "canonical", &e.canonical);
    if (const Json* geo = r->Get(o, "geo")) {
      if (!geo->is_object()) return r->Fail("geo", "not an object");
      Geo g;
      r->Double(*geo, "lat", &g.lat);
      r->Double(*geo, "lon", &g.lon);
      r->String(*geo, "country", &g.country);
      e.geo = g;
    }
    d->entities.push_back(std::move(e));
  });
  r->Objects(j, "quotes", [&](const Json& o) {
    Quote q;
    r->String(o, "text", &q.text);
    r->Int(o, "start", &q.start);
    r->Int(o, "end", &q.end);
    r->String(o, "kind", &q.kind);
    r->String(o, "speaker", &q.speaker);
    r->Int(o, "speaker_start", &q.speaker_start);
    r->Int(o, "speaker_end", &q.speaker_end);
    r->String(o, "cue", &q.cue);
    d->quotes.push_back(std::move(q));
  });
  r->Objects(j, "claims", [&](const Json& o) {
    Claim c;
    r->String(o, "text", &c.text);
    r->Int(o, "start", &c.start);
    r->Int(o, "end", &c.end);
    r->String(o, "kind", &c.kind);
    r->Int(o, "killed", &c.killed);
    r->Int(o, "injured", &c.injured);
    r->Int(o, "missing", &c.missing);
    r->Int(o, "displaced", &c.displaced);
    r->Int(o, "children", &c.children);
    r->Int(o, "civilians", &c.civilians);
    r->Int(o, "military", &c.military);
    r->Bool(o, "approximate", &c.approximate);
    r->String(o, "place", &c.place);
    r->String(o, "date", &c.date);
    r->String(o, "actor", &c.actor);
    r->String(o, "attribution", &c.attribution);
    r->String(o, "cue", &c.cue);
    d->claims.push_back(std::move(c));
  });
  r->Objects(j, "labels", [&](const Json& o) {
    Label l;
    r->String(o, "text", &l.text);
    r->Int(o, "start", &l.start);
    r->Int(o, "end", &l.end);
    r->String(o, "term", &l.term);
    r->String(o, "target", &l.target);
    r->String(o, "stance", &l.stance);
    r->String(o, "cue", &l.cue);
    r->Double(o, "confidence", &l.confidence);
    d->labels.push_back(std::move(l));
  });
  r->Objects(j, "techniques", [&](const Json& o) {
    Technique t;
    r->String(o, "technique", &t.technique);
    r->Int(o, "start", &t.start);
    r->Int(o, "end", &t.end);
    r->String(o, "text", &t.text);
    r->String(o, "cue", &t.cue);
    d->techniques.push_back(std::move(t));
  });
}

}  // namespace

Result<Document> FromJsonLine(std::string_view line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument("not JSON");
  if (!j.is_object()) return Status::InvalidArgument("not a JSON object");
  FieldReader r;
  Document d;
  r.String(j, "id", &d.id);
  r.String(j, "input", &d.input);
  std::string format = "text";
  r.String(j, "format", &format);
  std::optional<Format> f = ParseFormatName(format);
  if (!f || FormatName(*f) != format) r.Fail("format", "unknown format " + format);
  if (f) d.format = *f;
  r.String(j, "url", &d.url);
  r.String(j, "domain", &d.domain);
  r.String(j, "outlet", &d.outlet);
  r.String(j, "title", &d.title);
  r.Strings(j, "authors", &d.authors);
  r.String(j, "published", &d.published);
  r.String(j, "fetched", &d.fetched);
  r.String(j, "language", &d.language);
  r.Double(j, "language_confidence", &d.language_confidence);
  r.Objects(j, "languages", [&](const Json& o) {
    LanguageRun run;
    r.String(o, "language", &run.language);
    r.Double(o, "confidence", &run.confidence);
    r.Int(o, "start", &run.start);
    r.Int(o, "end", &run.end);
    d.languages.push_back(std::move(run));
  });
  r.Strings(j, "tags", &d.tags);
  r.String(j, "text", &d.text);
  r.Strings(j, "removed", &d.removed);
  ReadSpans(j, &r, &d);
  r.Strings(j, "warnings", &d.warnings);
  if (const Json* meta = r.Get(j, "meta")) {
    d.meta_json = meta->dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  if (!r.status().ok()) return r.status();
  return d;
}

}  // namespace vigie
