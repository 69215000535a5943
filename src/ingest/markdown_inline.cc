// Inline Markdown to plain text.
//
// The idea: what a reader of the page saw is the text of the links, not
// their targets; the words in emphasis, not the stars. Scrapers
// (html2text, trafilatura, jina, browser "save as Markdown" extensions)
// write a regular subset of CommonMark, so the full spec is not needed, but
// its two hard rules are: emphasis markers are removed only when they pair
// up under the flanking rules (so "snake_case", "2*3", "a * b" and "~10 km"
// keep their characters), and constructs nest ("[![logo](a.png)](/)", links
// around code, brackets inside link text).
//
// Linear time on hostile input. A naive "find the closing bracket" scan per
// '[' is quadratic on "[[[[...", so the matching is precomputed once:
//   1. code spans: backtick runs, each paired with the next run of the same
//      length (a table of "next run of length n");
//   2. brackets and parentheses: one stack pass outside code spans, giving
//      each '[' and '(' its partner (looked up by binary search);
//   3. the main scan writes text and records emphasis delimiter runs; a link
//      "[text](url)" pushes "at ']' jump past ')'" and the text in between
//      is scanned normally, so nesting costs no recursion;
//   4. delimiter runs are paired with one stack per character, and paired
//      runs are left out when the text is assembled.
// Searches for '>' and "-->" are cached, since the next occurrence after a
// position is also the next one after any later position before it.
#include "ingest/markdown_inline.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::ingest::internal {
namespace {

constexpr size_t kNone = std::string_view::npos;
// A '<' whose '>' is further than this is a stray '<', not a tag.
constexpr size_t kMaxTagBytes = 2048;
// "[^note-12]": footnote labels are short.
constexpr size_t kMaxMarkerBytes = 32;

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

struct CodeSpan {
  size_t begin, end;                  // the whole span, backticks included
  size_t content_begin, content_end;  // between the backticks
};

// Code spans: a run of n backticks up to the next run of exactly n.
std::vector<CodeSpan> FindCodeSpans(std::string_view s) {
  struct Run {
    size_t pos, len;
  };
  std::vector<Run> runs;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\\') {
      i += 2;
    } else if (s[i] != '`') {
      ++i;
    } else {
      size_t j = i;
      while (j < s.size() && s[j] == '`') ++j;
      runs.push_back({i, j - i});
      i = j;
    }
  }
  std::vector<size_t> next_same(runs.size(), kNone);
  std::unordered_map<size_t, size_t> last;  // run length -> index of the run
  for (size_t k = runs.size(); k-- > 0;) {
    auto [it, inserted] = last.try_emplace(runs[k].len, k);
    if (!inserted) {
      next_same[k] = it->second;
      it->second = k;
    }
  }
  std::vector<CodeSpan> spans;
  for (size_t k = 0; k < runs.size(); ++k) {
    size_t j = next_same[k];
    if (j == kNone) continue;
    spans.push_back(
        {runs[k].pos, runs[j].pos + runs[j].len, runs[k].pos + runs[k].len, runs[j].pos});
    k = j;
  }
  return spans;
}

// Openers ('[' or '(') in increasing position, each with its closer.
struct Pairs {
  std::vector<size_t> open, close;

  size_t CloserOf(size_t pos) const {
    auto it = std::lower_bound(open.begin(), open.end(), pos);
    if (it == open.end() || *it != pos) return kNone;
    return close[it - open.begin()];
  }
};

void MatchPairs(std::string_view s, const std::vector<CodeSpan>& spans, Pairs* brackets,
                Pairs* parens) {
  std::vector<size_t> bracket_stack, paren_stack;
  size_t span = 0;
  auto open = [](Pairs* p, std::vector<size_t>* stack, size_t pos) {
    stack->push_back(p->open.size());
    p->open.push_back(pos);
    p->close.push_back(kNone);
  };
  auto close = [](Pairs* p, std::vector<size_t>* stack, size_t pos) {
    if (stack->empty()) return;
    p->close[stack->back()] = pos;
    stack->pop_back();
  };
  for (size_t i = 0; i < s.size();) {
    if (span < spans.size() && spans[span].begin == i) {
      i = spans[span++].end;
      continue;
    }
    switch (s[i]) {
      case '\\': i += 2; continue;
      case '[': open(brackets, &bracket_stack, i); break;
      case ']': close(brackets, &bracket_stack, i); break;
      case '(': open(parens, &paren_stack, i); break;
      case ')': close(parens, &paren_stack, i); break;
      default: break;
    }
    ++i;
  }
}

