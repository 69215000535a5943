// The reuse job over a store (vigie reuse --db). Order is the store's:
// articles are numbered by the version_id of their latest version, which
// grows with ingestion, so the versions ingested since the last run come
// last, and matching them against the index (FindPairs from the first of
// them) is the incremental run: the same pairs a run over the whole store
// would find (ReuseIndex::Candidates depends only on the articles before),
// with the stored pairs of the others read back instead of verified again.
// A version re-ingested with new content becomes a new latest version: it
// is signed and matched as new, and its old version's rows are skipped.
#include <algorithm>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "vigie/reuse_job.h"
#include "vigie/store.h"

namespace vigie {

namespace {

constexpr size_t kBatch = 4096;

std::string ParamsSetting(const ReuseParams& p) {
  return "shingle_words=" + std::to_string(p.shingle_words) +
         " fingerprint_words=" + std::to_string(p.fingerprint_words) +
         " winnow_window=" + std::to_string(p.winnow_window) +
         " minhash_bands=" + std::to_string(p.minhash_bands) +
         " minhash_rows=" + std::to_string(p.minhash_rows) +
         " max_postings=" + std::to_string(p.max_postings) + " seed=" + std::to_string(p.seed);
}

std::string ThresholdsSetting(const ReuseThresholds& t) {
  return "min_containment=" + std::to_string(t.min_containment) +
         " min_coverage=" + std::to_string(t.min_coverage) +
         " min_jaccard=" + std::to_string(t.min_jaccard) +
         " min_shared=" + std::to_string(t.min_shared) +
         " min_shared_fingerprints=" + std::to_string(t.min_shared_fingerprints) +
         " min_fingerprint_share=" + std::to_string(t.min_fingerprint_share) +
         " min_passage_words=" + std::to_string(t.min_passage_words);
}

// Texts by article number, read from the store on demand. The store is one
// SQLite connection: reads take turns.
class StoreTexts : public TextSource {
 public:
  explicit StoreTexts(std::unique_ptr<Store> store) : store_(std::move(store)) {}
  Result<std::string> Text(uint32_t doc) const override {
    std::lock_guard<std::mutex> lock(mu_);
    return store_->VersionText(versions_[doc]);
  }
  Store* store() { return store_.get(); }
  std::vector<int64_t>& versions() { return versions_; }
  // The number of a version, if it is in the index.
  std::optional<uint32_t> Number(int64_t version) const {
    auto it = std::lower_bound(versions_.begin(), versions_.end(), version);
    if (it == versions_.end() || *it != version) return std::nullopt;
    return static_cast<uint32_t>(it - versions_.begin());
  }

 private:
  std::unique_ptr<Store> store_;
  std::vector<int64_t> versions_;  // by article number, increasing
  mutable std::mutex mu_;
};

// Rows waiting to be added in order; those without a signature are signed
// first, all of a batch together.
class Indexer {
 public:
  Indexer(const ReuseJobOptions& o, ReuseIndex* index, StoreTexts* texts)
      : options_(o), index_(index), texts_(texts) {}

  Status Take(Store::ReuseRow&& row) {
    Pending p;
    p.version = row.version_id;
    p.article.id = std::move(row.id);
    p.article.url = std::move(row.url);
    p.article.domain = std::move(row.domain);
    p.article.outlet = std::move(row.outlet);
    p.article.published = std::move(row.published);
    p.article.fetched = std::move(row.fetched);
    p.article.credits = std::move(row.credits);
    if (!row.signature.empty()) {
      Result<ReuseSignature> sig = ReuseSignature::Parse(row.signature);
      if (sig.ok()) p.signature = std::move(*sig);  // else: signed again
      p.signed_before = sig.ok();
    }
    if (!p.signed_before) {
      Result<std::string> text = texts_->store()->VersionText(p.version);
      if (!text.ok()) return text.status();
      p.text = std::move(*text);
      ++unsigned_;
    }
    pending_.push_back(std::move(p));
    return unsigned_ >= kBatch ? Drain() : Status::Ok();
  }

  Status Drain() {
    std::vector<std::string_view> views;
    std::vector<size_t> which;
    for (size_t i = 0; i < pending_.size(); ++i) {
      if (pending_[i].signed_before) continue;
      views.push_back(pending_[i].text);
      which.push_back(i);
    }
    std::vector<ReuseSignature> sigs = SignAll(options_.params, views, options_.extract.jobs);
    for (size_t k = 0; k < which.size(); ++k) pending_[which[k]].signature = std::move(sigs[k]);
    for (Pending& p : pending_) {
      if (!p.signed_before) new_signatures_.emplace_back(p.version, p.signature.Serialize());
      if (index_->Find(p.article.id)) {
        ++duplicates_;
        continue;
      }
      Result<uint32_t> added = index_->Add(std::move(p.article), std::move(p.signature));
      if (!added.ok()) return added.status();
      if (!p.signed_before && !first_new_) first_new_ = *added;
      texts_->versions().push_back(p.version);
    }
    pending_.clear();
    unsigned_ = 0;
    return Status::Ok();
  }

  std::vector<std::pair<int64_t, std::string>>& new_signatures() { return new_signatures_; }
  std::optional<uint32_t> first_new() const { return first_new_; }
  int64_t duplicates() const { return duplicates_; }

