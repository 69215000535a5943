// Record: one article candidate as a reader hands it to the cleaning stage,
// and RecordSink, the receiver readers report to.
#ifndef VIGIE_INGEST_RECORD_H_
#define VIGIE_INGEST_RECORD_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/document.h"

namespace vigie::ingest {

struct Record {
  std::string input;            // path, or "path#N" (N 1-based) inside a container
  Format format = Format::kText;       // the format the contract reports
  Format body_format = Format::kText;  // kText, kMarkdown or kHtml: how to read body
  std::string body;             // valid UTF-8 (readers repair it and add a warning)
  // Facts the container states (JSONL fields, WARC headers). They win over
  // what the page itself says.
  std::optional<std::string> id, url, title, published, outlet, fetched;
  std::vector<std::string> authors;
  std::optional<std::string> meta_json;  // unknown JSONL fields, as a JSON object
  std::vector<std::string> warnings;
  // A document of the contract itself (a JSONL line that `vigie extract` or
  // `vigie export` wrote): taken as it is, never cleaned or analysed again,
  // so that exported stores ingest back unchanged. The fields above are then
  // unused.
  std::optional<Document> document;
};

// Receives what a reader finds, in input order. Readers call it from one
// thread; implementations need not be thread-safe.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual void Accept(Record record) = 0;
  // A record that cannot be read, named by `input` ("path#N"), with a reason.
  virtual void Reject(std::string input, std::string error) = 0;
  // A container record that is not an article (a WARC request, an image...);
  // counted, not reported as an error.
  virtual void Skip(std::string_view reason) = 0;
};

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_RECORD_H_
