// Metadata headers that Markdown scrapers put before the article: YAML
// front matter ("---\ntitle: ...\n---", browser clippers, static-site
// exports) and the jina.ai reader header ("Title: ...\nURL Source: ...\n
// Markdown Content:"). Internal to the Markdown reader.
#ifndef VIGIE_INGEST_MARKDOWN_HEADER_H_
#define VIGIE_INGEST_MARKDOWN_HEADER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "ingest/page.h"

namespace vigie::ingest::internal {

// Reads a header at the top of `lines` into `*meta` and returns the index
// of the first line of the body (0 when there is no header). Dates are kept
// only in ISO form (the ingest stage does not parse dates; a date in words
// is left for the text rules to find in the body).
size_t ReadMarkdownHeader(const std::vector<std::string_view>& lines, PageMetadata* meta);

}  // namespace vigie::ingest::internal

#endif  // VIGIE_INGEST_MARKDOWN_HEADER_H_
