// Throughput of PhraseMatcher::Scan (Google Benchmark) with 10,000 phrases,
// the lexicon size, over text folded for matching. Bytes/s counts
// folded bytes scanned.
//
// Texts. "sequoia": the `# text =` sentences of the Sequoia train set (French
// news-like text of the 2000s, little about wars) joined into one text and
// repeated to about 1 MB. "conflict": the 1,901 paragraphs of
// data/ner/fr_news (modern news about the wars of Syria, Iraq, Ukraine, the
// Sahel, in wire, analysis, state-media and blog styles), repeated to about
// 1 MB: the text Vigie's label and technique lexicons are for.
//
// Lexicons. "realistic": what the analysis layers match: every phrase of
// data/lexicons (actor labels with their generated plurals, technique cues,
// context words), then the names of data/gazetteers/fr (places, countries
// and their demonyms with generated plurals, organisations, people, titles),
// then entity mentions of the fr_news corpus and of the Europeana French NER
// corpus (people and places, OCR spellings included), until 10,000 distinct
// folded phrases. "dense": 10,000 distinct word bigrams of the Sequoia text
// itself (chosen by hash), so that phrases match everywhere (about one match
// every 20 bytes, far more than any real lexicon): the worst case for the
// match callback. "sparse": 100 such bigrams and 9,900 words of the text
// spelled backwards, which almost never match: the cost of the automaton
// itself. BM_FoldAndScan adds the folding, which the analysis does once per
// document for all layers; BM_IndexScan is PhraseIndex::Scan, which also maps
// every hit to code points and tokens.
#include <benchmark/benchmark.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/analysis_text.h"
#include "analyse/inflection.h"
#include "analyse/lexicon.h"
#include "analyse/phrase_index.h"
#include "analyse/phrase_matcher.h"
#include "analyse/tsv.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "eval_common.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

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

// The fr_news paragraphs, repeated to about 1 MB.
const std::string& ConflictText() {
  static const std::string text = [] {
    std::string content, one;
    if (!bench::ReadWholeFile(DefaultDataDir() + "/ner/fr_news/train.jsonl", &content)) return one;
    for (std::string_view line : SplitLines(content)) {
      if (line.empty()) continue;
      one += nlohmann::json::parse(line).at("text").get<std::string>();
      one += "\n\n";
    }
    std::string out;
    while (!one.empty() && out.size() < (1u << 20)) out += one;
    return out;
  }();
  return text;
}

bool NameLike(std::string_view s);

// Entity mentions of the fr_news corpus and of the Europeana NER file (only
// its name-like mentions: it is OCR of old newspapers).
std::vector<std::string> Mentions() {
  std::vector<std::string> out;
  std::string content;
  if (bench::ReadWholeFile(DefaultDataDir() + "/ner/fr_news/train.jsonl", &content)) {
    for (std::string_view line : SplitLines(content)) {
      if (line.empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line);
      const std::string text = j.at("text").get<std::string>();
      for (const auto& e : j.at("entities")) {
        size_t start = e.at("start").get<size_t>(), end = e.at("end").get<size_t>();
        out.emplace_back(CodePointSubstr(text, start, end));
      }
    }
  }
  if (bench::ReadWholeFile(std::string(VIGIE_SHARED_DATA_DIR) + "/europeana-ner-fr/enp_FR.bnf.bio",
                           &content)) {
    std::string cur, type;
    const size_t curated = out.size();  // the fr_news mentions, checked by hand
    for (std::string_view line : SplitLines(content)) {
      size_t space = line.rfind(' ');
      std::string_view word = space == line.npos ? "" : line.substr(0, space);
      std::string_view tag = space == line.npos ? "O" : line.substr(space + 1);
      std::string_view t = tag.size() > 2 ? tag.substr(2) : "";
      if (tag == "O" || t != type || tag[0] == 'B') {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
      }
      type = std::string(t);
      if (tag != "O") cur += (cur.empty() ? "" : " ") + std::string(word);
    }
    if (!cur.empty()) out.push_back(cur);
    std::erase_if(out, [&, i = size_t{0}](const std::string& m) mutable {
      return i++ >= curated && !NameLike(m);
    });
  }
  return out;
}

// A name as a gazetteer would hold it: capitalised, then lower case, at
// least four letters ("Marseille Brest", not the OCR's "Est", "ANS", ".").
bool NameLike(std::string_view s) {
  if (s.size() < 4) return false;
  size_t pos = 0;
  if (!text::IsUpperChar(DecodeUtf8(s, &pos))) return false;
  int lower = 0;
  while (pos < s.size()) lower += text::IsLowerChar(DecodeUtf8(s, &pos));
  return lower >= 3;
}

