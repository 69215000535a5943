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
using Task = std::variant<ingest::Record, Failure>;
// What a worker does with a task, and what the calling thread does with its
// outcome, in input order.
using RunFn = std::function<Outcome(Task)>;
using DeliverFn = std::function<void(Outcome)>;

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

// `analyse`: false in the corpus pass's first phase, whose documents are
// analysed after the filter.
Outcome RunTask(const pipeline::ArticleProcessor& processor, bool analyse, Task task) {
  if (auto* failure = std::get_if<Failure>(&task)) return std::move(*failure);
  std::string input = std::get<ingest::Record>(task).input;
  Result<Document> doc = processor.Clean(std::move(std::get<ingest::Record>(task)));
  if (!doc.ok()) return Failure{std::move(input), doc.status().message()};
  if (analyse) processor.Analyse(&*doc);
  return std::move(*doc);
}

void Deliver(Outcome outcome, ExtractSink* sink, ExtractSummary* summary) {
  if (auto* doc = std::get_if<Document>(&outcome)) {
    ++summary->articles;
    sink->OnDocument(*doc);
  } else {
    const Failure& f = std::get<Failure>(outcome);
    ++summary->errors;
    sink->OnError(f.input, f.error);
  }
}

// Bounded multi-producer, multi-consumer pipeline state: inputs numbered in
// the order they are pushed, outputs handed back in that order.
template <typename In, typename Out>
class ParallelRun {
 public:
  explicit ParallelRun(size_t window) : window_(window) {}

  // Producer: blocks while `window_` items are in flight.
  void Push(In item) {
    std::unique_lock lock(mu_);
    space_.wait(lock, [&] { return next_seq_ - written_ < window_; });
    queue_.emplace_back(next_seq_++, std::move(item));
    work_.notify_one();
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    work_.notify_all();
    done_.notify_all();
  }
  // Worker: next item, or nullopt when the producer is finished.
  std::optional<std::pair<uint64_t, In>> Pop() {
    std::unique_lock lock(mu_);
    work_.wait(lock, [&] { return !queue_.empty() || closed_; });
    if (queue_.empty()) return std::nullopt;
    auto item = std::move(queue_.front());
    queue_.pop_front();
    return item;
  }
  void Finish(uint64_t seq, Out out) {
    std::lock_guard lock(mu_);
    ready_.emplace(seq, std::move(out));
    done_.notify_all();
  }
  // Writer: the next output in order, or nullopt when all are written.
  std::optional<Out> NextInOrder() {
    std::unique_lock lock(mu_);
    done_.wait(lock, [&] {
      return ready_.count(written_) > 0 || (closed_ && written_ == next_seq_);
    });
    auto it = ready_.find(written_);
    if (it == ready_.end()) return std::nullopt;
    Out out = std::move(it->second);
    ready_.erase(it);
    ++written_;
    space_.notify_all();
    return out;
  }

 private:
  const size_t window_;
  std::mutex mu_;
  std::condition_variable work_, done_, space_;
  std::deque<std::pair<uint64_t, In>> queue_;
  std::map<uint64_t, Out> ready_;
  uint64_t next_seq_ = 0;
  uint64_t written_ = 0;
  bool closed_ = false;
};

// Runs `work` on every item `produce` emits, on `jobs` workers, and calls
// `deliver` on the calling thread with the results in emission order.
// `produce` runs on a thread of its own (inline when jobs == 1).
template <typename In, typename Out>
void RunOrdered(int jobs, const std::function<void(const std::function<void(In)>&)>& produce,
                const std::function<Out(In)>& work, const std::function<void(Out)>& deliver) {
  if (jobs == 1) {
    produce([&](In item) { deliver(work(std::move(item))); });
    return;
  }
  ParallelRun<In, Out> run(static_cast<size_t>(jobs) * 8);
  std::thread producer([&] {
    produce([&](In item) { run.Push(std::move(item)); });
    run.Close();
  });
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      while (auto item = run.Pop()) run.Finish(item->first, work(std::move(item->second)));
    });
  }
  while (auto out = run.NextInOrder()) deliver(std::move(*out));
  producer.join();
  for (std::thread& w : workers) w.join();
}

// Reads every input, runs `run` on each task (on `jobs` workers) and calls
// `deliver` on the calling thread with the outcomes in input order. Fills
// summary->inputs and summary->skipped.
void RunJob(const std::vector<std::string>& paths, const ExtractOptions& options, int jobs,
            const RunFn& run_task, const DeliverFn& deliver, ExtractSummary* summary) {
  RunOrdered<Task, Outcome>(
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
  RunJob(
      paths, options, jobs,
      [&](Task task) { return RunTask(processor, /*analyse=*/false, std::move(task)); },
      [&](Outcome outcome) {
        if (const auto* doc = std::get_if<Document>(&outcome)) filter.Observe(*doc);
        spool.Append(std::move(outcome));
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
  RunOrdered<Outcome, Outcome>(
      jobs,
      [&](const std::function<void(Outcome)>& emit) {
        spool.Replay([&](Outcome outcome) {
          if (auto* doc = std::get_if<Document>(&outcome)) {
            int n = filter.Apply(doc);
            moved += n;
            changed += n > 0 ? 1 : 0;
          }
          emit(std::move(outcome));
        });
      },
      [&](Outcome outcome) {
        if (auto* doc = std::get_if<Document>(&outcome)) processor.Analyse(doc);
        return outcome;
      },
      [&](Outcome outcome) { Deliver(std::move(outcome), sink, summary); });
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
    analyse::AnalyserOptions analyser_options;
    analyser_options.data_dir = options.data_dir;
    analyser_options.geo_dir = options.geo_dir;
    analyser_options.lexicon_dirs = options.lexicon_dirs;
    if (auto loaded = analyse::Analyser::Load(analyser_options); loaded.ok()) {
      analyser = std::move(*loaded);
    } else {
      const bool missing = loaded.status().code() == Status::Code::kNotFound;
      sink->OnNotice("analysis off: " + loaded.status().message() +
                     (missing ? " (run scripts/setup; set --data-dir or VIGIE_DATA_DIR, --geo-dir "
                                "or VIGIE_GEO_DIR)"
                              : ""));
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
      [&](Task task) { return RunTask(processor, /*analyse=*/true, std::move(task)); },
      [&](Outcome outcome) { Deliver(std::move(outcome), sink, &summary); }, &summary);
  return summary;
}

}  // namespace vigie
