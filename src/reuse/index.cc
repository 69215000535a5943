// ReuseIndex: building, look-up by id, and the bytes of a saved index.
//
// Saved layout (integers little-endian; "str" is a varint length and bytes;
// "opt" is a byte 0 or 1, then a str when 1):
//   "VIGIERIX" version:fixed32 (1)
//   params: shingle_words fingerprint_words winnow_window minhash_bands
//           minhash_rows max_postings (fixed32 each) seed (fixed64)
//   count:fixed32, then per article in order of number:
//     id:str url:opt domain:opt outlet:opt published:opt fetched:opt
//     credits:varint, per credit: name:opt url:opt relation:byte
//     signature:str (ReuseSignature::Serialize)
// The posting tables are not saved: Load adds the articles again in their
// order, which rebuilds exactly the same tables (postings.h) in a sort.
#include <xxhash.h>

#include <algorithm>
#include <string>

#include "reuse/bytes.h"
#include "reuse/index_internal.h"

namespace vigie {

namespace {

constexpr std::string_view kMagic = "VIGIERIX";
constexpr uint32_t kIndexVersion = 1;

uint64_t IdHash(std::string_view id) { return XXH3_64bits(id.data(), id.size()); }

void PutOptional(std::string* out, const std::optional<std::string>& s) {
  out->push_back(s ? 1 : 0);
  if (s) reuse::PutString(out, *s);
}

bool GetOptional(reuse::ByteReader* in, std::optional<std::string>* s) {
  std::string_view flag, value;
  if (!in->GetBytes(1, &flag) || static_cast<uint8_t>(flag[0]) > 1) return false;
  if (flag[0] == 0) {
    s->reset();
    return true;
  }
  if (!in->GetString(&value)) return false;
  *s = std::string(value);
  return true;
}

}  // namespace

ReuseIndex::ReuseIndex(const ReuseParams& params) : impl_(std::make_unique<Impl>(params)) {}
ReuseIndex::~ReuseIndex() = default;
ReuseIndex::ReuseIndex(ReuseIndex&&) noexcept = default;
ReuseIndex& ReuseIndex::operator=(ReuseIndex&&) noexcept = default;

const ReuseParams& ReuseIndex::params() const { return impl_->params; }
uint32_t ReuseIndex::size() const { return static_cast<uint32_t>(impl_->articles.size()); }
uint32_t ReuseIndex::unsealed() const { return size() - impl_->sealed; }
const ReuseArticle& ReuseIndex::article(uint32_t doc) const { return impl_->articles[doc]; }
ReuseSignature ReuseIndex::signature(uint32_t doc) const {
  ReuseSignature sig;
  sig.shingles = impl_->shingle_counts[doc];
  sig.words = impl_->word_counts[doc];
  std::span<const uint32_t> f = impl_->Fingerprints(doc), b = impl_->Bands(doc);
  sig.fingerprints.assign(f.begin(), f.end());
  sig.bands.assign(b.begin(), b.end());
  return sig;
}

std::optional<uint32_t> ReuseIndex::Find(std::string_view id) const {
  const std::vector<uint32_t>& slots = impl_->id_slots;
  if (slots.empty()) return std::nullopt;
  const size_t mask = slots.size() - 1;
  for (size_t i = IdHash(id) & mask; slots[i] != 0; i = (i + 1) & mask) {
    if (impl_->articles[slots[i] - 1].id == id) return slots[i] - 1;
  }
  return std::nullopt;
}

Result<uint32_t> ReuseIndex::Add(ReuseArticle article, ReuseSignature signature) {
  Impl& m = *impl_;
  if (!signature.bands.empty() &&
      signature.bands.size() != static_cast<size_t>(m.params.minhash_bands)) {
    return Status::InvalidArgument("reuse signature has " +
                                   std::to_string(signature.bands.size()) + " bands, the index " +
                                   std::to_string(m.params.minhash_bands));
  }
  if (Find(article.id)) return Status::InvalidArgument("article id already indexed: " + article.id);
  if (m.articles.size() >= UINT32_MAX - 1) {
    return Status::ResourceExhausted("reuse index is full (2^32 articles)");
  }
  const uint32_t doc = size();
  if ((doc + 1) * 2 > m.id_slots.size()) {
    std::vector<uint32_t> slots(std::max<size_t>(16, m.id_slots.size() * 2), 0);
    const size_t mask = slots.size() - 1;
    for (uint32_t d = 0; d < doc; ++d) {
      size_t i = IdHash(m.articles[d].id) & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots[i] = d + 1;
    }
    m.id_slots = std::move(slots);
  }
  const size_t mask = m.id_slots.size() - 1;
  size_t i = IdHash(article.id) & mask;
  while (m.id_slots[i] != 0) i = (i + 1) & mask;
  m.id_slots[i] = doc + 1;
  for (uint32_t f : signature.fingerprints) m.fingerprints.Add(f, doc);
  for (uint32_t b : signature.bands) m.bands.Add(b, doc);
  m.articles.push_back(std::move(article));
  m.keys.insert(m.keys.end(), signature.fingerprints.begin(), signature.fingerprints.end());
  m.keys.insert(m.keys.end(), signature.bands.begin(), signature.bands.end());
  m.key_offsets.push_back(m.keys.size());
  m.fingerprint_counts.push_back(static_cast<uint32_t>(signature.fingerprints.size()));
  m.shingle_counts.push_back(signature.shingles);
  m.word_counts.push_back(signature.words);
  return doc;
}

void ReuseIndex::Seal() {
  impl_->fingerprints.Seal();
  impl_->bands.Seal();
  impl_->sealed = size();
}

size_t ReuseIndex::MemoryUsage() const {
  const Impl& m = *impl_;
  size_t bytes = m.fingerprints.MemoryUsage() + m.bands.MemoryUsage() +
                 m.id_slots.capacity() * sizeof(uint32_t) +
                 m.articles.capacity() * sizeof(ReuseArticle) +
                 m.keys.capacity() * sizeof(uint32_t) + m.key_offsets.capacity() * sizeof(uint64_t) +
                 (m.fingerprint_counts.capacity() + m.shingle_counts.capacity() +
                  m.word_counts.capacity()) *
                     sizeof(uint32_t);
  auto heap = [](const std::optional<std::string>& s) {
    return s && s->capacity() > 15 ? s->capacity() + 1 : 0;
  };
  for (const ReuseArticle& a : m.articles) {
    bytes += (a.id.capacity() > 15 ? a.id.capacity() + 1 : 0) + heap(a.url) + heap(a.domain) +
             heap(a.outlet) + heap(a.published) + heap(a.fetched) +
             a.credits.capacity() * sizeof(Credit);
  }
  return bytes;
}

std::string ReuseIndex::Save() const {
  const Impl& m = *impl_;
  std::string out(kMagic);
  reuse::PutFixed32(&out, kIndexVersion);
  for (int v : {m.params.shingle_words, m.params.fingerprint_words, m.params.winnow_window,
                m.params.minhash_bands, m.params.minhash_rows, m.params.max_postings}) {
    reuse::PutFixed32(&out, static_cast<uint32_t>(v));
  }
  reuse::PutFixed64(&out, m.params.seed);
  reuse::PutFixed32(&out, size());
  for (uint32_t d = 0; d < size(); ++d) {
    const ReuseArticle& a = m.articles[d];
    reuse::PutString(&out, a.id);
    PutOptional(&out, a.url);
    PutOptional(&out, a.domain);
    PutOptional(&out, a.outlet);
    PutOptional(&out, a.published);
    PutOptional(&out, a.fetched);
    reuse::PutVarint(&out, a.credits.size());
    for (const Credit& c : a.credits) {
      PutOptional(&out, c.name);
      PutOptional(&out, c.url);
      out.push_back(static_cast<char>(c.relation));
    }
    reuse::PutString(&out, signature(d).Serialize());
  }
  return out;
}

Result<ReuseIndex> ReuseIndex::Load(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) {
    return Status::Corruption("not a Vigie reuse index (bad magic)");
  }
  reuse::ByteReader in(bytes.substr(kMagic.size()));
  uint32_t version = 0;
  if (!in.GetFixed32(&version) || version != kIndexVersion) {
    return Status::Corruption("reuse index: unsupported version");
  }
  uint32_t v[6];
  ReuseParams params;
  for (uint32_t& x : v) {
    if (!in.GetFixed32(&x) || x > 1000000) return Status::Corruption("reuse index: bad parameters");
  }
  params.shingle_words = static_cast<int>(v[0]);
  params.fingerprint_words = static_cast<int>(v[1]);
  params.winnow_window = static_cast<int>(v[2]);
  params.minhash_bands = static_cast<int>(v[3]);
  params.minhash_rows = static_cast<int>(v[4]);
  params.max_postings = static_cast<int>(v[5]);
  if (!in.GetFixed64(&params.seed) || !params.Validate().ok()) {
    return Status::Corruption("reuse index: bad parameters");
  }
  uint32_t count = 0;
  if (!in.GetFixed32(&count) || count > in.remaining()) {
    return Status::Corruption("reuse index: bad article count");
  }
  ReuseIndex index(params);
  for (uint32_t d = 0; d < count; ++d) {
    ReuseArticle a;
    std::string_view id, sig_bytes, rel;
    uint64_t credits = 0;
    if (!in.GetString(&id) || !GetOptional(&in, &a.url) || !GetOptional(&in, &a.domain) ||
        !GetOptional(&in, &a.outlet) || !GetOptional(&in, &a.published) ||
        !GetOptional(&in, &a.fetched) || !in.GetVarint(&credits) || credits > in.remaining()) {
      return Status::Corruption("reuse index: truncated article " + std::to_string(d));
    }
    a.id = std::string(id);
    for (uint64_t c = 0; c < credits; ++c) {
      Credit credit;
      if (!GetOptional(&in, &credit.name) || !GetOptional(&in, &credit.url) ||
          !in.GetBytes(1, &rel) || static_cast<uint8_t>(rel[0]) > 2) {
        return Status::Corruption("reuse index: bad credit in article " + std::to_string(d));
      }
      credit.relation = static_cast<CreditRelation>(rel[0]);
      a.credits.push_back(std::move(credit));
    }
    if (!in.GetString(&sig_bytes)) {
      return Status::Corruption("reuse index: truncated signature " + std::to_string(d));
    }
    Result<ReuseSignature> sig = ReuseSignature::Parse(sig_bytes);
    if (!sig.ok()) return sig.status();
    Result<uint32_t> added = index.Add(std::move(a), std::move(*sig));
    if (!added.ok()) return Status::Corruption("reuse index: " + added.status().message());
  }
  if (!in.empty()) return Status::Corruption("reuse index: trailing bytes");
  index.Seal();
  return index;
}

}  // namespace vigie
