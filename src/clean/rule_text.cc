#include "clean/rule_text.h"

#include <utf8proc.h>

#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::clean {
namespace {

bool IsApostrophe(char32_t cp) {
  return cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x00B4 || cp == 0x0060;
}

bool IsDash(char32_t cp) {
  return cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 ||
         cp == 0x2212;
}

char32_t FoldCodePoint(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp - 'A' + 'a' : cp;
  auto lower = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
  utf8proc_int32_t buf[8];
  int last_boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(lower), buf, 8,
                                               UTF8PROC_DECOMPOSE, &last_boundclass);
  if (n < 1 || n > 8) return lower;
  for (utf8proc_ssize_t i = 1; i < n; ++i) {
    if (utf8proc_category(buf[i]) != UTF8PROC_CATEGORY_MN) return lower;
  }
  return static_cast<char32_t>(buf[0]);
}

}  // namespace

std::string NormalizeRuleText(std::string_view s) {
  std::string collapsed = CollapseWhitespace(s);
  std::string out;
  out.reserve(collapsed.size());
  for (size_t i = 0; i < collapsed.size();) {
    size_t start = i;
    char32_t cp = DecodeUtf8(collapsed, &i);
    if (IsApostrophe(cp)) {
      out.push_back('\'');
    } else if (IsDash(cp) && (start == 0 || collapsed[start - 1] == ' ') &&
               (i >= collapsed.size() || collapsed[i] == ' ')) {
      out.push_back('-');
    } else {
      out.append(collapsed, start, i - start);
    }
  }
  return out;
}

std::string FoldText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = DecodeUtf8(s, &i);
    AppendUtf8(FoldCodePoint(cp), &out);
  }
  return out;
}

RuleText::RuleText(std::string_view raw)
    : norm_(NormalizeRuleText(raw)), fold_(FoldText(norm_)), words_(CountWords(norm_)) {}

std::string RuleText::Slice(size_t fold_begin, size_t fold_end) const {
  if (fold_end > fold_.size()) fold_end = fold_.size();
  if (fold_begin > fold_end) fold_begin = fold_end;
  size_t cp_begin = CodePointCount(std::string_view(fold_).substr(0, fold_begin));
  size_t cp_len = CodePointCount(std::string_view(fold_).substr(fold_begin, fold_end - fold_begin));
  return std::string(Trim(CodePointSubstr(norm_, cp_begin, cp_begin + cp_len)));
}

bool EndsSentence(std::string_view s) {
  s = Trim(s);
  while (!s.empty()) {
    unsigned char c = static_cast<unsigned char>(s.back());
    if (c == '.' || c == '!' || c == '?') return true;
    if (EndsWith(s, "\xE2\x80\xA6")) return true;  // …
    // Closing quotes and brackets: look at what they close.
    if (c == '"' || c == ')' || c == ']' || c == '\'') {
      s.remove_suffix(1);
    } else if (EndsWith(s, "\xC2\xBB") || EndsWith(s, "\xE2\x80\x9D")) {  // » ”
      s.remove_suffix(EndsWith(s, "\xC2\xBB") ? 2 : 3);
      s = Trim(s);
    } else {
      return false;
    }
  }
  return false;
}

bool IsUpperLetter(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

bool IsLowerLetter(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

bool IsLetter(char32_t cp) {
  utf8proc_category_t c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
         c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
}

bool StartsWithUpper(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp = DecodeUtf8(s, &i);
    if (IsLetter(cp)) return IsUpperLetter(cp);
  }
  return false;
}

std::string_view TrimChars(std::string_view s, std::string_view chars) {
  for (;;) {
    std::string_view t = Trim(s);
    while (!t.empty() && chars.find(t.front()) != std::string_view::npos) t.remove_prefix(1);
    while (!t.empty() && chars.find(t.back()) != std::string_view::npos) t.remove_suffix(1);
    if (t.size() == s.size()) return t;
    s = t;
  }
}

bool LooksLikeUrl(std::string_view s) {
  return AsciiStartsWithIgnoreCase(s, "http://") || AsciiStartsWithIgnoreCase(s, "https://") ||
         AsciiStartsWithIgnoreCase(s, "www.");
}

bool LooksLikeDomain(std::string_view s) {
  if (s.empty() || s.size() >= 100) return false;
  if (s.back() == '/') s.remove_suffix(1);
  if (AsciiStartsWithIgnoreCase(s, "www.")) s.remove_prefix(4);
  size_t dot = s.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string_view tld = s.substr(dot + 1);
  if (tld.size() < 2 || tld.size() > 6) return false;
  for (char c : tld) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  // Labels: letters, digits and hyphens, none empty.
  bool label_empty = true;
  for (size_t i = 0; i < dot;) {
    char32_t cp = DecodeUtf8(s, &i);
    if (cp == '.') {
      if (label_empty) return false;
      label_empty = true;
      continue;
    }
    if (!(IsLetter(cp) || (cp >= '0' && cp <= '9') || cp == '-')) return false;
    label_empty = false;
  }
  return !label_empty;
}

}  // namespace vigie::clean
