// The corpus store: every article with its versions, metadata, clean text,
// removed blocks, credits and analysis layers in one SQLite file (WAL), with
// a French full-text index (FTS5 and Vigie's own tokenizer). doc/design.md
// ("Store") describes the schema, versions, idempotence and crash safety;
// doc/cli.md the commands built on it (ingest, search, stats, export).
//
// The store only receives documents: extraction and analysis are the
// pipeline's (vigie/ingest.h feeds a Store from paths).
#ifndef VIGIE_STORE_H_
#define VIGIE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie {

namespace store {
class Db;
struct FtsWriteState;
class Searcher;
class Statement;
class Writer;
}  // namespace store

// What storing a document costs before any SQL: its fingerprint, the
// compressed contract JSON, the full-text keys, the folded keys of names and
// terms (src/store/prepared.h). Store::Prepare computes it on any thread,
// for one store.
struct PreparedDocument;

struct StoreOptions {
  // Search, stats and export open read-only; the file must exist.
  bool read_only = false;
  // Writable opens create the file (and its schema) when it is missing.
  bool create_if_missing = true;
  // Documents per transaction. A crash loses at most the batch in progress,
  // which the next run of the same job stores again.
  int batch_documents = 1000;
};

// What Store::Ingest did with a document.
enum class IngestAction {
  kAdded,          // a new article
  kNewVersion,     // a known article (same URL, else same id) with new content
  kAlreadyStored,  // this content of this article is already there
};

struct SearchRequest {
  // The query language of doc/cli.md: words, "phrases", prefix*, AND, OR,
  // NOT, -word, parentheses. May be empty when a filter or a layer is given:
  // results are then the newest first.
  std::string query;
  std::vector<std::string> outlets;   // any of these (case and accents ignored)
  std::vector<std::string> domains;   // any of these, or their subdomains
  std::optional<std::string> since;   // publication date >= (YYYY, YYYY-MM or YYYY-MM-DD)
  std::optional<std::string> until;   // publication date <= (same forms, inclusive)
  std::vector<std::string> languages;  // ISO 639-1, any of these
  std::optional<std::string> author;  // an author whose name contains these words
  // Analysis layers: an article must hold a matching span of each layer
  // asked for; the matching spans come with the hit.
  std::optional<std::string> quotes_by;  // quotations whose speaker contains these words
  std::optional<std::string> label;      // labels whose term or text is this
  std::optional<std::string> technique;  // persuasion technique name (case ignored)
  bool claims = false;                   // casualty claims
  int limit = 20;
};

struct SearchHit {
  int64_t article_id = 0;
  int version = 0;     // 1-based number of the latest version, the one shown
  int versions = 0;    // how many versions the article has
  std::string id;      // the contract id of that version
  std::optional<std::string> url, domain, outlet, title, published, language;
  std::vector<std::string> authors;
  double score = 0;    // bm25 relevance, higher is better; 0 without a text query
  std::string snippet;  // a passage of the text around the matches
  // The matched terms in `snippet`, [start, end) in code points of it.
  std::vector<std::pair<int64_t, int64_t>> highlights;
  // The spans of the layers asked for, each one contract JSON object
  // (doc/schema.md), in text order.
  std::vector<std::string> quotes, labels, techniques, claims;
};

struct CountBy {
  std::optional<std::string> key;  // null: not known (no outlet, no date...)
  int64_t count = 0;
};

struct StoreStats {
  int64_t articles = 0;
  int64_t versions = 0;
  int64_t text_bytes = 0;  // clean text of the latest versions, UTF-8 bytes
  int64_t file_bytes = 0;  // the database file and its WAL
  std::vector<CountBy> by_outlet;    // the `top` largest
  std::vector<CountBy> by_language;  // all
  std::vector<CountBy> by_month;     // all, by publication month (YYYY-MM)
  std::vector<CountBy> top_labels;      // by term
  std::vector<CountBy> top_techniques;
  std::vector<CountBy> top_speakers;    // quotations per speaker
  std::vector<CountBy> top_credits;     // credited sources, by name (else URL)
};

// Not thread-safe: one thread at a time uses a Store (it is one SQLite
// connection). Several Stores, in threads or processes, may open one file:
// readers never wait; writers take turns, batch by batch.
class Store {
 public:
  ~Store();  // commits the batch in progress (see Flush)
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Opens (or creates) the store at `path`, migrating an older schema when
  // writable. Errors: NotFound (no such file, read-only), InvalidArgument
  // (not a Vigie store, or an index that needs a writable open), Unsupported
  // (written by a newer vigie), IoError, Corruption.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});

