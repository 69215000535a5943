#include "clean/meta_line.h"

#include <re2/re2.h>

#include <iterator>

#include "clean/agencies.h"
#include "clean/dates.h"
#include "clean/names.h"
#include "clean/rule_text.h"
#include "common/strings.h"

namespace vigie::clean {
namespace {

// A by-line is a line, not a paragraph: the longest real ones ("Par Jean
// Dupont et Marie Martin, envoyés spéciaux à Kiev | Publié le 12 mars 2017
// à 10h30, mis à jour le 13 mars 2017 à 08h00") stay under 200 bytes.
constexpr size_t kMaxLineBytes = 250;
constexpr int kMaxLineWords = 35;
constexpr int kMaxDateWords = 10;
constexpr int kMaxRoleWords = 6;
constexpr int kMaxOutletWords = 5;
constexpr int kMaxDepth = 3;

// Cities that open datelines ("PARIS, le 12 mars 2017"): a place, not an
// outlet. Folded spelling. All-capitals words count as places too.
constexpr std::string_view kDatelinePlaces[] = {
    "paris",     "moscou",    "washington", "bruxelles", "geneve",    "beyrouth",    "damas",
    "londres",   "new york",  "berlin",     "kiev",      "kyiv",      "pekin",       "rome",
    "madrid",    "alger",     "tunis",      "rabat",     "dakar",     "abidjan",     "montreal",
    "quebec",    "ottawa",    "bagdad",     "teheran",   "jerusalem", "tel-aviv",    "tel aviv",
    "gaza",      "le caire",  "istanbul",   "ankara",    "tokyo",     "bamako",      "niamey",
    "kaboul",    "caracas",   "la havane",  "mexico",    "bogota",    "lisbonne",    "varsovie",
    "vienne",    "athenes",   "strasbourg", "lyon",      "marseille", "bordeaux",    "toulouse",
    "lille",     "nice",      "nantes",     "alep",      "idleb",     "homs",        "mossoul",
    "donetsk",   "lougansk",  "kharkiv",    "odessa",    "minsk",     "riyad",       "doha",
    "dubai",     "amman",     "tripoli",    "nairobi",   "kinshasa",  "ouagadougou", "new delhi",
    "islamabad", "seoul",     "pyongyang",  "bangkok",   "pretoria",  "lagos",       "abuja",
    "stockholm", "amsterdam", "la haye",    "prague",    "budapest",  "bucarest",    "belgrade"};

const RE2& BylinePrefix() {
  static const RE2 re(
      R"(^(?:par|by|ecrit par|redige par|redigee par|publie par|publiee par|posted by|)"
      R"(written by|propos recueillis par|interview realisee par|entretien realise par|)"
      R"(un entretien realise par|articles? par|articles de|auteurs?|authors?|signe|)"
      R"(texte de|une tribune de|une analyse de|un article de|une chronique de|)"
      R"(tribune de|chronique de)\s*:?\s+)");
  return re;
}

const RE2& DatePrefix() {
  static const RE2 re(
      R"(^(?:(?:publie|publiee|mis a jour|mise a jour|modifie|modifiee|cree|creee|actualise|)"
      R"(posted|published|updated|last updated|date de publication|date|publication|)"
      R"(premiere publication|derniere mise a jour|derniere modification|paru|parution|)"
      R"(edition du|en ligne|mis en ligne|mise en ligne))"
      R"((?:\s+(?:le|on|at|depuis le))?\s*:?\s+)?(?:le\s+|on\s+|du\s+)?)");
  return re;
}

bool IsDateishToken(std::string_view t) {
  static const RE2 re(
      R"(^(?:\d{1,4}(?:er|e|st|nd|rd|th)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}\S*|)"
      R"(\d{1,2}(?:h|:)\d{0,2}(?:min)?|janv?|fevr?|mars?|avr|avril|mai|juin|juil|juillet|)"
      R"(aout|sept?|septembre|oct|octobre|nov|novembre|dec|decembre|janvier|fevrier|)"
      R"(january|february|march|april|may|june|july|august|september|october|november|)"
      R"(december|jan|feb|apr|jun|jul|aug|lundi|mardi|mercredi|jeudi|vendredi|samedi|)"
      R"(dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|)"
      R"(thu|fri|sat|sun|le|a|at|h|cet|cest|gmt|utc|am|pm|of|the|heure|heures|de|en)$)");
  return RE2::FullMatch(t, re);
}

// True when every word of folded `s` belongs to a date or time.
bool AllDateish(std::string_view fold) {
  bool digit = false;
  size_t pos = 0;
  while (pos < fold.size()) {
    size_t end = fold.find(' ', pos);
    if (end == std::string_view::npos) end = fold.size();
    std::string_view tok = TrimChars(fold.substr(pos, end - pos), ",.;()");
    if (!tok.empty() && !IsDateishToken(tok)) return false;
    for (char c : tok) digit |= c >= '0' && c <= '9';
    pos = end + 1;
  }
  return digit;
}

bool IsPlace(std::string_view left) {
  std::string fold = FoldText(left);
  for (std::string_view p : kDatelinePlaces) {
    if (fold == p) return true;
  }
  // "PARIS", "NEW YORK": agency datelines are capitals.
  static const RE2 kCaps(R"(^[A-ZÀ-ÖØ-Þ' -]{3,30}$)");
  return RE2::FullMatch(left, kCaps) && CountWords(left) <= 3;
}

bool LooksLikeOutlet(std::string_view s) {
  if (s.empty() || s.size() > 60 || CountWords(s) > kMaxOutletWords) return false;
  if (LooksLikeDomain(s)) return true;
  if (s.find_first_of(":;!?\"") != std::string_view::npos || EndsSentence(s)) return false;
  return StartsWithUpper(s);
}

bool IsReadingTime(std::string_view fold) {
  static const RE2 re(
      R"(^(?:(?:temps de )?lecture\s*:?\s*\d+\s*min\w*|\d+\s*min\w*(?: de lecture| read)?)$)");
  return RE2::FullMatch(fold, re);
}

// "journaliste", "envoyé spécial à Kiev", "correspondant permanent", "pour
// Le Monde": after the names of a by-line, a role opens with one of these.
bool IsRole(std::string_view s) {
  int words = CountWords(s);
  if (words < 1 || words > kMaxRoleWords ||
      s.find_first_of("0123456789:") != std::string_view::npos) {
    return false;
  }
  static const RE2 re(
      R"(^(?:journalistes?|envoyee?s?|correspondante?s?|redact(?:eur|rice)s?|chroniqueu(?:r|se)|)"
      R"(editorialiste|reporters?|grand|grande|direct(?:eur|rice)|photographe|specialiste|)"
      R"(journalist|correspondent|staff|senior|chief|special|editor|writer|contributor|)"
      R"(pour|for|a|in|at|depuis|notre|de notre)(?:\s|$))");
  return RE2::PartialMatch(FoldText(s), re);
}

bool AddAgencies(std::string_view seg, MetaLine* meta) {
  std::vector<std::string_view> found = ParseAgencyList(seg);
  for (std::string_view a : found) meta->agencies.emplace_back(a);
  return !found.empty();
}

class SegmentParser {
 public:
  SegmentParser(MetaLine* meta, bool after_names) : meta_(meta), after_names_(after_names) {}

