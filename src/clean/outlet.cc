#include "clean/outlet.h"

#include <re2/re2.h>

#include "clean/agencies.h"
#include "clean/rule_text.h"
#include "common/strings.h"

namespace vigie::clean {
namespace {

constexpr size_t kMaxCopyrightBytes = 400;
constexpr int kMaxCopyrightWords = 40;
constexpr int kMaxOutletWords = 6;
// Disclaimers run to a few sentences; longer blocks are prose.
constexpr size_t kMaxDisclaimerBytes = 2000;

size_t Consume(const RuleText& t, const RE2& re, size_t from = 0) {
  re2::StringPiece in(std::string_view(t.fold()).substr(from));
  if (!RE2::Consume(&in, re)) return std::string::npos;
  return static_cast<size_t>(in.data() - t.fold().data());
}

std::string_view StripYears(std::string_view s) {
  static const RE2 lead(R"(^\s*\d{4}(?:\s*-\s*\d{4})?\s*)");
  static const RE2 trail(R"(\s*\d{4}(?:\s*-\s*\d{4})?\s*$)");
  re2::StringPiece in(s);
  RE2::Consume(&in, lead);
  s = in;
  re2::StringPiece m;
  static const RE2 trail_capture(R"(^(.*?)\s*\d{4}(?:\s*-\s*\d{4})?\s*$)");
  if (RE2::FullMatch(s, trail_capture, &m)) s = m;
  (void)trail;
  return TrimChars(s, " .,;:");
}

// Splits on ",", "|", " - " and ". ".
std::vector<std::string_view> SplitParts(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t width = 0;
    if (s[i] == ',' || s[i] == '|') width = 1;
    if (s.substr(i, 3) == " - ") width = 3;
    if (s.substr(i, 2) == ". ") width = 2;
    if (width == 0) continue;
    parts.push_back(s.substr(start, i - start));
    start = i + width;
    i = start - 1;
  }
  parts.push_back(s.substr(start));
  return parts;
}

bool ValidOutletName(std::string_view name) {
  int words = CountWords(name);
  if (words < 1 || words > kMaxOutletWords) return false;
  if (!ParseAgencyList(name).empty()) return false;
  return LooksLikeDomain(name) || StartsWithUpper(name);
}

// The name that starts at fold offset `start`: up to the end of the clause.
std::string ExtractNameAt(const RuleText& t, size_t start) {
  std::string_view fold = std::string_view(t.fold()).substr(start);
  size_t cut = fold.size();
  for (std::string_view stop :
       {". ",    ",",        ";",        ":",      "(",      ")",     " ni ",  " et ", " ou ",
        " sur ", " dans ",   " en ",     " pour ", " sans ", " qui ", " que ", " a ",  " ne ",
        " n'",   " doivent", " peuvent", " sont ", " est ",  " and ", " or "}) {
    size_t p = fold.find(stop);
    if (p != std::string_view::npos && p < cut) cut = p;
  }
  std::string name(TrimChars(t.Slice(start, start + cut), " .,;:'\""));
  return ValidOutletName(name) ? name : std::string();
}

void AddCandidate(std::string name, OutletCue cue, std::vector<OutletCandidate>* out) {
  if (name.empty()) return;
  int weight = OutletWeight(cue, name);
  out->push_back({std::move(name), weight, cue});
}

// "... imputées à X", "reproduire les articles de X", "du site X".
void FindNamedAfterCue(const RuleText& t, std::vector<OutletCandidate>* out) {
  static const RE2 cues(
      R"((imputee?s? (?:a|au|aux) (?:la |le |l')?(?:site(?: web| internet)? )?|)"
      R"((?:reproduire|republier|publier|diffuser|reprendre|traduire) (?:librement |)"
      R"(gratuitement )?(?:la version integrale ou des extraits d')?(?:les |des |nos |d')?)"
      R"((?:articles|textes|contenus|publications)(?: publies)?(?: du site(?: web| internet)?|)"
      R"( de la| de l'| de| d'| du| sur)\s*|)"
      R"((?:^|\s)(?:du|le|au|sur le) site(?: web| internet)? ))");
  re2::StringPiece in(t.fold());
  re2::StringPiece m;
  while (RE2::FindAndConsume(&in, cues, &m)) {
    size_t start = static_cast<size_t>(m.data() + m.size() - t.fold().data());
    AddCandidate(ExtractNameAt(t, start), OutletCue::kDisclaimer, out);
  }
}

// "X accorde la permission...", "Le Centre de recherche sur la
// mondialisation (CRM) se dégage de toute responsabilité...".
void FindNamedBeforeVerb(const RuleText& t, std::vector<OutletCandidate>* out) {
  static const RE2 re(R"(^(?:le |la |l'|les )?(.{2,80}?)\s+(?:contient|accorde|se degage|decline|)"
                      R"(n'est pas responsable|ne saurait|ne peut etre tenue?|grants permission))");
  re2::StringPiece name;
  if (!RE2::PartialMatch(t.fold(), re, &name)) return;
  size_t begin = static_cast<size_t>(name.data() - t.fold().data());
  std::string raw = t.Slice(begin, begin + name.size());
  static const RE2 acronym(R"(^(.*?)\s*\(([A-Z]{2,8})\)$)");
  re2::StringPiece org, abbrev;
  if (RE2::FullMatch(raw, acronym, &org, &abbrev)) {
    std::string o(org);
    if (ValidOutletName(o) || CountWords(o) <= 8) {
      AddCandidate(std::move(o), OutletCue::kOrganisation, out);
    }
    return;
  }
  if (ValidOutletName(raw)) AddCandidate(std::move(raw), OutletCue::kDisclaimer, out);
}

std::string Key(std::string_view s, bool strip_tld) {
  std::string fold = FoldText(Trim(s));
  if (StartsWith(fold, "www.")) fold = fold.substr(4);
  if (strip_tld && LooksLikeDomain(fold)) fold = fold.substr(0, fold.rfind('.'));
  std::string key;
  for (char c : fold) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key.push_back(c);
  }
  return key;
}

}  // namespace

