// Main-text extraction quality on trafilatura's evaluation set
// (shared/data/trafilatura-eval: 645 pages in many languages; evaldata.json
// maps each page URL to {file: "html/<hash>.html.gz", with: [...],
// without: [...]}), scored exactly as trafilatura's tests/eval_common.py
// scores it (count_item and ConfusionMatrix there):
//   * both the extracted text and every snippet are normalised with
//     re.sub(r"\s+", " ", s).strip(): runs of Unicode white space (Python's
//     str.isspace set, which includes NBSP, U+2000..U+200A, U+202F, U+3000
//     and the line/paragraph separators, but not U+200B or U+FEFF) become
//     one ASCII space, ends trimmed. Matching is then a plain, case-sensitive
//     substring test: no case folding, no Unicode normalisation, no
//     punctuation or quote unification (trafilatura does none either);
//   * a `with` snippet found is a true positive, missing a false negative; a
//     `without` snippet found is a false positive, missing a true negative;
//     a page that yields no document counts as all misses (tp = fp = 0);
//   * the counts are summed over all pages (micro-average, not a mean of
//     per-page scores): precision = tp/(tp+fp), recall = tp/(tp+fn),
//     F1 = 2tp/(2tp+fp+fn), accuracy = (tp+tn)/all snippets.
// Trafilatura runs with include_comments=False there, so comments are not
// expected; Vigie's Document::text (paragraphs joined by "\n\n", title not
// included, as in trafilatura's text output) is the prediction.
// Each page goes through the same path as `vigie extract` (see
// eval_common.h). Pages are taken in the byte order of their URLs and the
// worst list is sorted by errors, then URL, so the output is deterministic.
//
// Usage: vigie_eval_trafilatura [--data DIR] [--min-f1 X] [--worst N]
//                               [--show URL]
// Exit status 1 when F1 < X, 2 on bad usage or unreadable data.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/utf8.h"
#include "eval_common.h"

