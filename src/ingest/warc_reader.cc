// WARC 1.0/1.1 (ISO 28500): a sequence of records, each a version line,
// named headers, a blank line, a block of exactly Content-Length bytes and
// two line ends.
//
// Real archives are damaged in three ways: cut short (a crawl killed
// mid-write, a truncated download), a Content-Length that does not match the
// block (hand-edited or badly converted files), and junk between records. A
// damaged record is rejected by name and the reader looks for the next line
// that starts with "WARC/1." (or the older "WARC/0."), so that one bad record
// does not cost the rest of the file. Every scan moves forward from where
// the previous one stopped, and header parsing stops at the first line that
// is not a header, so reading is linear in the file size whatever the
// damage. Blocks are views into the input; only article payloads are copied.
#include "ingest/warc_reader.h"

#include <cctype>
#include <optional>
#include <string>

#include "common/strings.h"
#include "ingest/bytes.h"
#include "common/utf8.h"
#include "ingest/charset.h"
#include "ingest/format_detect.h"
#include "ingest/http_response.h"

namespace vigie::ingest {
namespace {

struct WarcHeaders {
  std::string type, target_uri, date, content_type, truncated;
  std::optional<size_t> content_length;
};

enum class ParseState { kOk, kMalformed, kTruncated };

struct RecordSpan {
  WarcHeaders headers;
  std::string_view block;
  size_t next = 0;         // start of what follows the record
  size_t resync_from = 0;  // where to look for the next record after a fault
  std::string error;
};

bool IsLineEnd(char c) { return c == '\r' || c == '\n'; }

size_t SkipLineEnds(std::string_view s, size_t pos) {
  while (pos < s.size() && (IsLineEnd(s[pos]) || s[pos] == ' ' || s[pos] == '\t')) ++pos;
  return pos;
}

// A "WARC/<digit>" line start at `pos`.
bool IsVersionLineAt(std::string_view s, size_t pos) {
  return s.substr(pos, 5) == "WARC/" && pos + 5 < s.size() &&
         std::isdigit(static_cast<unsigned char>(s[pos + 5])) != 0;
}

// The first version line at a line start at or after `from`, or npos.
size_t FindRecordStart(std::string_view s, size_t from) {
  for (size_t p = from; p < s.size();) {
    size_t found = s.find("WARC/", p);
    if (found == std::string_view::npos) return found;
    if ((found == 0 || s[found - 1] == '\n') && IsVersionLineAt(s, found)) return found;
    p = found + 1;
  }
  return std::string_view::npos;
}

bool NextLine(std::string_view s, size_t* pos, std::string_view* line) {
  if (*pos >= s.size()) return false;
  size_t nl = s.find('\n', *pos);
  if (nl == std::string_view::npos) return false;
  *line = s.substr(*pos, nl - *pos);
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  *pos = nl + 1;
  return true;
}

std::optional<size_t> ParseLength(std::string_view v) {
  v = TrimAscii(v);
  if (v.empty() || v.size() > 18) return std::nullopt;
  size_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<size_t>(c - '0');
  }
  return n;
}

void SetHeader(std::string_view name, std::string_view value, WarcHeaders* h) {
  std::string key = AsciiLower(name);
  auto set = [&](std::string* field) {
    if (field->empty()) field->assign(value);
  };
  if (key == "warc-type") set(&h->type);
  else if (key == "warc-target-uri") set(&h->target_uri);
  else if (key == "warc-date") set(&h->date);
  else if (key == "content-type") set(&h->content_type);
  else if (key == "warc-truncated") set(&h->truncated);
  else if (key == "content-length" && !h->content_length) h->content_length = ParseLength(value);
}

// Parses the header section starting at `*pos` (after the version line).
ParseState ParseHeaders(std::string_view s, size_t* pos, RecordSpan* r) {
  std::string_view line;
  for (;;) {
    size_t line_start = *pos;
    if (!NextLine(s, pos, &line)) {
      r->error = "truncated WARC record: headers cut short";
      r->resync_from = line_start;
      return ParseState::kTruncated;
    }
    if (line.empty()) return ParseState::kOk;
    if (line[0] == ' ' || line[0] == '\t') continue;  // folded value: not needed
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      r->error = "malformed WARC record: bad header line";
      r->resync_from = line_start;
      return ParseState::kMalformed;
    }
    SetHeader(TrimAscii(line.substr(0, colon)), TrimAscii(line.substr(colon + 1)), &r->headers);
  }
}

ParseState ParseRecord(std::string_view s, size_t pos, RecordSpan* r) {
  std::string_view line;
  size_t p = pos;
  if (!IsVersionLineAt(s, pos) || !NextLine(s, &p, &line)) {
    r->error = IsVersionLineAt(s, pos) ? "truncated WARC record: headers cut short"
                                       : "malformed WARC record: no WARC/1.x version line";
    r->resync_from = pos + 1;
    return IsVersionLineAt(s, pos) ? ParseState::kTruncated : ParseState::kMalformed;
  }
  ParseState state = ParseHeaders(s, &p, r);
  if (state != ParseState::kOk) return state;
  r->resync_from = p;
  if (!r->headers.content_length) {
    r->error = "malformed WARC record: missing or invalid Content-Length";
    return ParseState::kMalformed;
  }
  size_t length = *r->headers.content_length;
  if (length > s.size() - p) {
    r->error = "truncated WARC record: Content-Length " + std::to_string(length) + ", " +
               std::to_string(s.size() - p) + " bytes left";
    return ParseState::kTruncated;
  }
  r->block = s.substr(p, length);
  size_t end = p + length;
  if (end < s.size() && !IsLineEnd(s[end])) {
    r->error = "malformed WARC record: the block does not end where Content-Length says";
    return ParseState::kMalformed;
  }
  r->next = SkipLineEnds(s, end);
  return ParseState::kOk;
}

