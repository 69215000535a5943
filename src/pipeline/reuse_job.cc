// The reuse job. Extraction delivers documents in input order on the
// calling thread; they are gathered in batches of kBatch, signed on the
// worker threads, and added to the index in order, their texts appended to
// a spool file (reuse/text_spool.h), so that memory holds signatures and
// metadata, not texts. Matching starts once every input is read: a pair
// needs both articles, and the index must be sealed.
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "reuse/text_spool.h"
#include "vigie/reuse_job.h"

namespace vigie {

namespace {

constexpr size_t kBatch = 4096;

class IndexingSink : public ExtractSink {
 public:
  IndexingSink(const ReuseJobOptions& options, ReuseIndex* index, reuse::TextSpool* spool,
               ExtractSink* outer)
      : options_(options), index_(index), spool_(spool), outer_(outer) {}

  void OnDocument(const Document& doc) override {
    outer_->OnDocument(doc);
    if (!status_.ok()) return;
    if (index_->Find(doc.id) || !batch_ids_.insert(doc.id).second) {
      ++duplicates_;
      return;
    }
    articles_.push_back(ReuseArticle::FromDocument(doc));
    texts_.push_back(doc.text);
    if (texts_.size() >= kBatch) Drain();
  }
  void OnError(std::string_view input, std::string_view error) override {
    outer_->OnError(input, error);
  }
  void OnNotice(std::string_view message) override { outer_->OnNotice(message); }
  void OnRecordRead(std::string_view input) override { outer_->OnRecordRead(input); }

  // Signs and indexes the batch in progress.
  void Drain() {
    if (texts_.empty() || !status_.ok()) return;
    std::vector<std::string_view> views(texts_.begin(), texts_.end());
    std::vector<ReuseSignature> sigs = SignAll(options_.params, views, options_.extract.jobs);
    for (size_t i = 0; i < texts_.size() && status_.ok(); ++i) {
      Result<uint32_t> added = index_->Add(std::move(articles_[i]), std::move(sigs[i]));
      if (!added.ok()) {
        status_ = added.status();
        break;
      }
      status_ = spool_->Append(texts_[i]);
    }
    articles_.clear();
    texts_.clear();
    batch_ids_.clear();
  }

  Status status() const { return status_; }
  int64_t duplicates() const { return duplicates_; }

 private:
  const ReuseJobOptions& options_;
  ReuseIndex* index_;
  reuse::TextSpool* spool_;
  ExtractSink* outer_;
  std::vector<ReuseArticle> articles_;
  std::vector<std::string> texts_;
  std::unordered_set<std::string> batch_ids_;
  Status status_;
  int64_t duplicates_ = 0;
};

}  // namespace

Result<ReuseJobResult> RunReuseJob(const std::vector<std::string>& paths,
                                   const ReuseJobOptions& options, ExtractSink* sink) {
  if (Status s = options.params.Validate(); !s.ok()) return s;
  if (Status s = options.thresholds.Validate(); !s.ok()) return s;
  Result<std::unique_ptr<reuse::TextSpool>> spool = reuse::TextSpool::Create();
  if (!spool.ok()) return spool.status();
  ReuseJobResult result;
  result.index = ReuseIndex(options.params);
  IndexingSink indexing(options, &result.index, spool->get(), sink);
  result.summary = Extract(paths, options.extract, &indexing);
  indexing.Drain();
  if (!indexing.status().ok()) return indexing.status();
  if (Status s = (*spool)->Flush(); !s.ok()) return s;
  result.duplicates = indexing.duplicates();
  result.index.Seal();
  result.texts = std::move(*spool);
  Status matched = FindPairs(result.index, *result.texts, options.thresholds, 0,
                             options.extract.jobs, &result.pairs);
  if (!matched.ok()) return matched;
  return result;
}

}  // namespace vigie
