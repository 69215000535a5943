// Corpus-level boilerplate: paragraphs that repeat across many documents of
// the same domain (footers, disclaimers, author bios, newsletter boxes that
// the per-page rules did not recognise). The method, its numbers and its
// memory are explained at the top of corpus_boilerplate.cc.
//
// Use in two phases: Observe() every document of the corpus, then Decide()
// (or Apply()) for each of them. Observing after the first Decide() is a
// programming error (the counts are frozen by then).
#ifndef VIGIE_CLEAN_CORPUS_BOILERPLATE_H_
#define VIGIE_CLEAN_CORPUS_BOILERPLATE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vigie/document.h"

namespace vigie::clean {

// The warning a document carries when paragraphs were moved to `removed`.
inline constexpr std::string_view kCorpusBoilerplateWarning = "corpus_boilerplate_removed";

// The normalised form of a paragraph that is hashed: Unicode lower case,
// runs of white space as one space, trimmed, and every run of ASCII digits
// as a single "0" (so "© 2016" and "© 2017", or two dates, are the same).
// Exposed for tests.
std::string NormaliseParagraph(std::string_view paragraph);

// The paragraphs of a Document::text ("\n\n"-separated). Views into `text`.
std::vector<std::string_view> SplitParagraphs(std::string_view text);

// The key documents are grouped by: Document::domain, else outlet; nullopt
// when a document has neither (it is then neither counted nor filtered).
std::optional<std::string_view> CorpusKey(const Document& doc);

// Not thread-safe: one thread observes, then decides. Holds hashes only
// (no text): 8 bytes per distinct paragraph of each distinct document while
// observing, and, once frozen, one counter per paragraph hash frequent
// enough to matter.
class CorpusBoilerplate {
 public:
  struct Options {
    // A paragraph is boilerplate for a domain when it occurs in at least
    // max(min_documents, ceil(min_share * distinct documents)) distinct
    // documents of that domain. See the essay for the choice.
    int min_documents = 4;
    double min_share = 0.2;
    // A document is left untouched when the paragraphs to remove hold more
    // than this share of its text (in bytes).
    double max_removed_share = 0.5;
  };

  CorpusBoilerplate() : CorpusBoilerplate(Options{}) {}
  explicit CorpusBoilerplate(Options options) : options_(options) {}
  CorpusBoilerplate(const CorpusBoilerplate&) = delete;
  CorpusBoilerplate& operator=(const CorpusBoilerplate&) = delete;

  // Counts the paragraphs of `text` for `key`. A document whose text is
  // identical to one already observed under the same key counts once.
  // REQUIRES: Decide() not called yet.
  void Observe(std::string_view key, std::string_view text);
  void Observe(const Document& doc);

  // Which paragraphs of `text` (in SplitParagraphs order) are boilerplate
  // for `key`: an empty vector when none are, or when the half-text guard
  // keeps the document whole. Freezes the counts on first call.
  std::vector<bool> Decide(std::string_view key, std::string_view text);

  // Decide() for `doc` and, if anything is boilerplate, moves those
  // paragraphs from `text` to the end of `removed` (in their order) and adds
  // kCorpusBoilerplateWarning. Returns the number of paragraphs moved.
  int Apply(Document* doc);

  // Distinct documents observed under `key` (for tests and notices).
  int64_t DistinctDocuments(std::string_view key) const;

 private:
  struct Domain {
    uint64_t seed = 0;       // hash of the key, seeds its paragraph hashes
    int64_t documents = 0;   // distinct documents
  };
  Domain* FindOrAddDomain(std::string_view key);
  const Domain* FindDomain(std::string_view key) const;
  void Freeze();
  int64_t Threshold(const Domain& domain) const;

  Options options_;
  std::unordered_map<std::string, Domain> domains_;
  std::unordered_set<uint64_t> seen_documents_;  // keyed hashes of whole texts
  std::vector<uint64_t> occurrences_;            // keyed paragraph hashes, until frozen
  std::unordered_map<uint64_t, int64_t> counts_;  // frequent keyed hashes, once frozen
  bool frozen_ = false;
  std::string scratch_;  // the normalised paragraph being hashed
};

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_CORPUS_BOILERPLATE_H_
