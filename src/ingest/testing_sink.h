// Test helpers for the ingest readers: a RecordSink that keeps everything,
// and compressors to build inputs. Header-only, for *_test.cc and fuzzers.
#ifndef VIGIE_INGEST_TESTING_SINK_H_
#define VIGIE_INGEST_TESTING_SINK_H_

#include <zlib.h>
#include <zstd.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/record.h"

namespace vigie::ingest::testing {

class CollectingSink : public RecordSink {
 public:
  struct Rejection {
    std::string input, error;
  };
  void Accept(Record record) override {
    order.push_back('A');
    records.push_back(std::move(record));
  }
  void Reject(std::string input, std::string error) override {
    order.push_back('R');
    rejections.push_back({std::move(input), std::move(error)});
  }
  void Skip(std::string_view reason) override {
    order.push_back('S');
    skips.emplace_back(reason);
  }

  std::vector<Record> records;
  std::vector<Rejection> rejections;
  std::vector<std::string> skips;
  std::string order;  // 'A', 'R', 'S' in call order
};

// One gzip member holding `data` (window_bits 31: gzip; 15: zlib; -15: raw).
inline std::string Deflate(std::string_view data, int window_bits = 31) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

inline std::string Gzip(std::string_view data) { return Deflate(data, 31); }

inline std::string Zstd(std::string_view data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3);
  out.resize(ZSTD_isError(n) ? 0 : n);
  return out;
}

}  // namespace vigie::ingest::testing

#endif  // VIGIE_INGEST_TESTING_SINK_H_
