// Metadata an HTML page states about its article: <title>, <meta> (og:,
// twitter:, article:, dc., name=author/date...), JSON-LD, <link
// rel=canonical>, <html lang>, microdata (itemprop) and by-line elements.
// See html_metadata.cc for the order of preference.
#ifndef VIGIE_CLEAN_HTML_METADATA_H_
#define VIGIE_CLEAN_HTML_METADATA_H_

#include <gumbo.h>

#include <string>
#include <string_view>

#include "clean/html_url.h"
#include "ingest/page.h"

namespace vigie::clean {

// `url` is the page's own address, if known; it resolves relative links.
ingest::PageMetadata ExtractHtmlMetadata(const GumboNode* root, std::string_view url);

// `title` without a " | Site", " - Site", " — Site" suffix (or "Site | "
// prefix) when the site part names `site` or the domain of `url`.
std::string StripSiteFromTitle(std::string_view title, std::string_view site,
                               std::string_view url);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_HTML_METADATA_H_
