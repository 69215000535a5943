// Signatures: what the index keeps of an article's text (see candidates.cc
// for why these two parts), computed once per article and kept as bytes by
// whoever persists the index.
//
// Layout of ReuseSignature::Serialize (all integers varints):
//   version (1), shingles, words, fingerprint count, the fingerprints as
//   gaps from the previous one (sorted, so most gaps take 4 bytes or less),
//   band count, the band keys as fixed 32-bit little-endian.
// A 500-word article takes about 200 bytes.
#include <string>

#include "reuse/bytes.h"
#include "reuse/minhash.h"
#include "reuse/shingles.h"
#include "reuse/winnow.h"
#include "vigie/reuse.h"

namespace vigie {

namespace {
constexpr uint64_t kSignatureVersion = 1;
}  // namespace

Status ReuseParams::Validate() const {
  if (shingle_words < 1 || shingle_words > 16) {
    return Status::InvalidArgument("shingle words must be between 1 and 16");
  }
  if (fingerprint_words < 1 || fingerprint_words > 16) {
    return Status::InvalidArgument("fingerprint words must be between 1 and 16");
  }
  if (winnow_window < 1 || winnow_window > 1000) {
    return Status::InvalidArgument("winnowing window must be between 1 and 1000");
  }
  if (minhash_bands < 0 || minhash_bands > 256 || minhash_rows < 1 || minhash_rows > 64) {
    return Status::InvalidArgument("MinHash bands must be 0 to 256 and rows 1 to 64");
  }
  if (max_postings < 2) return Status::InvalidArgument("max postings must be at least 2");
  return Status::Ok();
}

Status ReuseThresholds::Validate() const {
  auto share = [](double v) { return v >= 0 && v <= 1; };
  if (!share(min_containment) || !share(min_coverage) || !share(min_jaccard) ||
      !share(min_fingerprint_share)) {
    return Status::InvalidArgument("containment, Jaccard and shares must be between 0 and 1");
  }
  if (min_shared < 1 || min_shared_fingerprints < 1 || min_passage_words < 1) {
    return Status::InvalidArgument("minimum counts must be at least 1");
  }
  return Status::Ok();
}

ReuseArticle ReuseArticle::FromDocument(const Document& doc) {
  ReuseArticle a;
  a.id = doc.id;
  a.url = doc.url;
  a.domain = doc.domain;
  a.outlet = doc.outlet;
  a.published = doc.published;
  a.fetched = doc.fetched;
  a.credits = doc.credits;
  return a;
}

std::string ReuseSignature::Serialize() const {
  std::string out;
  out.reserve(16 + fingerprints.size() * 4 + bands.size() * 4);
  reuse::PutVarint(&out, kSignatureVersion);
  reuse::PutVarint(&out, shingles);
  reuse::PutVarint(&out, words);
  reuse::PutVarint(&out, fingerprints.size());
  uint32_t prev = 0;
  for (uint32_t f : fingerprints) {
    reuse::PutVarint(&out, f - prev);
    prev = f;
  }
  reuse::PutVarint(&out, bands.size());
  for (uint32_t b : bands) reuse::PutFixed32(&out, b);
  return out;
}

Result<ReuseSignature> ReuseSignature::Parse(std::string_view bytes) {
  reuse::ByteReader in(bytes);
  ReuseSignature sig;
  uint64_t version = 0;
  uint32_t count = 0;
  if (!in.GetVarint(&version) || version != kSignatureVersion) {
    return Status::Corruption("reuse signature: unknown version");
  }
  if (!in.GetVarint32(&sig.shingles) || !in.GetVarint32(&sig.words) || !in.GetVarint32(&count) ||
      count > in.remaining()) {
    return Status::Corruption("reuse signature: truncated header");
  }
  sig.fingerprints.reserve(count);
  uint64_t value = 0;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t gap = 0;
    if (!in.GetVarint32(&gap)) return Status::Corruption("reuse signature: truncated fingerprints");
    value += gap;
    if (value > UINT32_MAX || (i > 0 && gap == 0)) {
      return Status::Corruption("reuse signature: fingerprints not sorted");
    }
    sig.fingerprints.push_back(static_cast<uint32_t>(value));
  }
  if (!in.GetVarint32(&count) || count > in.remaining() / 4) {
    return Status::Corruption("reuse signature: truncated bands");
  }
  sig.bands.resize(count);
  for (uint32_t& b : sig.bands) {
    if (!in.GetFixed32(&b)) return Status::Corruption("reuse signature: truncated bands");
  }
  if (!in.empty()) return Status::Corruption("reuse signature: trailing bytes");
  return sig;
}

struct ReuseSigner::Impl {
  explicit Impl(const ReuseParams& p)
      : params(p),
        shingler(p.shingle_words),
        minhasher(p.minhash_bands * p.minhash_rows, p.seed) {}
  ReuseParams params;
  reuse::Shingler shingler;
  reuse::MinHasher minhasher;
  reuse::ShingledText shingled;
  std::vector<uint64_t> set, scratch;
  std::vector<uint32_t> sketch;
};

ReuseSigner::ReuseSigner(const ReuseParams& params) : impl_(std::make_unique<Impl>(params)) {}
ReuseSigner::~ReuseSigner() = default;

ReuseSignature ReuseSigner::Sign(std::string_view text) {
  Impl& m = *impl_;
  ReuseSignature sig;
  m.shingler.Shingle(text, &m.shingled);
  reuse::SortedSet(m.shingled.shingles, &m.set);
  sig.shingles = static_cast<uint32_t>(m.set.size());
  sig.words = static_cast<uint32_t>(m.shingled.word_hashes.size());
  reuse::Winnow(m.shingled.word_hashes, m.params.fingerprint_words, m.params.winnow_window,
                &m.scratch, &sig.fingerprints);
  if (!m.set.empty() && m.params.minhash_bands > 0) {
    m.minhasher.Sketch(m.set, &m.sketch);
    reuse::BandKeys(m.sketch, m.params.minhash_bands, m.params.minhash_rows, &sig.bands);
  }
  return sig;
}

}  // namespace vigie
