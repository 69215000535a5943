// Charset decisions for pages whose bytes may not be UTF-8.
//
// The idea. What a page says about itself is right far more often than any
// statistical guess, so declarations come first, in the order browsers
// trust them (WHATWG "encoding sniffing"): byte-order mark, HTTP header,
// <meta> in the head. Undeclared bytes that are valid UTF-8 are UTF-8: text
// in a legacy 8-bit charset with accented letters is almost never valid
// UTF-8 by accident (é in windows-1252 is 0xE9, a three-byte lead, and is
// followed by an ASCII letter, not by two continuation bytes).
//
// Invalid UTF-8 comes in two shapes that need opposite treatments:
//  - mostly UTF-8 with a few stray bytes (a latin-1 fragment pasted into a
//    UTF-8 page, a multi-byte character cut by a crawler): repair the stray
//    bytes with U+FFFD and keep the rest;
//  - a legacy file (windows-1252, ISO-8859-x, KOI8-R...) with no valid
//    multi-byte sequence at all: re-reading it in its real charset recovers
//    every letter, where a repair would turn each accented letter into U+FFFD.
// We tell them apart by counting valid multi-byte sequences against invalid
// ones: more valid than invalid means UTF-8 with damage. For legacy text
// ICU's detector (n-gram statistics per language) names the charset; we
// accept its answer only at confidence >= 25 (on French prose in ISO-8859-1
// it answers "ISO-8859-1, fr" at 64 for 100 bytes and 79 to 87 for 300 bytes
// to 4 KB; on a few words such as "Café crème" it has only UTF-16 guesses
// at 10) and only if the bytes decode without error;
// otherwise windows-1252, the charset of most legacy Western pages and a
// superset of ISO-8859-1's printable range, as browsers do. Detection reads
// the first 64 KB: enough for the statistics, bounded on 50 MB inputs.
//
// Every path that guessed or repaired leaves a warning, so that nothing is
// silently changed. Conversion streams through ICU in 64 KB steps; the cost
// is linear and the memory is the output plus a constant.
#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <array>
#include <cctype>
#include <memory>

#include "common/strings.h"
#include "ingest/bytes.h"
#include "common/utf8.h"

namespace vigie::ingest {
namespace {

constexpr size_t kSniffBytes = 4096;
constexpr size_t kDetectBytes = 64 * 1024;
constexpr int32_t kMinConfidence = 25;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set) {
    if (s == x) return true;
  }
  return false;
}

// A label as browsers resolve it: latin-1 and ASCII labels mean
// windows-1252 (servers say "iso-8859-1" for pages full of 0x92 quotes).
std::string CanonicalLabel(std::string_view label) {
  std::string s = AsciiLower(TrimAscii(label));
  while (!s.empty() && (s.front() == '"' || s.front() == '\'')) s.erase(0, 1);
  while (!s.empty() && (s.back() == '"' || s.back() == '\'')) s.pop_back();
  if (IsOneOf(s, {"utf8", "utf-8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
                  "x-unicode20utf8"})) {
    return "utf-8";
  }
  if (IsOneOf(s, {"iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "iso_8859-1:1987",
                  "latin1", "l1", "ascii", "us-ascii", "ansi_x3.4-1968", "cp1252", "x-cp1252",
                  "windows-1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1"})) {
    return "windows-1252";
  }
  if (IsOneOf(s, {"iso-8859-9", "iso8859-9", "latin5", "l5", "iso-ir-148"})) {
    return "windows-1254";
  }
  return s;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// ICU to-Unicode callback: writes U+FFFD for an undecodable sequence and
// counts it in *context (a size_t).
void CountAndSubstitute(const void* context, UConverterToUnicodeArgs* args, const char*,
                        int32_t, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  ++*static_cast<size_t*>(const_cast<void*>(context));
  *err = U_ZERO_ERROR;
  static const UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

// Counts, in `s`, valid multi-byte UTF-8 sequences and invalid bytes.
struct Utf8Census {
  size_t multibyte = 0;
  size_t invalid = 0;
};

Utf8Census CountUtf8(std::string_view s) {
  Utf8Census census;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n > 1 && i + n <= s.size() && IsValidUtf8(s.substr(i, n))) {
      ++census.multibyte;
      i += n;
    } else {
      ++census.invalid;
      ++i;
    }
  }
  return census;
}

void StripUtf8Bom(std::string* s) {
  if (StartsWith(*s, kUtf8Bom)) s->erase(0, kUtf8Bom.size());
}

// `bytes` taken as UTF-8: repaired if needed.
DecodedText FromUtf8(std::string bytes) {
  DecodedText out;
  StripUtf8Bom(&bytes);
  out.charset = "utf-8";
  if (RepairUtf8(&bytes)) out.warnings.push_back("invalid_utf8_repaired");
  out.text = std::move(bytes);
  return out;
}

