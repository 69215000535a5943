// Google Benchmark of the reuse stage's hot functions, on babbled French
// (reuse_babbler.h): signing a 500-word article (normalise, shingle,
// winnow, MinHash), the candidates of one article in an index of 50,000,
// verifying and describing a copy (3-gram sets, alignment, direction,
// credit), and aligning two texts alone.
//
//   build-bench/bench/vigie_reuse_hot_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "reuse/align.h"
#include "reuse/shingles.h"
#include "reuse_babbler.h"
#include "vigie/reuse.h"

namespace vigie::bench {
namespace {

const Babbler& SharedBabbler() {
  static const Babbler* b = [] {
    auto* babbler = new Babbler();
    babbler->AddConllu(VIGIE_SHARED_DATA_DIR "/ud-french/sequoia/fr_sequoia-ud-train.conllu");
    return babbler;
  }();
  return *b;
}

std::string Article(Rng* rng, int words) {
  std::string out;
  int count = 0;
  while (count < words) {
    if (!out.empty()) out += rng->Chance(0.3) ? "\n\n" : " ";
    const size_t before = out.size();
    SharedBabbler().Sentence(rng, &out);
    count += static_cast<int>(std::count(out.begin() + static_cast<long>(before), out.end(), ' ')) + 1;
  }
  return out;
}

// Texts 0..n-1, every tenth a copy of the one before with a new lede.
std::vector<std::string> Corpus(int n) {
  Rng rng(5);
  std::vector<std::string> texts;
  for (int i = 0; i < n; ++i) {
    if (i % 10 == 9) {
      std::string copy = texts.back();
      texts.push_back(Article(&rng, 40) + "\n\n" + copy.substr(copy.size() / 5));
    } else {
      texts.push_back(Article(&rng, 500));
    }
  }
  return texts;
}

void BM_Sign(benchmark::State& state) {
  Rng rng(1);
  const std::string text = Article(&rng, 500);
  ReuseSigner signer{ReuseParams()};
  for (auto _ : state) benchmark::DoNotOptimize(signer.Sign(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Sign);

struct Indexed {
  std::vector<std::string> texts = Corpus(50000);
  ReuseIndex index;
  Indexed() {
    std::vector<std::string_view> views(texts.begin(), texts.end());
    std::vector<ReuseSignature> sigs = SignAll(ReuseParams(), views, 0);
    for (size_t i = 0; i < texts.size(); ++i) {
      ReuseArticle a;
      a.id = "d" + std::to_string(i);
      (void)index.Add(std::move(a), std::move(sigs[i]));
    }
    index.Seal();
  }
};

const Indexed& SharedIndex() {
  static const Indexed* x = new Indexed();
  return *x;
}

void BM_Candidates(benchmark::State& state) {
  const Indexed& x = SharedIndex();
  std::vector<ReuseCandidate> out;
  uint32_t doc = 40000;
  for (auto _ : state) {
    x.index.Candidates(doc, ReuseThresholds(), &out);
    benchmark::DoNotOptimize(out.data());
    doc = doc + 1 < x.index.size() ? doc + 1 : 40000;
  }
}
BENCHMARK(BM_Candidates);

void BM_PairsOf(benchmark::State& state) {
  const Indexed& x = SharedIndex();
  VectorSource source(&x.texts);
  ReuseMatcher matcher(&x.index, &source, ReuseThresholds());
  std::vector<ReusePair> out;
  uint32_t doc = 40009;  // a copy: one pair to verify and describe
  for (auto _ : state) {
    (void)matcher.PairsOf(doc, &out);
    benchmark::DoNotOptimize(out.data());
    doc = doc + 10 < x.index.size() ? doc + 10 : 40009;
  }
}
BENCHMARK(BM_PairsOf);

void BM_Align(benchmark::State& state) {
  const Indexed& x = SharedIndex();
  reuse::Shingler shingler(3);
  reuse::ShingledText a, b;
  shingler.Shingle(x.texts[8], &a);
  shingler.Shingle(x.texts[9], &b);
  reuse::AlignScratch scratch;
  for (auto _ : state) {
    benchmark::DoNotOptimize(reuse::AlignPassages(a, b, reuse::AlignOptions(), &scratch));
  }
}
BENCHMARK(BM_Align);

}  // namespace
}  // namespace vigie::bench

BENCHMARK_MAIN();
