// LabelScorer: how likely a label's target and stance are right. The rules
// of LabelFinder decide each naming's target from its surroundings, and are
// wrong where the surroundings mislead ("terroristes" for a jihadist group or
// for the armed opposition, "régime" in a story about a tax regime). A
// logistic model over named features of the label and its paragraph (its
// lexicon row and the condition that chose it, the other labels of the
// paragraph, the groups named there, quotation, the words around it) gives
// each label a confidence; a label under the model's threshold is not
// emitted unless the caller asks for every label (`vigie extract
// --all-labels`), or its term is one the model never saw. The features,
// the training and the threshold are in label_confidence.cc and
// data/models/README.md.
#ifndef VIGIE_ANALYSE_LABEL_CONFIDENCE_H_
#define VIGIE_ANALYSE_LABEL_CONFIDENCE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/feature_weights.h"
#include "analyse/labels.h"
#include "analyse/lexicon_matches.h"
#include "vigie/status.h"

namespace vigie::analyse {

// The features of each of the document's labels, as LabelFinder::Find
// returned them (ordered by start), in the same order; empty for an
// untargeted one. `entities`: the document's, ordered by start (the
// countries of their places); may be empty.
std::vector<std::vector<std::string>> LabelFeatures(const LexiconMatches& m, const std::vector<FoundLabel>& labels,
                                                    const std::vector<Entity>& entities);

// Immutable after Load; thread-safe.
class LabelScorer {
 public:
  // The table of data/models/label_confidence.tsv (tools/train_label_confidence.py):
  // the columns feature and weight, and the row `@threshold`, the confidence
  // under which a label is not emitted (0 to 1). Errors name the file and line.
  static Result<std::unique_ptr<LabelScorer>> Load(const std::string& path);
  static Result<std::unique_ptr<LabelScorer>> Parse(std::string_view content, const std::string& name);

  // The logistic of the features' summed weights, 0 to 1.
  double Confidence(const std::vector<std::string>& features) const;
  double threshold() const { return threshold_; }
  // True when the model has a weight for the term ("term:" + term): it saw
  // the term in training. A label of a term it never saw (a user's own
  // lexicon, a term added since the last training) is not held back: the
  // model cannot judge it.
  bool KnowsTerm(std::string_view term) const;

  static constexpr std::string_view kThresholdRow = "@threshold";

 private:
  static Result<std::unique_ptr<LabelScorer>> From(Result<std::unique_ptr<FeatureWeights>> weights,
                                                   const std::string& name);
  std::unique_ptr<FeatureWeights> weights_;
  double threshold_ = 0;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_LABEL_CONFIDENCE_H_
