// RuleText: one line of page text prepared for the text rules, in two
// aligned forms. `norm` is the line as the page wrote it with white space
// collapsed (no-break and narrow no-break spaces become ASCII spaces) and
// typographic apostrophes and dashes unified; `fold` is `norm` lower-cased
// with accents stripped, code point for code point. Rules match patterns on
// `fold` (so "A propos", "À propos" and "à PROPOS" are one case) and cut
// what they extract (names, outlets) from `norm`, so that output keeps the
// page's spelling.
#ifndef VIGIE_CLEAN_RULE_TEXT_H_
#define VIGIE_CLEAN_RULE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "common/strings.h"  // CountWords

namespace vigie::clean {

// White space collapsed and trimmed; U+2019, U+2018, U+02BC, U+00B4 and
// U+0060 become "'"; U+2010, U+2011, U+2012, U+2013, U+2014 and U+2212
// become "-" only when standing between spaces ("X – 1 novembre"),
// hyphens inside words are kept.
std::string NormalizeRuleText(std::string_view s);

// Lower case, accents and other combining marks removed; exactly one code
// point out for each code point in.
std::string FoldText(std::string_view s);

class RuleText {
 public:
  explicit RuleText(std::string_view raw);

  const std::string& norm() const { return norm_; }
  const std::string& fold() const { return fold_; }
  int words() const { return words_; }

  // The part of norm() that corresponds to fold()[begin, end) (byte offsets
  // into fold(), on code point boundaries), trimmed.
  std::string Slice(size_t fold_begin, size_t fold_end) const;
  std::string SliceFrom(size_t fold_begin) const { return Slice(fold_begin, fold_.size()); }

 private:
  std::string norm_, fold_;
  int words_ = 0;
};

// True when `s` ends a sentence: . ! ? … or a closing quote/bracket after
// one of them.
bool EndsSentence(std::string_view s);

// True when the first letter of `s` is upper case.
bool StartsWithUpper(std::string_view s);

// `s` without leading and trailing characters from `chars` nor spaces.
std::string_view TrimChars(std::string_view s, std::string_view chars);

// Code point classes (Unicode general categories, via utf8proc).
bool IsUpperLetter(char32_t cp);
bool IsLowerLetter(char32_t cp);
bool IsLetter(char32_t cp);

// True for strings that look like a URL ("http://...", "www.x.y").
bool LooksLikeUrl(std::string_view s);
// True for a bare domain ("Mondialisation.ca", "lemonde.fr").
bool LooksLikeDomain(std::string_view s);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_RULE_TEXT_H_