// "^1", "^note", "12": the label of a footnote marker.
bool IsMarkerLabel(std::string_view label) {
  if (label.empty() || label.size() > kMaxMarkerBytes) return false;
  if (label[0] == '^') {
    return label.size() > 1 && label.find_first_of(" \t\n[]") == std::string_view::npos;
  }
  if (label.size() >= 2 && label.front() == '[' && label.back() == ']') {
    return IsMarkerLabel(label.substr(1, label.size() - 2));  // "[[1]](#fn1)"; depth 1
  }
  return label.size() <= 3 && std::all_of(label.begin(), label.end(), IsDigit);
}

enum class CharClass { kSpace, kPunct, kOther };

CharClass ClassOf(char32_t cp) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      return CharClass::kSpace;
    }
    return IsAsciiPunct(c) ? CharClass::kPunct : CharClass::kOther;
  }
  if (IsUnicodeSpace(cp)) return CharClass::kSpace;
  if ((cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xBA) || (cp >= 0x2010 && cp <= 0x205E)) {
    return CharClass::kPunct;  // « » ¡ ¿ ° ... dashes, quotes, ellipsis
  }
  return CharClass::kOther;
}

// Bytes that may start inline markup; anything else is copied in runs.
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : std::string_view("\\![<&*_~\n\r\t")) table[c] = true;
  return table;
}();

// Appends `piece` to `*out` with runs of white space (Unicode spaces
// included) collapsed to one space; `*pending` carries a space across
// pieces. Leading white space is dropped; the caller drops a trailing one.
void CollapseAppend(std::string_view piece, std::string* out, bool* pending) {
  for (size_t i = 0; i < piece.size();) {
    unsigned char c = static_cast<unsigned char>(piece[i]);
    size_t next = i + 1;
    bool space;
    if (c < 0x80) {
      space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    } else {
      size_t p = i;
      space = IsUnicodeSpace(DecodeUtf8(piece, &p));
      next = std::min(p, piece.size());
    }
    if (space) {
      *pending = true;
    } else {
      if (*pending && !out->empty()) out->push_back(' ');
      *pending = false;
      out->append(piece.data() + i, next - i);
    }
    i = next;
  }
}

class InlineStripper {
 public:
  explicit InlineStripper(std::string_view s) : s_(s) {}
  InlineText Run();

 private:
  struct Delimiter {
    size_t out_pos, len;
    char ch;
    bool can_open, can_close;
    bool removed = false;
  };
  struct LinkEnd {
    size_t close_pos;   // the ']' that ends the link text
    size_t resume_pos;  // past the destination "(...)" or "[ref]"
  };

  void Append(char c);
  void Append(std::string_view text);
  size_t AppendPlainRun(size_t i);
  void AppendCode(const CodeSpan& span);
  void RemoveMarkerSpace(size_t after);
  size_t ScanBackslash(size_t i);
  size_t ScanImage(size_t i);
  size_t ScanBracket(size_t i);
  size_t ScanAngle(size_t i);
  size_t ScanDelimiterRun(size_t i);
  size_t NextGt(size_t from);
  size_t NextCommentEnd(size_t from);
  CharClass ClassAt(size_t pos) const;
  CharClass ClassBefore(size_t pos) const;
  void PairDelimiters();
  std::string Assemble() const;

