// Signing and matching on several threads. Work is handed out in small
// chunks from an atomic counter (articles differ in length, copies
// cluster), and results land in per-article slots, so that the output is
// the same whatever the number of threads.
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "vigie/reuse.h"

namespace vigie {

namespace {

int Threads(int jobs, size_t work) {
  int n = jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return static_cast<int>(std::min<size_t>(static_cast<size_t>(n), std::max<size_t>(1, work)));
}

// Runs fn(thread, begin, end) over [0, count) in chunks, on `threads`
// threads numbered 0.. (the calling one is 0).
template <typename Fn>
void ParallelChunks(size_t count, size_t chunk, int threads, Fn&& fn) {
  std::atomic<size_t> next{0};
  auto work = [&](int thread) {
    for (;;) {
      const size_t begin = next.fetch_add(chunk);
      if (begin >= count) return;
      fn(thread, begin, std::min(count, begin + chunk));
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& t : pool) t.join();
}

}  // namespace

std::vector<ReuseSignature> SignAll(const ReuseParams& params,
                                    std::span<const std::string_view> texts, int jobs) {
  std::vector<ReuseSignature> out(texts.size());
  const int threads = Threads(jobs, texts.size() / 16);
  std::vector<std::unique_ptr<ReuseSigner>> signers;
  for (int t = 0; t < threads; ++t) signers.push_back(std::make_unique<ReuseSigner>(params));
  ParallelChunks(texts.size(), 16, threads, [&](int thread, size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) out[i] = signers[thread]->Sign(texts[i]);
  });
  return out;
}

Status FindPairs(const ReuseIndex& index, const TextSource& texts,
                 const ReuseThresholds& thresholds, uint32_t first, int jobs,
                 std::vector<ReusePair>* out) {
  out->clear();
  if (first >= index.size()) return Status::Ok();
  const size_t count = index.size() - first;
  std::vector<std::vector<ReusePair>> slots(count);
  const int threads = Threads(jobs, count / 64);
  std::mutex mu;
  Status first_error;
  std::vector<std::unique_ptr<ReuseMatcher>> matchers;
  for (int t = 0; t < threads; ++t) {
    matchers.push_back(std::make_unique<ReuseMatcher>(&index, &texts, thresholds));
  }
  ParallelChunks(count, 64, threads, [&](int thread, size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      Status s = matchers[thread]->PairsOf(static_cast<uint32_t>(first + i), &slots[i]);
      if (!s.ok()) {
        std::lock_guard<std::mutex> lock(mu);
        if (first_error.ok()) first_error = s;
      }
    }
  });
  size_t total = 0;
  for (const auto& s : slots) total += s.size();
  out->reserve(total);
  for (auto& s : slots) {
    for (ReusePair& p : s) out->push_back(std::move(p));
  }
  return first_error;
}

}  // namespace vigie
