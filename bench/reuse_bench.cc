// The million-article benchmark of reuse detection (issue 8): signing,
// indexing, candidates and verification of N articles of about 500 words,
// with the time of each phase, the peak memory of the process, and the
// recall of the planted copies at that scale.
//
// The corpus: French text babbled by a first-order Markov chain over the
// words of the UD French treebanks and the aads novels (shared/data: real
// word frequencies, so that independent articles share common 3-grams and
// 6-grams as real news does, and posting lists grow as they would), 500
// words on average (300 to 700), from 2,000 outlets, with dates. A share of
// the articles (--copy-rate, 0.25) copy one of the 20,000 articles before
// them (copies happen within days) with the edits of the evaluation: trims,
// new ledes, reordered paragraphs, 3% of words changed, frames, pastes into
// compilations of three. Texts are generated once into the run's spool
// file (not timed), then read back as `vigie reuse` reads its spool.
//
//   vigie_reuse_bench [--articles N] [--jobs N] [--copy-rate X] [--seed N]
//                     [--write-jsonl DIR]   (contract JSONL, 1,000 per file,
//                                            for timing `vigie reuse DIR`)
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "eval_common.h"
#include "reuse_babbler.h"
#include "reuse/text_spool.h"
#include "vigie/reuse.h"

namespace vigie::bench {
namespace {

void LoadBabbler(Babbler* b) {
  std::string data;
  for (const char* f : {"sequoia/fr_sequoia-ud-train.conllu", "gsd/fr_gsd-ud-dev.conllu",
                        "gsd/fr_gsd-ud-test.conllu"}) {
    b->AddConllu(std::string(VIGIE_SHARED_DATA_DIR "/ud-french/") + f);
  }
  if (ReadWholeFile(VIGIE_SHARED_DATA_DIR "/aads-french/aggregated_corpus.json", &data)) {
    nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
    if (j.is_object()) {
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (!it->contains("text") || !(*it)["text"].is_string()) continue;
        std::string text = (*it)["text"].get<std::string>();
        for (char& c : text) {
          if (c == '\n') c = ' ';
        }
        size_t pos = 0;
        while (pos < text.size()) {
          size_t end = text.find(". ", pos);
          if (end == std::string::npos) end = text.size();
          b->AddSentence(std::string_view(text).substr(pos, std::min(end + 1, text.size()) - pos));
          pos = end + 2;
        }
      }
    }
  }
}

using Paragraphs = std::vector<std::string>;

struct Generated {
  Paragraphs paragraphs;
  int64_t source = -1;  // the article copied, or -1
  std::string kind = "original";
};

class Generator {
 public:
  Generator(Babbler* b, uint64_t seed, double copy_rate)
      : b_(b), rng_(seed), copy_rate_(copy_rate) {}

  Generated Next(int64_t number) {
    Generated g;
    if (number > 100 && rng_.Chance(copy_rate_)) {
      const size_t back = 1 + rng_.Below(std::min<size_t>(recent_.size(), kRecent));
      const int64_t from = number - static_cast<int64_t>(back);
      g.source = from;
      g.paragraphs = recent_[recent_.size() - back];
      Edit(&g);
    } else {
      const size_t words = 300 + rng_.Below(401);
      std::string para;
      size_t count = 0;
      while (count < words) {
        if (!para.empty()) para.push_back(' ');
        const size_t before = para.size();
        b_->Sentence(&rng_, &para);
        count += static_cast<size_t>(std::count(para.begin() + static_cast<long>(before), para.end(), ' ')) + 1;
        if (rng_.Chance(0.3)) {
          g.paragraphs.push_back(std::move(para));
          para.clear();
        }
      }
      if (!para.empty()) g.paragraphs.push_back(std::move(para));
    }
    recent_.push_back(g.paragraphs);
    if (recent_.size() > kRecent) recent_.pop_front();
    return g;
  }

 private:
  static constexpr size_t kRecent = 20000;

