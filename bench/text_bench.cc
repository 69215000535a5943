// Throughput of the text layer (Google Benchmark): Tokenizer::Tokenize and
// SplitSentences over French news-like text, the `# text =` lines of the
// Sequoia train set (2,231 sentences, about 300 KB) joined by spaces into
// one document, repeated to about 1 MB. Bytes/s counts input bytes.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "common/strings.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

#include "eval_common.h"

namespace vigie::text {
namespace {

const std::string& Corpus() { return bench::SequoiaTrainText(); }

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Corpus();
  if (text.empty()) {
    state.SkipWithError("cannot read the Sequoia train set");
    return;
  }
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  for (auto _ : state) {
    tokenizer.Tokenize(text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_TokenizeAndSplit(benchmark::State& state) {
  const std::string& text = Corpus();
  if (text.empty()) {
    state.SkipWithError("cannot read the Sequoia train set");
    return;
  }
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    tokenizer.Tokenize(text, &tokens);
    SplitSentences(text, tokens, &sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
  state.counters["tokens"] = static_cast<double>(tokens.size());
  state.counters["sentences"] = static_cast<double>(sentences.size());
}
BENCHMARK(BM_TokenizeAndSplit)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  const std::string& text = Corpus();
  if (text.empty()) {
    state.SkipWithError("cannot read the Sequoia train set");
    return;
  }
  Normalizer normalizer;
  NormalizedText folded;
  for (auto _ : state) {
    normalizer.Normalize(text, &folded);
    benchmark::DoNotOptimize(folded.text().data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

// The figure: normalise for matching (with the offset map),
// tokenize and split, each over the whole text.
void BM_NormalizeTokenizeSplit(benchmark::State& state) {
  const std::string& text = Corpus();
  if (text.empty()) {
    state.SkipWithError("cannot read the Sequoia train set");
    return;
  }
  Normalizer normalizer;
  NormalizedText folded;
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    normalizer.Normalize(text, &folded);
    tokenizer.Tokenize(text, &tokens);
    SplitSentences(text, tokens, &sentences);
    benchmark::DoNotOptimize(folded.text().data());
    benchmark::DoNotOptimize(sentences.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_NormalizeTokenizeSplit)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigie::text

BENCHMARK_MAIN();
