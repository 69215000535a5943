// vigie search: a query and filters in, ranked hits out as JSONL or as a
// readable list.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "store_commands.h"

namespace vigie::cli {
namespace {

using Json = nlohmann::ordered_json;

double Round4(double x) { return static_cast<double>(static_cast<int64_t>(x * 1e4 + 0.5)) / 1e4; }

Json OrNull(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json HitJson(const SearchHit& h, const SearchRequest& r) {
  Json highlights = Json::array();
  for (const auto& [start, end] : h.highlights) highlights.push_back(Json::array({start, end}));
  Json j{{"id", h.id},
         {"url", OrNull(h.url)},
         {"outlet", OrNull(h.outlet)},
         {"domain", OrNull(h.domain)},
         {"title", OrNull(h.title)},
         {"published", OrNull(h.published)},
         {"language", OrNull(h.language)},
         {"authors", h.authors},
         {"score", Round4(h.score)},
         {"snippet", h.snippet},
         {"highlights", std::move(highlights)},
         {"article", h.article_id},
         {"version", h.version},
         {"versions", h.versions}};
  auto spans = [](const std::vector<std::string>& list) {
    Json out = Json::array();
    for (const std::string& s : list) out.push_back(Json::parse(s, nullptr, false));
    return out;
  };
  if (r.quotes_by) j["quotes"] = spans(h.quotes);
  if (r.label) j["labels"] = spans(h.labels);
  if (r.technique) j["techniques"] = spans(h.techniques);
  if (r.claims) j["claims"] = spans(h.claims);
  return j;
}

// `snippet` with its highlights (sorted, apart) between `open` and `close`.
std::string Highlighted(const SearchHit& h, const char* open, const char* close) {
  std::string out;
  int64_t cp = 0;
  size_t k = 0;
  bool inside = false;
  for (size_t i = 0; i <= h.snippet.size(); ++i) {
    if (i == h.snippet.size() || (static_cast<unsigned char>(h.snippet[i]) & 0xC0) != 0x80) {
      if (inside && cp >= h.highlights[k].second) {
        out += close;
        inside = false;
        ++k;
      }
      if (!inside && k < h.highlights.size() && cp == h.highlights[k].first) {
        out += open;
        inside = true;
      }
      ++cp;
    }
    if (i < h.snippet.size()) out.push_back(h.snippet[i]);
  }
  if (inside) out += close;
  return out;
}

void PrintSpans(const char* what, const std::vector<std::string>& spans) {
  for (const std::string& s : spans) {
    Json j = Json::parse(s, nullptr, false);
    std::string text = j.is_object() && j.contains("text") && j["text"].is_string()
                           ? j["text"].get<std::string>()
                           : s;
    std::string extra;
    if (j.is_object() && j.contains("speaker") && j["speaker"].is_string()) {
      extra = " (" + j["speaker"].get<std::string>() + ")";
    } else if (j.is_object() && j.contains("technique") && j["technique"].is_string()) {
      extra = " (" + j["technique"].get<std::string>() + ")";
    } else if (j.is_object() && j.contains("term") && j["term"].is_string()) {
      extra = " (" + j["term"].get<std::string>() + ")";
    }
    std::printf("     %s%s: %s\n", what, extra.c_str(), text.c_str());
  }
}

void PrintTable(const std::vector<SearchHit>& hits, bool color) {
  const char* bold = color ? "\033[1m" : "";
  const char* plain = color ? "\033[0m" : "";
  if (hits.empty()) std::printf("no results\n");
  int n = 0;
  for (const SearchHit& h : hits) {
    std::string meta = h.outlet.value_or(h.domain.value_or("?"));
    if (h.published) meta += " · " + h.published->substr(0, 10);
    if (h.versions > 1) meta += " · version " + std::to_string(h.version) + "/" +
                                std::to_string(h.versions);
    std::printf("%3d. %s%s%s\n     %s\n", ++n, bold, h.title.value_or("(no title)").c_str(), plain,
                meta.c_str());
    if (h.url) std::printf("     %s\n", h.url->c_str());
    std::printf("     %s\n", Highlighted(h, color ? "\033[1;33m" : "[", color ? "\033[0m" : "]").c_str());
    PrintSpans("quote", h.quotes);
    PrintSpans("label", h.labels);
    PrintSpans("technique", h.techniques);
    PrintSpans("claim", h.claims);
  }
}

}  // namespace

CLI::App* AddSearchCommand(CLI::App* app, SearchArgs* args) {
  CLI::App* cmd = AddStoreCommand(
      app, "search", &args->db,
      "Search a store: full text (French-aware: case, accents and inflections ignored,\n"
      "elisions split) ranked by relevance (bm25), under filters, and the analysis\n"
      "layers. QUERY: words (all required), \"phrases\", prefix*, OR, NOT or -word,\n"
      "(groups), title:word. Results: JSONL (--json, the default when standard output\n"
      "is not a terminal) or a readable list. Exit status: 0, 1 on a store error,\n"
      "2 on a usage error (bad query, bad date, no such store).");
  cmd->add_option("QUERY", args->words, "The query (its words are joined with spaces)");
  SearchRequest& r = args->request;
  cmd->add_option("--outlet", r.outlets, "Only this outlet (case and accents ignored; repeatable)");
  cmd->add_option("--domain", r.domains, "Only this domain or its subdomains (repeatable)");
  cmd->add_option("--since", args->since, "Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--until", args->until, "Published on or before (same forms, inclusive)");
  cmd->add_option("--lang", r.languages, "Only this language (ISO 639-1; repeatable)");
  cmd->add_option("--author", args->author, "An author whose name contains these words");
  cmd->add_option("--quotes-by", args->quotes_by,
                  "Quotations whose speaker's name contains these words");
  cmd->add_option("--label", args->label, "Actor labels with this term or text (\"rebelles\")");
  cmd->add_option("--technique", args->technique,
                  "Persuasion technique spans of this name (Loaded_Language...)");
  cmd->add_flag("--claims", r.claims, "Casualty claims");
  cmd->add_option("--limit,-n", r.limit, "Results at most (default 20)")
      ->check(CLI::Range(1, 100000));
  cmd->add_flag("--json", args->json, "JSONL, one result per line");
  cmd->add_flag("--table", args->table, "A readable list, even when not on a terminal");
  return cmd;
}

int RunSearch(SearchArgs args) {
  SearchRequest& r = args.request;
  for (const std::string& w : args.words) r.query += (r.query.empty() ? "" : " ") + w;
  if (!args.author.empty()) r.author = args.author;
  if (!args.quotes_by.empty()) r.quotes_by = args.quotes_by;
  if (!args.label.empty()) r.label = args.label;
  if (!args.technique.empty()) r.technique = args.technique;
  if (!args.since.empty()) r.since = args.since;
  if (!args.until.empty()) r.until = args.until;
  StoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(args.db, options);
  if (!store.ok()) return StoreOpenFailed(store.status());
  Result<std::vector<SearchHit>> hits = (*store)->Search(r);
  if (!hits.ok()) {
    WriteStderrJson(Json{{"error", hits.status().message()}});
    return hits.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitSomeFailed;
  }
  const bool terminal = isatty(STDOUT_FILENO) != 0;
  if (args.table || (!args.json && terminal)) {
    PrintTable(*hits, terminal);
  } else {
    for (const SearchHit& h : *hits) {
      std::printf("%s\n",
                  HitJson(h, r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    }
  }
  std::fflush(stdout);
  return std::ferror(stdout) ? kExitSomeFailed : kExitOk;
}

}  // namespace vigie::cli
