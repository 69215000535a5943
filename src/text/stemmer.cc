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
// the treebanks. Folding is a small private helper (utf8proc case folding,
// decomposition and mark stripping, plus œ -> oe and æ -> ae) until the
// text normaliser replaces it.
#include "text/stemmer.h"

#include <libstemmer.h>
#include <utf8proc.h>

#include <cstdlib>
#include <utility>

#include "common/utf8.h"

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

bool IsAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// utf8proc_map over valid UTF-8 `s`; empty on failure (it cannot fail on
// valid input short of memory).
std::string Map(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  std::string result;
  if (n >= 0 && out != nullptr) result.assign(reinterpret_cast<const char*>(out), n);
  std::free(out);
  return result;
}

// Valid UTF-8 for `s`: itself, or a repaired copy in `*storage`.
std::string_view Valid(std::string_view s, std::string* storage) {
  if (IsValidUtf8(s)) return s;
  storage->assign(s);
  RepairUtf8(storage);
  return *storage;
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

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size()))
    s->replace(at, from.size(), to);
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
  std::string folded = internal::FoldCaseAndAccents(word);
  if (stemmer->language() == StemmerLanguage::kFrench) FoldFeminineEnding(&folded);
  key->assign(stemmer->Stem(folded));
}

std::string MatchKey(std::string_view word, Stemmer* stemmer) {
  std::string key;
  MatchKey(word, stemmer, &key);
  return key;
}

namespace internal {

std::string FoldCase(std::string_view word) {
  if (IsAscii(word)) {
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string storage;
  return Map(Valid(word, &storage), UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string FoldCaseAndAccents(std::string_view word) {
  if (IsAscii(word)) return FoldCase(word);
  std::string storage;
  std::string out = Map(Valid(word, &storage), UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                                   UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  // Ligatures have no canonical decomposition; search treats them as the
  // two letters everyone types instead.
  ReplaceAll(&out, "\u0153", "oe");
  ReplaceAll(&out, "\u00E6", "ae");
  return out;
}

}  // namespace internal
}  // namespace vigie::text
