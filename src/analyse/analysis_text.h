// AnalysisText: one document's text prepared once for every analysis layer
// (entities, quotes, claims, labels, techniques): its tokens, sentences and
// paragraphs, the folded form of every token, and the whole text folded for
// matching with its map back to the original. Every span is in code points
// of the original text, the contract's unit.
#ifndef VIGIE_ANALYSE_ANALYSIS_TEXT_H_
#define VIGIE_ANALYSE_ANALYSIS_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace vigie::analyse {

// A paragraph of the text: a maximal run of non-blank lines (Document::text
// separates paragraphs with "\n\n").
struct TextParagraph {
  int64_t start = 0, end = 0;  // code points
  size_t byte_start = 0, byte_end = 0;
  size_t token_begin = 0, token_end = 0;        // [begin, end) into tokens()
  size_t sentence_begin = 0, sentence_end = 0;  // [begin, end) into sentences()
};

// Immutable after construction; thread-compatible (const methods may be
// called from several threads). Borrows `text`, which must outlive it.
class AnalysisText {
 public:
  // `language` is the document's ISO 639-1 code or empty; English text is
  // tokenized with the English contractions split, anything else with the
  // French rules.
  AnalysisText(std::string_view text, std::string_view language);

  AnalysisText(const AnalysisText&) = delete;
  AnalysisText& operator=(const AnalysisText&) = delete;

  std::string_view text() const { return text_; }
  std::string_view language() const { return language_; }
  bool english() const { return language_ == "en"; }

  const std::vector<text::Token>& tokens() const { return tokens_; }
  const std::vector<text::Sentence>& sentences() const { return sentences_; }
  const std::vector<TextParagraph>& paragraphs() const { return paragraphs_; }

  // The token as written, and folded for matching (kNormalizeForMatching:
  // lower case, no accents, ASCII apostrophes and dashes).
  std::string_view TokenText(size_t i) const { return text::TokenText(text_, tokens_[i]); }
  std::string_view Folded(size_t i) const {
    return std::string_view(folded_arena_).substr(folded_[i].offset, folded_[i].size);
  }
  // A word token whose first letter is upper or title case ("Ankara", "ÉTAT").
  bool IsCapitalisedWord(size_t i) const;

  // The whole text folded for matching, with its map to code points of the
  // original (for phrase matchers that scan bytes).
  const text::NormalizedText& normalized() const { return normalized_; }

  // The text of code points [start, end) of the original.
  std::string_view Slice(int64_t start, int64_t end) const;

  // Index of the sentence / paragraph holding token `i`.
  size_t SentenceOfToken(size_t i) const { return sentence_of_token_[i]; }
  size_t ParagraphOfSentence(size_t s) const { return paragraph_of_sentence_[s]; }

  // Index of the first token that ends after code point `offset` (tokens()
  // .size() if none): a binary search.
  size_t TokenAtOrAfter(int64_t offset) const;

 private:
  struct Piece {
    uint32_t offset = 0;
    uint32_t size = 0;
  };

  std::string_view text_;
  std::string language_;
  std::vector<text::Token> tokens_;
  std::vector<text::Sentence> sentences_;
  std::vector<TextParagraph> paragraphs_;
  std::string folded_arena_;
  std::vector<Piece> folded_;
  text::NormalizedText normalized_;
  std::vector<uint32_t> sentence_of_token_;
  std::vector<uint32_t> paragraph_of_sentence_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_ANALYSIS_TEXT_H_
