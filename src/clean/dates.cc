// Dates in news pages, French and English, to ISO 8601.
//
// The idea. A date is a short run of tokens (numbers, words, a few
// separators), so the scanner walks the string once and, at each token that
// can open a date (a digit, or a letter that can open a month name), tries a
// handful of hand-written matchers:
//   year first   "2016-11-01", "2016/11/01", ISO date-times;
//   numeric      "01/11/2016", "1.11.2016", "1-11-16" (day first);
//   day first    "[le] 1er novembre [,] 2016", "31 oct. 2016", "le 31 octobre";
//   month first  "Nov. 1, 2016", "November 1st 2016".
// The first match that is a valid calendar date wins. Words are folded to
// lower-case ASCII without accents before lookup, so "FÉVRIER", "fevrier"
// and "Février" are one word; NFD text (e + combining acute) folds too.
//
// Why hand-written rather than RE2: the hard part is not the shape but the
// judgement around it (is "12" a day or a month, is "10.10.12" a version
// number, may a yearless date borrow the context year), which is easier to
// state in code than in one regular expression; and a single pass with O(1)
// work per token start keeps the cost linear on 50 MB lines without any
// per-call compilation.
//
// False positives, and the rules that keep them out:
// - A date must start a token: "v2.10.12", "10.000", "192.168.1.1" never
//   give a start inside a number run, and "x.2016-11-01" is refused after a
//   digit and separator.
// - Numeric dates need three parts and a two- or four-digit year, and are
//   refused when another "sep digit" follows (phone numbers
//   "01.23.45.67.89"). With '.' or '-' and a two-digit year both day and
//   month must be written with two digits: "01.11.16" is a date, "2.10.12"
//   (a version) is not.
// - Day and month order: French writes day first; if the second number
//   cannot be a month (> 12) the date is read month first (US "11/21/2016").
// - A yearless "le 31 octobre" is a date only when a context year is given,
//   and only with a full month name other than "may" ("3 may be").
// - Years are plausible in 1900..2100; a four-digit number after a month
//   name that is not such a year ("3 mai 1789") rejects the whole match
//   rather than falling back on the context year.
// Dates inside URLs ("/2016/11/01/") are found: on news sites they are the
// publication date far more often than not.
//
// Times: an ISO date followed by "T" or a space and hh:mm[:ss] gives a
// date-time "YYYY-MM-DDThh:mm[:ss][zone]", zone as "Z" or "+hh:mm",
// fractional seconds dropped (one precision for all sources, so that dates
// compare as strings). A time written in words ("à 10h30", "10:30 am") next
// to a textual date is dropped: its zone is unknown, and a bare date is what
// readers of the output compare.
#include "clean/dates.h"

#include <array>
#include <cstdio>
#include <initializer_list>
#include <utility>

#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::clean {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
// White space allowed between two parts of a date ("1  novembre"), in bytes:
// a few spaces or no-break spaces, not a gap between two sentences' numbers.
constexpr size_t kMaxGap = 12;
// Longest word worth folding: "septembre", "mercredi", "publication"...
constexpr size_t kMaxWord = 16;
// NormalizeDate: longest text allowed before and after the date.
constexpr size_t kMaxPrefix = 80;
constexpr size_t kMaxSuffix = 64;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsAsciiAlpha(c); }

// Letters for the purpose of word boundaries: ASCII, Latin-1 and Latin
// Extended, combining marks, Greek, Cyrillic... and the superscripts of "1ᵉʳ".
bool IsLetter(char32_t cp) {
  if (cp < 0x80) return IsAsciiAlpha(static_cast<char>(cp));
  if (cp == 0xD7 || cp == 0xF7) return false;
  return (cp >= 0xC0 && cp <= 0x1FFF);
}

// Appends the lower-case ASCII fold of letter `cp` to `out`.
void FoldLetter(char32_t cp, std::string* out) {
  // U+00C0..U+00DF; lower case is the same block + 0x20.
  static constexpr char kLatin1[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts";
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  } else if (cp >= 0xC0 && cp <= 0xFF) {
    out->push_back(cp == 0xFF ? 'y' : kLatin1[(cp - 0xC0) & 0x1F]);
  } else if (cp == 0x152 || cp == 0x153) {
    out->append("oe");
  } else if (cp == 0x2B3) {
    out->push_back('r');  // ʳ
  } else if (cp == 0x1D49) {
    out->push_back('e');  // ᵉ
  } else if (cp >= 0x300 && cp <= 0x36F) {
    // Combining mark: the base letter was already folded.
  } else {
    out->push_back('*');
  }
}

