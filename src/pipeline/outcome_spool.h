// OutcomeSpool: the results of a job's first phase (documents and failed
// records, in input order) kept until its second phase replays them. Up to
// a memory budget they stay in memory as objects; past it, each one goes to
// an unlinked temporary file as one JSON line (ToJsonLine for a document,
// {"input", "error"} for a failure) and is parsed back (FromJsonLine) on
// replay. The index keeps 8 bytes per spilled outcome, so a million spilled
// documents cost 8 MB of memory and their JSON size on disk.
#ifndef VIGIE_PIPELINE_OUTCOME_SPOOL_H_
#define VIGIE_PIPELINE_OUTCOME_SPOOL_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie::pipeline {

// A record or input that could not be read, named as in the error line.
struct Failure {
  std::string input;
  std::string error;
};

using Outcome = std::variant<Document, Failure>;

// About the bytes an outcome takes, in memory or as JSON: the sum of its
// strings plus a fixed cost per field and element. Cheap (no serialisation).
size_t ApproximateSize(const Outcome& outcome);

// Not thread-safe: one thread appends, then replays once.
class OutcomeSpool {
 public:
  // The budget of the corpus pass (Extract): 256 MiB of documents in memory
  // hold some 50,000 articles of 5 KB, a crawl of a few sites, without
  // touching the disk.
  static constexpr size_t kDefaultMemoryBudget = size_t{256} << 20;

  explicit OutcomeSpool(size_t memory_budget = kDefaultMemoryBudget)
      : memory_budget_(memory_budget) {}
  ~OutcomeSpool();
  OutcomeSpool(const OutcomeSpool&) = delete;
  OutcomeSpool& operator=(const OutcomeSpool&) = delete;

  // Keeps `outcome` in memory while the budget allows, else spills it. When
  // the temporary file cannot be created or written, the outcome stays in
  // memory (nothing is lost) and spill_status() says why.
  void Append(Outcome outcome);

  // Calls `fn` with every outcome, in the order appended. An outcome that
  // cannot be read back from the file (it was truncated behind our back) is
  // replayed as a Failure, so that every appended outcome is replayed once.
  // REQUIRES: called at most once; no Append() afterwards.
  void Replay(const std::function<void(Outcome)>& fn);

  int64_t size() const { return static_cast<int64_t>(entries_.size()); }
  int64_t spilled() const { return spilled_; }
  const Status& spill_status() const { return spill_status_; }

 private:
  enum class Kind : uint8_t { kInMemory, kSpilledDocument, kSpilledFailure };
  struct Entry {
    uint32_t length = 0;  // bytes of the JSON line, when spilled
    Kind kind = Kind::kInMemory;
  };
  bool Spill(const Outcome& outcome);
  Outcome ReadBack(const Entry& entry, std::string* buffer);

  const size_t memory_budget_;
  size_t memory_used_ = 0;
  std::vector<Entry> entries_;
  std::deque<Outcome> in_memory_;
  std::FILE* file_ = nullptr;
  int64_t spilled_ = 0;
  Status spill_status_;
};

}  // namespace vigie::pipeline

#endif  // VIGIE_PIPELINE_OUTCOME_SPOOL_H_
