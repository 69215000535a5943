// Throughput of QuoteFinder::Find (Google Benchmark) on the 70 passages of
// the quotes_fr gold set (tests/testdata/gold/quotes_fr/gold.jsonl), each
// one document, about 110 KB in all: with the gold entities and with none
// (the capitalised-name fallback). The AnalysisText of each passage is
// prepared once, outside the timing, as the Analyser does for all layers;
// BM_QuotesWithAnalysisText times both. Bytes/s counts input bytes.
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/quotes.h"
#include "common/strings.h"
#include "eval_common.h"

namespace vigie::analyse {
namespace {

struct Passage {
  std::string text, title;
  std::vector<Entity> entities;
};

const std::vector<Passage>& Passages() {
  static const std::vector<Passage>* passages = [] {
    auto* out = new std::vector<Passage>;
    std::string data;
    if (!bench::ReadWholeFile(VIGIE_SOURCE_DIR "/tests/testdata/gold/quotes_fr/gold.jsonl", &data))
      return out;
    for (std::string_view line : SplitLines(data)) {
      if (Trim(line).empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line);
      Passage p;
      p.text = j["text"];
      p.title = p.text.substr(0, p.text.find("\n\n"));
      for (const auto& e : j["entities"]) {
        Entity ent;
        ent.text = e["text"], ent.start = e["start"], ent.end = e["end"];
        ent.type = e["type"], ent.canonical = e["canonical"];
        p.entities.push_back(std::move(ent));
      }
      out->push_back(std::move(p));
    }
    return out;
  }();
  return *passages;
}

const QuoteFinder* Finder() {
  static const QuoteFinder* finder = [] {
    auto f = QuoteFinder::Load(VIGIE_SOURCE_DIR "/data");
    return f.ok() ? new QuoteFinder(std::move(*f)) : nullptr;
  }();
  return finder;
}

void RunFind(benchmark::State& state, bool with_entities) {
  const auto& passages = Passages();
  if (passages.empty() || Finder() == nullptr) {
    state.SkipWithError("cannot read the gold set or the lexicons");
    return;
  }
  std::vector<std::unique_ptr<AnalysisText>> texts;
  int64_t bytes = 0;
  for (const Passage& p : passages) {
    texts.push_back(std::make_unique<AnalysisText>(p.text, "fr"));
    bytes += static_cast<int64_t>(p.text.size());
  }
  const std::vector<Entity> none;
  std::vector<Quote> quotes;
  for (auto _ : state) {
    for (size_t i = 0; i < passages.size(); ++i) {
      quotes.clear();
      Finder()->Find(*texts[i], passages[i].title, with_entities ? passages[i].entities : none,
                     &quotes);
      benchmark::DoNotOptimize(quotes.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}

void BM_FindWithGoldEntities(benchmark::State& state) { RunFind(state, true); }
BENCHMARK(BM_FindWithGoldEntities)->Unit(benchmark::kMillisecond);

void BM_FindWithoutEntities(benchmark::State& state) { RunFind(state, false); }
BENCHMARK(BM_FindWithoutEntities)->Unit(benchmark::kMillisecond);

void BM_QuotesWithAnalysisText(benchmark::State& state) {
  const auto& passages = Passages();
  if (passages.empty() || Finder() == nullptr) {
    state.SkipWithError("cannot read the gold set or the lexicons");
    return;
  }
  int64_t bytes = 0;
  for (const Passage& p : passages) bytes += static_cast<int64_t>(p.text.size());
  std::vector<Quote> quotes;
  for (auto _ : state) {
    for (const Passage& p : passages) {
      AnalysisText text(p.text, "fr");
      quotes.clear();
      Finder()->Find(text, p.title, {}, &quotes);
      benchmark::DoNotOptimize(quotes.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_QuotesWithAnalysisText)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigie::analyse

BENCHMARK_MAIN();