namespace {

using nlohmann::json;

// Python's str.isspace(): bidirectional class WS, B or S, or category Zs.
bool IsPythonSpace(char32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 ||
         cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// re.sub(r"\s+", " ", s).strip() on UTF-8 text.
std::string Normalize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t cp = vigie::DecodeUtf8(s, &i);
    if (IsPythonSpace(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(s, start, i - start);
  }
  return out;
}

struct Counts {
  long tp = 0, fp = 0, fn = 0, tn = 0;
  void Add(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    tn += o.tn;
  }
  long Errors() const { return fp + fn; }
};

struct PageResult {
  std::string url;
  Counts counts;
  std::vector<std::string> missing;  // `with` snippets not found
  std::vector<std::string> leaked;   // `without` snippets found
};

std::vector<std::string> Snippets(const json& item, const char* key) {
  std::vector<std::string> out;
  if (!item.contains(key) || !item[key].is_array()) return out;
  for (const json& s : item[key])
    if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

// `text` is nullopt when the page gave no document: every snippet is a miss.
PageResult ScorePage(const std::string& url, const json& item,
                     const std::optional<std::string>& text) {
  PageResult r;
  r.url = url;
  std::string norm_text = text ? Normalize(*text) : "";
  for (const std::string& s : Snippets(item, "with")) {
    if (text && norm_text.find(Normalize(s)) != std::string::npos) {
      ++r.counts.tp;
    } else {
      ++r.counts.fn;
      r.missing.push_back(s);
    }
  }
  for (const std::string& s : Snippets(item, "without")) {
    if (text && norm_text.find(Normalize(s)) != std::string::npos) {
      ++r.counts.fp;
      r.leaked.push_back(s);
    } else {
      ++r.counts.tn;
    }
  }
  return r;
}

double Ratio(long num, long den) { return den > 0 ? static_cast<double>(num) / den : 0.0; }

// At most `max_cp` code points of the normalised snippet, "..." when cut.
std::string Shorten(const std::string& s, size_t max_cp) {
  std::string n = Normalize(s);
  if (vigie::CodePointCount(n) <= max_cp) return n;
  return std::string(vigie::CodePointSubstr(n, 0, max_cp)) + "...";
}

void PrintWorst(std::vector<PageResult> pages, int n) {
  std::stable_sort(pages.begin(), pages.end(), [](const PageResult& a, const PageResult& b) {
    if (a.counts.Errors() != b.counts.Errors()) return a.counts.Errors() > b.counts.Errors();
    return a.url < b.url;
  });
  for (int i = 0; i < n && i < static_cast<int>(pages.size()); ++i) {
    const PageResult& p = pages[i];
    if (p.counts.Errors() == 0) break;
    std::printf("\nworst %ld errors (fn %ld, fp %ld) %s\n", p.counts.Errors(), p.counts.fn,
                p.counts.fp, p.url.c_str());
    for (const std::string& s : p.missing) std::printf("  missing: %s\n", Shorten(s, 80).c_str());
    for (const std::string& s : p.leaked) std::printf("  leaked:  %s\n", Shorten(s, 80).c_str());
  }
}

struct Args {
  std::filesystem::path dir = VIGIE_SHARED_DATA_DIR "/trafilatura-eval";
  double min_f1 = -1;
  int worst = 0;
  std::string show;
};

bool ParseArgs(int argc, char** argv, Args* args) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) args->dir = argv[++i];
    else if (a == "--min-f1" && i + 1 < argc) args->min_f1 = std::atof(argv[++i]);
    else if (a == "--worst" && i + 1 < argc) args->worst = std::atoi(argv[++i]);
    else if (a == "--show" && i + 1 < argc) args->show = argv[++i];
    else return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::fprintf(stderr, "usage: %s [--data DIR] [--min-f1 X] [--worst N] [--show URL]\n",
                 argv[0]);
    return 2;
  }
  std::string data_text;
  if (!vigie::bench::ReadWholeFile(args.dir / "evaldata.json", &data_text)) {
    std::fprintf(stderr, "cannot read %s\n", (args.dir / "evaldata.json").c_str());
    return 2;
  }
  json data = json::parse(data_text, nullptr, false);
  if (data.is_discarded() || !data.is_object()) {
    std::fprintf(stderr, "evaldata.json is not a JSON object\n");
    return 2;
  }
  vigie::pipeline::ArticleProcessor processor = vigie::bench::MakeExtractionProcessor();
  if (!args.show.empty()) {
    if (!data.contains(args.show) || !data[args.show].is_object()) {
      std::fprintf(stderr, "no page for %s\n", args.show.c_str());
      return 2;
    }
    std::optional<std::string> text = vigie::bench::ExtractHtmlFile(
        processor, args.dir / data[args.show].value("file", ""));
    std::printf("%s\n", text ? text->c_str() : "(no document)");
    return 0;
  }
  Counts total;
  long pages = 0, no_document = 0;
  std::vector<PageResult> results;
  for (const auto& [url, item] : data.items()) {
    if (!item.is_object() || !item.contains("file") || !item["file"].is_string()) continue;
    std::optional<std::string> text =
        vigie::bench::ExtractHtmlFile(processor, args.dir / item["file"].get<std::string>());
    if (!text || text->empty()) ++no_document;
    results.push_back(ScorePage(url, item, text));
    total.Add(results.back().counts);
    ++pages;
  }
  double precision = Ratio(total.tp, total.tp + total.fp);
  double recall = Ratio(total.tp, total.tp + total.fn);
  double f1 = Ratio(2 * total.tp, 2 * total.tp + total.fp + total.fn);
  long snippets = total.tp + total.fp + total.fn + total.tn;
  double accuracy = Ratio(total.tp + total.tn, snippets);
  std::printf("%9s %9s %9s %9s %6s %8s %6s\n", "precision", "recall", "F1", "accuracy", "pages",
              "snippets", "empty");
  std::printf("%9.3f %9.3f %9.3f %9.3f %6ld %8ld %6ld\n", precision, recall, f1, accuracy, pages,
              snippets, no_document);
  std::printf("tp %ld  fp %ld  fn %ld  tn %ld\n", total.tp, total.fp, total.fn, total.tn);
  if (args.worst > 0) PrintWorst(std::move(results), args.worst);
  if (args.min_f1 >= 0 && f1 < args.min_f1) {
    std::fprintf(stderr, "F1 %.3f is below the threshold %.3f\n", f1, args.min_f1);
    return 1;
  }
  return 0;
}
