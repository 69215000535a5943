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
};

// Reads `paths`, reports each article to sink->OnDocument (as it is
// indexed) and each failure to sink->OnError, then finds every pair. An
// error only when the run cannot go on (no spool file, a spool read that
// fails).
Result<ReuseJobResult> RunReuseJob(const std::vector<std::string>& paths,
                                   const ReuseJobOptions& options, ExtractSink* sink);

}  // namespace vigie

#endif  // VIGIE_REUSE_JOB_H_
