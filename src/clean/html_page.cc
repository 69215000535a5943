// HTML page -> Page: metadata from the markup (html_metadata.h), then the
// main text (html_blocks.h segments, main_text.h selects).
#include "clean/html_page.h"

#include <utility>

#include "clean/html_blocks.h"
#include "clean/html_metadata.h"
#include "clean/main_text.h"
#include "clean/meta_line.h"
#include "common/strings.h"

namespace vigie::clean {
namespace {

bool SaysModified(std::string_view line) {
  std::string l = AsciiLower(line);
  for (std::string_view cue : {"mis \xc3\xa0 jour", "mise \xc3\xa0 jour", "modifi", "actualis",
                               "updated", "last update"}) {
    if (l.find(cue) != std::string::npos) return true;
  }
  return false;
}

// The by-line and date lines of the article's header fill what the markup
// did not state (many pages print the date only as text). A line about an
// update never gives the publication date.
void FillFromHeaderLines(const std::vector<std::string>& lines, ingest::PageMetadata* meta) {
  for (const std::string& line : lines) {
    if (meta->published && !meta->authors.empty()) return;
    if (line.size() > 200) continue;
    std::optional<MetaLine> ml = ParseMetaLine(line);
    if (!ml) continue;
    if (!meta->published && ml->date && !SaysModified(line)) meta->published = ml->date;
    if (meta->authors.empty() && !ml->authors.empty()) meta->authors = ml->authors;
  }
}

}  // namespace

ingest::Page ExtractHtmlPage(const ingest::HtmlDocument& doc, std::string_view url) {
  ingest::Page page;
  page.meta = ExtractHtmlMetadata(doc.root(), url);
  if (doc.guard_report().dropped_tags > 0) page.warnings.push_back("html_nesting_flattened");
  HtmlSegmentation seg = SegmentHtml(doc.root());
  MainText text = SelectMainText(seg, page.meta.title.value_or(""));
  FillFromHeaderLines(text.header_lines, &page.meta);
  page.blocks = std::move(text.blocks);
  page.removed = std::move(text.removed);
  return page;
}

}  // namespace vigie::clean