// The legacy charset of `bytes` per ICU's detector, or empty.
std::string DetectLegacyCharset(std::string_view bytes, bool html) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* csd = ucsdet_open(&err);
  if (U_FAILURE(err)) return {};
  std::string_view head = bytes.substr(0, kDetectBytes);
  ucsdet_enableInputFilter(csd, html);  // ignore markup when counting n-grams
  ucsdet_setText(csd, head.data(), static_cast<int32_t>(head.size()), &err);
  int32_t count = 0;
  const UCharsetMatch** matches = U_SUCCESS(err) ? ucsdet_detectAll(csd, &count, &err) : nullptr;
  std::string chosen;
  for (int32_t i = 0; U_SUCCESS(err) && matches != nullptr && i < count; ++i) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t confidence = ucsdet_getConfidence(matches[i], &e);
    const char* name = ucsdet_getName(matches[i], &e);
    if (U_FAILURE(e) || name == nullptr || confidence < kMinConfidence) break;
    std::string label = CanonicalLabel(name);
    // Not Unicode (the bytes are not valid UTF-8, and UTF-16 without a BOM
    // is rejected as binary) and not EBCDIC.
    if (StartsWith(label, "utf-") || StartsWith(label, "ibm")) continue;
    std::string probe;
    size_t errors = 0;
    if (ConvertToUtf8(head, label, &probe, &errors) && errors == 0) {
      chosen = label;
      break;
    }
  }
  ucsdet_close(csd);
  return chosen;
}

// Bytes with no usable declaration (or a false UTF-8 one).
DecodedText DecodeUndeclared(std::string bytes, bool html) {
  if (IsValidUtf8(bytes)) return FromUtf8(std::move(bytes));
  Utf8Census census = CountUtf8(bytes);
  if (census.multibyte >= census.invalid) return FromUtf8(std::move(bytes));
  std::string label = DetectLegacyCharset(bytes, html);
  for (const std::string& candidate : {label, std::string("windows-1252")}) {
    if (candidate.empty()) continue;
    DecodedText out;
    size_t errors = 0;
    if (ConvertToUtf8(bytes, candidate, &out.text, &errors) && errors == 0) {
      out.charset = candidate;
      out.warnings.push_back("converted_from_" + candidate);
      if (RepairUtf8(&out.text)) out.warnings.push_back("invalid_utf8_repaired");
      return out;
    }
  }
  return FromUtf8(std::move(bytes));
}

// The value of the first "charset=" parameter in `s`, lower case, or empty.
std::string CharsetParameter(std::string_view s) {
  std::string lower = AsciiLower(s);
  size_t pos = lower.find("charset");
  while (pos != std::string::npos) {
    size_t i = pos + 7;
    while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
    if (i < lower.size() && lower[i] == '=') {
      ++i;
      while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
      char quote = i < lower.size() && (lower[i] == '"' || lower[i] == '\'') ? lower[i] : 0;
      if (quote) ++i;
      size_t start = i;
      while (i < lower.size() && lower[i] != quote && lower[i] != ';' && lower[i] != ',' &&
             !std::isspace(static_cast<unsigned char>(lower[i])) && lower[i] != '"' &&
             lower[i] != '\'') {
        ++i;
      }
      if (i > start) return lower.substr(start, i - start);
    }
    pos = lower.find("charset", pos + 7);
  }
  return {};
}

struct TagAttributes {
  std::string charset, http_equiv, content, encoding;
};

// Parses the attributes of the tag whose name ends at `*pos` in `s`, up to
// its '>'; leaves `*pos` after it.
TagAttributes ParseAttributes(std::string_view s, size_t* pos) {
  TagAttributes attrs;
  size_t i = *pos;
  auto space = [&](size_t k) { return std::isspace(static_cast<unsigned char>(s[k])) != 0; };
  while (i < s.size() && s[i] != '>') {
    if (space(i) || s[i] == '/' || s[i] == '?') {
      ++i;
      continue;
    }
    size_t name_start = i;
    while (i < s.size() && !space(i) && s[i] != '=' && s[i] != '>' && s[i] != '/') ++i;
    std::string name = AsciiLower(s.substr(name_start, i - name_start));
    while (i < s.size() && space(i)) ++i;
    std::string value;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && space(i)) ++i;
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        char quote = s[i++];
        size_t end = s.find(quote, i);
        if (end == std::string_view::npos) end = s.size();
        value = std::string(s.substr(i, end - i));
        i = end < s.size() ? end + 1 : end;
      } else {
        size_t start = i;
        while (i < s.size() && !space(i) && s[i] != '>') ++i;
        value = std::string(s.substr(start, i - start));
      }
    }
    if (name == "charset") attrs.charset = value;
    else if (name == "http-equiv") attrs.http_equiv = AsciiLower(TrimAscii(value));
    else if (name == "content") attrs.content = value;
    else if (name == "encoding") attrs.encoding = value;
  }
  *pos = i;
  return attrs;
}

bool IsLegacyOpenable(std::string_view label) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(std::string(label).c_str(), &err));
  return U_SUCCESS(err) && cnv != nullptr;
}

}  // namespace

