#include "text/paragraphs.h"

#include "common/utf8.h"

namespace vigie::text {
namespace {

bool IsBlankLine(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r') return false;
  return true;
}

}  // namespace

std::vector<ParagraphSpan> SplitParagraphs(std::string_view text) {
  std::vector<ParagraphSpan> out;
  bool open = false;
  ParagraphSpan cur;
  size_t pos = 0;
  while (true) {
    size_t nl = text.find('\n', pos);
    size_t line_end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, line_end - pos);
    if (IsBlankLine(line)) {
      if (open) out.push_back(cur);
      open = false;
    } else {
      size_t first = line.find_first_not_of(" \t\r");
      size_t last = line.find_last_not_of(" \t\r") + 1;
      if (!open) {
        cur = ParagraphSpan();
        cur.byte_start = pos + first;
        open = true;
      }
      cur.byte_end = pos + last;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  if (open) out.push_back(cur);
  CodePointCursor cursor(text);
  for (ParagraphSpan& p : out) {
    p.start = cursor.ToCodePoints(p.byte_start);
    p.end = cursor.ToCodePoints(p.byte_end);
  }
  return out;
}

}  // namespace vigie::text
