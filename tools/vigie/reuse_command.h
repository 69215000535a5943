// vigie reuse: the command's options and its run (doc/cli.md#reuse).
#ifndef VIGIE_TOOLS_REUSE_COMMAND_H_
#define VIGIE_TOOLS_REUSE_COMMAND_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "vigie/reuse_job.h"

namespace vigie::cli {

struct ReuseCommand {
  std::vector<std::string> paths;
  std::string format = "jsonl";  // jsonl (pairs), families, csv, gexf, graphml, json (graph)
  std::string of;                // --of ID
  std::string db;                // --db FILE: the store's articles instead of PATHs
  std::string input_format;
  bool no_corpus_boilerplate = false;
  double family_share = 0.5;
  ReuseJobOptions options;
};

// Adds the subcommand to `app`; `command` receives its options.
CLI::App* AddReuseCommand(CLI::App* app, ReuseCommand* command);

// Runs it; returns the exit status.
int RunReuse(ReuseCommand& command);

}  // namespace vigie::cli

#endif  // VIGIE_TOOLS_REUSE_COMMAND_H_
