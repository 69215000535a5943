// End-to-end extraction benchmark over the public pages in shared/data
// (article-extraction-benchmark: 181 news pages; trafilatura-eval: 645 pages
// in many languages), on one thread.
//
// What is timed. Every page is read from disk and decompressed before the
// clock starts, so the figures say what the engine costs, not the disk or
// gzip. Per page, the timed work is what `vigie extract --jobs 1` does after
// reading a file: ReadInput (format detection, charset and UTF-8 repair,
// record), ArticleProcessor::Process (HTML parse, main-text extraction, text
// rules, document assembly, language identification unless --no-lid) and
// ToJsonLine (serialisation). Pages/s and MB/s (of decompressed HTML, 1 MB =
// 10^6 bytes) are computed from the median over repetitions of each corpus's
// total time, by wall clock and by the thread's CPU time (the steadier figure
// on a shared machine); with one thread that is the throughput of one core.
//
// Where the time goes. A first, untimed-for-throughput pass (it also warms
// caches and the allocator) runs the stages of Process one by one with a
// clock around each: parse, extract, rules, build, lid. It mirrors
// pipeline/article_processor.cc for HTML pages; non-HTML bodies (none in
// these corpora unless detection misfires) are timed whole as "other". Its
// total is printed beside the median of Process so that a drift between the
// two (a stage added to the pipeline and not here) shows.
//
// The analysis layers. With --analyse, every repetition runs two passes,
// one as above (`vigie extract --no-analyse`) and one with the analysis
// layers too (entities, quotations, claims, labels, techniques: what
// `vigie extract` does), alternately so that a noisy neighbour hurts both
// alike; both tables are printed, then the ratio of their median CPU times
// (the budget: analysis adds at most 3x to extraction alone).
//
// Usage: vigie_extract_bench [--reps N] [--no-lid] [--analyse]
//                            [--corpus aeb|trafilatura|all]
//                            [--data DIR] [--slowest N] [--sample N]
// --sample N keeps N evenly spaced pages per corpus: for profiling under
// valgrind --tool=callgrind, where the whole set would take too long.
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyse/analyser.h"
#include "clean/document_builder.h"
#include "clean/html_page.h"
#include "clean/text_rules.h"
#include "ingest/decompress.h"
#include "ingest/html_parser.h"
#include "ingest/input_files.h"
#include "ingest/markdown_reader.h"
#include "ingest/reader.h"
#include "ingest/text_reader.h"
#include "pipeline/article_processor.h"
#include "text/language.h"
#include "vigie/document.h"

namespace vigie::bench {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

struct Options {
  int reps = 5;
  bool lid = true;
  bool analyse = false;  // also time the analysis layers, interleaved with passes without
  std::string corpus = "all";
  std::string data_dir = VIGIE_SHARED_DATA_DIR;
  int slowest = 5;
  int sample = 0;  // > 0: only this many pages per corpus, evenly spaced (profiling)
};

struct Corpus {
  std::string name;
  std::string subdir;  // under data_dir
  size_t pages = 0;
  size_t bytes = 0;  // decompressed
};

struct Page {
  std::string path;
  std::string bytes;  // decompressed HTML as stored (any charset)
  size_t corpus = 0;
};

// Collects the records ReadInput finds in one page (one, for a page).
class Collector : public ingest::RecordSink {
 public:
  void Accept(ingest::Record record) override { records.push_back(std::move(record)); }
  void Reject(std::string, std::string) override { ++rejected; }
  void Skip(std::string_view) override {}
  std::vector<ingest::Record> records;
  int rejected = 0;
};

// What one pass over the pages produced, to check the run did real work.
struct Tally {
  int documents = 0, errors = 0, empty_text = 0, with_language = 0;
  int entities = 0, quotes = 0, claims = 0, labels = 0, techniques = 0;
  size_t text_bytes = 0, json_bytes = 0;
};

constexpr const char* kUsage =
    "usage: vigie_extract_bench [--reps N] [--no-lid] [--analyse] [--corpus aeb|trafilatura|all]\n"
    "                           [--data DIR] [--slowest N] [--sample N]\n";

std::optional<Options> ParseArgs(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    bool has_value = i + 1 < argc;
    if (a == "--no-lid") {
      o.lid = false;
    } else if (a == "--analyse") {
      o.analyse = true;
    } else if (a == "--reps" && has_value) {
      o.reps = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--corpus" && has_value) {
      o.corpus = argv[++i];
    } else if (a == "--data" && has_value) {
      o.data_dir = argv[++i];
    } else if (a == "--slowest" && has_value) {
      o.slowest = std::max(0, std::atoi(argv[++i]));
    } else if (a == "--sample" && has_value) {
      o.sample = std::max(0, std::atoi(argv[++i]));
    } else {
      return std::nullopt;
    }
  }
  if (o.corpus != "all" && o.corpus != "aeb" && o.corpus != "trafilatura") return std::nullopt;
  return o;
}

