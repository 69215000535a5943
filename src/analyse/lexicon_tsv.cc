#include "analyse/lexicon_tsv.h"

#include <fstream>
#include <sstream>

#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::analyse {
namespace {

std::string Where(std::string_view file, size_t line) {
  return std::string(file) + ":" + std::to_string(line) + ": ";
}

void SplitTabs(std::string_view line, std::vector<std::string_view>* cells) {
  cells->clear();
  size_t begin = 0;
  while (true) {
    size_t tab = line.find('\t', begin);
    std::string_view cell = line.substr(begin, tab == std::string_view::npos ? tab : tab - begin);
    cells->push_back(Trim(cell));
    if (tab == std::string_view::npos) break;
    begin = tab + 1;
  }
}

}  // namespace

Status ReadTsvLexicon(std::string_view content, std::string_view file_name,
                      const std::vector<std::string_view>& columns,
                      const std::function<Status(const TsvRow&)>& row_fn) {
  if (!IsValidUtf8(content)) {
    return Status::InvalidArgument(std::string(file_name) + ": not valid UTF-8");
  }
  bool header_seen = false;
  TsvRow row;
  size_t line_no = 0;
  for (std::string_view line : SplitLines(content)) {
    ++line_no;
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    row.line = line_no;
    SplitTabs(line, &row.cells);
    if (!header_seen) {
      if (row.cells != columns) {
        std::string expected;
        for (std::string_view c : columns) expected += (expected.empty() ? "" : "<TAB>") + std::string(c);
        return Status::InvalidArgument(Where(file_name, line_no) + "expected the header line '" +
                                       expected + "'");
      }
      header_seen = true;
      continue;
    }
    if (row.cells.size() != columns.size()) {
      return Status::InvalidArgument(Where(file_name, line_no) + "expected " +
                                     std::to_string(columns.size()) +
                                     " columns separated by tabs, found " +
                                     std::to_string(row.cells.size()));
    }
    for (size_t c = 0; c < row.cells.size(); ++c) {
      if (row.cells[c].empty()) {
        return Status::InvalidArgument(Where(file_name, line_no) + "empty column '" +
                                       std::string(columns[c]) + "'");
      }
    }
    Status st = row_fn(row);
    if (!st.ok()) return Status::InvalidArgument(Where(file_name, line_no) + st.message());
  }
  if (!header_seen) {
    return Status::InvalidArgument(std::string(file_name) + ": no header line");
  }
  return Status::Ok();
}

Result<std::string> ReadLexiconFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open lexicon " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read lexicon " + path);
  return ss.str();
}

}  // namespace vigie::analyse
