// Language identification with fastText's lid.176.ftz.
//
// The model averages the embeddings of the words and character 2..4-grams of
// one line and puts a softmax over 176 languages on top. It reads a line:
// fastText stops at the first '\n', so a document is flattened into one line
// (newlines, tabs and Unicode spaces become ASCII spaces) before prediction.
//
// Sample size. The prediction is an average, so after a few hundred words it
// no longer moves, while its cost grows with the sample (fastText hashes
// every character n-gram of every word it has not seen in training). On the
// 826 pages of shared/data (Vigie's extracted text, 17 languages), the
// language of a prefix agrees with that of the whole text on 707 of the 709
// texts longer than 1,000 bytes, 597 of 598 longer than 2,000 and 467 of 468
// longer than 3,000 (the one left mixes English and Japanese); a 2,000-byte
// prefix costs about 60 % of a 4,000-byte one. So the sample is the first
// 2,000 bytes, cut on a code-point boundary so that the model never sees a
// broken character, which also bounds the cost of a 50 MB document.
//
// Too little text. Under a dozen letters (a date line, "Oui.", a price) the
// model still answers, with a confidence that means nothing; such text gets
// no language. Letters are counted with Unicode categories (L*), so digits,
// punctuation, dashes and symbols (©, —) do not count while accented Latin,
// Cyrillic, Arabic or CJK letters do.
//
// Capitals. The model learnt from mixed-case sentences and reads an
// all-capitals headline poorly ("LE GOUVERNEMENT ANNONCE UNE HAUSSE DES
// PRIX" scores 0.29 French, 0.98 once lower-cased), while lower-casing
// ordinary text barely moves its scores (0.962 vs 0.964 on a French
// paragraph). So a sample whose letters are mostly capitals is lower-cased;
// other text is left as written.
//
// The confidence is the model's softmax probability, reported as is: pure
// paragraphs of a major language score above 0.9, mixed text lower; callers
// that want a threshold set their own.
#include "text/language.h"

#include <fasttext/fasttext.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::text {
namespace {

constexpr size_t kMaxSampleBytes = 2000;
constexpr size_t kMinLetters = 12;
constexpr std::string_view kLabelPrefix = "__label__";

enum class LetterCase { kNone, kUpper, kOther };

// REQUIRES: cp >= 0x80 (ASCII is classified inline).
LetterCase CaseOf(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
      return LetterCase::kUpper;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return LetterCase::kOther;
    default:
      return LetterCase::kNone;
  }
}

struct Sample {
  std::string line;
  size_t letters = 0;
  size_t capitals = 0;
};

// The first kMaxSampleBytes of `text` on one line, cut on a code-point
// boundary, with separators turned into single spaces. ASCII, most of the
// bytes of most pages, takes a fast path.
Sample MakeSample(std::string_view text) {
  Sample sample;
  std::string& line = sample.line;
  line.reserve(std::min(text.size(), kMaxSampleBytes) + 1);
  size_t pos = 0;
  while (pos < text.size() && line.size() < kMaxSampleBytes) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      ++pos;
      if (b <= 0x20 || b == 0x7F) {
        if (!line.empty() && line.back() != ' ') line.push_back(' ');
        continue;
      }
      bool upper = b >= 'A' && b <= 'Z';
      sample.letters += upper || (b >= 'a' && b <= 'z');
      sample.capitals += upper;
      line.push_back(static_cast<char>(b));
      continue;
    }
    size_t next = pos;
    char32_t cp = DecodeUtf8(text, &next);
    next = std::min(next, text.size());
    if (line.size() + (next - pos) > kMaxSampleBytes) break;
    if (cp < 0xA0 || IsUnicodeSpace(cp)) {  // C1 controls and Unicode spaces
      if (!line.empty() && line.back() != ' ') line.push_back(' ');
    } else {
      LetterCase c = CaseOf(cp);
      sample.letters += c != LetterCase::kNone;
      sample.capitals += c == LetterCase::kUpper;
      line.append(text.substr(pos, next - pos));
    }
    pos = next;
  }
  return sample;
}

std::string Lowercase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = DecodeUtf8(s, &pos);
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), &out);
  }
  return out;
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
  Sample sample = MakeSample(text);
  if (sample.letters < kMinLetters) return guess;
  if (sample.capitals * 2 > sample.letters) sample.line = Lowercase(sample.line);
  sample.line.push_back('\n');
  std::istringstream in(std::move(sample.line));
  std::vector<std::pair<fasttext::real, std::string>> predictions;
  try {
    if (!model_->predictLine(in, predictions, 1, 0.0) || predictions.empty()) return guess;
  } catch (const std::exception&) {
    return guess;  // fastText reports trouble by throwing; here it is "no language"
  }
  std::string_view label = predictions[0].second;
  if (StartsWith(label, kLabelPrefix)) label.remove_prefix(kLabelPrefix.size());
  guess.language = std::string(label);
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
