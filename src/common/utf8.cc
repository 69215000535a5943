#include "common/utf8.h"

#include <algorithm>

namespace vigie {
namespace {

// Length of the well-formed sequence starting at s[i], or 0 if s[i] does not
// start one. Follows Table 3-7 of the Unicode standard.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  const size_t left = s.size() - i;
  if (c < 0x80) return 1;
  auto cont = [&](size_t k, unsigned lo, unsigned hi) {
    return k < s.size() && b(k) >= lo && b(k) <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return left >= 2 && cont(i + 1, 0x80, 0xBF) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
    return left >= 3 && cont(i + 1, lo, hi) && cont(i + 2, 0x80, 0xBF) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned lo = 0x80, hi = 0xBF;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    return left >= 4 && cont(i + 1, lo, hi) && cont(i + 2, 0x80, 0xBF) &&
                   cont(i + 3, 0x80, 0xBF)
               ? 4
               : 0;
  }
  return 0;
}

// Length of the maximal ill-formed subpart at s[i]: the lead byte plus the
// continuation bytes that could still have completed it.
size_t IllFormedLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  size_t need = 0;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  }
  size_t n = 1;
  for (size_t k = 0; k < need && i + n < s.size(); ++k) {
    unsigned x = b(i + n);
    if (x < lo || x > hi) break;
    lo = 0x80;
    hi = 0xBF;
    ++n;
  }
  return n;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = ValidSequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

bool RepairUtf8(std::string* s) {
  bool has_nul = s->find('\0') != std::string::npos;
  if (!has_nul && IsValidUtf8(*s)) return false;
  std::string out;
  out.reserve(s->size() + 16);
  const std::string_view in(*s);
  for (size_t i = 0; i < in.size();) {
    if (in[i] == '\0') {
      ++i;
      continue;
    }
    size_t n = ValidSequenceLength(in, i);
    if (n > 0) {
      out.append(in.substr(i, n));
      i += n;
    } else {
      out.append("\xEF\xBF\xBD");
      i += IllFormedLength(in, i);
    }
  }
  s->swap(out);
  return true;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  // Tolerates ill-formed input: a sequence cut by the end of `s` reads its
  // missing bytes as 0x80 and `*pos` never passes s.size().
  const auto b = [&](size_t k) -> char32_t {
    return k < s.size() ? static_cast<unsigned char>(s[k]) : 0x80;
  };
  const size_t i = *pos;
  const char32_t c = b(i);
  char32_t cp;
  size_t len;
  if (c < 0x80) {
    cp = c;
    len = 1;
  } else if (c < 0xE0) {
    cp = ((c & 0x1F) << 6) | (b(i + 1) & 0x3F);
    len = 2;
  } else if (c < 0xF0) {
    cp = ((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F);
    len = 3;
  } else {
    cp = ((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) |
         (b(i + 3) & 0x3F);
    len = 4;
  }
  // A sequence cut short or broken is U+FFFD, one byte consumed, as
  // RepairUtf8 would read it.
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
      *pos = i + 1;
      return 0xFFFD;
    }
  }
  *pos = i + len;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string_view CodePointSubstr(std::string_view s, size_t start, size_t end) {
  size_t cp = 0, i = 0, begin = s.size();
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cp == start) begin = i;
    if (cp == end) break;
    ++cp;
  }
  if (begin > i) return {};
  return s.substr(begin, i - begin);
}

int64_t CodePointCursor::ToCodePoints(size_t byte_offset) {
  if (byte_offset > s_.size()) byte_offset = s_.size();
  for (; byte_ < byte_offset; ++byte_) {
    cp_ += (static_cast<unsigned char>(s_[byte_]) & 0xC0) != 0x80;
  }
  return cp_;
}

CodePointIndex::CodePointIndex(std::string_view s) : s_(s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) offsets_.push_back(i);
  }
  offsets_.push_back(s.size());
}

std::string_view CodePointIndex::Substr(size_t start, size_t end) const {
  const size_t n = size();
  if (start > n) return {};
  if (end > n) end = n;
  if (end < start) end = start;
  return s_.substr(offsets_[start], offsets_[end] - offsets_[start]);
}

}  // namespace vigie
