// TsvTable: the one reader of the analysis layers' data files (gazetteers,
// lexicons, place tables), all tab-separated UTF-8 that people edit by hand.
//
// The format (data/gazetteers/README.md): a line starting with '#' is a
// comment and a blank line is nothing; the first other line is the header,
// naming the columns; every row has exactly as many fields as the header.
// CRLF line ends and a leading byte-order mark are accepted; spaces around a
// field are dropped. Columns are looked up by name, so a file may add or
// reorder columns without breaking its reader.
//
// Errors name the file and line and say why ("persons.tsv:12: 2 fields,
// the header has 3"): invalid UTF-8, a missing header, a wrong field count,
// a missing required column. Never a crash, whatever the bytes.
#ifndef VIGIE_ANALYSE_TSV_H_
#define VIGIE_ANALYSE_TSV_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/status.h"

namespace vigie::analyse {

// A whole table in memory. Immutable after Parse; thread-compatible.
// Copyable and movable (it owns its bytes).
class TsvTable {
 public:
  // Parses `content`; `name` (usually the path) prefixes every error.
  static Result<TsvTable> Parse(std::string content, std::string name);
  // Reads and parses the file at `path`; a missing file is NotFound.
  static Result<TsvTable> ReadFile(const std::string& path);

  const std::string& name() const { return name_; }
  const std::vector<std::string>& columns() const { return columns_; }
  size_t rows() const { return lines_.size(); }

  // Index of the column called `column`, or -1.
  int Column(std::string_view column) const;
  // InvalidArgument naming the file and the first of `required` missing.
  Status RequireColumns(std::initializer_list<std::string_view> required) const;

  // Field `column` of row `row`; empty for column -1. REQUIRES: row < rows(),
  // column < columns().size().
  std::string_view Field(size_t row, int column) const;

  // "name:line" of row `row`, for the callers' own errors about a value.
  std::string Where(size_t row) const;
  // The 1-based line of the file that holds row `row`.
  size_t Line(size_t row) const { return lines_[row]; }

 private:
  struct Piece {
    uint32_t offset = 0, size = 0;
  };
  std::string content_;
  std::string name_;
  std::vector<std::string> columns_;
  std::vector<Piece> fields_;     // rows() * columns().size(), row-major
  std::vector<uint32_t> lines_;   // 1-based line of each row
};

// The whole content of the data file at `path`: NotFound when it cannot be
// opened, IoError when it cannot be read.
Result<std::string> ReadDataFile(const std::string& path);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_TSV_H_
