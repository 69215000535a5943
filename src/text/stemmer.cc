// Snowball stemming and the match key.
//
// The stemmer. libstemmer is the Snowball project's own C code, the reference
// for the French and English algorithms (Debian's libstemmer-dev): suffix
// stripping by rules, no dictionary, a few hundred nanoseconds a word. Each
// sb_stemmer keeps the word being stemmed in its own buffer, hence one
// Stemmer per thread and a result that lives until the next call. Snowball
// trusts its input: the wrapper hands it only non-empty valid UTF-8 of at
// most 256 bytes without ASCII capitals (Snowball's French uses I, U, Y as
// internal marks), and returns anything else unchanged.
//
// The match key. Search ("munition" finds "munitions", "réfugié" finds
// "refugies") and lexicon matching need one key per word whatever its case
// and accents, and news text drops accents often (capitals, headlines,
// keyboards, URLs). Snowball's French rules read accents (-é, -ée, -ière are
// suffixes, -e, -ee, -iere are not), so the order of folding and stemming
// matters. bench/eval_match_key.cc measures both orders on the distinct
// word forms of the five UD French files (shared/data/ud-french, 17,796
// distinct form/lemma/UPOS/gender/number):
//
//                    accent pairs   number pairs   gender pairs  lemmas whose key
//                    same key       same key       same key      another lemma has
//   stem-then-fold   0.798          0.947          0.883         0.279
//   fold-then-stem   1.000          0.949          0.778         0.260
//   MatchKey         1.000          0.949          0.886         0.267
//
// (4,349 accent pairs: each form with an accent against itself without;
// 1,554 singular/plural and 360 masculine/feminine pairs of NOUN and ADJ
// forms of one lemma whose FEATS differ in that feature only.)
// stem-then-fold = fold(stem(lower(w))) lets Snowball see the accents, but a
// fifth of the accent pairs then part ("réfugié" -> "refugi", "refugie" ->
// "refug"): a reader typing without accents misses them. fold-then-stem =
// stem(fold(w)) joins every accent pair by construction and loses gender
// pairs instead: folded "deplacee" and "reguliere" no longer end in a suffix
// Snowball knows ("deplace" vs "deplacee" -> "deplac" vs "deplace"). MatchKey
// folds first, then turns the two regular feminine endings into their
// masculine: -ee(s) -> -e(s) and -iere(s) -> -ier(s) (nothing else in French
// ends in unaccented -ee or -iere); that wins back the gender pairs, beyond
// stem-then-fold, for 0.7 point more lemma merging. The remaining misses are
// Snowball's own (it keeps the s of "amis", "lois", "euros": no -s after a
// vowel; "nouvelle"/"nouveau"), abbreviations ("M."/"monsieur") and typos in
// the treebanks. Folding is text/normalize.h's, case and accents (the
// punctuation of a word is left alone).
#include "text/stemmer.h"

#include <libstemmer.h>

#include <cstdlib>
#include <utility>

#include "common/utf8.h"
#include "text/normalize.h"

namespace vigie::text {
namespace {

const char* AlgorithmName(StemmerLanguage language) {
  switch (language) {
    case StemmerLanguage::kFrench:
      return "french";
    case StemmerLanguage::kEnglish:
      return "english";
  }
  return "english";
}

bool HasAsciiUpper(std::string_view s) {
  for (char c : s)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

// Folds the two regular feminine endings onto their masculine: -ée(s),
// folded -ee(s), becomes -e(s), the folded masculine participle ("déplacée"
// and "déplacé" both become "deplace"), and -ière(s) becomes -ier(s)
// ("régulière", "régulier"). Snowball's French rules tell these endings
// apart by their accents only, which folding has taken away.
void FoldFeminineEnding(std::string* word) {
  static constexpr std::pair<std::string_view, std::string_view> kEndings[] = {
      {"ieres", "iers"}, {"iere", "ier"}, {"ees", "es"}, {"ee", "e"}};
  for (const auto& [feminine, masculine] : kEndings) {
    // Two letters before the ending at least: "fee", "lee" stay.
    if (word->size() >= feminine.size() + 2 && word->ends_with(feminine)) {
      word->replace(word->size() - feminine.size(), feminine.size(), masculine);
      return;
    }
  }
}

}  // namespace

Stemmer::Stemmer(StemmerLanguage language)
    : language_(language), stemmer_(sb_stemmer_new(AlgorithmName(language), "UTF_8")) {}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

Stemmer::Stemmer(Stemmer&& other) noexcept
    : language_(other.language_),
      stemmer_(std::exchange(other.stemmer_, nullptr)),
      copy_(std::move(other.copy_)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
  if (this != &other) {
    sb_stemmer_delete(stemmer_);
    language_ = other.language_;
    stemmer_ = std::exchange(other.stemmer_, nullptr);
    copy_ = std::move(other.copy_);
  }
  return *this;
}

std::string_view Stemmer::Unchanged(std::string_view word) {
  copy_.assign(word);
  return copy_;
}

std::string_view Stemmer::Stem(std::string_view lower_word) {
  if (stemmer_ == nullptr || lower_word.empty() || lower_word.size() > kMaxWordBytes ||
      HasAsciiUpper(lower_word) || !IsValidUtf8(lower_word)) {
    return Unchanged(lower_word);
  }
  const sb_symbol* out =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(lower_word.data()),
                      static_cast<int>(lower_word.size()));
  if (out == nullptr) return Unchanged(lower_word);  // out of memory
  return std::string_view(reinterpret_cast<const char*>(out),
                          static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

void MatchKey(std::string_view word, Stemmer* stemmer, std::string* key) {
  static const Normalizer normalizer(kFoldCase | kFoldAccents);
  std::string folded = normalizer.Fold(word);
  if (stemmer->language() == StemmerLanguage::kFrench) FoldFeminineEnding(&folded);
  key->assign(stemmer->Stem(folded));
}

std::string MatchKey(std::string_view word, Stemmer* stemmer) {
  std::string key;
  MatchKey(word, stemmer, &key);
  return key;
}

}  // namespace vigie::text
