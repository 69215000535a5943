// Main-text extraction quality on the article-extraction benchmark
// (shared/data/article-extraction-benchmark, 181 news pages with their gold
// article bodies), scored exactly as the benchmark scores it:
//   * words are the runs of \w+ characters (Python's Unicode \w: letters,
//     numbers and '_'; combining marks split words, as they do there);
//   * a text is the multiset of its 4-word shingles (a text of fewer than
//     four words is one shingle of all its words; no words, no shingle);
//   * per page tp = sum of min(gold, predicted) counts, fp and fn the excess
//     on each side; precision = tp/(tp+fp), recall = tp/(tp+fn), both 1 when
//     fp = fn = 0, both 0 when tp = 0;
//   * precision and recall are means over pages, F1 is computed from them.
// Each page goes through the same path as `vigie extract`: ReadInput (format
// forced to HTML, charset handling), then ArticleProcessor (HTML extraction
// and the text rules); the Document's `text` is the prediction.
// The published outputs of other extractors (output/*.json) are scored with
// the same code, to check it against their published figures.
//
// Usage: vigie_eval_extraction [--data DIR] [--min-f1 X] [--worst N]
//                              [--show ID]
// Exit status 1 when F1 < X.
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/utf8.h"
#include "eval_common.h"

namespace {

using nlohmann::json;

bool IsWordChar(char32_t cp) {
  if (cp == '_') return true;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = vigie::DecodeUtf8(text, &i);
    if (IsWordChar(cp)) {
      current.append(text, start, i - start);
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::unordered_map<std::string, int> Shingles(const std::string& text) {
  std::vector<std::string> w = Words(text);
  std::unordered_map<std::string, int> out;
  size_t n = w.size() >= 4 ? w.size() - 3 : 1;
  for (size_t i = 0; i < n; ++i) {
    std::string s;
    for (size_t j = i; j < std::min(i + 4, w.size()); ++j) {
      if (j > i) s.push_back(' ');
      s += w[j];
    }
    if (!s.empty()) ++out[s];
  }
  return out;
}

struct PageScore {
  double precision = 0, recall = 0;
};

PageScore Score(const std::string& gold, const std::string& predicted) {
  auto g = Shingles(gold), p = Shingles(predicted);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [k, gc] : g) {
    auto it = p.find(k);
    int pc = it == p.end() ? 0 : it->second;
    tp += std::min(gc, pc);
    fn += std::max(0, gc - pc);
  }
  for (const auto& [k, pc] : p) {
    auto it = g.find(k);
    int gc = it == g.end() ? 0 : it->second;
    fp += std::max(0, pc - gc);
  }
  if (fp == 0 && fn == 0) return {1, 1};
  if (tp == 0) return {0, 0};
  return {tp / (tp + fp), tp / (tp + fn)};
}

struct Summary {
  double precision = 0, recall = 0, f1 = 0;
  size_t pages = 0;
};

Summary Evaluate(const json& gold, const std::map<std::string, std::string>& predicted,
                 std::vector<std::pair<double, std::string>>* per_page = nullptr) {
  Summary s;
  for (const auto& [id, entry] : gold.items()) {
    auto it = predicted.find(id);
    std::string pred = it == predicted.end() ? "" : it->second;
    PageScore ps = Score(entry.value("articleBody", ""), pred);
    s.precision += ps.precision;
    s.recall += ps.recall;
    ++s.pages;
    if (per_page) {
      double f = ps.precision + ps.recall > 0
                     ? 2 * ps.precision * ps.recall / (ps.precision + ps.recall)
                     : 0;
      per_page->emplace_back(f, id);
    }
  }
  if (s.pages > 0) {
    s.precision /= s.pages;
    s.recall /= s.pages;
  }
  if (s.precision + s.recall > 0) s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

using vigie::bench::ReadWholeFile;

std::map<std::string, std::string> RunVigie(const std::filesystem::path& dir, const json& gold) {
  vigie::pipeline::ArticleProcessor processor = vigie::bench::MakeExtractionProcessor();
  std::map<std::string, std::string> out;
  for (const auto& [id, entry] : gold.items()) {
    std::optional<std::string> text =
        vigie::bench::ExtractHtmlFile(processor, dir / "html" / (id + ".html.gz"));
    if (text) out[id] = std::move(*text);
  }
  return out;
}

std::map<std::string, std::string> LoadOutput(const std::filesystem::path& path) {
  std::map<std::string, std::string> out;
  std::string text;
  if (!ReadWholeFile(path, &text)) return out;
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return out;
  const json& items = j.contains("output") && j["output"].is_object() ? j["output"] : j;
  for (const auto& [id, entry] : items.items()) {
    if (entry.is_object() && entry.contains("articleBody") && entry["articleBody"].is_string())
      out[id] = entry["articleBody"].get<std::string>();
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path dir = VIGIE_SHARED_DATA_DIR "/article-extraction-benchmark";
  double min_f1 = -1;
  int worst = 0;
  std::string show;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) dir = argv[++i];
    else if (a == "--min-f1" && i + 1 < argc) min_f1 = std::atof(argv[++i]);
    else if (a == "--worst" && i + 1 < argc) worst = std::atoi(argv[++i]);
    else if (a == "--show" && i + 1 < argc) show = argv[++i];
    else {
      std::fprintf(stderr,
                   "usage: %s [--data DIR] [--min-f1 X] [--worst N] [--show ID]\n", argv[0]);
      return 2;
    }
  }
  std::string gold_text;
  if (!ReadWholeFile(dir / "ground-truth.json", &gold_text)) {
    std::fprintf(stderr, "cannot read %s\n", (dir / "ground-truth.json").c_str());
    return 2;
  }
  json gold = json::parse(gold_text, nullptr, false);
  if (gold.is_discarded() || !gold.is_object()) {
    std::fprintf(stderr, "ground-truth.json is not a JSON object\n");
    return 2;
  }
  std::map<std::string, std::string> ours = RunVigie(dir, gold);
  if (!show.empty()) {
    std::printf("=== ours\n%s\n=== gold\n%s\n", ours[show].c_str(),
                gold.contains(show) ? gold[show].value("articleBody", "").c_str() : "");
    return 0;
  }
  std::vector<std::pair<double, std::string>> per_page;
  Summary s = Evaluate(gold, ours, &per_page);
  std::printf("%-16s %9s %9s %9s %6s\n", "extractor", "precision", "recall", "F1", "pages");
  std::printf("%-16s %9.3f %9.3f %9.3f %6zu\n", "vigie", s.precision, s.recall, s.f1, s.pages);
  std::vector<std::filesystem::path> outputs;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir / "output", ec))
    if (e.path().extension() == ".json") outputs.push_back(e.path());
  std::sort(outputs.begin(), outputs.end());
  for (const auto& path : outputs) {
    Summary o = Evaluate(gold, LoadOutput(path));
    std::printf("%-16s %9.3f %9.3f %9.3f %6zu\n", path.stem().c_str(), o.precision, o.recall,
                o.f1, o.pages);
  }
  if (worst > 0) {
    std::sort(per_page.begin(), per_page.end());
    for (int i = 0; i < worst && i < static_cast<int>(per_page.size()); ++i)
      std::printf("worst %.3f %s\n", per_page[i].first, per_page[i].second.c_str());
  }
  if (min_f1 >= 0 && s.f1 < min_f1) {
    std::fprintf(stderr, "F1 %.3f is below the threshold %.3f\n", s.f1, min_f1);
    return 1;
  }
  return 0;
}
