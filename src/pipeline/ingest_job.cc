// The ingest job and the store's re-analysis.
#include <algorithm>
#include <memory>
#include <thread>
#include <utility>

#include "analyse/analyser.h"
#include "pipeline/article_processor.h"
#include "pipeline/ordered_run.h"
#include "vigie/ingest.h"

namespace vigie {
namespace {

// Versions read, analysed and written per round of re-analysis.
constexpr int kReanalyseChunk = 256;

// Stores what extraction delivers, in order, on the calling thread.
class StoringSink : public ExtractSink {
 public:
  StoringSink(Store* store, IngestSink* sink, IngestSummary* summary)
      : store_(store), sink_(sink), summary_(summary) {}

  void OnDocument(const Document& doc) override { OnPreparedDocument(doc, nullptr); }
  std::shared_ptr<void> Prepare(const Document& doc) const override {
    return store_->Prepare(doc);
  }
  void OnPreparedDocument(const Document& doc, std::shared_ptr<void> prepared) override {
    Result<IngestAction> action =
        store_->Ingest(doc, std::static_pointer_cast<PreparedDocument>(std::move(prepared)));
    if (!action.ok()) {
      ++summary_->failed;
      sink_->OnError(doc.input, "cannot store: " + action.status().message());
      return;
    }
    switch (*action) {
      case IngestAction::kAdded: ++summary_->added; break;
      case IngestAction::kNewVersion: ++summary_->new_versions; break;
      case IngestAction::kAlreadyStored: ++summary_->already_stored; break;
    }
    sink_->OnStored(doc, *action);
  }
  void OnError(std::string_view input, std::string_view error) override {
    ++summary_->failed;
    sink_->OnError(input, error);
  }
  void OnNotice(std::string_view message) override { sink_->OnNotice(message); }
  void OnRecordRead(std::string_view input) override { sink_->OnRecordRead(input); }

 private:
  Store* store_;
  IngestSink* sink_;
  IngestSummary* summary_;
};

}  // namespace

IngestSummary IngestPaths(const std::vector<std::string>& paths, const ExtractOptions& options,
                          Store* store, IngestSink* sink) {
  IngestSummary summary;
  StoringSink storing(store, sink, &summary);
  ExtractSummary extracted = Extract(paths, options, &storing);
  summary.inputs = extracted.inputs;
  summary.articles = extracted.articles;
  summary.skipped = extracted.skipped;
  if (Status st = store->Flush(); !st.ok()) {
    ++summary.failed;
    sink->OnError("<store>", "cannot commit the last batch: " + st.message() +
                                 " (run the same command again to store it)");
  } else if (summary.added + summary.new_versions > 0) {
    if (Status opt = store->Optimize(); !opt.ok()) {
      sink->OnNotice("query planner statistics not refreshed: " + opt.message());
    }
  }
  return summary;
}

ReanalyseSummary ReanalyseStore(const ExtractOptions& options, Store* store, IngestSink* sink) {
  ReanalyseSummary summary;
  Result<std::unique_ptr<analyse::Analyser>> analyser = pipeline::LoadAnalyser(options);
  if (!analyser.ok()) {
    ++summary.failed;
    sink->OnError("<store>", "cannot re-analyse: " + analyser.status().message());
    return summary;
  }
  const int jobs = options.jobs > 0
                       ? options.jobs
                       : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  using Version = Store::StoredVersion;
  for (int64_t after = 0;;) {
    Result<std::vector<Version>> chunk = store->ReadVersions(after, kReanalyseChunk);
    if (!chunk.ok()) {
      ++summary.failed;
      sink->OnError("<store>", "cannot read stored versions: " + chunk.status().message());
      break;
    }
    if (chunk->empty()) break;
    after = chunk->back().version_id;
    summary.versions += static_cast<int64_t>(chunk->size());
    pipeline::RunOrdered<Version, Version>(
        jobs,
        [&](const std::function<void(Version)>& emit) {
          for (Version& v : *chunk) emit(std::move(v));
        },
        [&](Version v) {
          (*analyser)->Analyse(&v.doc);
          return v;
        },
        [&](Version v) {
          if (Status st = store->ReplaceLayers(v.version_id, v.doc); !st.ok()) {
            ++summary.failed;
            sink->OnError(v.doc.input, "cannot replace the layers: " + st.message());
            return;
          }
          ++summary.replaced;
          sink->OnStored(v.doc, IngestAction::kAlreadyStored);
        });
  }
  if (Status st = store->Flush(); !st.ok()) {
    ++summary.failed;
    sink->OnError("<store>", "cannot commit the last batch: " + st.message());
  }
  return summary;
}

}  // namespace vigie
