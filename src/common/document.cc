#include "vigie/document.h"

#include <nlohmann/json.hpp>

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
              {"children", OrNull(c.children)},
              {"civilians", OrNull(c.civilians)},
              {"military", OrNull(c.military)},
              {"approximate", c.approximate},
              {"place", OrNull(c.place)},
              {"date", OrNull(c.date)},
              {"actor", OrNull(c.actor)},
              {"attribution", OrNull(c.attribution)}};
}

Json ToJson(const Label& l) {
  return Json{{"text", l.text},   {"start", l.start},   {"end", l.end},
              {"term", l.term},   {"target", l.target}, {"stance", l.stance}};
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

}  // namespace vigie
