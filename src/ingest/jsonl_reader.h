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
// passed over.
void ReadJsonl(std::string_view name, std::string_view bytes, RecordSink* sink);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_JSONL_READER_H_
