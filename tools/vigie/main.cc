// The vigie command line: parses arguments and dispatches to one function
// per command. Only this file turns errors into messages and exit codes.
//
// Exit status: 0 every input processed, 1 some inputs failed (the rest were
// processed), 2 usage error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "extract_options.h"
#include "store_commands.h"
#include "text/lemmatizer.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/stemmer.h"
#include "text/tokenizer.h"
#include "vigie/document.h"
#include "vigie/extract.h"
#include "reuse_command.h"

namespace {

using vigie::cli::kExitOk;
using vigie::cli::kExitSomeFailed;
using vigie::cli::kExitUsage;

// Writes JSONL to stdout and JSON diagnostics to stderr; draws a progress
// line on stderr when it is a terminal.
class CliSink : public vigie::ExtractSink {
 public:
  CliSink() : progress_(isatty(STDERR_FILENO) != 0) {}
  ~CliSink() override { ClearProgress(); }

  void OnDocument(const vigie::Document& doc) override {
    std::string line = vigie::ToJsonLine(doc);
    line.push_back('\n');
    if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) stdout_failed_ = true;
    ++articles_;
    DrawProgress();
  }
  void OnError(std::string_view input, std::string_view error) override {
    ++errors_;
    WriteStderr(nlohmann::ordered_json{{"input", input}, {"error", error}});
    DrawProgress();
  }
  void OnNotice(std::string_view message) override {
    WriteStderr(nlohmann::ordered_json{{"notice", message}});
  }
  void WriteStderr(const nlohmann::ordered_json& j) {
    ClearProgress();
    std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fprintf(stderr, "%s\n", line.c_str());
  }
  bool stdout_failed() const { return stdout_failed_; }

 private:
  void DrawProgress() {
    if (!progress_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(200)) return;
    last_draw_ = now;
    std::fprintf(stderr, "\r\033[Kvigie: %lld articles, %lld errors", articles_, errors_);
    drawn_ = true;
  }
  void ClearProgress() {
    if (!drawn_) return;
    std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
  }

  const bool progress_;
  bool drawn_ = false;
  bool stdout_failed_ = false;
  long long articles_ = 0, errors_ = 0;
  std::chrono::steady_clock::time_point last_draw_{};
};

int RunExtract(const std::vector<std::string>& paths, const vigie::ExtractOptions& options) {
  CliSink sink;
  vigie::ExtractSummary summary = vigie::Extract(paths, options, &sink);
  std::fflush(stdout);
  sink.WriteStderr(nlohmann::ordered_json{
      {"summary",
       {{"inputs", summary.inputs},
        {"articles", summary.articles},
        {"errors", summary.errors},
        {"skipped", summary.skipped}}}});
  if (sink.stdout_failed() || std::ferror(stdout)) return kExitSomeFailed;
  return summary.errors > 0 ? kExitSomeFailed : kExitOk;
}

