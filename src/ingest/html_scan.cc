// Ends of raw text and script data, by the tokenizer's rules.
//
// RAWTEXT and RCDATA end at the first "</name" followed by white space, '/'
// or '>' (the "appropriate end tag"); anything else that looks like a tag
// is text. Script data adds the escape states that old pages rely on when
// they wrap code in "<!-- ... -->" and write "<script>" strings from it:
//
//   data:            "</script"+delim ends; "<!--" enters escaped (as if
//                    two dashes had just been read)
//   escaped:         "</script"+delim ends; "<script"+delim enters double
//                    escaped; "-->" returns to data
//   double escaped:  "</script"+delim returns to escaped; "-->" returns to
//                    data
//
// The dashes count only when they come just before the '>', and in the
// escaped states every byte is looked at, since "-->" can end them; plain
// script data, by far the most common, is searched for '<' with memchr.
// Each call reads its content once: linear.
#include "ingest/html_scan.h"

namespace vigie::ingest {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace

bool NameThenDelimiterAt(std::string_view html, size_t pos, std::string_view name) {
  if (pos > html.size() || html.size() - pos <= name.size()) return false;
  for (size_t k = 0; k < name.size(); ++k)
    if (Lower(html[pos + k]) != name[k]) return false;
  char after = html[pos + name.size()];
  return IsHtmlSpace(after) || after == '/' || after == '>';
}

size_t RawTextEnd(std::string_view html, size_t from, std::string_view name) {
  size_t i = from;
  while (i < html.size()) {
    size_t lt = html.find("</", i);
    if (lt == std::string_view::npos) break;
    if (NameThenDelimiterAt(html, lt + 2, name)) return lt;
    i = lt + 2;
  }
  return html.size();
}

size_t ScriptDataEnd(std::string_view html, size_t from) {
  enum class State { kData, kEscaped, kDoubleEscaped };
  constexpr std::string_view kScript = "script";
  const size_t n = html.size();
  State state = State::kData;
  int dashes = 0;  // '-' just read in an escaped state, up to 2
  size_t i = from;
  while (i < n) {
    if (state == State::kData) {
      size_t lt = html.find('<', i);
      if (lt == std::string_view::npos) return n;
      if (lt + 1 < n && html[lt + 1] == '/' && NameThenDelimiterAt(html, lt + 2, kScript))
        return lt;
      if (html.compare(lt + 1, 3, "!--") == 0) {
        state = State::kEscaped;
        dashes = 2;  // "<!-->" goes straight back to data
        i = lt + 4;
      } else {
        i = lt + 1;
      }
      continue;
    }
    char c = html[i];
    if (c == '-') {
      dashes = dashes < 2 ? dashes + 1 : 2;
      ++i;
      continue;
    }
    if (c == '>' && dashes == 2) {
      state = State::kData;
      ++i;
      continue;
    }
    dashes = 0;
    if (c == '<' && i + 1 < n && html[i + 1] == '/' && NameThenDelimiterAt(html, i + 2, kScript)) {
      if (state == State::kEscaped) return i;
      state = State::kEscaped;  // the delimiter is read next, as text
      i += 2 + kScript.size();
      continue;
    }
    if (c == '<' && state == State::kEscaped && NameThenDelimiterAt(html, i + 1, kScript)) {
      state = State::kDoubleEscaped;
      i += 1 + kScript.size();
      continue;
    }
    ++i;
  }
  return n;
}

}  // namespace vigie::ingest
