// libFuzzer target for the lexicon files (Lexicon::FromFiles: actor labels,
// technique cues, context classes, told apart by their columns): any bytes
// either load or give an error naming the file; a lexicon that loads
// compiles into a PhraseIndex, and running the label and technique layers
// with it over a fixed paragraph gives spans inside the text, in order,
// whose text is the text's own.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/labels.h"
#include "analyse/lexicon.h"
#include "analyse/lexicon_matches.h"
#include "analyse/phrase_index.h"
#include "analyse/techniques.h"
#include "analyse/voice.h"
#include "common/utf8.h"

namespace {

// Gives the fuzzed table classes to refer to, and a paragraph to run on.
constexpr char kClasses[] =
    "phrase\tclass\n"
    "EI\tjihadist_name\nguerre\tconflict\nde\tdeterminer\npas\tnegation\n"
    "soi-disant\tdoubt_modifier\nsyrien\tnationality\net\tconjunction\n";
constexpr char kText[] =
    "Les soi-disant rebelles de l'EI et les « terroristes » du régime syrien ne sont pas des "
    "héros de la guerre. Et que dire de Paris ? Gloire à nos soldats ! #Alep\n\n"
    "The regime's so-called 'moderate rebels', rebel-held areas.";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace vigie::analyse;
  std::string content(reinterpret_cast<const char*>(data), size);
  auto lexicon = Lexicon::FromFiles({{"fr/context.tsv", kClasses}, {"fr/f.tsv", content}});
  if (!lexicon.ok()) {
    if (lexicon.status().message().rfind("fr/", 0) != 0) std::abort();
    return 0;
  }
  PhraseIndex::Builder builder;
  (*lexicon)->Register(&builder);
  vigie::Result<PhraseIndex> index = builder.Build();
  if (!index.ok()) std::abort();  // every form was checked not to fold to nothing

  const std::string text = kText;
  const int64_t length = static_cast<int64_t>(vigie::CodePointCount(text));
  const AnalysisText analysis(text, "fr");
  std::vector<PhraseHit> hits;
  index->Scan(analysis, &hits);
  const LexiconMatches matches(**lexicon, analysis, hits, {}, "fr");
  const AuthorVoice voice(analysis, {});
  std::vector<FoundLabel> labels;
  LabelFinder(**lexicon).Find(matches, voice, {}, &labels);
  int64_t previous_end = 0;
  for (const FoundLabel& l : labels) {
    if (l.label.start < previous_end || l.label.end <= l.label.start || l.label.end > length) {
      std::abort();
    }
    if (l.label.text != analysis.Slice(l.label.start, l.label.end)) std::abort();
    previous_end = l.label.end;
  }
  std::vector<vigie::Technique> techniques;
  TechniqueFinder(**lexicon).Find(matches, voice, labels, &techniques);
  for (const vigie::Technique& t : techniques) {
    if (t.start < 0 || t.end <= t.start || t.end > length || t.cue.empty()) std::abort();
    if (t.text != analysis.Slice(t.start, t.end)) std::abort();
  }
  return 0;
}
