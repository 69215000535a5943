#include "reuse_command.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "progress.h"

namespace vigie::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;
constexpr int kExitUsage = 2;

std::string JsonLine(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

// Diagnostics as JSON lines on stderr, and the progress bar (progress.h)
// while the inputs are read and indexed.
class ReuseSink : public ExtractSink {
 public:
  explicit ReuseSink(const std::vector<std::string>& paths) : progress_(paths) {}

  void OnDocument(const Document& doc) override {
    ++articles_;
    progress_.Done(doc.input, std::to_string(articles_) + " articles indexed");
  }
  void OnError(std::string_view input, std::string_view error) override {
    progress_.Done(input, std::to_string(articles_) + " articles indexed");
    Write(nlohmann::ordered_json{{"input", input}, {"error", error}});
  }
  void OnNotice(std::string_view message) override {
    Write(nlohmann::ordered_json{{"notice", message}});
  }
  void OnRecordRead(std::string_view input) override { progress_.Read(input); }
  void Write(const nlohmann::ordered_json& j) {
    progress_.Clear();
    std::fputs(JsonLine(j).c_str(), stderr);
  }
  void Clear() { progress_.Clear(); }

 private:
  Progress progress_;
  long long articles_ = 0;
};

bool Put(const std::string& s) { return std::fwrite(s.data(), 1, s.size(), stdout) == s.size(); }

nlohmann::ordered_json ArticleJson(const ReuseArticle& a) {
  auto opt = [](const std::optional<std::string>& s) {
    return s ? nlohmann::ordered_json(*s) : nlohmann::ordered_json(nullptr);
  };
  return {{"id", a.id}, {"outlet", opt(a.outlet)}, {"domain", opt(a.domain)},
          {"url", opt(a.url)}, {"published", opt(a.published)}, {"fetched", opt(a.fetched)}};
}

// The origin and the copies of one article: its family's origin, the
// articles it shares text with that came after it (its copies, compilations
// that pasted it included), before it (its sources), and in an unknown
// order, each with the pair.
nlohmann::ordered_json OfJson(const ReuseJobResult& r, const StoryFamilies& families,
                              uint32_t doc) {
  nlohmann::ordered_json copies = nlohmann::ordered_json::array();
  nlohmann::ordered_json sources = nlohmann::ordered_json::array();
  nlohmann::ordered_json unordered = nlohmann::ordered_json::array();
  nlohmann::ordered_json family = nlohmann::ordered_json::array();
  for (uint32_t d = 0; d < r.index.size(); ++d) {
    if (families.origin[d] == families.origin[doc]) family.push_back(r.index.article(d).id);
  }
  for (const ReusePair& p : r.pairs) {
    if (p.a != doc && p.b != doc) continue;
    const uint32_t other = p.a == doc ? p.b : p.a;
    nlohmann::ordered_json entry = ArticleJson(r.index.article(other));
    entry["pair"] = nlohmann::ordered_json::parse(ReusePairJson(r.index, p));
    const bool doc_first = (p.direction == ReuseDirection::kAToB && p.a == doc) ||
                           (p.direction == ReuseDirection::kBToA && p.b == doc);
    if (p.direction == ReuseDirection::kUnknown) {
      unordered.push_back(std::move(entry));
    } else if (doc_first) {
      copies.push_back(std::move(entry));
    } else {
      sources.push_back(std::move(entry));
    }
  }
  const uint32_t origin = families.origin[doc];
  nlohmann::ordered_json origin_json = ArticleJson(r.index.article(origin));
  origin_json["dated"] = static_cast<bool>(families.dated[doc]);
  return {{"article", ArticleJson(r.index.article(doc))},
          {"origin", std::move(origin_json)},
          {"family", std::move(family)},
          {"sources", std::move(sources)},
          {"copies", std::move(copies)},
          {"unordered", std::move(unordered)}};
}

// One line per family of two or more articles: its origin and members.
bool WriteFamilies(const ReuseJobResult& r, const StoryFamilies& families) {
  std::vector<std::vector<uint32_t>> members(r.index.size());
  for (uint32_t d = 0; d < r.index.size(); ++d) members[families.origin[d]].push_back(d);
  bool ok = true;
  for (uint32_t o = 0; o < r.index.size(); ++o) {
    if (members[o].size() < 2) continue;
    nlohmann::ordered_json ids = nlohmann::ordered_json::array();
    for (uint32_t d : members[o]) ids.push_back(r.index.article(d).id);
    ok &= Put(JsonLine({{"origin", r.index.article(o).id},
                        {"dated", static_cast<bool>(families.dated[o])},
                        {"size", members[o].size()},
                        {"members", std::move(ids)}}));
  }
  return ok;
}

}  // namespace

