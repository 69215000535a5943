// Direction and credit: design notes.
//
// Direction. The origin is the article published first. Dates in the wild
// come as days ("2016-11-01"), local times without a zone, or instants; we
// compare what both values state and no more: two zoned times as instants,
// two unzoned ones as local times, anything else by calendar day, and the
// same day without both times is "unknown" rather than a guess. A missing
// publication date falls back to the fetch date (WARC-Date), which is only
// an upper bound of publication: the pair then says `order_basis:
// "fetched"` so that a reader can weigh it.
//
// Credit. The later article credits the earlier when its credits (the
// "Source:" lines, agencies, "publié initialement sur" that the clean stage
// found, doc/schema.md) name the earlier's outlet or its domain or link to
// its site, or when its text names them. Outlet names are matched in the
// text with their capitals ("Le Monde" is a credit, "le monde entier" is
// not) and accents folded; domains and URLs in any case. Very short names
// ("RT") are matched in credits only: as a word of the text they are too
// often something else.
#include "reuse/provenance.h"

#include <cctype>

#include "common/strings.h"
#include "text/normalize.h"

namespace vigie::reuse {

namespace {

bool Digits(std::string_view s, size_t pos, size_t count, int* value) {
  if (pos + count > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<Timestamp> BestTime(const ReuseArticle& a, bool* from_fetched) {
  if (a.published) {
    if (auto t = ParseTimestamp(*a.published)) {
      *from_fetched = false;
      return t;
    }
  }
  if (a.fetched) {
    if (auto t = ParseTimestamp(*a.fetched)) {
      *from_fetched = true;
      return t;
    }
  }
  return std::nullopt;
}

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// `needle` in `haystack` with no word character right before or after it.
bool ContainsBounded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return false;
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + 1)) {
    const bool left = pos == 0 || !IsWordByte(haystack[pos - 1]) || !IsWordByte(needle.front());
    const size_t end = pos + needle.size();
    const bool right =
        end == haystack.size() || !IsWordByte(haystack[end]) || !IsWordByte(needle.back());
    if (left && right) return true;
  }
  return false;
}

// Host and path of a URL without scheme, "www." and final slash, lower case.
std::string BareUrl(std::string_view url) {
  std::string s = AsciiLower(Trim(url));
  for (std::string_view scheme : {"https://", "http://"}) {
    if (StartsWith(s, scheme)) s.erase(0, scheme.size());
  }
  if (StartsWith(s, "www.")) s.erase(0, 4);
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

// Same site: equal hosts, or one a subdomain of the other.
bool SameSite(std::string_view x, std::string_view y) {
  if (x.empty() || y.empty()) return false;
  if (x == y) return true;
  auto sub = [](std::string_view child, std::string_view parent) {
    return child.size() > parent.size() && EndsWith(child, parent) &&
           child[child.size() - parent.size() - 1] == '.';
  };
  return sub(x, y) || sub(y, x);
}

}  // namespace

std::optional<Timestamp> ParseTimestamp(std::string_view s) {
  s = Trim(s);
  int y = 0, mo = 0, d = 0;
  if (!Digits(s, 0, 4, &y) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2, &mo) ||
      s[7] != '-' || !Digits(s, 8, 2, &d)) {
    return std::nullopt;
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] + (mo == 2 && LeapYear(y) ? 1 : 0)) {
    return std::nullopt;
  }
  Timestamp t;
  t.day = DaysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
  if (s.size() == 10) return t;
  int h = 0, mi = 0, sec = 0;
  if ((s[10] != 'T' && s[10] != ' ') || !Digits(s, 11, 2, &h) || s.size() < 16 || s[13] != ':' ||
      !Digits(s, 14, 2, &mi) || h > 23 || mi > 59) {
    return std::nullopt;
  }
  size_t pos = 16;
  if (pos < s.size() && s[pos] == ':') {
    if (!Digits(s, pos + 1, 2, &sec) || sec > 60) return std::nullopt;
    pos += 3;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    }
  }
  t.seconds = h * 3600 + mi * 60 + sec;
  if (pos == s.size()) return t;
  int offset = 0;
  if (s[pos] == 'Z' || s[pos] == 'z') {
    if (pos + 1 != s.size()) return std::nullopt;
  } else if (s[pos] == '+' || s[pos] == '-') {
    int oh = 0, om = 0;
    if (!Digits(s, pos + 1, 2, &oh)) return std::nullopt;
    size_t q = pos + 3;
    if (q < s.size() && s[q] == ':') ++q;
    if (q < s.size() && !Digits(s, q, 2, &om)) return std::nullopt;
    if (q < s.size()) q += 2;
    if (q != s.size() || oh > 23 || om > 59) return std::nullopt;
    offset = (oh * 3600 + om * 60) * (s[pos] == '-' ? -1 : 1);
  } else {
    return std::nullopt;
  }
  t.utc = t.day * 86400 + *t.seconds - offset;
  return t;
}

