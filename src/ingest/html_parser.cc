#include "ingest/html_parser.h"

#include <utility>

namespace vigie::ingest {

// PLACEHOLDER destruction is recursive in gumbo; being replaced in this session.
HtmlDocument::HtmlDocument(HtmlDocument&& o) noexcept : output_(std::exchange(o.output_, nullptr)) {}
HtmlDocument& HtmlDocument::operator=(HtmlDocument&& o) noexcept {
  std::swap(output_, o.output_);
  return *this;
}
HtmlDocument::~HtmlDocument() {
  if (output_) gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

Result<HtmlDocument> HtmlDocument::Parse(std::string_view html) {
  HtmlDocument doc;
  doc.output_ = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (doc.output_ == nullptr) return Status::Corruption("HTML parser failed");
  return doc;
}

const GumboNode* HtmlDocument::root() const { return output_->root; }

}  // namespace vigie::ingest
