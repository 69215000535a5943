// libFuzzer target for the HTML path: bytes -> HtmlDocument (guard + gumbo)
// -> ExtractHtmlPage (metadata, JSON-LD, segmentation, main text).
#include <cstddef>
#include <cstdint>
#include <string>

#include "clean/html_page.h"
#include "common/utf8.h"
#include "ingest/html_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string html(reinterpret_cast<const char*>(data), size);
  vigie::RepairUtf8(&html);  // readers hand over valid UTF-8 only
  vigie::Result<vigie::ingest::HtmlDocument> doc = vigie::ingest::HtmlDocument::Parse(html);
  if (!doc.ok()) return 0;
  vigie::ingest::Page page = vigie::clean::ExtractHtmlPage(*doc, "https://exemple.fr/a/b.html");
  (void)page;
  return 0;
}
