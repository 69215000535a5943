// Analyser: the analysis layers over a document's final text, in order:
// entities, quotations (which need the entities for their speakers), then
// claims, labels and techniques. It owns the resources every layer loads
// once (models, gazetteers, lexicons) from the data directory.
#ifndef VIGIE_ANALYSE_ANALYSER_H_
#define VIGIE_ANALYSE_ANALYSER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie::analyse {

struct AnalyserOptions {
  std::string data_dir;                   // empty: DefaultDataDir()
  std::vector<std::string> lexicon_dirs;  // users' own lexicons, added to the data's
  std::string geo_dir;                    // GeoNames cities; empty: DefaultGeoDir()
  // Every label, also those the label confidence model holds back (under
  // its threshold: label_confidence.h); each carries its confidence.
  bool all_labels = false;
  // Each label carries the model's features (Label::features), for training.
  bool label_features = false;
};

// $VIGIE_DATA_DIR if set, else the data/ directory of the source tree the
// binary was built from.
std::string DefaultDataDir();

// Thread-safe after Load: Analyse is const and may run on several threads.
class Analyser {
 public:
  ~Analyser();
  Analyser(const Analyser&) = delete;
  Analyser& operator=(const Analyser&) = delete;

  // Loads every layer's resources; an error names the file at fault.
  static Result<std::unique_ptr<Analyser>> Load(const AnalyserOptions& options);

  // Fills doc->entities, quotes, claims, labels and techniques from
  // doc->text (replacing what they held), spans in code points of it.
  // Labels under the confidence model's threshold are left out unless
  // AnalyserOptions::all_labels; the techniques see them all. A
  // text over kMaxAnalysedBytes is left unanalysed, with the warning
  // "analysis_skipped_text_too_long".
  void Analyse(Document* doc) const;
  // True when Analyse leaves `label` out unless AnalyserOptions::all_labels:
  // its confidence is under the label model's threshold, and the model
  // knows its term (LabelScorer::KnowsTerm).
  bool HoldsBack(const Label& label) const;
  static constexpr size_t kMaxAnalysedBytes = size_t{4} << 20;

 private:
  Analyser();
  struct Layers;
  std::unique_ptr<Layers> layers_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_ANALYSER_H_
