// Speed of the entity layer (Google Benchmark): the tagger alone, the whole
// layer (tagger, linker, places) with and without preparing the text
// (AnalysisText: tokens, sentences, folded forms), and the load times of
// its resources. The text: the 70 passages of the quotes_fr gold set
// (modern French news, about 110 KB) joined as paragraphs, each passage a
// document. Bytes/s counts input bytes.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/analysis_text.h"
#include "analyse/entities.h"
#include "analyse/gazetteer.h"
#include "analyse/geo_index.h"
#include "analyse/ner_model.h"
#include "analyse/ner_tagger.h"
#include "common/strings.h"
#include "eval_common.h"

namespace vigie::analyse {
namespace {

const std::vector<std::string>& Passages() {
  static const std::vector<std::string>* passages = [] {
    auto* out = new std::vector<std::string>;
    std::string data;
    if (!bench::ReadWholeFile(VIGIE_SOURCE_DIR "/tests/testdata/gold/quotes_fr/gold.jsonl", &data))
      return out;
    for (std::string_view line : SplitLines(data)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object()) out->push_back(j.value("text", std::string()));
    }
    return out;
  }();
  return *passages;
}

size_t Bytes() {
  size_t n = 0;
  for (const std::string& p : Passages()) n += p.size();
  return n;
}

const EntityRecognizer* Recognizer() {
  static const EntityRecognizer* r = [] {
    auto loaded = EntityRecognizer::Load(DefaultEntityResources(DefaultDataDir(), ""));
    return loaded.ok() ? loaded->release() : nullptr;
  }();
  return r;
}

void BM_NerTagger(benchmark::State& state) {
  const EntityRecognizer* r = Recognizer();
  if (r == nullptr) return state.SkipWithError("cannot load the entity layer");
  std::vector<std::unique_ptr<AnalysisText>> texts;
  for (const std::string& p : Passages()) texts.push_back(std::make_unique<AnalysisText>(p, "fr"));
  NerTagger tagger(&r->model(), &r->gazetteer());
  std::vector<NerSpan> spans;
  for (auto _ : state) {
    for (const auto& t : texts) tagger.Tag(*t, &spans);
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
}
BENCHMARK(BM_NerTagger)->Unit(benchmark::kMillisecond);

void BM_EntityLayer(benchmark::State& state) {
  const EntityRecognizer* r = Recognizer();
  if (r == nullptr) return state.SkipWithError("cannot load the entity layer");
  std::vector<std::unique_ptr<AnalysisText>> texts;
  for (const std::string& p : Passages()) texts.push_back(std::make_unique<AnalysisText>(p, "fr"));
  std::vector<Entity> entities;
  for (auto _ : state) {
    for (const auto& t : texts) r->Recognize(*t, &entities);
    benchmark::DoNotOptimize(entities.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
}
BENCHMARK(BM_EntityLayer)->Unit(benchmark::kMillisecond);

void BM_PrepareTextAndEntities(benchmark::State& state) {
  const EntityRecognizer* r = Recognizer();
  if (r == nullptr) return state.SkipWithError("cannot load the entity layer");
  std::vector<Entity> entities;
  for (auto _ : state) {
    for (const std::string& p : Passages()) {
      AnalysisText t(p, "fr");
      r->Recognize(t, &entities);
    }
    benchmark::DoNotOptimize(entities.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
}
BENCHMARK(BM_PrepareTextAndEntities)->Unit(benchmark::kMillisecond);

void BM_LoadNerModel(benchmark::State& state) {
  for (auto _ : state) {
    auto m = NerModel::Load(DefaultDataDir() + "/models/ner.model");
    if (!m.ok()) return state.SkipWithError(m.status().message().c_str());
    benchmark::DoNotOptimize(m->get());
  }
}
BENCHMARK(BM_LoadNerModel)->Unit(benchmark::kMillisecond);

void BM_LoadGazetteer(benchmark::State& state) {
  for (auto _ : state) {
    auto g = Gazetteer::Load(DefaultDataDir() + "/gazetteers/fr", {GeoGazetteerDir()});
    if (!g.ok()) return state.SkipWithError(g.status().message().c_str());
    benchmark::DoNotOptimize(g->get());
  }
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond);

void BM_LoadGeoIndex(benchmark::State& state) {
  for (auto _ : state) {
    auto g = GeoIndex::Load(DefaultGeoDir());
    if (!g.ok()) return state.SkipWithError(g.status().message().c_str());
    benchmark::DoNotOptimize(g->get());
  }
}
BENCHMARK(BM_LoadGeoIndex)->Unit(benchmark::kMillisecond);

void BM_LoadEntityLayer(benchmark::State& state) {
  for (auto _ : state) {
    auto r = EntityRecognizer::Load(DefaultEntityResources(DefaultDataDir(), ""));
    if (!r.ok()) return state.SkipWithError(r.status().message().c_str());
    benchmark::DoNotOptimize(r->get());
  }
}
BENCHMARK(BM_LoadEntityLayer)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigie::analyse

BENCHMARK_MAIN();
