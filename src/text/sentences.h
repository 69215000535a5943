// Sentence splitter over the tokens of tokenizer.h, for French and English
// news text. The rules and the measurements are in sentences.cc.
#ifndef VIGIE_TEXT_SENTENCES_H_
#define VIGIE_TEXT_SENTENCES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace vigie::text {

struct Sentence {
  int64_t start = 0;  // code points into the text: the first token's start
  int64_t end = 0;    // exclusive: the last token's end
  size_t token_begin = 0;  // index of the first token
  size_t token_end = 0;    // one past the last token
};

// Replaces `*sentences` with the sentences of `text`: consecutive,
// non-empty runs of `tokens` covering all of them, in order.
// REQUIRES: `tokens` is what Tokenize returned for `text`. Lifetime: nothing
// is kept after the call. Thread-safe (no shared state).
void SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                    std::vector<Sentence>* sentences);

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace vigie::text

#endif  // VIGIE_TEXT_SENTENCES_H_
