// Knobs of vigie::Extract that are not part of the public API.
#ifndef VIGIE_PIPELINE_EXTRACT_INTERNAL_H_
#define VIGIE_PIPELINE_EXTRACT_INTERNAL_H_

#include <cstddef>

namespace vigie::internal {

// The memory budget of the corpus pass (default
// pipeline::OutcomeSpool::kDefaultMemoryBudget, 256 MiB); past it, results
// wait for phase 2 in a temporary file. Tests lower it to cover that path.
// Takes effect for the Extract calls that start afterwards.
void SetCorpusSpoolBudgetForTesting(size_t bytes);

}  // namespace vigie::internal

#endif  // VIGIE_PIPELINE_EXTRACT_INTERNAL_H_
