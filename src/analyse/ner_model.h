// NerModel: the weights of the named-entity tagger (a structured averaged
// perceptron, ner_tagger.cc) and its file format, plus the Viterbi decoder
// that the trainer shares.
//
// File format (little-endian; data/models/README.md):
//   "VIGIENER"  magic, 8 bytes
//   u32 format version (1), u32 featurizer version, u32 tag count (9)
//   u32 length + bytes: a UTF-8 description (training command, data, date)
//   f32 weight scale
//   u32 n, then n u64 feature hashes (strictly increasing, never 0), then n * tags
//     i16 weights (weight = i16 * scale), feature-major
//   f32 transitions[(tags + 1) * tags] (the last row: from the start)
//   u64 XXH3-64 of every byte before it
// A file that breaks any of this is refused with a Corruption error.
#ifndef VIGIE_ANALYSE_NER_MODEL_H_
#define VIGIE_ANALYSE_NER_MODEL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/ner_features.h"
#include "vigie/status.h"

namespace vigie::analyse {

// BIO tags over four types: 0 = O, 1 + 2t = B-type, 2 + 2t = I-type.
inline constexpr int kNerTypes = 4;
inline constexpr int kNerTags = 1 + 2 * kNerTypes;
inline constexpr const char* kNerTypeNames[kNerTypes] = {"PER", "ORG", "LOC", "MISC"};
inline int BeginTag(int type) { return 1 + 2 * type; }
inline int InsideTag(int type) { return 2 + 2 * type; }
inline int TagType(int tag) { return tag == 0 ? -1 : (tag - 1) / 2; }
inline bool IsBegin(int tag) { return tag != 0 && (tag - 1) % 2 == 0; }

// Transition scores, row = previous tag (row kNerTags: sentence start).
using NerTransitions = std::array<float, (kNerTags + 1) * kNerTags>;

// The best tag sequence under emissions (n * kNerTags, token-major) and
// transitions; an I-type tag only follows B-type or I-type of its type.
// `scratch` is reused between calls.
struct ViterbiScratch {
  std::vector<float> score;
  std::vector<uint8_t> back;
};
void ViterbiDecode(const float* emissions, size_t n, const NerTransitions& transitions,
                   ViterbiScratch* scratch, uint8_t* tags);

// Left to right, each token's best tag given the previous one's (the same
// constraint on I tags): the cheaper decoder, measured against Viterbi.
void GreedyDecode(const float* emissions, size_t n, const NerTransitions& transitions,
                  uint8_t* tags);

// Immutable after Load; thread-safe.
class NerModel {
 public:
  static constexpr uint32_t kFormatVersion = 1;

  static Result<std::unique_ptr<NerModel>> Load(const std::string& path);
  // `name` prefixes errors.
  static Result<std::unique_ptr<NerModel>> FromBytes(std::string_view bytes,
                                                     const std::string& name);

  // The file bytes of a model (the trainer's output). `weights` is keyed by
  // feature hash, any order; all-zero rows are left out.
  struct Row {
    uint64_t feature;
    std::array<float, kNerTags> weights;
  };
  static std::string Serialize(std::vector<Row> rows, const NerTransitions& transitions,
                               std::string_view description);

  NerModel(const NerModel&) = delete;
  NerModel& operator=(const NerModel&) = delete;

  // Fills emissions (size() * kNerTags) for the features of a sentence.
  void Emissions(const NerFeatures& features, std::vector<float>* emissions) const;
  const NerTransitions& transitions() const { return transitions_; }

  size_t features() const { return features_; }
  const std::string& description() const { return description_; }

 private:
  NerModel() = default;
  // A feature and its weights in one 32-byte slot, so that a look-up
  // touches one cache line (the table is probed once per feature of every
  // token: half of the tagger's time was cache misses across three arrays).
  struct Slot {
    uint64_t key = 0;  // 0: empty (feature hash 0 is reserved)
    int16_t weights[kNerTags] = {};
  };
  static_assert(sizeof(Slot) <= 32);
  // The slot of `feature`, or null.
  const Slot* Find(uint64_t feature) const;

  std::string description_;
  float scale_ = 0;
  size_t features_ = 0;
  NerTransitions transitions_{};
  std::vector<Slot> slots_;  // open addressing, linear probing
  uint64_t mask_ = 0;
  // One bit per feature hash's top bits, set for the model's features: most
  // features of a text (rare words, bigrams) are not in the model, and this
  // 256 KB filter answers for them without touching the table.
  static constexpr int kFilterBits = 21;
  std::vector<uint64_t> filter_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_NER_MODEL_H_
