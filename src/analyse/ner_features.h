// NerFeaturizer: the features of the named-entity tagger (ner_tagger.cc has
// the design essay), shared by the runtime and the trainer
// (tools/train_ner) so that both see exactly the same thing. Every feature
// is a 64-bit hash of its template and values; nothing is spelled out as a
// string, so featurizing allocates only when a sentence is longer than all
// before.
#ifndef VIGIE_ANALYSE_NER_FEATURES_H_
#define VIGIE_ANALYSE_NER_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/gazetteer.h"

namespace vigie::analyse {

// The features of the tokens of one sentence, token by token.
class NerFeatures {
 public:
  size_t size() const { return begins_.empty() ? 0 : begins_.size() - 1; }
  std::span<const uint64_t> Of(size_t k) const {
    return {hashes_.data() + begins_[k], begins_[k + 1] - begins_[k]};
  }

 private:
  friend class NerFeaturizer;
  std::vector<uint64_t> hashes_;
  std::vector<uint32_t> begins_;
};

// Thread-compatible: one per thread (it keeps scratch buffers). Borrows the
// gazetteer, which must outlive it; a null gazetteer gives no gazetteer
// features.
class NerFeaturizer {
 public:
  // The version of the feature set: a model trained with another refuses
  // to load.
  static constexpr uint32_t kVersion = 1;

  explicit NerFeaturizer(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  // Replaces `*out` with the features of tokens [begin, end) of `text` (one
  // sentence).
  void Featurize(const AnalysisText& text, size_t begin, size_t end, NerFeatures* out);

 private:
  struct TokenInfo {
    uint64_t word = 0, folded = 0, shape = 0;
    uint32_t flags = 0;
    uint32_t gaz = 0;  // bit (kind * 4 + B/I/L/U)
  };
  void Describe(const AnalysisText& text, size_t begin, size_t end);
  void MarkGazetteer(const AnalysisText& text, size_t begin, size_t end);
  uint64_t SentenceKind() const;
  void TokenFeatures(std::string_view folded, size_t k, uint64_t sentence_kind,
                     std::vector<uint64_t>* out) const;
  void ContextFeatures(size_t k, std::vector<uint64_t>* out) const;
  void GazetteerFeatures(size_t k, std::vector<uint64_t>* out) const;

  const Gazetteer* gazetteer_;
  std::vector<TokenInfo> info_;
  std::vector<uint64_t> shape_long_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_NER_FEATURES_H_
