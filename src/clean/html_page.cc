// HTML page -> Page: metadata from the markup (html_metadata.h), then the
// main text (html_blocks.h segments, main_text.h selects).
#include "clean/html_page.h"

#include <utility>

#include "clean/html_blocks.h"
#include "clean/html_metadata.h"
#include "clean/main_text.h"

namespace vigie::clean {

ingest::Page ExtractHtmlPage(const ingest::HtmlDocument& doc, std::string_view url) {
  ingest::Page page;
  page.meta = ExtractHtmlMetadata(doc.root(), url);
  if (doc.guard_report().dropped_tags > 0) page.warnings.push_back("html_nesting_flattened");
  HtmlSegmentation seg = SegmentHtml(doc.root());
  MainText text = SelectMainText(seg, page.meta.title.value_or(""));
  page.blocks = std::move(text.blocks);
  page.removed = std::move(text.removed);
  return page;
}

}  // namespace vigie::clean
