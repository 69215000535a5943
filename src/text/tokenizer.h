// Rule-based tokenizer for French and English news text. Every token carries
// its span in Unicode code points into the input (the contract's unit) and in
// bytes (for slicing the UTF-8 string without a second pass).
//
// The conventions are those of the UD French treebanks (Sequoia, GSD), whose
// surface tokens are the unit: elisions split (`l'` `ONU`), clitic
// inversions split (`a` `-t-il`), contractions kept whole (`au`, `du`),
// hyphenated compounds and names kept whole (`Etats-Unis`, `Alep-Est`),
// numbers with their group separators (`10.000`, `4 000`, `3,5`). The
// method and the measurements are in tokenizer.cc.
#ifndef VIGIE_TEXT_TOKENIZER_H_
#define VIGIE_TEXT_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace vigie::text {

enum class TokenKind : uint8_t {
  kWord,    // letters, possibly with digits, hyphens, apostrophes, periods
  kNumber,  // starts with a digit (or a sign before one): 10.000, 3,5, 1er, 48h
  kPunct,   // punctuation: . , ; : ! ? … « » " ( ) - – — ...
  kSymbol,  // anything else: % € $ + = emoji
  kUrl,
  kEmail,
};

struct Token {
  int64_t start = 0;  // code points into the input
  int64_t end = 0;    // exclusive
  size_t byte_start = 0;
  size_t byte_end = 0;  // exclusive
  TokenKind kind = TokenKind::kWord;
};

enum class TokenizerLanguage : uint8_t {
  kFrench,   // elisions split, clitic inversions split
  kEnglish,  // French rules plus English contractions split (`do` `n't`, `John` `'s`)
};

// Reuses its buffers from call to call, so that tokenizing many documents
// allocates only when a document is larger than all before. Not thread-safe:
// use one Tokenizer per thread.
class Tokenizer {
 public:
  explicit Tokenizer(TokenizerLanguage language = TokenizerLanguage::kFrench)
      : language_(language) {}

  // Replaces `*tokens` with the tokens of `text`, in order, non-overlapping;
  // white space belongs to no token. REQUIRES: `text` is valid UTF-8 (see
  // RepairUtf8); ill-formed bytes are read as U+FFFD, one per byte.
  void Tokenize(std::string_view text, std::vector<Token>* tokens);

  // The code points of the last text tokenized and the byte offset of each
  // (one more entry than code points). Valid until the next Tokenize.
  const std::vector<char32_t>& code_points() const { return cps_; }
  const std::vector<size_t>& byte_offsets() const { return bytes_; }

 private:
  TokenizerLanguage language_;
  std::vector<char32_t> cps_;
  std::vector<size_t> bytes_;
};

// Convenience: a fresh Tokenizer for one text.
std::vector<Token> Tokenize(std::string_view text,
                            TokenizerLanguage language = TokenizerLanguage::kFrench);

// The text of `token` in `text`, the string it was tokenized from.
inline std::string_view TokenText(std::string_view text, const Token& token) {
  return text.substr(token.byte_start, token.byte_end - token.byte_start);
}

// Character classes shared with the sentence splitter.
bool IsWordChar(char32_t cp);   // letters, marks, digits
bool IsUpperChar(char32_t cp);  // upper- and title-case letters
bool IsLowerChar(char32_t cp);

}  // namespace vigie::text

#endif  // VIGIE_TEXT_TOKENIZER_H_
