#include "analyse/ner_features.h"

#include <xxhash.h>

#include <algorithm>

#include "common/utf8.h"
#include "text/tokenizer.h"

namespace vigie::analyse {
namespace {

// Feature templates: the first argument of every hash, so that the same
// word as "current word" and as "next word" are different features.
enum Template : uint64_t {
  kBias = 1, kWord, kFolded, kShape, kLongShape, kPrefix, kSuffix, kFlag, kPosition,
  kSentence, kFoldedAt, kShapeAt, kBigramLeft, kBigramRight, kShapeTrigram, kGaz, kGazAt,
  kGazCase, kDateline, kWordFlagsLeft,
};

inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t x = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull + (a << 6) + (a >> 2));
  x ^= x >> 31;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
inline uint64_t F(Template t, uint64_t a) { return Mix(t, a); }
inline uint64_t F(Template t, uint64_t a, uint64_t b) { return Mix(Mix(t, a), b); }
inline uint64_t F(Template t, uint64_t a, uint64_t b, uint64_t c) {
  return Mix(Mix(Mix(t, a), b), c);
}
inline uint64_t Hash(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

enum Flag : uint32_t {
  kTitleCase = 1u << 0,
  kAllCaps = 1u << 1,
  kHasDigit = 1u << 2,
  kHasHyphen = 1u << 3,
  kHasApostrophe = 1u << 4,
  kInitial = 1u << 5,      // one capital letter, perhaps with a period
  kEndsPeriod = 1u << 6,
  kPunct = 1u << 7,
  kSentenceStart = 1u << 8,
  kLowerStart = 1u << 9,
  kNumber = 1u << 10,
  kLong = 1u << 11,        // 8 letters or more
};
constexpr int kFlagCount = 12;

// Word shape: X upper, x lower, d digit, other characters as themselves
// (apostrophes folded to '), runs cut to one (short) or four (long).
void Shapes(std::string_view word, uint64_t* short_hash, uint64_t* long_hash, uint32_t* flags) {
  char shortb[32], longb[48];
  size_t ns = 0, nl = 0, run = 0, letters = 0, uppers = 0, lowers = 0;
  char last = 0;
  bool first = true;
  for (size_t pos = 0; pos < word.size();) {
    char32_t c = DecodeUtf8(word, &pos);
    char k;
    if (text::IsUpperChar(c)) {
      k = 'X', ++letters, ++uppers;
    } else if (text::IsLowerChar(c)) {
      k = 'x', ++letters, ++lowers;
    } else if (c >= '0' && c <= '9') {
      k = 'd', *flags |= kHasDigit;
    } else if (c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC) {
      k = '\'', *flags |= kHasApostrophe;
    } else if (c == '-' || c == 0x2010 || c == 0x2011) {
      k = '-', *flags |= kHasHyphen;
    } else if (c < 0x80) {
      k = static_cast<char>(c);
    } else {
      k = text::IsWordChar(c) ? 'x' : 'o';
    }
    if (first) {
      if (k == 'X') *flags |= kTitleCase;
      if (k == 'x') *flags |= kLowerStart;
      first = false;
    }
    run = k == last ? run + 1 : 1;
    if (run == 1 && ns < sizeof shortb) shortb[ns++] = k;
    if (run <= 4 && nl < sizeof longb) longb[nl++] = k;
    last = k;
  }
  if (letters >= 2 && lowers == 0) *flags |= kAllCaps;
  if ((*flags & kTitleCase) && lowers == 0) *flags &= ~kTitleCase;
  if (letters == 1 && uppers == 1 && word.size() <= 2) *flags |= kInitial;
  if (!word.empty() && word.back() == '.') *flags |= kEndsPeriod;
  if (letters >= 8) *flags |= kLong;
  *short_hash = XXH3_64bits(shortb, ns);
  *long_hash = XXH3_64bits(longb, nl);
}

int PositionBucket(size_t k) {
  static const int kBuckets[] = {0, 1, 2, 3, 3, 3, 4, 4, 4, 4, 4};
  return k < 11 ? kBuckets[k] : 5;
}

}  // namespace

void NerFeaturizer::Describe(const AnalysisText& text, size_t begin, size_t end) {
  info_.assign(end - begin, TokenInfo{});
  for (size_t i = begin; i < end; ++i) {
    TokenInfo& t = info_[i - begin];
    std::string_view word = text.TokenText(i);
    t.word = Hash(word);
    t.folded = Hash(text.Folded(i));
    uint64_t long_shape = 0;
    uint32_t flags = 0;
    Shapes(word, &t.shape, &long_shape, &flags);
    t.flags = flags;
    text::TokenKind kind = text.tokens()[i].kind;
    if (kind == text::TokenKind::kPunct || kind == text::TokenKind::kSymbol) t.flags |= kPunct;
    if (kind == text::TokenKind::kNumber) t.flags |= kNumber;
    if (i == begin) t.flags |= kSentenceStart;
    shape_long_[i - begin] = long_shape;
  }
  MarkGazetteer(text, begin, end);
}

void NerFeaturizer::MarkGazetteer(const AnalysisText& text, size_t begin, size_t end) {
  if (gazetteer_ == nullptr) return;
  for (size_t j = begin; j < end; ++j) {
    if (info_[j - begin].flags & kPunct) continue;
    gazetteer_->ForEachMatch(text, j, end, [&](size_t length, uint32_t id) {
      const uint32_t base = static_cast<uint32_t>(gazetteer_->entry(id).kind) * 4;
      if (length == 1) {
        info_[j - begin].gaz |= 1u << (base + 3);  // U
        return;
      }
      info_[j - begin].gaz |= 1u << base;  // B
      for (size_t k = j + 1; k + 1 < j + length; ++k) info_[k - begin].gaz |= 1u << (base + 1);
      info_[j + length - 1 - begin].gaz |= 1u << (base + 2);  // L
    });
  }
}

// Headlines capitalise most words ("Alep : Les Rebelles Reculent") or all
// of them: capital letters mean less there. 0 ordinary, 1 Title Case, 2
// all capitals.
uint64_t NerFeaturizer::SentenceKind() const {
  size_t words = 0, capitalised = 0, caps = 0;
  for (const TokenInfo& t : info_) {
    if (t.flags & (kPunct | kNumber)) continue;
    ++words;
    capitalised += (t.flags & (kTitleCase | kAllCaps)) != 0;
    caps += (t.flags & kAllCaps) != 0;
  }
  if (words >= 3 && caps * 10 >= words * 8) return 2;
  return words >= 3 && capitalised * 10 >= words * 6 ? 1 : 0;
}

// The token itself: word, shapes, affixes, flags, position.
void NerFeaturizer::TokenFeatures(std::string_view folded, size_t k, uint64_t sentence_kind,
                                  std::vector<uint64_t>* out) const {
  std::vector<uint64_t>& h = *out;
  const TokenInfo& t = info_[k];
  h.push_back(F(kBias, 0));
  h.push_back(F(kWord, t.word));
  h.push_back(F(kFolded, t.folded));
  h.push_back(F(kShape, t.shape));
  h.push_back(F(kLongShape, shape_long_[k]));
  for (size_t len = 1; len <= 4 && len < folded.size(); ++len) {
    h.push_back(F(kPrefix, len, Hash(folded.substr(0, len))));
    h.push_back(F(kSuffix, len, Hash(folded.substr(folded.size() - len))));
  }
  for (int b = 0; b < kFlagCount; ++b)
    if (t.flags & (1u << b)) h.push_back(F(kFlag, b, sentence_kind));
  h.push_back(F(kPosition, PositionBucket(k)));
  h.push_back(F(kSentence, sentence_kind, t.shape));
}

// The neighbours: words and shapes at -2..+2, bigrams, the shape trigram.
void NerFeaturizer::ContextFeatures(size_t k, std::vector<uint64_t>* out) const {
  static constexpr uint64_t kNone = 0x5EED;
  const ptrdiff_t n = static_cast<ptrdiff_t>(info_.size()), p = static_cast<ptrdiff_t>(k);
  auto folded_at = [&](ptrdiff_t i) { return i < 0 || i >= n ? kNone : info_[i].folded; };
  auto shape_at = [&](ptrdiff_t i) { return i < 0 || i >= n ? kNone : info_[i].shape; };
  std::vector<uint64_t>& h = *out;
  const TokenInfo& t = info_[k];
  for (ptrdiff_t d : {-2, -1, 1, 2}) {
    h.push_back(F(kFoldedAt, d, folded_at(p + d)));
    h.push_back(F(kShapeAt, d, shape_at(p + d)));
  }
  h.push_back(F(kBigramLeft, folded_at(p - 1), t.folded));
  h.push_back(F(kBigramRight, t.folded, folded_at(p + 1)));
  h.push_back(F(kShapeTrigram, shape_at(p - 1), t.shape, shape_at(p + 1)));
  h.push_back(F(kWordFlagsLeft, folded_at(p - 1), t.flags & (kTitleCase | kAllCaps)));
}

// Gazetteer matches on the token (crossed with its case) and at -2, -1, +1.
void NerFeaturizer::GazetteerFeatures(size_t k, std::vector<uint64_t>* out) const {
  const ptrdiff_t n = static_cast<ptrdiff_t>(info_.size()), p = static_cast<ptrdiff_t>(k);
  std::vector<uint64_t>& h = *out;
  const TokenInfo& t = info_[k];
  const uint32_t cased = t.flags & (kTitleCase | kAllCaps | kLowerStart);
  for (int b = 0; b < kGazetteerKinds * 4; ++b) {
    if (t.gaz & (1u << b)) {
      h.push_back(F(kGaz, b));
      h.push_back(F(kGazCase, b, cased));
    }
  }
  for (ptrdiff_t d : {-2, -1, 1}) {
    uint32_t g = p + d < 0 || p + d >= n ? 0u : info_[p + d].gaz;
    for (int b = 0; b < kGazetteerKinds * 4; ++b)
      if (g & (1u << b)) h.push_back(F(kGazAt, d, b));
  }
}

void NerFeaturizer::Featurize(const AnalysisText& text, size_t begin, size_t end,
                              NerFeatures* out) {
  out->hashes_.clear();
  out->begins_.clear();
  shape_long_.resize(end - begin);
  Describe(text, begin, end);
  const size_t n = end - begin;
  const uint64_t sentence_kind = SentenceKind();
  for (size_t k = 0; k < n; ++k) {
    out->begins_.push_back(static_cast<uint32_t>(out->hashes_.size()));
    TokenFeatures(text.Folded(begin + k), k, sentence_kind, &out->hashes_);
    ContextFeatures(k, &out->hashes_);
    GazetteerFeatures(k, &out->hashes_);
    // Datelines: "DAMAS (AFP) -", "BEYROUTH, 3 mars (Reuters) -".
    if (k == 0 && (info_[0].flags & kAllCaps) && n > 1) {
      std::string_view next = text.TokenText(begin + 1);
      if (next == "(" || next == "," || next == "-" || next == "\u2013" || next == "\u2014") {
        out->hashes_.push_back(F(kDateline, 1));
      }
    }
  }
  out->begins_.push_back(static_cast<uint32_t>(out->hashes_.size()));
}

}  // namespace vigie::analyse