  std::string_view s_;
  std::string out_;
  std::vector<CodeSpan> spans_;
  size_t span_cursor_ = 0;
  Pairs brackets_, parens_;
  std::vector<LinkEnd> links_;
  std::vector<Delimiter> delimiters_;
  size_t gt_from_ = kNone, gt_at_ = kNone;            // cache of NextGt
  size_t comment_from_ = kNone, comment_at_ = kNone;  // cache of NextCommentEnd
  size_t visible_ = 0, link_bytes_ = 0;
};

void InlineStripper::Append(char c) {
  out_.push_back(c);
  if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
    ++visible_;
    if (!links_.empty()) ++link_bytes_;
  }
}

void InlineStripper::Append(std::string_view text) {
  for (char c : text) Append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
}

// Copies the run of ordinary bytes at `i` up to the next byte that may
// start markup, the end of the current link text or the next code span.
size_t InlineStripper::AppendPlainRun(size_t i) {
  size_t stop = s_.size();
  if (!links_.empty()) stop = std::min(stop, links_.back().close_pos);
  if (span_cursor_ < spans_.size()) stop = std::min(stop, spans_[span_cursor_].begin);
  size_t j = i + 1;
  while (j < stop && !kSpecial[static_cast<unsigned char>(s_[j])]) ++j;
  std::string_view run = s_.substr(i, j - i);
  out_.append(run);
  size_t visible = run.size() - static_cast<size_t>(std::count(run.begin(), run.end(), ' '));
  visible_ += visible;
  if (!links_.empty()) link_bytes_ += visible;
  return j;
}

void InlineStripper::AppendCode(const CodeSpan& span) {
  std::string_view code = s_.substr(span.content_begin, span.content_end - span.content_begin);
  if (code.size() >= 2 && code.front() == ' ' && code.back() == ' ' &&
      code.find_first_not_of(' ') != std::string_view::npos) {
    code = code.substr(1, code.size() - 2);
  }
  Append(code);
}

// A footnote marker was removed: drop the space before it when punctuation
// or a space follows ("mot [^1]." -> "mot.").
void InlineStripper::RemoveMarkerSpace(size_t after) {
  if (after < s_.size() && ClassAt(after) == CharClass::kOther) return;
  while (!out_.empty() && out_.back() == ' ') out_.pop_back();
}

size_t InlineStripper::ScanBackslash(size_t i) {
  if (i + 1 < s_.size() && IsAsciiPunct(s_[i + 1])) {
    Append(s_[i + 1]);
    return i + 2;
  }
  Append(i + 1 < s_.size() && s_[i + 1] == '\n' ? ' ' : '\\');  // "\" + newline: a line break
  return i + 1 < s_.size() && s_[i + 1] == '\n' ? i + 2 : i + 1;
}

// "![alt](src)" and "![alt][ref]": not article text, removed whole.
size_t InlineStripper::ScanImage(size_t i) {
  size_t j = brackets_.CloserOf(i + 1);
  if (j != kNone && j + 1 < s_.size()) {
    size_t k = kNone;
    if (s_[j + 1] == '(') k = parens_.CloserOf(j + 1);
    if (s_[j + 1] == '[') k = brackets_.CloserOf(j + 1);
    if (k != kNone) return k + 1;
  }
  Append('!');
  return i + 1;
}

size_t InlineStripper::ScanBracket(size_t i) {
  size_t j = brackets_.CloserOf(i);
  if (j == kNone) {
    Append('[');
    return i + 1;
  }
  std::string_view label = s_.substr(i + 1, j - i - 1);
  char next = j + 1 < s_.size() ? s_[j + 1] : '\0';
  size_t k = kNone;
  if (next == '(') k = parens_.CloserOf(j + 1);
  if (next == '[') k = brackets_.CloserOf(j + 1);
  if (k != kNone) {
    // "[1](#note1)": a footnote marker written as a link to the note.
    if (next == '(' && IsMarkerLabel(label) && j + 2 < s_.size() && s_[j + 2] == '#') {
      RemoveMarkerSpace(k + 1);
      return k + 1;
    }
    links_.push_back({j, k + 1});
    return i + 1;
  }
  if (IsMarkerLabel(label) && next != ':') {
    RemoveMarkerSpace(j + 1);
    return j + 1;
  }
  Append('[');
  return i + 1;
}

