// libFuzzer target for the Markdown and plain-text readers. Raw bytes must
// never crash or hang them; on valid UTF-8 (what the pipeline gives them,
// after RepairUtf8) the invariants later stages rely on must hold: block
// text is trimmed and has no line breaks except in tables and code, rules
// carry no text, levels are in range, and StripInlineMarkdown never
// yields more text than its input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "ingest/markdown_reader.h"
#include "ingest/text_reader.h"

namespace {

void CheckPage(const vigie::ingest::Page& page) {
  using vigie::ingest::BlockKind;
  for (const vigie::ingest::Block& b : page.blocks) {
    if (b.kind == BlockKind::kRule) {
      if (!b.text.empty()) std::abort();
      continue;
    }
    if (b.text.empty() || b.text.front() == ' ' || b.text.back() == ' ') std::abort();
    bool multiline = b.kind == BlockKind::kTable || b.kind == BlockKind::kPreformatted;
    if (!multiline && b.text.find('\n') != std::string::npos) std::abort();
    if (b.kind == BlockKind::kListItem && b.level < 1) std::abort();
    if (b.kind == BlockKind::kHeading && (b.level < 1 || b.level > 6)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  (void)vigie::ingest::ReadMarkdownPage(raw);
  (void)vigie::ingest::ReadTextPage(raw);
  (void)vigie::ingest::StripInlineMarkdown(raw);

  std::string repaired(raw);
  vigie::RepairUtf8(&repaired);
  std::string_view s(repaired);
  CheckPage(vigie::ingest::ReadMarkdownPage(s));
  CheckPage(vigie::ingest::ReadTextPage(s));
  // An entity expands to at most 4 bytes ("&#1;" is 4 bytes long, U+FFFD
  // is 3), so plain text never grows.
  if (vigie::ingest::StripInlineMarkdown(s).size() > s.size()) std::abort();
  return 0;
}
