// Lines of plain text and Markdown as files from many systems write them.
#ifndef VIGIE_INGEST_TEXT_LINES_H_
#define VIGIE_INGEST_TEXT_LINES_H_

#include <string_view>
#include <vector>

namespace vigie::ingest {

// The lines of `text`, as views into it. A leading byte-order mark is
// skipped. Lines end at "\n", "\r\n", a lone "\r" (old Mac files), a form
// feed (page breaks of text extracted from PDFs) and U+2028 LINE SEPARATOR;
// U+2029 PARAGRAPH SEPARATOR ends a line and adds a blank one. Linear time.
std::vector<std::string_view> SplitTextLines(std::string_view text);

// True for a line of only white space, Unicode spaces included (no-break
// spaces, zero-width spaces, BOMs).
bool IsBlankLine(std::string_view line);

// A first line that is a sentence of the text rather than its title: it
// has at least four words and ends with a full stop (not an ellipsis: "The
// attack was the deadliest of the year."), or with "!" or "?" after another
// sentence ("... de civils. Gloire à nos martyrs !"). Titles end without a
// full stop, and hold one sentence.
bool IsSentenceLine(std::string_view line);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_TEXT_LINES_H_
