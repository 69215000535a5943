// Markdown scraped from web pages, to blocks.
//
// The idea: read line by line, as CommonMark does, but only the block
// structure scrapers produce (html2text, trafilatura, jina, clippers):
// headings, paragraphs, lists, block quotes, rules, code, pipe tables,
// footnote and link definitions. The inline layer is markdown_inline.cc.
// One pass, no recursion: containers are a quote depth (counted from the
// ">" prefix of each line) and a stack of list indents, both plain numbers.
//
// Choices, and why:
// - The title is the first heading before any prose; navigation lines made
//   of links (breadcrumbs, "[Accueil](/) > [Monde](/monde)") are not prose.
//   When several headings precede the prose ("## Monde" as a kicker above
//   "# Le titre"), the highest-level one wins. Without such a heading, the
//   plain-text rule applies: a one-line first paragraph followed by a blank
//   line. A title from a front matter or jina header wins over both, and a
//   heading repeating it is dropped.
// - Setext underlines ("===" / "---") make a heading only of a paragraph of
//   at most kMaxSetextLines lines; under longer text they are decorative
//   rules, which is what scraped pages mean by them. After a blank line
//   "---" is always a rule.
// - Ordered list markers have at most three digits, so "2016. Une année..."
//   stays a paragraph.
// - Lists: one block per item, level = nesting depth (1 for the outer list),
//   from the item's indent against the indents of the open items. An
//   indented paragraph after a blank line inside a list continues the list
//   as a block of the same level.
// - Footnote definitions ("[^1]: ...", or "[1]: text" that is not a URL)
//   belong to the article: they become paragraphs at the end, in order,
//   while link reference definitions ("[1]: http://...") are dropped.
// - Code (fenced or indented) and tables keep one line per line.
#include "ingest/markdown_reader.h"

#include <algorithm>
#include <string>
#include <vector>

#include "common/strings.h"
#include "common/utf8.h"
#include "ingest/markdown_header.h"
#include "ingest/markdown_inline.h"
#include "ingest/text_lines.h"

