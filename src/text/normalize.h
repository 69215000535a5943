// Normalisation for matching: the form under which two spellings of the
// same words compare equal ("l’ONU" and "l'onu", "Etats-Unis" and
// "États–Unis", "4 000" with a narrow no-break space and "4 000"), with a
// map from every byte of the folded text back to the code point of the
// original it came from, so that a match found in the folded text is
// reported as a span of the original (the contract's unit). The method and
// its costs are in normalize.cc.
#ifndef VIGIE_TEXT_NORMALIZE_H_
#define VIGIE_TEXT_NORMALIZE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vigie::text {

// What to fold, as a bit set. Whatever the options, the output is NFC (or
// has no combining marks at all with kFoldAccents), and invisible format
// characters (soft hyphen, zero-width space, word joiner, byte-order mark)
// are dropped.
enum NormalizeOption : uint32_t {
  // Unicode case folding with compatibility forms (NFKC_Casefold): "É" ->
  // "é", "ß" -> "ss", "ﬁ" -> "fi", "²" -> "2", full-width letters -> ASCII.
  kFoldCase = 1u << 0,
  // Accents and other combining marks removed after canonical
  // decomposition ("é" -> "e", "ç" -> "c"), and the letters that have no
  // decomposition spelled out: "œ" -> "oe", "æ" -> "ae", "ø" -> "o",
  // "ł" -> "l", "đ" -> "d", "ı" -> "i".
  kFoldAccents = 1u << 1,
  // Typographic punctuation to ASCII: apostrophes (’ ‘ ʼ ′ ` ´) -> ',
  // quotation marks and guillemets (« » “ ” „ ‹ › ″) -> ", hyphens, dashes
  // and the minus sign (‐ ‑ ‒ – — ― −) -> -, every space (no-break,
  // narrow no-break, thin, ideographic...) and line or paragraph separator
  // other than \n -> ' ', "…" -> "...".
  kFoldPunctuation = 1u << 2,
};

// The form used to match lexicons, names and search terms.
inline constexpr uint32_t kNormalizeForMatching = kFoldCase | kFoldAccents | kFoldPunctuation;

// A folded text and its map back to the original. Copyable; holds no
// reference to the original.
class NormalizedText {
 public:
  // The folded text, valid UTF-8.
  std::string_view text() const { return text_; }
  size_t size() const { return text_.size(); }

  // The code point of the original that produced folded byte `byte`.
  // REQUIRES: byte < size().
  int64_t SourceStart(size_t byte) const { return source_[byte]; }

  // The end (exclusive, in code points of the original) of the original
  // text that produced folded bytes [.., byte_end): the original's length
  // when byte_end == size(). A folded range that ends inside the expansion
  // of one original character ("o" of "œ" -> "oe") covers that whole
  // character. REQUIRES: 0 < byte_end <= size().
  int64_t SourceEnd(size_t byte_end) const;

  // [SourceStart(begin), SourceEnd(end)). REQUIRES: begin < end <= size().
  std::pair<int64_t, int64_t> SourceSpan(size_t begin, size_t end) const {
    return {SourceStart(begin), SourceEnd(end)};
  }

  // Code points in the original text.
  int64_t source_size() const { return source_size_; }

 private:
  friend class Normalizer;
  std::string text_;
  std::vector<uint32_t> source_;  // one entry per byte of text_
  int64_t source_size_ = 0;
};

// Folds text as the options say. Stateless after construction and
// thread-safe: its tables are built once per option set and shared.
class Normalizer {
 public:
  explicit Normalizer(uint32_t options = kNormalizeForMatching);

  // Replaces `*out` with the folded form of `text` and its map. Reuses the
  // buffers of `*out`, so that normalising many documents into one
  // NormalizedText allocates only when a document is larger than all
  // before. Ill-formed UTF-8 reads as U+FFFD, one per byte. REQUIRES: `text`
  // is under 4 GiB (offsets are 32-bit).
  void Normalize(std::string_view text, NormalizedText* out) const;

  // Appends the folded form of `text` to `*out`, without a map: for words,
  // names and search terms.
  void AppendFolded(std::string_view text, std::string* out) const;
  std::string Fold(std::string_view text) const;

  uint32_t options() const { return options_; }

 private:
  // Folds `text` into `*out` (replacing it with a map, appending to it
  // without); returns the number of code points read.
  template <bool kWithMap>
  int64_t Run(std::string_view text, std::string* out, std::vector<uint32_t>* source) const;

  uint32_t options_;
  const struct FoldTable* table_;  // owned by a process-wide cache
};

// Folds for matching (kNormalizeForMatching): a shorthand for
// Normalizer().Fold(text).
std::string FoldForMatching(std::string_view text);

}  // namespace vigie::text

#endif  // VIGIE_TEXT_NORMALIZE_H_
