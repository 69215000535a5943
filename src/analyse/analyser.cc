#include "analyse/analyser.h"

#include <cstdlib>
#include <filesystem>

#include "analyse/analysis_text.h"
#include "analyse/claims.h"
#include "analyse/gazetteer.h"

namespace vigie::analyse {

// The layers' resources, loaded once.
struct Analyser::Layers {
  std::unique_ptr<Gazetteer> gazetteer;  // data/gazetteers/fr: places, organisations
  std::unique_ptr<ClaimFinder> claims;   // data/lexicons (and the users'), borrows gazetteer
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
  auto layers = std::make_unique<Layers>();
  Result<std::unique_ptr<Gazetteer>> gazetteer = Gazetteer::Load(dir + "/gazetteers/fr");
  if (!gazetteer.ok()) return gazetteer.status();
  layers->gazetteer = std::move(*gazetteer);
  std::vector<std::string> lexicon_dirs = {dir + "/lexicons"};
  lexicon_dirs.insert(lexicon_dirs.end(), options.lexicon_dirs.begin(), options.lexicon_dirs.end());
  Result<std::unique_ptr<ClaimFinder>> claims = ClaimFinder::Load(lexicon_dirs, layers->gazetteer.get());
  if (!claims.ok()) return claims.status();
  layers->claims = std::move(*claims);
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
  const AnalysisText text(doc->text, doc->language.value_or(""));
  // Entities and quotations come first (issue 5): claims name their places
  // and actors from the entities.
  layers_->claims->Find(text, doc->entities, &doc->claims);
}

}  // namespace vigie::analyse
