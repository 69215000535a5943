// NerTagger: finds the names of people, organisations, places and other
// named things (PER, ORG, LOC, MISC) in a document's tokens, sentence by
// sentence, with a statistical sequence model (NerModel) over the features
// of NerFeaturizer. The method and its measurements are in ner_tagger.cc.
#ifndef VIGIE_ANALYSE_NER_TAGGER_H_
#define VIGIE_ANALYSE_NER_TAGGER_H_

#include <cstddef>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/gazetteer.h"
#include "analyse/ner_model.h"

namespace vigie::analyse {

// A tagged name: tokens [token_begin, token_end) of the text, and its type
// (an index into kNerTypeNames).
struct NerSpan {
  size_t token_begin = 0, token_end = 0;
  int type = 0;
  bool operator==(const NerSpan&) const = default;
};

// Thread-safe: Tag is const and keeps its scratch buffers per thread.
// Borrows the model and the gazetteer (may be null), which must outlive it.
class NerTagger {
 public:
  enum class Decoder { kViterbi, kGreedy };
  NerTagger(const NerModel* model, const Gazetteer* gazetteer,
            Decoder decoder = Decoder::kViterbi)
      : model_(model), gazetteer_(gazetteer), decoder_(decoder) {}

  // Replaces `*spans` with the names of `text`, in order, non-overlapping,
  // never across a sentence.
  void Tag(const AnalysisText& text, std::vector<NerSpan>* spans) const;

 private:
  const NerModel* model_;
  const Gazetteer* gazetteer_;
  Decoder decoder_;
};

// Drops from the ends of a span what a name never begins or ends with
// (punctuation; a trailing "de", "l'", "du"...); false if nothing is left.
bool TrimSpan(const AnalysisText& text, NerSpan* span);

// Spans of a BIO tag sequence over tokens [offset, offset + n): an I tag
// after O (which the decoder never emits) opens a span.
void TagsToSpans(const uint8_t* tags, size_t n, size_t offset, std::vector<NerSpan>* spans);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_NER_TAGGER_H_
