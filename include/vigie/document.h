// The document contract: one Document per article, serialised as one JSON
// object per line. doc/schema.md is the reference; this header mirrors it.
// Every key is always written (absent values as null or []).
//
// All start/end offsets are Unicode code points into Document::text, end
// exclusive, so that text[start:end] (in code points) equals the span's text.
#ifndef VIGIE_DOCUMENT_H_
#define VIGIE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/status.h"

namespace vigie {

enum class Format { kText, kMarkdown, kHtml, kJsonl, kWarc };

// "text", "markdown", "html", "jsonl", "warc".
std::string_view FormatName(Format format);
// Inverse of FormatName; also accepts "txt", "md", "htm". nullopt if unknown.
std::optional<Format> ParseFormatName(std::string_view name);

enum class CreditRelation { kRepublishedFrom, kCited, kAgency };
// "republished_from", "cited", "agency".
std::string_view CreditRelationName(CreditRelation relation);

// An origin the page itself names: "Source: <url>", "(AFP)", "Traduit par X".
struct Credit {
  std::optional<std::string> name;
  std::optional<std::string> url;
  CreditRelation relation = CreditRelation::kCited;
  bool operator==(const Credit&) const = default;
};

struct Geo {
  double lat = 0;
  double lon = 0;
  std::string country;  // ISO 3166-1 alpha-2
};

// A run of consecutive paragraphs of Document::text in one language.
struct LanguageRun {
  int64_t start = 0, end = 0;
  std::string language;  // ISO 639-1 when one exists, else the model's code
  double confidence = 0;
};

struct Entity {
  std::string text;
  int64_t start = 0, end = 0;
  std::string type;  // PER, ORG, LOC, MISC
  std::string canonical;
  std::optional<Geo> geo;
};

struct Quote {
  std::string text;
  int64_t start = 0, end = 0;
  std::string kind;  // direct, indirect
  std::optional<std::string> speaker;
  std::optional<int64_t> speaker_start, speaker_end;
  std::optional<std::string> cue;
};

// A casualty claim: the figures a text gives, with the word that fired
// (`cue`) and, when the text says them, the place, date, actor blamed and
// source. `missing` and `displaced` count people missing and people forced
// from their homes; children, civilians and military break down the
// victims of all the counts.
struct Claim {
  std::string text;
  int64_t start = 0, end = 0;
  std::string kind;  // casualties
  std::optional<int64_t> killed, injured, missing, displaced, children, civilians, military;
  bool approximate = false;
  std::optional<std::string> place, date, actor, attribution;
  std::optional<std::string> cue;  // the casualty word(s), as written: "tués", "morts, blessés"
};

struct Label {
  std::string text;
  int64_t start = 0, end = 0;
  std::string term, target, stance;  // stance: pejorative, neutral, sympathetic
  // The lexicon row that decided the target and stance, and the condition of
  // it that held: "fr/labels.tsv:44 paragraph:jihadist_name".
  std::string cue;
  // How likely the target and stance are right, 0 to 1: the label
  // confidence model's estimate (data/models/label_confidence.tsv); empty
  // when no model scored it (a document written before it).
  std::optional<double> confidence;
  // The model's features of the label; filled only on request
  // (AnalyserOptions::label_features, for training), never written out.
  std::vector<std::string> features;
};

struct Technique {
  std::string technique;  // SemEval-2023 Task 3 name, or Rhetorical_Question
  int64_t start = 0, end = 0;
  std::string text;
  std::string cue;
};

struct Document {
  std::string id;     // stable across runs for the same input
  std::string input;  // path, plus "#N" for the N-th record (1-based) of a file
  Format format = Format::kText;
  std::optional<std::string> url, domain, outlet, title;
  std::vector<std::string> authors;
  std::optional<std::string> published;  // ISO 8601 date or date-time
  std::optional<std::string> fetched;    // crawl time (WARC only)
  std::optional<std::string> language;   // ISO 639-1
  std::optional<double> language_confidence;  // the model's score for it, 0..1
  std::vector<LanguageRun> languages;    // paragraph runs, in text order
  std::vector<std::string> tags;
  std::string text;                      // paragraphs separated by "\n\n"
  std::vector<std::string> removed;      // boilerplate blocks, in order
  std::vector<Credit> credits;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
  std::vector<Label> labels;
  std::vector<Technique> techniques;
  std::vector<std::string> warnings;
  // Fields of a JSONL record that the contract does not know, as a JSON
  // object text; nullopt when there are none.
  std::optional<std::string> meta_json;
};

// The document as one line of JSON (no trailing newline), keys in contract
// order. Thread-safe.
std::string ToJsonLine(const Document& doc);

// The inverse of ToJsonLine: a Document from one JSON line of the contract.
// Keys left out take their defaults (null, [] or ""); a key of the wrong
// type, an unknown `format` or `relation`, or text that is not one JSON
// object is an InvalidArgument error. ToJsonLine(*FromJsonLine(line)) ==
// line for every line ToJsonLine writes. Thread-safe.
Result<Document> FromJsonLine(std::string_view line);

}  // namespace vigie

#endif  // VIGIE_DOCUMENT_H_
