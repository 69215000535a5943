#include "ingest/text_lines.h"

#include "common/strings.h"
#include "common/utf8.h"
#include "text/tokenizer.h"

namespace vigie::ingest {

std::vector<std::string_view> SplitTextLines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string_view> lines;
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    size_t end = i;  // end of the line
    size_t next;     // start of the next line
    bool paragraph = false;
    if (c == '\n' || c == '\f') {
      next = i + 1;
    } else if (c == '\r') {
      next = i + 1 < text.size() && text[i + 1] == '\n' ? i + 2 : i + 1;
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
               (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      paragraph = text[i + 2] == '\xA9';
      next = i + 3;
    } else {
      ++i;
      continue;
    }
    lines.push_back(text.substr(start, end - start));
    if (paragraph) lines.push_back(std::string_view());
    start = i = next;
  }
  lines.push_back(text.substr(start));
  return lines;
}

bool IsBlankLine(std::string_view line) {
  if (line.empty()) return true;
  char c = line[0];
  // Fast path: a line that opens with a visible ASCII character.
  if (static_cast<unsigned char>(c) < 0x80 && c != ' ' && c != '\t' && c != '\v' && c != '\f') {
    return false;
  }
  return Trim(line).empty();
}

bool IsSentenceLine(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.size() < 2 || CountWords(line) < 4) return false;
  if (line.back() == '.' && line[line.size() - 2] != '.') return true;
  // Sentences that end on "!" or "?", after another one: "... de civils.
  // Gloire à nos martyrs !" is text, not a title that ends on an exclamation.
  if (line.back() != '!' && line.back() != '?') return false;
  // A capital letter opens the next sentence ("É" too).
  auto capital_at = [&](size_t k) { return text::IsUpperChar(DecodeUtf8(line, &k)); };
  for (size_t i = 1; i + 2 < line.size(); ++i) {
    const char c = line[i];
    if ((c != '.' && c != '!' && c != '?') || line[i + 1] != ' ' || !capital_at(i + 2)) continue;
    // Not an ellipsis, nor an initial or an abbreviation ("M. Macron").
    const char before = line[i - 1];
    if (c == '.' && (before == '.' || (before >= 'A' && before <= 'Z'))) continue;
    return true;
  }
  return false;
}

}  // namespace vigie::ingest
