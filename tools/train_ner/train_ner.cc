// vigie_train_ner: trains the named-entity tagger's model (a structured
// averaged perceptron over the features of src/analyse/ner_features.cc;
// the essay is in src/analyse/ner_tagger.cc) and writes it where NerModel
// loads it. Deterministic: a fixed seed shuffles the sentences, so the same
// data and options give the same file byte for byte.
//
// Usage (scripts/train-ner runs the command recorded in data/models/README.md):
//   vigie_train_ner --modern data/ner/fr_news/train.jsonl
//       [--europeana shared/data/europeana-ner-fr/enp_FR.bnf.bio]
//       [--dev tests/testdata/gold/quotes_fr/gold.jsonl --dev-parity odd]
//       --gazetteers data/gazetteers/fr third_party/npm/geo/gazetteer --out data/models/ner.model
// Prints the tagger's exact-span P/R/F1 on the dev sets (the Europeana
// held-out 10% and --dev) after training (and after each epoch with
// --eval-every-epoch).
#include <CLI/CLI.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyse/gazetteer.h"
#include "analyse/ner_features.h"
#include "analyse/ner_model.h"
#include "analyse/ner_tagger.h"
#include "ner_corpus.h"

namespace vigie::train {
namespace {

using analyse::kNerTags;

// Weights with lazy averaging (Daumé's trick): each cell remembers when it
// last changed, so that an update costs O(1) whatever the step count.
class Perceptron {
 public:
  float Weight(uint64_t f, int tag) const {
    auto it = index_.find(f);
    return it == index_.end() ? 0 : w_[it->second * kNerTags + tag];
  }
  void Emissions(const analyse::NerFeatures& fs, std::vector<float>* e) const {
    e->assign(fs.size() * kNerTags, 0);
    for (size_t k = 0; k < fs.size(); ++k)
      for (uint64_t f : fs.Of(k)) {
        auto it = index_.find(f);
        if (it == index_.end()) continue;
        const float* w = &w_[it->second * kNerTags];
        for (int t = 0; t < kNerTags; ++t) (*e)[k * kNerTags + t] += w[t];
      }
  }
  void Update(uint64_t f, int tag, float delta) {
    auto [it, added] = index_.emplace(f, index_.size());
    if (added) {
      w_.resize(w_.size() + kNerTags, 0);
      total_.resize(total_.size() + kNerTags, 0);
      stamp_.resize(stamp_.size() + kNerTags, 0);
    }
    size_t c = it->second * kNerTags + tag;
    total_[c] += static_cast<double>(step_ - stamp_[c]) * w_[c];
    stamp_[c] = step_;
    w_[c] += delta;
  }
  void UpdateTransition(int from, int to, float delta) {
    trans_[from * kNerTags + to] += delta;
  }
  void Tick() {
    ++step_;
    for (size_t i = 0; i < trans_.size(); ++i) trans_total_[i] += trans_[i];
  }
  const analyse::NerTransitions& transitions() const { return trans_; }

  // The averaged weights, rows whose largest |weight| is under `prune` left out.
  std::vector<analyse::NerModel::Row> Averaged(float prune,
                                               analyse::NerTransitions* transitions) const {
    std::vector<analyse::NerModel::Row> rows;
    for (const auto& [f, i] : index_) {
      analyse::NerModel::Row r{f, {}};
      float max_abs = 0;
      for (int t = 0; t < kNerTags; ++t) {
        size_t c = i * kNerTags + t;
        double total = total_[c] + static_cast<double>(step_ - stamp_[c]) * w_[c];
        r.weights[t] = static_cast<float>(total / std::max<uint64_t>(step_, 1));
        max_abs = std::max(max_abs, std::fabs(r.weights[t]));
      }
      if (max_abs >= prune) rows.push_back(r);
    }
    for (size_t i = 0; i < trans_.size(); ++i)
      (*transitions)[i] = static_cast<float>(trans_total_[i] / std::max<uint64_t>(step_, 1));
    return rows;
  }
  size_t features() const { return index_.size(); }

