// The reuse job. Extraction delivers documents in input order on the
// calling thread; they are gathered in batches of kBatch, signed on other
// threads while extraction goes on, and added to the index in order, their
// texts appended to a spool file (reuse/text_spool.h), so that memory holds
// signatures and metadata, not texts. Matching starts once every input is read: a pair
// needs both articles, and the index must be sealed.
#include <string>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <utility>
#include <vector>

#include "reuse/text_spool.h"
#include "vigie/reuse_job.h"

namespace vigie {

namespace {

constexpr size_t kBatch = 4096;

// A batch of documents: their facts, texts and (once signed) signatures.
struct Batch {
  std::vector<ReuseArticle> articles;
  std::vector<std::string> texts;
  std::vector<ReuseSignature> signatures;
};

// Signs each full batch on a thread of its own while extraction goes on
// with the next one (one batch in flight), then adds it to the index and
// the spool in order, on the calling thread.
class IndexingSink : public ExtractSink {
 public:
  IndexingSink(const ReuseJobOptions& options, ReuseIndex* index, reuse::TextSpool* spool,
               ExtractSink* outer)
      : options_(options), index_(index), spool_(spool), outer_(outer) {}
  ~IndexingSink() override { Finish(); }

  void OnDocument(const Document& doc) override {
    outer_->OnDocument(doc);
    if (!status_.ok()) return;
    if (index_->Find(doc.id) || !pending_ids_.insert(doc.id).second) {
      ++duplicates_;
      return;
    }
    current_.articles.push_back(ReuseArticle::FromDocument(doc));
    current_.texts.push_back(doc.text);
    if (current_.texts.size() >= kBatch) Drain();
  }
  void OnError(std::string_view input, std::string_view error) override {
    outer_->OnError(input, error);
  }
  void OnNotice(std::string_view message) override { outer_->OnNotice(message); }
  void OnRecordRead(std::string_view input) override { outer_->OnRecordRead(input); }

  // Sends the batch in progress to be signed (after the one in flight is
  // indexed).
  void Drain() {
    Finish();
    if (current_.texts.empty() || !status_.ok()) return;
    flight_ = std::move(current_);
    current_ = Batch();
    signing_ = std::thread([this] {
      std::vector<std::string_view> views(flight_.texts.begin(), flight_.texts.end());
      flight_.signatures = SignAll(options_.params, views, options_.extract.jobs);
    });
  }

  // Waits for the batch in flight and indexes it.
  void Finish() {
    if (!signing_.joinable()) return;
    signing_.join();
    for (size_t i = 0; i < flight_.texts.size() && status_.ok(); ++i) {
      pending_ids_.erase(flight_.articles[i].id);
      Result<uint32_t> added =
          index_->Add(std::move(flight_.articles[i]), std::move(flight_.signatures[i]));
      if (!added.ok()) {
        status_ = added.status();
        break;
      }
      status_ = spool_->Append(flight_.texts[i]);
    }
    flight_ = Batch();
  }

  Status status() const { return status_; }
  int64_t duplicates() const { return duplicates_; }

 private:
  const ReuseJobOptions& options_;
  ReuseIndex* index_;
  reuse::TextSpool* spool_;
  ExtractSink* outer_;
  Batch current_, flight_;
  std::thread signing_;
  // Ids of the batches not yet in the index, to catch duplicates there.
  std::unordered_set<std::string> pending_ids_;
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
  indexing.Finish();
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
