// PhraseMatcher: every occurrence of thousands of phrases (lexicon terms,
// gazetteer names, cue phrases) in one pass over a text folded for matching
// (text/normalize.h), whole words only. The method and its costs are in
// phrase_matcher.cc.
#ifndef VIGIE_ANALYSE_PHRASE_MATCHER_H_
#define VIGIE_ANALYSE_PHRASE_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/status.h"

namespace vigie::analyse {

struct PhraseMatch {
  uint32_t phrase = 0;  // index of the phrase in the list given to Build
  size_t begin = 0;     // byte offsets into the folded text scanned
  size_t end = 0;       // exclusive
};

// Immutable after Build; Scan is thread-safe (scratch space is pooled).
// Move-only.
class PhraseMatcher {
 public:
  PhraseMatcher();
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  // Which engine finds the phrases that begin with a letter or digit (the
  // others always go to Hyperscan). Both report the same matches; kTable is
  // the faster on news text (phrase_matcher.cc), kHyperscan is kept for
  // comparison and differential tests.
  enum class Engine { kTable, kHyperscan };

  // Compiles `phrases`, each folded for matching (kNormalizeForMatching)
  // with runs of white space read as one space. Several phrases may fold to
  // the same form: each is reported. An empty phrase (or one that folds to
  // nothing) is an InvalidArgument error naming its index.
  static Result<PhraseMatcher> Build(const std::vector<std::string>& phrases,
                                     Engine engine = Engine::kTable);

  // Appends to `*out` every occurrence in `folded` (a text folded for
  // matching, such as NormalizedText::text()) of a phrase whose edges fall
  // on word boundaries: a phrase that begins (ends) with a letter or digit
  // must not be preceded (followed) by one. Overlapping occurrences are all
  // reported, ordered by end offset, then by phrase index.
  void Scan(std::string_view folded, std::vector<PhraseMatch>* out) const;

  size_t size() const;  // number of phrases given to Build

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The matches that a reader would take: among overlapping matches, the one
// starting first, then the longest; the others are dropped. `matches` in
// any order; the result is ordered by begin.
std::vector<PhraseMatch> LongestLeftmost(std::vector<PhraseMatch> matches);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_PHRASE_MATCHER_H_
