// ArticleProcessor: the one place that knows the order of the stages for one
// record: read the body into a Page, apply the text rules, build the
// Document, identify its language (Clean), then (later) analyse it
// (Analyse). The two halves are apart because the corpus pass of Extract
// runs between them: analysis spans index into the final text.
#ifndef VIGIE_PIPELINE_ARTICLE_PROCESSOR_H_
#define VIGIE_PIPELINE_ARTICLE_PROCESSOR_H_

#include <memory>

#include "ingest/record.h"
#include "text/language.h"
#include "vigie/document.h"
#include "vigie/extract.h"
#include "vigie/status.h"

namespace vigie::pipeline {

// Thread-safe: Process is const and may run on several threads at once.
// Borrows `language_id` (may be null: language is then left null), which
// must outlive the processor.
class ArticleProcessor {
 public:
  ArticleProcessor(const ExtractOptions& options, const text::LanguageIdentifier* language_id)
      : options_(options), language_id_(language_id) {}

  // Clean() then Analyse().
  Result<Document> Process(ingest::Record record) const;
  // Record to Document: every stage up to language identification.
  Result<Document> Clean(ingest::Record record) const;
  // The analysis layers over doc->text, when options.analyse is set; a
  // no-op in this version.
  void Analyse(Document* doc) const;

 private:
  ExtractOptions options_;
  const text::LanguageIdentifier* language_id_;
};

}  // namespace vigie::pipeline

#endif  // VIGIE_PIPELINE_ARTICLE_PROCESSOR_H_
