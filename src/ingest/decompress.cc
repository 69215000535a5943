// Decompression with three kinds of damage in mind. Truncation (a download
// or a crawl cut short): everything decoded before the cut is returned with
// a Corruption status, so that container readers still read the records it
// holds. Multi-member gzip (WARC writers compress each record as its own
// member, and `cat a.gz b.gz` is valid gzip): members are decoded one after
// the other. Trailing bytes after the last member (zero padding, which some
// writers add, is skipped silently; anything else is flagged): the data is
// complete, the caller decides what the junk means. Output is capped so that
// a small bomb cannot exhaust memory.
#include "ingest/decompress.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <vector>

namespace vigie::ingest {
namespace {

constexpr size_t kChunk = 1 << 16;

class Inflater {
 public:
  Inflater() { ok_ = inflateInit2(&zs_, 15 + 32) == Z_OK; }  // gzip or zlib header
  ~Inflater() {
    if (ok_) inflateEnd(&zs_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  bool ok() const { return ok_; }
  z_stream* stream() { return &zs_; }

 private:
  z_stream zs_{};
  bool ok_ = false;
};

// Points the stream at `in` from `offset` (at most 4 GiB at a time: zlib
// counts in 32 bits).
void Feed(std::string_view in, size_t offset, z_stream* zs) {
  zs->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + offset));
  zs->avail_in = static_cast<uInt>(std::min<size_t>(in.size() - offset, UINT32_MAX));
}

size_t Offset(std::string_view in, const z_stream& zs) {
  return static_cast<size_t>(reinterpret_cast<const char*>(zs.next_in) - in.data());
}

Decompressed Gunzip(std::string_view in, size_t max_output) {
  Decompressed out;
  out.compression = Compression::kGzip;
  Inflater inflater;
  if (!inflater.ok()) {
    out.status = Status::ResourceExhausted("zlib initialisation failed");
    return out;
  }
  z_stream* zs = inflater.stream();
  std::vector<char> buf(kChunk);
  Feed(in, 0, zs);
  for (;;) {
    zs->next_out = reinterpret_cast<Bytef*>(buf.data());
    zs->avail_out = static_cast<uInt>(buf.size());
    int rc = inflate(zs, Z_NO_FLUSH);
    out.bytes.append(buf.data(), buf.size() - zs->avail_out);
    if (out.bytes.size() > max_output) {
      out.status = Status::ResourceExhausted("decompressed size over the limit");
      break;
    }
    size_t consumed = Offset(in, *zs);
    if (rc == Z_STREAM_END) {
      while (consumed < in.size() && in[consumed] == '\0') ++consumed;
      if (consumed >= in.size()) break;
      if (DetectCompression(in.substr(consumed)) != Compression::kGzip) {
        out.status = Status::Corruption("trailing garbage after gzip data");
        out.trailing_garbage = true;
        break;
      }
      inflateReset(zs);  // the next member
      Feed(in, consumed, zs);
      continue;
    }
    if (rc == Z_BUF_ERROR && zs->avail_in == 0) {
      if (consumed >= in.size()) {
        out.status = Status::Corruption("truncated gzip stream");
        break;
      }
      Feed(in, consumed, zs);  // past 4 GiB of input: the next window
      continue;
    }
    if (rc != Z_OK) {
      out.status = Status::Corruption(std::string("corrupt gzip stream: ") +
                                      (zs->msg != nullptr ? zs->msg : "inflate failed"));
      break;
    }
  }
  return out;
}

Decompressed Unzstd(std::string_view in, size_t max_output) {
  Decompressed out;
  out.compression = Compression::kZstd;
  ZSTD_DCtx* ctx = ZSTD_createDCtx();
  if (ctx == nullptr) {
    out.status = Status::ResourceExhausted("zstd initialisation failed");
    return out;
  }
  std::vector<char> buf(ZSTD_DStreamOutSize());
  ZSTD_inBuffer input{in.data(), in.size(), 0};
  // ZSTD_decompressStream returns 0 exactly when a frame is complete and
  // flushed; anything else at the end of the input means truncation.
  size_t last = 1;
  for (;;) {
    ZSTD_outBuffer output{buf.data(), buf.size(), 0};
    size_t before = input.pos;
    size_t rc = ZSTD_decompressStream(ctx, &output, &input);
    if (ZSTD_isError(rc)) {
      if (last == 0 && !out.bytes.empty()) {
        out.status = Status::Corruption("trailing garbage after zstd data");
        out.trailing_garbage = true;
      } else {
        out.status =
            Status::Corruption(std::string("corrupt zstd stream: ") + ZSTD_getErrorName(rc));
      }
      break;
    }
    last = rc;
    out.bytes.append(buf.data(), output.pos);
    if (out.bytes.size() > max_output) {
      out.status = Status::ResourceExhausted("decompressed size over the limit");
      break;
    }
    bool progressed = output.pos > 0 || input.pos > before;
    if (input.pos == input.size && output.pos < output.size) {
      if (last != 0) out.status = Status::Corruption("truncated zstd stream");
      break;
    }
    if (!progressed) {
      out.status = Status::Corruption("truncated zstd stream");
      break;
    }
  }
  ZSTD_freeDCtx(ctx);
  return out;
}

}  // namespace

Compression DetectCompression(std::string_view b) {
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f &&
      static_cast<unsigned char>(b[1]) == 0x8b) {
    return Compression::kGzip;
  }
  if (b.size() >= 4 && static_cast<unsigned char>(b[0]) == 0x28 &&
      static_cast<unsigned char>(b[1]) == 0xb5 && static_cast<unsigned char>(b[2]) == 0x2f &&
      static_cast<unsigned char>(b[3]) == 0xfd) {
    return Compression::kZstd;
  }
  return Compression::kNone;
}

Decompressed Decompress(std::string_view bytes, size_t max_output) {
  switch (DetectCompression(bytes)) {
    case Compression::kGzip: return Gunzip(bytes, max_output);
    case Compression::kZstd: return Unzstd(bytes, max_output);
    case Compression::kNone: break;
  }
  Decompressed out;
  out.bytes.assign(bytes);
  return out;
}

}  // namespace vigie::ingest
