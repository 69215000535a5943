// AuthorVoice: design notes.
//
// Quotation marks. French news opens with « and closes with », often nests
// “ ” or " " inside, and lets a quotation run over several paragraphs with
// an opening « on each and one closing » at the end; English uses “ ” or
// " ", and single quotes for scare quotes ('moderate rebels'). The marks are
// read from the tokens of each paragraph with a stack: an opener is pushed,
// a closer pops back to the opener of its kind (dropping openers left
// unclosed inside), the straight " toggles, a standalone straight or curly
// single quote counts only when it hugs a word on its inner side (so that
// the apostrophe of "rebels' positions" opens nothing). A « still open at
// the paragraph's end runs to that end; other unclosed marks are dropped.
// Every region keeps its marks, and short ones (a word or two) are still
// regions: « barbarie » is the speaker's word, not the author's.
//
// Interviews. The quote layer marks interview answers as quotations; the
// questions are the interviewer's, asked to get an answer, not rhetorical.
// Without markup to tell them apart, a paragraph made of questions only,
// followed by one that is not, is taken for an interviewer's question when
// the document has at least two such pairs: one such paragraph alone is
// more often an op-ed's rhetorical paragraph than an interview. A paragraph
// opening on "Question :" or "Q :" is the interviewer's whatever follows.
#include "analyse/voice.h"

#include <algorithm>
#include <string_view>

namespace vigie::analyse {
namespace {

enum MarkKind : uint8_t { kGuillemet, kCurlyDouble, kStraightDouble, kSingle };

bool IsQuestionSentence(const AnalysisText& text, const text::Sentence& s) {
  for (size_t k = s.token_end; k > s.token_begin; --k) {
    std::string_view t = text.TokenText(k - 1);
    if (t == "?") return true;
    // Closing marks and brackets after the question mark.
    if (t != "\u00bb" && t != "\u201d" && t != "\"" && t != ")" && t != "'" && t != "\u2019") {
      return false;
    }
  }
  return false;
}

}  // namespace

AuthorVoice::AuthorVoice(const AnalysisText& text, const std::vector<Quote>& quotes)
    : text_(text) {
  FindMarkedRegions();
  for (const Quote& q : quotes) {
    if (q.end <= q.start) continue;
    QuotedRegion r;
    r.start = q.start;
    r.end = q.end;
    size_t k = text.TokenAtOrAfter(q.start);
    for (; k < text.tokens().size() && text.tokens()[k].start < q.end; ++k) {
      if (text.tokens()[k].kind == text::TokenKind::kWord) ++r.words;
    }
    regions_.push_back(r);
  }
  std::sort(regions_.begin(), regions_.end(), [](const QuotedRegion& a, const QuotedRegion& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });

  const auto& paragraphs = text.paragraphs();
  std::vector<bool> questions(paragraphs.size(), false);
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const TextParagraph& para = paragraphs[p];
    bool all = para.sentence_end > para.sentence_begin;
    for (size_t s = para.sentence_begin; all && s < para.sentence_end; ++s) {
      all = IsQuestionSentence(text, text.sentences()[s]);
    }
    questions[p] = all;
  }
  interview_paragraph_.assign(paragraphs.size(), false);
  int pairs = 0;
  for (size_t p = 0; p + 1 < paragraphs.size(); ++p) {
    if (questions[p] && !questions[p + 1]) {
      interview_paragraph_[p] = true;
      ++pairs;
    }
  }
  if (pairs < 2) interview_paragraph_.assign(paragraphs.size(), false);
  // An interview run on in one paragraph: a question answered by a turn
  // opening on a dash ("Ne faudrait-il pas parler de libération ? –
  // Évidemment.").
  interview_sentence_.assign(text.sentences().size(), false);
  for (size_t s = 0; s + 1 < text.sentences().size(); ++s) {
    const text::Sentence& next = text.sentences()[s + 1];
    if (text.ParagraphOfSentence(s + 1) != text.ParagraphOfSentence(s) ||
        !IsQuestionSentence(text, text.sentences()[s]) || next.token_begin >= next.token_end) {
      continue;
    }
    const std::string_view first = text.TokenText(next.token_begin);
    interview_sentence_[s] = first == "\u2013" || first == "\u2014";
  }
  // A question marked as the interviewer's: "Question :", "Q :", "Q." at
  // the start of its paragraph.
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const TextParagraph& para = paragraphs[p];
    if (para.token_end < para.token_begin + 2) continue;
    std::string_view first = text.TokenText(para.token_begin);
    std::string_view second = text.TokenText(para.token_begin + 1);
    if ((first == "Question" || first == "Q" || first == "Q.") &&
        (second == ":" || second == "." || first == "Q.")) {
      interview_paragraph_[p] = true;
    }
  }
}

