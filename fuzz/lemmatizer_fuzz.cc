// libFuzzer target for the lexicon parser and the word-level text tools:
// any bytes (never repaired: invalid UTF-8 must be survived) are
//   1. loaded as a .mlex lexicon (Lemmatizer::LoadFromString), whose every
//      line's first field is then looked up in it;
//   2. cut into words at white space, each stemmed in French and English,
//      turned into a MatchKey and looked up in a small fixed lexicon.
// Checks: no crash; a lexicon that loads counts its lines consistently; a
// lemma is non-empty valid UTF-8; a stem of valid UTF-8 is valid UTF-8; a
// match key is always valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "text/lemmatizer.h"
#include "text/stemmer.h"

namespace {

using vigie::text::Lemmatizer;
using vigie::text::Stemmer;
using vigie::text::StemmerLanguage;

void CheckLemma(const Lemmatizer& lex, std::string_view word) {
  std::optional<std::string_view> lemma = lex.Lemma(word);
  if (lemma && (lemma->empty() || !vigie::IsValidUtf8(*lemma))) std::abort();
}

const Lemmatizer& Fixed() {
  static const Lemmatizer* lex = [] {
    auto loaded = Lemmatizer::LoadFromString(
        "est\tv\têtre\tP3s\nest\tnc\test\tms\nl'\tdet\tle\ts\nl'\tcla\tcla\t3ms\n"
        "il\tcln\tcln\t3ms\ncoeur\tnc\tcoeur\tms\nParis\tnp\tParis\tms\n");
    if (!loaded.ok()) std::abort();
    return std::move(loaded).value().release();
  }();
  return *lex;
}

void LoadAsLexicon(std::string_view input) {
  auto loaded = Lemmatizer::LoadFromString(input, "fuzz");
  if (!loaded.ok()) return;
  const Lemmatizer& lex = **loaded;
  const Lemmatizer::LoadStats& st = lex.stats();
  if (st.malformed + st.ignored > st.lines || st.forms == 0) std::abort();
  for (size_t start = 0; start < input.size();) {
    size_t nl = input.find('\n', start);
    if (nl == std::string_view::npos) nl = input.size();
    std::string_view line = input.substr(start, nl - start);
    CheckLemma(lex, line.substr(0, line.find('\t')));
    start = nl + 1;
  }
}

void UseAsWords(std::string_view input) {
  static Stemmer french(StemmerLanguage::kFrench);
  static Stemmer english(StemmerLanguage::kEnglish);
  std::string key;
  for (size_t start = 0; start <= input.size();) {
    size_t end = input.find_first_of(" \t\n", start);
    if (end == std::string_view::npos) end = input.size();
    std::string_view word = input.substr(start, end - start);
    start = end + 1;
    bool valid = vigie::IsValidUtf8(word);
    for (Stemmer* s : {&french, &english}) {
      std::string_view stem = s->Stem(word);
      if (valid && !vigie::IsValidUtf8(stem)) std::abort();
      vigie::text::MatchKey(word, s, &key);
      if (!vigie::IsValidUtf8(key)) std::abort();
    }
    CheckLemma(Fixed(), word);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  LoadAsLexicon(input);
  UseAsWords(input);
  return 0;
}
