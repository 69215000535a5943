// Precision of the text rules on real pages: trafilatura's evaluation set
// (shared/data/trafilatura-eval, 645 pages in many languages, each with
// snippets that must be in the main text, `with`, and snippets that must
// not, `without`). Each page goes through the HTML extraction, then the
// text rules; only what the text rules remove is scored:
//   false removals  `with` snippets inside a block the rules removed (must
//                   stay at 0: the rules are meant to be precise);
//   good removals   `without` snippets inside a block the rules removed;
// and the time the rules take, against the HTML extraction's.
//
// Usage: vigie_text_rules_eval [--data DIR] [--max-false N] [--show]
// --show prints every block the rules removed. Exit status 1 when the
// false removals exceed N (default 0).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "clean/html_page.h"
#include "clean/text_rules.h"
#include "common/strings.h"
#include "ingest/decompress.h"
#include "ingest/html_parser.h"

namespace {

struct Totals {
  int pages = 0;
  int removed_blocks = 0;
  int false_removals = 0;
  int good_removals = 0;
  double html_seconds = 0;
  double rules_seconds = 0;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

int CountIn(const std::string& removed, const nlohmann::json& snippets) {
  int n = 0;
  for (const nlohmann::json& s : snippets) {
    if (removed.find(vigie::CollapseWhitespace(s.get<std::string>())) != std::string::npos) ++n;
  }
  return n;
}

void ScorePage(const std::string& dir, const std::string& url, const nlohmann::json& entry,
               bool show, Totals* t) {
  vigie::ingest::Decompressed html =
      vigie::ingest::Decompress(ReadFile(dir + "/" + entry["file"].get<std::string>()));
  auto doc = vigie::ingest::HtmlDocument::Parse(html.bytes);
  if (!doc.ok()) return;
  auto t0 = std::chrono::steady_clock::now();
  vigie::ingest::Page page = vigie::clean::ExtractHtmlPage(*doc, url);
  auto t1 = std::chrono::steady_clock::now();
  size_t before = page.removed.size();
  vigie::clean::ApplyTextRules(vigie::Format::kHtml, &page);
  auto t2 = std::chrono::steady_clock::now();
  t->html_seconds += std::chrono::duration<double>(t1 - t0).count();
  t->rules_seconds += std::chrono::duration<double>(t2 - t1).count();
  ++t->pages;
  for (size_t i = before; i < page.removed.size(); ++i) {
    std::string removed = vigie::CollapseWhitespace(page.removed[i]);
    ++t->removed_blocks;
    int bad = CountIn(removed, entry["with"]);
    t->false_removals += bad;
    t->good_removals += CountIn(removed, entry["without"]);
    if (show || bad > 0) {
      std::printf("%s %s\n    %.200s\n", bad > 0 ? "FALSE" : "removed", url.c_str(),
                  removed.c_str());
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = std::string(VIGIE_SHARED_DATA_DIR) + "/trafilatura-eval";
  int max_false = 0;
  bool show = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--data") && i + 1 < argc)
      dir = argv[++i];
    else if (!std::strcmp(argv[i], "--max-false") && i + 1 < argc)
      max_false = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--show"))
      show = true;
  }
  nlohmann::json eval = nlohmann::json::parse(ReadFile(dir + "/evaldata.json"), nullptr, false);
  if (eval.is_discarded() || !eval.is_object()) {
    std::fprintf(stderr, "cannot read %s/evaldata.json\n", dir.c_str());
    return 2;
  }
  Totals t;
  for (const auto& [url, entry] : eval.items()) ScorePage(dir, url, entry, show, &t);
  std::printf(
      "pages %d  blocks removed by the text rules %d  false removals %d  good removals %d\n"
      "time per page: html extraction %.3f ms, text rules %.3f ms\n",
      t.pages, t.removed_blocks, t.false_removals, t.good_removals,
      1e3 * t.html_seconds / std::max(1, t.pages), 1e3 * t.rules_seconds / std::max(1, t.pages));
  return t.false_removals > max_false ? 1 : 0;
}
