// Test helper (header-only, for *_test.cc): runs the lexicon layers over one
// text the way Analyser::Analyse does, with a lexicon from files in memory
// or from the data directory.
#ifndef VIGIE_ANALYSE_LEXICON_TEST_UTIL_H_
#define VIGIE_ANALYSE_LEXICON_TEST_UTIL_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/analysis_text.h"
#include "analyse/labels.h"
#include "analyse/lexicon.h"
#include "analyse/lexicon_matches.h"
#include "analyse/phrase_index.h"
#include "analyse/techniques.h"
#include "analyse/voice.h"

namespace vigie::analyse::testing {

// A lexicon and its index, loaded once.
struct LoadedLexicon {
  std::unique_ptr<Lexicon> lexicon;
  PhraseIndex index;
  std::unique_ptr<LabelFinder> labels;
  std::unique_ptr<TechniqueFinder> techniques;

  static std::unique_ptr<LoadedLexicon> From(Result<std::unique_ptr<Lexicon>> lexicon) {
    if (!lexicon.ok()) return nullptr;
    auto l = std::make_unique<LoadedLexicon>();
    l->lexicon = std::move(*lexicon);
    PhraseIndex::Builder builder;
    l->lexicon->Register(&builder);
    Result<PhraseIndex> index = builder.Build();
    if (!index.ok()) return nullptr;
    l->index = std::move(*index);
    l->labels = std::make_unique<LabelFinder>(*l->lexicon);
    l->techniques = std::make_unique<TechniqueFinder>(*l->lexicon);
    return l;
  }
  // The data directory's lexicons (data/lexicons), shared by the tests.
  static const LoadedLexicon& Data() {
    static const std::unique_ptr<LoadedLexicon> data =
        From(Lexicon::Load({DefaultDataDir() + "/lexicons"}));
    return *data;
  }
};

// One document's findings.
struct Findings {
  std::vector<FoundLabel> labels;
  std::vector<Technique> techniques;
};

inline Findings Analyse(const LoadedLexicon& l, const std::string& text,
                        const std::string& language, const std::vector<Quote>& quotes = {},
                        const std::vector<Entity>& entities = {}) {
  const AnalysisText analysis(text, language);
  std::vector<PhraseHit> hits;
  l.index.Scan(analysis, &hits);
  const LexiconMatches matches(*l.lexicon, analysis, hits, {}, language);
  const AuthorVoice voice(analysis, quotes);
  Findings f;
  l.labels->Find(matches, voice, entities, &f.labels);
  l.techniques->Find(matches, voice, f.labels, &f.techniques);
  return f;
}

}  // namespace vigie::analyse::testing

#endif  // VIGIE_ANALYSE_LEXICON_TEST_UTIL_H_
