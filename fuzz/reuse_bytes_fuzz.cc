// libFuzzer target for the parsers of the reuse stage: saved indexes,
// signatures and pairs (bytes a store or a file hands back, possibly
// damaged) and the
// ISO 8601 timestamps of direction. Any bytes: an error or a value, never a
// crash; what parses serialises back to bytes that parse to the same value.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "reuse/provenance.h"
#include "vigie/reuse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view s(reinterpret_cast<const char*>(data), size);
  vigie::Result<vigie::ReuseSignature> sig = vigie::ReuseSignature::Parse(s);
  if (sig.ok()) {
    vigie::Result<vigie::ReuseSignature> again = vigie::ReuseSignature::Parse(sig->Serialize());
    if (!again.ok() || !(*again == *sig)) std::abort();
  }
  // The index parser behind its magic: fuzz the bytes after it too.
  for (std::string bytes : {std::string(s), "VIGIERIX" + std::string(s)}) {
    vigie::Result<vigie::ReuseIndex> index = vigie::ReuseIndex::Load(bytes);
    if (!index.ok()) continue;
    std::vector<vigie::ReuseCandidate> out;
    vigie::ReuseThresholds thresholds;
    for (uint32_t d = 0; d < index->size(); ++d) {
      index->Candidates(d, thresholds, &out);
      for (const vigie::ReuseCandidate& c : out) {
        if (c.doc >= d) std::abort();
      }
    }
    if (!vigie::ReuseIndex::Load(index->Save()).ok()) std::abort();
  }
  vigie::Result<vigie::ReusePair> pair = vigie::ParseReusePair(s, 0, 1);
  if (pair.ok()) {
    vigie::Result<vigie::ReusePair> again =
        vigie::ParseReusePair(vigie::SerializeReusePair(*pair), 0, 1);
    if (!again.ok() || vigie::SerializeReusePair(*again) != vigie::SerializeReusePair(*pair)) {
      std::abort();
    }
  }
  if (auto t = vigie::reuse::ParseTimestamp(s)) {
    if (vigie::reuse::CompareTimestamps(*t, *t) != 0) std::abort();
  }
  return 0;
}
