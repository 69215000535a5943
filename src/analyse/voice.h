// AuthorVoice: which parts of a document are in its author's own voice.
// Persuasion techniques are the author's: a loaded word inside a quotation
// is the speaker's ("la « barbarie » russe"), an interviewer's question is
// not a rhetorical one. The quote layer's spans (direct and indirect
// quotations, interview answers) are one source; quotation marks are the
// other, read here, so that the layer works when the quote layer found
// nothing or did not run.
#ifndef VIGIE_ANALYSE_VOICE_H_
#define VIGIE_ANALYSE_VOICE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "analyse/analysis_text.h"
#include "vigie/document.h"

namespace vigie::analyse {

// A stretch of text that is someone else's words.
struct QuotedRegion {
  int64_t start = 0, end = 0;  // code points, the quotation marks included when marked
  bool marked = false;         // between quotation marks (else a quote layer span)
  int words = 0;               // word tokens inside
};

// Immutable after construction; borrows `text`, which must outlive it.
class AuthorVoice {
 public:
  // `quotes`: the quote layer's findings for the same text (may be empty).
  AuthorVoice(const AnalysisText& text, const std::vector<Quote>& quotes);

  // Regions ordered by start (nested ones after the one holding them).
  const std::vector<QuotedRegion>& regions() const { return regions_; }

  // True when some region holds [start, end).
  bool Quoted(int64_t start, int64_t end) const;
  // The same, not counting a region that is exactly [start, end): a label
  // in scare quotes is not quoted by its own marks.
  bool QuotedBeyond(int64_t start, int64_t end) const;

  // The region between quotation marks that is exactly [start, end) with
  // its marks, or nullptr.
  const QuotedRegion* MarkedExactly(int64_t start, int64_t end) const;

  // True when sentence `s` is an interviewer's question: it lies in a
  // paragraph opening on "Question :" or "Q :", or in a paragraph made of
  // questions only, in a document where at least two such paragraphs are
  // each followed by a paragraph that is not, or it is answered in its
  // paragraph by a turn opening on a dash ("? – Évidemment.").
  bool InterviewQuestion(size_t sentence) const;

 private:
  void FindMarkedRegions();

  const AnalysisText& text_;
  std::vector<QuotedRegion> regions_;
  std::vector<bool> interview_paragraph_;
  std::vector<bool> interview_sentence_;  // a question a dash-led turn answers
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_VOICE_H_