int CompareTimestamps(const Timestamp& x, const Timestamp& y) {
  auto sign = [](int64_t v) { return v < 0 ? -1 : v > 0 ? 1 : 0; };
  if (x.utc && y.utc) return sign(*x.utc - *y.utc);
  if (x.seconds && y.seconds && !x.utc && !y.utc) {
    return sign((x.day - y.day) * 86400 + (*x.seconds - *y.seconds));
  }
  return sign(x.day - y.day);
}

ReuseDirection OrderArticles(const ReuseArticle& a, const ReuseArticle& b, std::string* basis) {
  basis->clear();
  bool a_fetched = false, b_fetched = false;
  std::optional<Timestamp> ta = BestTime(a, &a_fetched);
  std::optional<Timestamp> tb = BestTime(b, &b_fetched);
  if (!ta || !tb) return ReuseDirection::kUnknown;
  const int c = CompareTimestamps(*ta, *tb);
  if (c == 0) return ReuseDirection::kUnknown;
  *basis = a_fetched || b_fetched ? "fetched" : "published";
  return c < 0 ? ReuseDirection::kAToB : ReuseDirection::kBToA;
}

bool CreditsEarlier(const ReuseArticle& later, std::string_view later_text,
                    const ReuseArticle& earlier) {
  std::string domain = earlier.domain ? AsciiLower(*earlier.domain) : std::string();
  if (domain.empty() && earlier.url) domain = DomainOfUrl(*earlier.url);
  const std::string url = earlier.url ? BareUrl(*earlier.url) : std::string();
  const text::Normalizer fold_all(text::kNormalizeForMatching);
  const text::Normalizer fold_accents(text::kFoldAccents | text::kFoldPunctuation);
  std::string outlet_folded, outlet_cased;
  if (earlier.outlet) {
    outlet_folded = fold_all.Fold(CollapseWhitespace(*earlier.outlet));
    outlet_cased = fold_accents.Fold(CollapseWhitespace(*earlier.outlet));
  }
  for (const Credit& c : later.credits) {
    if (c.url) {
      if (SameSite(DomainOfUrl(*c.url), domain)) return true;
      if (!url.empty() && BareUrl(*c.url) == url) return true;
    }
    if (c.name) {
      const std::string name = fold_all.Fold(CollapseWhitespace(*c.name));
      if (!outlet_folded.empty() && (name == outlet_folded || ContainsBounded(name, outlet_folded))) {
        return true;
      }
      if (!domain.empty() && ContainsBounded(name, domain)) return true;
    }
  }
  if (later_text.empty()) return false;
  if (outlet_cased.size() >= 3 &&
      ContainsBounded(fold_accents.Fold(later_text), outlet_cased)) {
    return true;
  }
  if (domain.empty() && url.empty()) return false;
  const std::string text = fold_all.Fold(later_text);
  return (!domain.empty() && ContainsBounded(text, domain)) ||
         (!url.empty() && url != domain && ContainsBounded(text, url));
}

}  // namespace vigie::reuse
