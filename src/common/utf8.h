// UTF-8 helpers: validation, repair and code-point offsets. The contract
// counts offsets in code points, while the engine works on UTF-8 bytes.
#ifndef VIGIE_COMMON_UTF8_H_
#define VIGIE_COMMON_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

// True if `s` is well-formed UTF-8 (no overlongs, surrogates or values
// above U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Replaces every ill-formed sequence of `*s` with U+FFFD (one per maximal
// ill-formed subpart, as the Unicode standard recommends) and removes NUL
// bytes. Returns true if anything was changed.
bool RepairUtf8(std::string* s);

// Number of code points in valid UTF-8 `s`.
size_t CodePointCount(std::string_view s);

// Decodes the code point at byte `*pos` of `s` and advances `*pos` past it
// (never beyond s.size(); an ill-formed or truncated sequence decodes to
// U+FFFD and consumes one byte). REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `*out`.
void AppendUtf8(char32_t cp, std::string* out);

// The substring of `s` from code point `start` to code point `end` (end
// exclusive), clamped to the string.
std::string_view CodePointSubstr(std::string_view s, size_t start, size_t end);

// Maps byte offsets to code-point offsets over one string in increasing
// order, in amortised O(1) per call. Lifetime: borrows `s`.
class CodePointCursor {
 public:
  explicit CodePointCursor(std::string_view s) : s_(s) {}
  // REQUIRES: byte_offset >= the previous call's, and on a boundary.
  int64_t ToCodePoints(size_t byte_offset);

 private:
  std::string_view s_;
  size_t byte_ = 0;
  int64_t cp_ = 0;
};

// The byte offset of every code point of one string, for random access by
// code-point offsets in O(1) (CodePointSubstr walks the string each time).
// Lifetime: borrows `s`.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view s);
  size_t size() const { return offsets_.size() - 1; }
  // Same contract as CodePointSubstr.
  std::string_view Substr(size_t start, size_t end) const;

 private:
  std::string_view s_;
  std::vector<size_t> offsets_;  // one per code point, then s.size()
};

}  // namespace vigie

#endif  // VIGIE_COMMON_UTF8_H_
