// Named entities (the entity layer: tagger, linker, places) against gold:
// (a) the quotes_fr gold set (70 modern passages written for the purpose,
//     tests/testdata/gold/quotes_fr): odd-numbered passages are the
//     development set, even-numbered ones the test set, never tuned on;
// (b) the last 10% of the Europeana BnF newspapers (1870-1939, OCR), which
//     the trainer holds out;
// (c) the held-out fifth of data/ner/en_news (English).
// Scores: precision, recall and F1 per type and micro over PER, ORG, LOC,
// exact span and type (MISC reported apart); partial-overlap F1 (a span
// counts when it overlaps a gold span of its type); canonical accuracy over
// exactly matched entities (canonical equal to the gold's after folding,
// and "equivalent": equal, or both name one gazetteer entity: the gold set
// takes the passage's fullest form, Vigie the gazetteer's for the entities
// it knows); geo accuracy over matched LOC entities with a gold country
// (predicted country equal) and coverage (share with a geo at all); the
// linker's rules with how often each gave the gold canonical.
//
// Usage: vigie_eval_entities [--gold FILE] [--europeana FILE] [--data-dir DIR]
//          [--min-test-f1 X] [--min-dev-f1 X] [--min-europeana-f1 X]
//          [--min-canonical X] [--min-geo X] [--english FILE]
//          [--min-english-f1 X] [--errors]
// Exit status 1 below a threshold, 2 on missing data or models.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "../tools/train_ner/ner_corpus.h"
#include "analyse/analysis_text.h"
#include "analyse/analyser.h"
#include "analyse/entities.h"
#include "analyse/entity_linker.h"
#include "common/utf8.h"
#include "text/normalize.h"

namespace {

using vigie::Entity;
using vigie::analyse::LinkReason;

struct GoldEntity {
  int64_t start = 0, end = 0;
  std::string type, text, canonical, country;
};
struct Passage {
  std::string id, text, language = "fr";
  std::vector<GoldEntity> entities;
};

std::vector<Passage> ReadGold(const std::string& path) {
  std::vector<Passage> out;
  std::string data;
  if (!vigie::train::ReadAll(path, &data)) return out;
  for (std::string_view line : vigie::SplitLines(data)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    Passage p;
    p.id = j.value("id", std::string());
    p.text = j.value("text", std::string());
    for (const auto& e : j.value("entities", nlohmann::json::array())) {
      GoldEntity g;
      g.start = e.value("start", int64_t{0}), g.end = e.value("end", int64_t{0});
      g.type = e.value("type", std::string()), g.text = e.value("text", std::string());
      g.canonical = e.value("canonical", std::string());
      if (e.contains("country") && e["country"].is_string()) g.country = e["country"];
      p.entities.push_back(std::move(g));
    }
    out.push_back(std::move(p));
  }
  return out;
}

struct Prf {
  long tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double R() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

struct Scores {
  std::map<std::string, Prf> exact, partial;
  Prf micro, micro_partial;
  long matched = 0, canonical_equal = 0, canonical_equivalent = 0;
  long geo_gold = 0, geo_given = 0, geo_right = 0;
  std::map<std::string, std::pair<long, long>> reasons;  // reason -> (matched, equivalent)
};

bool Main3(const std::string& t) { return t == "PER" || t == "ORG" || t == "LOC"; }

class Scorer {
 public:
  explicit Scorer(const vigie::analyse::EntityRecognizer& r) : r_(r) {}

  // Gazetteer canonical of a name of type `type`, else the folded name.
  std::string Equivalent(const std::string& name, const std::string& type) const {
    using K = vigie::analyse::GazetteerKind;
    for (uint32_t id : r_.gazetteer().Lookup(name)) {
      const auto& e = r_.gazetteer().entry(id);
      bool suits = (type == "PER" && e.kind == K::kPerson) ||
                   (type == "ORG" && e.kind == K::kOrganisation) ||
                   (type == "LOC" && (e.kind == K::kPlace || e.kind == K::kCountry));
      if (suits) return vigie::text::FoldForMatching(e.canonical);
    }
    return vigie::text::FoldForMatching(name);
  }

