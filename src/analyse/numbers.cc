// Number parsing for casualty claims.
//
// Digits. The tokenizer keeps a number whole with its group separators
// ("10.000", "4 000" with a no-break or narrow no-break space, "1,5"), and
// folding turns every space into ' '. A separator followed by exactly three
// digits groups thousands; French and English then agree on "10.000",
// "10,000" and "300 000", and a lone ",5" or ".5" is a decimal, which only a
// scale word makes a count ("1,5 million"). The one ambiguity, "1,500"
// meaning 1.5 in French, does not arise in counts of people.
//
// Words. Number words are the lexicon's (numbers.tsv), so that a language is
// data. A value is read left to right as people say it: a number adds to the
// current group, "cent"/"hundred" multiplies the group, "mille", "million"
// and above close it into the total ("deux cent cinquante mille" 250000).
// Hyphenated compounds are read part by part, "quatre-vingt" being one
// entry so that "quatre-vingt-dix-sept" is 80 + 10 + 7.
//
// Collectives and ranges follow the gold set's conventions
// (tests/testdata/gold/claims_fr/README.md), chosen as the smallest value
// the text allows: "une dizaine" 10, "des dizaines" 20 (two tens at least),
// "des dizaines de milliers" 20000, "dozens" 24; a range "entre 200 et 300",
// "20-30", "deux ou trois" gives its lower bound. Both are approximate, as
// is any figure under a qualifier ("au moins", "more than", "environ" after
// it). A user who prefers another convention changes the data, not this
// file: the factor 2 is the only constant here.
#include "analyse/numbers.h"

#include <cctype>
#include <cmath>
#include <limits>

namespace vigie::analyse {
namespace {

constexpr int64_t kPluralCollectiveFactor = 2;
constexpr double kMaxCount = 1e12;  // above any count of people; keeps int64 safe

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Digits only, at least one.
bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsDigit(c)) return false;
  return true;
}