char32_t CodePointAt(std::string_view s, size_t pos, size_t* next) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *next = pos + 1;
    return c;
  }
  size_t p = pos;
  char32_t cp = DecodeUtf8(s, &p);
  // DecodeUtf8 may step past the end of a truncated sequence.
  *next = p > s.size() ? s.size() : p;
  return cp;
}

// True if a date may start at `pos`: not inside a word or a number run.
bool StartsToken(std::string_view s, size_t pos) {
  if (pos == 0) return true;
  char prev = s[pos - 1];
  if (IsAsciiAlnum(prev)) return false;
  if ((prev == '.' || prev == ',' || prev == '/' || prev == '-' || prev == ':') && pos >= 2 &&
      IsDigit(s[pos - 2])) {
    return false;
  }
  if (static_cast<unsigned char>(prev) >= 0x80) {
    size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
      --start;
    }
    size_t next;
    if (IsLetter(CodePointAt(s, start, &next))) return false;
  }
  return true;
}

size_t SkipSpaces(std::string_view s, size_t pos) {
  size_t start = pos;
  while (pos < s.size() && pos - start <= kMaxGap) {
    size_t next;
    if (!IsUnicodeSpace(CodePointAt(s, pos, &next))) break;
    pos = next;
  }
  return pos;
}

struct Number {
  int value = 0;
  int digits = 0;  // 0: no number here
  size_t end = 0;
};

Number ReadNumber(std::string_view s, size_t pos) {
  Number n;
  n.end = pos;
  while (n.end < s.size() && IsDigit(s[n.end])) {
    if (n.digits < 9) n.value = n.value * 10 + (s[n.end] - '0');
    ++n.digits;
    ++n.end;
  }
  return n;
}

// Reads the word at `pos` folded into `*word`; false if there is no word or
// it is longer than kMaxWord (no date word is). `*end` is past the word.
bool ReadWord(std::string_view s, size_t pos, std::string* word, size_t* end) {
  word->clear();
  while (pos < s.size()) {
    size_t next;
    char32_t cp = CodePointAt(s, pos, &next);
    if (!IsLetter(cp)) break;
    FoldLetter(cp, word);
    if (word->size() > kMaxWord) return false;
    pos = next;
  }
  *end = pos;
  return !word->empty();
}

struct MonthName {
  std::string_view name;
  int month;
  bool yearless_ok;  // may stand without a year ("le 31 octobre")
};

constexpr std::array<MonthName, 45> kMonths = {{
    {"janvier", 1, true},    {"fevrier", 2, true},   {"mars", 3, true},
    {"avril", 4, true},      {"mai", 5, true},       {"juin", 6, true},
    {"juillet", 7, true},    {"aout", 8, true},      {"septembre", 9, true},
    {"octobre", 10, true},   {"novembre", 11, true}, {"decembre", 12, true},
    {"january", 1, true},    {"february", 2, true},  {"march", 3, true},
    {"april", 4, true},      {"may", 5, false},      {"june", 6, true},
    {"july", 7, true},       {"august", 8, true},    {"september", 9, true},
    {"october", 10, true},   {"november", 11, true}, {"december", 12, true},
    {"jan", 1, false},       {"janv", 1, false},     {"feb", 2, false},
    {"fev", 2, false},       {"fevr", 2, false},     {"mar", 3, false},
    {"apr", 4, false},       {"avr", 4, false},      {"jun", 6, false},
    {"jul", 7, false},       {"juil", 7, false},     {"aug", 8, false},
    {"aou", 8, false},       {"sep", 9, false},      {"sept", 9, false},
    {"oct", 10, false},      {"nov", 11, false},     {"dec", 12, false},
    {"febr", 2, false},      {"juill", 7, false},    {"dez", 12, false},
}};

const MonthName* FindMonth(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return nullptr;
  for (const MonthName& m : kMonths) {
    if (m.name == word) return &m;
  }
  return nullptr;
}

