// HTML character references in Markdown text ("&nbsp;", "&#8217;").
//
// Scrapers leave references in their Markdown when the page escaped text
// twice or when they copy attribute values. The named table holds what
// French and English news pages use (Latin-1 letters, typographic quotes,
// dashes, spaces, a few symbols), not the 2,231 names of HTML5: an unknown
// name stays literal, which loses nothing. Numeric references follow HTML5:
// 0x80..0x9F are read as Windows-1252 (pages written on Windows put
// "&#146;" for an apostrophe), invalid values become U+FFFD.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "ingest/markdown_inline.h"

namespace vigie::ingest::internal {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};

// Sorted by name (byte order) for binary search.
constexpr NamedEntity kNamed[] = {
    {"AElig", 0xC6}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Agrave", 0xC0}, {"Aring", 0xC5},
    {"Atilde", 0xC3}, {"Auml", 0xC4}, {"Ccedil", 0xC7}, {"ETH", 0xD0}, {"Eacute", 0xC9},
    {"Ecirc", 0xCA}, {"Egrave", 0xC8}, {"Euml", 0xCB}, {"Iacute", 0xCD}, {"Icirc", 0xCE},
    {"Igrave", 0xCC}, {"Iuml", 0xCF}, {"Ntilde", 0xD1}, {"OElig", 0x152}, {"Oacute", 0xD3},
    {"Ocirc", 0xD4}, {"Ograve", 0xD2}, {"Oslash", 0xD8}, {"Otilde", 0xD5}, {"Ouml", 0xD6},
    {"Prime", 0x2033}, {"Scaron", 0x160}, {"THORN", 0xDE}, {"Uacute", 0xDA}, {"Ucirc", 0xDB},
    {"Ugrave", 0xD9}, {"Uuml", 0xDC}, {"Yacute", 0xDD}, {"Yuml", 0x178}, {"aacute", 0xE1},
    {"acirc", 0xE2}, {"aelig", 0xE6}, {"agrave", 0xE0}, {"amp", 0x26}, {"apos", 0x27},
    {"aring", 0xE5}, {"atilde", 0xE3}, {"auml", 0xE4}, {"bdquo", 0x201E}, {"bull", 0x2022},
    {"ccedil", 0xE7}, {"cent", 0xA2}, {"copy", 0xA9}, {"darr", 0x2193}, {"deg", 0xB0},
    {"divide", 0xF7}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"egrave", 0xE8}, {"emsp", 0x2003},
    {"ensp", 0x2002}, {"eth", 0xF0}, {"euml", 0xEB}, {"euro", 0x20AC}, {"frac12", 0xBD},
    {"frac14", 0xBC}, {"frac34", 0xBE}, {"gt", 0x3E}, {"harr", 0x2194}, {"hellip", 0x2026},
    {"iacute", 0xED}, {"icirc", 0xEE}, {"iexcl", 0xA1}, {"igrave", 0xEC}, {"iquest", 0xBF},
    {"iuml", 0xEF}, {"laquo", 0xAB}, {"larr", 0x2190}, {"ldquo", 0x201C}, {"lrm", 0x200E},
    {"lsquo", 0x2018}, {"lt", 0x3C}, {"mdash", 0x2014}, {"micro", 0xB5}, {"middot", 0xB7},
    {"minus", 0x2212}, {"nbsp", 0xA0}, {"ndash", 0x2013}, {"ntilde", 0xF1}, {"oacute", 0xF3},
    {"ocirc", 0xF4}, {"oelig", 0x153}, {"ograve", 0xF2}, {"ordf", 0xAA}, {"ordm", 0xBA},
    {"oslash", 0xF8}, {"otilde", 0xF5}, {"ouml", 0xF6}, {"para", 0xB6}, {"plusmn", 0xB1},
    {"pound", 0xA3}, {"prime", 0x2032}, {"quot", 0x22}, {"raquo", 0xBB}, {"rarr", 0x2192},
    {"rdquo", 0x201D}, {"reg", 0xAE}, {"rlm", 0x200F}, {"rsquo", 0x2019}, {"sbquo", 0x201A},
    {"scaron", 0x161}, {"sect", 0xA7}, {"shy", 0xAD}, {"sup1", 0xB9}, {"sup2", 0xB2},
    {"sup3", 0xB3}, {"szlig", 0xDF}, {"thinsp", 0x2009}, {"thorn", 0xFE}, {"times", 0xD7},
    {"trade", 0x2122}, {"uacute", 0xFA}, {"uarr", 0x2191}, {"ucirc", 0xFB}, {"ugrave", 0xF9},
    {"uuml", 0xFC}, {"yacute", 0xFD}, {"yen", 0xA5}, {"yuml", 0xFF}, {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

// Windows-1252 for 0x80..0x9F, as HTML5 reads numeric references there.
constexpr std::array<char32_t, 32> kCp1252 = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendCodePoint(char32_t cp, std::string* out) {
  if (cp == 0xAD) return;  // soft hyphen: invisible, and it would split words
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp >= 0x80 && cp <= 0x9F) cp = kCp1252[cp - 0x80];
  AppendUtf8(cp, out);
}

size_t DecodeNumeric(std::string_view s, size_t pos, std::string* out) {
  // s[pos] == '&', s[pos + 1] == '#'
  size_t p = pos + 2;
  bool hex = p < s.size() && (s[p] == 'x' || s[p] == 'X');
  if (hex) ++p;
  size_t start = p;
  uint32_t value = 0;
  while (p < s.size() && p - start < 8) {
    int d = hex ? HexValue(s[p]) : (s[p] >= '0' && s[p] <= '9' ? s[p] - '0' : -1);
    if (d < 0) break;
    value = value * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    ++p;
  }
  if (p == start || p >= s.size() || s[p] != ';') return 0;
  AppendCodePoint(value, out);
  return p + 1 - pos;
}

}  // namespace

size_t DecodeEntity(std::string_view s, size_t pos, std::string* out) {
  if (pos + 2 >= s.size() || s[pos] != '&') return 0;
  if (s[pos + 1] == '#') return DecodeNumeric(s, pos, out);
  size_t p = pos + 1;
  while (p < s.size() && p - pos <= 8 && IsAlnum(s[p])) ++p;
  if (p >= s.size() || s[p] != ';' || p == pos + 1) return 0;
  std::string_view name = s.substr(pos + 1, p - pos - 1);
  const NamedEntity* end = std::end(kNamed);
  const NamedEntity* it = std::lower_bound(
      std::begin(kNamed), end, name,
      [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  if (it == end || it->name != name) return 0;
  AppendCodePoint(it->cp, out);
  return p + 1 - pos;
}

}  // namespace vigie::ingest::internal
