// JSONL exports: one article per line, {"text"| "html", "id", "url", "title",
// "published", "outlet", "authors", ...}; other fields are kept as `meta`.
#ifndef VIGIE_INGEST_JSONL_READER_H_
#define VIGIE_INGEST_JSONL_READER_H_

#include <string_view>

#include "ingest/record.h"

namespace vigie::ingest {

// Reads every line of `bytes` (decompressed) as one record named
// "name#N", N the 1-based line number. A line that is not a JSON object, or
// has neither text nor html, is rejected with its reason; blank lines are
// passed over. A line with invalid UTF-8 is repaired ("invalid_utf8_repaired")
// or, when it is in a legacy charset throughout, converted
// ("converted_from_windows-1252"), and its record warned. A file holding one JSON document (an array of
// objects, or one object over several lines) gives one record per object,
// N its 1-based position.
//
// Fields read, each from the first of its names present with a usable value
// (the other names stay in meta):
//   body       "html", "raw_html" (read as HTML); else "text", "maintext",
//              "content", "body" (HTML if it looks like markup, else text or
//              Markdown as detected)
//   id         "id" (string or number)
//   url        "url", "link"
//   title      "title", "headline" (absent: found in the text)
//   published  "published", "published_at", "publishedAt", "date_published",
//              "datePublished", "date_publish", "publish_date", "pubDate", "date"
//   outlet     "outlet", "site_name", "sitename", "source", "publisher"
//              (a string, or an object's "name"; not a URL)
//   authors    "authors", "author", "byline" (a string, a list of strings,
//              or objects with "name")
// Every other field, and any of these names not used, is kept verbatim in
// Record::meta_json; names present with null or "" are dropped.
void ReadJsonl(std::string_view name, std::string_view bytes, RecordSink* sink);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_JSONL_READER_H_
