#include "clean/credits.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "clean/agencies.h"
#include "clean/meta_line.h"
#include "clean/rule_text.h"
#include "common/strings.h"

namespace vigie::clean {
namespace {

// Credit lines are short: the longest real ones ("Article original en
// anglais : <long url>. Traduit par X, relu par Y pour Z") stay under 400
// bytes; a longer paragraph that starts with "Source" is prose.
constexpr size_t kMaxCreditLineBytes = 400;
constexpr int kMaxNameWords = 8;
// Inline cues are looked for in the first bytes of a paragraph (datelines
// such as "PARIS (AFP) -" open it) and in its last sentence.
constexpr size_t kInlineScanBytes = 20000;
constexpr size_t kTailScanBytes = 400;

// Patterns run on folded text (lower case, no accents), see rule_text.h.
const RE2& SourceLabel() {
  static const RE2 re(
      R"(^(?:sources?|source originale|source de l'article|article source|lien source|)"
      R"(lien original|lien de l'article original|via|original source|source et traduction|)"
      R"(source de l'information)\s*:\s*)");
  return re;
}

const RE2& OriginalSourceLabel() {
  static const RE2 re(
      R"(^(?:la source originale de (?:cet|l') ?article est|the original source of this )"
      R"(article is|source originale de cet article\s*:|la source de cet article est)\s*)");
  return re;
}

const RE2& RepublishedLabel() {
  static const RE2 re(
      R"(^(?:(?:cet )?article (?:a ete )?(?:publie|paru)(?: initialement| originellement|)"
      R"( a l'origine| d'abord| en premier lieu)+|(?:initialement|originellement|d'abord) )"
      R"((?:publie|paru)|(?:publie|paru)(?: initialement| originellement| a l'origine| d'abord)+|)"
      R"(cet article a ete (?:initialement |originellement |d'abord )?publie(?: initialement|)"
      R"( a l'origine| d'abord)?|this article was (?:originally|first) published|)"
      R"((?:originally|first) published|(?:lire|voir) l'article original|)"
      R"(l'article original (?:est disponible|est a lire|a lire)|lien vers l'article original|)"
      R"(article original(?: en \w+)?|version originale(?: en \w+)?|)"
      R"((?:republie|reproduit) avec (?:l'aimable )?autorisation(?: de)?|lire la suite|)"
      R"(lu sur|vu sur|repris (?:de|du|sur)|article repris (?:de|du|sur)|)"
      R"(cet article est (?:initialement |d'abord )?paru)"
      R"()\s*(?:(?:sur|par|dans|on|by|in|at|de|du|ici)\s+)?(?::\s*)?)"
      R"((?:le site(?: web| internet)?(?: de| du)?\s+)?)");
  return re;
}

const RE2& TranslationLabel() {
  static const RE2 re(R"(^(?:traduit(?: de l'\w+| du \w+)?(?: et adapte)?(?: de l'\w+)? par|)"
                      R"(traduction(?: de l'\w+| du \w+)?(?: et adaptation)?\s*(?::|par)|)"
                      R"(translated(?: from \w+)? by|translation\s*:)\s*)");
  return re;
}

// Consumes `re` at the start of t.fold(); the byte offset after it, or npos.
size_t Consume(const RuleText& t, const RE2& re) {
  re2::StringPiece in(t.fold());
  if (!RE2::Consume(&in, re)) return std::string::npos;
  return static_cast<size_t>(in.data() - t.fold().data());
}

// `s` without a trailing date: "Le Monde, 12 mars 2017", "X le 1er
// novembre 2016", "X (1/11/2016)".
std::string_view StripTrailingDate(std::string_view s) {
  for (std::string_view cue : {" (", ", ", " le ", " du ", " on ", " - "}) {
    size_t p = s.rfind(cue);
    if (p == std::string_view::npos || p == 0) continue;
    std::string_view tail = TrimChars(s.substr(p + cue.size()), "()");
    if (cue == " le " || cue == " du " || cue == " on ") tail = s.substr(p + 1);
    if (ParseDateText(tail)) return Trim(s.substr(0, p));
  }
  return s;
}

std::string_view StripUrlTail(std::string_view url) {
  while (!url.empty() && std::string_view(").,;]>\"'").find(url.back()) != std::string_view::npos) {
    url.remove_suffix(1);
  }
  return url;
}

// The URLs of `s`, and `s` with them cut out.
std::vector<std::string> ExtractUrls(std::string_view s, std::string* rest) {
  static const RE2 re(R"(((?:https?://|www\.)[^\s<>"]+))");
  std::vector<std::string> urls;
  re2::StringPiece in(s);
  re2::StringPiece match;
  const char* last = s.data();
  while (RE2::FindAndConsume(&in, re, &match)) {
    std::string_view url = StripUrlTail(match);
    rest->append(last, match.data());
    rest->push_back(' ');
    last = match.data() + match.size();
    if (!url.empty()) urls.emplace_back(url);
  }
  rest->append(last, s.data() + s.size());
  return urls;
}