  void Edit(Generated* g) {
    Paragraphs& p = g->paragraphs;
    switch (rng_.Below(6)) {
      case 0:
        g->kind = "trim";
        p.resize(std::max<size_t>(1, p.size() * (5 + rng_.Below(5)) / 10));
        break;
      case 1:
        g->kind = "new_lede";
        p[0].clear();
        b_->Sentence(&rng_, &p[0]);
        break;
      case 2:
        g->kind = "reorder";
        std::swap(p[rng_.Below(p.size())], p[rng_.Below(p.size())]);
        break;
      case 3: {
        g->kind = "word_edits";
        for (std::string& para : p) {
          std::string out;
          size_t pos = 0;
          while (pos < para.size()) {
            size_t end = para.find(' ', pos);
            if (end == std::string::npos) end = para.size();
            if (!out.empty()) out.push_back(' ');
            if (rng_.Chance(0.03)) out += b_->RandomWord(&rng_);
            else out.append(para, pos, end - pos);
            pos = end + 1;
          }
          para = std::move(out);
        }
        break;
      }
      case 4: {
        g->kind = "compilation";
        for (int k = 0; k < 2; ++k) {
          const Paragraphs& other = recent_[recent_.size() - 1 - rng_.Below(recent_.size())];
          p.insert(p.end(), other.begin(), other.end());
        }
        break;
      }
      default: {
        g->kind = "framed";
        std::string intro, outro;
        b_->Sentence(&rng_, &intro);
        b_->Sentence(&rng_, &outro);
        p.insert(p.begin(), intro);
        p.push_back(outro);
      }
    }
  }

  Babbler* b_;
  Rng rng_;
  double copy_rate_;
  std::deque<Paragraphs> recent_;
};

std::string Join(const Paragraphs& p) {
  std::string out;
  for (const std::string& s : p) {
    if (!out.empty()) out += "\n\n";
    out += s;
  }
  return out;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

std::string Date(int64_t t) {
  const int64_t days = t / 86400 + 719468, secs = t % 86400;
  const int64_t era = days / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:00Z", y, m, d,
                static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60));
  return buf;
}

