#include "analyse/label_complement.h"

#include "common/utf8.h"
#include "text/tokenizer.h"

namespace vigie::analyse {
namespace {

bool IsNameParticle(std::string_view folded) {
  return folded == "al" || folded == "el" || folded == "ben" || folded == "bin" ||
         folded == "ibn" || folded == "abou" || folded == "abu" || folded == "ould";
}

}  // namespace

bool IsOf(std::string_view folded) {
  return folded == "de" || folded == "d'" || folded == "du" || folded == "of";
}

bool IsArticle(std::string_view folded) {
  return folded == "l'" || folded == "la" || folded == "le" || folded == "les" ||
         folded == "the";
}

bool IsNameToken(const AnalysisText& text, size_t k) {
  if (text.tokens()[k].kind != text::TokenKind::kWord) return false;
  std::string_view t = text.TokenText(k);
  size_t pos = 0;
  if (text::IsUpperChar(DecodeUtf8(t, &pos))) {
    size_t letters = 1;
    bool lower = false;
    while (pos < t.size()) {
      if (text::IsLowerChar(DecodeUtf8(t, &pos))) lower = true;
      ++letters;
    }
    return lower || letters <= 4;  // Title case, or an acronym
  }
  size_t dash = t.find('-');
  if (dash != std::string_view::npos && dash + 1 < t.size()) {
    pos = dash + 1;
    return text::IsUpperChar(DecodeUtf8(t, &pos));
  }
  return false;
}

size_t NameEnd(const AnalysisText& text, size_t begin, size_t limit) {
  size_t j = begin;
  while (j < limit && (IsNameToken(text, j) || (IsNameParticle(text.Folded(j)) && j + 1 < limit &&
                                                IsNameToken(text, j + 1)))) {
    ++j;
  }
  return j;
}

}  // namespace vigie::analyse