  void Score(const Passage& p, bool errors, Scores* s) const {
    vigie::analyse::AnalysisText text(p.text, p.language);
    std::vector<Entity> pred;
    std::vector<LinkReason> reasons;
    r_.Recognize(text, &pred, &reasons);
    std::vector<bool> gold_hit(p.entities.size(), false), gold_touched(p.entities.size(), false);
    for (size_t k = 0; k < pred.size(); ++k) {
      const Entity& e = pred[k];
      bool exact = false, touched = false;
      for (size_t g = 0; g < p.entities.size(); ++g) {
        const GoldEntity& ge = p.entities[g];
        if (ge.type != e.type || ge.end <= e.start || e.end <= ge.start) continue;
        touched = true;
        gold_touched[g] = true;
        if (ge.start != e.start || ge.end != e.end) continue;
        exact = true;
        gold_hit[g] = true;
        if (!Main3(e.type)) continue;
        ++s->matched;
        bool equal = vigie::text::FoldForMatching(e.canonical) ==
                     vigie::text::FoldForMatching(ge.canonical);
        bool equivalent = equal || Equivalent(e.canonical, e.type) ==
                                       Equivalent(ge.canonical, ge.type);
        s->canonical_equal += equal;
        s->canonical_equivalent += equivalent;
        auto& reason = s->reasons[vigie::analyse::LinkReasonName(reasons[k])];
        ++reason.first;
        reason.second += equivalent;
        if (errors && !equivalent)
          std::printf("  %s canonical: %s \"%s\" -> \"%s\", gold \"%s\"\n", p.id.c_str(),
                      e.type.c_str(), e.text.c_str(), e.canonical.c_str(), ge.canonical.c_str());
        if (e.type == "LOC" && !ge.country.empty()) {
          ++s->geo_gold;
          s->geo_given += e.geo.has_value();
          s->geo_right += e.geo.has_value() && e.geo->country == ge.country;
          if (errors && (!e.geo || e.geo->country != ge.country))
            std::printf("  %s geo: \"%s\" -> %s, gold %s\n", p.id.c_str(), e.text.c_str(),
                        e.geo ? e.geo->country.c_str() : "null", ge.country.c_str());
        }
      }
      (exact ? s->exact[e.type].tp : s->exact[e.type].fp)++;
      (touched ? s->partial[e.type].tp : s->partial[e.type].fp)++;
      if (errors && !exact && Main3(e.type))
        std::printf("  %s FP %s \"%s\"\n", p.id.c_str(), e.type.c_str(), e.text.c_str());
    }
    for (size_t g = 0; g < p.entities.size(); ++g) {
      const GoldEntity& ge = p.entities[g];
      if (!gold_hit[g]) ++s->exact[ge.type].fn;
      if (!gold_touched[g]) ++s->partial[ge.type].fn;
      if (errors && !gold_hit[g] && Main3(ge.type))
        std::printf("  %s FN %s \"%s\"\n", p.id.c_str(), ge.type.c_str(), ge.text.c_str());
    }
  }

