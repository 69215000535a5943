// Throughput of ClaimFinder::Find (Google Benchmark) on two French texts of
// about 1 MB, each prepared once as the Analyser does (AnalysisText:
// tokens, sentences, folded text), so that the figures are the claims
// layer's own cost:
//   corpus:0, "news": the `# text =` sentences of the Sequoia train set (general
//     news-like French; few casualty words, so mostly the one-pass gate of
//     the cue matcher);
//   corpus:1, "conflict": the French paragraphs of the claims gold set
//     (tests/testdata/gold/claims_fr), written about wars, repeated: a
//     casualty figure every 400 bytes or so, the worst case.
// BM_PrepareAndFind adds the AnalysisText, which all layers share.
// Bytes/s counts bytes of text.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/analysis_text.h"
#include "analyse/claims.h"
#include "analyse/gazetteer.h"
#include "eval_common.h"

namespace vigie::analyse {
namespace {

constexpr size_t kTargetBytes = 1 << 20;

const std::string& ConflictText() {
  static const std::string* text = [] {
    auto* out = new std::string;
    std::string bytes;
    const std::string path = std::string(VIGIE_DATA_DIR_DEFAULT) + "/../tests/testdata/gold/claims_fr/gold.jsonl";
    if (!bench::ReadWholeFile(path, &bytes)) return out;
    std::string once;
    for (size_t begin = 0; begin < bytes.size();) {
      size_t end = bytes.find('\n', begin);
      if (end == std::string::npos) end = bytes.size();
      nlohmann::json j = nlohmann::json::parse(bytes.substr(begin, end - begin), nullptr, false);
      begin = end + 1;
      if (j.is_discarded() || j.value("lang", "") != "fr") continue;
      if (!once.empty()) once += "\n\n";
      once += j.value("text", "");
    }
    while (!once.empty() && out->size() < kTargetBytes) {
      if (!out->empty()) *out += "\n\n";
      *out += once;
    }
    return out;
  }();
  return *text;
}

const std::string& CorpusText(int which) {
  return which == 0 ? bench::SequoiaTrainText() : ConflictText();
}

struct Loaded {
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<ClaimFinder> finder;
};

const Loaded& Finder() {
  static const Loaded* loaded = [] {
    auto* l = new Loaded;
    auto g = Gazetteer::Load(DefaultDataDir() + "/gazetteers/fr", {GeoGazetteerDir()});
    if (!g.ok()) return l;
    l->gazetteer = std::move(*g);
    auto f = ClaimFinder::Load({DefaultDataDir() + "/lexicons"}, l->gazetteer.get());
    if (f.ok()) l->finder = std::move(*f);
    return l;
  }();
  return *loaded;
}

void BM_Find(benchmark::State& state) {
  const std::string& s = CorpusText(static_cast<int>(state.range(0)));
  const ClaimFinder* finder = Finder().finder.get();
  if (s.empty() || finder == nullptr) return state.SkipWithError("data missing (scripts/setup, data/)");
  const AnalysisText text(s, "fr");
  std::vector<Claim> claims;
  for (auto _ : state) {
    claims.clear();
    finder->Find(text, {}, &claims);
    benchmark::DoNotOptimize(claims.data());
  }
  state.counters["claims"] = static_cast<double>(claims.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(s.size()));
}
BENCHMARK(BM_Find)->Arg(0)->Arg(1)->ArgName("corpus")->Unit(benchmark::kMillisecond);

void BM_PrepareAndFind(benchmark::State& state) {
  const std::string& s = CorpusText(static_cast<int>(state.range(0)));
  const ClaimFinder* finder = Finder().finder.get();
  if (s.empty() || finder == nullptr) return state.SkipWithError("data missing (scripts/setup, data/)");
  std::vector<Claim> claims;
  for (auto _ : state) {
    const AnalysisText text(s, "fr");
    claims.clear();
    finder->Find(text, {}, &claims);
    benchmark::DoNotOptimize(claims.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(s.size()));
}
BENCHMARK(BM_PrepareAndFind)->Arg(0)->Arg(1)->ArgName("corpus")->Unit(benchmark::kMillisecond);

void BM_LoadClaimFinder(benchmark::State& state) {
  const Gazetteer* gazetteer = Finder().gazetteer.get();
  for (auto _ : state) {
    auto f = ClaimFinder::Load({DefaultDataDir() + "/lexicons"}, gazetteer);
    benchmark::DoNotOptimize(f.ok());
  }
}
BENCHMARK(BM_LoadClaimFinder)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigie::analyse

BENCHMARK_MAIN();
