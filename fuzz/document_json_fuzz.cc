// libFuzzer target for FromJsonLine, the parser of our own JSON contract
// (the corpus pass reads its spill file with it; later commands may read
// `vigie extract` output). Any bytes: never a crash; and whatever it
// accepts, its ToJsonLine is a fixed point (parsed again, written again,
// byte for byte the same), which the spill file relies on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "vigie/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  vigie::Result<vigie::Document> doc = vigie::FromJsonLine(input);
  if (!doc.ok()) return 0;
  std::string line = vigie::ToJsonLine(*doc);
  vigie::Result<vigie::Document> again = vigie::FromJsonLine(line);
  if (!again.ok()) std::abort();
  if (vigie::ToJsonLine(*again) != line) std::abort();
  return 0;
}
