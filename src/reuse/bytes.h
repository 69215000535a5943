// Little-endian fixed-width and varint encoding for the reuse index's bytes
// (signatures, saved indexes), with a reader that never reads past its end.
#ifndef VIGIE_REUSE_BYTES_H_
#define VIGIE_REUSE_BYTES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace vigie::reuse {

void PutFixed32(std::string* out, uint32_t v);
void PutFixed64(std::string* out, uint64_t v);
void PutVarint(std::string* out, uint64_t v);
void PutString(std::string* out, std::string_view s);  // varint length + bytes

// Reads from a byte string; every Get returns false (and reads nothing)
// when the bytes run out or a varint is longer than 10 bytes.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : rest_(bytes) {}
  bool GetFixed32(uint32_t* v);
  bool GetFixed64(uint64_t* v);
  bool GetVarint(uint64_t* v);
  bool GetVarint32(uint32_t* v);
  bool GetString(std::string_view* s);
  bool GetBytes(size_t n, std::string_view* s);
  bool empty() const { return rest_.empty(); }
  size_t remaining() const { return rest_.size(); }

 private:
  std::string_view rest_;
};

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_BYTES_H_