 private:
  struct Pending {
    int64_t version = 0;
    ReuseArticle article;
    ReuseSignature signature;
    bool signed_before = false;
    std::string text;
  };
  const ReuseJobOptions& options_;
  ReuseIndex* index_;
  StoreTexts* texts_;
  std::vector<Pending> pending_;
  size_t unsigned_ = 0;
  std::vector<std::pair<int64_t, std::string>> new_signatures_;
  std::optional<uint32_t> first_new_;
  int64_t duplicates_ = 0;
};

// Clears what the settings of this run make stale; says what.
Result<std::string> Reconcile(Store* store, const ReuseJobOptions& options) {
  Result<std::string> params = store->ReuseSetting("reuse_params");
  if (!params.ok()) return params.status();
  Result<std::string> thresholds = store->ReuseSetting("reuse_thresholds");
  if (!thresholds.ok()) return thresholds.status();
  std::string recomputed;
  if (*params != ParamsSetting(options.params)) {
    VIGIE_RETURN_IF_ERROR(store->ClearReuse(/*signatures=*/true));
    recomputed = params->empty() ? "" : "signatures";
  } else if (*thresholds != ThresholdsSetting(options.thresholds)) {
    VIGIE_RETURN_IF_ERROR(store->ClearReuse(/*signatures=*/false));
    recomputed = "pairs";
  }
  return recomputed;
}

// Indexes the latest versions, signing those without a signature and
// storing their signatures; returns the number of the first article signed
// now (the index's size when none).
Result<uint32_t> IndexStore(const ReuseJobOptions& options, StoreTexts* texts,
                            ReuseJobResult* result) {
  Store* store = texts->store();
  Indexer indexer(options, &result->index, texts);
  Status taken;
  VIGIE_RETURN_IF_ERROR(store->ForEachReuseRow([&](Store::ReuseRow&& row) {
    taken = indexer.Take(std::move(row));
    return taken.ok();
  }));
  VIGIE_RETURN_IF_ERROR(taken);
  VIGIE_RETURN_IF_ERROR(indexer.Drain());
  result->index.Seal();
  result->duplicates = indexer.duplicates();
  result->signed_now = static_cast<int64_t>(indexer.new_signatures().size());
  result->summary.articles = result->index.size();
  VIGIE_RETURN_IF_ERROR(store->PutReuseSignatures(indexer.new_signatures()));
  VIGIE_RETURN_IF_ERROR(store->SetReuseSetting("reuse_params", ParamsSetting(options.params)));
  return indexer.first_new().value_or(result->index.size());
}

// Verifies the pairs of the articles from `first` on and stores them.
Status VerifyNew(const ReuseJobOptions& options, uint32_t first, StoreTexts* texts,
                 const ReuseIndex& index, std::vector<ReusePair>* fresh) {
  VIGIE_RETURN_IF_ERROR(
      FindPairs(index, *texts, options.thresholds, first, options.extract.jobs, fresh));
  std::vector<Store::ReusePairRow> rows;
  for (const ReusePair& p : *fresh) {
    rows.push_back(Store::ReusePairRow{texts->versions()[p.a], texts->versions()[p.b],
                                       SerializeReusePair(p)});
  }
  VIGIE_RETURN_IF_ERROR(texts->store()->PutReusePairs(rows));
  return texts->store()->SetReuseSetting("reuse_thresholds",
                                         ThresholdsSetting(options.thresholds));
}

// The stored pairs of articles before `first`.
Status ReadStoredPairs(StoreTexts* texts, uint32_t first, std::vector<ReusePair>* out) {
  Status parsed;
  VIGIE_RETURN_IF_ERROR(texts->store()->ForEachReusePair([&](Store::ReusePairRow&& row) {
    std::optional<uint32_t> a = texts->Number(row.a_version), b = texts->Number(row.b_version);
    if (!a || !b || *b >= first) return true;  // not indexed (a duplicate id), or verified now
    Result<ReusePair> pair = ParseReusePair(row.pair, *a, *b);
    if (!pair.ok()) {
      parsed = pair.status();
      return false;
    }
    out->push_back(std::move(*pair));
    return true;
  }));
  return parsed;
}

}  // namespace

Result<ReuseJobResult> RunStoreReuseJob(const std::string& db_path,
                                        const ReuseJobOptions& options) {
  VIGIE_RETURN_IF_ERROR(options.params.Validate());
  VIGIE_RETURN_IF_ERROR(options.thresholds.Validate());
  StoreOptions store_options;
  store_options.create_if_missing = false;
  Result<std::unique_ptr<Store>> opened = Store::Open(db_path, store_options);
  if (!opened.ok()) return opened.status();
  auto texts = std::make_unique<StoreTexts>(std::move(*opened));
  ReuseJobResult result;
  result.index = ReuseIndex(options.params);
  Result<std::string> recomputed = Reconcile(texts->store(), options);
  if (!recomputed.ok()) return recomputed.status();
  result.recomputed = *recomputed;
  Result<uint32_t> first_new = IndexStore(options, texts.get(), &result);
  if (!first_new.ok()) return first_new.status();
  // New thresholds: every pair is verified again, from the stored signatures.
  const uint32_t first = result.recomputed == "pairs" ? 0 : *first_new;
  std::vector<ReusePair> fresh;
  VIGIE_RETURN_IF_ERROR(VerifyNew(options, first, texts.get(), result.index, &fresh));
  result.verified_now = static_cast<int64_t>(fresh.size());
  VIGIE_RETURN_IF_ERROR(ReadStoredPairs(texts.get(), first, &result.pairs));
  result.pairs.insert(result.pairs.end(), std::make_move_iterator(fresh.begin()),
                      std::make_move_iterator(fresh.end()));
  std::stable_sort(result.pairs.begin(), result.pairs.end(),
                   [](const ReusePair& x, const ReusePair& y) {
                     return x.b != y.b ? x.b < y.b : x.a < y.a;
                   });
  result.texts = std::move(texts);
  return result;
}

}  // namespace vigie
