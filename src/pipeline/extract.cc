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
#include <algorithm>
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

#include "ingest/input_files.h"
#include "ingest/reader.h"
#include "pipeline/article_processor.h"
#include "text/language.h"
#include "vigie/extract.h"

namespace vigie {
namespace {

struct Failure {
  std::string input;
  std::string error;
};

using Task = std::variant<ingest::Record, Failure>;
using Outcome = std::variant<Document, Failure>;

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

Outcome RunTask(const pipeline::ArticleProcessor& processor, Task task) {
  if (auto* failure = std::get_if<Failure>(&task)) return std::move(*failure);
  std::string input = std::get<ingest::Record>(task).input;
  Result<Document> doc = processor.Process(std::move(std::get<ingest::Record>(task)));
  if (!doc.ok()) return Failure{std::move(input), doc.status().message()};
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

// Bounded multi-producer, multi-consumer pipeline state.
class ParallelRun {
 public:
  ParallelRun(size_t window) : window_(window) {}

  // Producer: blocks while `window_` tasks are in flight.
  void Push(Task task) {
    std::unique_lock lock(mu_);
    space_.wait(lock, [&] { return next_seq_ - written_ < window_; });
    queue_.emplace_back(next_seq_++, std::move(task));
    work_.notify_one();
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    work_.notify_all();
    done_.notify_all();
  }
  // Worker: next task, or nullopt when the producer is finished.
  std::optional<std::pair<uint64_t, Task>> Pop() {
    std::unique_lock lock(mu_);
    work_.wait(lock, [&] { return !queue_.empty() || closed_; });
    if (queue_.empty()) return std::nullopt;
    auto item = std::move(queue_.front());
    queue_.pop_front();
    return item;
  }
  void Finish(uint64_t seq, Outcome outcome) {
    std::lock_guard lock(mu_);
    ready_.emplace(seq, std::move(outcome));
    done_.notify_all();
  }
  // Writer: the next outcome in order, or nullopt when all are written.
  std::optional<Outcome> NextInOrder() {
    std::unique_lock lock(mu_);
    done_.wait(lock, [&] {
      return ready_.count(written_) > 0 || (closed_ && written_ == next_seq_);
    });
    auto it = ready_.find(written_);
    if (it == ready_.end()) return std::nullopt;
    Outcome out = std::move(it->second);
    ready_.erase(it);
    ++written_;
    space_.notify_all();
    return out;
  }

 private:
  const size_t window_;
  std::mutex mu_;
  std::condition_variable work_, done_, space_;
  std::deque<std::pair<uint64_t, Task>> queue_;
  std::map<uint64_t, Outcome> ready_;
  uint64_t next_seq_ = 0;
  uint64_t written_ = 0;
  bool closed_ = false;
};

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
  const pipeline::ArticleProcessor processor(options, language_id.get());

  int jobs = options.jobs > 0 ? options.jobs
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (jobs == 1) {
    auto emit = [&](Task task) { Deliver(RunTask(processor, std::move(task)), sink, &summary); };
    TaskCollector collector(emit);
    summary.inputs = ProduceTasks(paths, options, &collector, emit);
    summary.skipped = collector.skipped();
    return summary;
  }

  ParallelRun run(static_cast<size_t>(jobs) * 8);
  TaskCollector collector([&](Task task) { run.Push(std::move(task)); });
  int64_t inputs = 0;
  std::thread producer([&] {
    inputs = ProduceTasks(paths, options, &collector, [&](Task task) { run.Push(std::move(task)); });
    run.Close();
  });
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      while (auto item = run.Pop()) run.Finish(item->first, RunTask(processor, std::move(item->second)));
    });
  }
  while (auto outcome = run.NextInOrder()) Deliver(std::move(*outcome), sink, &summary);
  producer.join();
  for (std::thread& w : workers) w.join();
  summary.inputs = inputs;
  summary.skipped = collector.skipped();
  return summary;
}

}  // namespace vigie
