// Small string utilities shared by every stage.
#ifndef VIGIE_COMMON_STRINGS_H_
#define VIGIE_COMMON_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace vigie {

// True for ASCII white space and for the Unicode spaces news pages use:
// U+00A0 NO-BREAK SPACE, U+2000..U+200B, U+202F NARROW NO-BREAK SPACE,
// U+205F, U+3000, U+FEFF.
bool IsUnicodeSpace(char32_t cp);

// `s` without leading and trailing white space (Unicode spaces included).
std::string_view Trim(std::string_view s);

// Number of words separated by ASCII white space (space, tab, line ends).
int CountWords(std::string_view s);

// Runs of white space (Unicode spaces included) collapsed to one ASCII
// space, and trimmed. Newlines become spaces too. Invisible formatting
// characters (U+00AD soft hyphen, U+2060 word joiner, U+FEFF) are dropped;
// U+200B (zero-width space) is a space.
std::string CollapseWhitespace(std::string_view s);

// ASCII-only lower case; other bytes are kept.
std::string AsciiLower(std::string_view s);

bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
bool AsciiStartsWithIgnoreCase(std::string_view s, std::string_view prefix);

// Splits on '\n' (a trailing '\r' is dropped from each line).
std::vector<std::string_view> SplitLines(std::string_view s);

// Joins with `sep`.
std::string Join(const std::vector<std::string>& parts, std::string_view sep);

// 16 lower-case hex digits of XXH3-64 of `data`.
std::string HashHex(std::string_view data);

// Host of an absolute http(s) URL, lower case, without "www." and port;
// empty if `url` has no host.
std::string DomainOfUrl(std::string_view url);

}  // namespace vigie

#endif  // VIGIE_COMMON_STRINGS_H_