void AuthorVoice::FindMarkedRegions() {
  const auto& tokens = text_.tokens();
  struct Open {
    MarkKind kind;
    size_t token;
  };
  std::vector<Open> stack;
  for (const TextParagraph& para : text_.paragraphs()) {
    stack.clear();
    auto close = [&](MarkKind kind, size_t token) {
      for (size_t d = stack.size(); d > 0; --d) {
        if (stack[d - 1].kind != kind) continue;
        QuotedRegion r;
        r.marked = true;
        r.start = tokens[stack[d - 1].token].start;
        r.end = tokens[token].end;
        for (size_t k = stack[d - 1].token + 1; k < token; ++k) {
          if (tokens[k].kind == text::TokenKind::kWord) ++r.words;
        }
        regions_.push_back(r);
        stack.resize(d - 1);
        return true;
      }
      return false;
    };
    auto open_on = [&](MarkKind kind) {
      return !stack.empty() && stack.back().kind == kind;
    };
    for (size_t k = para.token_begin; k < para.token_end; ++k) {
      if (tokens[k].kind != text::TokenKind::kPunct) continue;
      std::string_view t = text_.TokenText(k);
      // A single quote counts when it hugs a word on its inner side.
      const bool hugs_next = k + 1 < para.token_end && tokens[k + 1].start == tokens[k].end;
      const bool hugs_prev = k > para.token_begin && tokens[k - 1].end == tokens[k].start;
      if (t == "\u00ab" || t == "\u2039") {
        stack.push_back({kGuillemet, k});
      } else if (t == "\u00bb" || t == "\u203a") {
        close(kGuillemet, k);
      } else if (t == "\u201c" || t == "\u201e") {
        stack.push_back({kCurlyDouble, k});
      } else if (t == "\u201d") {
        if (!close(kCurlyDouble, k)) stack.push_back({kCurlyDouble, k});
      } else if (t == "\"") {
        if (open_on(kStraightDouble) || (!hugs_next && hugs_prev)) {
          close(kStraightDouble, k);
        } else {
          stack.push_back({kStraightDouble, k});
        }
      } else if (t == "'" || t == "\u2018" || t == "\u2019") {
        if (open_on(kSingle) && hugs_prev && t != "\u2018") {
          close(kSingle, k);
        } else if (hugs_next && !hugs_prev && t != "\u2019") {
          stack.push_back({kSingle, k});
        }
      }
    }
    // A guillemet still open runs to the paragraph's end.
    for (const Open& o : stack) {
      if (o.kind != kGuillemet || para.token_end == 0) continue;
      QuotedRegion r;
      r.marked = true;
      r.start = tokens[o.token].start;
      r.end = tokens[para.token_end - 1].end;
      for (size_t k = o.token + 1; k < para.token_end; ++k) {
        if (tokens[k].kind == text::TokenKind::kWord) ++r.words;
      }
      regions_.push_back(r);
      break;
    }
  }
}

bool AuthorVoice::Quoted(int64_t start, int64_t end) const {
  for (const QuotedRegion& r : regions_) {
    if (r.start > start) break;
    if (r.end >= end) return true;
  }
  return false;
}

bool AuthorVoice::QuotedBeyond(int64_t start, int64_t end) const {
  for (const QuotedRegion& r : regions_) {
    if (r.start > start) break;
    if (r.end >= end && !(r.start == start && r.end == end)) return true;
  }
  return false;
}

const QuotedRegion* AuthorVoice::MarkedExactly(int64_t start, int64_t end) const {
  for (const QuotedRegion& r : regions_) {
    if (r.start > start) break;
    if (r.marked && r.start == start && r.end == end) return &r;
  }
  return nullptr;
}

bool AuthorVoice::InterviewQuestion(size_t sentence) const {
  if (sentence >= text_.sentences().size()) return false;
  if (sentence < interview_sentence_.size() && interview_sentence_[sentence]) return true;
  size_t p = text_.ParagraphOfSentence(sentence);
  return p < interview_paragraph_.size() && interview_paragraph_[p];
}

}  // namespace vigie::analyse