std::string CpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) {
      size_t colon = line.find(':');
      if (colon != std::string::npos) return line.substr(line.find_first_not_of(' ', colon + 1));
    }
  }
  return "unknown CPU";
}

void PrintHeader(const Options& o) {
  std::time_t now = std::time(nullptr);
  char date[64];
  std::strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S UTC", std::gmtime(&now));
  utsname u{};
  uname(&u);
  std::printf("vigie extract benchmark, %s\n", date);
  std::printf("machine: %s, %ld cores online (nproc), %s %s; one thread used\n",
              CpuModel().c_str(), sysconf(_SC_NPROCESSORS_ONLN), u.sysname, u.release);
#if defined(__OPTIMIZE__) && defined(NDEBUG)
  const char* build = "optimised, NDEBUG";
#else
  const char* build = "NOT an optimised release build: figures are not meaningful";
#endif
  std::printf("build: %s; compiler %s\n", build, __VERSION__);
  std::printf("language identification: %s; repetitions: %d\n\n",
              o.lid ? "on" : "off (--no-lid)", o.reps);
}

// Reads and decompresses every *.html.gz (or *.html) page of the corpora.
bool LoadPages(const Options& o, std::vector<Corpus>* corpora, std::vector<Page>* pages) {
  for (size_t c = 0; c < corpora->size(); ++c) {
    Corpus& corpus = (*corpora)[c];
    std::filesystem::path dir = std::filesystem::path(o.data_dir) / corpus.subdir;
    std::vector<std::string> paths;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      std::string name = entry.path().filename().string();
      if (name.ends_with(".html.gz") || name.ends_with(".html")) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    if (o.sample > 0 && paths.size() > static_cast<size_t>(o.sample)) {
      std::vector<std::string> kept;
      for (int k = 0; k < o.sample; ++k) kept.push_back(paths[k * paths.size() / o.sample]);
      paths = std::move(kept);
    }
    if (ec || paths.empty()) {
      std::fprintf(stderr, "no pages in %s\n", dir.c_str());
      return false;
    }
    for (std::string& path : paths) {
      Result<std::string> raw = ingest::ReadWholeFile(path);
      if (!raw.ok()) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), raw.status().message().c_str());
        return false;
      }
      ingest::Decompressed page = ingest::Decompress(*raw);
      corpus.bytes += page.bytes.size();
      ++corpus.pages;
      pages->push_back(Page{std::move(path), std::move(page.bytes), c});
    }
  }
  return true;
}

// This thread's CPU time: unlike wall time, it does not count the time
// other processes take the core from us, which on a shared machine is most
// of the noise.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// What one timed pass measured.
struct PassTimes {
  std::vector<double> page_wall;    // per page
  std::vector<double> corpus_wall;  // per corpus
  std::vector<double> corpus_cpu;   // per corpus
};

