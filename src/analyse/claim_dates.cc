// The date of a casualty claim: the time expression of the event as the
// text writes it, with its article or temporal preposition ("mardi", "le 30
// octobre", "depuis mars 2011", "Depuis le début de l'offensive", "en 24
// heures", "dans la nuit de samedi à dimanche", "Il y a deux ans", "on the
// same day" resolved to the date before).
//
// Expressions are read from the lexicon's words (days, months, seasons,
// prepositions, units) by a small grammar, once per paragraph; their tokens
// are then not numbers of figures ("le 13 novembre", "en 2016"). For a
// claim, the expressions of its own sentence come first: an event date
// before a report's date ("ont été tués mercredi ..., a annoncé jeudi
// l'Unicef"), a calendar date before a duration ("en une seule nuit en
// juillet"), then the one nearest the claim. Dates inside quotation marks
// belong to the quoted speaker and are skipped. Without one, the nearest
// sentence before that has one gives it, unless the claim's sentence opens
// a new topic ("Par ailleurs"); a duration is only its own sentence's. On
// the development half of the gold set, looking back took the right dates
// from 44 to 54 of 54 for 2 wrong ones, and the new-topic rule saved 2
// more wrong ones.
#include <algorithm>
#include <optional>

#include "analyse/claims_internal.h"
#include "analyse/numbers.h"