bool AcceptableName(std::string_view name) {
  int words = CountWords(name);
  return words >= 1 && words <= kMaxNameWords && name.find_first_of("!?") == std::string_view::npos;
}

// Splits a list of names on ",", ";", " et ", " and ", " & ".
std::vector<std::string> SplitNames(std::string_view s) {
  static const RE2 kSeparator(R"(((?:\s*[,;]\s*|\s+(?:et|and|&)\s+)))");
  std::vector<std::string> parts;
  re2::StringPiece in(s);
  re2::StringPiece m;
  const char* last = s.data();
  while (RE2::FindAndConsume(&in, kSeparator, &m)) {
    parts.emplace_back(Trim(std::string_view(last, static_cast<size_t>(m.data() - last))));
    last = m.data() + m.size();
  }
  parts.emplace_back(Trim(std::string_view(last, static_cast<size_t>(s.data() + s.size() - last))));
  return parts;
}

void AddNamed(std::string_view name, CreditLineKind kind, CreditRelation relation,
              std::vector<CreditItem>* out) {
  std::vector<std::string_view> agencies = ParseAgencyList(name);
  if (!agencies.empty()) {
    for (std::string_view a : agencies) {
      out->push_back({kind, Credit{std::string(a), std::nullopt, CreditRelation::kAgency}});
    }
    return;
  }
  out->push_back({kind, Credit{std::string(name), std::nullopt, relation}});
}

// The credits of a value: "Nom", "<url>", "Nom (url)", "X, Y et Z".
bool ParseValue(std::string_view value, CreditLineKind kind, std::vector<CreditItem>* out) {
  value = StripTrailingDate(TrimChars(value, " .;,:"));
  if (value.empty()) return false;
  std::string rest;
  std::vector<std::string> urls = ExtractUrls(value, &rest);
  std::string_view names_text = TrimChars(rest, "()-:,;[]|");
  std::vector<CreditItem> items;
  if (urls.size() == 1 && !names_text.empty() && AcceptableName(names_text) &&
      ParseAgencyList(names_text).empty()) {
    items.push_back({kind, Credit{std::string(names_text), urls[0], CreditRelation::kCited}});
  } else {
    std::vector<std::string> names;
    if (!names_text.empty()) names = SplitNames(names_text);
    for (const std::string& n : names) {
      std::string_view name = TrimChars(n, "()-:[]");
      if (name.empty()) continue;
      if (!AcceptableName(name)) return false;
      AddNamed(name, kind, CreditRelation::kCited, &items);
    }
    for (std::string& u : urls) {
      items.push_back({kind, Credit{std::nullopt, std::move(u), CreditRelation::kCited}});
    }
  }
  if (items.empty()) return false;
  // One origin: the text was taken from it. Several: they are cited.
  size_t non_agency = 0;
  for (const CreditItem& i : items) non_agency += i.credit.relation != CreditRelation::kAgency;
  for (CreditItem& i : items) {
    if (i.credit.relation != CreditRelation::kAgency && non_agency == 1) {
      i.credit.relation = CreditRelation::kRepublishedFrom;
    }
  }
  out->insert(out->end(), items.begin(), items.end());
  return true;
}

