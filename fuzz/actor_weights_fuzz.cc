// libFuzzer target for the actor chooser's weights (ActorWeights::Parse,
// data/models/claim_actor.tsv): any bytes either parse or give an error
// naming the file and line; parsed weights are finite.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "analyse/claims_internal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
  auto w = vigie::analyse::ActorWeights::Parse(content, "w.tsv");
  if (!w.ok()) {
    if (w.status().message().rfind("w.tsv:", 0) != 0) std::abort();
    return 0;
  }
  for (const auto& [name, weight] : (*w)->weights) {
    if (name.empty() || !std::isfinite(weight)) std::abort();
  }
  return 0;
}