  // Understands all of `s`, or returns false.
  bool ParseAll(std::string_view s) {
    size_t pos = 0;
    bool first = true;
    while (pos <= s.size()) {
      size_t end = NextStrongSeparator(s, pos);
      std::string_view seg = s.substr(pos, (end == std::string_view::npos ? s.size() : end) - pos);
      if (!Segment(seg, first, 0)) return false;
      first = false;
      if (end == std::string_view::npos) break;
      pos = end + SeparatorWidth(s, end);
    }
    return true;
  }

 private:
  static size_t NextStrongSeparator(std::string_view s, size_t pos) {
    size_t best = std::string_view::npos;
    for (std::string_view sep : {"|", " - ", "\xE2\x80\xA2", "\xC2\xB7"}) {
      size_t p = s.find(sep, pos);
      if (p < best) best = p;
    }
    return best;
  }
  static size_t SeparatorWidth(std::string_view s, size_t at) {
    if (s[at] == '|') return 1;
    if (s.substr(at, 3) == " - ") return 3;
    return StartsWith(s.substr(at), "\xE2\x80\xA2") ? 3 : 2;
  }

  bool Segment(std::string_view raw, bool first, int depth) {
    std::string_view seg = TrimChars(raw, ",;:");
    if (EndsWith(seg, ".") && !EndsWith(seg, "..")) seg.remove_suffix(1);
    seg = Trim(seg);
    if (seg.empty()) return true;
    if (std::optional<std::string> date = ParseDateText(seg)) {
      if (!meta_->date) meta_->date = std::move(date);
      return true;
    }
    RuleText t(seg);
    if (IsReadingTime(t.fold())) return true;
    if (AddAgencies(seg, meta_)) return true;
    if (first && after_names_ && IsRole(seg)) return true;
    if (depth < kMaxDepth && SplitOnPar(t, depth)) return true;
    if (depth < kMaxDepth && SplitBeforeDate(seg, first, depth)) return true;
    if (!after_names_ && first && meta_->authors.empty() && LooksLikePersonName(seg)) {
      for (std::string& n : ParseLeadingNames(seg).names) meta_->authors.push_back(n);
      return true;
    }
    if (!after_names_ && first && LooksLikeOutlet(seg) && !meta_->outlet) {
      meta_->outlet = std::string(seg);
      return true;
    }
    // "By Nada Tawfik, BBC News, New York": the employer and the place
    // after the names.
    if (after_names_ && LooksLikeOutlet(seg) && !LooksLikeDomain(seg)) return true;
    return false;
  }