bool ParseTranslator(const RuleText& t, size_t start, std::vector<CreditItem>* out) {
  std::string_view fold = std::string_view(t.fold()).substr(start);
  size_t cut = fold.size();
  for (std::string_view stop :
       {" pour ", ", ", " (", " - ", "; ", " avec ", " et relu", " relu "}) {
    size_t p = fold.find(stop);
    if (p != std::string_view::npos && p < cut) cut = p;
  }
  std::string name(TrimChars(t.Slice(start, start + cut), " .,;:"));
  if (name.empty() || !AcceptableName(name)) return false;
  out->push_back(
      {CreditLineKind::kTranslation, Credit{name, std::nullopt, CreditRelation::kCited}});
  return true;
}

// "AFP", "(AFP)", "avec Reuters", "Le Monde avec AFP", "- AFP".
bool ParseAgencySignature(const RuleText& t, std::vector<CreditItem>* out) {
  std::string_view s = TrimChars(t.norm(), "-()[]");
  std::vector<std::string_view> agencies = ParseAgencyList(s);
  if (agencies.empty()) {
    size_t p = t.fold().find(" avec ");
    if (p == std::string::npos || CountWords(t.Slice(0, p)) > 4) return false;
    agencies = ParseAgencyList(t.SliceFrom(p + 1));
    if (agencies.empty()) return false;
  }
  for (std::string_view a : agencies) {
    out->push_back({CreditLineKind::kAgencySignature,
                    Credit{std::string(a), std::nullopt, CreditRelation::kAgency}});
  }
  return true;
}

bool ParseSegment(std::string_view seg, std::vector<CreditItem>* out) {
  seg = TrimChars(seg, " .;,");
  if (seg.empty()) return true;
  RuleText t(seg);
  if (size_t p = Consume(t, OriginalSourceLabel()); p != std::string::npos) {
    return ParseValue(t.SliceFrom(p), CreditLineKind::kOriginalSource, out);
  }
  if (size_t p = Consume(t, SourceLabel()); p != std::string::npos) {
    bool original = StartsWith(t.fold(), "source originale") || StartsWith(t.fold(), "lien");
    return ParseValue(t.SliceFrom(p),
                      original ? CreditLineKind::kRepublished : CreditLineKind::kSource, out);
  }
  if (size_t p = Consume(t, RepublishedLabel()); p != std::string::npos) {
    return ParseValue(t.SliceFrom(p), CreditLineKind::kRepublished, out);
  }
  if (size_t p = Consume(t, TranslationLabel()); p != std::string::npos) {
    return ParseTranslator(t, p, out);
  }
  if (StartsWith(t.fold(), "source ") || StartsWith(t.fold(), "sources ")) {
    // "Source AFP" without a colon: only for agencies.
    std::vector<std::string_view> agencies = ParseAgencyList(t.SliceFrom(t.fold().find(' ')));
    for (std::string_view a : agencies) {
      out->push_back(
          {CreditLineKind::kSource, Credit{std::string(a), std::nullopt, CreditRelation::kAgency}});
    }
    return !agencies.empty();
  }
  if (ParseAgencySignature(t, out)) return true;
  return ParseDateText(seg).has_value();
}

// Splits a line into segments on " | " and on ". " before a capital (not
// after an initial: "J. Dupont").
std::vector<std::string_view> SplitSegments(std::string_view line) {
  std::vector<std::string_view> segs;
  size_t start = 0;
  for (size_t i = 0; i + 2 < line.size(); ++i) {
    bool bar = line[i] == ' ' && line[i + 1] == '|' && line[i + 2] == ' ';
    bool stop = line[i] == '.' && line[i + 1] == ' ' && StartsWithUpper(line.substr(i + 2, 4)) &&
                !(i >= 2 && line[i - 2] == ' ') && i > start + 1;
    if (!bar && !stop) continue;
    segs.push_back(line.substr(start, i - start));
    start = i + (bar ? 3 : 2);
  }
  segs.push_back(line.substr(start));
  return segs;
}