// Reads a whole regular file, or standard input for "-".
bool ReadAll(const std::string& path, std::string* out) {
  std::error_code ec;
  if (path != "-" && !std::filesystem::is_regular_file(path, ec)) return false;
  if (path == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  try {
    out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } catch (const std::ios_base::failure&) {
    return false;
  }
  return !in.bad();
}

// What `vigie tokens` adds to each token besides its text and offsets.
struct TokenFields {
  bool english = false;
  bool norm = false;
  bool stem = false;
  bool lemma = false;
};

// The per-token annotators `vigie tokens` asked for (null when not asked).
struct TokenAnnotators {
  const vigie::text::Normalizer* normalizer = nullptr;
  vigie::text::Stemmer* stemmer = nullptr;
  const vigie::text::Lemmatizer* lemmatizer = nullptr;
};

// One JSON object per input: its sentences and their tokens, offsets in
// code points into the input (after UTF-8 repair).
nlohmann::ordered_json TokensJson(const std::string& text, vigie::text::Tokenizer* tokenizer,
                                  const TokenAnnotators& annotators) {
  std::vector<vigie::text::Token> tokens;
  tokenizer->Tokenize(text, &tokens);
  std::vector<vigie::text::Sentence> sentences = vigie::text::SplitSentences(text, tokens);
  nlohmann::ordered_json out_sentences = nlohmann::ordered_json::array();
  for (const vigie::text::Sentence& s : sentences) {
    nlohmann::ordered_json toks = nlohmann::ordered_json::array();
    for (size_t k = s.token_begin; k < s.token_end; ++k) {
      const vigie::text::Token& t = tokens[k];
      std::string_view token_text = vigie::text::TokenText(text, t);
      nlohmann::ordered_json tok{{"text", token_text}, {"start", t.start}, {"end", t.end}};
      if (annotators.normalizer != nullptr) tok["norm"] = annotators.normalizer->Fold(token_text);
      if (annotators.stemmer != nullptr) {
        tok["stem"] = vigie::text::MatchKey(token_text, annotators.stemmer);
      }
      if (annotators.lemmatizer != nullptr) {
        std::optional<std::string_view> lemma = annotators.lemmatizer->Lemma(token_text);
        tok["lemma"] = lemma ? nlohmann::ordered_json(*lemma) : nlohmann::ordered_json(nullptr);
      }
      toks.push_back(std::move(tok));
    }
    out_sentences.push_back({{"start", s.start}, {"end", s.end}, {"tokens", std::move(toks)}});
  }
  return nlohmann::ordered_json{{"sentences", std::move(out_sentences)}};
}

int RunTokens(std::vector<std::string> paths, const TokenFields& fields) {
  if (paths.empty()) paths.push_back("-");
  vigie::text::Tokenizer tokenizer(fields.english ? vigie::text::TokenizerLanguage::kEnglish
                                                  : vigie::text::TokenizerLanguage::kFrench);
  const vigie::text::Normalizer normalizer;
  vigie::text::Stemmer stemmer(fields.english ? vigie::text::StemmerLanguage::kEnglish
                                              : vigie::text::StemmerLanguage::kFrench);
  std::unique_ptr<vigie::text::Lemmatizer> lemmatizer;
  if (fields.lemma) {
    auto loaded = vigie::text::Lemmatizer::Load(vigie::text::DefaultLefffPath());
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n",
                   nlohmann::ordered_json{{"error", loaded.status().message()}}.dump().c_str());
      return kExitUsage;
    }
    lemmatizer = std::move(*loaded);
  }
  TokenAnnotators annotators;
  if (fields.norm) annotators.normalizer = &normalizer;
  if (fields.stem) annotators.stemmer = &stemmer;
  annotators.lemmatizer = lemmatizer.get();
  int errors = 0;
  for (const std::string& path : paths) {
    std::string text;
    if (!ReadAll(path, &text)) {
      ++errors;
      std::string line = nlohmann::ordered_json{{"input", path}, {"error", "cannot read (not a readable regular file)"}}.dump(
          -1, ' ', false, nlohmann::json::error_handler_t::replace);
      std::fprintf(stderr, "%s\n", line.c_str());
      continue;
    }
    if (vigie::RepairUtf8(&text)) {
      std::string line =
          nlohmann::ordered_json{{"input", path}, {"notice", "invalid UTF-8 repaired"}}.dump();
      std::fprintf(stderr, "%s\n", line.c_str());
    }
    std::string line = TokensJson(text, &tokenizer, annotators).dump();
    line.push_back('\n');
    if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size()) ++errors;
  }
  std::fflush(stdout);
  if (std::ferror(stdout)) ++errors;
  return errors > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Vigie: how news stories travel and change between outlets.", "vigie"};
  app.set_version_flag("--version", std::string("vigie ") + VIGIE_VERSION);
  app.require_subcommand(1);

  vigie::cli::ExtractArgs extract_args;
  CLI::App* extract = app.add_subcommand(
      "extract",
      "Read news pages and print one JSON object per article (doc/schema.md).\n"
      "PATHs are files or directories (walked recursively); '-' or no PATH reads\n"
      "standard input. Formats: text, markdown, html, jsonl, warc, detected from\n"
      "content and name; gzip and zstd compression is recognised by magic bytes.\n"
      "Errors are JSON lines {\"input\", \"error\"} on standard error; a final\n"
      "{\"summary\"} line counts inputs, articles, errors and skipped WARC records.\n"
      "Paragraphs that repeat over many documents of one domain (footers,\n"
      "disclaimers, bios) are moved to \"removed\" by a corpus pass: output then\n"
      "starts once every input is read; --no-corpus-boilerplate streams instead.\n"
      "Exit status: 0 all inputs processed, 1 some failed, 2 usage error.");
  vigie::cli::AddExtractOptions(extract, &extract_args);

  std::vector<std::string> token_paths;
  TokenFields token_fields;
  CLI::App* tokens = app.add_subcommand(
      "tokens",
      "Split raw text files into sentences and tokens (doc/cli.md). Prints one JSON\n"
      "object per input: {\"sentences\": [{\"start\", \"end\", \"tokens\": [{\"text\",\n"
      "\"start\", \"end\"}]}]}, offsets in code points into the input, end exclusive.\n"
      "'-' or no PATH reads standard input. The whole input is text: no title or\n"
      "format detection. Errors are JSON lines {\"input\", \"error\"} on standard error.\n"
      "Exit status: 0 all inputs processed, 1 some failed, 2 usage error.");
  tokens->add_option("PATH", token_paths, "Text files, or - for standard input");
  tokens->add_flag("--english", token_fields.english,
                   "Also split English contractions (do n't, John 's); French rules\n"
                   "(elisions, clitic inversions) always apply");
  tokens->add_flag("--norm", token_fields.norm,
                   "Add each token's form folded for matching as \"norm\": lower case,\n"
                   "no accents, ASCII apostrophes, quotes, dashes and spaces (L’ -> l', ÉTAT -> etat)");
  tokens->add_flag("--stem", token_fields.stem,
                   "Add each token's search key as \"stem\": folded, then Snowball-stemmed\n"
                   "(French, or English with --english): réfugié and refugies -> refug");
  tokens->add_flag("--lemma", token_fields.lemma,
                   "Add each token's French lemma from the Lefff as \"lemma\" (null when the\n"
                   "lexicon does not know the word; $VIGIE_LEFFF overrides the lexicon's path)");

  vigie::cli::IngestArgs ingest_args;
  CLI::App* ingest = vigie::cli::AddIngestCommand(&app, &ingest_args);
  vigie::cli::SearchArgs search_args;
  CLI::App* search = vigie::cli::AddSearchCommand(&app, &search_args);
  vigie::cli::StatsArgs stats_args;
  CLI::App* stats = vigie::cli::AddStatsCommand(&app, &stats_args);
  vigie::cli::ExportArgs export_args;
  CLI::App* export_command = vigie::cli::AddExportCommand(&app, &export_args);
  vigie::cli::ReuseCommand reuse_command;
  CLI::App* reuse = vigie::cli::AddReuseCommand(&app, &reuse_command);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }

  if (extract->parsed()) {
    return RunExtract(extract_args.paths, vigie::cli::ToExtractOptions(extract_args));
  }
  if (tokens->parsed()) return RunTokens(token_paths, token_fields);
  if (ingest->parsed()) return vigie::cli::RunIngest(ingest_args);
  if (search->parsed()) return vigie::cli::RunSearch(search_args);
  if (stats->parsed()) return vigie::cli::RunStats(stats_args);
  if (export_command->parsed()) return vigie::cli::RunExport(export_args);
  if (reuse->parsed()) return vigie::cli::RunReuse(reuse_command);
  return kExitUsage;
}
