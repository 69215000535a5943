// ArticleProcessor: the one place that knows the order of the stages for one
// record: read the body into a Page, apply the text rules, build the
// Document, identify its language, then (later) analyse it.
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

  Result<Document> Process(ingest::Record record) const;

 private:
  ExtractOptions options_;
  const text::LanguageIdentifier* language_id_;
};

}  // namespace vigie::pipeline

#endif  // VIGIE_PIPELINE_ARTICLE_PROCESSOR_H_
