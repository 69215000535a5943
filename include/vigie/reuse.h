// Reuse: who copied whom. Near-duplicate articles and reused passages
// across outlets, in time order, credited or not (doc/design.md#reuse).
//
// The pieces, in the order a run uses them:
//   ReuseSignature   what is kept of an article's text to find its copies
//                    (bytes: Serialize/Parse), computed once per article;
//   ReuseIndex       the signatures and the facts about each article
//                    (ReuseArticle), searchable, extended by Add, saved and
//                    loaded as bytes, so that articles added later are
//                    matched against the stored ones without recomputing
//                    the corpus;
//   ReuseMatcher     candidates from the index, verified exactly on the two
//                    texts (containment, Jaccard), aligned into passages,
//                    ordered in time, checked for credit: ReusePair;
//   story families   and the outlet-level republication graph
//                    (reuse/provenance.h, reuse/graph.h).
// The texts themselves are not in the index: verification asks a
// TextSource for them (the run's own documents, or the store).
#ifndef VIGIE_REUSE_H_
#define VIGIE_REUSE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie {

// What a signature is made of. Fixed for an index: signatures computed
// with other parameters cannot be mixed (Load and Add check). The defaults
// are the measured ones (src/reuse/candidates.cc).
struct ReuseParams {
  int shingle_words = 3;      // n of the word n-grams that containment counts
  int fingerprint_words = 6;  // words of a winnowed fingerprint
  int winnow_window = 12;     // fingerprints: the minimum of every window of this many
  int minhash_bands = 20;     // LSH on whole-article MinHash: bands...
  int minhash_rows = 3;       // ...of this many rows (K = bands * rows)
  // The first this-many articles holding a fingerprint or a band value are
  // indexed under it; later ones still find them (candidates.cc).
  int max_postings = 2000;
  uint64_t seed = 0x5669676965526575;  // "VigieReu"

  bool operator==(const ReuseParams&) const = default;
  Status Validate() const;
};

// When a candidate pair is verified and reported. Not part of the index:
// each run may choose its own.
struct ReuseThresholds {
  // Reported when the larger of the two containments (the shorter
  // article's, as a rule) reaches this,
  double min_containment = 0.5;
  // or when the passages the two share cover this share of one of the two
  // texts (the shorter, as a rule): edits inside a passage do not count
  // against it, as they do against containment (matcher.cc gives the
  // measurements); pairs under 0.2 containment are not aligned;
  double min_coverage = 0.5;
  // and when the Jaccard similarity reaches this (0: any; 0.8 keeps
  // near-duplicates only),
  double min_jaccard = 0;
  // and the two share at least this many shingles.
  int min_shared = 15;
  // Candidates by fingerprints: at least this many shared, and at least
  // this share of the smaller article's fingerprints.
  int min_shared_fingerprints = 2;
  double min_fingerprint_share = 0.2;
  // Passages shorter than this many words are not reported.
  int min_passage_words = 8;

  Status Validate() const;
};

// The facts about an article that reuse needs besides its text: who
// published it, when, and whom it credits.
struct ReuseArticle {
  std::string id;
  std::optional<std::string> url, domain, outlet, published, fetched;
  std::vector<Credit> credits;

  // The fields of `doc` that reuse reads.
  static ReuseArticle FromDocument(const Document& doc);
};

// What the index keeps of one article's text: the number of its shingles,
// its winnowed fingerprints (32-bit keys, sorted, distinct) and the keys of
// the LSH bands of its MinHash (one per band, in band order).
struct ReuseSignature {
  uint32_t shingles = 0;
  uint32_t words = 0;
  std::vector<uint32_t> fingerprints;
  std::vector<uint32_t> bands;

  // A few dozen bytes plus 4 per fingerprint and per band: the blob a
  // store keeps per article (doc/design.md#reuse lists what it persists).
  std::string Serialize() const;
  static Result<ReuseSignature> Parse(std::string_view bytes);
  bool operator==(const ReuseSignature&) const = default;
};

// Computes signatures. Not thread-safe (it reuses buffers): one per thread.
class ReuseSigner {
 public:
  explicit ReuseSigner(const ReuseParams& params);
  ~ReuseSigner();
  ReuseSigner(const ReuseSigner&) = delete;
  ReuseSigner& operator=(const ReuseSigner&) = delete;

