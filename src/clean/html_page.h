// From a parsed HTML page to a Page: metadata from the markup (<title>,
// <meta> og:/article:/author/dc., JSON-LD NewsArticle, <time>) and a first
// main-text extraction (blocks scored on text and link density).
#ifndef VIGIE_CLEAN_HTML_PAGE_H_
#define VIGIE_CLEAN_HTML_PAGE_H_

#include <string_view>

#include "ingest/html_parser.h"
#include "ingest/page.h"

namespace vigie::clean {

// `url` is the page's address when the container knows it (WARC, JSONL),
// empty otherwise; it resolves relative canonical links.
ingest::Page ExtractHtmlPage(const ingest::HtmlDocument& doc, std::string_view url);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_HTML_PAGE_H_
