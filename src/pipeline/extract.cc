// The extraction job, in parallel with output in input order.
//
// A producer thread expands the paths, reads each input and lets the readers
// cut it into records; every record (or failure) becomes a numbered task.
// Workers turn records into documents; the calling thread writes results in
// task order from a reorder buffer. The task queue is bounded so that a
// large WARC streams through in constant memory, and results that finished
// early wait in the buffer (bounded by the same window) until their turn.
// With one job, everything runs inline on the calling thread: the simplest
// path, and the one the single-core benchmarks measure.
//
// The corpus pass (on by default) needs every document before it can decide
// about any, so the job then runs in two phases. Phase 1 is the job above
// with the analysis layers left out: each document is observed by
// clean::CorpusBoilerplate and kept, with the failures, in an OutcomeSpool
// (memory up to a budget, then a temporary file). Phase 2 replays the spool
// in input order: the filter moves boilerplate paragraphs to `removed`, the
// analysis layers run over the final text (their spans index into it), and
// the sink receives the results. Phase 2 replays and filters on one thread
// and analyses on the worker pool, delivering in input order as phase 1
// does.
//
// A contract document (a JSONL line vigie itself wrote, ingest::Record::
// document) is delivered as it is: neither observed nor filtered by the
// corpus pass, nor analysed again, so that `vigie extract` of its own output
// is the identity and a store's export ingests back unchanged.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include "analyse/analyser.h"
#include "clean/corpus_boilerplate.h"
#include "ingest/input_files.h"
#include "ingest/reader.h"
#include "pipeline/article_processor.h"
#include "pipeline/extract_internal.h"
#include "pipeline/ordered_run.h"
#include "pipeline/outcome_spool.h"
#include "text/language.h"
#include "vigie/extract.h"

namespace vigie {

namespace internal {
namespace {
std::atomic<size_t> corpus_spool_budget{pipeline::OutcomeSpool::kDefaultMemoryBudget};
}  // namespace

void SetCorpusSpoolBudgetForTesting(size_t bytes) { corpus_spool_budget = bytes; }
}  // namespace internal

namespace {

using pipeline::Failure;
using pipeline::Outcome;
using pipeline::RunOrdered;
using Task = std::variant<ingest::Record, Failure>;
// An outcome, and whether it is a contract document read as it is (never
// filtered or analysed again).
struct Processed {
  Outcome outcome;
  bool verbatim = false;
  std::shared_ptr<void> prepared = nullptr;  // ExtractSink::Prepare's, for a document
};
// What a worker does with a task, and what the calling thread does with its
// outcome, in input order.
using RunFn = std::function<Processed(Task)>;
using DeliverFn = std::function<void(Processed)>;

// Collects what the readers report, for one input at a time.
class TaskCollector : public ingest::RecordSink {
 public:
  explicit TaskCollector(std::function<void(Task)> emit) : emit_(std::move(emit)) {}
  void Accept(ingest::Record record) override { emit_(std::move(record)); }
  void Reject(std::string input, std::string error) override {
    emit_(Failure{std::move(input), std::move(error)});
  }
  void Skip(std::string_view) override { ++skipped_; }
  int64_t skipped() const { return skipped_; }

