#include "analyse/tsv.h"

#include <fstream>
#include <limits>
#include <sstream>

#include "common/utf8.h"

namespace vigie::analyse {
namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool IsBlank(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t') return false;
  return true;
}

}  // namespace

Result<TsvTable> TsvTable::Parse(std::string content, std::string name) {
  TsvTable t;
  t.name_ = std::move(name);
  if (content.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::ResourceExhausted(t.name_ + ": file over 4 GiB");
  }
  t.content_ = std::move(content);
  std::string_view all = t.content_;
  size_t pos = 0;
  if (all.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  bool have_header = false;
  for (uint32_t line_no = 1; pos < all.size(); ++line_no) {
    size_t eol = all.find('\n', pos);
    if (eol == std::string_view::npos) eol = all.size();
    const size_t line_start = pos;
    std::string_view line = all.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!IsValidUtf8(line)) {
      return Status::Corruption(t.name_ + ":" + std::to_string(line_no) + ": invalid UTF-8");
    }
    if (IsBlank(line) || line.front() == '#') continue;
    const size_t before = t.fields_.size();
    for (size_t f = 0;;) {
      size_t tab = line.find('\t', f);
      std::string_view field = line.substr(f, tab == std::string_view::npos ? line.npos : tab - f);
      std::string_view trimmed = TrimSpaces(field);
      size_t offset = line_start + static_cast<size_t>(trimmed.data() - line.data());
      t.fields_.push_back(
          Piece{static_cast<uint32_t>(offset), static_cast<uint32_t>(trimmed.size())});
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    const size_t n = t.fields_.size() - before;
    if (!have_header) {
      have_header = true;
      for (size_t k = before; k < t.fields_.size(); ++k) {
        std::string column(all.substr(t.fields_[k].offset, t.fields_[k].size));
        if (column.empty()) {
          return Status::Corruption(t.name_ + ":" + std::to_string(line_no) +
                                    ": empty column name in the header");
        }
        t.columns_.push_back(std::move(column));
      }
      t.fields_.clear();
      continue;
    }
    if (n != t.columns_.size()) {
      return Status::Corruption(t.name_ + ":" + std::to_string(line_no) + ": " +
                                std::to_string(n) + " fields, the header has " +
                                std::to_string(t.columns_.size()));
    }
    t.lines_.push_back(line_no);
  }
  if (!have_header) return Status::Corruption(t.name_ + ": no header line");
  return t;
}

Result<std::string> ReadDataFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return std::move(ss).str();
}

Result<TsvTable> TsvTable::ReadFile(const std::string& path) {
  Result<std::string> content = ReadDataFile(path);
  if (!content.ok()) return content.status();
  return Parse(std::move(*content), path);
}

int TsvTable::Column(std::string_view column) const {
  for (size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == column) return static_cast<int>(i);
  return -1;
}

Status TsvTable::RequireColumns(std::initializer_list<std::string_view> required) const {
  for (std::string_view c : required) {
    if (Column(c) < 0) {
      return Status::InvalidArgument(name_ + ": no column \"" + std::string(c) +
                                     "\" in the header");
    }
  }
  return Status::Ok();
}

std::string_view TsvTable::Field(size_t row, int column) const {
  if (column < 0) return {};
  const Piece& p = fields_[row * columns_.size() + static_cast<size_t>(column)];
  return std::string_view(content_).substr(p.offset, p.size);
}

std::string TsvTable::Where(size_t row) const { return name_ + ":" + std::to_string(lines_[row]); }

}  // namespace vigie::analyse