  // Stores `doc` unless this content of this article is there already.
  // Documents go into the current batch transaction, committed every
  // options.batch_documents documents and by Flush(); each document is all
  // in or all out.
  Result<IngestAction> Ingest(const Document& doc);
  // The same, with `prepared` = Prepare(doc) of this store computed
  // beforehand, possibly on another thread: the ingest job prepares on its
  // workers, so that the thread that writes only runs SQL. (A document
  // prepared by another Store is prepared again.)
  Result<IngestAction> Ingest(const Document& doc, std::shared_ptr<PreparedDocument> prepared);
  // Thread-safe (each thread keeps its own caches). The result belongs to
  // this store: a thread reports each word form once per store, with the
  // first document holding the word that it prepares for that store, so
  // the document must be ingested into this store.
  std::shared_ptr<PreparedDocument> Prepare(const Document& doc) const;
  // Commits the batch in progress.
  Status Flush();
  // Commits, then refreshes the statistics SQLite's query planner reads
  // (ANALYZE over samples of each index: milliseconds), so that filters use
  // the right index; the ingest job calls it once at its end.
  Status Optimize();

  // The stored versions with version_id > `after`, in version_id order, at
  // most `limit`: for re-analysis (vigie ingest --replace).
  struct StoredVersion {
    int64_t version_id = 0;
    Document doc;
  };
  Result<std::vector<StoredVersion>> ReadVersions(int64_t after, int limit);
  // Replaces the analysis layers (and language fields) of a stored version
  // with those of `doc`, whose content must be the stored one (same
  // Fingerprint). In the current batch, as Ingest.
  Status ReplaceLayers(int64_t version_id, const Document& doc);

  // Commits the batch in progress first (its index entries are written at
  // its end).
  Result<std::vector<SearchHit>> Search(const SearchRequest& request);
  Result<StoreStats> Stats(int top = 20);
  // Calls `line` with the contract JSON line of the latest version of every
  // article (every version with `all_versions`), oldest article first,
  // byte for byte as it was ingested; stops early when `line` returns false.
  Status Export(bool all_versions, const std::function<bool(std::string_view)>& line);

  // Reuse detection's state (vigie reuse --db; src/store/reuse_state.cc).
  // The store keeps the bytes; the reuse stage gives them their meaning.
  struct ReuseRow {
    int64_t version_id = 0;
    std::string id;  // the contract id
    std::optional<std::string> url, domain, outlet, published, fetched;
    std::vector<Credit> credits;
    std::string signature;  // as stored; empty when the version has none yet
  };
  // The latest version of every article, in version_id order; stops early
  // when `row` returns false.
  Status ForEachReuseRow(const std::function<bool(ReuseRow&&)>& row);
  // The clean text of a stored version.
  Result<std::string> VersionText(int64_t version_id);
  // Stores (version_id, signature) rows, replacing any, in one transaction.
  Status PutReuseSignatures(const std::vector<std::pair<int64_t, std::string>>& signatures);
  struct ReusePairRow {
    int64_t a_version = 0, b_version = 0;  // a_version < b_version
    std::string pair;
  };
  Status PutReusePairs(const std::vector<ReusePairRow>& pairs);
  // The stored pairs whose two versions are both latest, ordered by
  // b_version, then a_version.
  Status ForEachReusePair(const std::function<bool(ReusePairRow&&)>& pair);
  // A reuse setting as the last run wrote it ("" when none), and setting it.
  Result<std::string> ReuseSetting(std::string_view key);
  Status SetReuseSetting(std::string_view key, std::string_view value);
  // Forgets the stored pairs, and the signatures too with `signatures`.
  Status ClearReuse(bool signatures);

  // PRAGMA integrity_check, the full-text index against the stored texts,
  // and the store's own invariants (every article has its versions, exactly
  // one latest, the index holds the latest versions and nothing else, every
  // version's rows agree with its JSON). Slow: for tests and checks.
  Status Check();

 private:
  Store();
  // Runs `write` in a savepoint of the current batch (begun if needed), so
  // that a failed document leaves nothing behind; commits a full batch.
  template <typename Fn>
  auto InBatch(Fn&& write) -> decltype(write());
  Status RunPrepared(std::unique_ptr<store::Statement>* slot, std::string_view sql);
  Status CheckInvariants();
  Status CheckVersionRows();

  std::unique_ptr<store::FtsWriteState> forms_;  // outlives db_ (declared first)
  std::unique_ptr<store::Db> db_;
  std::unique_ptr<store::Writer> writer_;
  std::unique_ptr<store::Searcher> searcher_;
  std::unique_ptr<store::Statement> savepoint_, release_, rollback_to_;
  StoreOptions options_;
  std::string path_;
  // Unique in the process (never reused, unlike an address): which store a
  // thread's preparation state last reported forms to (prepared.cc).
  const uint64_t id_;
  int pending_ = 0;
  bool in_batch_ = false;
  int64_t batch_started_ms_ = 0;
};

}  // namespace vigie

#endif  // VIGIE_STORE_H_