CLI::App* AddReuseCommand(CLI::App* app, ReuseCommand* c) {
  CLI::App* cmd = app->add_subcommand(
      "reuse",
      "Find who copied whom: pairs of articles that share text, in time order,\n"
      "credited or not (doc/cli.md#reuse). PATHs are read as `vigie extract` reads\n"
      "them (files, directories, '-' or none for standard input; vigie's own JSONL\n"
      "passes through as it is). Prints one JSON line per pair: {a, b, direction,\n"
      "order_basis, containment_a, containment_b, jaccard, shared, coverage_a,\n"
      "coverage_b, passages, credited}; a and b are article ids, direction a_to_b,\n"
      "b_to_a or unknown, passages code-point ranges of both texts. A pair is\n"
      "reported when the larger containment (the share of an article's word\n"
      "3-grams found in the other) reaches --min-containment or the passages they\n"
      "share cover --min-coverage of one of them.\n"
      "--format csv|gexf|graphml|json writes the outlet republication graph instead\n"
      "(Gephi opens GEXF and GraphML); --format families one line per story family;\n"
      "--of ID the origin, sources and copies of one article.\n"
      "--db FILE reads a store instead of PATHs and keeps signatures and pairs in it,\n"
      "so that articles ingested later are matched without recomputing the corpus.\n"
      "Exit status: 0 all inputs processed, 1 some failed, 2 usage error.");
  cmd->add_option("PATH", c->paths, "Files, directories, or - for standard input");
  cmd->add_option("--db", c->db,
                  "The latest version of every article of this store (vigie ingest) instead\n"
                  "of PATHs. Signatures and pairs are kept in the store: a later run signs\n"
                  "and verifies only what was ingested since");
  cmd->add_option("--format", c->format, "jsonl (pairs, the default), families, or the graph as "
                                         "csv, gexf, graphml or json")
      ->check(CLI::IsMember({"jsonl", "families", "csv", "gexf", "graphml", "json"}));
  cmd->add_option("--of", c->of, "Print the origin, sources and copies of this article id");
  cmd->add_option("--min-containment", c->options.thresholds.min_containment,
                  "Report pairs whose larger containment reaches this (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-coverage", c->options.thresholds.min_coverage,
                  "or whose shared passages cover this share of one text (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-jaccard", c->options.thresholds.min_jaccard,
                  "And whose Jaccard similarity reaches this (default 0: any)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-shared", c->options.thresholds.min_shared,
                  "And that share at least this many word 3-grams (default 15)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--family-share", c->family_share,
                  "A later article joins the family of an earlier one when this share of\n"
                  "its own 3-grams comes from it (default 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--input-format", c->input_format,
                  "Read every input as this format instead of detecting it")
      ->check(CLI::IsMember({"text", "markdown", "html", "jsonl", "warc"}));
  cmd->add_flag("--no-corpus-boilerplate", c->no_corpus_boilerplate,
                "Skip the corpus pass that moves paragraphs repeated over a domain's\n"
                "pages to \"removed\" (then not compared)");
  cmd->add_option("--jobs,-j", c->options.extract.jobs, "Worker threads (default: number of cores)")
      ->check(CLI::Range(1, 1024));
  return cmd;
}

int RunReuse(ReuseCommand& c) {
  c.options.extract.analyse = false;
  c.options.extract.corpus_boilerplate = !c.no_corpus_boilerplate;
  if (!c.input_format.empty()) c.options.extract.format = ParseFormatName(c.input_format);
  ReuseSink sink(c.paths);
  if (!c.db.empty() && !c.paths.empty()) {
    sink.Write(nlohmann::ordered_json{{"error", "give PATHs or --db, not both"}});
    return kExitUsage;
  }
  Result<ReuseJobResult> run = c.db.empty() ? RunReuseJob(c.paths, c.options, &sink)
                                            : RunStoreReuseJob(c.db, c.options);
  if (!run.ok()) {
    sink.Write(nlohmann::ordered_json{{"error", run.status().message()}});
    return run.status().code() == Status::Code::kInvalidArgument ? kExitUsage : kExitSomeFailed;
  }
  sink.Clear();
  const ReuseJobResult& r = *run;
  StoryFamilies families = FindStoryFamilies(r.index, r.pairs, c.family_share);
  bool ok = true;
  int status = r.summary.errors > 0 ? kExitSomeFailed : kExitOk;
  if (!c.of.empty()) {
    std::optional<uint32_t> doc = r.index.Find(c.of);
    if (!doc) {
      sink.Write(nlohmann::ordered_json{{"error", "no article with id " + c.of + " in the inputs"}});
      status = kExitSomeFailed;
    } else {
      ok = Put(JsonLine(OfJson(r, families, *doc)));
    }
  } else if (c.format == "jsonl") {
    for (const ReusePair& p : r.pairs) {
      if (!(ok = Put(ReusePairJson(r.index, p) + "\n"))) break;
    }
  } else if (c.format == "families") {
    ok = WriteFamilies(r, families);
  } else {
    ok = Put(WriteOutletGraph(BuildOutletGraph(r.index, r.pairs), *ParseGraphFormat(c.format)));
  }
  std::fflush(stdout);
  // Families of two articles or more.
  std::vector<uint32_t> sizes(r.index.size(), 0);
  for (uint32_t d = 0; d < r.index.size(); ++d) ++sizes[families.origin[d]];
  const size_t family_count =
      static_cast<size_t>(std::count_if(sizes.begin(), sizes.end(), [](uint32_t n) { return n > 1; }));
  nlohmann::ordered_json summary;
  if (c.db.empty()) {
    summary = {{"inputs", r.summary.inputs},   {"articles", r.summary.articles},
               {"errors", r.summary.errors},   {"skipped", r.summary.skipped},
               {"duplicates", r.duplicates},   {"pairs", r.pairs.size()},
               {"families", family_count}};
  } else {
    summary = {{"articles", r.summary.articles},
               {"signed", r.signed_now},
               {"verified", r.verified_now},
               {"recomputed", r.recomputed.empty() ? nlohmann::ordered_json(nullptr)
                                                   : nlohmann::ordered_json(r.recomputed)},
               {"duplicates", r.duplicates},
               {"pairs", r.pairs.size()},
               {"families", family_count}};
  }
  sink.Write(nlohmann::ordered_json{{"summary", std::move(summary)}});
  if (!ok || std::ferror(stdout)) return kExitSomeFailed;
  return status;
}

}  // namespace vigie::cli
