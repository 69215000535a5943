// WARC 1.0/1.1 crawl archives (decompressed by the caller, multi-member gzip
// included): each `response` record holding an HTML page is an article.
#ifndef VIGIE_INGEST_WARC_READER_H_
#define VIGIE_INGEST_WARC_READER_H_

#include <string_view>

#include "ingest/record.h"

namespace vigie::ingest {

// Records are named "name#N", N the 1-based index of the WARC record in the
// file. url comes from WARC-Target-URI, fetched from WARC-Date. Other
// records (warcinfo, request, metadata, non-HTML responses, HTTP errors) are
// skipped with a reason; a truncated or malformed record is rejected and
// reading stops there if the next record cannot be found.
// `truncated_input`: the caller knows the bytes stop early (a truncated
// gzip stream) and reports that itself; a record cut by the end of `bytes`
// is then not rejected a second time.
void ReadWarc(std::string_view name, std::string_view bytes, RecordSink* sink,
              bool truncated_input = false);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_WARC_READER_H_
