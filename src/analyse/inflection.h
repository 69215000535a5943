// Inflection: the plural forms of a lexicon entry ("groupe armé" ->
// "groupes armés", "coupeur de têtes" -> "coupeurs de têtes", "freedom
// fighter" -> "freedom fighters"), so that a lexicon lists each term once,
// in the singular, and still finds every number. The rules and why they are
// rules and not the Lefff are in inflection.cc.
#ifndef VIGIE_ANALYSE_INFLECTION_H_
#define VIGIE_ANALYSE_INFLECTION_H_

#include <string>
#include <string_view>
#include <vector>

namespace vigie::analyse {

// The plural of one French word: "armé" -> "armés", "général" -> "généraux",
// "bateau" -> "bateaux", "gaz" -> "gaz". Hyphenated words take the plural on
// their last part when it is a noun or adjective ("pro-occidental" ->
// "pro-occidentaux"). Thread-safe (pure function).
std::string FrenchPlural(std::string_view word);

// The plural of one English word: "fighter" -> "fighters", "militia" ->
// "militias", "army" -> "armies", "gunman" -> "gunmen", "head-chopper" ->
// "head-choppers".
std::string EnglishPlural(std::string_view word);

// The forms of `phrase` (words separated by single spaces) in language
// `lang` ("fr", "en"; any other language gets the phrase only): the phrase
// itself first, then its plural, distinct. French puts every word before
// the first preposition or article in the plural ("combattant de la
// liberté" -> "combattants de la liberté"; "rebelle modéré" -> "rebelles
// modérés"); English puts the last word before "of" in the plural
// ("armed group" -> "armed groups").
std::vector<std::string> InflectPhrase(std::string_view phrase, std::string_view lang);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_INFLECTION_H_
