#include "analyse/analyser.h"

#include <cstdlib>
#include <filesystem>

#include "analyse/analysis_text.h"
#include "analyse/entities.h"
#include "analyse/quotes.h"

namespace vigie::analyse {

// The layers' resources, loaded once.
struct Analyser::Layers {
  explicit Layers(QuoteFinder q) : quotes(std::move(q)) {}
  std::unique_ptr<EntityRecognizer> entities;
  QuoteFinder quotes;
};

std::string DefaultDataDir() {
  if (const char* env = std::getenv("VIGIE_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  return VIGIE_DATA_DIR_DEFAULT;
}

Analyser::Analyser() = default;
Analyser::~Analyser() = default;

Result<std::unique_ptr<Analyser>> Analyser::Load(const AnalyserOptions& options) {
  std::string dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return Status::NotFound("no data directory at " + dir);
  }
  Result<QuoteFinder> quotes = QuoteFinder::Load(dir, options.lexicon_dirs);
  if (!quotes.ok()) return quotes.status();
  std::unique_ptr<Analyser> analyser(new Analyser());
  analyser->layers_ = std::make_unique<Layers>(std::move(*quotes));
  auto entities = EntityRecognizer::Load(DefaultEntityResources(dir, options.geo_dir));
  if (!entities.ok()) return entities.status();
  analyser->layers_->entities = std::move(*entities);
  return analyser;
}

void Analyser::Analyse(Document* doc) const {
  doc->entities.clear();
  doc->quotes.clear();
  doc->claims.clear();
  doc->labels.clear();
  doc->techniques.clear();
  if (doc->text.empty()) return;
  // A news article is tens of kilobytes; a text of megabytes is a book, a
  // dump or an attack, and preparing it (tokens, folded text and maps: some
  // 25 bytes per byte of text) and tagging it would cost gigabytes and
  // minutes for nothing a reader of news wants. Its layers stay empty, and
  // a warning says why.
  if (doc->text.size() > kMaxAnalysedBytes) {
    doc->warnings.push_back("analysis_skipped_text_too_long");
    return;
  }
  const AnalysisText text(doc->text, doc->language.value_or(""));
  // Entities come first; quotations name their speakers with them, and
  // fall back on capitalised names where the tagger found none.
  layers_->entities->Recognize(text, &doc->entities);
  layers_->quotes.Find(text, doc->title, doc->entities, &doc->quotes);
}

}  // namespace vigie::analyse