double DigitsValue(std::string_view s) {
  double v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// "1", "10", "100" then groups of exactly three digits: "10.000.000".
std::optional<double> Grouped(std::string_view s, char sep) {
  double v = 0;
  size_t start = 0;
  bool first = true;
  while (true) {
    size_t pos = s.find(sep, start);
    std::string_view group = s.substr(start, pos == std::string_view::npos ? pos : pos - start);
    if (!AllDigits(group) || (first ? group.size() > 3 : group.size() != 3)) return std::nullopt;
    v = v * 1000 + DigitsValue(group);
    first = false;
    if (pos == std::string_view::npos) return v;
    start = pos + 1;
  }
}

// The value of a number word, or of every part of a hyphenated compound
// ("vingt-deux", "quatre-vingt-dix"); -1 if any part is not a number word.
struct WordNumber {
  int64_t total = 0, group = 0;
  bool any = false;

  // A number (kNumber) or a scale (kScale); false for anything else.
  bool Add(const ClaimLexicon& lexicon, std::string_view word, uint8_t languages) {
    if (int64_t v = lexicon.WordValue(word, ClaimRole::kNumber, languages); v >= 0) {
      group += v;
    } else if (int64_t s = lexicon.WordValue(word, ClaimRole::kScale, languages); s > 0) {
      if (s < 1000) {
        group = (group == 0 ? 1 : group) * s;
      } else {
        total += (group == 0 ? 1 : group) * s;
        group = 0;
      }
    } else {
      return false;
    }
    any = true;
    return total + group <= static_cast<int64_t>(kMaxCount);
  }
  int64_t value() const { return total + group; }
};

// Adds a whole token to `w`: a number word, or a hyphenated compound read
// part by part, the longest listed prefix first ("quatre-vingt-dix").
// "et" inside ("vingt-et-un") joins, and "un"/"une" there is one.
bool AddToken(const ClaimMarks& marks, std::string_view folded, WordNumber* w) {
  const ClaimLexicon& lexicon = marks.lexicon();
  const uint8_t langs = marks.languages();
  WordNumber trial = *w;
  size_t start = 0;
  while (start < folded.size()) {
    // Longest prefix of parts that is an entry.
    size_t end = folded.size();
    bool added = false;
    while (true) {
      std::string_view part = folded.substr(start, end - start);
      if (trial.Add(lexicon, part, langs)) {
        added = true;
        break;
      }
      if (trial.any && part.size() < folded.size() && (part == "et" || part == "and")) {
        added = true;
        break;
      }
      if (trial.any && part.size() < folded.size() && lexicon.WordValue(part, ClaimRole::kOne, langs) == 1) {
        trial.group += 1;
        added = true;
        break;
      }
      size_t hyphen = folded.rfind('-', end - 1);
      if (hyphen == std::string_view::npos || hyphen <= start) break;
      end = hyphen;
    }
    if (!added) return false;
    start = end + 1;
  }
  *w = trial;
  return w->any;
}

struct Core {
  size_t end = 0;
  double value = 0;
  bool approximate = false;
  bool weak = false;
  bool year_like = false;
};

bool IsConnector(const ClaimMarks& marks, size_t j) {
  return marks.Has(j, ClaimRole::kConnector);
}

// "des dizaines" (2 x 10), "une centaine", "dozens", "several dozen",
// then "de milliers" / "of thousands" multiplying.
std::optional<Core> Collective(const ClaimMarks& marks, size_t i, size_t limit) {
  size_t j = i;
  bool plural = false, article = false;
  if (const ClaimLexiconEntry* one = marks.Longest(j, ClaimRole::kOne)) {
    j += one->tokens.size();
    article = true;
  } else if (size_t n = marks.Length(j, ClaimRole::kPluralDeterminer)) {
    j += n;
    plural = true;
  }
  if (j >= limit) return std::nullopt;
  double value;
  if (const ClaimLexiconEntry* c = marks.Longest(j, ClaimRole::kCollectives); c && !article) {
    value = static_cast<double>(c->value * kPluralCollectiveFactor);
    j += c->tokens.size();
  } else if (const ClaimLexiconEntry* c1 = marks.Longest(j, ClaimRole::kCollective)) {
    value = static_cast<double>(c1->value * (plural ? kPluralCollectiveFactor : 1));
    j += c1->tokens.size();
  } else if (const ClaimLexiconEntry* s = marks.Longest(j, ClaimRole::kScale); s && article) {
    Core core{j + s->tokens.size(), static_cast<double>(s->value), false, false, false};
    return core;  // "un million", "a hundred"
  } else {
    return std::nullopt;
  }
  // "des dizaines de milliers", "hundreds of thousands".
  if (j + 1 < limit && IsConnector(marks, j)) {
    if (const ClaimLexiconEntry* m = marks.Longest(j + 1, ClaimRole::kCollectives)) {
      value *= static_cast<double>(m->value);
      j += 1 + m->tokens.size();
    }
  }
  return Core{j, value, true, false, false};
}

// Digits, digits with a scale, or number words, from token i.
std::optional<Core> Number(const ClaimMarks& marks, size_t i, size_t limit) {
  const AnalysisText& text = marks.text();
  std::string_view folded = text.Folded(i);
  Core core;
  if (text.tokens()[i].kind == text::TokenKind::kNumber) {
    std::optional<double> v = ParseDigits(folded);
    if (!v) return std::nullopt;
    core.value = *v;
    core.end = i + 1;
    core.year_like = folded.size() == 4 && AllDigits(folded) && *v >= 1900 && *v <= 2100;
    if (core.end < limit) {
      if (const ClaimLexiconEntry* s = marks.Longest(core.end, ClaimRole::kScale)) {
        core.value *= static_cast<double>(s->value);
        core.end += s->tokens.size();
        core.year_like = false;
        // "1,7 million": 1.7 is no exact double, its product a hair off.
        if (std::abs(core.value - std::round(core.value)) < 1e-6) core.value = std::round(core.value);
      }
    }
    if (core.value != std::floor(core.value)) return std::nullopt;  // "2,5" people
    return core;
  }
  // Only words of the lexicon, or hyphenated compounds of them, can be
  // number words: most tokens are neither, and cost no look-up.
  auto maybe = [&](size_t t) {
    return marks.Has(t, ClaimRole::kNumber) || marks.Has(t, ClaimRole::kScale) ||
           text.Folded(t).find('-') != std::string_view::npos;
  };
  WordNumber w;
  size_t j = i;
  while (j < limit && maybe(j) && AddToken(marks, text.Folded(j), &w)) {
    ++j;
    // "et"/"and" inside a number only where numbers are said so: "vingt
    // et un", "soixante et onze", "one hundred and fifty"; "trente et
    // cinquante" is two numbers.
    if (j + 1 < limit && (text.Folded(j) == "et" || text.Folded(j) == "and")) {
      std::string_view next = text.Folded(j + 1);
      bool joins = text.Folded(j) == "et"
                       ? w.group % 10 == 0 && w.group >= 20 && w.group < 100 &&
                             (next == "un" || next == "une" || next == "onze")
                       : w.group % 100 == 0 && (w.group > 0 || w.total > 0) &&
                             marks.lexicon().WordValue(text.Folded(j - 1), ClaimRole::kScale, marks.languages()) > 0;
      if (joins && (next == "un" || next == "une")) {
        w.group += 1;
        j += 2;
        break;
      }
      WordNumber probe = w;
      if (joins && maybe(j + 1) && AddToken(marks, next, &probe)) ++j;
    }
  }
  if (j == i) return std::nullopt;
  core.value = static_cast<double>(w.value());
  core.end = j;
  return core;
}

// A number, a collective, or "un"/"une" alone.
std::optional<Core> Single(const ClaimMarks& marks, size_t i, size_t limit) {
  if (i >= limit) return std::nullopt;
  if (std::optional<Core> c = Collective(marks, i, limit)) return c;
  if (std::optional<Core> n = Number(marks, i, limit)) return n;
  if (const ClaimLexiconEntry* one = marks.Longest(i, ClaimRole::kOne); one && one->value == 1) {
    // Not before a number: "including a 10-year-old child" (an age).
    const size_t next = i + one->tokens.size();
    if (next < limit && marks.text().tokens()[next].kind == text::TokenKind::kNumber) return std::nullopt;
    return Core{next, 1, false, true, false};
  }
  return std::nullopt;
}

}  // namespace

