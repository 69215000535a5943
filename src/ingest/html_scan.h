// Byte-level pieces of the HTML tokenizer (WHATWG "Tokenization", as gumbo
// 0.10.1 implements it) that the pre-parse guard needs: where raw text and
// script data end. Bytes, not code points: every character these states
// react to is ASCII, and UTF-8 never puts an ASCII byte inside a sequence.
#ifndef VIGIE_INGEST_HTML_SCAN_H_
#define VIGIE_INGEST_HTML_SCAN_H_

#include <cstddef>
#include <string_view>

namespace vigie::ingest {

// HTML white space once the input stream is preprocessed (CR becomes LF).
inline bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// True when `html` at `pos` holds `name` (lower case) in any case, followed
// by white space, '/' or '>': how an end tag, or a "<script" inside escaped
// script data, is recognised. False at the end of the input.
bool NameThenDelimiterAt(std::string_view html, size_t pos, std::string_view name);

// Offset of the "</name" that ends RAWTEXT or RCDATA content (style, title,
// textarea, xmp...) begun at `from`, or html.size() when the content runs
// to the end of the input. `name` is lower case.
size_t RawTextEnd(std::string_view html, size_t from, std::string_view name);

// Offset of the "</script" that ends script data begun at `from`, or
// html.size(). Follows the escape states: after "<!--" the data is
// "escaped", an escaped "<script" makes it "double escaped", where
// "</script" only returns to escaped, and "-->" goes back to plain script
// data from either. So `<script><!--<script>a</script>b--></script>` is one
// element, as browsers and gumbo read it.
size_t ScriptDataEnd(std::string_view html, size_t from);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_HTML_SCAN_H_