namespace vigie::analyse::internal {
namespace {

constexpr size_t kMaxPrepositions = 3;  // "depuis le", "à partir du"
constexpr size_t kMaxSinceClause = 12;  // "depuis le début de l'offensive sur Manbij fin mai"

bool Is(const ClaimScope& scope, size_t i, std::string_view folded) { return scope.Folded(i) == folded; }

// A day of the month: "13", "1er", "1st", "8th".
bool IsDayNumber(const ClaimScope& scope, size_t i) {
  std::string_view f = scope.Folded(i);
  const size_t digits = LeadingDigits(f);
  if (digits == 0 || digits > 2) return false;
  std::string_view suffix = f.substr(digits);
  if (!suffix.empty() && suffix != "er" && suffix != "st" && suffix != "nd" && suffix != "rd" &&
      suffix != "th" && suffix != "e") {
    return false;
  }
  int day = f[0] - '0';
  if (digits == 2) day = day * 10 + (f[1] - '0');
  return day >= 1 && day <= 31;
}

}  // namespace

bool IsYear(const ClaimScope& scope, size_t i) {
  std::string_view f = scope.Folded(i);
  if (f.size() != 4 || scope.Token(i).kind != text::TokenKind::kNumber) return false;
  std::optional<double> v = ParseDigits(f);
  return v && *v >= 1900 && *v <= 2100;
}

namespace {


// A month, as a word or an abbreviation with its period ("Nov."), or
// "mi-mai", "mid-June"; returns the tokens taken.
size_t Month(const ClaimScope& scope, size_t i, size_t end) {
  if (i >= end) return 0;
  // English writes its months capitalised: "people may have died" is a
  // modal, not May.
  if (scope.text.english() && !scope.IsCapitalised(i) && scope.Has(i, ClaimRole::kModal)) return 0;
  if (size_t n = scope.Length(i, ClaimRole::kMonth)) return n;
  std::string_view f = scope.Folded(i);
  for (std::string_view edge : {"mi-", "mid-"}) {
    if (f.size() > edge.size() && f.substr(0, edge.size()) == edge) {
      return scope.marks.lexicon().WordValue(f.substr(edge.size()), ClaimRole::kMonth, scope.marks.languages()) > 0;
    }
  }
  return 0;
}

// The calendar part of a date at i: a day name, a day and month, a month,
// a season, a year. Returns its end, or i. Without a preposition (`bare`),
// a season needs its year: "été" is also the participle of "être".
size_t CalendarCore(const ClaimScope& scope, size_t i, size_t end, bool bare) {
  size_t k = i;
  if (k < end && scope.Has(k, ClaimRole::kMonthEdge)) {
    size_t m = Month(scope, k + 1, end);
    if (m == 0) return i;
    k += 1 + m;
    if (k < end && IsYear(scope, k)) ++k;
    return k;
  }
  if (k < end && scope.Has(k, ClaimRole::kDay)) {
    k += scope.Length(k, ClaimRole::kDay);
    if (k < end && scope.Has(k, ClaimRole::kDayPart)) k += scope.Length(k, ClaimRole::kDayPart);  // "lundi soir", "samedi à l'aube"
    if (k < end && IsDayNumber(scope, k) && Month(scope, k + 1, end)) k += 1 + Month(scope, k + 1, end);
    if (k < end && IsYear(scope, k)) ++k;
    return k;
  }
  if (k < end && IsDayNumber(scope, k)) {  // "13 novembre"
    size_t m = Month(scope, k + 1, end);
    if (m == 0) return i;
    k += 1 + m;
    if (k < end && IsYear(scope, k)) ++k;
    return k;
  }
  if (size_t m = Month(scope, k, end)) {  // "juillet 2014", "October 8", "Nov. 15, 2016"
    k += m;
    if (k < end && IsDayNumber(scope, k)) {
      ++k;
      if (k + 1 < end && Is(scope, k, ",") && IsYear(scope, k + 1)) k += 2;
    }
    if (k < end && IsYear(scope, k)) ++k;
    return k;
  }
  if (k < end && scope.Has(k, ClaimRole::kSeason)) {
    ++k;
    if (k < end && IsYear(scope, k)) return k + 1;
    return bare ? i : k;
  }
  if (k < end && IsYear(scope, k)) return k + 1;
  return i;
}

// "en 24 heures", "au cours des 72 dernières heures", "pendant 48h", "in a
// single week": from after the preposition; returns the end, or i.
size_t Duration(const ClaimScope& scope, size_t i, size_t end) {
  size_t k = i;
  if (k < end && scope.Has(k, ClaimRole::kDeterminer)) k += scope.Length(k, ClaimRole::kDeterminer);
  while (k < end && scope.Has(k, ClaimRole::kDurationWord)) ++k;
  bool number = false;
  if (k < end) {
    std::string_view f = scope.Folded(k);
    if (f.size() > 1 && f.back() == 'h' && ParseDigits(f.substr(0, f.size() - 1))) return k + 1;  // "48h"
    if (std::optional<Quantity> q = ParseQuantity(scope.marks, k, end)) {
      number = true;
      k = q->end;
    }
  }
  while (k < end && scope.Has(k, ClaimRole::kDurationWord)) ++k;
  if (k < end && scope.Has(k, ClaimRole::kTimeUnit) && (number || k > i)) return k + 1;
  return i;
}

std::optional<DateMention> SinceClause(const ClaimScope& scope, size_t i, size_t end);
// Prepositions, then a calendar core ("le 13 novembre", "depuis mars
// 2011"), a duration ("en 24 heures") or a "since" clause.
std::optional<DateMention> PrepositionalDate(const ClaimScope& scope, size_t i, size_t end);

// The date starting at token i, with its prepositions.
std::optional<DateMention> DateAt(const ClaimScope& scope, size_t i, size_t end) {
  DateMention m;
  m.begin = i;
  if (size_t n = scope.Length(i, ClaimRole::kSameDay)) {
    m.end = i + n, m.same_day = true;
    if (i > 0 && (Is(scope, i - 1, "on"))) m.begin = i - 1;
    return m;
  }
  if (size_t n = scope.Length(i, ClaimRole::kRelativeDate)) return m.end = i + n, m.calendar = true, m;
  if (size_t n = scope.Length(i, ClaimRole::kNightOf)) {  // "dans la nuit de samedi à dimanche"
    size_t k = i + n;
    if (k < end && scope.Has(k, ClaimRole::kDay)) {
      ++k;
      if (k + 1 < end && (Is(scope, k, "a") || Is(scope, k, "au") || Is(scope, k, "to")) &&
          scope.Has(k + 1, ClaimRole::kDay)) {
        k += 2;
      }
    }
    return m.end = k, m.calendar = true, m;
  }
  if (size_t n = scope.Length(i, ClaimRole::kAgo)) {  // "il y a deux ans"
    size_t d = Duration(scope, i + n, end);
    if (d == i + n) return std::nullopt;
    return m.end = d, m.calendar = true, m;
  }
  return PrepositionalDate(scope, i, end);
}

std::optional<DateMention> PrepositionalDate(const ClaimScope& scope, size_t i, size_t end) {
  DateMention m;
  m.begin = i;
  size_t k = i;
  bool since = false;
  for (size_t p = 0; p < kMaxPrepositions && k < end; ++p) {
    if (scope.Has(k, ClaimRole::kSince)) since = true;
    size_t n = std::max(scope.Length(k, ClaimRole::kDatePrep), scope.Length(k, ClaimRole::kSince));
    if (n == 0) break;
    size_t c = k + n;  // "depuis la mi-juin"
    if (c < end && scope.Has(c, ClaimRole::kDeterminer) && Month(scope, c + 1, end)) ++c;
    if (size_t core = CalendarCore(scope, c, end, false); core > c) {
      return m.end = core, m.calendar = true, m;
    }
    if (scope.Has(k, ClaimRole::kDurationPrep)) {
      size_t dp = scope.Length(k, ClaimRole::kDurationPrep);
      if (size_t d = Duration(scope, k + dp, end); d > k + dp) return m.end = d, m;
    }
    k += n;
  }
  if (k == i) {
    if (size_t dp = scope.Length(i, ClaimRole::kDurationPrep)) {
      if (size_t d = Duration(scope, i + dp, end); d > i + dp) return m.end = d, m;
    }
    size_t core = CalendarCore(scope, i, end, true);
    if (core == i) {
      // "two years ago"
      if (size_t d = Duration(scope, i, end); d > i && d < end && scope.Has(d, ClaimRole::kAgo)) {
        return m.end = d + 1, m.calendar = true, m;
      }
      return std::nullopt;
    }
    return m.end = core, m.calendar = true, m;
  }
  if (!since) return std::nullopt;
  return SinceClause(scope, i, end);
}

// "depuis le début de la guerre à Gaza", "depuis l'aube dans des frappes":
// a preposition that starts where, or how, not when; "depuis le début de
// l'offensive en octobre" goes on to its month, "de l'offensive sur Manbij"
// to its target.
bool PlaceAfterSince(const ClaimScope& scope, size_t c) {
  if (!scope.Has(c, ClaimRole::kPreposition) || scope.Has(c, ClaimRole::kConnector) || Is(scope, c, "sur") ||
      Is(scope, c, "contre") || Is(scope, c, "on") || Is(scope, c, "against")) {
    return false;
  }
  const size_t end = scope.SentenceEnd(scope.text.SentenceOfToken(c));
  size_t k = c + scope.Length(c, ClaimRole::kPreposition);
  while (k < end && scope.Has(k, ClaimRole::kDeterminer)) k += scope.Length(k, ClaimRole::kDeterminer);
  return CalendarCore(scope, k, end, false) == k;
}

// A token that ends a "since" clause: the clause's own verb or a figure
// ("depuis la mi-juin ont fait 1.136 morts"), or a participle with its
// agent ("depuis le début du blocus imposé par l'armée").
bool EndsSinceClause(const ClaimScope& scope, size_t c) {
  const bool by = c + 1 < scope.text.tokens().size() && (scope.Folded(c + 1) == "par" || scope.Folded(c + 1) == "by");
  return scope.IsPunct(c) || scope.Has(c, ClaimRole::kClauseStop) || scope.Has(c, ClaimRole::kNounPhraseStop) ||
         (by && Participle(scope, c)) ||
         PlaceAfterSince(scope, c) ||
         scope.Has(c, ClaimRole::kAuxHave) || scope.Has(c, ClaimRole::kAuxBe) ||
         scope.Token(c).kind == text::TokenKind::kNumber || IsCasualtyWord(scope, c);
}

// "depuis le début de l'offensive", "since the conflict escalated": a
// clause to the next comma, not a place ("tirés depuis la Ghouta"), nor
// the adverb of "have since recovered".
std::optional<DateMention> SinceClause(const ClaimScope& scope, size_t i, size_t end) {
  DateMention m;
  m.begin = i;
  if (i > 0 && scope.Has(i - 1, ClaimRole::kAuxHave)) return std::nullopt;
  size_t j = i + scope.Length(i, ClaimRole::kSince);
  size_t w = j;
  while (w < end && scope.Has(w, ClaimRole::kDeterminer)) w += scope.Length(w, ClaimRole::kDeterminer);
  if (w >= end || !scope.IsWord(w) || scope.IsCapitalised(w) || EndsSinceClause(scope, w)) return std::nullopt;
  // "tiré depuis leurs positions", "depuis le quartier de", "depuis un
  // hélicoptère": where from, not since when.
  const size_t noun = w + 1 < end && scope.Has(w, ClaimRole::kPossessive) ? w + 1 : w;
  if (scope.Has(noun, ClaimRole::kFiringPosition) || scope.Has(noun, ClaimRole::kPlaceHead) ||
      scope.Has(noun, ClaimRole::kInstrument)) {
    return std::nullopt;
  }
  size_t c = w + 1;
  while (c < end && c - j < kMaxSinceClause && !EndsSinceClause(scope, c)) ++c;
  if (c - j >= kMaxSinceClause) return std::nullopt;  // too long to be a date
  return m.end = c, m;
}


// Before a date: a report's verb ("a annoncé jeudi", "publié jeudi",
// "said on Monday") or a claim of responsibility ("revendiquée mercredi").
bool AfterReportVerb(const ClaimScope& scope, size_t i, size_t sentence_begin) {
  return i > sentence_begin &&
         (scope.Has(i - 1, ClaimRole::kSpeech) || scope.Has(i - 1, ClaimRole::kReportVerb) ||
          scope.Has(i - 1, ClaimRole::kClaimResponsibility));
}

// Preference among the dates of one sentence: event over report,
// calendar over duration.
int Rank(const DateMention& d) { return (d.announcement ? 0 : 2) + (d.calendar ? 1 : 0); }


// The date to report for mention `m` (index into scope.dates): the
// expression itself, or for "le même jour" the last day named before it.
std::optional<TokenSpan> Resolve(const ClaimScope& scope, size_t m, size_t first_token) {
  if (!scope.dates[m].same_day) return TokenSpan{scope.dates[m].begin, scope.dates[m].end};
  for (size_t k = m; k-- > 0;) {
    const DateMention& d = scope.dates[k];
    if (d.begin < first_token) break;
    if (d.day && !d.same_day) return TokenSpan{d.begin, d.end};
  }
  return std::nullopt;
}

// A range is one expression: "entre 1969 et 1998", "between January 2015
// and June 2016", "de février à octobre 2011", "du 3 au 5 mai", "entre le
// 13 et le 15 mars" (a first day whose month is the second's).
void Range(const ClaimScope& scope, size_t sentence_begin, size_t end, DateMention* m) {
  if (!m->calendar) return;
  // Backwards: "entre le 13 et [le 15 mars]", "du 3 au [5 mai]".
  size_t b = m->begin;
  if (scope.Has(b, ClaimRole::kRangeJoin) && scope.Has(b, ClaimRole::kDatePrep)) ++b;  // "au 5 mai"
  if (b >= sentence_begin + 3 && scope.Has(b - 1, ClaimRole::kRangeJoin) && IsDayNumber(scope, b - 2)) {
    size_t o = b - 2;
    if (o > sentence_begin && !scope.Has(o - 1, ClaimRole::kRangeOpen) && scope.Has(o - 1, ClaimRole::kDeterminer)) --o;
    if (o > sentence_begin && scope.Has(o - 1, ClaimRole::kRangeOpen)) m->begin = o - 1;
  }
  // "on [28] and 29 November": two days of one month.
  if (b == m->begin && b >= sentence_begin + 2 && (Is(scope, b - 1, "et") || Is(scope, b - 1, "and")) &&
      IsDayNumber(scope, b - 2) && IsDayNumber(scope, b)) {
    size_t o = b - 2;
    if (o > sentence_begin && (scope.Has(o - 1, ClaimRole::kDatePrep) || scope.Has(o - 1, ClaimRole::kDeterminer))) --o;
    m->begin = o;
  }
  // Forwards: "[entre 1969] et 1998", "[de février] à octobre 2011"; two
  // days or months coordinated: "[dimanche] et lundi", "[in March] and
  // April 2025".
  const bool opened = m->begin > sentence_begin && scope.Has(m->begin - 1, ClaimRole::kRangeOpen);
  const bool open_here = scope.Has(m->begin, ClaimRole::kRangeOpen);
  const bool coordinated = m->end + 1 < end && (Is(scope, m->end, "et") || Is(scope, m->end, "and")) &&
                           (scope.Has(m->end - 1, ClaimRole::kDay) || scope.Has(m->end - 1, ClaimRole::kMonth)) &&
                           (scope.Has(m->end + 1, ClaimRole::kDay) || scope.Has(m->end + 1, ClaimRole::kMonth));
  if ((opened || open_here || coordinated) && m->end + 1 < end && scope.Has(m->end, ClaimRole::kRangeJoin)) {
    const size_t j = m->end + scope.Length(m->end, ClaimRole::kRangeJoin);
    const size_t c = j < end && scope.Has(j, ClaimRole::kDeterminer) ? j + scope.Length(j, ClaimRole::kDeterminer) : j;
    if (const size_t core = CalendarCore(scope, c, end, false); core > c) {
      m->end = core;
      if (opened) --m->begin;
    }
  }
}

}  // namespace

void FindDates(ClaimScope* scope, size_t begin, size_t end) {
  for (size_t i = begin; i < end;) {
    size_t s = scope->text.SentenceOfToken(i);
    size_t limit = std::min(end, scope->SentenceEnd(s));
    std::optional<DateMention> m = DateAt(*scope, i, limit);
    if (!m || m->end <= i) {
      ++i;
      continue;
    }
    Range(*scope, scope->SentenceBegin(s), limit, &*m);
    m->announcement = AfterReportVerb(*scope, m->begin, scope->SentenceBegin(s));
    for (size_t k = m->begin; k < m->end && m->calendar; ++k) {
      const ClaimLexiconEntry* r = scope->marks.Longest(k, ClaimRole::kRelativeDate);
      m->day = m->day || scope->Has(k, ClaimRole::kDay) || scope->Has(k, ClaimRole::kNightOf) ||
               (r != nullptr && r->value == 1) || (IsDayNumber(*scope, k) && Month(*scope, k + 1, m->end)) ||
               (k > m->begin && IsDayNumber(*scope, k) && Month(*scope, k - 1, k));
    }
    for (size_t k = m->begin; k < m->end; ++k) scope->date_at[k] = static_cast<int32_t>(scope->dates.size());
    scope->dates.push_back(*m);
    i = m->end;
  }
}

namespace {

// "Depuis le début de l'invasion russe, il y a deux ans,": a date right
// after another one and a comma restates it.
bool Apposition(const ClaimScope& scope, size_t m) {
  return m > 0 && scope.dates[m - 1].end + 1 == scope.dates[m].begin &&
         scope.Folded(scope.dates[m - 1].end) == ",";
}

// The best date of sentence s for the claim (an index into scope.dates).
std::optional<size_t> BestDateOf(const ClaimScope& scope, size_t s, const ClaimDraft& claim) {
  std::optional<size_t> best;
  // Dates are in text order: those of sentence s from the first at or after
  // its start.
  auto first = std::lower_bound(scope.dates.begin(), scope.dates.end(), scope.SentenceBegin(s),
                                [](const DateMention& d, size_t t) { return d.begin < t; });
  for (size_t m = static_cast<size_t>(first - scope.dates.begin());
       m < scope.dates.size() && scope.dates[m].begin < scope.SentenceEnd(s); ++m) {
    const DateMention& d = scope.dates[m];
    if (scope.in_quote[d.begin] || Apposition(scope, m)) continue;
    if (s != claim.sentence && !d.calendar && !d.same_day) continue;  // a duration is its sentence's
    if (s == claim.sentence && DateOfLaterFigure(scope, claim, d.begin)) continue;
    if (!best) {
      best = m;
      continue;
    }
    const DateMention& b = scope.dates[*best];
    if (Rank(d) > Rank(b) ||
        (Rank(d) == Rank(b) && s == claim.sentence &&
         TokenDistance({d.begin, d.end}, claim.span) < TokenDistance({b.begin, b.end}, claim.span)) ||
        (Rank(d) == Rank(b) && s != claim.sentence)) {  // before the claim: the nearest, the last
      best = m;
    }
  }
  return best;
}

}  // namespace

bool DateOfLaterFigure(const ClaimScope& scope, const ClaimDraft& claim, size_t date_begin) {
  if (date_begin < claim.span.end) return false;
  for (size_t k = claim.span.end; k < date_begin; ++k) {
    if (IsCasualtyWord(scope, k)) return true;
  }
  return false;
}

// The claim's sentence first, then the sentences before it. A report's date
// ("a indiqué vendredi le CICR", "said on Sunday") gives way to the event's
// in a sentence before ("Une frappe a touché jeudi un bus"), and is taken
// only when the window has none: on the extra development set, 9 dates of
// 132 moved from the report to the event.
std::optional<TokenSpan> ClaimDate(const ClaimScope& scope, const ClaimDraft& claim,
                                   size_t first_sentence) {
  const size_t first_token = scope.SentenceBegin(first_sentence);
  const bool look_back = !StartsNewTopic(scope, claim.sentence);
  std::optional<size_t> reported;
  for (size_t s = claim.sentence + 1; s-- > first_sentence;) {
    if (s != claim.sentence && !look_back) break;
    std::optional<size_t> best = BestDateOf(scope, s, claim);
    if (!best) continue;
    if (scope.dates[*best].announcement) {
      if (!reported) reported = best;
      continue;
    }
    if (std::optional<TokenSpan> r = Resolve(scope, *best, first_token)) return r;
  }
  if (reported) return Resolve(scope, *reported, first_token);
  return std::nullopt;
}

}  // namespace vigie::analyse::internal
