// The ingest job: the extraction job (vigie/extract.h) feeding a corpus
// store (vigie/store.h), and the re-analysis of what a store holds. This is
// where extraction and the store meet; neither knows the other.
#ifndef VIGIE_INGEST_H_
#define VIGIE_INGEST_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/document.h"
#include "vigie/extract.h"
#include "vigie/store.h"

namespace vigie {

struct IngestSummary {
  int64_t inputs = 0;          // files and standard input read
  int64_t articles = 0;        // documents extracted
  int64_t added = 0;           // new articles stored
  int64_t new_versions = 0;    // new versions of stored articles
  int64_t already_stored = 0;  // documents whose content was there already
  int64_t failed = 0;          // error lines: records that failed, or could not be stored
  int64_t skipped = 0;         // container records that are not articles
};

struct ReanalyseSummary {
  int64_t versions = 0;  // stored versions read
  int64_t replaced = 0;  // whose layers were replaced
  int64_t failed = 0;
};

// Receives the job's results on the calling thread, in input order.
class IngestSink {
 public:
  virtual ~IngestSink() = default;
  // A document extracted and handed to the store, with what the store did.
  virtual void OnStored(const Document& doc, IngestAction action) = 0;
  virtual void OnError(std::string_view input, std::string_view error) = 0;
  virtual void OnNotice(std::string_view message) = 0;
  // As ExtractSink::OnRecordRead: a record read while the corpus pass holds
  // results back.
  virtual void OnRecordRead(std::string_view input) { (void)input; }
};

// Extracts `paths` as vigie::Extract does with `options` and stores every
// document in `store`, in input order, committing batch by batch and once at
// the end. A document the store refuses is an error line naming its input.
IngestSummary IngestPaths(const std::vector<std::string>& paths, const ExtractOptions& options,
                          Store* store, IngestSink* sink);

// Re-runs the analysis layers (options.data_dir, options.jobs) on the text of
// every stored version and replaces its layers (Store::ReplaceLayers), e.g.
// after a lexicon update. Without an analyser (no data directory) nothing is
// replaced: one error says why.
ReanalyseSummary ReanalyseStore(const ExtractOptions& options, Store* store, IngestSink* sink);

}  // namespace vigie

#endif  // VIGIE_INGEST_H_
