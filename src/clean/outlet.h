// The outlet a page names for itself: in copyright lines ("Copyright ©
// Mondialisation.ca, 2016", "© 2016 Le Journal", "Copyright Jean Dupont,
// Mondialisation.ca, 2016" -> the outlet, not the person) and in the
// disclaimers sites append ("... ne peuvent en aucun cas être imputées à
// Mondialisation.ca", "Vous pouvez reproduire les articles de X", "X
// accorde la permission...", "Le Centre de recherche sur la mondialisation
// (CRM) ...").
//
// Each cue gives a weighted candidate; the text rules add the dateline's
// and choose the name with the largest total weight. A name that looks
// like a domain ("Mondialisation.ca") weighs more than a bare phrase,
// because pages write their own name that way and persons never are.
#ifndef VIGIE_CLEAN_OUTLET_H_
#define VIGIE_CLEAN_OUTLET_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean/rule_text.h"

namespace vigie::clean {

enum class OutletCue { kDateline, kCopyright, kDisclaimer, kOrganisation };

struct OutletCandidate {
  std::string name;
  int weight = 0;
  OutletCue cue = OutletCue::kDisclaimer;
};

// Weight of a candidate from `cue` named `name`.
int OutletWeight(OutletCue cue, std::string_view name);

// True when `line` is a copyright line ("Copyright ...", "© ...", "(c)
// 2016 ..."). Its named holder, if any, goes to `*holder`.
bool ParseCopyrightLine(std::string_view line, std::optional<std::string>* holder);
bool ParseCopyrightLine(const RuleText& line, std::optional<std::string>* holder);

// The outlets that disclaimers and copyright lines in `line` name.
std::vector<OutletCandidate> FindOutletCandidates(std::string_view line);

// True when `a` and `b` name the same outlet: "Mondialisation.ca",
// "mondialisation.ca", "MONDIALISATION.CA", "Mondialisation", "Global
// Research" / "globalresearch.ca".
bool SameOutlet(std::string_view a, std::string_view b);

// The name with the largest total weight (ties: the first seen).
std::optional<std::string> ChooseOutlet(const std::vector<OutletCandidate>& candidates);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_OUTLET_H_
