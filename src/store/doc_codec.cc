#include "store/doc_codec.h"

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t on the stack
#include <xxhash.h>

#include <simdjson.h>

#include <cstring>

namespace vigie::store {
namespace {

constexpr int kZstdLevel = 1;

// Length-prefixed fields, so that ("ab", "c") and ("a", "bc") differ.
class Hasher {
 public:
  Hasher() { XXH3_128bits_reset(&state_); }
  void Add(std::string_view s) {
    uint64_t n = s.size();
    XXH3_128bits_update(&state_, &n, sizeof n);
    XXH3_128bits_update(&state_, s.data(), s.size());
  }
  void AddOptional(const std::optional<std::string>& s) {
    Add(std::string_view(s ? "1" : "0"));
    if (s) Add(*s);
  }
  void AddList(const std::vector<std::string>& list) {
    Add(std::to_string(list.size()));
    for (const std::string& s : list) Add(s);
  }
  std::string Digest() {
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(&state_));
    return std::string(reinterpret_cast<const char*>(canonical.digest), sizeof canonical.digest);
  }

 private:
  XXH3_state_t state_;
};

}  // namespace

std::string ArticleKey(const Document& doc) {
  if (doc.url && !doc.url->empty()) return "url:" + *doc.url;
  return "id:" + doc.id;
}

std::string Fingerprint(const Document& doc) {
  Hasher h;
  h.Add(ArticleKey(doc));
  h.Add(doc.id);
  h.Add(FormatName(doc.format));
  for (const auto* field : {&doc.url, &doc.domain, &doc.outlet, &doc.title, &doc.published,
                            &doc.fetched, &doc.meta_json}) {
    h.AddOptional(*field);
  }
  h.AddList(doc.authors);
  h.AddList(doc.tags);
  h.Add(doc.text);
  h.AddList(doc.removed);
  h.Add(std::to_string(doc.credits.size()));
  for (const Credit& c : doc.credits) {
    h.AddOptional(c.name);
    h.AddOptional(c.url);
    h.Add(CreditRelationName(c.relation));
  }
  h.AddList(doc.warnings);
  return h.Digest();
}

JsonCompressor::JsonCompressor() : cctx_(ZSTD_createCCtx()) {}

JsonCompressor::~JsonCompressor() { ZSTD_freeCCtx(cctx_); }

Codec JsonCompressor::Compress(std::string_view json, std::string* out) {
  if (cctx_ != nullptr) {
    out->resize(ZSTD_compressBound(json.size()));
    size_t n = ZSTD_compressCCtx(cctx_, out->data(), out->size(), json.data(), json.size(),
                                 kZstdLevel);
    if (!ZSTD_isError(n) && n < json.size() - json.size() / 16) {
      out->resize(n);
      return Codec::kZstd;
    }
  }
  out->assign(json);
  return Codec::kRaw;
}

Status DecodeStoredJson(int codec, std::string_view stored, std::string* out) {
  if (codec == static_cast<int>(Codec::kRaw)) {
    out->assign(stored);
    return Status::Ok();
  }
  if (codec != static_cast<int>(Codec::kZstd)) {
    return Status::Corruption("unknown codec " + std::to_string(codec) + " of a stored document");
  }
  unsigned long long size = ZSTD_getFrameContentSize(stored.data(), stored.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 32)) {
    return Status::Corruption("stored document is not a zstd frame");
  }
  out->resize(size);
  size_t n = ZSTD_decompress(out->data(), out->size(), stored.data(), stored.size());
  if (ZSTD_isError(n) || n != size) {
    return Status::Corruption(std::string("stored document does not decompress: ") +
                              (ZSTD_isError(n) ? ZSTD_getErrorName(n) : "short frame"));
  }
  return Status::Ok();
}

Result<std::string> DecodeStoredJson(Codec codec, std::string_view stored) {
  std::string out;
  VIGIE_RETURN_IF_ERROR(DecodeStoredJson(static_cast<int>(codec), stored, &out));
  return out;
}

Result<std::string> ContractStringField(std::string_view json, std::string_view name) {
  thread_local simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::element root;
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) {
    return Status::Corruption("stored document is not JSON");
  }
  simdjson::dom::element value;
  if (root[name].get(value) != simdjson::SUCCESS || value.is_null()) return std::string();
  std::string_view s;
  if (value.get_string().get(s) != simdjson::SUCCESS) {
    return Status::Corruption("stored document's \"" + std::string(name) + "\" is not a string");
  }
  return std::string(s);
}

}  // namespace vigie::store
