// Inflection: design notes.
//
// The lexicons of actor labels hold each term once, in the singular, the
// way a dictionary does ("rebelle", "groupe armé", "coupeur de têtes");
// news writes them mostly in the plural. The forms are generated here when
// the lexicon is loaded, so that each is one more literal for the phrase
// matcher, and matching stays a literal scan.
//
// Rules, not the Lefff. French plurals of the nouns and adjectives that name
// armed actors are regular but for a handful of classes (-al -> -aux,
// -eau/-au/-eu -> -x, a few -ail and -ou), which fit in a page; the Lefff
// would also give them, but it is an optional LGPL-LR download of 20 MB that
// the analysis layers do not otherwise need, and a lexicon must load the same
// way everywhere. Feminine forms are not generated: armed-actor nouns are
// overwhelmingly masculine in use, and a feminine that matters ("opposition
// modérée") is written in the lexicon as its own form, and so is any form
// the rules would get wrong (the `forms` column, data/lexicons/README.md).
//
// Which words take the plural. In a French noun phrase, every word up to the
// first preposition or article: the head and its adjectives ("rebelles
// modérés", "terroristes pro-occidentaux"), not the complement ("coupeurs
// de têtes", "combattants de la liberté"). In English, the last word before
// "of" ("armed groups", "freedom fighters").
#include "analyse/inflection.h"

#include <algorithm>
#include <array>

#include "common/strings.h"

namespace vigie::analyse {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t next = s.find(' ', pos);
    if (next == std::string_view::npos) next = s.size();
    if (next > pos) words.push_back(s.substr(pos, next - pos));
    pos = next + 1;
  }
  return words;
}

// Prepositions and articles that end the head of a French noun phrase.
bool FrenchStopWord(std::string_view w) {
  return In(w, {"de", "du", "des", "à", "au", "aux", "en", "pour", "contre", "par", "sur",
                "le", "la", "les", "sans", "avec", "et", "ou"}) ||
         EndsWith(w, "'") || EndsWith(w, "\u2019");
}

std::string FrenchWordPlural(std::string_view w) {
  std::string s(w);
  if (s.empty() || EndsWith(s, "s") || EndsWith(s, "x") || EndsWith(s, "z")) return s;
  if (EndsWith(s, "al")) {
    if (In(w, {"bal", "carnaval", "chacal", "festival", "récital", "régal", "naval", "fatal",
               "natal", "banal", "cérémonial"})) {
      return s + "s";
    }
    return s.substr(0, s.size() - 2) + "aux";
  }
  if (EndsWith(s, "ail")) {
    if (In(w, {"bail", "corail", "émail", "soupirail", "travail", "vantail", "vitrail"})) {
      return s.substr(0, s.size() - 3) + "aux";
    }
    return s + "s";
  }
  if (EndsWith(s, "eau") || EndsWith(s, "au") || EndsWith(s, "eu")) {
    if (In(w, {"landau", "sarrau", "bleu", "pneu", "émeu"})) return s + "s";
    return s + "x";
  }
  if (EndsWith(s, "ou") &&
      In(w, {"bijou", "caillou", "chou", "genou", "hibou", "joujou", "pou"})) {
    return s + "x";
  }
  return s + "s";
}

std::string EnglishWordPlural(std::string_view w) {
  std::string s(w);
  if (s.empty()) return s;
  if (EndsWith(s, "man") && s != "human" && s != "german") {
    return s.substr(0, s.size() - 3) + "men";
  }
  if (EndsWith(s, "ss") || EndsWith(s, "sh") || EndsWith(s, "ch") || EndsWith(s, "x") ||
      EndsWith(s, "z")) {
    return s + "es";
  }
  if (EndsWith(s, "s")) return s;  // already plural ("forces")
  if (s.size() >= 2 && s.back() == 'y' && std::string_view("aeiou").find(s[s.size() - 2]) ==
                                              std::string_view::npos) {
    return s.substr(0, s.size() - 1) + "ies";
  }
  return s + "s";
}

// Applies `plural` to the last hyphen-separated part of `w`.
template <typename Fn>
std::string PluralOfLastPart(std::string_view w, Fn plural) {
  size_t dash = w.rfind('-');
  if (dash == std::string_view::npos || dash + 1 == w.size()) return plural(w);
  return std::string(w.substr(0, dash + 1)) + plural(w.substr(dash + 1));
}

}  // namespace

std::string FrenchPlural(std::string_view word) {
  return PluralOfLastPart(word, FrenchWordPlural);
}

std::string EnglishPlural(std::string_view word) {
  return PluralOfLastPart(word, EnglishWordPlural);
}

std::vector<std::string> InflectPhrase(std::string_view phrase, std::string_view lang) {
  std::vector<std::string> forms{std::string(phrase)};
  std::vector<std::string_view> words = SplitSpaces(phrase);
  if (words.empty()) return forms;
  std::vector<std::string> plural;
  if (lang == "fr") {
    bool head = true;
    for (std::string_view w : words) {
      if (head && FrenchStopWord(w)) head = false;
      plural.push_back(head ? FrenchPlural(w) : std::string(w));
    }
  } else if (lang == "en") {
    size_t last = words.size() - 1;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i] == "of" && i > 0) {
        last = i - 1;
        break;
      }
    }
    for (size_t i = 0; i < words.size(); ++i) {
      plural.push_back(i == last ? EnglishPlural(words[i]) : std::string(words[i]));
    }
  } else {
    return forms;
  }
  std::string joined = Join(plural, " ");
  if (joined != forms[0]) forms.push_back(std::move(joined));
  return forms;
}

}  // namespace vigie::analyse
