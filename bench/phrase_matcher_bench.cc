// Throughput of PhraseMatcher::Scan (Google Benchmark) with 10,000 phrases,
// the lexicon size, over French news-like text folded for matching:
// the `# text =` sentences of the Sequoia train set joined into one text and
// repeated to about 1 MB. Bytes/s counts folded bytes scanned.
//
// Two lexicons. "dense": 10,000 distinct word bigrams of that very text
// (chosen by hash), so that phrases match everywhere (about one match every
// 30 bytes, far more than real lexicons of actor labels or cues): the worst
// case for the match callback. "sparse": 10,000 phrases of which 100 are
// such bigrams and the rest words of the text spelled backwards, which
// almost never match (about one match every 1,200 bytes, closer to a lexicon
// of actor labels on news text): the cost of the automaton itself. BM_FoldAndScan adds
// the folding, which the analysis does once per document for all layers.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "analyse/phrase_matcher.h"
#include "common/strings.h"
#include "eval_common.h"
#include "text/normalize.h"

namespace vigie::analyse {
namespace {

const std::string& Text() { return bench::SequoiaTrainText(); }

std::vector<std::string> Words(const std::string& folded) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c & 0x80) || c == '-' || c == '\'') {
      cur.push_back(c);
    } else if (!cur.empty()) {
      words.push_back(cur);
      cur.clear();
    }
  }
  return words;
}

std::vector<std::string> Lexicon(bool dense) {
  std::string folded = text::FoldForMatching(Text().substr(0, Text().find("\n\n")));
  std::vector<std::string> words = Words(folded);
  std::set<std::pair<std::string, std::string>> by_hash;  // (hash, phrase)
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    std::string phrase = words[i] + " " + words[i + 1];
    by_hash.emplace(HashHex(phrase), phrase);
  }
  std::vector<std::string> lexicon;
  size_t bigrams = dense ? 10000 : 100;
  for (const auto& [hash, phrase] : by_hash) {
    if (lexicon.size() == bigrams) break;
    lexicon.push_back(phrase);
  }
  // Then phrases that almost never match: words and bigrams spelled
  // backwards.
  std::set<std::string> seen(lexicon.begin(), lexicon.end());
  for (size_t i = 0; lexicon.size() < 10000 && i + 1 < words.size(); ++i) {
    std::string reversed(words[i].rbegin(), words[i].rend());
    if (reversed.size() >= 4 && seen.insert(reversed).second) lexicon.push_back(reversed);
    std::string pair = words[i + 1] + " " + words[i];
    std::string pair_reversed(pair.rbegin(), pair.rend());
    if (lexicon.size() < 10000 && seen.insert(pair_reversed).second) {
      lexicon.push_back(pair_reversed);
    }
  }
  return lexicon;
}

void BM_Scan(benchmark::State& state) {
  if (Text().empty()) {
    state.SkipWithError("cannot read the Sequoia train set");
    return;
  }
  std::vector<std::string> lexicon = Lexicon(state.range(0) == 1);
  auto matcher = PhraseMatcher::Build(lexicon);
  if (!matcher.ok()) {
    state.SkipWithError(matcher.status().message().c_str());
    return;
  }
  const std::string folded = text::FoldForMatching(Text());
  std::vector<PhraseMatch> matches;
  for (auto _ : state) {
    matches.clear();
    matcher->Scan(folded, &matches);
    benchmark::DoNotOptimize(matches.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(folded.size()));
  state.counters["phrases"] = static_cast<double>(lexicon.size());
  state.counters["matches"] = static_cast<double>(matches.size());
}
BENCHMARK(BM_Scan)->ArgName("dense")->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

void BM_FoldAndScan(benchmark::State& state) {
  if (Text().empty()) {
    state.SkipWithError("cannot read the Sequoia train set");
    return;
  }
  auto matcher = PhraseMatcher::Build(Lexicon(/*dense=*/true));
  if (!matcher.ok()) {
    state.SkipWithError(matcher.status().message().c_str());
    return;
  }
  text::Normalizer normalizer;
  text::NormalizedText folded;
  std::vector<PhraseMatch> matches;
  for (auto _ : state) {
    normalizer.Normalize(Text(), &folded);
    matches.clear();
    matcher->Scan(folded.text(), &matches);
    benchmark::DoNotOptimize(matches.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(Text().size()));
}
BENCHMARK(BM_FoldAndScan)->Unit(benchmark::kMillisecond);

void BM_Build(benchmark::State& state) {
  std::vector<std::string> lexicon = Lexicon(/*dense=*/true);
  for (auto _ : state) {
    auto matcher = PhraseMatcher::Build(lexicon);
    benchmark::DoNotOptimize(matcher.ok());
  }
}
BENCHMARK(BM_Build)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigie::analyse
BENCHMARK_MAIN();
