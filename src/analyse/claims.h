// ClaimFinder: casualty claims in French and English news ("40 morts, dont
// 16 enfants, et 250 blessés", "At least 25 people were killed"), each with
// its counts, whether they are approximate, the casualty word that fired,
// and, when the text says them, the place, the date, the actor blamed and
// the source of the figure. The method, its trade-offs and its figures are
// in the essay at the top of claims.cc.
#ifndef VIGIE_ANALYSE_CLAIMS_H_
#define VIGIE_ANALYSE_CLAIMS_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie::analyse {

class ClaimLexicon;
class Gazetteer;
struct FeatureWeights;

// Immutable after Load; Find is const and thread-safe.
class ClaimFinder {
 public:
  ~ClaimFinder();
  ClaimFinder(const ClaimFinder&) = delete;
  ClaimFinder& operator=(const ClaimFinder&) = delete;

  // Loads the lexicons of <dir>/fr/ and <dir>/en/ for each of
  // `lexicon_dirs` (data/lexicons first, then the users' own, which add
  // to it; ClaimLexicon::Load). `gazetteer` (may be null) names places and
  // tells them from organisations; it is borrowed and must outlive the
  // finder. Errors name the file and line at fault.
  // The actor of a claim is chosen among its candidates by the weights of
  // `actor_model` (data/models/claim_actor.tsv, trained by
  // tools/train_actor_choice.py): "" for that file beside the first lexicon
  // directory (<dir>/../models/claim_actor.tsv), "rules" for the rules'
  // order alone (claim_actor_choice.cc). The place likewise among its
  // candidates by the weights of `place_model` (data/models/claim_place.tsv,
  // trained by tools/train_actor_choice.py --field=place), "rules" for the
  // rules' choice alone (claim_places.cc).
  static Result<std::unique_ptr<ClaimFinder>> Load(const std::vector<std::string>& lexicon_dirs,
                                                   const Gazetteer* gazetteer, const std::string& actor_model = "",
                                                   const std::string& place_model = "");
  // The same over a lexicon already loaded (tests, benchmarks).
  static std::unique_ptr<ClaimFinder> Create(std::unique_ptr<ClaimLexicon> lexicon,
                                             const Gazetteer* gazetteer);

  // Appends to `*out` the casualty claims of `text`, in text order, spans in
  // code points of text.text(). `entities` are the document's named
  // entities (spans in the same text; may be empty): places (LOC) and the
  // names of actors and sources (ORG, PER) then come from them, and from
  // the gazetteer and capitalised names otherwise. Lexicon entries of the
  // document's language are used ("fr", "en"), both for any other.
  void Find(const AnalysisText& text, const std::vector<Entity>& entities,
            std::vector<Claim>* out) const;

 private:
  ClaimFinder() = default;
  std::unique_ptr<ClaimLexicon> lexicon_;
  const Gazetteer* gazetteer_ = nullptr;
  // The gazetteer's armed groups by the initials of their names ("rsf" ->
  // "SD"), built once (internal::GroupInitials).
  std::map<std::string, std::string, std::less<>> group_initials_;
  std::unique_ptr<const FeatureWeights> actor_weights_;  // null: the rules' order
  std::unique_ptr<const FeatureWeights> place_weights_;  // null: the rules' choice
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_CLAIMS_H_
