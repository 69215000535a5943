// The options `vigie extract` and `vigie ingest` share, declared once.
#ifndef VIGIE_TOOLS_EXTRACT_OPTIONS_H_
#define VIGIE_TOOLS_EXTRACT_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "vigie/extract.h"

namespace vigie::cli {

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string format;
  bool no_analyse = false;
  bool no_corpus_boilerplate = false;
  ExtractOptions options;  // jobs, data_dir, lexicon_dirs, lid_model, geo_dir
};

// Adds PATH..., --format, --no-analyse, --no-corpus-boilerplate, --jobs,
// --data-dir, --lexicons, --lid-model and --geo-dir to `command`.
void AddExtractOptions(CLI::App* command, ExtractArgs* args);

// The ExtractOptions the parsed arguments say.
ExtractOptions ToExtractOptions(const ExtractArgs& args);

}  // namespace vigie::cli

#endif  // VIGIE_TOOLS_EXTRACT_OPTIONS_H_