int Run(int argc, char** argv) {
  CLI::App app{"Reuse benchmark: N articles signed, indexed, matched"};
  int64_t articles = 100000;
  int jobs = 2;
  double copy_rate = 0.25;
  uint64_t seed = 8;
  std::string write_jsonl;
  ReuseParams params;
  ReuseThresholds thresholds;
  app.add_option("--articles", articles);
  app.add_option("--jobs", jobs);
  app.add_option("--copy-rate", copy_rate);
  app.add_option("--seed", seed);
  app.add_option("--write-jsonl", write_jsonl, "Also write the corpus as contract JSONL files");
  app.add_option("--min-containment", thresholds.min_containment);
  CLI11_PARSE(app, argc, argv);

  Babbler babbler;
  LoadBabbler(&babbler);
  if (babbler.empty()) {
    std::fprintf(stderr, "no source text under %s\n", VIGIE_SHARED_DATA_DIR);
    return 1;
  }
  // Generation (not timed): texts into the spool, facts into memory.
  auto t0 = std::chrono::steady_clock::now();
  Result<std::unique_ptr<reuse::TextSpool>> spool = reuse::TextSpool::Create();
  if (!spool.ok()) return 1;
  Generator gen(&babbler, seed, copy_rate);
  std::vector<ReuseArticle> facts;
  std::vector<int64_t> source(static_cast<size_t>(articles));
  uint64_t words = 0;
  std::ofstream jsonl;
  if (!write_jsonl.empty()) std::filesystem::create_directories(write_jsonl);
  for (int64_t i = 0; i < articles; ++i) {
    Generated g = gen.Next(i);
    source[i] = g.source;
    const std::string text = Join(g.paragraphs);
    words += static_cast<uint64_t>(std::count(text.begin(), text.end(), ' ')) + 1;
    ReuseArticle a;
    char id[32];
    std::snprintf(id, sizeof id, "b%09lld", static_cast<long long>(i));
    a.id = id;
    const int outlet = static_cast<int>((static_cast<uint64_t>(i) * 2654435761u) % 2000);
    a.outlet = "Outlet " + std::to_string(outlet);
    a.domain = "outlet" + std::to_string(outlet) + ".example";
    a.url = "https://" + *a.domain + "/" + a.id;
    a.published = Date(1704067200 + i * 30);
    if (!write_jsonl.empty()) {
      if (i % 1000 == 0) {
        jsonl.close();
        char name[64];
        std::snprintf(name, sizeof name, "/part-%05lld.jsonl", static_cast<long long>(i / 1000));
        jsonl.open(write_jsonl + name);
      }
      Document d;
      d.id = a.id;
      d.input = "bench#" + a.id;
      d.format = Format::kJsonl;
      d.url = a.url;
      d.domain = a.domain;
      d.outlet = a.outlet;
      d.published = a.published;
      d.language = "fr";
      d.text = text;
      jsonl << ToJsonLine(d) << "\n";
    }
    facts.push_back(std::move(a));
    if (!(*spool)->Append(text).ok()) return 1;
  }
  jsonl.close();
  if (!(*spool)->Flush().ok()) return 1;
  std::printf("corpus: %lld articles, %.0f words on average, %zu distinct words; generated in "
              "%.1f s\n",
              static_cast<long long>(articles), static_cast<double>(words) / static_cast<double>(articles),
              babbler.words(), Seconds(t0));
  std::fflush(stdout);

  // Signing and indexing: texts read back from the spool in batches.
  auto t1 = std::chrono::steady_clock::now();
  ReuseIndex index(params);
  constexpr size_t kBatch = 4096;
  std::vector<std::string> texts;
  for (int64_t begin = 0; begin < articles; begin += kBatch) {
    const int64_t end = std::min<int64_t>(articles, begin + static_cast<int64_t>(kBatch));
    texts.clear();
    for (int64_t i = begin; i < end; ++i) texts.push_back(*(*spool)->Text(static_cast<uint32_t>(i)));
    std::vector<std::string_view> views(texts.begin(), texts.end());
    std::vector<ReuseSignature> sigs = SignAll(params, views, jobs);
    for (int64_t i = begin; i < end; ++i) {
      if (!index.Add(std::move(facts[i]), std::move(sigs[i - begin])).ok()) return 1;
    }
  }
  std::vector<ReuseArticle>().swap(facts);
  const double sign_s = Seconds(t1);
  auto t2 = std::chrono::steady_clock::now();
  index.Seal();
  const double seal_s = Seconds(t2);
  std::printf("signing + indexing: %.1f s; seal: %.1f s; index %.0f MB\n", sign_s, seal_s,
              static_cast<double>(index.MemoryUsage()) / 1e6);
  std::fflush(stdout);

  auto t3 = std::chrono::steady_clock::now();
  std::vector<ReusePair> pairs;
  Status st = FindPairs(index, **spool, thresholds, 0, jobs, &pairs);
  if (!st.ok()) {
    std::fprintf(stderr, "%s\n", st.message().c_str());
    return 1;
  }
  const double match_s = Seconds(t3);

  // Recall of the planted copies (a copy and its source: the copy is
  // mostly the source's text, except compilations, which hold a third).
  std::unordered_map<uint64_t, bool> found;
  for (const ReusePair& p : pairs) found[(static_cast<uint64_t>(p.a) << 32) | p.b] = true;
  size_t planted = 0, hit = 0;
  for (int64_t i = 0; i < articles; ++i) {
    if (source[i] < 0) continue;
    ++planted;
    hit += found.count((static_cast<uint64_t>(source[i]) << 32) | static_cast<uint64_t>(i));
  }
  std::printf("candidates + verification: %.1f s; %zu pairs reported\n", match_s, pairs.size());
  std::printf("planted copies found: %zu of %zu (%.4f)\n", hit, planted,
              planted ? static_cast<double>(hit) / static_cast<double>(planted) : 1.0);
  std::printf("total (signing, indexing, candidates, verification): %.1f s on %d threads; peak "
              "RSS %.0f MB\n",
              sign_s + seal_s + match_s, jobs, PeakRssMb());
  return 0;
}

}  // namespace
}  // namespace vigie::bench

int main(int argc, char** argv) { return vigie::bench::Run(argc, argv); }
