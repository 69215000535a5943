// News agencies: the table that turns "(AFP)", "avec Reuters", "selon
// l'agence Anadolu" into `agency` credits.
//
// The table is compiled in (agencies.cc) rather than loaded from data/: the
// text rules take no data directory, and a missing file must not silently
// change which credits a page gets. It holds the canonical name the
// contract reports and the spellings pages use; editing it is editing one
// array. Acronyms match with their case (so "AP" is not "ap"), full names
// without case.
#ifndef VIGIE_CLEAN_AGENCIES_H_
#define VIGIE_CLEAN_AGENCIES_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace vigie::clean {

struct AgencyMatch {
  std::string_view canonical;  // "AFP", "Reuters"... (static storage)
  size_t length = 0;           // bytes of the input the spelling took
};

// The agency spelled at the start of `s` ("AFP", "Agence France-Presse",
// "Reuters/AFP" gives AFP... only the first), followed by a word boundary.
std::optional<AgencyMatch> MatchAgencyPrefix(std::string_view s);

// The canonical name when the whole of `s` (trimmed) names an agency.
std::optional<std::string_view> CanonicalAgency(std::string_view s);

// True when `text` may name an agency somewhere (a fast filter: one pass,
// no word boundaries, so "MAPS" counts).
bool MentionsAgency(std::string_view text);

// The canonical names when the whole of `s` is a list of agencies: "AFP",
// "AFP/Reuters", "AFP, Reuters et AP", "avec AFP", "l'AFP". Empty
// otherwise.
std::vector<std::string_view> ParseAgencyList(std::string_view s);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_AGENCIES_H_
