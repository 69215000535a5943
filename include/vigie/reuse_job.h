// The reuse job of `vigie reuse PATH...`: the articles of the paths read as
// `vigie extract` reads them, signed, indexed and matched (doc/cli.md).
#ifndef VIGIE_REUSE_JOB_H_
#define VIGIE_REUSE_JOB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "vigie/extract.h"
#include "vigie/reuse.h"

namespace vigie {

struct ReuseJobOptions {
  ExtractOptions extract;  // how inputs are read; jobs also sets signing and matching
  ReuseParams params;
  ReuseThresholds thresholds;
};

struct ReuseJobResult {
  ReuseIndex index;
  // The texts of the run, by article number (a temporary file).
  std::unique_ptr<TextSource> texts;
  std::vector<ReusePair> pairs;  // ordered by b, then a
  ExtractSummary summary;
  // Articles whose id was already in the run (the same article given twice:
  // the first is kept).
  int64_t duplicates = 0;
  // --db runs: the versions signed by this run (the others' signatures were
  // stored), the pairs verified by this run (the others were stored), and
  // what a change of settings made the run recompute: "" (nothing),
  // "pairs" (thresholds changed) or "signatures" (parameters changed).
  int64_t signed_now = 0;
  int64_t verified_now = 0;
  std::string recomputed;
};

// Reads `paths`, reports each article to sink->OnDocument (as it is
// indexed) and each failure to sink->OnError, then finds every pair. An
// error only when the run cannot go on (no spool file, a spool read that
// fails).
Result<ReuseJobResult> RunReuseJob(const std::vector<std::string>& paths,
                                   const ReuseJobOptions& options, ExtractSink* sink);

// `vigie reuse --db FILE`: the latest version of every article of a store.
// Signatures are read from the store; versions without one (ingested since
// the last run) are read, signed, and their signatures stored; only the
// pairs those versions make are verified, and stored; the pairs of earlier
// runs are read back. The corpus is never signed again unless the
// parameters change (then everything is), nor verified again unless the
// thresholds change (then every pair is, from the stored signatures).
// options.extract is unused but for jobs. The store must exist.
Result<ReuseJobResult> RunStoreReuseJob(const std::string& db_path, const ReuseJobOptions& options);

}  // namespace vigie

#endif  // VIGIE_REUSE_JOB_H_
