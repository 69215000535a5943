// Person names as by-lines write them: "Jean Dupont", "Jean-Pierre de La
// Tour", "J.-P. Martin", "Bachar al-Assad", "JEAN DUPONT", lists of them
// ("Jean Dupont et Marie Martin", "Jean Dupont, Marie Martin").
//
// The by-line rules must fire on "Par Jean Dupont" and never on "Par
// ailleurs, le ministre...": a name here is a short run (1 to 6 tokens) of
// capitalised words, initials and lower-case particles (de, du, van, von,
// al-...), starting with a capitalised word that is not a function word
// ("Le", "Publié", "Lundi"...). Without a lexicon of first names, "Réseau
// Voltaire" still looks like a person; callers use the line's shape (a
// "Par" prefix, a "|" before a date) to decide.
#ifndef VIGIE_CLEAN_NAMES_H_
#define VIGIE_CLEAN_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace vigie::clean {

struct LeadingNames {
  std::vector<std::string> names;
  std::string_view rest;  // what follows the last name (a suffix of the input)
};

// Parses the names at the start of `s` (normalised text), separated by ",",
// ";", "et", "and", "&". Stops before the first token that cannot belong to
// a name; a separator not followed by a name is left in `rest`.
LeadingNames ParseLeadingNames(std::string_view s);

// True when the whole of `s` is one person name of at least `min_tokens`
// tokens.
bool LooksLikePersonName(std::string_view s, int min_tokens = 2);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_NAMES_H_
