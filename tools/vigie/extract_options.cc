#include "extract_options.h"

namespace vigie::cli {

void AddExtractOptions(CLI::App* command, ExtractArgs* args) {
  command->add_option("PATH", args->paths, "Files, directories, or - for standard input");
  command
      ->add_option("--format", args->format,
                   "Read every input as this format instead of detecting it")
      ->check(CLI::IsMember({"text", "markdown", "html", "jsonl", "warc"}));
  command->add_flag("--no-analyse", args->no_analyse,
                    "Skip the analysis layers (entities, quotes, claims, labels, techniques)");
  command->add_flag("--no-corpus-boilerplate", args->no_corpus_boilerplate,
                    "Skip the corpus pass (paragraphs repeated in at least max(4, 20%) of a\n"
                    "domain's documents go to \"removed\"); documents then stream out as\n"
                    "they are processed instead of after all inputs are read");
  command->add_option("--jobs,-j", args->options.jobs, "Worker threads (default: number of cores)")
      ->check(CLI::Range(1, 1024));
  command->add_option("--data-dir", args->options.data_dir,
                      "Gazetteers, lexicons and models of the analysis layers (default:\n"
                      "$VIGIE_DATA_DIR, else the data/ directory of the source tree)");
  command
      ->add_option("--lexicons", args->options.lexicon_dirs,
                   "A directory of your own lexicons, laid out as data/lexicons (<lang>/*.tsv:\n"
                   "actor labels, technique cues, context words; data/lexicons/README.md),\n"
                   "read after the data directory's; a row for the same term and target\n"
                   "replaces the data's. Repeatable")
      ->check(CLI::ExistingDirectory)
      ->allow_extra_args(false)
      ->take_all();
  command->add_flag("--all-labels", args->options.all_labels,
                    "Keep every actor label, also those the label confidence model holds back\n"
                    "(under the threshold of data/models/label_confidence.tsv); each label\n"
                    "carries its confidence either way");
  command->add_option("--lid-model", args->options.lid_model,
                      "fastText language-identification model (default: $VIGIE_LID_MODEL, "
                      "else the one scripts/setup installs)");
  command->add_option("--geo-dir", args->options.geo_dir,
                      "GeoNames cities and country points of the entity layer (default:\n"
                      "$VIGIE_GEO_DIR, else the third_party/npm/geo scripts/setup writes)");
}

ExtractOptions ToExtractOptions(const ExtractArgs& args) {
  ExtractOptions options = args.options;
  if (!args.format.empty()) options.format = ParseFormatName(args.format);
  options.analyse = !args.no_analyse;
  options.corpus_boilerplate = !args.no_corpus_boilerplate;
  return options;
}

}  // namespace vigie::cli
