// Reading the lexicons under data/lexicons/ row by row: a callback over the
// rows of a TsvTable (tsv.h, the one reader of data files), with the
// columns asked for in that order and no empty cell. Every error names the
// file and the line, so that a user who extends a lexicon knows what to
// fix; nothing in a bad file can crash the reader.
#ifndef VIGIE_ANALYSE_LEXICON_TSV_H_
#define VIGIE_ANALYSE_LEXICON_TSV_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/status.h"

namespace vigie::analyse {

// One data line of a TSV lexicon: its 1-based line number and its cells
// (views into the file's content, trimmed of spaces).
struct TsvRow {
  size_t line = 0;
  std::vector<std::string_view> cells;
};

// Calls `row_fn` for every data line of `content`, in order, with the cells
// of `columns` (which the header must name; other columns are ignored),
// none empty. Errors are InvalidArgument("<file>:<line>:
// <what>"); an error returned by `row_fn` is returned with the file and
// line added in front of its message. `file_name` is only used in messages.
Status ReadTsvLexicon(std::string_view content, std::string_view file_name,
                      const std::vector<std::string_view>& columns,
                      const std::function<Status(const TsvRow&)>& row_fn);

// The whole content of the file at `path`, or NotFound / IoError.
Result<std::string> ReadLexiconFile(const std::string& path);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_LEXICON_TSV_H_
