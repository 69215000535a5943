// LexiconMatches: one document's hits of the lexicons (from the one
// PhraseIndex pass), kept only where the entry's language is the language
// of the paragraph it falls in, and indexed for the questions the label and
// technique rules ask about a match's surroundings: is there a word of war
// in this paragraph, does a jihadist group's name follow within three
// tokens, does a negation end right before it. One-token context words are
// looked up once per token here (Lexicon::TokenClasses), the longer ones come
// from the phrase pass.
#ifndef VIGIE_ANALYSE_LEXICON_MATCHES_H_
#define VIGIE_ANALYSE_LEXICON_MATCHES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/lexicon.h"
#include "analyse/phrase_index.h"
#include "vigie/document.h"

namespace vigie::analyse {

// Immutable after construction; borrows `lexicon` and `text`, which must
// outlive it.
class LexiconMatches {
 public:
  // `hits`: PhraseIndex::Scan of `text` with an index `lexicon` registered
  // into. `runs`: the document's paragraph language runs (may be empty);
  // `language`: the document's language, used where no run says (French
  // when empty, as AnalysisText tokenizes).
  LexiconMatches(const Lexicon& lexicon, const AnalysisText& text,
                 const std::vector<PhraseHit>& hits, const std::vector<LanguageRun>& runs,
                 std::string_view language);

  const Lexicon& lexicon() const { return lexicon_; }
  const AnalysisText& text() const { return text_; }

  // Label and cue hits, ordered by start, longest first.
  const std::vector<PhraseHit>& labels() const { return labels_; }
  const std::vector<PhraseHit>& cues() const { return cues_; }

  // The phrase of class `id` (a hit of a multi-token phrase, or a one-token
  // phrase made a hit of its own) that starts at token `token`, the longest;
  // nullopt if none (also for id -1).
  std::optional<PhraseHit> ClassStartingAt(int id, size_t token) const;
  // The phrase of class `id` whose last token is `token_end - 1`.
  std::optional<PhraseHit> ClassEndingAt(int id, size_t token_end) const;
  // A phrase of class `id` that ends at the last hyphen of token k
  // ("Islamic State" in "Islamic State-linked").
  std::optional<PhraseHit> ClassBeforeHyphen(int id, size_t k) const;
  // True when a phrase of class `id` starts within tokens [begin, end).
  bool ClassInTokens(int id, size_t begin, size_t end) const;

  // The lexicon language of paragraph `p` (Lexicon::languages() index), or -1.
  int ParagraphLanguage(size_t p) const { return paragraph_language_[p]; }
  // Paragraph of token `token`.
  size_t ParagraphOfToken(size_t token) const {
    return text_.ParagraphOfSentence(text_.SentenceOfToken(token));
  }

 private:
  const Lexicon& lexicon_;
  const AnalysisText& text_;
  std::vector<int> paragraph_language_;
  std::vector<PhraseHit> labels_, cues_;
  std::vector<std::vector<PhraseHit>> classes_;  // multi-token class phrases
  std::vector<uint64_t> token_classes_;          // per token: Lexicon::TokenClasses
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_LEXICON_MATCHES_H_
