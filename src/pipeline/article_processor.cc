#include "pipeline/article_processor.h"

#include <utility>

#include "clean/document_builder.h"
#include "clean/html_page.h"
#include "clean/text_rules.h"
#include "common/strings.h"
#include "ingest/html_parser.h"
#include "ingest/markdown_reader.h"
#include "ingest/text_reader.h"

namespace vigie::pipeline {

Result<std::unique_ptr<analyse::Analyser>> LoadAnalyser(const ExtractOptions& options) {
  analyse::AnalyserOptions analyser_options;
  analyser_options.data_dir = options.data_dir;
  analyser_options.geo_dir = options.geo_dir;
  analyser_options.lexicon_dirs = options.lexicon_dirs;
  analyser_options.all_labels = options.all_labels;
  Result<std::unique_ptr<analyse::Analyser>> loaded = analyse::Analyser::Load(analyser_options);
  if (loaded.ok() || loaded.status().code() != Status::Code::kNotFound) return loaded;
  return Status::NotFound(loaded.status().message() +
                          " (run scripts/setup; set --data-dir or VIGIE_DATA_DIR, --geo-dir or "
                          "VIGIE_GEO_DIR)");
}

namespace {

Result<ingest::Page> ReadBody(const ingest::Record& record) {
  switch (record.body_format) {
    case Format::kHtml: {
      Result<ingest::HtmlDocument> doc = ingest::HtmlDocument::Parse(record.body);
      if (!doc.ok()) return doc.status();
      return clean::ExtractHtmlPage(*doc, record.url.value_or(""));
    }
    case Format::kMarkdown: return ingest::ReadMarkdownPage(record.body);
    default: return ingest::ReadTextPage(record.body);
  }
}

// A container that states the title (JSONL) makes the reader's guess from
// the first line moot: when that line is not the stated title it is text,
// and goes back in front of the body rather than being lost.
void KeepFirstLineUnlessTitle(const ingest::Record& record, ingest::Page* page) {
  if (!record.title || !page->meta.title || record.body_format == Format::kHtml) return;
  if (AsciiLower(CollapseWhitespace(*record.title)) ==
      AsciiLower(CollapseWhitespace(*page->meta.title))) {
    return;
  }
  ingest::Block first{ingest::BlockKind::kParagraph, 0, std::move(*page->meta.title)};
  page->blocks.insert(page->blocks.begin(), std::move(first));
  page->meta.title.reset();
}

}  // namespace

Result<Document> ArticleProcessor::Process(ingest::Record record) const {
  bool verbatim = record.document.has_value();
  Result<Document> doc = Clean(std::move(record));
  if (doc.ok() && !verbatim) Analyse(&*doc);
  return doc;
}

Result<Document> ArticleProcessor::Clean(ingest::Record record) const {
  if (record.document) return std::move(*record.document);
  Result<ingest::Page> page = ReadBody(record);
  if (!page.ok()) return page.status();
  KeepFirstLineUnlessTitle(record, &*page);
  clean::TextFindings findings = clean::ApplyTextRules(record.body_format, &*page);
  return clean::BuildDocument(std::move(record), std::move(*page), std::move(findings));
}

void ArticleProcessor::Analyse(Document* doc) const {
  if (language_id_ != nullptr && !doc->text.empty()) {
    std::vector<text::LanguageSpan> runs = language_id_->IdentifyParagraphs(doc->text);
    text::LanguageGuess guess = text::DominantLanguage(runs);
    if (!guess.language.empty()) {
      doc->language = guess.language;
      doc->language_confidence = guess.confidence;
    }
    for (text::LanguageSpan& span : runs) {
      doc->languages.push_back(
          LanguageRun{span.start, span.end, std::move(span.language), span.confidence});
    }
  }
  if (!options_.analyse || analyser_ == nullptr) return;
  analyser_->Analyse(doc);
}

}  // namespace vigie::pipeline