 private:
  std::unordered_map<uint64_t, size_t> index_;
  std::vector<float> w_;
  std::vector<double> total_;
  std::vector<uint64_t> stamp_;
  analyse::NerTransitions trans_{};
  std::array<double, (kNerTags + 1) * kNerTags> trans_total_{};
  uint64_t step_ = 0;
};

// `dropout`: the share of sentences featurized without the gazetteer (every
// n-th, deterministically), so that the model also learns names from their
// context and shape rather than from the tables alone.
std::vector<TaggedSentence> Prepare(const std::vector<Example>& examples,
                                    const analyse::Gazetteer* gazetteer,
                                    double dropout,
                                    size_t* misaligned) {
  std::vector<TaggedSentence> out;
  analyse::NerFeaturizer featurizer(gazetteer), bare(nullptr);
  double credit = 0;
  std::vector<uint8_t> tags;
  for (const Example& e : examples) {
    analyse::AnalysisText text(e.text, e.language);
    GoldTags(text, e.spans, &tags, misaligned);
    for (const text::Sentence& s : text.sentences()) {
      TaggedSentence ts;
      ts.source = e.source;
      credit += dropout;
      bool drop = credit >= 1;
      if (drop) credit -= 1;
      (drop ? bare : featurizer).Featurize(text, s.token_begin, s.token_end, &ts.features);
      ts.gold.assign(tags.begin() + s.token_begin, tags.begin() + s.token_end);
      if (!ts.gold.empty() && !analyse::IsBegin(ts.gold[0]) && ts.gold[0] != 0) --ts.gold[0];
      out.push_back(std::move(ts));
    }
  }
  return out;
}

bool g_greedy = false;

void TrainSentence(const TaggedSentence& s, float scale, Perceptron* p,
                   std::vector<float>* emissions, analyse::ViterbiScratch* scratch,
                   std::vector<uint8_t>* pred) {
  const size_t n = s.gold.size();
  if (n == 0) return;
  p->Emissions(s.features, emissions);
  pred->resize(n);
  if (g_greedy) {
    analyse::GreedyDecode(emissions->data(), n, p->transitions(), pred->data());
  } else {
    analyse::ViterbiDecode(emissions->data(), n, p->transitions(), scratch, pred->data());
  }
  for (size_t k = 0; k < n; ++k) {
    const int g = s.gold[k], y = (*pred)[k];
    if (g != y) {
      for (uint64_t f : s.features.Of(k)) {
        p->Update(f, g, scale);
        p->Update(f, y, -scale);
      }
    }
    const int pg = k == 0 ? kNerTags : s.gold[k - 1];
    const int py = k == 0 ? kNerTags : (*pred)[k - 1];
    if (pg != py || g != y) {
      p->UpdateTransition(pg, g, scale);
      p->UpdateTransition(py, y, -scale);
    }
  }
}

struct Counts {
  long tp[analyse::kNerTypes] = {}, fp[analyse::kNerTypes] = {}, fn[analyse::kNerTypes] = {};
};

void Evaluate(const char* name, const std::vector<Example>& examples,
              const analyse::NerModel& model, const analyse::Gazetteer* gazetteer) {
  analyse::NerTagger tagger(&model, gazetteer,
                           g_greedy ? analyse::NerTagger::Decoder::kGreedy
                                    : analyse::NerTagger::Decoder::kViterbi);
  Counts c;
  long known_gold = 0, known_found = 0, unknown_gold = 0, unknown_found = 0;
  std::vector<analyse::NerSpan> spans;
  for (const Example& e : examples) {
    analyse::AnalysisText text(e.text, e.language);
    tagger.Tag(text, &spans);
    std::vector<std::tuple<int64_t, int64_t, int>> gold, pred;
    for (const GoldSpan& s : e.spans) gold.emplace_back(s.start, s.end, s.type);
    for (const analyse::NerSpan& s : spans)
      pred.emplace_back(text.tokens()[s.token_begin].start, text.tokens()[s.token_end - 1].end,
                        s.type);
    for (const auto& p : pred) {
      bool hit = std::find(gold.begin(), gold.end(), p) != gold.end();
      (hit ? c.tp : c.fp)[std::get<2>(p)]++;
    }
    for (const auto& g : gold) {
      bool found = std::find(pred.begin(), pred.end(), g) != pred.end();
      if (!found) c.fn[std::get<2>(g)]++;
      if (gazetteer == nullptr) continue;
      std::string_view surface = CodePointSubstr(e.text, std::get<0>(g), std::get<1>(g));
      bool known = !gazetteer->Lookup(surface).empty();
      (known ? known_gold : unknown_gold)++;
      (known ? known_found : unknown_found) += found;
    }
  }
  long tp = 0, fp = 0, fn = 0;
  std::printf("  %s:", name);
  for (int t = 0; t < 3; ++t) {  // PER ORG LOC
    tp += c.tp[t], fp += c.fp[t], fn += c.fn[t];
    double p = c.tp[t] ? double(c.tp[t]) / (c.tp[t] + c.fp[t]) : 0;
    double r = c.tp[t] ? double(c.tp[t]) / (c.tp[t] + c.fn[t]) : 0;
    std::printf(" %s %.3f", analyse::kNerTypeNames[t], p + r > 0 ? 2 * p * r / (p + r) : 0);
  }
  double p = tp ? double(tp) / (tp + fp) : 0, r = tp ? double(tp) / (tp + fn) : 0;
  std::printf(" | micro P %.3f R %.3f F1 %.3f", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
  if (known_gold + unknown_gold > 0) {
    std::printf(" | recall of names in / not in the gazetteer %.3f (%ld) / %.3f (%ld)",
                known_gold ? double(known_found) / known_gold : 0, known_gold,
                unknown_gold ? double(unknown_found) / unknown_gold : 0, unknown_gold);
  }
  std::printf("\n");
}

}  // namespace
}  // namespace vigie::train

int main(int argc, char** argv) {
  using namespace vigie;
  CLI::App app{"Trains the named-entity tagger's model"};
  std::vector<std::string> modern, english, english_dev;
  std::string europeana, dev, dev_parity = "odd", out;
  std::vector<std::string> gazetteers;
  int epochs = 8;
  uint64_t seed = 20261202;
  double holdout = 0.1, europeana_weight = 0.5, modern_weight = 1.0;
  float prune = 0.0f;
  bool eval_every_epoch = false, no_gazetteer = false;
  double dropout = 0;
  std::string decoder = "viterbi";
  app.add_option("--modern", modern, "French JSONL training files (text, entities)");
  app.add_option("--english", english, "English JSONL training files");
  app.add_option("--english-dev", english_dev, "English JSONL evaluation files");
  app.add_option("--europeana", europeana, "Europeana BIO file (its last --holdout is held out)");
  app.add_option("--holdout", holdout, "share of the Europeana file held out");
  app.add_option("--europeana-weight", europeana_weight, "update size of Europeana sentences");
  app.add_option("--modern-weight", modern_weight, "update size of modern sentences");
  app.add_option("--dev", dev, "JSONL gold for evaluation (e.g. the quotes_fr gold set)");
  app.add_option("--dev-parity", dev_parity, "odd, even or all passages of --dev");
  app.add_option("--gazetteers", gazetteers,
                 "gazetteer directories (data/gazetteers/fr, then the geo directory's gazetteer/: English country names)");
  app.add_flag("--no-gazetteer", no_gazetteer, "train without gazetteer features");
  app.add_option("--gazetteer-dropout", dropout, "share of sentences without gazetteer features");
  app.add_option("--decoder", decoder, "viterbi or greedy (training and evaluation)");
  app.add_option("--epochs", epochs, "passes over the training sentences");
  app.add_option("--seed", seed, "shuffling seed");
  app.add_option("--prune", prune, "drop features whose averaged weights are all below this");
  app.add_option("--out", out, "model file to write");
  app.add_flag("--eval-every-epoch", eval_every_epoch, "evaluate after every epoch");
  CLI11_PARSE(app, argc, argv);
  train::g_greedy = decoder == "greedy";

  std::unique_ptr<analyse::Gazetteer> gazetteer;
  if (!gazetteers.empty() && !no_gazetteer) {
    auto g = analyse::Gazetteer::Load(gazetteers[0], {gazetteers.begin() + 1, gazetteers.end()});
    if (!g.ok()) {
      std::fprintf(stderr, "%s\n", g.status().message().c_str());
      return 1;
    }
    gazetteer = std::move(*g);
  }
  std::vector<train::Example> train_examples, europeana_test, dev_examples;
  for (const std::string& path : modern) {
    if (!train::ReadJsonl(path, 0, &train_examples)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
  }
  for (auto& e : train_examples) e.source = 0;
  std::vector<train::Example> english_examples, english_dev_examples;
  for (const std::string& path : english) {
    if (!train::ReadJsonl(path, 0, &english_examples)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
  }
  for (const std::string& path : english_dev) {
    if (!train::ReadJsonl(path, 0, &english_dev_examples)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
  }
  for (auto& e : english_examples) e.language = "en";
  for (auto& e : english_dev_examples) e.language = "en";
  train_examples.insert(train_examples.end(), english_examples.begin(), english_examples.end());
  if (!europeana.empty() &&
      !train::ReadEuropeana(europeana, holdout, &train_examples, &europeana_test)) {
    std::fprintf(stderr, "cannot read %s\n", europeana.c_str());
    return 1;
  }
  int parity = dev_parity == "odd" ? 1 : dev_parity == "even" ? 2 : 0;
  if (!dev.empty() && !train::ReadJsonl(dev, parity, &dev_examples)) {
    std::fprintf(stderr, "cannot read %s\n", dev.c_str());
    return 1;
  }
  size_t misaligned = 0;
  std::vector<train::TaggedSentence> sentences =
      train::Prepare(train_examples, gazetteer.get(), dropout, &misaligned);
  size_t tokens = 0;
  for (const auto& s : sentences) tokens += s.gold.size();
  std::printf("training: %zu examples, %zu sentences, %zu tokens (%zu gold spans off token "
              "boundaries)\n", train_examples.size(), sentences.size(), tokens, misaligned);

  train::Perceptron perceptron;
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(seed);
  std::vector<float> emissions;
  analyse::ViterbiScratch scratch;
  std::vector<uint8_t> pred;
  std::string description;
  for (int i = 0; i < argc; ++i) {
    description += i ? " " : "";
    description += argv[i];
  }
  auto build = [&]() {
    analyse::NerTransitions transitions{};
    auto rows = perceptron.Averaged(prune, &transitions);
    return analyse::NerModel::Serialize(std::move(rows), transitions, description);
  };
  auto evaluate = [&](const std::string& bytes) {
    auto model = analyse::NerModel::FromBytes(bytes, "model");
    if (!model.ok()) return;
    std::printf("  model: %zu features, %.1f MB\n", (*model)->features(), bytes.size() / 1e6);
    if (!europeana_test.empty())
      train::Evaluate("europeana held-out", europeana_test, **model, gazetteer.get());
    if (!dev_examples.empty())
      train::Evaluate(("dev " + dev_parity).c_str(), dev_examples, **model, gazetteer.get());
    if (!english_dev_examples.empty())
      train::Evaluate("english dev", english_dev_examples, **model, gazetteer.get());
  };
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t i : order) {
      const train::TaggedSentence& s = sentences[i];
      float w = static_cast<float>(s.source == 1 ? europeana_weight : modern_weight);
      if (w > 0) train::TrainSentence(s, w, &perceptron, &emissions, &scratch, &pred);
      perceptron.Tick();
    }
    std::printf("epoch %d: %zu features\n", epoch, perceptron.features());
    if (eval_every_epoch && epoch < epochs) evaluate(build());
    std::fflush(stdout);
  }
  std::string bytes = build();
  evaluate(bytes);
  if (!out.empty()) {
    std::ofstream f(out, std::ios::binary);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) {
      std::fprintf(stderr, "cannot write %s\n", out.c_str());
      return 1;
    }
    std::printf("wrote %s (%zu bytes)\n", out.c_str(), bytes.size());
  }
  return 0;
}