namespace vigie::ingest {
namespace {

using internal::InlineText;
using internal::StripInline;

constexpr size_t kMaxSetextLines = 2;
constexpr int kMaxListLevel = 32;  // deeper items are reported at this level

struct Shape {
  int indent = 0;             // columns of leading spaces and tabs
  std::string_view content;   // the line after them
};

Shape ShapeOf(std::string_view line) {
  Shape shape;
  size_t i = 0;
  for (; i < line.size() && (line[i] == ' ' || line[i] == '\t'); ++i) {
    shape.indent = line[i] == '\t' ? (shape.indent / 4 + 1) * 4 : shape.indent + 1;
  }
  shape.content = line.substr(i);
  return shape;
}

// "## Title ##" -> 2 and "Title"; 0 when not an ATX heading.
int AtxLevel(std::string_view content, std::string_view* text) {
  size_t n = 0;
  while (n < content.size() && content[n] == '#') ++n;
  if (n == 0 || n > 6 || (n < content.size() && content[n] != ' ' && content[n] != '\t')) {
    return 0;
  }
  std::string_view rest = Trim(content.substr(n));
  size_t end = rest.size();
  while (end > 0 && rest[end - 1] == '#') --end;
  if (end == 0 || rest[end - 1] == ' ' || rest[end - 1] == '\t') rest = Trim(rest.substr(0, end));
  *text = rest;
  return static_cast<int>(n);
}

// Three or more '-', '*' or '_' (the same), spaces allowed between.
bool IsRule(std::string_view content) {
  std::string_view t = Trim(content);
  if (t.empty() || (t[0] != '-' && t[0] != '*' && t[0] != '_')) return false;
  int count = 0;
  for (char c : t) {
    if (c == t[0]) {
      ++count;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return count >= 3;
}

// "===" -> 1, "---" -> 2, else 0.
int SetextLevel(std::string_view content) {
  std::string_view t = Trim(content);
  if (t.size() < 2 || (t[0] != '=' && t[0] != '-')) return 0;
  if (t.find_first_not_of(t[0]) != std::string_view::npos) return 0;
  return t[0] == '=' ? 1 : 2;
}

// A list marker ("- ", "* ", "+ ", "• ", "1. ", "12) "); `*rest` is the
// item's text.
bool ListMarker(std::string_view content, std::string_view* rest) {
  size_t width = 0;
  if (!content.empty() && (content[0] == '-' || content[0] == '*' || content[0] == '+')) {
    width = 1;
  } else if (StartsWith(content, "\xE2\x80\xA2")) {  // •
    width = 3;
  } else {
    size_t digits = 0;
    while (digits < content.size() && content[digits] >= '0' && content[digits] <= '9') ++digits;
    if (digits == 0 || digits > 3 || digits >= content.size()) return false;
    if (content[digits] != '.' && content[digits] != ')') return false;
    width = digits + 1;
  }
  if (width < content.size() && content[width] != ' ' && content[width] != '\t') return false;
  *rest = Trim(content.substr(std::min(width, content.size())));
  return true;
}

// "```" or "~~~" (three or more) opening a fenced code block.
bool FenceOpen(std::string_view content, char* ch, size_t* len) {
  if (content.empty() || (content[0] != '`' && content[0] != '~')) return false;
  size_t n = content.find_first_not_of(content[0]);
  if (n == std::string_view::npos) n = content.size();
  if (n < 3) return false;
  if (content[0] == '`' && content.find('`', n) != std::string_view::npos) return false;
  *ch = content[0];
  *len = n;
  return true;
}

bool IsFenceClose(std::string_view content, char ch, size_t len) {
  std::string_view t = Trim(content);
  return t.size() >= len && t.find_first_not_of(ch) == std::string_view::npos;
}

// "|:---|---:|": the row under a table's header.
bool IsAlignmentRow(std::string_view line) {
  std::string_view t = Trim(line);
  return t.find('|') != std::string_view::npos && t.find('-') != std::string_view::npos &&
         t.find_first_not_of("|:- \t") == std::string_view::npos;
}

bool HasPipe(std::string_view line) { return line.find('|') != std::string_view::npos; }

// One table row: cells reduced to text, joined with " | ".
std::string TableRow(std::string_view line) {
  std::string_view t = Trim(line);
  if (StartsWith(t, "|")) t.remove_prefix(1);
  if (EndsWith(t, "|") && !EndsWith(t, "\\|")) t.remove_suffix(1);
  std::vector<std::string> cells;
  bool any = false;
  size_t start = 0;
  for (size_t i = 0; i <= t.size(); ++i) {
    if (i < t.size() && t[i] == '\\') {
      ++i;
      continue;
    }
    if (i < t.size() && t[i] != '|') continue;
    cells.push_back(StripInline(t.substr(start, std::min(i, t.size()) - start)).text);
    any = any || !cells.back().empty();
    start = i + 1;
  }
  return any ? Join(cells, " | ") : std::string();
}

// "[label]: rest" at the start of a line; false otherwise.
bool Definition(std::string_view content, std::string_view* label, std::string_view* rest) {
  if (content.empty() || content[0] != '[') return false;
  size_t close = content.find("]:");
  if (close == std::string_view::npos || close < 2 || close > 100) return false;
  *label = content.substr(1, close - 1);
  if (label->find_first_of("[]") != std::string_view::npos) return false;
  *rest = Trim(content.substr(close + 2));
  return true;
}

// "http://x.fr/a", "<url>", "/path", "#id", each optionally with a title.
bool IsLinkDestination(std::string_view rest) {
  if (rest.empty()) return true;
  size_t space = rest.find_first_of(" \t");
  std::string_view url = rest.substr(0, space);
  if (space != std::string_view::npos) {
    std::string_view title = Trim(rest.substr(space));
    if (title.size() < 2) return title.empty();
    char open = title.front(), close = title.back();
    bool quoted = (open == '"' && close == '"') || (open == '\'' && close == '\'') ||
                  (open == '(' && close == ')');
    if (!quoted) return false;
  }
  return url.find("://") != std::string_view::npos || url[0] == '/' || url[0] == '#' ||
         url[0] == '<' || StartsWith(url, "mailto:") || StartsWith(url, "www.");
}

class MarkdownReader {
 public:
  explicit MarkdownReader(std::string_view markdown) : lines_(SplitTextLines(markdown)) {}
  Page Read();

 private:
  enum class Open { kNone, kParagraph, kListItem, kQuote, kFootnote };
  struct Info {
    size_t first_line = 0, line_count = 0;
    bool ended_by_blank = false, mostly_links = false;
  };

  void Line(size_t n);
  void QuoteLine(size_t n, int depth, std::string_view rest);
  bool BlockStart(size_t n, const Shape& shape);
  bool Fence(const Shape& shape);
  bool Table(size_t n, std::string_view content);
  bool DefinitionLine(size_t n, std::string_view content);
  void ListItem(size_t n, int indent, std::string_view text);
  void Start(Open kind, int level, size_t n);
  void AddLine(std::string_view text);
  void Flush(bool by_blank);
  void Emit(BlockKind kind, int level, std::string_view raw, Info info);
  void EmitLines(BlockKind kind, std::vector<std::string>* lines, size_t n);
  void ChooseTitle();

  std::vector<std::string_view> lines_;
  Page page_;
  std::vector<Info> infos_;  // parallel to page_.blocks
  size_t body_ = 0;          // first line after a header
  bool prev_blank_ = true;
  // The open paragraph, list item, quote or footnote.
  Open open_ = Open::kNone;
  int level_ = 0;
  std::string text_;
  Info info_;
  std::vector<int> list_indents_;
  // Fenced and indented code, and tables.
  bool in_fence_ = false, in_indented_ = false, in_table_ = false;
  char fence_char_ = 0;
  size_t fence_len_ = 0;
  std::vector<std::string> code_;
  std::vector<std::string> footnotes_;
};

void MarkdownReader::Start(Open kind, int level, size_t n) {
  open_ = kind;
  level_ = level;
  text_.clear();
  info_ = Info{n, 0, false, false};
}

void MarkdownReader::AddLine(std::string_view text) {
  if (!text_.empty()) text_.push_back('\n');
  text_.append(text);
  ++info_.line_count;
}

void MarkdownReader::Flush(bool by_blank) {
  if (!code_.empty()) {
    EmitLines(in_table_ ? BlockKind::kTable : BlockKind::kPreformatted, &code_, info_.first_line);
  }
  in_table_ = in_indented_ = false;
  if (open_ == Open::kNone) return;
  info_.ended_by_blank = by_blank;
  switch (open_) {
    case Open::kFootnote: footnotes_.push_back(std::move(text_)); break;
    case Open::kListItem: Emit(BlockKind::kListItem, level_, text_, info_); break;
    case Open::kQuote: Emit(BlockKind::kQuote, level_, text_, info_); break;
    default: Emit(BlockKind::kParagraph, 0, text_, info_); break;
  }
  open_ = Open::kNone;
  text_.clear();
}

void MarkdownReader::Emit(BlockKind kind, int level, std::string_view raw, Info info) {
  InlineText inline_text = StripInline(raw);
  if (inline_text.text.empty()) return;
  info.mostly_links = inline_text.MostlyLinks();
  page_.blocks.push_back({kind, level, std::move(inline_text.text)});
  infos_.push_back(info);
}

void MarkdownReader::EmitLines(BlockKind kind, std::vector<std::string>* lines, size_t n) {
  std::string text;
  for (const std::string& line : *lines) {
    std::string collapsed = CollapseWhitespace(line);
    if (collapsed.empty()) continue;
    if (!text.empty()) text.push_back('\n');
    text += collapsed;
  }
  lines->clear();
  if (text.empty()) return;
  page_.blocks.push_back({kind, 0, std::move(text)});
  infos_.push_back(Info{n, 0, false, false});
}

bool MarkdownReader::Fence(const Shape& shape) {
  if (in_fence_) {
    if (IsFenceClose(shape.content, fence_char_, fence_len_)) {
      in_fence_ = false;
      EmitLines(BlockKind::kPreformatted, &code_, info_.first_line);
    } else {
      code_.emplace_back(shape.content);
    }
    return true;
  }
  if (shape.indent >= 4 || !FenceOpen(shape.content, &fence_char_, &fence_len_)) return false;
  Flush(false);
  in_fence_ = true;
  return true;
}

bool MarkdownReader::Table(size_t n, std::string_view content) {
  if (in_table_) {
    if (!HasPipe(content)) {
      Flush(false);
      return false;
    }
    if (!IsAlignmentRow(content)) code_.push_back(TableRow(content));
    return true;
  }
  if (!HasPipe(content) || n + 1 >= lines_.size()) return false;
  std::string_view next = Trim(lines_[n + 1]);
  std::string_view t = Trim(content);
  bool framed = StartsWith(t, "|") && EndsWith(t, "|") && t.size() > 1 && StartsWith(next, "|");
  if (!IsAlignmentRow(next) && !framed) return false;
  Flush(false);
  in_table_ = true;
  info_.first_line = n;
  code_.push_back(TableRow(content));
  return true;
}

bool MarkdownReader::DefinitionLine(size_t n, std::string_view content) {
  std::string_view label, rest;
  if (!Definition(content, &label, &rest)) return false;
  if (label[0] != '^' && IsLinkDestination(rest)) {
    Flush(false);  // a link reference definition: not text
    return true;
  }
  Flush(false);
  Start(Open::kFootnote, 0, n);
  AddLine(rest);
  return true;
}

void MarkdownReader::ListItem(size_t n, int indent, std::string_view text) {
  Flush(false);
  while (!list_indents_.empty() && list_indents_.back() > indent) list_indents_.pop_back();
  if (list_indents_.empty() || list_indents_.back() < indent) list_indents_.push_back(indent);
  int level = std::min(static_cast<int>(list_indents_.size()), kMaxListLevel);
  Start(Open::kListItem, level, n);
  AddLine(text);
}

// Headings, rules, fences, tables, definitions and list items; true if the
// line was one of them.
bool MarkdownReader::BlockStart(size_t n, const Shape& shape) {
  std::string_view content = shape.content, text;
  if (shape.indent >= 4) {
    // Deeply nested list items; otherwise indented code or continuation.
    if (list_indents_.empty() || !ListMarker(content, &text)) return false;
    ListItem(n, shape.indent, text);
    return true;
  }
  if (int level = AtxLevel(content, &text); level > 0) {
    Flush(false);
    list_indents_.clear();
    Emit(BlockKind::kHeading, level, text, Info{n, 1, false, false});
    return true;
  }
  int setext = SetextLevel(content);
  if (setext > 0 && open_ == Open::kParagraph && info_.line_count <= kMaxSetextLines) {
    std::string heading = std::move(text_);
    Info info = info_;
    open_ = Open::kNone;
    Emit(BlockKind::kHeading, setext, heading, info);
    return true;
  }
  if (setext > 0 || IsRule(content)) {
    Flush(false);
    list_indents_.clear();
    page_.blocks.push_back({BlockKind::kRule, 0, ""});
    infos_.push_back(Info{n, 1, false, false});
    return true;
  }
  if (Fence(shape) || Table(n, content) || DefinitionLine(n, content)) return true;
  if (ListMarker(content, &text)) {
    ListItem(n, shape.indent, text);
    return true;
  }
  return false;
}

void MarkdownReader::QuoteLine(size_t n, int depth, std::string_view rest) {
  list_indents_.clear();
  Shape shape = ShapeOf(rest);
  std::string_view text;
  bool starts_block = AtxLevel(shape.content, &text) > 0 || ListMarker(shape.content, &text);
  if (!starts_block) text = shape.content;
  if (IsBlankLine(text) || IsRule(shape.content)) {
    Flush(true);
    return;
  }
  if (open_ != Open::kQuote || level_ != depth || starts_block) {
    Flush(false);
    Start(Open::kQuote, depth, n);
  }
  AddLine(text);
}

void MarkdownReader::Line(size_t n) {
  std::string_view line = lines_[n];
  if (in_fence_) {
    Fence(ShapeOf(line));
    return;
  }
  // Block quote prefix: up to three spaces and '>', repeated.
  int depth = 0;
  std::string_view rest = line;
  for (Shape s = ShapeOf(rest); s.indent < 4 && StartsWith(s.content, ">"); s = ShapeOf(rest)) {
    ++depth;
    rest = s.content.substr(1);
    if (StartsWith(rest, " ")) rest.remove_prefix(1);
  }
  if (depth == 0 && IsBlankLine(line)) {
    Flush(true);
    prev_blank_ = true;
    return;
  }
  bool was_blank = prev_blank_;
  prev_blank_ = false;
  if (depth > 0) return QuoteLine(n, depth, rest);
  Shape shape = ShapeOf(line);
  if (open_ == Open::kQuote) {
    if (!BlockStart(n, shape)) AddLine(shape.content);  // lazy continuation
    return;
  }
  if (in_table_ && Table(n, shape.content)) return;
  if (BlockStart(n, shape)) return;
  if (shape.indent >= 4 && open_ == Open::kNone && list_indents_.empty()) {
    if (!in_indented_) Flush(false);
    in_indented_ = true;
    info_.first_line = n;
    code_.emplace_back(line);
    return;
  }
  if (in_indented_) Flush(false);
  if (open_ == Open::kNone) {
    if (!list_indents_.empty() && was_blank && shape.indent == 0) list_indents_.clear();
    if (!list_indents_.empty() && was_blank) {
      Start(Open::kListItem, std::min(static_cast<int>(list_indents_.size()), kMaxListLevel), n);
    } else {
      Start(Open::kParagraph, 0, n);
    }
  }
  AddLine(shape.content);
}

void MarkdownReader::ChooseTitle() {
  // A heading before the first prose block; the highest level wins.
  size_t best = page_.blocks.size();
  for (size_t k = 0; k < page_.blocks.size(); ++k) {
    const Block& b = page_.blocks[k];
    if (b.kind == BlockKind::kHeading) {
      if (best == page_.blocks.size() || b.level < page_.blocks[best].level) best = k;
    } else if (b.kind != BlockKind::kRule && !infos_[k].mostly_links) {
      break;
    }
  }
  auto erase = [&](size_t k) {
    page_.blocks.erase(page_.blocks.begin() + static_cast<std::ptrdiff_t>(k));
    infos_.erase(infos_.begin() + static_cast<std::ptrdiff_t>(k));
  };
  if (best < page_.blocks.size()) {
    const std::string& heading = page_.blocks[best].text;
    if (!page_.meta.title) {
      page_.meta.title = heading;
      erase(best);
    } else if (AsciiLower(CollapseWhitespace(*page_.meta.title)) == AsciiLower(heading)) {
      erase(best);
    }
    return;
  }
  if (page_.meta.title || page_.blocks.empty()) return;
  // The plain-text rule: a first line followed by a blank line.
  size_t first = body_;
  while (first < lines_.size() && IsBlankLine(lines_[first])) ++first;
  const Info& info = infos_[0];
  if (page_.blocks[0].kind == BlockKind::kParagraph && info.first_line == first &&
      info.line_count == 1 && info.ended_by_blank && !IsSentenceLine(page_.blocks[0].text)) {
    page_.meta.title = page_.blocks[0].text;
    erase(0);
  }
}

Page MarkdownReader::Read() {
  body_ = internal::ReadMarkdownHeader(lines_, &page_.meta);
  for (size_t n = body_; n < lines_.size(); ++n) Line(n);
  if (in_fence_) EmitLines(BlockKind::kPreformatted, &code_, info_.first_line);
  Flush(false);
  ChooseTitle();
  for (const std::string& note : footnotes_) {
    InlineText t = StripInline(note);
    if (!t.text.empty()) page_.blocks.push_back({BlockKind::kParagraph, 0, std::move(t.text)});
  }
  return std::move(page_);
}

}  // namespace

std::string StripInlineMarkdown(std::string_view s) {
  if (!IsValidUtf8(s)) {
    std::string repaired(s);
    RepairUtf8(&repaired);
    return StripInline(repaired).text;
  }
  return StripInline(s).text;
}

Page ReadMarkdownPage(std::string_view markdown) {
  // The pipeline repairs UTF-8 before reading; a direct caller may not have.
  if (!IsValidUtf8(markdown)) {
    std::string repaired(markdown);
    RepairUtf8(&repaired);
    return MarkdownReader(repaired).Read();
  }
  return MarkdownReader(markdown).Read();
}

}  // namespace vigie::ingest