void AddAgencies(const std::vector<std::string_view>& agencies, std::vector<Credit>* out) {
  for (std::string_view a : agencies) {
    out->push_back(Credit{std::string(a), std::nullopt, CreditRelation::kAgency});
  }
}

// "(AFP)", "(AFP/Reuters)", "(avec AFP)".
void FindParenthesised(std::string_view text, std::vector<Credit>* out) {
  static const RE2 re(R"(\(([^()]{2,60})\))");
  re2::StringPiece in(text);
  re2::StringPiece inner;
  while (RE2::FindAndConsume(&in, re, &inner)) {
    std::string_view s = Trim(std::string_view(inner));
    static const RE2 lead(R"(^(?:[Ss]ources?\s*:\s*))");
    re2::StringPiece rest(s);
    RE2::Consume(&rest, lead);
    AddAgencies(ParseAgencyList(rest), out);
  }
}

// "selon l'AFP", "d'après Reuters", "a déclaré à l'AFP", "avec AFP",
// "selon l'agence officielle SANA", "l'agence de presse Hawar".
void FindCued(std::string_view text, std::vector<Credit>* out) {
  // Lower-case words (adjectives: "officielle", "iranienne") and
  // capitalised names, for Latin-script French.
  static const std::string kLower = R"([a-zà-öø-ÿœ][a-zà-öø-ÿœ-]*)";
  static const std::string kName = R"([A-ZÀ-ÖØ-Þ][\w\x{00C0}-\x{017F}-]+)";
  static const std::string kAdjectives = "(?:" + kLower + R"(\s+){0,2})";
  static const RE2 cue(
      R"((?:^|[^\w\x{00C0}-\x{017F}'])((?:[Aa]vec|[Ss]elon|[Dd]'apr[eè]s|cit[eé]e?s? par|)"
      R"(rapport[eé]e?s? par|par|[àÀ]|aupr[eè]s de|rapporte|indique|pr[eé]cise)\s+)"
      R"((?:l'agence\s+(?:de presse\s+)?)" +
      kAdjectives + R"()?(?:l')?|l'agence de presse\s+)" + kAdjectives + R"(|[Ll]'agence\s+)" +
      kAdjectives + ")");
  static const RE2 proper("^(" + kName + R"((?:\s+)" + kName + "){0,2})");
  re2::StringPiece in(text);
  re2::StringPiece m;
  while (RE2::FindAndConsume(&in, cue, &m)) {
    std::string_view after = text.substr(static_cast<size_t>(m.data() + m.size() - text.data()));
    if (std::optional<AgencyMatch> a = MatchAgencyPrefix(after)) {
      out->push_back(Credit{std::string(a->canonical), std::nullopt, CreditRelation::kAgency});
      continue;
    }
    // An agency missing from the table, named as one: "l'agence de presse
    // X", "selon l'agence X" (not "une photographe de l'agence Magnum").
    std::string_view cue_text = Trim(std::string_view(m));
    static const RE2 attribution(R"(^(?:[Ss]elon|[Dd]'apr[eè]s|cit[eé]e?s? par|rapport))");
    bool named_as_agency = cue_text.find("agence de presse") != std::string_view::npos ||
                           (cue_text.find("l'agence") != std::string_view::npos &&
                            RE2::PartialMatch(cue_text, attribution));
    re2::StringPiece name;
    if (named_as_agency && RE2::PartialMatch(after, proper, &name)) {
      out->push_back(Credit{std::string(name), std::nullopt, CreditRelation::kAgency});
    }
  }
}

