#include "clean/names.h"

#include <iterator>
#include <optional>

#include "clean/agencies.h"
#include "clean/rule_text.h"
#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::clean {
namespace {

constexpr int kMaxTokensPerName = 6;
constexpr size_t kMaxNames = 8;

enum class TokenKind { kWord, kInitial, kParticle, kMidArticle, kStop };

// Capitalised words that start sentences, dates and by-line furniture
// rather than names (compared folded).
constexpr std::string_view kStopWords[] = {
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "fev",
    "apr",
    "avr",
    "jun",
    "jul",
    "juil",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "publie",
    "publiee",
    "mis",
    "mise",
    "modifie",
    "posted",
    "updated",
    "published",
    "source",
    "sources",
    "photo",
    "photos",
    "credit",
    "credits",
    "avec",
    "pour",
    "dans",
    "sur",
    "selon",
    "par",
    "by",
    "et",
    "and",
    "lecture",
    "temps",
    "journaliste",
    "correspondant",
    "correspondante",
    "envoye",
    "envoyee",
    "redaction",
    "agence",
    "article",
    "articles",
    "lire",
    "voir",
    "copyright",
    "tags",
    "theme",
    "region",
    "il",
    "elle",
    "ils",
    "elles",
    "nous",
    "vous",
    "on",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "notre",
    "votre",
    "tout",
    "tous",
    "ici",
    "ainsi",
    "alors",
    "aussi",
    "the",
    "staff",
    "editor",
    "reporter",
    "interview",
    "entretien",
    "propos",
    "traduit",
    "traduction",
    "a",
    "an",
    "of",
    "en",
    "au",
    "aux",
    "date",
    "heure",
    "modifie",
    "actualise",
};

// Articles that may not start a name but may sit inside one ("Marine Le
// Pen", "Jean De La Fontaine").
constexpr std::string_view kMidArticles[] = {"le", "la", "les", "de", "du", "des", "l'", "d'"};

constexpr std::string_view kParticles[] = {"de",  "du",  "des", "d'",  "da",  "di",  "del", "della",
                                           "dos", "das", "do",  "van", "von", "der", "den", "ter",
                                           "zu",  "le",  "la",  "ben", "bin", "ibn", "al",  "el"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view s) {
  for (std::string_view w : list) {
    if (w == s) return true;
  }
  return false;
}

// Code points of `t`, or empty when it is longer than a name token can be.
std::u32string CodePoints(std::string_view t) {
  std::u32string out;
  if (t.size() > 64) return out;
  for (size_t i = 0; i < t.size();) out.push_back(DecodeUtf8(t, &i));
  return out;
}

// "J.", "J.-P.", "J.P." (hand-written: RE2's Unicode classes make large
// automata, and this runs on every token of every short line).
bool IsInitial(std::string_view t) {
  std::u32string cps = CodePoints(t);
  size_t i = 0;
  bool any = false;
  while (i < cps.size()) {
    if (any && cps[i] == '-') ++i;
    if (i + 1 >= cps.size() || !IsUpperLetter(cps[i]) || cps[i + 1] != '.') return false;
    i += 2;
    any = true;
  }
  return any;
}

bool IsNameChar(char32_t c) { return IsLetter(c) || c == '\'' || c == '-'; }

// "Dupont", "Jean-Pierre", "O'Neill", "DUPONT"; "al-Assad", "d'Estaing".
bool IsCapitalisedWord(std::string_view t) {
  std::u32string cps = CodePoints(t);
  if (cps.size() < 2) return false;
  for (char32_t c : cps) {
    if (!IsNameChar(c)) return false;
  }
  if (IsUpperLetter(cps[0])) return true;
  static constexpr std::string_view kAttached[] = {"d",   "l",   "al",   "el",  "ad",  "ar",  "as",
                                                   "ash", "at",  "az",   "ben", "bin", "ibn", "abu",
                                                   "abd", "bou", "ould", "da",  "di",  "mc"};
  size_t sep = t.find_first_of("'-");
  if (sep == std::string_view::npos || sep + 1 >= t.size()) return false;
  std::string_view head = t.substr(0, sep);
  bool attached = false;
  for (std::string_view a : kAttached) attached |= head == a;
  size_t pos = sep + 1;
  return attached && IsUpperLetter(DecodeUtf8(t, &pos));
}

bool FirstIsLower(std::string_view t) {
  if (t.empty()) return false;
  size_t pos = 0;
  return IsLowerLetter(DecodeUtf8(t, &pos));
}

bool IsAllCaps(std::string_view t) {
  std::u32string cps = CodePoints(t);
  int letters = 0;
  for (char32_t c : cps) {
    if (IsLowerLetter(c)) return false;
    letters += IsUpperLetter(c);
  }
  return letters >= 2;
}

TokenKind Classify(std::string_view t, bool first) {
  std::string f = FoldText(t);
  if (IsInitial(t)) return TokenKind::kInitial;
  if (CanonicalAgency(t)) return TokenKind::kStop;
  if (!first && FirstIsLower(t) && In(kParticles, f)) return TokenKind::kParticle;
  if (In(kStopWords, f)) return TokenKind::kStop;
  if (In(kMidArticles, f)) return first ? TokenKind::kStop : TokenKind::kMidArticle;
  if (IsCapitalisedWord(t)) return TokenKind::kWord;
  return TokenKind::kStop;
}

// One white-space separated token: its core (without trailing punctuation)
// and the punctuation that followed it.
struct Token {
  size_t begin = 0, core_end = 0, end = 0;
  char trail = 0;  // ',', ';', ':', '.', ')' or 0
};

std::optional<Token> NextToken(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (pos >= s.size()) return std::nullopt;
  Token tok;
  tok.begin = pos;
  tok.end = s.find(' ', pos);
  if (tok.end == std::string_view::npos) tok.end = s.size();
  tok.core_end = tok.end;
  std::string_view raw = s.substr(tok.begin, tok.end - tok.begin);
  // An initial keeps its dot ("J."); other words give it up ("Dupont.").
  while (tok.core_end > tok.begin) {
    char c = s[tok.core_end - 1];
    bool initial_dot = c == '.' && IsInitial(s.substr(tok.begin, tok.core_end - tok.begin));
    if (initial_dot || (c != ',' && c != ';' && c != ':' && c != '.' && c != ')')) break;
    if (tok.trail == 0 || c != '.') tok.trail = c;
    --tok.core_end;
  }
  if (raw.empty()) return std::nullopt;
  return tok;
}

struct OneName {
  std::string text;
  size_t end = 0;  // byte just after the name's last core
};

// The name starting at `pos`, if any.
std::optional<OneName> ParseOneName(std::string_view s, size_t pos) {
  std::vector<Token> tokens;
  std::vector<TokenKind> kinds;
  while (tokens.size() < static_cast<size_t>(kMaxTokensPerName)) {
    std::optional<Token> tok = NextToken(s, pos);
    if (!tok || tok->core_end == tok->begin) break;
    TokenKind kind = Classify(s.substr(tok->begin, tok->core_end - tok->begin), tokens.empty());
    if (kind == TokenKind::kStop) break;
    tokens.push_back(*tok);
    kinds.push_back(kind);
    pos = tok->end;
    if (tok->trail != 0) break;
  }
  // A name ends on a word or an initial, never on a particle.
  while (!kinds.empty() &&
         (kinds.back() == TokenKind::kParticle || kinds.back() == TokenKind::kMidArticle)) {
    kinds.pop_back();
    tokens.pop_back();
  }
  bool has_word = false;
  for (TokenKind k : kinds) has_word |= k == TokenKind::kWord;
  if (!has_word) return std::nullopt;
  // "BBC News", "RT France", "CNN International": an acronym opening a
  // run of capitalised words names an organisation. ("Jean DUPONT", with
  // the surname in capitals, is a person.)
  if (tokens.size() > 1) {
    std::string_view first = s.substr(tokens[0].begin, tokens[0].core_end - tokens[0].begin);
    std::string_view second = s.substr(tokens[1].begin, tokens[1].core_end - tokens[1].begin);
    if (kinds[0] == TokenKind::kWord && IsAllCaps(first) && !IsAllCaps(second)) {
      return std::nullopt;
    }
  }
  OneName name;
  name.end = tokens.back().core_end;
  name.text = std::string(s.substr(tokens.front().begin, name.end - tokens.front().begin));
  return name;
}

// Length of the name separator at `pos` (", ", "; ", " et ", " and ", " & "),
// or 0.
size_t SeparatorLength(std::string_view s, size_t pos) {
  std::string_view rest = s.substr(pos);
  for (std::string_view sep : {", ", "; ", " et ", " and ", " & ", " and/or "}) {
    if (StartsWith(rest, sep)) return sep.size();
  }
  return 0;
}

}  // namespace

LeadingNames ParseLeadingNames(std::string_view s) {
  LeadingNames out;
  out.rest = s;
  size_t pos = 0;
  while (out.names.size() < kMaxNames) {
    std::optional<OneName> name = ParseOneName(s, pos);
    if (!name) break;
    out.names.push_back(std::move(name->text));
    out.rest = s.substr(name->end);
    size_t sep = SeparatorLength(s, name->end);
    if (sep == 0) break;
    pos = name->end + sep;
  }
  return out;
}

bool LooksLikePersonName(std::string_view s, int min_tokens) {
  s = Trim(s);
  LeadingNames parsed = ParseLeadingNames(s);
  if (parsed.names.size() != 1 || !Trim(parsed.rest).empty()) return false;
  return CountWords(parsed.names[0]) >= min_tokens;
}

}  // namespace vigie::clean
