// libFuzzer target for the date parser: any bytes, with and without a
// context year. Checks the invariants the callers rely on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "clean/dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view s(reinterpret_cast<const char*>(data), size);
  auto m = vigie::clean::FindDate(s, 2016);
  if (m) {
    // The span lies inside the input and the result starts "YYYY-MM-DD".
    if (m->begin >= m->end || m->end > s.size() || m->iso.size() < 10 || m->iso[4] != '-' ||
        m->iso[7] != '-') {
      std::abort();
    }
  }
  auto parsed = vigie::clean::ParseDate(s);
  auto normalized = vigie::clean::NormalizeDate(s);
  // A whole-string date is also a date found in the string.
  if (normalized && !parsed) std::abort();
  return 0;
}
