// Throughput of the actor-label and technique layers (Google Benchmark) on
// the fr_news corpus (data/ner/fr_news: 1,901 paragraphs of modern news
// about wars, in wire, analysis, state-media and blog styles), about 1 MB
// as one document, the data directory's lexicons. BM_LexiconLayers is what
// Analyser::Analyse adds for them once the text is prepared: the phrase pass
// (PhraseIndex::Scan), the per-token context classes (LexiconMatches), the
// quotation marks (AuthorVoice), LabelFinder and TechniqueFinder.
// BM_LabelConfidence is what the label confidence model adds to them.
// BM_PrepareText is the AnalysisText they start from (tokens, sentences,
// folding), shared with every other layer. Bytes/s counts bytes of text.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/analysis_text.h"
#include "analyse/label_confidence.h"
#include "analyse/labels.h"
#include "analyse/lexicon.h"
#include "analyse/lexicon_matches.h"
#include "analyse/phrase_index.h"
#include "analyse/techniques.h"
#include "analyse/voice.h"
#include "common/strings.h"
#include "eval_common.h"

namespace vigie::analyse {
namespace {

const std::string& Text() {
  static const std::string text = [] {
    std::string content, one, out;
    if (!bench::ReadWholeFile(DefaultDataDir() + "/ner/fr_news/train.jsonl", &content)) return out;
    for (std::string_view line : SplitLines(content)) {
      if (line.empty()) continue;
      one += nlohmann::json::parse(line).at("text").get<std::string>();
      one += "\n\n";
    }
    while (!one.empty() && out.size() < (1u << 20)) out += one;
    return out;
  }();
  return text;
}

struct Layers {
  std::unique_ptr<Lexicon> lexicon;
  PhraseIndex index;
  std::unique_ptr<LabelFinder> labels;
  std::unique_ptr<TechniqueFinder> techniques;
};

std::unique_ptr<Layers> Load() {
  auto lexicon = Lexicon::Load({DefaultDataDir() + "/lexicons"});
  if (!lexicon.ok()) return nullptr;
  auto l = std::make_unique<Layers>();
  l->lexicon = std::move(*lexicon);
  PhraseIndex::Builder builder;
  l->lexicon->Register(&builder);
  auto index = builder.Build();
  if (!index.ok()) return nullptr;
  l->index = std::move(*index);
  l->labels = std::make_unique<LabelFinder>(*l->lexicon);
  l->techniques = std::make_unique<TechniqueFinder>(*l->lexicon);
  return l;
}

void BM_LexiconLayers(benchmark::State& state) {
  std::unique_ptr<Layers> l = Load();
  if (l == nullptr || Text().empty()) {
    state.SkipWithError("cannot read the lexicons or the corpus");
    return;
  }
  const AnalysisText text(Text(), "fr");
  std::vector<PhraseHit> hits;
  std::vector<FoundLabel> labels;
  std::vector<Technique> techniques;
  for (auto _ : state) {
    l->index.Scan(text, &hits);
    const LexiconMatches matches(*l->lexicon, text, hits, {}, "fr");
    const AuthorVoice voice(text, {});
    l->labels->Find(matches, voice, {}, &labels);
    l->techniques->Find(matches, voice, labels, &techniques);
    benchmark::DoNotOptimize(techniques.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(Text().size()));
  state.counters["hits"] = static_cast<double>(hits.size());
  state.counters["labels"] = static_cast<double>(labels.size());
  state.counters["techniques"] = static_cast<double>(techniques.size());
}
BENCHMARK(BM_LexiconLayers)->Unit(benchmark::kMillisecond);

// What the label confidence model adds (LabelFeatures and
// LabelScorer::Confidence for every label), on the labels BM_LexiconLayers
// finds; no entities, so no country features.
void BM_LabelConfidence(benchmark::State& state) {
  std::unique_ptr<Layers> l = Load();
  auto scorer = LabelScorer::Load(DefaultDataDir() + "/models/label_confidence.tsv");
  if (l == nullptr || !scorer.ok() || Text().empty()) {
    state.SkipWithError("cannot read the lexicons, the label model or the corpus");
    return;
  }
  const AnalysisText text(Text(), "fr");
  std::vector<PhraseHit> hits;
  l->index.Scan(text, &hits);
  const LexiconMatches matches(*l->lexicon, text, hits, {}, "fr");
  const AuthorVoice voice(text, {});
  std::vector<FoundLabel> labels;
  l->labels->Find(matches, voice, {}, &labels);
  double sum = 0;
  for (auto _ : state) {
    const std::vector<std::vector<std::string>> features = LabelFeatures(matches, labels, {});
    for (const std::vector<std::string>& f : features) {
      if (!f.empty()) sum += (*scorer)->Confidence(f);
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(Text().size()));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(labels.size()));
  state.counters["labels"] = static_cast<double>(labels.size());
}
BENCHMARK(BM_LabelConfidence)->Unit(benchmark::kMillisecond);

void BM_PrepareText(benchmark::State& state) {
  if (Text().empty()) {
    state.SkipWithError("cannot read the corpus");
    return;
  }
  for (auto _ : state) {
    const AnalysisText text(Text(), "fr");
    benchmark::DoNotOptimize(text.tokens().data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(Text().size()));
}
BENCHMARK(BM_PrepareText)->Unit(benchmark::kMillisecond);

void BM_LoadLexicons(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Load());
}
BENCHMARK(BM_LoadLexicons)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigie::analyse
BENCHMARK_MAIN();
