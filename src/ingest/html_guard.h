// HtmlGuard: a linear pre-pass over HTML bytes that keeps gumbo out of its
// quadratic and explosive corners (deep nesting, piles of unclosed
// formatting elements) by dropping the tags that would exceed the limits,
// text kept. See html_guard.cc for the method.
#ifndef VIGIE_INGEST_HTML_GUARD_H_
#define VIGIE_INGEST_HTML_GUARD_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace vigie::ingest {

struct HtmlLimits {
  // Open elements deeper than this are not created: their tags are dropped
  // and their content goes to the element at the limit. 512 is Blink's
  // kMaximumHTMLParserDOMTreeDepth: pages that work in Chrome fit in it.
  int max_depth = 512;
  // Formatting elements (b, i, font...) left open at once. HTML re-creates
  // every open formatting element in each new block ("reconstruct the active
  // formatting elements"), so N open ones cost N nodes per paragraph.
  int max_open_formatting = 12;
};

struct GuardReport {
  int64_t max_depth = 0;     // deepest nesting the scan saw, before limiting
  int64_t dropped_tags = 0;  // start and end tags removed
};

// Scans `html`. When no tag needs dropping, returns with `*rewritten`
// untouched and report.dropped_tags == 0: parse `html` itself. Otherwise
// `*rewritten` holds `html` without the dropped tags. Linear time and memory.
GuardReport GuardHtml(std::string_view html, const HtmlLimits& limits, std::string* rewritten);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_HTML_GUARD_H_