int OutletWeight(OutletCue cue, std::string_view name) {
  if (cue == OutletCue::kOrganisation) return 1;
  return LooksLikeDomain(name) ? 3 : 2;
}

bool ParseCopyrightLine(std::string_view line, std::optional<std::string>* holder) {
  if (line.size() > kMaxCopyrightBytes) return false;
  return ParseCopyrightLine(RuleText(line), holder);
}

bool ParseCopyrightLine(const RuleText& t, std::optional<std::string>* holder) {
  if (t.norm().size() > kMaxCopyrightBytes || t.words() > kMaxCopyrightWords) return false;
  static const RE2 head(R"(^(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*)");
  size_t p = Consume(t, head);
  if (p == std::string::npos) return false;
  std::string_view rest_fold = std::string_view(t.fold()).substr(p);
  size_t end = rest_fold.size();
  for (std::string_view stop : {"tous droits reserves", "all rights reserved", "droits reserves",
                                "reproduction interdite", "toute reproduction"}) {
    size_t q = rest_fold.find(stop);
    if (q != std::string_view::npos && q < end) end = q;
  }
  std::string rest = t.Slice(p, p + end);
  std::vector<std::string_view> parts;
  for (std::string_view part : SplitParts(rest)) {
    part = StripYears(part);
    if (!part.empty() && FoldText(part) != "photo") parts.push_back(part);
  }
  std::string_view chosen;
  for (std::string_view part : parts) {
    if (LooksLikeDomain(part)) chosen = part;
  }
  if (chosen.empty() && !parts.empty()) chosen = parts.back();
  if (!chosen.empty()) *holder = std::string(chosen);
  return true;
}

std::vector<OutletCandidate> FindOutletCandidates(std::string_view line) {
  std::vector<OutletCandidate> out;
  if (line.size() > kMaxDisclaimerBytes) return out;
  std::optional<std::string> holder;
  if (ParseCopyrightLine(line, &holder)) {
    if (holder && ValidOutletName(*holder)) AddCandidate(*holder, OutletCue::kCopyright, &out);
    return out;
  }
  RuleText t(line);
  FindNamedBeforeVerb(t, &out);
  FindNamedAfterCue(t, &out);
  return out;
}

bool SameOutlet(std::string_view a, std::string_view b) {
  std::string ka = Key(a, false), kb = Key(b, false);
  std::string ta = Key(a, true), tb = Key(b, true);
  if (ka.size() < 3 || kb.size() < 3) return ka == kb && !ka.empty();
  return ka == kb || ka == tb || ta == kb || ta == tb;
}

std::optional<std::string> ChooseOutlet(const std::vector<OutletCandidate>& candidates) {
  int best_total = 0;
  std::optional<std::string> best;
  for (size_t i = 0; i < candidates.size(); ++i) {
    int total = 0;
    const OutletCandidate* spelling = &candidates[i];
    for (const OutletCandidate& c : candidates) {
      if (!SameOutlet(c.name, candidates[i].name)) continue;
      total += c.weight;
      if (c.weight > spelling->weight) spelling = &c;
    }
    if (total > best_total) {
      best_total = total;
      best = spelling->name;
    }
  }
  return best;
}

}  // namespace vigie::clean
