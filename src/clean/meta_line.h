// Metadata lines: the short lines under a title that say who wrote the
// article, when, and for whom. "Par Jean Dupont", "Par Jean Dupont et Marie
// Martin, le 12 mars 2017", "By John Smith | Nov. 1, 2016", "Jean Dupont |
// 1 novembre 2016", "Publié le 1er novembre 2016 par Jean Dupont",
// "Mondialisation.ca, 11 novembre 2016" (a dateline: outlet and date),
// "Propos recueillis par X", "Auteur : X".
//
// A line is metadata only when all of it is understood: a by-line prefix
// followed by names, then segments (split on "|", " - ", "•", or a comma
// before a date) that are each a date, a role ("journaliste"), an agency
// ("avec AFP"), a reading time, an outlet or a place before a date. One
// word that is not understood and the line is body text: this is what
// keeps "Par ailleurs, le ministre a dit le 12 mars..." in the text.
#ifndef VIGIE_CLEAN_META_LINE_H_
#define VIGIE_CLEAN_META_LINE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean/rule_text.h"

namespace vigie::clean {

struct MetaLine {
  std::vector<std::string> authors;
  std::optional<std::string> date;    // ISO 8601, the first date of the line
  std::optional<std::string> outlet;  // from a dateline ("Outlet, date")
  std::vector<std::string> agencies;  // canonical names ("Par X avec AFP")
  bool byline = false;                // the line starts with "Par", "By"...
};

// `line` is one block's text. nullopt unless the whole line is metadata
// with at least a name or a date.
std::optional<MetaLine> ParseMetaLine(std::string_view line);
std::optional<MetaLine> ParseMetaLine(const RuleText& line);

// A date, alone or behind a prefix ("Publié le", "Mis à jour le", "Posted
// on", "le"), possibly with a weekday and a time: the ISO date, else
// nullopt. `s` must hold nothing else.
std::optional<std::string> ParseDateText(std::string_view s);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_META_LINE_H_