  ReuseSignature Sign(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A candidate: an article of the index that may share text with the one
// asked about.
struct ReuseCandidate {
  uint32_t doc = 0;
  uint32_t shared_fingerprints = 0;
  bool band_match = false;  // some LSH band of the two MinHashes agrees
};

// The articles and their signatures, numbered 0, 1, ... in the order they
// were added. Thread-safety: const methods may run concurrently once no
// Add or Seal runs.
class ReuseIndex {
 public:
  explicit ReuseIndex(const ReuseParams& params = ReuseParams());
  ~ReuseIndex();
  ReuseIndex(ReuseIndex&&) noexcept;
  ReuseIndex& operator=(ReuseIndex&&) noexcept;

  const ReuseParams& params() const;
  uint32_t size() const;

  // Adds an article; its number is size() before the call. An id already
  // in the index is an InvalidArgument error (nothing is added); so is a
  // signature whose band count does not match the parameters. Candidates
  // see it after the next Seal().
  Result<uint32_t> Add(ReuseArticle article, ReuseSignature signature);

  // Makes every added article searchable. Cost: a sort of the new entries
  // and a merge with the old ones (linear in the index).
  void Seal();
  // Articles added since the last Seal (0: sealed).
  uint32_t unsealed() const;

  const ReuseArticle& article(uint32_t doc) const;
  ReuseSignature signature(uint32_t doc) const;  // a copy
  // The number of an article by its id.
  std::optional<uint32_t> Find(std::string_view id) const;

  // The candidates of article `doc` among the articles numbered below it,
  // in increasing order of number, filtered by the fingerprint thresholds
  // of `thresholds` (band matches always pass). Batch and incremental runs
  // therefore find the same pairs: the pairs of a corpus are the union of
  // Candidates(doc) over its articles, whatever runs added them.
  // REQUIRES: doc < size(), unsealed() == 0.
  void Candidates(uint32_t doc, const ReuseThresholds& thresholds,
                  std::vector<ReuseCandidate>* out) const;
  // The same for a signature that is not in the index, against all of it.
  void Query(const ReuseSignature& signature, const ReuseThresholds& thresholds,
             std::vector<ReuseCandidate>* out) const;

  // The whole index as bytes (doc/design.md#reuse gives the layout), and
  // back. Load checks the magic, the version and every length:
  // Corruption on damage, never a crash. A loaded index is sealed.
  std::string Save() const;
  static Result<ReuseIndex> Load(std::string_view bytes);

  // Memory held, in bytes (approximate).
  size_t MemoryUsage() const;

  struct Impl;  // src/reuse/index_internal.h

 private:
  std::unique_ptr<Impl> impl_;
};

// The text of an article of the index, by number. Implementations must be
// safe to call from several threads at once.
class TextSource {
 public:
  virtual ~TextSource() = default;
  virtual Result<std::string> Text(uint32_t doc) const = 0;
};

enum class ReuseDirection { kAToB, kBToA, kUnknown };
// "a_to_b", "b_to_a", "unknown".
std::string_view ReuseDirectionName(ReuseDirection direction);

// A passage of text found in both articles: code points of each text, end
// exclusive (as every span of the contract).
struct ReusePassage {
  int64_t a_start = 0, a_end = 0;
  int64_t b_start = 0, b_end = 0;
  bool operator==(const ReusePassage&) const = default;
};

// Two articles that share text. `a` was added to the index before `b`.
struct ReusePair {
  uint32_t a = 0, b = 0;  // numbers in the index
  ReuseDirection direction = ReuseDirection::kUnknown;
  // Which dates ordered them: "published" (both), "fetched" (a fetched date
  // stood in for a missing publication date) or "" (order unknown).
  std::string order_basis;
  size_t shared = 0;  // shingles in common
  double containment_a = 0, containment_b = 0, jaccard = 0;
  std::vector<ReusePassage> passages;
  double coverage_a = 0, coverage_b = 0;  // share of each text's code points in passages
  // The later article credits the earlier one's outlet, domain or URL (in
  // its credits or its text); false when the order is unknown.
  bool credited = false;
};

// Verifies candidates and describes pairs. Thread-compatible: one per
// thread, all borrowing the same index and source, which must outlive it.
class ReuseMatcher {
 public:
  ReuseMatcher(const ReuseIndex* index, const TextSource* texts,
               const ReuseThresholds& thresholds);
  ~ReuseMatcher();
  ReuseMatcher(const ReuseMatcher&) = delete;
  ReuseMatcher& operator=(const ReuseMatcher&) = delete;

  // The reported pairs (a, doc) with a < doc, in increasing order of a.
  // A text the source cannot give is an error (the pairs of that article
  // are not reported).
  Status PairsOf(uint32_t doc, std::vector<ReusePair>* out);

  // Verifies and describes one pair (a < b), reported or not: `reported`
  // says whether it passes the thresholds.
  Result<ReusePair> Describe(uint32_t a, uint32_t b, bool* reported);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Signs `texts` on `jobs` threads (0: one per core): out[i] is the
// signature of texts[i].
std::vector<ReuseSignature> SignAll(const ReuseParams& params,
                                    std::span<const std::string_view> texts, int jobs);

// The reported pairs (a, b) of every article b >= `first` of a sealed
// index, on `jobs` threads (0: one per core), ordered by b, then a: the
// same whatever the number of threads. With `first` = 0, every pair of the
// index; with the number of the first article added since the last run,
// the pairs those articles make with all others (incremental runs). A text
// the source cannot give is the error returned, after every other pair.
Status FindPairs(const ReuseIndex& index, const TextSource& texts,
                 const ReuseThresholds& thresholds, uint32_t first, int jobs,
                 std::vector<ReusePair>* out);

// A pair as bytes, for a store that keeps the pairs of earlier runs, and
// back (a and b are the caller's keys, not in the bytes). Parse checks
// every field: Corruption on damage, never a crash.
std::string SerializeReusePair(const ReusePair& pair);
Result<ReusePair> ParseReusePair(std::string_view bytes, uint32_t a, uint32_t b);

// The pair as one JSON line (no newline), keys in the order of
// doc/schema.md#reuse-pairs: a, b (article ids), direction, order_basis,
// containment_a, containment_b, jaccard, shared, coverage_a, coverage_b,
// passages, credited. Shares are rounded to four decimals.
std::string ReusePairJson(const ReuseIndex& index, const ReusePair& pair);

// Story families (src/reuse/families.cc): articles joined by copy links
// (pairs in which the later article's text is at least `min_share` the
// earlier one's; both ways when the order is unknown), so that a
// compilation page does not merge the stories it pastes.
struct StoryFamilies {
  // By article number: the number of its family's origin, the earliest
  // dated member (the first added when none is dated).
  std::vector<uint32_t> origin;
  // By article number: whether its family's origin was chosen by a date.
  std::vector<bool> dated;
};
StoryFamilies FindStoryFamilies(const ReuseIndex& index, std::span<const ReusePair> pairs,
                                double min_share = 0.5);

// The outlet-level republication graph (src/reuse/graph.cc).
struct OutletGraph {
  struct Node {
    std::string name;       // outlet, else domain, else "(unknown)"
    uint64_t articles = 0;  // articles of this outlet in the run
  };
  struct Edge {
    uint32_t source = 0, target = 0;  // node numbers: earlier -> later
    bool directed = true;             // false: order unknown
    uint64_t copies = 0, credited = 0;
    double credited_share() const {
      return copies ? static_cast<double>(credited) / static_cast<double>(copies) : 0;
    }
  };
  std::vector<Node> nodes;  // sorted by name
  std::vector<Edge> edges;  // sorted by (source, target, directed)
};
OutletGraph BuildOutletGraph(const ReuseIndex& index, std::span<const ReusePair> pairs);

enum class GraphFormat { kCsv, kGexf, kGraphml, kJson };
// "csv", "gexf", "graphml", "json"; nullopt otherwise.
std::optional<GraphFormat> ParseGraphFormat(std::string_view name);
// The whole file (doc/schema.md#reuse-graph).
std::string WriteOutletGraph(const OutletGraph& graph, GraphFormat format);

}  // namespace vigie

#endif  // VIGIE_REUSE_H_
