// libFuzzer target for the models' weight tables (FeatureWeights::Parse:
// data/models/claim_actor.tsv, the actor chooser's; LabelScorer::Parse:
// data/models/label_confidence.tsv, with its threshold row): any bytes
// either parse or give an error naming the file; parsed weights are finite,
// a threshold is within 0 to 1 and a confidence too.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "analyse/claims_internal.h"
#include "analyse/label_confidence.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
  auto w = vigie::analyse::ActorWeights::Parse(content, "w.tsv");
  if (!w.ok()) {
    if (w.status().message().rfind("w.tsv:", 0) != 0) std::abort();
  } else {
    for (const auto& [name, weight] : (*w)->weights) {
      if (name.empty() || !std::isfinite(weight)) std::abort();
    }
  }
  auto scorer = vigie::analyse::LabelScorer::Parse(content, "w.tsv");
  if (!scorer.ok()) {
    if (scorer.status().message().rfind("w.tsv:", 0) != 0) std::abort();
    return 0;
  }
  const double t = (*scorer)->threshold();
  if (!(t >= 0 && t <= 1)) std::abort();
  std::vector<std::string> features;
  if (w.ok()) {
    for (const auto& [name, weight] : (*w)->weights) features.push_back(name);
  }
  const double c = (*scorer)->Confidence(features);
  if (!(c >= 0 && c <= 1)) std::abort();
  return 0;
}
