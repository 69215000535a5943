// RunOrdered: a bounded parallel map with output in input order, shared by
// the extraction job and the store's re-analysis. A producer emits items on
// a thread of its own, `jobs` workers transform them, and the calling thread
// receives the results in emission order from a reorder buffer; at most 16
// items per worker are in flight, so memory stays bounded whatever the input.
#ifndef VIGIE_PIPELINE_ORDERED_RUN_H_
#define VIGIE_PIPELINE_ORDERED_RUN_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace vigie::pipeline {

// Bounded multi-producer, multi-consumer pipeline state: inputs numbered in
// the order they are pushed, outputs handed back in that order.
template <typename In, typename Out>
class ParallelRun {
 public:
  explicit ParallelRun(size_t window) : window_(window) {}

  // Producer: blocks while `window_` items are in flight.
  void Push(In item) {
    std::unique_lock lock(mu_);
    if (next_seq_ - written_ >= window_) {
      ++producer_waiting_;
      space_.wait(lock, [&] { return next_seq_ - written_ < window_; });
      --producer_waiting_;
    }
    queue_.emplace_back(next_seq_++, std::move(item));
    if (idle_workers_ > 0) work_.notify_one();
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
    if (queue_.empty() && !closed_) {
      ++idle_workers_;
      work_.wait(lock, [&] { return !queue_.empty() || closed_; });
      --idle_workers_;
    }
    if (queue_.empty()) return std::nullopt;
    auto item = std::move(queue_.front());
    queue_.pop_front();
    return item;
  }
  void Finish(uint64_t seq, Out out) {
    std::lock_guard lock(mu_);
    ready_.emplace(seq, std::move(out));
    // The writer waits for the next output in order, and for nothing else.
    if (seq == written_) done_.notify_one();
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
    if (producer_waiting_ > 0) space_.notify_one();
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
  // Threads waiting, so that a change wakes only a thread that needs it:
  // with more threads than cores, each needless wake-up is a context switch.
  int producer_waiting_ = 0;
  int idle_workers_ = 0;
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
  ParallelRun<In, Out> run(static_cast<size_t>(jobs) * 16);
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

}  // namespace vigie::pipeline

#endif  // VIGIE_PIPELINE_ORDERED_RUN_H_
