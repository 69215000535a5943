// libFuzzer target for the normaliser: any bytes (ill-formed UTF-8 included,
// which reads as U+FFFD), under every option set. Checks the invariants the
// matchers rely on: the folded text is valid UTF-8, its map is
// non-decreasing and inside the original, every folded byte range maps to a
// non-empty span of the original, and folding without a map gives the same
// text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string repaired(text);
  vigie::RepairUtf8(&repaired);
  for (uint32_t options = 0; options <= vigie::text::kNormalizeForMatching; ++options) {
    vigie::text::Normalizer normalizer(options);
    vigie::text::NormalizedText n;
    normalizer.Normalize(text, &n);
    if (!vigie::IsValidUtf8(n.text())) std::abort();
    if (normalizer.Fold(text) != n.text()) std::abort();
    int64_t previous = 0;
    for (size_t b = 0; b < n.size(); ++b) {
      int64_t start = n.SourceStart(b);
      if (start < previous || start >= n.source_size()) std::abort();
      if (n.SourceEnd(b + 1) <= start || n.SourceEnd(b + 1) > n.source_size()) std::abort();
      previous = start;
    }
    // On valid UTF-8 the map counts the original's code points.
    normalizer.Normalize(repaired, &n);
    if (n.source_size() != static_cast<int64_t>(vigie::CodePointCount(repaired))) std::abort();
  }
  return 0;
}
