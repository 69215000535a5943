// HTTP responses inside WARC records. Crawlers disagree on what they store:
// wget and warcio keep the bytes as sent (chunked, gzip-compressed), Common
// Crawl stores them decoded and renames the headers, other tools decode but
// keep the headers. So every decoding step first checks that the bytes are
// what the header claims (chunk-size lines, gzip magic) and otherwise takes
// them as already decoded; only an encoding that cannot be decoded and does
// not look decoded is an error.
#include "ingest/http_response.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "common/strings.h"
#include "ingest/bytes.h"
#include "ingest/decompress.h"

namespace vigie::ingest {
namespace {

constexpr size_t kMaxChunkSizeDigits = 15;

// The line of `s` starting at `*pos`, without its "\r\n" or "\n"; advances
// `*pos` past the line end. Returns false when no '\n' ends the line.
bool NextLine(std::string_view s, size_t* pos, std::string_view* line) {
  size_t nl = s.find('\n', *pos);
  if (nl == std::string_view::npos) return false;
  *line = s.substr(*pos, nl - *pos);
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  *pos = nl + 1;
  return true;
}

bool ParseStatusLine(std::string_view line, int* status) {
  if (!StartsWith(line, "HTTP/")) return false;
  size_t sp = line.find(' ');
  if (sp == std::string_view::npos) return false;
  std::string_view code = TrimAscii(line.substr(sp + 1)).substr(0, 3);
  if (code.size() != 3) return false;
  int value = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *status = value;
  return true;
}

// Parses a chunk-size line ("1a3f;ext=1"). False if it is not one.
bool ParseChunkSize(std::string_view line, size_t* size) {
  line = TrimAscii(line.substr(0, line.find(';')));
  if (line.empty() || line.size() > kMaxChunkSizeDigits) return false;
  size_t value = 0;
  for (char c : line) {
    int digit = std::isxdigit(static_cast<unsigned char>(c)) == 0 ? -1
                : c <= '9'                                        ? c - '0'
                                                                  : (c | 0x20) - 'a' + 10;
    if (digit < 0) return false;
    value = value * 16 + static_cast<size_t>(digit);
  }
  *size = value;
  return true;
}

// True if `s` already looks like a decoded page (markup or a BOM first).
bool LooksDecoded(std::string_view s) {
  if (StartsWith(s, "\xEF\xBB\xBF")) return true;
  size_t i = 0;
  while (i < s.size() && i < 4096 && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return i < s.size() && s[i] == '<';
}

enum class DechunkResult { kNotChunked, kComplete, kTruncated };

DechunkResult Dechunk(std::string_view in, std::string* out) {
  if (LooksDecoded(in)) return DechunkResult::kNotChunked;
  size_t pos = 0;
  bool first = true;
  for (;;) {
    std::string_view line;
    size_t size = 0;
    size_t line_start = pos;
    if (!NextLine(in, &pos, &line) || !ParseChunkSize(line, &size)) {
      if (first) return DechunkResult::kNotChunked;
      // Trailing junk after the last chunk is tolerated when nothing is left.
      return TrimAscii(in.substr(line_start)).empty() ? DechunkResult::kComplete
                                                 : DechunkResult::kTruncated;
    }
    if (size == 0) return DechunkResult::kComplete;  // trailers ignored
    if (size > in.size() - pos) {
      // A payload cut by the crawler's size limit (WARC-Truncated: length).
      out->append(in.substr(pos));
      return DechunkResult::kTruncated;
    }
    // A real chunk is followed by a line end.
    if (first && pos + size < in.size() && in[pos + size] != '\r' && in[pos + size] != '\n') {
      return DechunkResult::kNotChunked;
    }
    out->append(in.substr(pos, size));
    pos += size;
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
    first = false;
  }
}

// Inflates zlib-wrapped (window_bits 15) or raw (-15) deflate data.
Status Inflate(std::string_view in, int window_bits, size_t max_bytes, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Status::ResourceExhausted("zlib init failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  std::array<char, 1 << 16> buf;
  Status status;
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf.data());
    zs.avail_out = static_cast<uInt>(buf.size());
    int rc = inflate(&zs, Z_NO_FLUSH);
    out->append(buf.data(), buf.size() - zs.avail_out);
    if (out->size() > max_bytes) {
      status = Status::ResourceExhausted("decoded HTTP payload over the size limit");
      break;
    }
    if (rc == Z_STREAM_END) break;
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      status = Status::Corruption("truncated deflate payload");
      break;
    }
    if (rc != Z_OK) {
      status = Status::Corruption("corrupt deflate payload");
      break;
    }
  }
  inflateEnd(&zs);
  return status;
}

// Undoes one content coding. `*warnings` gets "truncated_http_payload" when
// only a prefix could be decoded.
Status DecodeOne(std::string_view coding, size_t max_bytes, std::string* data,
                 std::vector<std::string>* warnings) {
  if (coding.empty() || coding == "identity") return Status::Ok();
  std::string decoded;
  Status status;
  if (coding == "gzip" || coding == "x-gzip" || coding == "zstd") {
    Compression expected = coding == "zstd" ? Compression::kZstd : Compression::kGzip;
    if (DetectCompression(*data) != expected) return Status::Ok();  // stored decoded
    Decompressed d = Decompress(*data, max_bytes);
    decoded = std::move(d.bytes);
    status = d.status;
  } else if (coding == "deflate") {
    if (LooksDecoded(*data)) return Status::Ok();
    const unsigned char b0 = data->empty() ? 0 : static_cast<unsigned char>((*data)[0]);
    const unsigned char b1 = data->size() < 2 ? 0 : static_cast<unsigned char>((*data)[1]);
    bool zlib_header = (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
    status = Inflate(*data, zlib_header ? 15 : -15, max_bytes, &decoded);
  } else {
    if (LooksDecoded(*data)) return Status::Ok();
    return Status::Unsupported("HTTP payload in '" + std::string(coding) +
                               "' content encoding cannot be decoded");
  }
  if (status.code() == Status::Code::kResourceExhausted) return status;
  if (!status.ok()) {
    if (decoded.empty()) return status;
    warnings->push_back("truncated_http_payload");
  }
  data->swap(decoded);
  return Status::Ok();
}

}  // namespace

std::string MediaType(std::string_view content_type) {
  return AsciiLower(TrimAscii(content_type.substr(0, content_type.find(';'))));
}

Result<HttpResponse> ParseHttpResponse(std::string_view block) {
  HttpResponse response;
  size_t pos = 0;
  std::string_view line;
  bool has_line = NextLine(block, &pos, &line);
  if (!has_line) line = block;  // a status line alone
  if (!ParseStatusLine(line, &response.status)) {
    return Status::Corruption("not an HTTP response (no status line)");
  }
  if (!has_line) return response;
  std::string* last = nullptr;  // the header a folded line continues
  while (NextLine(block, &pos, &line)) {
    if (line.empty()) {
      response.body = block.substr(pos);
      return response;
    }
    if ((line[0] == ' ' || line[0] == '\t') && last != nullptr) {
      last->append(" ").append(TrimAscii(line));
      continue;
    }
    last = nullptr;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // not a header: tolerated
    std::string name = AsciiLower(TrimAscii(line.substr(0, colon)));
    std::string value(TrimAscii(line.substr(colon + 1)));
    if (name == "content-type") last = &response.content_type;
    else if (name == "transfer-encoding") last = &response.transfer_encoding;
    else if (name == "content-encoding") last = &response.content_encoding;
    if (last != nullptr) *last = name == "content-type" ? value : AsciiLower(value);
  }
  // Headers without a blank line: the response has no body (HEAD, 304...).
  return response;
}

Result<HttpPayload> DecodeHttpPayload(const HttpResponse& response, size_t max_bytes) {
  HttpPayload payload;
  if (response.transfer_encoding.find("chunked") != std::string::npos) {
    switch (Dechunk(response.body, &payload.bytes)) {
      case DechunkResult::kNotChunked:
        payload.bytes.assign(response.body);
        break;
      case DechunkResult::kTruncated:
        payload.warnings.push_back("truncated_http_payload");
        break;
      case DechunkResult::kComplete:
        break;
    }
  } else {
    payload.bytes.assign(response.body);
  }
  // Codings are listed in the order they were applied: undo from the last.
  std::vector<std::string> codings;
  for (size_t start = 0; start <= response.content_encoding.size();) {
    size_t comma = response.content_encoding.find(',', start);
    if (comma == std::string::npos) comma = response.content_encoding.size();
    std::string coding(TrimAscii(std::string_view(response.content_encoding).substr(start, comma - start)));
    if (!coding.empty()) codings.push_back(coding);
    start = comma + 1;
  }
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
    VIGIE_RETURN_IF_ERROR(DecodeOne(*it, max_bytes, &payload.bytes, &payload.warnings));
  }
  return payload;
}

}  // namespace vigie::ingest