bool IsHtmlMediaType(std::string_view media) {
  return media == "text/html" || media == "application/xhtml+xml";
}

// Media types that say nothing: the payload is sniffed.
bool IsUnknownMediaType(std::string_view media) {
  return media.empty() || media == "application/octet-stream" || media == "unknown" ||
         media == "*/*";
}

std::string StripAngles(std::string_view uri) {
  uri = TrimAscii(uri);
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') {
    uri = uri.substr(1, uri.size() - 2);
  }
  return std::string(uri);
}

// What one record is: an article (record filled), or a reason to skip or
// reject it.
enum class Verdict { kArticle, kSkip, kReject };

struct Payload {
  std::string bytes;
  std::string charset;
  std::vector<std::string> warnings;
};

Verdict HttpPayloadOf(std::string_view block, Payload* out, std::string* reason) {
  if (!StartsWith(block, "HTTP/")) {
    *reason = "response record without an HTTP response";
    return Verdict::kSkip;
  }
  Result<HttpResponse> http = ParseHttpResponse(block);
  if (!http.ok()) {
    *reason = http.status().message();
    return Verdict::kReject;
  }
  if (http->status < 200 || http->status > 299) {
    *reason = "HTTP status " + std::to_string(http->status);
    return Verdict::kSkip;
  }
  std::string media = MediaType(http->content_type);
  if (!IsHtmlMediaType(media) && !IsUnknownMediaType(media)) {
    *reason = "not an HTML page: " + media;
    return Verdict::kSkip;
  }
  Result<HttpPayload> payload = DecodeHttpPayload(*http);
  if (!payload.ok()) {
    *reason = payload.status().message();
    return Verdict::kReject;
  }
  if (!IsHtmlMediaType(media) && !LooksLikeHtml(payload->bytes)) {
    *reason = "not an HTML page: no content type, and the payload is not HTML";
    return Verdict::kSkip;
  }
  out->bytes = std::move(payload->bytes);
  out->warnings = std::move(payload->warnings);
  out->charset = CharsetFromContentType(http->content_type);
  return Verdict::kArticle;
}

Verdict ResourcePayloadOf(const RecordSpan& r, Payload* out, std::string* reason) {
  std::string media = MediaType(r.headers.content_type);
  bool html = IsHtmlMediaType(media) || (IsUnknownMediaType(media) && LooksLikeHtml(r.block));
  if (!html) {
    *reason = "not an HTML page: " + (media.empty() ? std::string("no content type") : media);
    return Verdict::kSkip;
  }
  out->bytes.assign(r.block);
  out->charset = CharsetFromContentType(r.headers.content_type);
  return Verdict::kArticle;
}

void HandleRecord(const std::string& input, const RecordSpan& r, RecordSink* sink) {
  std::string type = AsciiLower(TrimAscii(r.headers.type));
  Payload payload;
  std::string reason;
  Verdict verdict = Verdict::kSkip;
  if (type == "response") {
    verdict = HttpPayloadOf(r.block, &payload, &reason);
  } else if (type == "resource") {
    verdict = ResourcePayloadOf(r, &payload, &reason);
  } else {
    reason = "WARC record type " + (type.empty() ? std::string("(none)") : type);
  }
  if (verdict == Verdict::kArticle && TrimAscii(payload.bytes).empty()) {
    verdict = Verdict::kSkip;
    reason = "empty HTML payload";
  }
  if (verdict == Verdict::kSkip) return sink->Skip(reason);
  if (verdict == Verdict::kReject) return sink->Reject(input, reason);

  Record record;
  record.input = input;
  record.format = Format::kWarc;
  record.body_format = Format::kHtml;
  DecodedText text = DecodeHtmlBytes(std::move(payload.bytes), payload.charset);
  record.body = std::move(text.text);
  record.warnings = std::move(payload.warnings);
  record.warnings.insert(record.warnings.end(), text.warnings.begin(), text.warnings.end());
  if (!r.headers.truncated.empty()) {
    record.warnings.push_back("warc_truncated_" + AsciiLower(TrimAscii(r.headers.truncated)));
  }
  // Header values are bytes: repaired like the body.
  std::string url = StripAngles(r.headers.target_uri);
  RepairUtf8(&url);
  if (!url.empty()) record.url = std::move(url);
  std::string date(TrimAscii(r.headers.date));
  RepairUtf8(&date);
  if (!date.empty()) record.fetched = std::move(date);
  sink->Accept(std::move(record));
}

}  // namespace

void ReadWarc(std::string_view name, std::string_view bytes, RecordSink* sink,
              bool truncated_input) {
  const std::string base(name);
  size_t pos = SkipLineEnds(bytes, StartsWith(bytes, "\xEF\xBB\xBF") ? 3 : 0);
  int64_t index = 0;
  while (pos < bytes.size()) {
    const std::string input = base + "#" + std::to_string(++index);
    RecordSpan record;
    ParseState state = ParseRecord(bytes, pos, &record);
    if (state == ParseState::kOk) {
      HandleRecord(input, record, sink);
      pos = record.next;
      continue;
    }
    size_t next = FindRecordStart(bytes, record.resync_from);
    // A record cut by the end of a stream the caller already reports as
    // truncated is not a second error.
    if (!(state == ParseState::kTruncated && truncated_input && next == std::string_view::npos)) {
      sink->Reject(input, record.error);
    }
    if (next == std::string_view::npos) break;
    pos = next;
  }
}

}  // namespace vigie::ingest
