// vigie ingest, vigie stats and vigie export (vigie search is in
// search_command.cc).
#include "store_commands.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "progress.h"
#include "vigie/ingest.h"

namespace vigie::cli {
namespace {

using Json = nlohmann::ordered_json;

// How many distinct failure reasons the summary lists.
constexpr size_t kMaxReasons = 10;

// Error lines, notices and the progress bar of `vigie ingest`.
class IngestReporter : public IngestSink {
 public:
  explicit IngestReporter(const std::vector<std::string>& paths) : progress_(paths) {}

  void OnStored(const Document& doc, IngestAction action) override {
    ++counts_[static_cast<int>(action)];
    progress_.Done(doc.input, Counts());
  }
  void OnError(std::string_view input, std::string_view error) override {
    progress_.Clear();
    WriteStderrJson(Json{{"input", input}, {"error", error}});
    ++failed_;
    ++reasons_[std::string(error)];
    progress_.Done(input, Counts());
  }
  void OnNotice(std::string_view message) override {
    progress_.Clear();
    WriteStderrJson(Json{{"notice", message}});
  }
  void OnRecordRead(std::string_view input) override { progress_.Read(input); }

  // The most frequent failure reasons, most frequent first.
  Json Reasons() const {
    std::vector<std::pair<std::string, int64_t>> sorted(reasons_.begin(), reasons_.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    Json out = Json::array();
    for (size_t i = 0; i < sorted.size() && i < kMaxReasons; ++i) {
      out.push_back(Json{{"error", sorted[i].first}, {"count", sorted[i].second}});
    }
    return out;
  }
  void ClearProgress() { progress_.Clear(); }

 private:
  std::string Counts() const {
    return std::to_string(counts_[0]) + " new, " + std::to_string(counts_[1]) + " versions, " +
           std::to_string(counts_[2]) + " already there, " + std::to_string(failed_) + " failed";
  }

  Progress progress_;
  int64_t counts_[3] = {0, 0, 0};
  int64_t failed_ = 0;
  std::map<std::string, int64_t> reasons_;
};

int RunReplace(const IngestArgs& args, Store* store) {
  IngestReporter reporter({});
  ReanalyseSummary s = ReanalyseStore(ToExtractOptions(args.extract), store, &reporter);
  reporter.ClearProgress();
  WriteStderrJson(Json{{"summary",
                        {{"versions", s.versions},
                         {"replaced", s.replaced},
                         {"failed", s.failed},
                         {"failures", reporter.Reasons()}}}});
  return s.failed > 0 ? kExitSomeFailed : kExitOk;
}

Json CountsJson(const std::vector<CountBy>& counts, const char* key, const char* count) {
  Json out = Json::array();
  for (const CountBy& c : counts) {
    out.push_back(Json{{key, c.key ? Json(*c.key) : Json(nullptr)}, {count, c.count}});
  }
  return out;
}

void PrintCounts(const char* title, const std::vector<CountBy>& counts) {
  if (counts.empty()) return;
  std::printf("\n%s\n", title);
  for (const CountBy& c : counts) {
    std::printf("  %8lld  %s\n", static_cast<long long>(c.count),
                c.key ? c.key->c_str() : "(unknown)");
  }
}

}  // namespace

void WriteStderrJson(const Json& j) {
  std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::fprintf(stderr, "%s\n", line.c_str());
}

int StoreOpenFailed(const Status& status) {
  WriteStderrJson(Json{{"error", status.message()}});
  return status.code() == Status::Code::kNotFound ? kExitUsage : kExitSomeFailed;
}

CLI::App* AddStoreCommand(CLI::App* app, const char* name, std::string* db, const char* help) {
  CLI::App* cmd = app->add_subcommand(name, help);
  cmd->add_option("--db", *db, "The store (an SQLite file)")->required();
  return cmd;
}

CLI::App* AddIngestCommand(CLI::App* app, IngestArgs* args) {
  CLI::App* cmd = AddStoreCommand(
      app, "ingest", &args->db,
      "Extract and analyse news pages as `vigie extract` does, and store every article\n"
      "in the SQLite store FILE (created when missing): metadata, clean text, removed\n"
      "blocks, credits and analysis layers, with a full-text index. Ingesting the same\n"
      "input again adds nothing; an article (same URL, else same id) with new content\n"
      "becomes a new version. Killed at any moment, the store stays consistent and the\n"
      "same command completes the job. Standard error: error lines {\"input\", \"error\"}\n"
      "and a final {\"summary\"}. Exit status: 0 all stored, 1 some failed, 2 usage error.");
  AddExtractOptions(cmd, &args->extract);
  cmd->add_flag("--replace", args->replace,
                "Re-run the analysis layers on the text of every stored version and replace\n"
                "its layers (after a lexicon update); reads no input");
  cmd->add_option("--batch", args->batch,
                  "Documents per transaction (default 1000): what a crash can lose, and\n"
                  "what the next run stores again")
      ->check(CLI::Range(1, 1000000));
  return cmd;
}

int RunIngest(const IngestArgs& args) {
  if (args.replace && (!args.extract.paths.empty() || args.extract.no_analyse)) {
    WriteStderrJson(Json{{"error", "--replace reads no input and needs the analysis: give "
                                   "neither PATH nor --no-analyse"}});
    return kExitUsage;
  }
  StoreOptions options;
  options.batch_documents = args.batch;
  Result<std::unique_ptr<Store>> store = Store::Open(args.db, options);
  if (!store.ok()) return StoreOpenFailed(store.status());
  if (args.replace) return RunReplace(args, store->get());
  IngestReporter reporter(args.extract.paths);
  IngestSummary s =
      IngestPaths(args.extract.paths, ToExtractOptions(args.extract), store->get(), &reporter);
  reporter.ClearProgress();
  WriteStderrJson(Json{{"summary",
                        {{"inputs", s.inputs},
                         {"articles", s.articles},
                         {"ingested", s.added},
                         {"new_versions", s.new_versions},
                         {"already_stored", s.already_stored},
                         {"failed", s.failed},
                         {"skipped", s.skipped},
                         {"failures", reporter.Reasons()}}}});
  return s.failed > 0 ? kExitSomeFailed : kExitOk;
}

CLI::App* AddStatsCommand(CLI::App* app, StatsArgs* args) {
  CLI::App* cmd = AddStoreCommand(
      app, "stats", &args->db,
      "Counts over a store (latest version of each article): articles and versions, by\n"
      "outlet, language and publication month; top labels, persuasion techniques,\n"
      "speakers and credited sources. A table, or one JSON object with --json.");
  cmd->add_flag("--json", args->json, "One JSON object (doc/schema.md, \"Store outputs\")");
  cmd->add_option("--top", args->top, "Entries in each top list and outlets (default 20)")
      ->check(CLI::Range(1, 100000));
  cmd->add_flag("--check", args->check,
                "Also check the store (SQLite integrity, full-text index, invariants); slow");
  return cmd;
}

int RunStats(const StatsArgs& args) {
  StoreOptions options;
  options.read_only = !args.check;
  options.create_if_missing = false;
  Result<std::unique_ptr<Store>> store = Store::Open(args.db, options);
  if (!store.ok()) return StoreOpenFailed(store.status());
  int rc = kExitOk;
  std::string check = "not run";
  if (args.check) {
    Status st = (*store)->Check();
    check = st.ok() ? "ok" : st.message();
    if (!st.ok()) rc = kExitSomeFailed;
  }
  Result<StoreStats> stats = (*store)->Stats(args.top);
  if (!stats.ok()) {
    WriteStderrJson(Json{{"error", stats.status().message()}});
    return kExitSomeFailed;
  }
  if (args.json) {
    Json j{{"articles", stats->articles},
           {"versions", stats->versions},
           {"text_bytes", stats->text_bytes},
           {"file_bytes", stats->file_bytes},
           {"by_outlet", CountsJson(stats->by_outlet, "outlet", "articles")},
           {"by_language", CountsJson(stats->by_language, "language", "articles")},
           {"by_month", CountsJson(stats->by_month, "month", "articles")},
           {"top_labels", CountsJson(stats->top_labels, "term", "count")},
           {"top_techniques", CountsJson(stats->top_techniques, "technique", "count")},
           {"top_speakers", CountsJson(stats->top_speakers, "speaker", "quotes")},
           {"top_credits", CountsJson(stats->top_credits, "source", "count")}};
    if (args.check) j["check"] = check;
    std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else {
    std::printf("%lld articles, %lld versions, %.1f MB of text, %.1f MB on disk\n",
                static_cast<long long>(stats->articles), static_cast<long long>(stats->versions),
                stats->text_bytes / 1e6, stats->file_bytes / 1e6);
    if (args.check) std::printf("check: %s\n", check.c_str());
    PrintCounts("by outlet", stats->by_outlet);
    PrintCounts("by language", stats->by_language);
    PrintCounts("by month", stats->by_month);
    PrintCounts("top labels", stats->top_labels);
    PrintCounts("top techniques", stats->top_techniques);
    PrintCounts("top speakers (quotes)", stats->top_speakers);
    PrintCounts("top credited sources", stats->top_credits);
  }
  if (args.check && rc != kExitOk) WriteStderrJson(Json{{"error", "check: " + check}});
  return rc;
}

CLI::App* AddExportCommand(CLI::App* app, ExportArgs* args) {
  CLI::App* cmd = AddStoreCommand(
      app, "export", &args->db,
      "Write the store as JSONL in the document contract (doc/schema.md): the latest\n"
      "version of each article, oldest article first, byte for byte as ingested.\n"
      "The output ingests back into an identical store.");
  cmd->add_flag("--all-versions", args->all_versions,
                "Every version of each article, oldest first, instead of the latest only");
  return cmd;
}

int RunExport(const ExportArgs& args) {
  StoreOptions options;
  options.read_only = true;
  Result<std::unique_ptr<Store>> store = Store::Open(args.db, options);
  if (!store.ok()) return StoreOpenFailed(store.status());
  bool write_failed = false;
  Status st = (*store)->Export(args.all_versions, [&](std::string_view line) {
    if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size() ||
        std::fputc('\n', stdout) == EOF) {
      write_failed = true;
      return false;
    }
    return true;
  });
  std::fflush(stdout);
  if (!st.ok()) {
    WriteStderrJson(Json{{"error", st.message()}});
    return kExitSomeFailed;
  }
  return write_failed || std::ferror(stdout) ? kExitSomeFailed : kExitOk;
}

}  // namespace vigie::cli