// One timed pass over every page: ReadInput, Process, ToJsonLine.
PassTimes RunPass(const std::vector<Page>& pages, size_t corpora,
                  const pipeline::ArticleProcessor& processor, Tally* tally) {
  PassTimes times{std::vector<double>(pages.size()), std::vector<double>(corpora),
                  std::vector<double>(corpora)};
  for (size_t i = 0; i < pages.size(); ++i) {
    const Page& page = pages[i];
    double cpu0 = ThreadCpuSeconds();
    Clock::time_point t0 = Clock::now();
    Collector collector;
    ingest::ReadInput(page.path, page.bytes, std::nullopt, &collector);
    tally->errors += collector.rejected;
    for (ingest::Record& record : collector.records) {
      Result<Document> doc = processor.Process(std::move(record));
      if (!doc.ok()) {
        ++tally->errors;
        continue;
      }
      ++tally->documents;
      tally->text_bytes += doc->text.size();
      tally->empty_text += doc->text.empty();
      tally->with_language += doc->language.has_value();
      tally->json_bytes += ToJsonLine(*doc).size();
      tally->entities += static_cast<int>(doc->entities.size());
      tally->quotes += static_cast<int>(doc->quotes.size());
      tally->claims += static_cast<int>(doc->claims.size());
      tally->labels += static_cast<int>(doc->labels.size());
      tally->techniques += static_cast<int>(doc->techniques.size());
    }
    times.page_wall[i] = Seconds(t0, Clock::now());
    times.corpus_wall[page.corpus] += times.page_wall[i];
    times.corpus_cpu[page.corpus] += ThreadCpuSeconds() - cpu0;
  }
  return times;
}

enum Stage { kRead, kParse, kExtract, kRules, kBuild, kLid, kJson, kOther, kStages };
constexpr const char* kStageNames[kStages] = {
    "read (detect, charset, UTF-8)", "parse (guard, gumbo, free)", "extract (main text, metadata)",
    "text rules", "build document", "language id", "JSON line", "other (non-HTML bodies)"};

// The page's body to a Page, timing parse and extract apart for HTML.
Result<ingest::Page> TimedReadBody(const ingest::Record& record, double* seconds) {
  Clock::time_point t0 = Clock::now();
  if (record.body_format != Format::kHtml) {
    Result<ingest::Page> page = record.body_format == Format::kMarkdown
                                    ? ingest::ReadMarkdownPage(record.body)
                                    : ingest::ReadTextPage(record.body);
    seconds[kOther] += Seconds(t0, Clock::now());
    return page;
  }
  Result<ingest::HtmlDocument> doc = ingest::HtmlDocument::Parse(record.body);
  Clock::time_point t1 = Clock::now();
  seconds[kParse] += Seconds(t0, t1);
  if (!doc.ok()) return doc.status();
  ingest::Page page = clean::ExtractHtmlPage(*doc, record.url.value_or(""));
  Clock::time_point t2 = Clock::now();
  { ingest::HtmlDocument freed = std::move(*doc); }  // the tree's free counts as parsing
  seconds[kExtract] += Seconds(t1, t2);
  seconds[kParse] += Seconds(t2, Clock::now());
  return page;
}

