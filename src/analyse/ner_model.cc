#include "analyse/ner_model.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

namespace vigie::analyse {
namespace {

constexpr char kMagic[8] = {'V', 'I', 'G', 'I', 'E', 'N', 'E', 'R'};

bool Allowed(int previous, int tag) {
  if (tag == 0 || IsBegin(tag)) return true;
  return previous < kNerTags && previous != 0 && TagType(previous) == TagType(tag);
}

template <typename T>
void Put(std::string* out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out->append(b, sizeof(T));
}

// Bounds-checked reads from the file bytes.
class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  template <typename T>
  bool Get(T* v) {
    if (b_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, b_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool Bytes(size_t n, std::string_view* v) {
    if (b_.size() - pos_ < n) return false;
    *v = b_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  size_t left() const { return b_.size() - pos_; }

 private:
  std::string_view b_;
  size_t pos_ = 0;
};

uint64_t SlotHash(uint64_t key) { return key * 0x9E3779B97F4A7C15ull; }

}  // namespace

void ViterbiDecode(const float* emissions, size_t n, const NerTransitions& transitions,
                   ViterbiScratch* scratch, uint8_t* tags) {
  if (n == 0) return;
  constexpr float kMinus = -std::numeric_limits<float>::infinity();
  // The constraint on I tags as -infinity transitions: no branch inside.
  float trans[(kNerTags + 1) * kNerTags];
  for (int p = 0; p <= kNerTags; ++p)
    for (int t = 0; t < kNerTags; ++t)
      trans[p * kNerTags + t] = Allowed(p, t) ? transitions[p * kNerTags + t] : kMinus;
  scratch->score.resize(n * kNerTags);
  scratch->back.resize(n * kNerTags);
  float* score = scratch->score.data();
  uint8_t* back = scratch->back.data();
  for (int t = 0; t < kNerTags; ++t) {
    score[t] = emissions[t] + trans[kNerTags * kNerTags + t];
    back[t] = 0;
  }
  for (size_t k = 1; k < n; ++k) {
    const float* prev = score + (k - 1) * kNerTags;
    for (int t = 0; t < kNerTags; ++t) {
      float best = prev[0] + trans[t];
      int arg = 0;
      for (int p = 1; p < kNerTags; ++p) {
        float s = prev[p] + trans[p * kNerTags + t];
        if (s > best) best = s, arg = p;
      }
      score[k * kNerTags + t] = best + emissions[k * kNerTags + t];
      back[k * kNerTags + t] = static_cast<uint8_t>(arg);
    }
  }
  const float* last = score + (n - 1) * kNerTags;
  int arg = 0;
  for (int t = 1; t < kNerTags; ++t)
    if (last[t] > last[arg]) arg = t;
  for (size_t k = n; k-- > 0;) {
    tags[k] = static_cast<uint8_t>(arg);
    arg = back[k * kNerTags + arg];
  }
}

void GreedyDecode(const float* emissions, size_t n, const NerTransitions& transitions,
                  uint8_t* tags) {
  int previous = kNerTags;
  for (size_t k = 0; k < n; ++k) {
    int arg = 0;
    float best = -std::numeric_limits<float>::infinity();
    for (int t = 0; t < kNerTags; ++t) {
      if (!Allowed(previous, t)) continue;
      float s = emissions[k * kNerTags + t] + transitions[previous * kNerTags + t];
      if (s > best) best = s, arg = t;
    }
    tags[k] = static_cast<uint8_t>(arg);
    previous = arg;
  }
}

std::string NerModel::Serialize(std::vector<Row> rows, const NerTransitions& transitions,
                                std::string_view description) {
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.feature < b.feature; });
  float max_abs = 0;
  for (const Row& r : rows)
    for (float w : r.weights) max_abs = std::max(max_abs, std::fabs(w));
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<const Row*> kept;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].feature == 0 || (i > 0 && rows[i].feature == rows[i - 1].feature)) continue;
    bool nonzero = false;
    for (float w : rows[i].weights) nonzero = nonzero || std::lround(w / scale) != 0;
    if (nonzero) kept.push_back(&rows[i]);
  }
  std::string out(kMagic, sizeof kMagic);
  Put<uint32_t>(&out, kFormatVersion);
  Put<uint32_t>(&out, NerFeaturizer::kVersion);
  Put<uint32_t>(&out, kNerTags);
  Put<uint32_t>(&out, static_cast<uint32_t>(description.size()));
  out.append(description);
  Put<float>(&out, scale);
  Put<uint32_t>(&out, static_cast<uint32_t>(kept.size()));
  for (const Row* r : kept) Put<uint64_t>(&out, r->feature);
  for (const Row* r : kept)
    for (float w : r->weights) Put<int16_t>(&out, static_cast<int16_t>(std::lround(w / scale)));
  for (float t : transitions) Put<float>(&out, t);
  Put<uint64_t>(&out, XXH3_64bits(out.data(), out.size()));
  return out;
}