bool InList(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

// Words that may precede a date in a <meta> value or a "Publié le" line.
bool IsLeadWord(std::string_view w) {
  return InList(w, {"le", "la", "l", "du", "de", "des", "publie", "publiee", "mis", "mise", "a",
                    "jour", "maj", "on", "published", "updated", "posted", "date", "dated",
                    "derniere", "modifie", "modifiee", "modification", "cree", "creee",
                    "creation", "article", "last", "modified", "first", "created", "en",
                    "ligne", "initialement", "paru", "parue", "parution", "edition", "redige",
                    "redigee", "ecrit", "ecrite", "the", "lundi", "mardi", "mercredi", "jeudi",
                    "vendredi", "samedi", "dimanche", "lun", "mar", "mer", "jeu", "ven", "sam",
                    "dim", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                    "sun"});
}

// Words that may follow a date: a time of day and its zone.
bool IsTimeWord(std::string_view w) {
  return InList(w, {"a", "at", "h", "hr", "hrs", "heure", "heures", "min", "mn", "am", "pm",
                    "utc", "gmt", "cet", "cest", "z", "et", "edt", "est", "pst", "pdt", "bst",
                    "de", "paris", "locale", "vers", "environ"});
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ValidYmd(int y, int m, int d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1) return false;
  return d <= kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
}

std::string FormatYmd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::string Two(int v) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02d", v % 100);
  return buf;
}

// Reads a zone "Z", "+hh:mm", "+hhmm" or "+hh" at `*pos` into `*zone`.
bool ReadZone(std::string_view s, size_t* pos, std::string* zone) {
  size_t p = *pos;
  if (p >= s.size()) return false;
  if (s[p] == 'Z' || s[p] == 'z') {
    *zone = "Z";
    *pos = p + 1;
    return true;
  }
  if (s[p] != '+' && s[p] != '-') return false;
  Number h = ReadNumber(s, p + 1);
  int hh = 0, mm = 0;
  size_t end = h.end;
  if (h.digits == 4) {
    hh = h.value / 100;
    mm = h.value % 100;
  } else if (h.digits == 2) {
    hh = h.value;
    if (end + 1 < s.size() && s[end] == ':') {
      Number m = ReadNumber(s, end + 1);
      if (m.digits != 2) return false;
      mm = m.value;
      end = m.end;
    }
  } else {
    return false;
  }
  if (hh > 23 || mm > 59) return false;
  // Appended piece by piece: GCC 12 at -O2 reports a false -Wrestrict on
  // std::string operator+ chains (GCC bug 105651).
  zone->assign(1, s[p]);
  zone->append(Two(hh)).append(":").append(Two(mm));
  *pos = end;
  return true;
}

