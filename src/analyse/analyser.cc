#include "analyse/analyser.h"

#include <cstdlib>
#include <filesystem>

#include "analyse/analysis_text.h"
#include "analyse/labels.h"
#include "analyse/lexicon.h"
#include "analyse/lexicon_matches.h"
#include "analyse/phrase_index.h"
#include "analyse/techniques.h"
#include "analyse/voice.h"

namespace vigie::analyse {

// The layers' resources, loaded once. Every phrase list (lexicons now; any
// layer's list may join the builder in Load) lives in one PhraseIndex, so
// that a document is scanned once for all of them.
struct Analyser::Layers {
  std::unique_ptr<Lexicon> lexicon;
  PhraseIndex phrases;
  std::unique_ptr<LabelFinder> labels;
  std::unique_ptr<TechniqueFinder> techniques;
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
  std::unique_ptr<Analyser> analyser(new Analyser());
  analyser->layers_ = std::make_unique<Layers>();
  Layers& layers = *analyser->layers_;

  std::vector<std::string> lexicon_dirs{(std::filesystem::path(dir) / "lexicons").string()};
  lexicon_dirs.insert(lexicon_dirs.end(), options.lexicon_dirs.begin(),
                      options.lexicon_dirs.end());
  Result<std::unique_ptr<Lexicon>> lexicon = Lexicon::Load(lexicon_dirs);
  if (!lexicon.ok()) return lexicon.status();
  layers.lexicon = std::move(*lexicon);
  PhraseIndex::Builder phrases;
  layers.lexicon->Register(&phrases);
  Result<PhraseIndex> index = phrases.Build();
  if (!index.ok()) return index.status();
  layers.phrases = std::move(*index);
  layers.labels = std::make_unique<LabelFinder>(*layers.lexicon);
  layers.techniques = std::make_unique<TechniqueFinder>(*layers.lexicon);
  return analyser;
}

void Analyser::Analyse(Document* doc) const {
  doc->entities.clear();
  doc->quotes.clear();
  doc->claims.clear();
  doc->labels.clear();
  doc->techniques.clear();
  if (doc->text.empty()) return;
  const AnalysisText text(doc->text, doc->language.value_or(""));
  // Entities, quotes and claims arrive with issue 5; labels and techniques
  // come after the quotes, whose spans tell them what is the author's voice.
  std::vector<PhraseHit> hits;
  layers_->phrases.Scan(text, &hits);
  const LexiconMatches matches(*layers_->lexicon, text, hits, doc->languages,
                               doc->language.value_or(""));
  const AuthorVoice voice(text, doc->quotes);
  std::vector<FoundLabel> labels;
  layers_->labels->Find(matches, voice, &labels);
  for (const FoundLabel& l : labels) doc->labels.push_back(l.label);
  layers_->techniques->Find(matches, voice, labels, &doc->techniques);
}

}  // namespace vigie::analyse
