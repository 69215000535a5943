// HtmlDocument: an HTML5 page parsed by gumbo, safe on hostile input
// (nesting hundreds of thousands deep is parsed in linear time, flattened
// below 512 levels, and freed without recursion). See html_parser.cc.
#ifndef VIGIE_INGEST_HTML_PARSER_H_
#define VIGIE_INGEST_HTML_PARSER_H_

#include <gumbo.h>

#include <memory>
#include <string_view>

#include "ingest/html_guard.h"
#include "vigie/status.h"

namespace vigie::ingest {

// Owns the gumbo parse tree. Movable, not copyable. Thread-compatible: a
// const HtmlDocument may be read from several threads.
class HtmlDocument {
 public:
  HtmlDocument(HtmlDocument&&) noexcept;
  HtmlDocument& operator=(HtmlDocument&&) noexcept;
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;
  ~HtmlDocument();

  // Parses `html` (valid UTF-8). The tree borrows nothing from `html`,
  // except the nodes' original_* string pieces, which must not be used.
  static Result<HtmlDocument> Parse(std::string_view html);

  const GumboNode* root() const;  // the <html> element (never null)

  // What the pre-parse guard did: dropped_tags > 0 when the page was nested
  // beyond the limits and was flattened.
  const GuardReport& guard_report() const { return guard_report_; }

  struct AllocHeader;  // header of each gumbo allocation (html_parser.cc)

 private:
  HtmlDocument() = default;
  std::unique_ptr<AllocHeader> arena_;  // sentinel of the list of gumbo's blocks
  GumboOutput* output_ = nullptr;
  GuardReport guard_report_;
};

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_HTML_PARSER_H_
