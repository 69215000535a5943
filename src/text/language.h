// Language identification with fastText and the lid.176.ftz model
// (176 languages, CC BY-SA 3.0), installed from npm by scripts/setup.
#ifndef VIGIE_TEXT_LANGUAGE_H_
#define VIGIE_TEXT_LANGUAGE_H_

#include <memory>
#include <string>
#include <string_view>

#include "vigie/status.h"

namespace fasttext {
class FastText;
}

namespace vigie::text {

struct LanguageGuess {
  std::string language;  // ISO 639-1 when one exists ("fr"), else the model's code
  double confidence = 0;  // the model's probability, 0..1
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

 private:
  LanguageIdentifier();
  std::unique_ptr<fasttext::FastText> model_;
};

// The model path: $VIGIE_LID_MODEL if set, else the path configured at build
// time (where scripts/setup installs it).
std::string DefaultLanguageModelPath();

}  // namespace vigie::text

#endif  // VIGIE_TEXT_LANGUAGE_H_
