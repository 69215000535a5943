#include "analyse/quote_marks.h"

namespace vigie::analyse {
namespace {

// The family a mark belongs to: closing marks close only their family.
enum Family { kNone = 0, kGuillemet = 1, kCurly = 2, kStraight = 3 };

Family FamilyOf(std::string_view mark) {
  if (mark == "«" || mark == "»") return kGuillemet;
  if (mark == "“" || mark == "”" || mark == "„") return kCurly;
  if (mark == "\"") return kStraight;
  return kNone;
}

struct Open {
  size_t token;
  Family family;
};

}  // namespace

int QuoteMarkType(const AnalysisText& text, size_t token) {
  if (text.tokens()[token].kind != text::TokenKind::kPunct) return 0;
  std::string_view t = text.TokenText(token);
  if (t == "«" || t == "“" || t == "„") return 1;
  if (t == "»" || t == "”") return 2;
  if (t == "\"") return 3;
  return 0;
}

std::vector<QuotedSpan> FindQuotedSpans(const AnalysisText& text) {
  std::vector<QuotedSpan> out;
  const auto& tokens = text.tokens();
  const auto& paragraphs = text.paragraphs();
  std::vector<Open> stack;
  QuotedSpan current;
  size_t reopening = kNoToken;  // a continued paragraph's opening mark
  auto emit = [&](size_t end, size_t close, size_t paragraph) {
    current.end = end;
    current.close = close;
    current.last_paragraph = paragraph;
    if (current.end > current.begin) out.push_back(current);
    stack.clear();
  };
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const TextParagraph& para = paragraphs[p];
    for (size_t i = para.token_begin; i < para.token_end; ++i) {
      int type = QuoteMarkType(text, i);
      if (type == 0 || i == reopening) continue;
      Family family = FamilyOf(text.TokenText(i));
      if (type == 3) {
        bool glued_prev = i > para.token_begin && tokens[i - 1].end == tokens[i].start;
        bool glued_next = i + 1 < para.token_end && tokens[i + 1].start == tokens[i].end;
        bool straight_open = !stack.empty() && stack.back().family == kStraight;
        if (glued_next && !glued_prev) type = 1;
        else if (glued_prev && !glued_next) type = 2;
        else type = straight_open ? 2 : 1;
        if (type == 2 && !straight_open) continue;  // a stray closing quote
      }
      if (type == 1) {
        if (stack.empty()) {
          current = QuotedSpan();
          current.open = i;
          current.begin = i + 1;
          current.first_paragraph = p;
        }
        stack.push_back(Open{i, family});
        continue;
      }
      // A closing mark closes the innermost open mark of its family.
      size_t k = stack.size();
      while (k > 0 && stack[k - 1].family != family) --k;
      if (k == 0) continue;
      stack.resize(k - 1);
      if (stack.empty()) emit(i, i, p);
    }
    if (stack.empty()) continue;
    // Open at the end of the paragraph: French continuation, or unclosed.
    bool continues = false;
    if (p + 1 < paragraphs.size()) {
      size_t next = paragraphs[p + 1].token_begin;
      continues = next < paragraphs[p + 1].token_end && QuoteMarkType(text, next) == 1 &&
                  FamilyOf(text.TokenText(next)) == stack.front().family &&
                  stack.front().family != kStraight;
      if (continues) {
        stack.resize(1);  // inner marks left open do not carry over
        reopening = next;
      }
    }
    if (!continues) emit(para.token_end, kNoToken, p);
  }
  return out;
}

}  // namespace vigie::analyse
