// Inline Markdown to plain text (internal to the Markdown reader; the public
// entry point is StripInlineMarkdown in markdown_reader.h).
#ifndef VIGIE_INGEST_MARKDOWN_INLINE_H_
#define VIGIE_INGEST_MARKDOWN_INLINE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vigie::ingest::internal {

struct InlineText {
  std::string text;  // plain text, white space collapsed
  // Non-space bytes of the output, and how many of them were link text:
  // a line that is all links is navigation rather than article prose.
  size_t visible_bytes = 0;
  size_t link_bytes = 0;

  bool MostlyLinks() const { return visible_bytes > 0 && link_bytes * 10 >= visible_bytes * 8; }
};

// Reduces one paragraph of inline Markdown to text: links and reference
// links to their text, images removed, autolinks to their URL, emphasis and
// strikethrough markers removed (CommonMark flanking rules, so that
// snake_case and 2*3 are left alone), code spans to their content, backslash
// escapes to the character, footnote markers ("[^1]", "[1]") removed, HTML
// tags stripped (<br> and block tags become a space), character references
// decoded. Runs in time linear in `s`.
InlineText StripInline(std::string_view s);

// Decodes the HTML character reference that starts at `s[pos]` ('&'):
// named ("&nbsp;", "&eacute;"...) or numeric ("&#8217;", "&#x2019;").
// Appends the UTF-8 text to `*out` and returns the bytes consumed, or 0 when
// there is no reference at `pos` (the '&' is then literal).
size_t DecodeEntity(std::string_view s, size_t pos, std::string* out);

}  // namespace vigie::ingest::internal

#endif  // VIGIE_INGEST_MARKDOWN_INLINE_H_