  // "Publié le 12 mars 2017 par Jean Dupont".
  bool SplitOnPar(const RuleText& t, int depth) {
    for (std::string_view cue : {" par ", " by "}) {
      size_t p = t.fold().find(cue);
      if (p == std::string::npos) continue;
      std::string left = t.Slice(0, p);
      std::string right = t.SliceFrom(p + cue.size());
      LeadingNames names = ParseLeadingNames(right);
      if (names.names.empty()) continue;
      MetaLine probe;
      SegmentParser sub(&probe, true);
      if (!ParseDateText(left) || !sub.ParseAll(names.rest)) continue;
      Segment(left, false, depth + 1);
      for (std::string& n : names.names) meta_->authors.push_back(std::move(n));
      Merge(probe);
      return true;
    }
    return false;
  }

  // "Mondialisation.ca, 11 novembre 2016", "Paris, le 12 mars 2017",
  // "Publié le 1 nov. 2016, mis à jour le 2 nov. 2016".
  bool SplitBeforeDate(std::string_view seg, bool first, int depth) {
    for (size_t p = seg.find(", "); p != std::string_view::npos; p = seg.find(", ", p + 1)) {
      std::string_view left = Trim(seg.substr(0, p));
      std::string_view right = Trim(seg.substr(p + 2));
      std::optional<std::string> date = ParseDateText(right);
      if (!date) continue;
      if (std::optional<std::string> left_date = ParseDateText(left)) {
        if (!meta_->date) meta_->date = std::move(left_date);
        return true;
      }
      if (!IsPlace(left)) {
        MetaLine probe;
        SegmentParser sub(&probe, after_names_);
        if (LooksLikeOutlet(left)) {
          if (!meta_->outlet) meta_->outlet = std::string(left);
        } else if (sub.Segment(left, first, depth + 1)) {
          Merge(probe);
        } else {
          continue;
        }
      }
      if (!meta_->date) meta_->date = std::move(date);
      return true;
    }
    return false;
  }