Result<std::unique_ptr<NerModel>> NerModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the NER model");
  std::ostringstream ss;
  ss << in.rdbuf();
  return FromBytes(ss.str(), path);
}

Result<std::unique_ptr<NerModel>> NerModel::FromBytes(std::string_view bytes,
                                                      const std::string& name) {
  auto corrupt = [&name](const std::string& why) {
    return Status::Corruption(name + ": not a valid NER model (" + why + ")");
  };
  if (bytes.size() < sizeof kMagic + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return corrupt("bad magic");
  }
  std::string_view body = bytes.substr(0, bytes.size() - 8);
  uint64_t checksum;
  std::memcpy(&checksum, bytes.data() + body.size(), 8);
  if (checksum != XXH3_64bits(body.data(), body.size())) return corrupt("checksum mismatch");
  Reader r(body.substr(sizeof kMagic));
  uint32_t format = 0, featurizer = 0, tags = 0, description_size = 0, n = 0;
  std::unique_ptr<NerModel> m(new NerModel());
  std::string_view description;
  if (!r.Get(&format) || !r.Get(&featurizer) || !r.Get(&tags)) return corrupt("truncated header");
  if (format != kFormatVersion) return corrupt("format version " + std::to_string(format));
  if (featurizer != NerFeaturizer::kVersion) {
    return corrupt("trained with feature set " + std::to_string(featurizer) + ", this build has " +
                   std::to_string(NerFeaturizer::kVersion) + ": retrain with scripts/train-ner");
  }
  if (tags != kNerTags) return corrupt("tag count " + std::to_string(tags));
  if (!r.Get(&description_size) || !r.Bytes(description_size, &description) ||
      !r.Get(&m->scale_) || !r.Get(&n)) {
    return corrupt("truncated header");
  }
  if (!std::isfinite(m->scale_) || m->scale_ <= 0) return corrupt("bad weight scale");
  const size_t need = static_cast<size_t>(n) * (8 + 2 * kNerTags) + sizeof(NerTransitions);
  if (r.left() != need) return corrupt("size does not match the feature count");
  m->description_ = std::string(description);
  m->features_ = n;
  std::vector<uint64_t> keys(n);
  for (uint64_t& k : keys) r.Get(&k);
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1])) {
      return corrupt("feature hashes out of order");
    }
  }
  size_t capacity = 16;
  while (capacity < 2 * static_cast<size_t>(n)) capacity *= 2;
  m->slots_.assign(capacity, Slot{});
  m->mask_ = capacity - 1;
  m->filter_.assign((size_t{1} << kFilterBits) / 64, 0);
  for (uint64_t k : keys) {
    uint64_t bit = k >> (64 - kFilterBits);
    m->filter_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t s = SlotHash(keys[i]) & m->mask_;
    while (m->slots_[s].key != 0) s = (s + 1) & m->mask_;
    Slot& slot = m->slots_[s];
    slot.key = keys[i];
    for (int t = 0; t < kNerTags; ++t) r.Get(&slot.weights[t]);
  }
  for (float& t : m->transitions_) {
    r.Get(&t);
    if (!std::isfinite(t)) return corrupt("bad transition score");
  }
  return m;
}

const NerModel::Slot* NerModel::Find(uint64_t feature) const {
  const uint64_t bit = feature >> (64 - kFilterBits);
  if ((filter_[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return nullptr;
  for (uint64_t s = SlotHash(feature) & mask_;; s = (s + 1) & mask_) {
    const Slot& slot = slots_[s];
    if (slot.key == feature) return &slot;
    if (slot.key == 0) return nullptr;
  }
}

void NerModel::Emissions(const NerFeatures& features, std::vector<float>* emissions) const {
  emissions->resize(features.size() * kNerTags);
  for (size_t k = 0; k < features.size(); ++k) {
    int32_t sum[kNerTags] = {};
    for (uint64_t f : features.Of(k)) {
      const Slot* slot = Find(f);
      if (slot == nullptr) continue;
      for (int t = 0; t < kNerTags; ++t) sum[t] += slot->weights[t];
    }
    for (int t = 0; t < kNerTags; ++t) (*emissions)[k * kNerTags + t] = sum[t] * scale_;
  }
}

}  // namespace vigie::analyse
