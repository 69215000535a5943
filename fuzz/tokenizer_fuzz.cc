// libFuzzer target for the tokenizer and the sentence splitter: any bytes,
// repaired to valid UTF-8 first (as every reader does), in French and
// English modes. Checks the invariants later stages rely on: tokens are
// non-empty, in increasing order, inside the text, and their byte and
// code-point spans name the same text; sentences are consecutive, non-empty,
// cover every token, and span their first to their last token.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

void Check(const std::string& text, vigie::text::TokenizerLanguage language) {
  std::vector<vigie::text::Token> tokens = vigie::text::Tokenize(text, language);
  const vigie::CodePointIndex index(text);
  const int64_t length = static_cast<int64_t>(index.size());
  int64_t previous_end = 0;
  for (const vigie::text::Token& t : tokens) {
    if (t.start < previous_end || t.end <= t.start || t.end > length) std::abort();
    if (t.byte_end <= t.byte_start || t.byte_end > text.size()) std::abort();
    if (index.Substr(t.start, t.end) != vigie::text::TokenText(text, t)) {
      std::abort();
    }
    previous_end = t.end;
  }
  std::vector<vigie::text::Sentence> sentences = vigie::text::SplitSentences(text, tokens);
  size_t next = 0;
  for (const vigie::text::Sentence& s : sentences) {
    if (s.token_begin != next || s.token_end <= s.token_begin || s.token_end > tokens.size()) {
      std::abort();
    }
    if (s.start != tokens[s.token_begin].start || s.end != tokens[s.token_end - 1].end) {
      std::abort();
    }
    next = s.token_end;
  }
  if (next != tokens.size()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  vigie::RepairUtf8(&text);
  Check(text, vigie::text::TokenizerLanguage::kFrench);
  Check(text, vigie::text::TokenizerLanguage::kEnglish);
  return 0;
}
