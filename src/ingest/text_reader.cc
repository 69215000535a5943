// Plain text to blocks. Paragraphs are separated by blank lines (lines of
// only white space, no-break spaces included); the lines of a paragraph are
// joined with a space. The title is the first non-blank line when a blank
// line follows it and it is no sentence (IsSentenceLine); a text whose
// first paragraph has several lines has no title here (the text rules may
// still find one). Line ends of every system are accepted (see
// text_lines.h). One pass; each byte is looked at a bounded number of
// times, so a 50 MB single line costs 50 MB of work.
#include "ingest/text_reader.h"

#include <string>
#include <vector>

#include "common/strings.h"
#include "common/utf8.h"
#include "ingest/text_lines.h"

namespace vigie::ingest {

Page ReadTextPage(std::string_view text) {
  // The pipeline repairs UTF-8 before reading; a direct caller may not have.
  if (!IsValidUtf8(text)) {
    std::string repaired(text);
    RepairUtf8(&repaired);
    return ReadTextPage(repaired);
  }
  Page page;
  std::vector<std::string_view> lines = SplitTextLines(text);
  size_t i = 0;
  while (i < lines.size() && IsBlankLine(lines[i])) ++i;
  if (i + 1 < lines.size() && IsBlankLine(lines[i + 1]) && !IsSentenceLine(lines[i])) {
    page.meta.title = CollapseWhitespace(lines[i]);
    ++i;
  }
  std::string paragraph;
  auto flush = [&] {
    if (!paragraph.empty()) page.blocks.push_back({BlockKind::kParagraph, 0, std::move(paragraph)});
    paragraph.clear();
  };
  for (; i < lines.size(); ++i) {
    if (IsBlankLine(lines[i])) {
      flush();
      continue;
    }
    if (!paragraph.empty()) paragraph.push_back(' ');
    paragraph += CollapseWhitespace(lines[i]);
  }
  flush();
  return page;
}

}  // namespace vigie::ingest