  void Merge(MetaLine& probe) {
    for (std::string& a : probe.authors) meta_->authors.push_back(std::move(a));
    for (std::string& a : probe.agencies) meta_->agencies.push_back(std::move(a));
    if (!meta_->date && probe.date) meta_->date = std::move(probe.date);
    if (!meta_->outlet && probe.outlet) meta_->outlet = std::move(probe.outlet);
  }

  MetaLine* meta_;
  bool after_names_;
};

std::optional<MetaLine> ParseByline(const RuleText& t, size_t prefix_len) {
  MetaLine meta;
  meta.byline = true;
  std::string rest = t.SliceFrom(prefix_len);
  LeadingNames names = ParseLeadingNames(rest);
  if (names.names.empty()) {
    // "Par AFP", "Par la rédaction", "Par la rédaction avec AFP": a
    // by-line that names no person.
    static const RE2 newsroom(
        R"(^(?:la |notre |the )?(?:redaction|editorial board|staff|equipe)\b(.*)$)");
    RuleText r(rest);
    re2::StringPiece after;
    if (r.words() <= 8 && RE2::FullMatch(r.fold(), newsroom, &after)) {
      size_t from = static_cast<size_t>(after.data() - r.fold().data());
      std::string tail = r.SliceFrom(from);
      if (tail.empty()) return meta;
      static const RE2 with(R"(^(?:avec|with)\s)");
      if (RE2::PartialMatch(tail, with) && AddAgencies(tail, &meta)) return meta;
      if (StartsWith(tail, "de ") || StartsWith(tail, "du ") || StartsWith(tail, "d'")) return meta;
      return std::nullopt;
    }
    if (!AddAgencies(rest, &meta)) return std::nullopt;
    return meta;
  }
  meta.authors = std::move(names.names);
  SegmentParser tail(&meta, /*after_names=*/true);
  if (!tail.ParseAll(names.rest)) return std::nullopt;
  return meta;
}

}  // namespace

std::optional<std::string> ParseDateText(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > 120) return std::nullopt;
  RuleText t(s);
  if (t.words() > kMaxDateWords) return std::nullopt;
  re2::StringPiece input(t.fold());
  if (!RE2::Consume(&input, DatePrefix())) return std::nullopt;
  size_t skip = static_cast<size_t>(input.data() - t.fold().data());
  std::string rest = t.SliceFrom(skip);
  if (rest.empty()) return std::nullopt;
  if (std::optional<std::string> iso = NormalizeDate(rest)) return iso;
  if (!AllDateish(FoldText(rest))) return std::nullopt;
  return ParseDate(rest);
}

std::optional<MetaLine> ParseMetaLine(std::string_view line) {
  if (line.size() > kMaxLineBytes) return std::nullopt;
  return ParseMetaLine(RuleText(line));
}

std::optional<MetaLine> ParseMetaLine(const RuleText& t) {
  if (t.norm().size() > kMaxLineBytes || t.words() == 0 || t.words() > kMaxLineWords) {
    return std::nullopt;
  }
  re2::StringPiece input(t.fold());
  if (RE2::Consume(&input, BylinePrefix())) {
    return ParseByline(t, static_cast<size_t>(input.data() - t.fold().data()));
  }
  // Without a by-line prefix the line needs a date, and dates have digits.
  if (t.norm().find_first_of("0123456789") == std::string::npos) return std::nullopt;
  MetaLine meta;
  SegmentParser parser(&meta, /*after_names=*/false);
  if (!parser.ParseAll(t.norm()) || !meta.date) return std::nullopt;
  return meta;
}

}  // namespace vigie::clean
