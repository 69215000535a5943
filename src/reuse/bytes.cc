#include "reuse/bytes.h"

namespace vigie::reuse {

void PutFixed32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void PutFixed64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

bool ByteReader::GetFixed32(uint32_t* v) {
  if (rest_.size() < 4) return false;
  uint32_t r = 0;
  for (int i = 0; i < 4; ++i) r |= static_cast<uint32_t>(static_cast<uint8_t>(rest_[i])) << (8 * i);
  rest_.remove_prefix(4);
  *v = r;
  return true;
}

bool ByteReader::GetFixed64(uint64_t* v) {
  if (rest_.size() < 8) return false;
  uint64_t r = 0;
  for (int i = 0; i < 8; ++i) r |= static_cast<uint64_t>(static_cast<uint8_t>(rest_[i])) << (8 * i);
  rest_.remove_prefix(8);
  *v = r;
  return true;
}

bool ByteReader::GetVarint(uint64_t* v) {
  uint64_t r = 0;
  for (size_t i = 0; i < 10 && i < rest_.size(); ++i) {
    const uint8_t byte = static_cast<uint8_t>(rest_[i]);
    if (i == 9 && byte > 1) return false;  // over 64 bits
    r |= static_cast<uint64_t>(byte & 0x7F) << (7 * i);
    if ((byte & 0x80) == 0) {
      rest_.remove_prefix(i + 1);
      *v = r;
      return true;
    }
  }
  return false;
}

bool ByteReader::GetVarint32(uint32_t* v) {
  std::string_view saved = rest_;
  uint64_t r = 0;
  if (!GetVarint(&r) || r > UINT32_MAX) {
    rest_ = saved;
    return false;
  }
  *v = static_cast<uint32_t>(r);
  return true;
}

bool ByteReader::GetString(std::string_view* s) {
  std::string_view saved = rest_;
  uint64_t n = 0;
  if (!GetVarint(&n) || n > rest_.size()) {
    rest_ = saved;
    return false;
  }
  *s = rest_.substr(0, n);
  rest_.remove_prefix(n);
  return true;
}

bool ByteReader::GetBytes(size_t n, std::string_view* s) {
  if (n > rest_.size()) return false;
  *s = rest_.substr(0, n);
  rest_.remove_prefix(n);
  return true;
}

}  // namespace vigie::reuse
