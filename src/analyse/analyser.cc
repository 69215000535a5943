#include "analyse/analyser.h"

#include <cstdlib>
#include <filesystem>

#include "analyse/analysis_text.h"
#include "analyse/claims.h"
#include "analyse/entities.h"
#include "analyse/label_confidence.h"
#include "analyse/labels.h"
#include "analyse/lexicon.h"
#include "analyse/lexicon_matches.h"
#include "analyse/phrase_index.h"
#include "analyse/quotes.h"
#include "analyse/techniques.h"
#include "analyse/voice.h"

namespace vigie::analyse {

// The layers' resources, loaded once. Every lexicon phrase list lives in
// one PhraseIndex, so that a document is scanned once for all of them.
struct Analyser::Layers {
  explicit Layers(QuoteFinder q) : quotes(std::move(q)) {}
  // Owns the gazetteer (data/gazetteers/fr) that claims borrow too.
  std::unique_ptr<EntityRecognizer> entities;
  QuoteFinder quotes;
  std::unique_ptr<ClaimFinder> claims;  // data/lexicons (and the users')
  std::unique_ptr<Lexicon> lexicon;     // labels and technique cues
  PhraseIndex phrases;
  std::unique_ptr<LabelFinder> labels;
  std::unique_ptr<LabelScorer> label_scorer;  // data/models/label_confidence.tsv
  std::unique_ptr<TechniqueFinder> techniques;
  bool all_labels = false, label_features = false;
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
  auto layers = std::make_unique<Layers>(std::move(*quotes));
  auto entities = EntityRecognizer::Load(DefaultEntityResources(dir, options.geo_dir));
  if (!entities.ok()) return entities.status();
  layers->entities = std::move(*entities);
  std::vector<std::string> lexicon_dirs{(std::filesystem::path(dir) / "lexicons").string()};
  lexicon_dirs.insert(lexicon_dirs.end(), options.lexicon_dirs.begin(),
                      options.lexicon_dirs.end());
  Result<std::unique_ptr<ClaimFinder>> claims =
      ClaimFinder::Load(lexicon_dirs, &layers->entities->gazetteer());
  if (!claims.ok()) return claims.status();
  layers->claims = std::move(*claims);
  Result<std::unique_ptr<Lexicon>> lexicon = Lexicon::Load(lexicon_dirs);
  if (!lexicon.ok()) return lexicon.status();
  layers->lexicon = std::move(*lexicon);
  PhraseIndex::Builder phrases;
  layers->lexicon->Register(&phrases);
  Result<PhraseIndex> index = phrases.Build();
  if (!index.ok()) return index.status();
  layers->phrases = std::move(*index);
  layers->labels = std::make_unique<LabelFinder>(*layers->lexicon);
  Result<std::unique_ptr<LabelScorer>> scorer =
      LabelScorer::Load((std::filesystem::path(dir) / "models" / "label_confidence.tsv").string());
  if (!scorer.ok()) return scorer.status();
  layers->label_scorer = std::move(*scorer);
  layers->all_labels = options.all_labels;
  layers->label_features = options.label_features;
  layers->techniques = std::make_unique<TechniqueFinder>(*layers->lexicon);
  analyser->layers_ = std::move(layers);
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
  // fall back on capitalised names where the tagger found none; claims name
  // their places and actors from the entities; labels and techniques come
  // after the quotes, whose spans tell them what is the author's voice.
  layers_->entities->Recognize(text, &doc->entities);
  layers_->quotes.Find(text, doc->title, doc->entities, &doc->quotes);
  layers_->claims->Find(text, doc->entities, &doc->claims);
  std::vector<PhraseHit> hits;
  layers_->phrases.Scan(text, &hits);
  const LexiconMatches matches(*layers_->lexicon, text, hits, doc->languages,
                               doc->language.value_or(""));
  const AuthorVoice voice(text, doc->quotes);
  std::vector<FoundLabel> labels;
  layers_->labels->Find(matches, voice, doc->entities, &labels);
  std::vector<std::vector<std::string>> features = LabelFeatures(matches, labels, doc->entities);
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i].Untargeted()) continue;
    Label label = labels[i].label;
    label.confidence = layers_->label_scorer->Confidence(features[i]);
    if (!layers_->all_labels && HoldsBack(label)) continue;
    if (layers_->label_features) label.features = std::move(features[i]);
    doc->labels.push_back(std::move(label));
  }
  layers_->techniques->Find(matches, voice, labels, &doc->techniques);
}

bool Analyser::HoldsBack(const Label& label) const {
  return label.confidence.value_or(1) < layers_->label_scorer->threshold() &&
         layers_->label_scorer->KnowsTerm(label.term);
}

}  // namespace vigie::analyse
