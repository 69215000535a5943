// The extraction job: paths in, one Document per article out, in input order.
#ifndef VIGIE_EXTRACT_H_
#define VIGIE_EXTRACT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/document.h"

namespace vigie {

struct ExtractOptions {
  std::optional<Format> format;  // force a format instead of detecting it
  bool analyse = true;           // run the analysis layers
  int jobs = 0;                  // worker threads; 0 = number of cores
  std::string lid_model;         // lid.176.ftz path; empty = the default
  // Gazetteers, lexicons and models of the analysis layers; empty = the
  // default ($VIGIE_DATA_DIR, else the source tree's data/).
  std::string data_dir;
  // cities.tsv and countries.tsv of the entity layer; empty = the default
  // ($VIGIE_GEO_DIR, else third_party/npm/geo written by scripts/setup).
  std::string geo_dir;
  // Users' own lexicon directories (each <lang>/*.tsv, data/lexicons/README.md),
  // read after the data directory's lexicons, in order.
  std::vector<std::string> lexicon_dirs;
  // The corpus pass: paragraphs repeated over many documents of one domain
  // go to `removed` (doc/design.md). Output then starts once every input is
  // read; without it, documents stream out as they are processed.
  bool corpus_boilerplate = true;
  // Every label, also those the label confidence model holds back
  // (AnalyserOptions::all_labels).
  bool all_labels = false;
};

// Receives the results, always from the calling thread of Extract, in input
// order.
class ExtractSink {
 public:
  virtual ~ExtractSink() = default;
  virtual void OnDocument(const Document& doc) = 0;
  // `input` names the file or record ("path#N"), `error` says why it failed.
  virtual void OnError(std::string_view input, std::string_view error) = 0;
  // A one-time notice about the run (a missing model...).
  virtual void OnNotice(std::string_view message) = 0;
  // With the corpus pass on, results wait until every input is read: this
  // is called instead, as each record (document or failure) is read, so
  // that a caller can show progress. `input` names the record ("path#N").
  virtual void OnRecordRead(std::string_view input) { (void)input; }

  // Work a sink can do in parallel: Prepare is called for each document once
  // it is final (filtered and analysed), on a worker thread, concurrently
  // with itself and with the other methods; what it returns comes back with
  // the document to OnPreparedDocument, on the calling thread in input
  // order. The store prepares its rows and full-text keys so, and its one
  // writing thread only runs SQL. By default there is nothing to prepare
  // (null) and OnDocument receives the document.
  virtual std::shared_ptr<void> Prepare(const Document& doc) const {
    (void)doc;
    return nullptr;
  }
  virtual void OnPreparedDocument(const Document& doc, std::shared_ptr<void> prepared) {
    (void)prepared;
    OnDocument(doc);
  }
};

struct ExtractSummary {
  int64_t inputs = 0;    // files and standard input read
  int64_t articles = 0;  // documents emitted
  int64_t errors = 0;    // error lines emitted
  int64_t skipped = 0;   // container records that are not articles
};

// Reads `paths` ("-" or an empty list: standard input; directories
// recursively, in byte order of their paths) and reports every article and
// every failure to `sink`.
ExtractSummary Extract(const std::vector<std::string>& paths, const ExtractOptions& options,
                       ExtractSink* sink);

}  // namespace vigie

#endif  // VIGIE_EXTRACT_H_
