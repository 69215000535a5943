// HTML page -> Page: metadata from the markup (html_metadata.h), then the
// main text (html_blocks.h segments, main_text.h selects).
#include "clean/html_page.h"

#include <cctype>
#include <utility>

#include "clean/html_blocks.h"
#include "clean/html_metadata.h"
#include "clean/main_text.h"
#include "clean/meta_line.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "ingest/html_parser.h"

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

// Pages rendered by scripts carry little text in their markup, and paywalled
// ones a teaser, while their JSON-LD states the whole articleBody (for
// search engines). When the body is at least kMinStructuredChars and the
// selected text under kStructuredShare of it, the body is the text.
constexpr size_t kMinStructuredChars = 200;
constexpr double kStructuredShare = 0.5;

size_t VisibleLength(const std::vector<ingest::Block>& blocks) {
  size_t n = 0;
  for (const ingest::Block& b : blocks) n += CodePointCount(b.text);
  return n;
}

bool LooksLikeMarkup(std::string_view s) {
  for (size_t i = s.find('<'); i != std::string_view::npos && i + 1 < s.size();
       i = s.find('<', i + 1)) {
    char c = s[i + 1];
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '/') return true;
  }
  return false;
}

// The structured body as blocks: parsed as HTML when it holds markup, else
// one paragraph per line.
std::vector<ingest::Block> StructuredBlocks(const std::string& body) {
  std::vector<ingest::Block> out;
  if (LooksLikeMarkup(body)) {
    Result<ingest::HtmlDocument> doc = ingest::HtmlDocument::Parse(body);
    if (!doc.ok()) return out;
    for (HtmlBlock& b : SegmentHtml(doc->root()).blocks) out.push_back(std::move(b.block));
    return out;
  }
  for (std::string_view line : SplitLines(body)) {
    std::string text = CollapseWhitespace(line);
    if (text.empty()) continue;
    ingest::Block b;
    b.text = std::move(text);
    out.push_back(std::move(b));
  }
  return out;
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
  if (page.meta.structured_body) {
    size_t body = CodePointCount(CollapseWhitespace(*page.meta.structured_body));
    size_t markup = VisibleLength(page.blocks);
    if (body >= kMinStructuredChars && markup < kStructuredShare * body) {
      std::vector<ingest::Block> blocks = StructuredBlocks(*page.meta.structured_body);
      if (VisibleLength(blocks) > markup) {
        page.blocks = std::move(blocks);
        page.warnings.push_back("text_from_structured_data");
      }
    }
  }
  page.meta.structured_body.reset();  // read; no need to carry it further
  return page;
}

}  // namespace vigie::clean
