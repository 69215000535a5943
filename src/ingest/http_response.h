// HTTP responses as crawlers store them in WARC `response` records: status
// line, headers, and the payload with its transfer and content encodings.
#ifndef VIGIE_INGEST_HTTP_RESPONSE_H_
#define VIGIE_INGEST_HTTP_RESPONSE_H_

#include <string>
#include <string_view>
#include <vector>

#include "vigie/status.h"

namespace vigie::ingest {

// A parsed response. Lifetime: `body` borrows the block given to
// ParseHttpResponse.
struct HttpResponse {
  int status = 0;                 // 200, 404...
  std::string content_type;       // the header value as sent, trimmed
  std::string transfer_encoding;  // lower case, e.g. "chunked"
  std::string content_encoding;   // lower case, e.g. "gzip" or "gzip, br"
  std::string_view body;          // as stored: maybe chunked, maybe compressed
};

// Parses "HTTP/1.1 200 OK" and the headers up to the blank line. Header
// names are case-insensitive; folded (continued) lines are joined.
// Corruption if `block` does not start with an HTTP status line or its
// headers never end.
Result<HttpResponse> ParseHttpResponse(std::string_view block);

// The lower-case media type of a Content-Type value, without parameters
// ("Text/HTML; charset=utf-8" -> "text/html").
std::string MediaType(std::string_view content_type);

struct HttpPayload {
  std::string bytes;
  std::vector<std::string> warnings;  // "truncated_http_payload"
};

// The payload de-chunked (Transfer-Encoding: chunked) and decoded
// (Content-Encoding gzip, deflate, zstd). Crawlers often store payloads
// already decoded while keeping the headers, so a payload that does not
// parse as chunks, or lacks the compression's signature, is taken as it is.
// Unsupported for encodings that cannot be decoded (br, compress);
// ResourceExhausted past `max_bytes`.
Result<HttpPayload> DecodeHttpPayload(const HttpResponse& response,
                                      size_t max_bytes = size_t{256} << 20);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_HTTP_RESPONSE_H_
