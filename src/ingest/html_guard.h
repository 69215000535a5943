// HtmlGuard: a linear pre-pass over HTML bytes that keeps gumbo out of its
// quadratic and explosive corners (deep nesting, piles of unclosed
// formatting elements) by dropping the tags that would exceed the limits,
// text kept, and that spares gumbo the bodies of <script> and <style>
// elements nothing reads (half the bytes of a news page). See
// html_guard.cc for the method.
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
  // Not a limit, a saving: empty the bodies of <style> elements and of
  // <script> elements other than JSON-LD (type application/ld+json, which
  // the metadata reader parses), tags kept. The tree is gumbo's own but for
  // those text nodes. Off: bodies kept, as the bytes were.
  bool empty_unread_raw_text = true;
};

struct GuardReport {
  int64_t max_depth = 0;        // deepest nesting the scan saw, before limiting
  int64_t dropped_tags = 0;     // start and end tags removed
  int64_t emptied_elements = 0; // <script>/<style> elements whose body was removed
  int64_t emptied_bytes = 0;    // bytes of those bodies
  // The scan met markup where its model of the tokenizer may part from
  // gumbo's (a <style> in a <select>, HTML inside <svg>, a frameset...):
  // no body after that point was emptied.
  bool emptying_stopped = false;

  bool rewritten() const { return dropped_tags > 0 || emptied_bytes > 0; }
};

// Scans `html`. When nothing needs removing, returns with `*rewritten`
// untouched and report.rewritten() false: parse `html` itself. Otherwise
// `*rewritten` holds `html` without the dropped tags and emptied bodies.
// Linear time and memory.
GuardReport GuardHtml(std::string_view html, const HtmlLimits& limits, std::string* rewritten);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_HTML_GUARD_H_
