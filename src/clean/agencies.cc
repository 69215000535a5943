#include "clean/agencies.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "clean/rule_text.h"
#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::clean {
namespace {

struct Spelling {
  std::string_view canonical;
  std::string_view text;
  bool exact_case;  // acronyms: "AP" must not match "ap"
};

// Canonical name first, then the spellings French and English pages use.
// Sources: the agencies' own names as they sign dispatches; the list covers
// the world's large wires and the state agencies French-language media
// quote most (Maghreb, Middle East, Russia, China).
constexpr Spelling kSpellings[] = {
    {"AFP", "AFP", true},
    {"AFP", "Agence France-Presse", false},
    {"AFP", "Agence France Presse", false},
    {"AFP", "France-Presse", false},
    {"Reuters", "Reuters", false},
    {"AP", "AP", true},
    {"AP", "Associated Press", false},
    {"ANSA", "ANSA", false},
    {"DPA", "DPA", false},
    {"EFE", "EFE", false},
    {"Xinhua", "Xinhua", false},
    {"Xinhua", "Chine nouvelle", false},
    {"TASS", "ITAR-TASS", false},
    {"TASS", "TASS", false},
    {"RIA Novosti", "RIA Novosti", false},
    {"RIA Novosti", "RIA", true},
    {"Sputnik", "Sputnik", false},
    {"Interfax", "Interfax", false},
    {"Belga", "Belga", false},
    {"ATS", "Keystone-ATS", false},
    {"ATS", "ATS", true},
    {"Anadolu", "Anadolu", false},
    {"SANA", "SANA", false},
    {"APS", "APS", true},
    {"MAP", "MAP", true},
    {"TAP", "TAP", true},
    {"Bloomberg", "Bloomberg", false},
    {"Kyodo", "Kyodo", false},
    {"Yonhap", "Yonhap", false},
    {"IRNA", "IRNA", false},
    {"UPI", "UPI", true},
    {"ANP", "ANP", true},
    {"Europa Press", "Europa Press", false},
    {"AGI", "AGI", true},
    {"PAP", "PAP", true},
    {"Ukrinform", "Ukrinform", false},
    {"Prensa Latina", "Prensa Latina", false},
    {"WAFA", "WAFA", false},
    {"QNA", "QNA", true},
    {"KUNA", "KUNA", true},
    {"WAM", "WAM", true},
    {"MENA", "MENA", true},
    {"APA", "APA", true},
    {"PANA", "PANA", true},
    {"PTI", "PTI", true},
    {"La Presse canadienne", "La Presse canadienne", false},
    {"La Presse canadienne", "Presse canadienne", false},
    {"AAP", "AAP", true},
    {"Jiji", "Jiji", false},
    {"Tanjug", "Tanjug", false},
    {"Agerpres", "Agerpres", false},
    {"Lusa", "Lusa", false},
    {"Bernama", "Bernama", false},
    {"Antara", "Antara", false},
    {"Fars", "Fars", true},
    {"Tasnim", "Tasnim", false},
    {"Mehr", "Mehr", true},
    {"Télam", "Télam", false},
    {"BTA", "BTA", true},
    {"CTK", "CTK", true},
    {"MTI", "MTI", true},
    {"Notimex", "Notimex", false},
    {"KCNA", "KCNA", true},
};

// Spellings sorted longest first, so that "Agence France-Presse" wins over
// "France-Presse" and "ITAR-TASS" over "TASS".
const std::vector<Spelling>& SortedSpellings() {
  static const std::vector<Spelling>* sorted = [] {
    auto* v = new std::vector<Spelling>(std::begin(kSpellings), std::end(kSpellings));
    std::stable_sort(v->begin(), v->end(), [](const Spelling& a, const Spelling& b) {
      return a.text.size() > b.text.size();
    });
    return v;
  }();
  return *sorted;
}

bool WordBoundaryAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return true;
  size_t p = pos;
  char32_t cp = DecodeUtf8(s, &p);
  return !(IsLetter(cp) || (cp >= '0' && cp <= '9'));
}

bool PrefixMatches(std::string_view s, const Spelling& sp) {
  if (s.size() < sp.text.size()) return false;
  std::string_view head = s.substr(0, sp.text.size());
  if (sp.exact_case) return head == sp.text;
  // Cheap first-letter test before folding: every spelling starts with an
  // ASCII letter.
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  if (lower(head[0]) != lower(sp.text[0])) return false;
  return FoldText(head) == FoldText(sp.text);
}

// Skips one list separator ("/", ",", "&", "et", "and", "avec") at the
// start of `s`; false when there is none.
bool SkipListSeparator(std::string_view* s) {
  std::string_view t = Trim(*s);
  for (std::string_view sep : {"/", ",", ";", "&", "+", "et ", "and ", "avec "}) {
    if (StartsWith(t, sep)) {
      *s = Trim(t.substr(sep.size()));
      return true;
    }
  }
  return false;
}

std::string_view SkipArticle(std::string_view s) {
  if (StartsWith(s, "l'") || StartsWith(s, "L'")) s.remove_prefix(2);
  return s;
}

}  // namespace

std::vector<std::string_view> ParseAgencyList(std::string_view s) {
  std::vector<std::string_view> found;
  s = TrimChars(s, ".,;:()[]");
  for (std::string_view lead : {"avec ", "Avec ", "with ", "With "}) {
    if (StartsWith(s, lead)) s = Trim(s.substr(lead.size()));
  }
  while (!s.empty()) {
    s = SkipArticle(s);
    std::optional<AgencyMatch> m = MatchAgencyPrefix(s);
    if (!m) return {};
    found.push_back(m->canonical);
    s = Trim(s.substr(m->length));
    if (s.empty()) break;
    if (!SkipListSeparator(&s)) return {};
  }
  return found;
}

std::optional<AgencyMatch> MatchAgencyPrefix(std::string_view s) {
  for (const Spelling& sp : SortedSpellings()) {
    if (PrefixMatches(s, sp) && WordBoundaryAt(s, sp.text.size())) {
      return AgencyMatch{sp.canonical, sp.text.size()};
    }
  }
  return std::nullopt;
}

bool MentionsAgency(std::string_view text) {
  static const RE2* re = [] {
    std::string pattern;
    for (const Spelling& sp : kSpellings) {
      if (!pattern.empty()) pattern += '|';
      std::string quoted = RE2::QuoteMeta(sp.text);
      pattern += sp.exact_case ? quoted : "(?i:" + quoted + ")";
    }
    return new RE2(pattern);
  }();
  return RE2::PartialMatch(text, *re);
}

std::optional<std::string_view> CanonicalAgency(std::string_view s) {
  s = TrimChars(s, ".,;:()");
  if (StartsWith(s, "l'") || StartsWith(s, "L'")) s.remove_prefix(2);
  std::optional<AgencyMatch> m = MatchAgencyPrefix(s);
  if (!m || m->length != s.size()) return std::nullopt;
  return m->canonical;
}

}  // namespace vigie::clean