 private:
  const vigie::analyse::EntityRecognizer& r_;
};

// The one-edit links the linker makes on gold spans of `path` (JSONL, one
// document per source file: records "file:line" joined as paragraphs),
// printed for inspection: how many, and which (false merges are read by eye).
void AuditFuzzy(const std::string& path, const vigie::analyse::Gazetteer& gazetteer) {
  std::vector<vigie::train::Example> examples;
  if (!vigie::train::ReadJsonl(path, 0, &examples)) return;
  std::map<std::string, vigie::train::Example> docs;
  for (const auto& e : examples) {
    auto& d = docs[e.id.substr(0, e.id.find(':'))];
    if (!d.text.empty()) d.text += "\n\n";
    int64_t shift = static_cast<int64_t>(vigie::CodePointCount(d.text));
    d.text += e.text;
    for (auto s : e.spans) d.spans.push_back({s.start + shift, s.end + shift, s.type});
  }
  vigie::analyse::EntityLinker linker(&gazetteer);
  long mentions = 0, fuzzy = 0;
  for (const auto& [name, d] : docs) {
    vigie::analyse::AnalysisText text(d.text, "fr");
    std::vector<vigie::analyse::NerSpan> spans;
    for (const auto& s : d.spans) {
      size_t b = text.TokenAtOrAfter(s.start), e = b;
      while (e < text.tokens().size() && text.tokens()[e].end <= s.end) ++e;
      if (e > b && (spans.empty() || spans.back().token_end <= b)) spans.push_back({b, e, s.type});
    }
    std::vector<vigie::analyse::LinkedMention> links;
    linker.Link(text, spans, &links);
    for (size_t i = 0; i < spans.size(); ++i) {
      ++mentions;
      if (links[i].reason != LinkReason::kFuzzyGazetteer &&
          links[i].reason != LinkReason::kFuzzyDocument) {
        continue;
      }
      ++fuzzy;
      std::printf("  fuzzy %s: \"%s\" -> \"%s\" (%s)\n", name.c_str(),
                  std::string(text.Slice(text.tokens()[spans[i].token_begin].start,
                                         text.tokens()[spans[i].token_end - 1].end)).c_str(),
                  links[i].canonical.c_str(), vigie::analyse::LinkReasonName(links[i].reason));
    }
  }
  std::printf("one-edit links on the gold spans of %s: %ld of %ld mentions\n", path.c_str(), fuzzy,
              mentions);
}

void Finish(Scores* s) {
  for (const char* t : {"PER", "ORG", "LOC"}) {
    s->micro.tp += s->exact[t].tp, s->micro.fp += s->exact[t].fp, s->micro.fn += s->exact[t].fn;
    s->micro_partial.tp += s->partial[t].tp, s->micro_partial.fp += s->partial[t].fp;
    s->micro_partial.fn += s->partial[t].fn;
  }
}

void Print(const char* name, const Scores& s, bool linking) {
  std::printf("%s\n", name);
  for (const char* t : {"PER", "ORG", "LOC", "MISC"}) {
    auto it = s.exact.find(t);
    if (it == s.exact.end()) continue;
    const Prf& p = it->second;
    std::printf("  %-5s P %.3f R %.3f F1 %.3f  (tp %ld fp %ld fn %ld)\n", t, p.P(), p.R(), p.F(),
                p.tp, p.fp, p.fn);
  }
  std::printf("  micro P %.3f R %.3f F1 %.3f over PER, ORG, LOC; partial-overlap F1 %.3f\n",
              s.micro.P(), s.micro.R(), s.micro.F(), s.micro_partial.F());
  if (!linking) return;
  auto share = [](long a, long b) { return b ? double(a) / b : 0.0; };
  std::printf("  canonical: %.3f equal, %.3f equivalent (of %ld matched)\n",
              share(s.canonical_equal, s.matched), share(s.canonical_equivalent, s.matched),
              s.matched);
  std::printf("  geo: country right %.3f of %ld gold-country LOC, coverage %.3f, right when "
              "given %.3f\n", share(s.geo_right, s.geo_gold), s.geo_gold,
              share(s.geo_given, s.geo_gold), share(s.geo_right, s.geo_given));
  std::printf("  linker rules (matched, canonical equivalent):");
  for (const auto& [reason, n] : s.reasons) std::printf(" %s %ld/%ld", reason.c_str(), n.second, n.first);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Named-entity evaluation"};
  std::string gold = VIGIE_SOURCE_DIR "/tests/testdata/gold/quotes_fr/gold.jsonl";
  std::string europeana = std::string(VIGIE_SHARED_DATA_DIR) + "/europeana-ner-fr/enp_FR.bnf.bio";
  std::string english_path = VIGIE_SOURCE_DIR "/data/ner/en_news/test.jsonl";
  std::string data_dir;
  double min_english = 0;
  app.add_option("--english", english_path, "English held-out JSONL");
  app.add_option("--min-english-f1", min_english);
  double min_test = 0, min_dev = 0, min_europeana = 0, min_canonical = 0, min_geo = 0;
  bool errors = false;
  std::string audit;
  app.add_option("--audit-fuzzy", audit, "print the one-edit links on this JSONL's gold spans");
  app.add_option("--gold", gold, "quotes_fr gold.jsonl");
  app.add_option("--europeana", europeana, "Europeana BIO file (its last 10% is scored)");
  app.add_option("--data-dir", data_dir, "data directory (default: the source tree's)");
  app.add_option("--min-test-f1", min_test);
  app.add_option("--min-dev-f1", min_dev);
  app.add_option("--min-europeana-f1", min_europeana);
  app.add_option("--min-canonical", min_canonical, "equivalent canonical accuracy, test half");
  app.add_option("--min-geo", min_geo, "geo country accuracy, test half");
  app.add_flag("--errors", errors, "print every error of the dev half");
  CLI11_PARSE(app, argc, argv);

  auto recognizer = vigie::analyse::EntityRecognizer::Load(vigie::analyse::DefaultEntityResources(
      data_dir.empty() ? vigie::analyse::DefaultDataDir() : data_dir, ""));
  if (!recognizer.ok()) {
    std::fprintf(stderr, "%s\n", recognizer.status().message().c_str());
    return 2;
  }
  if (!audit.empty()) {
    AuditFuzzy(audit, (*recognizer)->gazetteer());
    return 0;
  }
  std::vector<Passage> passages = ReadGold(gold);
  if (passages.empty()) {
    std::fprintf(stderr, "no gold passages in %s\n", gold.c_str());
    return 2;
  }
  Scorer scorer(**recognizer);
  Scores dev, test;
  for (const Passage& p : passages) {
    long number = std::atol(p.id.c_str() + 1);
    scorer.Score(p, errors && number % 2 == 1, number % 2 == 1 ? &dev : &test);
  }
  Finish(&dev), Finish(&test);
  Print("quotes_fr gold, dev (odd passages)", dev, true);
  Print("quotes_fr gold, TEST (even passages)", test, true);

  std::vector<vigie::train::Example> train, held_out;
  Scores eu;
  if (vigie::train::ReadEuropeana(europeana, 0.1, &train, &held_out)) {
    train.clear();
    for (const auto& ex : held_out) {
      Passage p;
      p.id = ex.id, p.text = ex.text;
      for (const auto& s : ex.spans)
        p.entities.push_back(GoldEntity{s.start, s.end, vigie::analyse::kNerTypeNames[s.type], "", "", ""});
      scorer.Score(p, false, &eu);
    }
    Finish(&eu);
    Print("europeana held-out 10% (1870-1939 OCR)", eu, false);
  } else {
    std::fprintf(stderr, "no Europeana file at %s: skipped\n", europeana.c_str());
  }
  // (c) English: the held-out fifth of data/ner/en_news (240 paragraphs
  // written for the purpose), spans and types only (no canonical in it).
  std::vector<vigie::train::Example> english;
  Scores en;
  if (vigie::train::ReadJsonl(english_path, 0, &english) && !english.empty()) {
    for (const auto& ex : english) {
      Passage p;
      p.id = ex.id, p.text = ex.text, p.language = "en";
      for (const auto& s : ex.spans)
        p.entities.push_back(GoldEntity{s.start, s.end, vigie::analyse::kNerTypeNames[s.type], "", "", ""});
      scorer.Score(p, false, &en);
    }
    Finish(&en);
    Print("english held-out (en_news test.jsonl)", en, false);
  }
  auto share = [](long a, long b) { return b ? double(a) / b : 0.0; };
  bool ok = test.micro.F() >= min_test && dev.micro.F() >= min_dev &&
            (held_out.empty() || eu.micro.F() >= min_europeana) &&
            (english.empty() || en.micro.F() >= min_english) &&
            share(test.canonical_equivalent, test.matched) >= min_canonical &&
            share(test.geo_right, test.geo_gold) >= min_geo;
  if (!ok) std::printf("FAIL: below a threshold\n");
  return ok ? 0 : 1;
}