size_t InlineStripper::NextGt(size_t from) {
  if (gt_from_ == kNone || from < gt_from_ || (gt_at_ != kNone && gt_at_ < from)) {
    gt_at_ = s_.find('>', from);
  }
  gt_from_ = from;
  return gt_at_;
}

size_t InlineStripper::NextCommentEnd(size_t from) {
  if (comment_from_ == kNone || from < comment_from_ ||
      (comment_at_ != kNone && comment_at_ < from)) {
    comment_at_ = s_.find("-->", from);
  }
  comment_from_ = from;
  return comment_at_;
}

bool IsAutolink(std::string_view body) {
  if (body.empty() || body.find_first_of(" \t\n<") != std::string_view::npos) return false;
  size_t colon = body.find(':');
  if (colon != std::string_view::npos && colon >= 2 && colon <= 32 && IsAsciiAlpha(body[0])) {
    return std::all_of(body.begin(), body.begin() + colon, [](char c) {
      return IsAsciiAlpha(c) || IsDigit(c) || c == '+' || c == '.' || c == '-';
    });
  }
  size_t at = body.find('@');
  return at != std::string_view::npos && at > 0 && body.find('.', at) != std::string_view::npos;
}

// "<br>", "</p>", "<a href=...>", "<!DOCTYPE>": the tag name, lower case,
// or empty when `body` (between '<' and '>') is not a tag.
std::string TagName(std::string_view body) {
  size_t p = 0;
  if (p < body.size() && (body[p] == '/' || body[p] == '!' || body[p] == '?')) ++p;
  if (p >= body.size() || !IsAsciiAlpha(body[p])) return {};
  size_t start = p;
  while (p < body.size() && (IsAsciiAlpha(body[p]) || IsDigit(body[p]) || body[p] == '-')) ++p;
  if (p < body.size() && body[p] != ' ' && body[p] != '/' && body[p] != '\t' && body[p] != '\n') {
    return {};
  }
  return AsciiLower(body.substr(start, p - start));
}

bool IsBlockTag(std::string_view name) {
  static constexpr std::string_view kBlock[] = {
      "br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4",
      "h5", "h6", "hr", "blockquote", "section", "article", "header", "footer", "figure",
      "figcaption", "dd", "dt", "dl", "pre", "tbody", "thead", "aside", "nav", "main"};
  return std::find(std::begin(kBlock), std::end(kBlock), name) != std::end(kBlock);
}

size_t InlineStripper::ScanAngle(size_t i) {
  if (s_.compare(i, 4, "<!--") == 0) {
    size_t end = NextCommentEnd(i + 4);
    if (end != kNone) return end + 3;
  }
  size_t gt = NextGt(i + 1);
  if (gt != kNone && gt - i <= kMaxTagBytes) {
    std::string_view body = s_.substr(i + 1, gt - i - 1);
    if (IsAutolink(body)) {
      links_.push_back({kNone, kNone});  // counts the URL as link text
      Append(body);
      links_.pop_back();
      return gt + 1;
    }
    std::string name = TagName(body);
    if (!name.empty()) {
      if (IsBlockTag(name)) Append(' ');
      return gt + 1;
    }
  }
  Append('<');
  return i + 1;
}

CharClass InlineStripper::ClassAt(size_t pos) const {
  if (pos >= s_.size()) return CharClass::kSpace;
  size_t p = pos;
  return ClassOf(DecodeUtf8(s_, &p));
}

CharClass InlineStripper::ClassBefore(size_t pos) const {
  if (pos == 0) return CharClass::kSpace;
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s_[start]) & 0xC0) == 0x80) {
    --start;
  }
  return ClassAt(start);
}