// The stages of ArticleProcessor::Process, one clock around each.
void RunSplitPass(const std::vector<Page>& pages, const text::LanguageIdentifier* lid,
                  double* seconds) {
  for (const Page& page : pages) {
    Clock::time_point t = Clock::now();
    Collector collector;
    ingest::ReadInput(page.path, page.bytes, std::nullopt, &collector);
    seconds[kRead] += Seconds(t, Clock::now());
    for (ingest::Record& record : collector.records) {
      Result<ingest::Page> body = TimedReadBody(record, seconds);
      if (!body.ok()) continue;
      t = Clock::now();
      clean::TextFindings findings = clean::ApplyTextRules(record.body_format, &*body);
      Clock::time_point t1 = Clock::now();
      Document doc = clean::BuildDocument(std::move(record), std::move(*body), std::move(findings));
      Clock::time_point t2 = Clock::now();
      if (lid != nullptr && !doc.text.empty()) {
        // As ArticleProcessor::Analyse: the paragraphs, then the document.
        std::vector<text::LanguageSpan> runs = lid->IdentifyParagraphs(doc.text);
        text::LanguageGuess guess = text::DominantLanguage(runs);
        if (!guess.language.empty()) doc.language = guess.language;
        for (text::LanguageSpan& span : runs) {
          doc.languages.push_back(
              LanguageRun{span.start, span.end, std::move(span.language), span.confidence});
        }
      }
      Clock::time_point t3 = Clock::now();
      std::string line = ToJsonLine(doc);
      seconds[kRules] += Seconds(t, t1);
      seconds[kBuild] += Seconds(t1, t2);
      seconds[kLid] += Seconds(t2, t3);
      seconds[kJson] += Seconds(t3, Clock::now());
    }
  }
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// One line of the throughput table: medians over the passes of `wall` and
// `cpu` (seconds per pass) for `pages` pages of `bytes` bytes.
void PrintRow(const std::string& name, size_t pages, size_t bytes,
              const std::vector<double>& wall, const std::vector<double>& cpu) {
  double w = Median(wall), c = Median(cpu);
  double spread = 100 * (*std::max_element(wall.begin(), wall.end()) -
                         *std::min_element(wall.begin(), wall.end())) / w;
  std::printf("%-28s %5zu %8.2f | %8.3f %8.1f %7.2f %5.0f%% | %8.3f %8.1f %7.2f\n",
              name.c_str(), pages, bytes / 1e6, w, pages / w, bytes / 1e6 / w, spread, c,
              pages / c, bytes / 1e6 / c);
}

void PrintThroughput(const std::vector<Corpus>& corpora, const std::vector<PassTimes>& passes) {
  std::printf("%-43s | %-33s | %s\n", "", "wall clock, median of passes",
              "CPU time of the thread, median");
  std::printf("%-28s %5s %8s | %8s %8s %7s %6s | %8s %8s %7s\n", "corpus", "pages", "HTML MB",
              "s", "pages/s", "MB/s", "spread", "s", "pages/s", "MB/s");
  size_t all_pages = 0, all_bytes = 0;
  std::vector<double> all_wall(passes.size()), all_cpu(passes.size());
  for (size_t c = 0; c < corpora.size(); ++c) {
    std::vector<double> wall, cpu;
    for (size_t r = 0; r < passes.size(); ++r) {
      wall.push_back(passes[r].corpus_wall[c]);
      cpu.push_back(passes[r].corpus_cpu[c]);
      all_wall[r] += wall.back();
      all_cpu[r] += cpu.back();
    }
    PrintRow(corpora[c].name, corpora[c].pages, corpora[c].bytes, wall, cpu);
    all_pages += corpora[c].pages;
    all_bytes += corpora[c].bytes;
  }
  if (corpora.size() > 1) PrintRow("all", all_pages, all_bytes, all_wall, all_cpu);
  std::printf("(spread: (max - min) / median of the wall-clock passes; 1 MB = 10^6 bytes)\n");
}

void PrintSplit(const double* seconds, double pass_median) {
  double total = 0;
  for (int s = 0; s < kStages; ++s) total += seconds[s];
  std::printf("\nwhere the time goes (one pass, stages timed one by one; total %.3f s,\n"
              "median of the timed passes %.3f s):\n",
              total, pass_median);
  for (int s = 0; s < kStages; ++s) {
    if (s == kOther && seconds[s] == 0) continue;
    std::printf("  %-32s %8.3f s %6.1f %%\n", kStageNames[s], seconds[s],
                total > 0 ? 100 * seconds[s] / total : 0.0);
  }
}

void PrintSlowest(const std::vector<Page>& pages, const std::vector<PassTimes>& passes,
                  int n) {
  if (n == 0) return;
  std::vector<std::pair<double, size_t>> best;  // fastest time of each page
  for (size_t i = 0; i < pages.size(); ++i) {
    double t = passes[0].page_wall[i];
    for (const PassTimes& pass : passes) t = std::min(t, pass.page_wall[i]);
    best.emplace_back(t, i);
  }
  std::sort(best.rbegin(), best.rend());
  std::printf("\nslowest pages (best of the repetitions):\n");
  for (int k = 0; k < n && k < static_cast<int>(best.size()); ++k) {
    const Page& p = pages[best[k].second];
    std::printf("  %8.2f ms %8.1f kB  %s\n", best[k].first * 1e3, p.bytes.size() / 1e3,
                std::filesystem::path(p.path).filename().c_str());
  }
}

int Run(const Options& o) {
  PrintHeader(o);
  std::vector<Corpus> corpora;
  if (o.corpus != "trafilatura") {
    corpora.push_back({"article-extraction-benchmark", "article-extraction-benchmark/html"});
  }
  if (o.corpus != "aeb") corpora.push_back({"trafilatura-eval", "trafilatura-eval/html"});
  std::vector<Page> pages;
  if (!LoadPages(o, &corpora, &pages)) return 1;

  std::unique_ptr<text::LanguageIdentifier> lid;
  if (o.lid) {
    auto loaded = text::LanguageIdentifier::Load(text::DefaultLanguageModelPath());
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s (run scripts/setup, or pass --no-lid)\n",
                   loaded.status().message().c_str());
      return 1;
    }
    lid = std::move(*loaded);
  }
  ExtractOptions extract_options;
  extract_options.analyse = false;
  extract_options.jobs = 1;
  const pipeline::ArticleProcessor processor(extract_options, lid.get());
  std::unique_ptr<analyse::Analyser> analyser;
  if (o.analyse) {
    auto loaded = analyse::Analyser::Load(analyse::AnalyserOptions{});
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
      return 1;
    }
    analyser = std::move(*loaded);
  }
  ExtractOptions analyse_options = extract_options;
  analyse_options.analyse = true;
  const pipeline::ArticleProcessor analysing(analyse_options, lid.get(), analyser.get());

  double split[kStages] = {};
  RunSplitPass(pages, lid.get(), split);  // also the warm-up
  Tally tally, analysed_tally;
  if (o.analyse) RunPass(pages, corpora.size(), analysing, &analysed_tally);  // warm-up

  std::vector<PassTimes> passes, analysed;
  for (int r = 0; r < o.reps; ++r) {
    tally = Tally{};
    passes.push_back(RunPass(pages, corpora.size(), processor, &tally));
    if (o.analyse) {
      analysed_tally = Tally{};
      analysed.push_back(RunPass(pages, corpora.size(), analysing, &analysed_tally));
    }
  }

  std::printf("extraction alone (vigie extract --no-analyse):\n");
  PrintThroughput(corpora, passes);
  if (o.analyse) {
    std::printf("\nwith the analysis layers (vigie extract):\n");
    PrintThroughput(corpora, analysed);
    std::vector<double> alone, with;
    for (size_t r = 0; r < passes.size(); ++r) {
      double a = 0, w = 0;
      for (size_t c = 0; c < corpora.size(); ++c) {
        a += passes[r].corpus_cpu[c];
        w += analysed[r].corpus_cpu[c];
      }
      alone.push_back(a);
      with.push_back(w);
    }
    std::printf("\nanalysis: %.3f s over %.3f s of extraction (CPU, medians): x%.2f the time of "
                "extraction alone; %d entities, %d quotations, %d claims, %d labels, %d "
                "techniques\n",
                Median(with) - Median(alone), Median(alone), Median(with) / Median(alone),
                analysed_tally.entities, analysed_tally.quotes, analysed_tally.claims,
                analysed_tally.labels, analysed_tally.techniques);
  }
  std::printf("\ncheck: %d documents, %d errors, %d with empty text, %d with a language, "
              "%.2f MB of text out\n",
              tally.documents, tally.errors, tally.empty_text, tally.with_language,
              tally.text_bytes / 1e6);
  std::vector<double> pass_wall;
  for (const PassTimes& pass : passes) {
    double total = 0;
    for (double t : pass.corpus_wall) total += t;
    pass_wall.push_back(total);
  }
  PrintSplit(split, Median(pass_wall));
  PrintSlowest(pages, passes, o.slowest);
  return 0;
}

}  // namespace
}  // namespace vigie::bench

int main(int argc, char** argv) {
  std::optional<vigie::bench::Options> options = vigie::bench::ParseArgs(argc, argv);
  if (!options) {
    std::fputs(vigie::bench::kUsage, stderr);
    return 2;
  }
  return vigie::bench::Run(*options);
}
