#include "ingest/text_reader.h"

#include <string>
#include <vector>

#include "common/strings.h"

namespace vigie::ingest {

Page ReadTextPage(std::string_view text) {
  Page page;
  std::vector<std::string_view> lines = SplitLines(text);
  size_t i = 0;
  while (i < lines.size() && Trim(lines[i]).empty()) ++i;
  // The title: a first line followed by a blank line.
  if (i + 1 < lines.size() && Trim(lines[i + 1]).empty()) {
    page.meta.title = CollapseWhitespace(lines[i]);
    ++i;
  }
  std::string paragraph;
  auto flush = [&] {
    if (!paragraph.empty()) page.blocks.push_back({BlockKind::kParagraph, 0, paragraph});
    paragraph.clear();
  };
  for (; i < lines.size(); ++i) {
    std::string line = CollapseWhitespace(lines[i]);
    if (line.empty()) {
      flush();
      continue;
    }
    if (!paragraph.empty()) paragraph.push_back(' ');
    paragraph += line;
  }
  flush();
  return page;
}

}  // namespace vigie::ingest
