// The commands over a corpus store: ingest, search, stats, export. Each has
// its arguments, its declaration on the command line and one function that
// runs it and returns the exit status.
#ifndef VIGIE_TOOLS_STORE_COMMANDS_H_
#define VIGIE_TOOLS_STORE_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract_options.h"
#include "vigie/store.h"

namespace vigie::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;
inline constexpr int kExitUsage = 2;

// One JSON line on standard error.
void WriteStderrJson(const nlohmann::ordered_json& j);

// The exit status and the error line for a store that cannot be opened: 2
// when there is no such store (a wrong --db), else 1.
int StoreOpenFailed(const Status& status);

// A subcommand of `app` over a store, with its required --db FILE.
CLI::App* AddStoreCommand(CLI::App* app, const char* name, std::string* db, const char* help);

struct IngestArgs {
  std::string db;
  ExtractArgs extract;
  bool replace = false;
  int batch = 1000;
};
CLI::App* AddIngestCommand(CLI::App* app, IngestArgs* args);
int RunIngest(const IngestArgs& args);

struct SearchArgs {
  std::string db;
  std::vector<std::string> words;
  SearchRequest request;
  std::string author, quotes_by, label, technique, since, until;
  bool json = false;
  bool table = false;
};
CLI::App* AddSearchCommand(CLI::App* app, SearchArgs* args);
int RunSearch(SearchArgs args);

struct StatsArgs {
  std::string db;
  bool json = false;
  bool check = false;
  int top = 20;
};
CLI::App* AddStatsCommand(CLI::App* app, StatsArgs* args);
int RunStats(const StatsArgs& args);

struct ExportArgs {
  std::string db;
  bool all_versions = false;
};
CLI::App* AddExportCommand(CLI::App* app, ExportArgs* args);
int RunExport(const ExportArgs& args);

}  // namespace vigie::cli

#endif  // VIGIE_TOOLS_STORE_COMMANDS_H_
