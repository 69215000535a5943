#include "clean/html_page.h"

namespace vigie::clean {

// PLACEHOLDER (being replaced in this session by the HTML extractor).
ingest::Page ExtractHtmlPage(const ingest::HtmlDocument&, std::string_view) { return {}; }

}  // namespace vigie::clean
