// Character sets: from the bytes of a page to valid UTF-8, saying in
// `warnings` whenever the bytes had to be guessed at or repaired.
#ifndef VIGIE_INGEST_CHARSET_H_
#define VIGIE_INGEST_CHARSET_H_

#include <string>
#include <string_view>
#include <vector>

namespace vigie::ingest {

struct DecodedText {
  std::string text;     // valid UTF-8, without a byte-order mark or NUL bytes
  std::string charset;  // what the bytes were read as ("utf-8", "windows-1252"...)
  // "invalid_utf8_repaired", "converted_from_<charset>" (the charset was
  // guessed), "declared_charset_ignored", "invalid_bytes_repaired".
  std::vector<std::string> warnings;
};

// An HTML page: byte-order mark, then `declared_charset` (from an HTTP
// Content-Type header; may be empty), then what the page declares in its
// first 4 KB, then UTF-8 if the bytes are valid UTF-8, then ICU's detector
// with windows-1252 as the fallback. Never fails.
DecodedText DecodeHtmlBytes(std::string bytes, std::string_view declared_charset = {});

// A plain-text or Markdown page: UTF-8 when valid (mostly valid UTF-8 is
// repaired); otherwise read in the legacy charset ICU detects, else
// windows-1252, else repaired. Never fails.
DecodedText DecodeTextBytes(std::string bytes);

// If `bytes` opens with a UTF-16 byte-order mark, sets `*utf8` to its UTF-8
// transcoding (without the mark) and returns true. Text in UTF-16 is full of
// NUL bytes and would otherwise look binary to format detection.
bool TranscodeUtf16WithBom(std::string_view bytes, std::string* utf8);

// The charset parameter of a Content-Type value ("text/html;
// charset=ISO-8859-1" -> "iso-8859-1"), lower case; empty if none.
std::string CharsetFromContentType(std::string_view content_type);

// The charset an HTML page declares in its first 4 KB: <meta charset>,
// <meta http-equiv="Content-Type" content="...; charset=...">, or an XML
// declaration's encoding. Lower case; empty if none.
std::string SniffHtmlCharset(std::string_view html);

// Converts `bytes` from the charset named `label` (any label ICU knows;
// latin-1 labels read as windows-1252, as browsers do) to UTF-8 in `*out`,
// replacing undecodable sequences with U+FFFD and counting them in
// `*errors`. Returns false if the label is unknown.
bool ConvertToUtf8(std::string_view bytes, std::string_view label, std::string* out,
                   size_t* errors);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_CHARSET_H_
