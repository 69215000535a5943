// How a stored version is identified and kept: the article key, the content
// fingerprint that makes ingestion idempotent, and the contract JSON
// compressed with zstd when that pays. doc/design.md ("Store") explains the
// choices.
#ifndef VIGIE_STORE_DOC_CODEC_H_
#define VIGIE_STORE_DOC_CODEC_H_

#include <zstd.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie::store {

// What makes two documents versions of one article: "url:" + the URL when
// there is one, else "id:" + the contract id.
std::string ArticleKey(const Document& doc);

// 16 bytes (XXH3-128) over the article key and what the page says: every
// contract field except `input` (the same page read from another path is
// the same version), the language fields (model output) and the analysis
// layers (re-analysis replaces them in place, see Store::ReplaceLayers).
std::string Fingerprint(const Document& doc);

enum class Codec : int { kRaw = 0, kZstd = 1 };

// Compresses contract JSON lines with zstd (level 3), keeping the raw bytes
// when compression saves under 1/16 of them. Not thread-safe (it reuses one
// zstd context); one per writer.
class JsonCompressor {
 public:
  JsonCompressor();
  ~JsonCompressor();
  JsonCompressor(const JsonCompressor&) = delete;
  JsonCompressor& operator=(const JsonCompressor&) = delete;

  // Fills `*out` with the stored form of `json`; returns its codec.
  Codec Compress(std::string_view json, std::string* out);

 private:
  ZSTD_CCtx* cctx_;
};

// The JSON line back from its stored form. A frame that does not decompress
// (or an unknown codec) is a Corruption error.
Result<std::string> DecodeStoredJson(Codec codec, std::string_view stored);
Status DecodeStoredJson(int codec, std::string_view stored, std::string* out);

// The string value of the top-level key `name` of a contract JSON line
// ("" when it is null or missing); Corruption when it is not JSON.
Result<std::string> ContractStringField(std::string_view json, std::string_view name);

}  // namespace vigie::store

#endif  // VIGIE_STORE_DOC_CODEC_H_
