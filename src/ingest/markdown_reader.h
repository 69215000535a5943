// Markdown as scrapers write it from web pages: ATX and setext headings,
// [text](url) links and images reduced to their text, emphasis, escaped
// characters, footnote markers, lists, block quotes, horizontal rules, tables.
#ifndef VIGIE_INGEST_MARKDOWN_READER_H_
#define VIGIE_INGEST_MARKDOWN_READER_H_

#include <string>
#include <string_view>

#include "ingest/page.h"

namespace vigie::ingest {

// Blocks of `markdown` with inline markup removed. The title is the first
// heading before any paragraph (lines made only of links, such as
// breadcrumbs, do not count; among several such headings the highest level
// wins), or the first line when a blank line follows it (as for plain
// text); it goes to meta.title and is not a block. A YAML front matter or
// jina.ai reader header fills meta (title, url, ISO dates, authors, tags).
// List items are one block each, level 1 for the outer list; quotes carry
// their depth as level. Footnote definitions become paragraphs at the end;
// images and link reference definitions are dropped. Linear time.
Page ReadMarkdownPage(std::string_view markdown);

// Inline Markdown of one line or paragraph reduced to plain text, white
// space collapsed: links to their text, images removed, emphasis markers,
// escapes, footnote markers and HTML tags removed, entities decoded.
std::string StripInlineMarkdown(std::string_view s);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_MARKDOWN_READER_H_
