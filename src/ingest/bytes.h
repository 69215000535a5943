// Helpers for raw input bytes (headers, markup, legacy-encoded text) that
// may not be valid UTF-8: common/strings.h's Trim decodes UTF-8 and requires
// valid input, these never look past ASCII.
#ifndef VIGIE_INGEST_BYTES_H_
#define VIGIE_INGEST_BYTES_H_

#include <string_view>

namespace vigie::ingest {

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// `s` without leading and trailing ASCII white space.
inline std::string_view TrimAscii(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsAsciiSpace(s[b])) ++b;
  while (e > b && IsAsciiSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_BYTES_H_