std::vector<std::string> GazetteerNames() {
  std::vector<std::string> out;
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(DefaultDataDir() + "/gazetteers/fr", ec)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    Result<TsvTable> t = TsvTable::ReadFile(path.string());
    if (!t.ok()) continue;
    for (const char* column : {"name", "cue", "head", "demonym_adjectives"}) {
      const int c = t->Column(column);
      if (c < 0) continue;
      for (size_t r = 0; r < t->rows(); ++r) {
        std::string_view field = t->Field(r, c);
        size_t pos = 0;
        while (pos < field.size()) {  // demonyms are comma-separated
          size_t comma = field.find(',', pos);
          if (comma == field.npos) comma = field.size();
          std::string_view name = Trim(field.substr(pos, comma - pos));
          if (!name.empty()) {
            for (std::string& form : InflectPhrase(name, "fr")) out.push_back(std::move(form));
          }
          pos = comma + 1;
        }
      }
    }
  }
  return out;
}

// The analysis layers' lexicons, the gazetteers, then entity mentions: 10,000
// distinct folded phrases.
const std::vector<std::string>& RealisticLexicon() {
  static const std::vector<std::string> lexicon = [] {
    std::vector<std::string> candidates;
    if (auto lex = Lexicon::Load({DefaultDataDir() + "/lexicons"}); lex.ok()) {
      (*lex)->AppendPhrases(&candidates);
    }
    for (auto& n : GazetteerNames()) candidates.push_back(std::move(n));
    for (auto& n : Mentions()) candidates.push_back(std::move(n));
    std::vector<std::string> out;
    std::set<std::string> seen;
    const text::Normalizer normalizer;
    for (std::string& c : candidates) {
      if (out.size() == 10000) break;
      std::string folded = CollapseWhitespace(normalizer.Fold(c));
      if (folded.empty() || !seen.insert(folded).second) continue;
      out.push_back(std::move(c));
    }
    return out;
  }();
  return lexicon;
}

PhraseMatcher::Engine EngineArg(int64_t arg) {
  return arg == 1 ? PhraseMatcher::Engine::kHyperscan : PhraseMatcher::Engine::kTable;
}

void BM_ScanRealistic(benchmark::State& state) {
  const std::string& text = state.range(0) == 1 ? ConflictText() : Text();
  const std::vector<std::string>& lexicon = RealisticLexicon();
  if (text.empty() || lexicon.size() < 10000) {
    state.SkipWithError("cannot read the texts or the lexicons");
    return;
  }
  auto matcher = PhraseMatcher::Build(lexicon, EngineArg(state.range(1)));
  if (!matcher.ok()) {
    state.SkipWithError(matcher.status().message().c_str());
    return;
  }
  const std::string folded = text::FoldForMatching(text);
  std::vector<PhraseMatch> matches;
  for (auto _ : state) {
    matches.clear();
    matcher->Scan(folded, &matches);
    benchmark::DoNotOptimize(matches.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(folded.size()));
  state.counters["phrases"] = static_cast<double>(lexicon.size());
  state.counters["matches"] = static_cast<double>(matches.size());
  state.counters["bytes_per_match"] =
      matches.empty() ? 0 : static_cast<double>(folded.size()) / matches.size();
}
BENCHMARK(BM_ScanRealistic)
    ->ArgNames({"conflict", "hyperscan"})
    ->Args({1, 0})
    ->Args({1, 1})
    ->Args({0, 0})
    ->Args({0, 1})
    ->Unit(benchmark::kMillisecond);

// PhraseIndex::Scan over an AnalysisText (tokens and folding done before):
// the matcher plus the map of every hit to code points and tokens.
void BM_IndexScan(benchmark::State& state) {
  const std::vector<std::string>& lexicon = RealisticLexicon();
  if (ConflictText().empty() || lexicon.size() < 10000) {
    state.SkipWithError("cannot read the texts or the lexicons");
    return;
  }
  PhraseIndex::Builder builder;
  builder.AddList("realistic", lexicon);
  auto index = builder.Build();
  if (!index.ok()) {
    state.SkipWithError(index.status().message().c_str());
    return;
  }
  const AnalysisText analysis(ConflictText(), "fr");
  std::vector<PhraseHit> hits;
  for (auto _ : state) {
    index->Scan(analysis, &hits);
    benchmark::DoNotOptimize(hits.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(analysis.normalized().size()));
  state.counters["hits"] = static_cast<double>(hits.size());
}
BENCHMARK(BM_IndexScan)->Unit(benchmark::kMillisecond);

void BM_Scan(benchmark::State& state) {
  if (Text().empty()) {
    state.SkipWithError("cannot read the Sequoia train set");
    return;
  }
  std::vector<std::string> lexicon = Lexicon(state.range(0) == 1);
  auto matcher = PhraseMatcher::Build(lexicon, EngineArg(state.range(1)));
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
BENCHMARK(BM_Scan)
    ->ArgNames({"dense", "hyperscan"})
    ->Args({1, 0})
    ->Args({1, 1})
    ->Args({0, 0})
    ->Args({0, 1})
    ->Unit(benchmark::kMillisecond);

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
    auto matcher = PhraseMatcher::Build(lexicon, EngineArg(state.range(0)));
    benchmark::DoNotOptimize(matcher.ok());
  }
}
BENCHMARK(BM_Build)->ArgName("hyperscan")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigie::analyse
BENCHMARK_MAIN();
