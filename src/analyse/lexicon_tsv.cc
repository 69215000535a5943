#include "analyse/lexicon_tsv.h"

#include "analyse/tsv.h"

namespace vigie::analyse {

Status ReadTsvLexicon(std::string_view content, std::string_view file_name,
                      const std::vector<std::string_view>& columns,
                      const std::function<Status(const TsvRow&)>& row_fn) {
  Result<TsvTable> table = TsvTable::Parse(std::string(content), std::string(file_name));
  if (!table.ok()) return table.status();
  std::vector<int> index;
  for (std::string_view c : columns) {
    index.push_back(table->Column(c));
    if (index.back() < 0) {
      return Status::InvalidArgument(std::string(file_name) + ": no column '" + std::string(c) +
                                     "' in the header line");
    }
  }
  TsvRow row;
  for (size_t r = 0; r < table->rows(); ++r) {
    row.line = table->Line(r);
    row.cells.clear();
    for (size_t c = 0; c < columns.size(); ++c) {
      row.cells.push_back(table->Field(r, index[c]));
      if (row.cells.back().empty()) {
        return Status::InvalidArgument(table->Where(r) + ": empty column '" +
                                       std::string(columns[c]) + "'");
      }
    }
    Status st = row_fn(row);
    if (!st.ok()) return Status::InvalidArgument(table->Where(r) + ": " + st.message());
  }
  return Status::Ok();
}

Result<std::string> ReadLexiconFile(const std::string& path) { return ReadDataFile(path); }

}  // namespace vigie::analyse