size_t LeadingDigits(std::string_view token) {
  size_t n = 0;
  while (n < token.size() && IsDigit(token[n])) ++n;
  return n;
}

std::optional<double> ParseDigits(std::string_view s) {
  if (s.empty() || s.size() > 40 || !IsDigit(s.front()) || !IsDigit(s.back())) return std::nullopt;
  size_t dots = 0, commas = 0, spaces = 0;
  for (char c : s) {
    if (c == '.') ++dots;
    else if (c == ',') ++commas;
    else if (c == ' ') ++spaces;
    else if (!IsDigit(c)) return std::nullopt;
  }
  std::optional<double> v;
  std::string_view integer = s, fraction;
  // The decimal separator: the last of two kinds, or a lone one not
  // followed by exactly three digits.
  char decimal = 0;
  if ((dots > 0) + (commas > 0) + (spaces > 0) > 1) {
    decimal = s[s.find_last_of(".,")];
    if (spaces && s.find_last_of(".,") < s.find_last_of(' ')) return std::nullopt;
  } else if (dots + commas == 1 && s.size() - s.find_last_of(".,") - 1 != 3) {
    decimal = dots ? '.' : ',';
  }
  if (decimal != 0) {
    size_t at = s.rfind(decimal);
    integer = s.substr(0, at);
    fraction = s.substr(at + 1);
    if (!AllDigits(fraction) || integer.find(decimal) != std::string_view::npos) return std::nullopt;
  }
  char group = spaces ? ' ' : (dots && decimal != '.') ? '.' : (commas && decimal != ',') ? ',' : 0;
  v = group ? Grouped(integer, group) : (AllDigits(integer) ? std::optional(DigitsValue(integer))
                                                            : std::nullopt);
  if (!v || *v > kMaxCount) return std::nullopt;
  double scale = 0.1;
  for (char c : fraction) {
    *v += (c - '0') * scale;
    scale /= 10;
  }
  return v;
}

