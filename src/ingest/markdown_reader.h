// Markdown as scrapers write it from web pages: ATX and setext headings,
// [text](url) links and images reduced to their text, emphasis, escaped
// characters, footnote markers, lists, block quotes, horizontal rules, tables.
#ifndef VIGIE_INGEST_MARKDOWN_READER_H_
#define VIGIE_INGEST_MARKDOWN_READER_H_

#include <string_view>

#include "ingest/page.h"

namespace vigie::ingest {

// Blocks of `markdown` with inline markup removed. The title is the first
// heading before any paragraph, or the first line when a blank line follows
// it (as for plain text).
Page ReadMarkdownPage(std::string_view markdown);

// Inline Markdown of one line or paragraph reduced to plain text.
std::string StripInlineMarkdown(std::string_view s);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_MARKDOWN_READER_H_
