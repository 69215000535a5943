// Snowball stemming (libstemmer, the reference implementation) for French
// and English, and the match key under which search and lexicon matching
// compare word forms. How the key was chosen, with the figures, is in
// stemmer.cc.
#ifndef VIGIE_TEXT_STEMMER_H_
#define VIGIE_TEXT_STEMMER_H_

#include <string>
#include <string_view>

struct sb_stemmer;

namespace vigie::text {

enum class StemmerLanguage { kFrench, kEnglish };

// One Snowball stemmer. libstemmer keeps per-stemmer scratch state, so a
// Stemmer is not thread-safe: use one per thread (they are cheap: a few
// hundred bytes and no tables to load). Move-only.
class Stemmer {
 public:
  explicit Stemmer(StemmerLanguage language);
  ~Stemmer();
  Stemmer(Stemmer&& other) noexcept;
  Stemmer& operator=(Stemmer&& other) noexcept;
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  StemmerLanguage language() const { return language_; }

  // The stem of one word, UTF-8 in and out. The view points into this
  // Stemmer and is valid until the next call to Stem or until the Stemmer is
  // destroyed or moved from.
  // REQUIRES: `lower_word` is lower case. Snowball's rules only know lower
  // case letters and use upper-case I, U and Y as internal marks, which it
  // lowers on the way out ("MUNITIONS" would come back "MuNiTiONS").
  // Input that Snowball cannot be trusted with comes back unchanged: a word
  // with an ASCII capital, invalid UTF-8, a word over kMaxWordBytes, or any
  // word when the stemmer could not be created (out of memory) or was moved
  // from. Other capitals (É) are left as they are by Snowball.
  std::string_view Stem(std::string_view lower_word);

  static constexpr size_t kMaxWordBytes = 256;

 private:
  std::string_view Unchanged(std::string_view word);

  StemmerLanguage language_;
  sb_stemmer* stemmer_ = nullptr;  // owned; null when creation failed
  std::string copy_;               // holds the result when it is the input
};

// The key under which two word forms of `stemmer`'s language should match
// in search and lexicon look-ups, whatever their case and accents:
// stem(fold(word)), where fold lower-cases, strips accents and expands the
// ligatures œ and æ, and, for French, turns the feminine endings -ée(s) and
// -ière(s) into their masculine ("Réfugiés", "refugies", "réfugiée" and
// "réfugié" share the key "refug"). Replaces `*key`. Invalid UTF-8 is
// repaired first (U+FFFD per bad byte).
void MatchKey(std::string_view word, Stemmer* stemmer, std::string* key);
std::string MatchKey(std::string_view word, Stemmer* stemmer);

}  // namespace vigie::text

#endif  // VIGIE_TEXT_STEMMER_H_