std::optional<std::pair<double, double>> ParseDigitRange(std::string_view s) {
  size_t dash = s.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  std::optional<double> a = ParseDigits(s.substr(0, dash));
  std::optional<double> b = ParseDigits(s.substr(dash + 1));
  if (!a || !b || *b <= *a) return std::nullopt;
  return std::pair(*a, *b);
}

std::optional<Quantity> ParseQuantity(const ClaimMarks& marks, size_t i, size_t limit) {
  Quantity q;
  q.begin = i;
  // "a total of 346", "un total de 40": the figure follows, exact.
  if (const size_t t = i < limit ? marks.Length(i, ClaimRole::kTotal) : 0; t > 0 && i + t < limit) i += t;
  while (i < limit && marks.Has(i, ClaimRole::kApprox)) {
    q.approximate = true;
    i += marks.Length(i, ClaimRole::kApprox);
  }
  bool range_open = false;
  if (i + 1 < limit && marks.Has(i, ClaimRole::kRangeOpen)) {
    range_open = true;
    ++i;
  }
  if (i >= limit) return std::nullopt;
  q.number_begin = i;
  std::optional<Core> first;
  if (std::optional<std::pair<double, double>> r = ParseDigitRange(marks.text().Folded(i))) {
    first = Core{i + 1, r->first, true, false, false};
  } else {
    first = Single(marks, i, limit);
  }
  if (!first) return std::nullopt;
  Core core = *first;
  // A range: "entre 200 et 300", "de 20 à 30", "200 à 300", "deux ou trois".
  // "et"/"and" joins a range only after "entre"/"between" (else it is a
  // coordination of two figures), and "entre" or "de" needs its second end.
  bool ranged = false;
  if (size_t join = core.end < limit ? marks.Length(core.end, ClaimRole::kRangeJoin) : 0) {
    std::string_view j = marks.text().Folded(core.end);
    if (range_open || (j != "et" && j != "and")) {
      // "de 500 000 à plus de deux millions": the second end approximated.
      size_t k = core.end + join;
      // Not after a dash: "Dec. 29 – At least 98 people" is a date, then a figure.
      const bool word = !j.empty() && std::isalpha(static_cast<unsigned char>(j[0]));
      while (word && k + 1 < limit && marks.Has(k, ClaimRole::kApprox)) k += marks.Length(k, ClaimRole::kApprox);
      std::optional<Core> second = Single(marks, k, limit);
      if (second && !second->weak && second->value > core.value) {
        core.end = second->end;
        core.approximate = true;
        core.year_like = false;
        ranged = true;
      }
    }
  }
  if (range_open && !ranged) return std::nullopt;
  if (core.end < limit && marks.Has(core.end, ClaimRole::kApproxAfter)) {
    core.approximate = true;
    core.end += marks.Length(core.end, ClaimRole::kApproxAfter);
  }
  if (core.value < 0 || core.value > kMaxCount) return std::nullopt;
  q.value = static_cast<int64_t>(std::llround(core.value));
  q.approximate = q.approximate || core.approximate;
  q.weak = core.weak && !q.approximate;
  q.year_like = core.year_like && !q.approximate;
  q.end = core.end;
  return q;
}

}  // namespace vigie::analyse
