// Paragraphs of a text: maximal runs of lines that are not blank (a blank
// line holds only spaces, tabs or a carriage return). Document::text
// separates its paragraphs with "\n\n"; raw text may use any blank line.
#ifndef VIGIE_TEXT_PARAGRAPHS_H_
#define VIGIE_TEXT_PARAGRAPHS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace vigie::text {

struct ParagraphSpan {
  size_t byte_start = 0, byte_end = 0;  // without the white space around it
  int64_t start = 0, end = 0;           // the same, in code points
};

// The paragraphs of `text`, in order. Thread-safe; keeps nothing.
std::vector<ParagraphSpan> SplitParagraphs(std::string_view text);

}  // namespace vigie::text

#endif  // VIGIE_TEXT_PARAGRAPHS_H_
