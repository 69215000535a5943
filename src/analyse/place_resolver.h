// PlaceResolver: puts LOC entities on the map ({lat, lon, country}): the
// gazetteer's French places and countries first, then GeoNames cities,
// disambiguated by the countries the document names. The rules and their
// measurements are in place_resolver.cc.
#ifndef VIGIE_ANALYSE_PLACE_RESOLVER_H_
#define VIGIE_ANALYSE_PLACE_RESOLVER_H_

#include <optional>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/entity_linker.h"
#include "analyse/gazetteer.h"
#include "analyse/geo_index.h"
#include "analyse/ner_tagger.h"
#include "vigie/document.h"

namespace vigie::analyse {

// Immutable; thread-safe. Borrows the gazetteer and the index (either may
// be null), which must outlive it.
class PlaceResolver {
 public:
  PlaceResolver(const Gazetteer* gazetteer, const GeoIndex* geo)
      : gazetteer_(gazetteer), geo_(geo) {}

  // One geo (or nullopt) per span: set for LOC spans only, and only when
  // the place is known and not too ambiguous.
  void Resolve(const AnalysisText& text, const std::vector<NerSpan>& spans,
               const std::vector<LinkedMention>& links,
               std::vector<std::optional<Geo>>* out) const;

 private:
  struct Candidate;
  void Candidates(const AnalysisText& text, const NerSpan& span, const LinkedMention& link,
                  std::vector<Candidate>* out) const;

  const Gazetteer* gazetteer_;
  const GeoIndex* geo_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_PLACE_RESOLVER_H_