// A run of '*', '_' or '~~': recorded with what CommonMark's flanking rules
// allow it to do, and written out for now.
size_t InlineStripper::ScanDelimiterRun(size_t i) {
  char ch = s_[i];
  size_t j = i;
  while (j < s_.size() && s_[j] == ch) ++j;
  size_t len = j - i;
  if (ch == '~' && len < 2) {
    Append('~');
    return j;
  }
  CharClass before = ClassBefore(i), after = ClassAt(j);
  bool left = after != CharClass::kSpace &&
              (after != CharClass::kPunct || before != CharClass::kOther);
  bool right = before != CharClass::kSpace &&
               (before != CharClass::kPunct || after != CharClass::kOther);
  Delimiter d{out_.size(), len, ch, left, right};
  if (ch == '_') {
    d.can_open = left && (!right || before == CharClass::kPunct);
    d.can_close = right && (!left || after == CharClass::kPunct);
  }
  delimiters_.push_back(d);
  for (size_t k = 0; k < len; ++k) Append(ch);
  return j;
}

void InlineStripper::PairDelimiters() {
  std::vector<size_t> stacks[3];  // '*', '_', '~'
  for (size_t k = 0; k < delimiters_.size(); ++k) {
    Delimiter& d = delimiters_[k];
    std::vector<size_t>& stack = stacks[d.ch == '*' ? 0 : d.ch == '_' ? 1 : 2];
    if (d.can_close && !stack.empty()) {
      delimiters_[stack.back()].removed = true;
      stack.pop_back();
      d.removed = true;
      continue;
    }
    if (d.can_open) stack.push_back(k);
  }
}

std::string InlineStripper::Assemble() const {
  std::string text;
  text.reserve(out_.size());
  std::string_view out(out_);
  bool pending = false;
  size_t from = 0;
  for (const Delimiter& d : delimiters_) {
    if (!d.removed) continue;
    CollapseAppend(out.substr(from, d.out_pos - from), &text, &pending);
    from = d.out_pos + d.len;
  }
  CollapseAppend(out.substr(from), &text, &pending);
  return text;
}

InlineText InlineStripper::Run() {
  if (s_.find('`') != std::string_view::npos) spans_ = FindCodeSpans(s_);
  MatchPairs(s_, spans_, &brackets_, &parens_);
  out_.reserve(s_.size());
  size_t i = 0;
  while (i < s_.size()) {
    if (!links_.empty() && links_.back().close_pos <= i) {
      LinkEnd end = links_.back();
      links_.pop_back();
      if (end.close_pos == i) i = end.resume_pos;
      continue;
    }
    while (span_cursor_ < spans_.size() && spans_[span_cursor_].begin < i) ++span_cursor_;
    if (span_cursor_ < spans_.size() && spans_[span_cursor_].begin == i) {
      AppendCode(spans_[span_cursor_]);
      i = spans_[span_cursor_].end;
      continue;
    }
    char c = s_[i];
    switch (c) {
      case '\\': i = ScanBackslash(i); break;
      case '!':
        if (i + 1 < s_.size() && s_[i + 1] == '[') {
          i = ScanImage(i);
        } else {
          Append(c);
          ++i;
        }
        break;
      case '[': i = ScanBracket(i); break;
      case '<': i = ScanAngle(i); break;
      case '&': {
        size_t used = DecodeEntity(s_, i, &out_);
        if (used > 0) {
          ++visible_;
        } else {
          Append('&');
          used = 1;
        }
        i += used;
        break;
      }
      case '*': case '_': case '~': i = ScanDelimiterRun(i); break;
      case '\n': case '\r': case '\t': Append(' '); ++i; break;
      default: i = AppendPlainRun(i); break;
    }
  }
  PairDelimiters();
  InlineText result;
  result.text = Assemble();
  size_t removed = 0;
  for (const Delimiter& d : delimiters_) removed += d.removed ? d.len : 0;
  result.visible_bytes = visible_ > removed ? visible_ - removed : 0;
  result.link_bytes = std::min(link_bytes_, result.visible_bytes);
  return result;
}

}  // namespace

InlineText StripInline(std::string_view s) { return InlineStripper(s).Run(); }

}  // namespace vigie::ingest::internal
