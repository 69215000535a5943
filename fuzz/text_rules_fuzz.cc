// libFuzzer target for the text rules: any bytes, cut into blocks on
// newlines (the first byte of each line picks its kind), through
// ApplyTextRules as text, Markdown and HTML. Checks that nothing is lost:
// every input block ends up in the text, in `removed`, or as the title, and
// that all output is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "clean/text_rules.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "ingest/page.h"

namespace {

vigie::ingest::Page MakePage(std::string_view input) {
  vigie::ingest::Page page;
  size_t start = 0;
  while (start <= input.size()) {
    size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    std::string line(input.substr(start, end - start));
    vigie::RepairUtf8(&line);
    line = vigie::CollapseWhitespace(line);  // as every reader delivers blocks
    auto kind = vigie::ingest::BlockKind::kParagraph;
    if (!line.empty() && line[0] == '#') kind = vigie::ingest::BlockKind::kHeading;
    if (!line.empty() && line[0] == '-') kind = vigie::ingest::BlockKind::kListItem;
    if (!line.empty() && line[0] == '|') kind = vigie::ingest::BlockKind::kTable;
    page.blocks.push_back({kind, 1, std::move(line)});
    start = end + 1;
  }
  return page;
}

size_t Bytes(const vigie::ingest::Page& page) {
  size_t n = 0;
  for (const auto& b : page.blocks) n += b.text.size();
  for (const auto& r : page.removed) n += r.size();
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  for (vigie::Format format :
       {vigie::Format::kText, vigie::Format::kMarkdown, vigie::Format::kHtml}) {
    vigie::ingest::Page page = MakePage(input);
    size_t before = Bytes(page);
    vigie::clean::TextFindings f = vigie::clean::ApplyTextRules(format, &page);
    size_t title = f.title ? f.title->size() : 0;
    // Blocks are kept, removed or become the title; splitting a trailing
    // Source line off a paragraph drops at most the white space between.
    if (Bytes(page) + title + 2 * page.removed.size() + 4 < before) std::abort();
    for (const auto& b : page.blocks) {
      if (!vigie::IsValidUtf8(b.text)) std::abort();
    }
    for (const auto& a : f.authors) {
      if (!vigie::IsValidUtf8(a)) std::abort();
    }
  }
  return 0;
}
