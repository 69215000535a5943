#include "text/language.h"

#include <fasttext/fasttext.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

namespace vigie::text {
namespace {

// fastText's model sees lines; it was trained on sentences, and a few
// thousand characters of an article decide its language as well as the whole.
constexpr size_t kMaxChars = 4000;

// Letters (any script) in `s`, counted on bytes: ASCII letters plus every
// UTF-8 lead byte of a non-ASCII character.
size_t CountLetters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++n;
    else if (c >= 0xC0) ++n;
  }
  return n;
}

}  // namespace

LanguageIdentifier::LanguageIdentifier() = default;
LanguageIdentifier::~LanguageIdentifier() = default;

Result<std::unique_ptr<LanguageIdentifier>> LanguageIdentifier::Load(
    const std::string& model_path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(model_path, ec)) {
    return Status::NotFound("no language model at " + model_path);
  }
  std::unique_ptr<LanguageIdentifier> id(new LanguageIdentifier());
  id->model_ = std::make_unique<fasttext::FastText>();
  try {
    id->model_->loadModel(model_path);
  } catch (const std::exception& e) {
    return Status::Corruption("cannot load language model " + model_path + ": " + e.what());
  }
  return id;
}

LanguageGuess LanguageIdentifier::Identify(std::string_view text) const {
  LanguageGuess guess;
  std::string sample(text.substr(0, kMaxChars));
  // Cut back to a UTF-8 boundary, then to one line: fastText reads up to \n.
  while (!sample.empty() && (static_cast<unsigned char>(sample.back()) & 0xC0) == 0x80) {
    sample.pop_back();
  }
  if (!sample.empty() && static_cast<unsigned char>(sample.back()) >= 0xC0) sample.pop_back();
  for (char& c : sample) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (CountLetters(sample) < 12) return guess;
  sample.push_back('\n');
  std::istringstream in(sample);
  std::vector<std::pair<fasttext::real, std::string>> predictions;
  try {
    if (!model_->predictLine(in, predictions, 1, 0.0)) return guess;
  } catch (const std::exception&) {
    return guess;
  }
  if (predictions.empty()) return guess;
  std::string label = predictions[0].second;
  constexpr std::string_view kPrefix = "__label__";
  if (label.rfind(kPrefix, 0) == 0) label = label.substr(kPrefix.size());
  guess.language = label;
  guess.confidence = predictions[0].first;
  return guess;
}

std::string DefaultLanguageModelPath() {
  if (const char* env = std::getenv("VIGIE_LID_MODEL"); env != nullptr && *env != '\0') {
    return env;
  }
  return VIGIE_LID_MODEL_DEFAULT;
}

}  // namespace vigie::text
