#include "ingest/decompress.h"

#include <zlib.h>
#include <zstd.h>

#include <vector>

namespace vigie::ingest {
namespace {

constexpr size_t kChunk = 1 << 16;

Decompressed Gunzip(std::string_view in, size_t max_output) {
  Decompressed out;
  out.compression = Compression::kGzip;
  z_stream zs{};
  // 15 + 32: zlib or gzip header, detected automatically.
  if (inflateInit2(&zs, 15 + 32) != Z_OK) {
    out.status = Status::ResourceExhausted("zlib initialisation failed");
    return out;
  }
  std::vector<char> buf(kChunk);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  size_t consumed_before = 0;
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf.data());
    zs.avail_out = static_cast<uInt>(buf.size());
    int rc = inflate(&zs, Z_NO_FLUSH);
    out.bytes.append(buf.data(), buf.size() - zs.avail_out);
    if (out.bytes.size() > max_output) {
      out.status = Status::ResourceExhausted("decompressed size over the limit");
      break;
    }
    if (rc == Z_STREAM_END) {
      // Multi-member gzip: each WARC record is often its own member.
      size_t consumed = consumed_before + (zs.next_in - reinterpret_cast<const Bytef*>(
                                                            in.data() + consumed_before));
      consumed_before = consumed;
      // Skip zero padding some writers leave after the last member.
      while (consumed < in.size() && in[consumed] == '\0') ++consumed;
      if (consumed >= in.size()) break;
      if (DetectCompression(in.substr(consumed)) != Compression::kGzip) {
        out.status = Status::Corruption("trailing garbage after gzip data");
        break;
      }
      inflateReset(&zs);
      consumed_before = consumed;
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + consumed));
      zs.avail_in = static_cast<uInt>(std::min<size_t>(in.size() - consumed, UINT32_MAX));
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      size_t consumed = consumed_before + (zs.next_in - reinterpret_cast<const Bytef*>(
                                                            in.data() + consumed_before));
      if (consumed >= in.size()) {
        out.status = Status::Corruption("truncated gzip stream");
        break;
      }
      // More than 4 GiB of input: feed the next window.
      consumed_before = consumed;
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + consumed));
      zs.avail_in = static_cast<uInt>(std::min<size_t>(in.size() - consumed, UINT32_MAX));
      continue;
    }
    if (rc != Z_OK) {
      out.status = Status::Corruption(std::string("corrupt gzip stream: ") +
                                      (zs.msg ? zs.msg : "inflate failed"));
      break;
    }
  }
  inflateEnd(&zs);
  return out;
}

Decompressed Unzstd(std::string_view in, size_t max_output) {
  Decompressed out;
  out.compression = Compression::kZstd;
  ZSTD_DCtx* ctx = ZSTD_createDCtx();
  std::vector<char> buf(ZSTD_DStreamOutSize());
  ZSTD_inBuffer input{in.data(), in.size(), 0};
  size_t last = 0;
  while (input.pos < input.size) {
    ZSTD_outBuffer output{buf.data(), buf.size(), 0};
    last = ZSTD_decompressStream(ctx, &output, &input);
    if (ZSTD_isError(last)) {
      out.status = Status::Corruption(std::string("corrupt zstd stream: ") +
                                      ZSTD_getErrorName(last));
      break;
    }
    out.bytes.append(buf.data(), output.pos);
    if (out.bytes.size() > max_output) {
      out.status = Status::ResourceExhausted("decompressed size over the limit");
      break;
    }
    if (output.pos == 0 && input.pos == input.size) break;
  }
  if (out.status.ok()) {
    // Flush what the decoder still holds.
    for (;;) {
      ZSTD_outBuffer output{buf.data(), buf.size(), 0};
      last = ZSTD_decompressStream(ctx, &output, &input);
      if (ZSTD_isError(last)) break;
      out.bytes.append(buf.data(), output.pos);
      if (output.pos < output.size) break;
    }
    if (last != 0) out.status = Status::Corruption("truncated zstd stream");
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
