#include "analyse/analysis_text.h"

#include <algorithm>

#include "common/utf8.h"
#include "text/paragraphs.h"

namespace vigie::analyse {

AnalysisText::AnalysisText(std::string_view text, std::string_view language)
    : text_(text), language_(language) {
  text::Tokenizer tokenizer(english() ? text::TokenizerLanguage::kEnglish
                                      : text::TokenizerLanguage::kFrench);
  tokenizer.Tokenize(text_, &tokens_);
  text::SplitSentences(text_, tokens_, &sentences_);

  const text::Normalizer normalizer;
  normalizer.Normalize(text_, &normalized_);
  folded_.reserve(tokens_.size());
  for (size_t i = 0; i < tokens_.size(); ++i) {
    size_t before = folded_arena_.size();
    normalizer.AppendFolded(TokenText(i), &folded_arena_);
    folded_.push_back(Piece{static_cast<uint32_t>(before),
                            static_cast<uint32_t>(folded_arena_.size() - before)});
  }

  sentence_of_token_.resize(tokens_.size());
  for (size_t s = 0; s < sentences_.size(); ++s)
    for (size_t k = sentences_[s].token_begin; k < sentences_[s].token_end; ++k)
      sentence_of_token_[k] = static_cast<uint32_t>(s);

  // The splitter ends a sentence at every blank line, so each sentence lies
  // in one paragraph.
  paragraph_of_sentence_.resize(sentences_.size());
  size_t s = 0, k = 0;
  for (const text::ParagraphSpan& span : text::SplitParagraphs(text_)) {
    TextParagraph p;
    p.start = span.start;
    p.end = span.end;
    p.byte_start = span.byte_start;
    p.byte_end = span.byte_end;
    while (k < tokens_.size() && tokens_[k].end <= p.start) ++k;
    p.token_begin = k;
    while (k < tokens_.size() && tokens_[k].start < p.end) ++k;
    p.token_end = k;
    while (s < sentences_.size() && sentences_[s].end <= p.start) ++s;
    p.sentence_begin = s;
    while (s < sentences_.size() && sentences_[s].start < p.end) {
      paragraph_of_sentence_[s] = static_cast<uint32_t>(paragraphs_.size());
      ++s;
    }
    p.sentence_end = s;
    paragraphs_.push_back(p);
  }
}

bool AnalysisText::IsCapitalisedWord(size_t i) const {
  if (tokens_[i].kind != text::TokenKind::kWord) return false;
  size_t pos = 0;
  return text::IsUpperChar(DecodeUtf8(TokenText(i), &pos));
}

std::string_view AnalysisText::Slice(int64_t start, int64_t end) const {
  // Spans almost always start and end on token boundaries, whose byte
  // offsets are known: no need to count code points from the start.
  size_t first = TokenAtOrAfter(start);
  size_t last = end > 0 ? TokenAtOrAfter(end - 1) : tokens_.size();
  if (first < tokens_.size() && tokens_[first].start == start && last < tokens_.size() &&
      tokens_[last].end == end && first <= last) {
    return text_.substr(tokens_[first].byte_start,
                        tokens_[last].byte_end - tokens_[first].byte_start);
  }
  return CodePointSubstr(text_, static_cast<size_t>(start), static_cast<size_t>(end));
}

size_t AnalysisText::TokenAtOrAfter(int64_t offset) const {
  auto it = std::partition_point(tokens_.begin(), tokens_.end(),
                                 [offset](const text::Token& t) { return t.end <= offset; });
  return static_cast<size_t>(it - tokens_.begin());
}

}  // namespace vigie::analyse
