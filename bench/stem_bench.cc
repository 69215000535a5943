// Throughput of stemming and lemma look-up (Google Benchmark) over the
// surface tokens of the Sequoia train set in text order (49,142 tokens:
// words, numbers and punctuation, as the tokenizer would hand them over).
// items/s counts tokens. BM_LoadLefff loads the whole Lefff once per
// iteration and reports its index size and the growth of the resident set
// and of its peak.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/strings.h"
#include "eval_common.h"
#include "text/lemmatizer.h"
#include "text/normalize.h"
#include "text/stemmer.h"

namespace vigie::text {
namespace {

// Case folding (NFC) and case-and-accent folding with the text normaliser,
// as MatchKey folds.
std::string FoldCase(std::string_view word) {
  static const text::Normalizer normalizer(text::kFoldCase);
  return normalizer.Fold(word);
}

const std::vector<std::string>& Forms() {
  static const std::vector<std::string>* forms = [] {
    auto* out = new std::vector<std::string>;
    std::string data;
    if (!bench::ReadWholeFile(VIGIE_SHARED_DATA_DIR "/ud-french/sequoia/fr_sequoia-ud-train.conllu",
                              &data)) {
      return out;
    }
    long skip_until = 0;
    for (std::string_view line : SplitLines(data)) {
      if (line.empty()) {
        skip_until = 0;
        continue;
      }
      if (line[0] == '#') continue;
      size_t tab = line.find('\t');
      size_t tab2 = line.find('\t', tab + 1);
      if (tab == std::string_view::npos || tab2 == std::string_view::npos) continue;
      std::string id(line.substr(0, tab));
      if (id.find('.') != std::string::npos) continue;
      if (size_t dash = id.find('-'); dash != std::string::npos) {
        skip_until = std::atol(id.c_str() + dash + 1);
      } else if (std::atol(id.c_str()) <= skip_until) {
        continue;
      }
      out->emplace_back(line.substr(tab + 1, tab2 - tab - 1));
    }
    return out;
  }();
  return *forms;
}

const std::vector<std::string>& LowerForms() {
  static const std::vector<std::string>* forms = [] {
    auto* out = new std::vector<std::string>;
    for (const std::string& f : Forms()) out->push_back(FoldCase(f));
    return out;
  }();
  return *forms;
}

bool CheckForms(benchmark::State& state) {
  if (!Forms().empty()) return true;
  state.SkipWithError("cannot read the Sequoia train set");
  return false;
}

// A line of /proc/self/status ("VmRSS", "VmHWM") in bytes, 0 when unknown.
double ProcStatus(std::string_view key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with(key) && line.size() > key.size() && line[key.size()] == ':')
      return std::atof(line.c_str() + key.size() + 1) * 1024.0;  // "  1234 kB"
  }
  return 0;
}

// Registered first, so that the first load meets a fresh heap: the growth of
// the resident set is then the lexicon's, and the growth of the peak also
// counts the file and the parse, freed once loaded.
void BM_LoadLefff(benchmark::State& state) {
  std::string path = DefaultLefffPath();
  double index_bytes = 0, rss_growth = -1, peak_growth = -1;
  for (auto _ : state) {
    double rss = ProcStatus("VmRSS"), peak = ProcStatus("VmHWM");
    Result<std::unique_ptr<Lemmatizer>> lex = Lemmatizer::Load(path);
    if (!lex.ok()) {
      state.SkipWithError(lex.status().message().c_str());
      return;
    }
    if (rss_growth < 0) {
      rss_growth = ProcStatus("VmRSS") - rss;
      peak_growth = ProcStatus("VmHWM") - peak;
    }
    index_bytes = static_cast<double>((*lex)->MemoryBytes());
  }
  state.counters["index_MB"] = index_bytes / 1e6;
  state.counters["rss_growth_MB"] = rss_growth / 1e6;
  state.counters["peak_growth_MB"] = peak_growth / 1e6;
}
BENCHMARK(BM_LoadLefff)->Unit(benchmark::kMillisecond)->Iterations(3);

// Stemmer::Stem on the lower-cased forms (its precondition).
void Stem(benchmark::State& state, StemmerLanguage language) {
  if (!CheckForms(state)) return;
  const std::vector<std::string>& forms = LowerForms();
  Stemmer stemmer(language);
  for (auto _ : state) {
    for (const std::string& f : forms) benchmark::DoNotOptimize(stemmer.Stem(f).data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(forms.size()));
}
void BM_StemFrench(benchmark::State& state) { Stem(state, StemmerLanguage::kFrench); }
void BM_StemEnglish(benchmark::State& state) { Stem(state, StemmerLanguage::kEnglish); }
BENCHMARK(BM_StemFrench)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StemEnglish)->Unit(benchmark::kMillisecond);

// MatchKey on the forms as written: folding included.

void BM_MatchKey(benchmark::State& state) {
  if (!CheckForms(state)) return;
  const std::vector<std::string>& forms = Forms();
  Stemmer stemmer(StemmerLanguage::kFrench);
  std::string key;
  for (auto _ : state) {
    for (const std::string& f : forms) {
      MatchKey(f, &stemmer, &key);
      benchmark::DoNotOptimize(key.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(forms.size()));
}
BENCHMARK(BM_MatchKey)->Unit(benchmark::kMillisecond);

const Lemmatizer* Lefff() {
  static LazyLemmatizer lazy(DefaultLefffPath());
  Result<const Lemmatizer*> lex = lazy.Get();
  return lex.ok() ? *lex : nullptr;
}

void BM_Lemma(benchmark::State& state) {
  if (!CheckForms(state)) return;
  const Lemmatizer* lex = Lefff();
  if (lex == nullptr) {
    state.SkipWithError("no Lefff lexicon (scripts/setup, or VIGIE_LEFFF)");
    return;
  }
  const std::vector<std::string>& forms = Forms();
  size_t known = 0;
  for (auto _ : state) {
    known = 0;
    for (const std::string& f : forms) {
      std::optional<std::string_view> lemma = lex->Lemma(f);
      known += lemma.has_value();
      benchmark::DoNotOptimize(lemma);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(forms.size()));
  state.counters["known"] = static_cast<double>(known) / static_cast<double>(forms.size());
}
BENCHMARK(BM_Lemma)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigie::text

BENCHMARK_MAIN();
