// Micro-benchmark of LanguageIdentifier::Identify (Google Benchmark): the
// cost of language identification per document, by text length. The sample
// is capped at 4,000 bytes, so the cost should flatten past that length.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <string>

#include "text/language.h"

namespace vigie::text {
namespace {

// Written for this benchmark, in the register of a French news page.
constexpr char kParagraph[] =
    "Le conseil municipal a voté mardi soir le nouveau plan de circulation du centre-ville. "
    "Selon le maire, les travaux commenceront au printemps et dureront près de deux ans, "
    "tandis que les commerçants craignent une baisse de la fréquentation pendant le chantier.\n\n";

const LanguageIdentifier* Identifier() {
  static const LanguageIdentifier* id = [] {
    auto loaded = LanguageIdentifier::Load(DefaultLanguageModelPath());
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
      return static_cast<const LanguageIdentifier*>(nullptr);
    }
    return static_cast<const LanguageIdentifier*>(loaded->release());
  }();
  return id;
}

void BM_Identify(benchmark::State& state) {
  const LanguageIdentifier* id = Identifier();
  if (id == nullptr) {
    state.SkipWithError("no language model (run scripts/setup)");
    return;
  }
  std::string text;
  while (text.size() < static_cast<size_t>(state.range(0))) text += kParagraph;
  text.resize(state.range(0));
  for (auto _ : state) {
    LanguageGuess guess = id->Identify(text);
    benchmark::DoNotOptimize(guess);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Identify)->Arg(300)->Arg(1000)->Arg(4000)->Arg(50000);

}  // namespace
}  // namespace vigie::text

BENCHMARK_MAIN();