// "... a-t-il ajouté. - AFP" at the end, "AFP - Le président..." at the
// start.
void FindDashed(std::string_view text, std::vector<Credit>* out) {
  static const RE2 tail(R"(\s-\s*([^-]{2,40}?)\s*\.?$)");
  static const RE2 head(R"(^\s*([^-]{2,30}?)\s+-\s)");
  std::string_view end = text.substr(text.size() > 60 ? text.size() - 60 : 0);
  re2::StringPiece m;
  if (RE2::PartialMatch(end, tail, &m)) AddAgencies(ParseAgencyList(m), out);
  if (RE2::PartialMatch(text.substr(0, std::min<size_t>(text.size(), 60)), head, &m)) {
    AddAgencies(ParseAgencyList(m), out);
  }
}

// The start of a UTF-8 code point at or after `pos`.
size_t CodePointBoundary(std::string_view s, size_t pos) {
  while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

}  // namespace

void FindInlineAgencies(std::string_view text, std::vector<Credit>* out, bool normalized) {
  std::string_view head =
      text.substr(0, CodePointBoundary(text, std::min(text.size(), kInlineScanBytes)));
  std::string buffer;
  if (!normalized) buffer = NormalizeRuleText(head);
  std::string_view norm = normalized ? head : std::string_view(buffer);
  FindParenthesised(norm, out);
  if (MentionsAgency(norm) || norm.find("'agence ") != std::string_view::npos) {
    FindCued(norm, out);
  }
  FindDashed(norm, out);
  if (text.size() > kInlineScanBytes) {
    std::string tail = NormalizeRuleText(text.substr(CodePointBoundary(text, text.size() - 200)));
    FindDashed(tail, out);
  }
}

size_t TrailingCreditStart(std::string_view text) {
  size_t from =
      text.size() > kTailScanBytes ? CodePointBoundary(text, text.size() - kTailScanBytes) : 0;
  std::string_view tail = text.substr(from);
  static const RE2 re(
      R"([.!?»”")]\s+((?i:sources?|source originale|via))(?:\s|\x{00A0}|\x{202F})*:)");
  re2::StringPiece in(tail);
  re2::StringPiece m;
  size_t found = std::string_view::npos;
  while (RE2::FindAndConsume(&in, re, &m)) {
    found = static_cast<size_t>(m.data() - tail.data());
  }
  if (found == std::string_view::npos || found == 0) return std::string_view::npos;
  std::string_view before = Trim(tail.substr(0, found));
  if (!EndsSentence(before)) return std::string_view::npos;
  if (!ParseCreditLine(tail.substr(found))) return std::string_view::npos;
  return from + found;
}

std::vector<Credit> ParseSourceListItem(std::string_view item) {
  std::vector<Credit> out;
  if (item.size() > kMaxCreditLineBytes) return out;
  std::vector<CreditItem> items;
  if (!ParseValue(NormalizeRuleText(item), CreditLineKind::kSource, &items)) return out;
  for (CreditItem& i : items) {
    if (i.credit.relation != CreditRelation::kAgency) i.credit.relation = CreditRelation::kCited;
    out.push_back(std::move(i.credit));
  }
  return out;
}

bool CreditLine::Has(CreditLineKind kind) const {
  for (const CreditItem& i : items) {
    if (i.kind == kind) return true;
  }
  return false;
}

std::optional<CreditLine> ParseCreditLine(std::string_view line) {
  if (line.size() > kMaxCreditLineBytes) return std::nullopt;
  return ParseCreditLine(RuleText(line));
}

std::optional<CreditLine> ParseCreditLine(const RuleText& line) {
  if (line.norm().size() > kMaxCreditLineBytes) return std::nullopt;
  // Cheap test first: a credit line longer than an agency signature names
  // its kind with one of these words.
  static const RE2 cue(R"((?:sourc|via|origin|publi|paru|tradu|transl|lire|voir|reprodui|lien))");
  if (line.words() > 6 && !RE2::PartialMatch(line.fold(), cue)) return std::nullopt;
  CreditLine out;
  for (std::string_view seg : SplitSegments(line.norm())) {
    if (!ParseSegment(seg, &out.items)) return std::nullopt;
  }
  if (out.items.empty()) return std::nullopt;
  return out;
}

}  // namespace vigie::clean