 private:
  std::function<void(Task)> emit_;
  int64_t skipped_ = 0;
};

// Reads every input and hands its tasks to `emit`, in order.
int64_t ProduceTasks(const std::vector<std::string>& paths, const ExtractOptions& options,
                     TaskCollector* collector, const std::function<void(Task)>& emit) {
  int64_t inputs = 0;
  ingest::ExpandInputs(
      paths,
      [&](const std::string& path) {
        ++inputs;
        Result<std::string> bytes = ingest::ReadWholeFile(path);
        if (!bytes.ok()) {
          emit(Failure{path == "-" ? "<stdin>" : path, bytes.status().message()});
          return;
        }
        ingest::ReadInput(path, *bytes, options.format, collector);
      },
      [&](const std::string& path, const std::string& error) {
        emit(Failure{path, error});
      });
  return inputs;
}

// A final document's preparation by the sink (ExtractSink::Prepare), on
// the worker.
void Prepare(const ExtractSink& sink, Processed* p) {
  if (const auto* doc = std::get_if<Document>(&p->outcome)) p->prepared = sink.Prepare(*doc);
}

// `final`: the document will not change (no corpus pass after), so it is
// analysed and prepared here; false in the corpus pass's first phase, whose
// documents are analysed after the filter.
Processed RunTask(const pipeline::ArticleProcessor& processor, bool final, const ExtractSink& sink,
                  Task task) {
  if (auto* failure = std::get_if<Failure>(&task)) return {std::move(*failure)};
  ingest::Record& record = std::get<ingest::Record>(task);
  std::string input = record.input;
  const bool verbatim = record.document.has_value();
  Result<Document> doc = processor.Clean(std::move(record));
  if (!doc.ok()) return {Failure{std::move(input), doc.status().message()}};
  if (final && !verbatim) processor.Analyse(&*doc);
  Processed p{std::move(*doc), verbatim};
  if (final) Prepare(sink, &p);
  return p;
}

void Deliver(Processed p, ExtractSink* sink, ExtractSummary* summary) {
  if (auto* doc = std::get_if<Document>(&p.outcome)) {
    ++summary->articles;
    if (p.prepared != nullptr) {
      sink->OnPreparedDocument(*doc, std::move(p.prepared));
    } else {
      sink->OnDocument(*doc);
    }
  } else {
    const Failure& f = std::get<Failure>(p.outcome);
    ++summary->errors;
    sink->OnError(f.input, f.error);
  }
}

// Reads every input, runs `run` on each task (on `jobs` workers) and calls
// `deliver` on the calling thread with the outcomes in input order. Fills
// summary->inputs and summary->skipped.
void RunJob(const std::vector<std::string>& paths, const ExtractOptions& options, int jobs,
            const RunFn& run_task, const DeliverFn& deliver, ExtractSummary* summary) {
  RunOrdered<Task, Processed>(
      jobs,
      [&](const std::function<void(Task)>& emit) {
        TaskCollector collector(emit);
        summary->inputs = ProduceTasks(paths, options, &collector, emit);
        summary->skipped = collector.skipped();
      },
      run_task, deliver);
}

std::string MiB(size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// Phase 1 observes and spools; phase 2 filters, analyses and delivers.
void RunCorpusJob(const std::vector<std::string>& paths, const ExtractOptions& options, int jobs,
                  const pipeline::ArticleProcessor& processor, ExtractSink* sink,
                  ExtractSummary* summary) {
  clean::CorpusBoilerplate filter;
  const size_t budget = internal::corpus_spool_budget.load();
  pipeline::OutcomeSpool spool(budget);
  std::vector<bool> verbatim;  // by spool position
  RunJob(
      paths, options, jobs,
      [&](Task task) { return RunTask(processor, /*final=*/false, *sink, std::move(task)); },
      [&](Processed p) {
        const auto* doc = std::get_if<Document>(&p.outcome);
        if (doc != nullptr && !p.verbatim) filter.Observe(*doc);
        sink->OnRecordRead(doc != nullptr ? std::string_view(doc->input)
                                          : std::string_view(std::get<Failure>(p.outcome).input));
        verbatim.push_back(p.verbatim);
        spool.Append(std::move(p.outcome));
      },
      summary);
  if (spool.spilled() > 0) {
    sink->OnNotice("corpus boilerplate pass: " + std::to_string(spool.spilled()) + " of " +
                   std::to_string(spool.size()) + " results held in a temporary file (over " +
                   MiB(budget) + " in memory)");
  }
  if (!spool.spill_status().ok()) {
    sink->OnNotice("corpus boilerplate pass: no temporary file (" +
                   spool.spill_status().message() + "); results held in memory");
  }
  // Phase 2: the filter (one thread: it is not thread-safe, and cheap) as
  // the spool is replayed, the analysis on the workers, delivery in order.
  int64_t moved = 0, changed = 0;
  size_t position = 0;
  RunOrdered<Processed, Processed>(
      jobs,
      [&](const std::function<void(Processed)>& emit) {
        spool.Replay([&](Outcome outcome) {
          const bool as_is = position < verbatim.size() && verbatim[position];
          ++position;
          if (auto* doc = std::get_if<Document>(&outcome); doc != nullptr && !as_is) {
            int n = filter.Apply(doc);
            moved += n;
            changed += n > 0 ? 1 : 0;
          }
          emit(Processed{std::move(outcome), as_is});
        });
      },
      [&](Processed p) {
        auto* doc = std::get_if<Document>(&p.outcome);
        if (doc != nullptr && !p.verbatim) processor.Analyse(doc);
        Prepare(*sink, &p);
        return p;
      },
      [&](Processed p) { Deliver(std::move(p), sink, summary); });
  if (moved > 0) {
    sink->OnNotice("corpus boilerplate pass: " + std::to_string(moved) +
                   " repeated paragraphs moved to removed in " + std::to_string(changed) +
                   " documents");
  }
}

}  // namespace

ExtractSummary Extract(const std::vector<std::string>& paths, const ExtractOptions& options,
                       ExtractSink* sink) {
  ExtractSummary summary;
  std::unique_ptr<text::LanguageIdentifier> language_id;
  std::string model =
      options.lid_model.empty() ? text::DefaultLanguageModelPath() : options.lid_model;
  if (auto loaded = text::LanguageIdentifier::Load(model); loaded.ok()) {
    language_id = std::move(*loaded);
  } else {
    sink->OnNotice("language identification off: " + loaded.status().message() +
                   " (run scripts/setup, or set VIGIE_LID_MODEL)");
  }
  std::unique_ptr<analyse::Analyser> analyser;
  if (options.analyse) {
    if (auto loaded = pipeline::LoadAnalyser(options); loaded.ok()) {
      analyser = std::move(*loaded);
    } else {
      sink->OnNotice("analysis off: " + loaded.status().message());
    }
  }
  const pipeline::ArticleProcessor processor(options, language_id.get(), analyser.get());

  int jobs = options.jobs > 0 ? options.jobs
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (options.corpus_boilerplate) {
    RunCorpusJob(paths, options, jobs, processor, sink, &summary);
    return summary;
  }
  RunJob(
      paths, options, jobs,
      [&](Task task) { return RunTask(processor, /*final=*/true, *sink, std::move(task)); },
      [&](Processed p) { Deliver(std::move(p), sink, &summary); }, &summary);
  return summary;
}

}  // namespace vigie