// After an ISO date ending at `pos`: "Thh:mm[:ss[.frac]][zone]" or
// " hh:mm[:ss]...". Appends the time to `*iso` and returns the end of the
// match, or returns `pos` when there is no valid time.
size_t MatchTime(std::string_view s, size_t pos, std::string* iso) {
  if (pos + 1 >= s.size() || (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ')) return pos;
  Number h = ReadNumber(s, pos + 1);
  if (h.digits < 1 || h.digits > 2 || h.end >= s.size() || s[h.end] != ':') return pos;
  Number m = ReadNumber(s, h.end + 1);
  if (m.digits != 2) return pos;
  size_t p = m.end;
  int ss = -1;
  if (p + 1 < s.size() && s[p] == ':' && IsDigit(s[p + 1])) {
    Number sec = ReadNumber(s, p + 1);
    if (sec.digits != 2) return pos;
    ss = sec.value;
    p = sec.end;
    if (p + 1 < s.size() && (s[p] == '.' || s[p] == ',') && IsDigit(s[p + 1])) {
      p = ReadNumber(s, p + 1).end;  // fractional seconds: dropped
    }
  }
  if (h.value > 23 || m.value > 59 || ss > 60) return pos;
  std::string zone;
  ReadZone(s, &p, &zone);
  if (p < s.size() && IsAsciiAlnum(s[p])) return pos;
  iso->append("T").append(Two(h.value)).append(":").append(Two(m.value));  // not operator+:
  if (ss >= 0) iso->append(":").append(Two(ss));  // see ReadZone
  *iso += zone;
  return p;
}

bool IsDateSeparator(char c) { return c == '-' || c == '/' || c == '.'; }

// True if a separator and a digit follow `p`: the numbers go on
// ("01.23.45.67.89", "2016.11.01.3").
bool MoreNumbersFollow(std::string_view s, size_t p) {
  return p + 1 < s.size() && IsDateSeparator(s[p]) && IsDigit(s[p + 1]);
}

// "2016-11-01[Thh:mm...]", "2016/11/01", "2016.11.01".
std::optional<DateMatch> MatchYearFirst(std::string_view s, size_t pos) {
  Number y = ReadNumber(s, pos);
  if (y.digits != 4 || y.end >= s.size() || !IsDateSeparator(s[y.end])) return std::nullopt;
  char sep = s[y.end];
  Number m = ReadNumber(s, y.end + 1);
  if (m.digits < 1 || m.digits > 2 || m.end >= s.size() || s[m.end] != sep) return std::nullopt;
  Number d = ReadNumber(s, m.end + 1);
  if (d.digits < 1 || d.digits > 2 || MoreNumbersFollow(s, d.end)) return std::nullopt;
  if (!ValidYmd(y.value, m.value, d.value)) return std::nullopt;
  DateMatch match{pos, d.end, FormatYmd(y.value, m.value, d.value)};
  if (sep == '-') match.end = MatchTime(s, d.end, &match.iso);
  return match;
}

// "01/11/2016", "1.11.2016", "01-11-16", "11/21/2016" (month first).
std::optional<DateMatch> MatchNumeric(std::string_view s, size_t pos) {
  Number a = ReadNumber(s, pos);
  if (a.digits < 1 || a.digits > 2 || a.end >= s.size() || !IsDateSeparator(s[a.end])) {
    return std::nullopt;
  }
  char sep = s[a.end];
  Number b = ReadNumber(s, a.end + 1);
  if (b.digits < 1 || b.digits > 2 || b.end >= s.size() || s[b.end] != sep) return std::nullopt;
  Number c = ReadNumber(s, b.end + 1);
  if ((c.digits != 2 && c.digits != 4) || MoreNumbersFollow(s, c.end)) return std::nullopt;
  if (c.digits == 2 && sep != '/' && (a.digits != 2 || b.digits != 2)) return std::nullopt;
  int year = c.digits == 4 ? c.value : (c.value < 70 ? 2000 + c.value : 1900 + c.value);
  int day = a.value, month = b.value;
  if (a.value <= 12 && b.value > 12) std::swap(day, month);
  if (!ValidYmd(year, month, day)) return std::nullopt;
  return DateMatch{pos, c.end, FormatYmd(year, month, day)};
}

// Past an ordinal suffix glued to a day number ("1er", "1ère", "1ᵉʳ",
// "1st", "2nd", "1°"); npos if a word that is not an ordinal is glued to it
// ("10h", "3km").
size_t SkipOrdinal(std::string_view s, size_t pos) {
  if (pos >= s.size()) return pos;
  if (s.substr(pos, 2) == "\xC2\xB0" || s.substr(pos, 2) == "\xC2\xBA") return pos + 2;
  std::string word;
  size_t end;
  if (!ReadWord(s, pos, &word, &end)) {
    size_t next;
    return IsLetter(CodePointAt(s, pos, &next)) ? std::string_view::npos : pos;
  }
  if (InList(word, {"er", "re", "ere", "st", "nd", "rd", "th"})) return end;
  return std::string_view::npos;
}

// A month name at `pos`, with its abbreviation dot; `*end` past it.
const MonthName* ReadMonth(std::string_view s, size_t pos, size_t* end) {
  std::string word;
  if (!ReadWord(s, pos, &word, end)) return nullptr;
  const MonthName* month = FindMonth(word);
  if (month != nullptr && *end < s.size() && s[*end] == '.') ++*end;
  return month;
}

// "1er novembre 2016", "31 oct. 2016", "1 November, 2016", "le 31 octobre".
std::optional<DateMatch> MatchDayMonth(std::string_view s, size_t pos,
                                       std::optional<int> context_year) {
  Number d = ReadNumber(s, pos);
  if (d.digits < 1 || d.digits > 2) return std::nullopt;
  size_t p = SkipOrdinal(s, d.end);
  if (p == std::string_view::npos) return std::nullopt;
  size_t q = SkipSpaces(s, p);
  if (q == p) return std::nullopt;
  const MonthName* month = ReadMonth(s, q, &p);
  if (month == nullptr) return std::nullopt;
  q = SkipSpaces(s, p);
  if (q < s.size() && s[q] == ',') q = SkipSpaces(s, q + 1);
  Number y = ReadNumber(s, q);
  if (y.digits == 4) {
    if (!ValidYmd(y.value, month->month, d.value)) return std::nullopt;
    return DateMatch{pos, y.end, FormatYmd(y.value, month->month, d.value)};
  }
  if (y.digits > 4 || !month->yearless_ok || !context_year.has_value()) return std::nullopt;
  if (!ValidYmd(*context_year, month->month, d.value)) return std::nullopt;
  return DateMatch{pos, p, FormatYmd(*context_year, month->month, d.value)};
}

// "Nov. 1, 2016", "November 1st 2016".
std::optional<DateMatch> MatchMonthDay(std::string_view s, size_t pos) {
  size_t p;
  const MonthName* month = ReadMonth(s, pos, &p);
  if (month == nullptr) return std::nullopt;
  size_t q = SkipSpaces(s, p);
  if (q == p && s[p - 1] != '.') return std::nullopt;
  Number d = ReadNumber(s, q);
  if (d.digits < 1 || d.digits > 2) return std::nullopt;
  p = SkipOrdinal(s, d.end);
  if (p == std::string_view::npos) return std::nullopt;
  bool comma = p < s.size() && s[p] == ',';
  q = SkipSpaces(s, comma ? p + 1 : p);
  if (q == p) return std::nullopt;
  Number y = ReadNumber(s, q);
  if (y.digits != 4 || !ValidYmd(y.value, month->month, d.value)) return std::nullopt;
  return DateMatch{pos, y.end, FormatYmd(y.value, month->month, d.value)};
}

// Letters that can open a month name, in any of the two languages.
bool CanOpenMonth(char c) {
  switch (c | 0x20) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd':
      return true;
    default:
      return false;
  }
}

std::optional<DateMatch> MatchAt(std::string_view s, size_t pos, std::optional<int> context_year) {
  if (IsDigit(s[pos])) {
    if (auto m = MatchYearFirst(s, pos)) return m;
    if (auto m = MatchNumeric(s, pos)) return m;
    return MatchDayMonth(s, pos, context_year);
  }
  if (CanOpenMonth(s[pos])) return MatchMonthDay(s, pos);
  return std::nullopt;
}

// True if `text` holds only words accepted by `allowed`, white space and
// punctuation; digits are accepted only when `digits_ok`.
template <typename Pred>
bool OnlyWords(std::string_view text, bool digits_ok, Pred allowed) {
  std::string word;
  for (size_t p = 0; p < text.size();) {
    size_t next;
    char32_t cp = CodePointAt(text, p, &next);
    if (IsLetter(cp)) {
      size_t end;
      if (!ReadWord(text, p, &word, &end) || !allowed(word)) return false;
      p = end;
      continue;
    }
    if (cp < 0x80 && IsDigit(static_cast<char>(cp)) && !digits_ok) return false;
    p = next;
  }
  return true;
}

}  // namespace

std::optional<DateMatch> FindDate(std::string_view s, std::optional<int> context_year) {
  if (context_year && (*context_year < kMinYear || *context_year > kMaxYear)) {
    context_year.reset();
  }
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (!IsAsciiAlnum(c) || !StartsToken(s, i)) continue;
    if (auto m = MatchAt(s, i, context_year)) return m;
  }
  return std::nullopt;
}

std::optional<std::string> ParseDate(std::string_view s, std::optional<int> context_year) {
  std::optional<DateMatch> m = FindDate(s, context_year);
  if (!m) return std::nullopt;
  return std::move(m->iso);
}

std::optional<std::string> NormalizeDate(std::string_view s) {
  std::optional<DateMatch> m = FindDate(s);
  if (!m) return std::nullopt;
  std::string_view prefix = s.substr(0, m->begin);
  std::string_view suffix = s.substr(m->end);
  if (prefix.size() > kMaxPrefix || suffix.size() > kMaxSuffix) return std::nullopt;
  if (!OnlyWords(prefix, false, IsLeadWord)) return std::nullopt;
  if (!OnlyWords(suffix, true, IsTimeWord)) return std::nullopt;
  return std::move(m->iso);
}

}  // namespace vigie::clean
