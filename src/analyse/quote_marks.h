// Quotation marks: the spans of text between an opening and a closing mark
// (« », “ ”, „ “, straight "), outermost only, in the French multi-paragraph
// style too. Whether a span is a quotation or the author's scare quotes is
// decided later (quotes.cc); this file only pairs the marks.
#ifndef VIGIE_ANALYSE_QUOTE_MARKS_H_
#define VIGIE_ANALYSE_QUOTE_MARKS_H_

#include <cstddef>
#include <vector>

#include "analyse/analysis_text.h"

namespace vigie::analyse {

inline constexpr size_t kNoToken = static_cast<size_t>(-1);

// One outermost quoted span, in token indices of the AnalysisText.
struct QuotedSpan {
  size_t open = 0;              // the opening mark
  size_t close = kNoToken;      // the closing mark; kNoToken when unclosed
  size_t begin = 0, end = 0;    // the content tokens [begin, end), non-empty
  size_t first_paragraph = 0, last_paragraph = 0;
  bool closed() const { return close != kNoToken; }
};

// The outermost quoted spans of `text`, in order, non-overlapping. Marks
// nested inside a span are part of its content. A span left open at the
// end of a paragraph continues into the next paragraph when that one opens
// with the same kind of mark (French style: each continued paragraph
// reopens with «, only the last closes); otherwise it ends with the
// paragraph. Straight double quotes open when glued to the next word and
// close when glued to the previous one. Thread-safe.
std::vector<QuotedSpan> FindQuotedSpans(const AnalysisText& text);

// 1 for an opening mark, 2 for a closing mark, 3 for a straight double
// quote (either), 0 for any other token.
int QuoteMarkType(const AnalysisText& text, size_t token);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_QUOTE_MARKS_H_
