// PhraseIndex: the phrase lists of several analysis layers (actor labels,
// technique cues, context words; any layer's list may join) compiled into
// one PhraseMatcher, so that a document's folded text is scanned once for
// all of them, and every hit comes back as a span of the original text with
// the tokens it covers.
#ifndef VIGIE_ANALYSE_PHRASE_INDEX_H_
#define VIGIE_ANALYSE_PHRASE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/phrase_matcher.h"
#include "vigie/status.h"

namespace vigie::analyse {

// One occurrence of a phrase of one list.
struct PhraseHit {
  uint32_t list = 0;  // id returned by Builder::AddList
  uint32_t item = 0;  // index of the phrase in that list
  int64_t start = 0, end = 0;  // code points of the original text
  // The tokens the hit overlaps: [token_begin, token_end). A hit may cover
  // part of a token ("rebel" in "rebel-held").
  size_t token_begin = 0, token_end = 0;
};

// Immutable after Build; Scan is thread-safe. Move-only.
class PhraseIndex {
 public:
  class Builder {
   public:
    // Adds a list of phrases (as for PhraseMatcher::Build) and returns its
    // id, used in PhraseHit::list. `name` appears in errors.
    uint32_t AddList(std::string name, std::vector<std::string> phrases);
    // Compiles every list; an empty phrase is an error naming its list and
    // index.
    Result<PhraseIndex> Build();

   private:
    std::vector<std::string> names_;
    std::vector<std::string> phrases_;
    std::vector<uint32_t> list_of_;  // per phrase
    std::vector<uint32_t> item_of_;  // per phrase
  };

  PhraseIndex() = default;
  PhraseIndex(PhraseIndex&&) noexcept = default;
  PhraseIndex& operator=(PhraseIndex&&) noexcept = default;

  // Replaces `*hits` with every occurrence in `text` (whole words, see
  // PhraseMatcher::Scan) of every phrase of every list, ordered by start,
  // then longest first, then by list and item.
  void Scan(const AnalysisText& text, std::vector<PhraseHit>* hits) const;

  size_t lists() const { return names_.size(); }
  size_t phrases() const { return list_of_.size(); }

 private:
  PhraseMatcher matcher_;
  std::vector<std::string> names_;
  std::vector<uint32_t> list_of_;
  std::vector<uint32_t> item_of_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_PHRASE_INDEX_H_
