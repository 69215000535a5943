// ArticleProcessor: the one place that knows the order of the stages for one
// record: read the body into a Page, apply the text rules and build the
// Document (Clean), then identify its languages, by document and by
// paragraph, and run the analysis layers (Analyse). The two halves are
// apart because the corpus pass of Extract runs between them: language
// runs and analysis spans index into the final text.
#ifndef VIGIE_PIPELINE_ARTICLE_PROCESSOR_H_
#define VIGIE_PIPELINE_ARTICLE_PROCESSOR_H_

#include <memory>

#include "analyse/analyser.h"
#include "ingest/record.h"
#include "text/language.h"
#include "vigie/document.h"
#include "vigie/extract.h"
#include "vigie/status.h"

namespace vigie::pipeline {

// Thread-safe: Process is const and may run on several threads at once.
// Borrows `language_id` (may be null: language is then left null) and
// `analyser` (may be null: the analysis layers stay empty), which must
// outlive the processor.
// The analysis layers as `options` configure them (data, geo and lexicon
// directories): the one Analyser set-up of extract, ingest and re-analysis.
// Errors are Analyser::Load's, their message with a hint on where the files
// come from when one is missing.
Result<std::unique_ptr<analyse::Analyser>> LoadAnalyser(const ExtractOptions& options);

class ArticleProcessor {
 public:
  ArticleProcessor(const ExtractOptions& options, const text::LanguageIdentifier* language_id,
                   const analyse::Analyser* analyser = nullptr)
      : options_(options), language_id_(language_id), analyser_(analyser) {}

  // Clean() then Analyse(); a contract document (record.document) is
  // returned as it is.
  Result<Document> Process(ingest::Record record) const;
  // Record to Document: every stage up to the final text; a contract
  // document is returned as it is (not to be analysed again).
  Result<Document> Clean(ingest::Record record) const;
  // The layers over the final doc->text: the language of the document and
  // of its paragraphs (when there is a model), then, when options.analyse
  // is set and there is an analyser, the analysis layers.
  void Analyse(Document* doc) const;

 private:
  ExtractOptions options_;
  const text::LanguageIdentifier* language_id_;
  const analyse::Analyser* analyser_;
};

}  // namespace vigie::pipeline

#endif  // VIGIE_PIPELINE_ARTICLE_PROCESSOR_H_
