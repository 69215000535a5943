// Transparent decompression of gzip (including the multi-member streams that
// WARC writers produce) and zstd, recognised by magic bytes, not by name.
#ifndef VIGIE_INGEST_DECOMPRESS_H_
#define VIGIE_INGEST_DECOMPRESS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "vigie/status.h"

namespace vigie::ingest {

enum class Compression { kNone, kGzip, kZstd };

// Compression used by `bytes`, from its first bytes.
Compression DetectCompression(std::string_view bytes);

struct Decompressed {
  std::string bytes;       // everything that could be decoded
  Compression compression = Compression::kNone;
  Status status;           // not OK if the stream is corrupt or truncated;
                           // `bytes` then holds what came before the fault
  // Set (with a Corruption status) when the compressed stream ended cleanly
  // and bytes that are not another member follow it: `bytes` is complete.
  bool trailing_garbage = false;
};

// Decodes `bytes` (returned unchanged when not compressed). Output beyond
// `max_output` bytes stops decoding with ResourceExhausted (zip bombs).
Decompressed Decompress(std::string_view bytes, size_t max_output = size_t{8} << 30);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_DECOMPRESS_H_
