// HtmlDocument: an HTML5 page parsed by gumbo, safe on hostile input
// (nesting hundreds of thousands deep is parsed and freed without recursion).
#ifndef VIGIE_INGEST_HTML_PARSER_H_
#define VIGIE_INGEST_HTML_PARSER_H_

#include <gumbo.h>

#include <memory>
#include <string_view>

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

  // Parses `html` (valid UTF-8). The tree borrows nothing from `html`.
  static Result<HtmlDocument> Parse(std::string_view html);

  const GumboNode* root() const;  // the <html> element (never null)

 private:
  HtmlDocument() = default;
  GumboOutput* output_ = nullptr;
};

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_HTML_PARSER_H_
