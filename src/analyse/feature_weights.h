// FeatureWeights: the weights of a linear model over named features, read
// from a TSV table (src/analyse/tsv.h) with the columns `feature` and
// `weight`: the casualty claims' actor and place choosers
// (data/models/claim_actor.tsv, claim_place.tsv) and the labels' confidence
// (data/models/label_confidence.tsv). Errors name
// the file and line at fault; never a crash, whatever the bytes.
#ifndef VIGIE_ANALYSE_FEATURE_WEIGHTS_H_
#define VIGIE_ANALYSE_FEATURE_WEIGHTS_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "vigie/status.h"

namespace vigie::analyse {

struct FeatureWeights {
  // Looked up by string_view without a copy (a table has thousands of rows,
  // looked up some twenty times per label or candidate).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, float, Hash, std::equal_to<>> weights;  // feature -> weight

  static Result<std::unique_ptr<FeatureWeights>> Load(const std::string& path);
  // The same from a file's content; errors name `name` and the line.
  static Result<std::unique_ptr<FeatureWeights>> Parse(std::string_view content, const std::string& name);

  // The weight of `feature`, 0 when the table has none.
  float Get(std::string_view feature) const {
    auto it = weights.find(feature);
    return it == weights.end() ? 0.0f : it->second;
  }
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_FEATURE_WEIGHTS_H_