bool ConvertToUtf8(std::string_view bytes, std::string_view label, std::string* out,
                   size_t* errors) {
  out->clear();
  *errors = 0;
  std::string name = CanonicalLabel(label);
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr source(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err) || source == nullptr) return false;
  ConverterPtr target(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err) || target == nullptr) return false;
  ucnv_setToUCallBack(source.get(), CountAndSubstitute, errors, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return false;

  out->reserve(bytes.size() + bytes.size() / 4);
  std::array<UChar, 4096> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  std::array<char, 1 << 16> buf;
  const char* src = bytes.data();
  const char* src_end = bytes.data() + bytes.size();
  bool first = true;
  for (;;) {
    char* dst = buf.data();
    err = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &dst, buf.data() + buf.size(), &src, src_end,
                   pivot.data(), &pivot_source, &pivot_target, pivot.data() + pivot.size(),
                   first, /*flush=*/true, &err);
    first = false;
    out->append(buf.data(), static_cast<size_t>(dst - buf.data()));
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    return U_SUCCESS(err);
  }
}

bool TranscodeUtf16WithBom(std::string_view bytes, std::string* utf8) {
  if (bytes.size() < 2) return false;
  const unsigned char b0 = static_cast<unsigned char>(bytes[0]);
  const unsigned char b1 = static_cast<unsigned char>(bytes[1]);
  const char* label = nullptr;
  if (b0 == 0xFF && b1 == 0xFE) label = "utf-16le";
  if (b0 == 0xFE && b1 == 0xFF) label = "utf-16be";
  if (label == nullptr) return false;
  size_t errors = 0;
  if (!ConvertToUtf8(bytes.substr(2), label, utf8, &errors)) return false;
  RepairUtf8(utf8);  // drops NULs that a U+0000 may have produced
  return true;
}

std::string CharsetFromContentType(std::string_view content_type) {
  return CharsetParameter(content_type);
}

std::string SniffHtmlCharset(std::string_view html) {
  std::string_view head = html.substr(0, kSniffBytes);
  std::string xml_encoding;
  for (size_t i = head.find('<'); i != std::string_view::npos; i = head.find('<', i)) {
    if (head.substr(i, 4) == "<!--") {
      size_t end = head.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    std::string tag = AsciiLower(head.substr(i, 6));
    if (StartsWith(tag, "<meta") && tag.size() == 6 &&
        (std::isspace(static_cast<unsigned char>(tag[5])) || tag[5] == '/')) {
      size_t pos = i + 5;
      TagAttributes attrs = ParseAttributes(head, &pos);
      i = pos;
      if (!TrimAscii(attrs.charset).empty()) return AsciiLower(TrimAscii(attrs.charset));
      if (attrs.http_equiv == "content-type") {
        std::string cs = CharsetParameter(attrs.content);
        if (!cs.empty()) return cs;
      }
      continue;
    }
    if (StartsWith(tag, "<?xml")) {
      size_t pos = i + 5;
      TagAttributes attrs = ParseAttributes(head, &pos);
      i = pos;
      if (xml_encoding.empty()) xml_encoding = AsciiLower(TrimAscii(attrs.encoding));
      continue;
    }
    ++i;
  }
  return xml_encoding;
}

DecodedText DecodeHtmlBytes(std::string bytes, std::string_view declared_charset) {
  DecodedText out;
  if (TranscodeUtf16WithBom(bytes, &out.text)) {
    out.charset = "utf-16";
    return out;
  }
  if (StartsWith(bytes, kUtf8Bom)) return FromUtf8(std::move(bytes));

  std::string label = CanonicalLabel(declared_charset);
  if (label.empty() || (label != "utf-8" && !IsLegacyOpenable(label))) {
    label = CanonicalLabel(SniffHtmlCharset(bytes));
    // A page that could be read as ASCII to find its <meta> is not UTF-16,
    // whatever it says (WHATWG: such a declaration means UTF-8).
    if (StartsWith(label, "utf-16")) label = "utf-8";
    if (!label.empty() && label != "utf-8" && !IsLegacyOpenable(label)) label.clear();
  }
  if (label.empty() || label == "utf-8") return DecodeUndeclared(std::move(bytes), true);

  // A legacy declaration over bytes that are valid UTF-8 with multi-byte
  // sequences: the page was re-encoded and its <meta> left behind.
  if (IsValidUtf8(bytes) && CountUtf8(bytes).multibyte > 0) {
    out = FromUtf8(std::move(bytes));
    out.warnings.push_back("declared_charset_ignored");
    return out;
  }
  size_t errors = 0;
  if (!ConvertToUtf8(bytes, label, &out.text, &errors)) {
    return DecodeUndeclared(std::move(bytes), true);
  }
  out.charset = label;
  if (errors > 0) out.warnings.push_back("invalid_bytes_repaired");
  if (RepairUtf8(&out.text) && errors == 0) out.warnings.push_back("invalid_utf8_repaired");
  return out;
}

DecodedText DecodeTextBytes(std::string bytes) {
  DecodedText out;
  if (TranscodeUtf16WithBom(bytes, &out.text)) {
    out.charset = "utf-16";
    return out;
  }
  return DecodeUndeclared(std::move(bytes), false);
}

}  // namespace vigie::ingest
