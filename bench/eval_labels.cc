// Evaluation of actor labels and persuasion techniques on the hand-written
// gold set tests/testdata/gold/claims_fr (87 French and 15 English
// paragraphs; its README gives every convention). Each paragraph goes
// through the Analyser as a document of its own, its `context` (preceding
// sentences, never annotated) as a paragraph before it; findings in the
// context are dropped.
//
// Labels: a prediction matches a gold label when their spans overlap by at
// least half of the longer one; it is correct when target and stance are
// also equal (span-only figures are printed too). Techniques: same
// technique, and overlap of half the longer span or one span inside the
// other (argument-level techniques are annotated on a clause or a sentence
// and found from a cue inside it). Matching is one-to-one, greedy in text
// order. Printed: P/R/F1 overall, per target and stance, per technique,
// micro with and without rhetorical questions, and rhetorical questions
// alone.
//
// `--annotator FILE`: FILE is a second, independent annotation of the same
// paragraphs (same ids, build_gold.py's format); its labels and techniques
// stand for the engine's, so the same figures measure how far two
// annotators agree. Paragraphs it lacks are skipped.
//
// The split: odd-numbered paragraphs (c001, c003, e001...) are the
// development half, the only one looked at while writing the lexicons and
// rules; even-numbered ones are the test half. --errors lists the
// development half's mistakes (and refuses the test half). The extra sets
// beside the gold set (`--extra`, repeatable; by default dev_labels/ and
// fresh_labels_a/ to fresh_labels_z/, fresh_labels_aa/ to fresh_labels_dz/,
// fresh_labels_ea/ to fresh_labels_fj/): sets with x ids (cx201, ex201...)
// are development data as a whole; sets with y ids (cy431, ey415...),
// written later by annotators who never ran the engine and scored on
// arrival, are split by parity like the gold set. Each part is printed
// alone as well.
//
// Usage: vigie_eval_labels [--gold FILE] [--extra FILE]... [--split dev|test|all]
//          [--lexicons DIR]... [--errors] [--per-term] [--annotator FILE]
//          [--min-label-precision P] [--min-technique-precision P]
// Exit status 1 when a precision is below its threshold, 2 on bad usage.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/labels.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "eval_common.h"
#include "vigie/document.h"

namespace {

using vigie::CodePointCount;

struct Span {
  int64_t start = 0, end = 0;
  std::string text, a, b;  // labels: target, stance; techniques: technique
  std::string term;        // labels: the lexicon term
  std::string decided;     // labels: the kind of condition that chose the row (its cue), or
                           // "a row without condition"
  std::string cue;         // labels: the whole cue
  double confidence = 1;   // labels: the confidence model's
  std::vector<std::string> features;  // labels: the confidence model's features
  bool matched = false;
  const Span* partner = nullptr;  // the gold span a prediction matched
};

struct Paragraph {
  std::string id, lang, context, text;
  std::string part;  // "original half" or the extra set's directory
  std::vector<Span> gold_labels, gold_techniques;
  std::vector<Span> labels, techniques;
  std::vector<Span> all_labels;  // also those under the confidence threshold
};

double Overlap(const Span& x, const Span& y) {
  int64_t o = std::min(x.end, y.end) - std::max(x.start, y.start);
  int64_t longer = std::max(x.end - x.start, y.end - y.start);
  return o <= 0 || longer <= 0 ? 0 : static_cast<double>(o) / longer;
}

bool Inside(const Span& x, const Span& y) { return x.start >= y.start && x.end <= y.end; }

struct Counts {
  int tp_pred = 0, pred = 0, tp_gold = 0, gold = 0;
  double P() const { return pred == 0 ? 1.0 : static_cast<double>(tp_pred) / pred; }
  double R() const { return gold == 0 ? 1.0 : static_cast<double>(tp_gold) / gold; }
  double F() const { return P() + R() == 0 ? 0 : 2 * P() * R() / (P() + R()); }
};

// Greedy one-to-one matching; `fits` says whether a prediction may take a
// gold span. Marks `matched` on both sides.
template <typename Fits>
void Match(std::vector<Span>* preds, std::vector<Span>* golds, Fits fits) {
  for (Span& g : *golds) g.matched = false;
  for (Span& p : *preds) {
    p.matched = false;
    p.partner = nullptr;
    Span* best = nullptr;
    double best_overlap = -1;
    for (Span& g : *golds) {
      if (g.matched || !fits(p, g)) continue;
      double o = Overlap(p, g);
      if (o > best_overlap) {
        best = &g;
        best_overlap = o;
      }
    }
    if (best != nullptr) {
      best->matched = true;
      p.matched = true;
      p.partner = best;
    }
  }
}

// "fr/labels.tsv:44 paragraph:jihadist_name; doubt: soi-disant" -> "paragraph".
std::string Decided(const std::string& cue) {
  const std::string_view condition = vigie::analyse::CueCondition(cue);
  if (condition.empty()) return "a row without condition";
  return std::string(condition.substr(0, condition.find(':')));
}

void Tally(const std::vector<Span>& preds, const std::vector<Span>& golds,
           std::map<std::string, Counts>* by, const std::string& key_all,
           std::string Span::*key) {
  auto add = [&](const std::string& k, bool is_pred, bool matched) {
    Counts& c = (*by)[k];
    if (is_pred) {
      c.pred++;
      c.tp_pred += matched;
    } else {
      c.gold++;
      c.tp_gold += matched;
    }
  };
  for (const Span& p : preds) {
    add(key_all, true, p.matched);
    if (key != nullptr) add(p.*key, true, p.matched);
  }
  for (const Span& g : golds) {
    add(key_all, false, g.matched);
    if (key != nullptr) add(g.*key, false, g.matched);
  }
}

void Print(const char* title, const std::map<std::string, Counts>& by, const std::string& first) {
  std::printf("%s\n", title);
  auto row = [](const std::string& name, const Counts& c) {
    std::printf("  %-34s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f\n", name.c_str(), c.P(),
                c.tp_pred, c.pred, c.R(), c.tp_gold, c.gold, c.F());
  };
  if (auto it = by.find(first); it != by.end()) row(first, it->second);
  for (const auto& [name, c] : by) {
    if (name != first) row(name, c);
  }
}

std::vector<Span> ReadSpans(const nlohmann::json& array, const char* a, const char* b) {
  std::vector<Span> out;
  for (const auto& x : array) {
    Span s;
    s.start = x.at("start").get<int64_t>();
    s.end = x.at("end").get<int64_t>();
    s.text = x.at("text").get<std::string>();
    s.a = x.at(a).get<std::string>();
    if (b != nullptr) s.b = x.at(b).get<std::string>();
    if (x.contains("term") && x.at("term").is_string()) s.term = x.at("term").get<std::string>();
    out.push_back(std::move(s));
  }
  return out;
}

using vigie::bench::InSplit;
using vigie::bench::PartName;

void PrintErrors(const Paragraph& p) {
  bool any = false;
  auto header = [&] {
    if (!any) std::printf("\n== %s %s\n%s\n", p.id.c_str(), p.lang.c_str(), p.text.c_str());
    any = true;
  };
  for (const Span& s : p.labels) {
    if (!s.matched) header(), std::printf("  FP label  %-30s %s %s\n", s.text.c_str(), s.a.c_str(), s.b.c_str());
  }
  for (const Span& s : p.gold_labels) {
    if (!s.matched) header(), std::printf("  FN label  %-30s %s %s\n", s.text.c_str(), s.a.c_str(), s.b.c_str());
  }
  for (const Span& s : p.techniques) {
    if (!s.matched) header(), std::printf("  FP tech   %-26s %s  [%s]\n", s.a.c_str(), s.text.c_str(), s.b.c_str());
  }
  for (const Span& s : p.gold_techniques) {
    if (!s.matched) header(), std::printf("  FN tech   %-26s %s\n", s.a.c_str(), s.text.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string gold_path =
      std::string(VIGIE_DATA_DIR_DEFAULT) + "/../tests/testdata/gold/claims_fr/gold.jsonl";
  std::vector<std::string> extra_paths;
  bool default_extras = true;
  std::string split = "all", annotator_path;
  FILE* dump = nullptr;
  FILE* dump_features = nullptr;
  bool errors = false, per_term = false, every_label = false;
  double min_label_p = 0, min_label_r = 0, min_technique_p = 0;
  vigie::analyse::AnalyserOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--help" || arg == "-h") {
      std::printf(
          "vigie_eval_labels: actor labels and persuasion techniques against the gold set\n"
          "(tests/testdata/gold/claims_fr): precision, recall and F1 per target, stance and technique,\n"
          "then per part (the gold set's half, each extra set).\n\n"
          "Usage: vigie_eval_labels [--gold FILE] [--extra FILE]... [--split dev|test|all]\n"
          "         [--lexicons DIR]... [--errors] [--per-term] [--annotator FILE]\n"
          "         [--min-label-precision P] [--min-label-recall R] [--min-technique-precision P]\n"
          "         [--all-labels]\n"
          "         [--dump-labels FILE] [--dump-label-features FILE]\n\n"
          "  --gold FILE       the gold set (default tests/testdata/gold/claims_fr/gold.jsonl)\n"
          "  --extra FILE      an extra set, repeatable (default dev_labels, fresh_labels_a to\n"
          "                    fresh_labels_z, fresh_labels_aa to fresh_labels_dz, fresh_labels_ea to\n"
          "                    fresh_labels_fj beside the gold set); x ids are development data, y ids\n"
          "                    are split by parity like the gold set\n"
          "  --split S         dev (odd paragraphs and development sets), test (even paragraphs) or\n"
          "                    all (default)\n"
          "  --lexicons DIR    more lexicon files, as vigie extract --lexicons\n"
          "  --errors          list the development split's mistakes (--split dev only)\n"
          "  --per-term        print label precision and recall per lexicon term, the right spans'\n"
          "                    target and stance confusions, technique precision per cue\n"
          "  --annotator FILE  a second annotation of the same paragraphs (gold.jsonl format): score it\n"
          "                    instead of the engine, to measure how far two annotators agree;\n"
          "                    paragraphs it lacks are skipped\n"
          "  --min-label-precision P, --min-label-recall R, --min-technique-precision P\n"
          "                    exit 1 below these figures\n"
          "  --all-labels      score every label, also those under the confidence model's threshold\n"
          "                    (data/models/label_confidence.tsv), as vigie extract --all-labels; the\n"
          "                    figures of every label are printed in either case\n"
          "  --dump-labels FILE write every predicted label as a TSV line: part, id, language, term,\n"
          "                    text, predicted target and stance, the target and stance of the gold\n"
          "                    label with the same span ('-' for none), 1 when right, the cue, start and\n"
          "                    end in code points of the paragraph, the confidence\n"
          "  --dump-label-features FILE\n"
          "                    write every label, also those under the threshold, as a JSON line:\n"
          "                    part, id, right (span, target and stance as the gold's: 1 or 0),\n"
          "                    features (the confidence model's); tools/train_label_confidence.py\n"
          "                    reads it\n");
      return 0;
    }
    if (arg == "--gold") gold_path = value();
    else if (arg == "--extra") {
      if (default_extras) extra_paths.clear();
      default_extras = false;
      extra_paths.push_back(value());
    }
    else if (arg == "--split") split = value();
    else if (arg == "--lexicons") options.lexicon_dirs.push_back(value());
    else if (arg == "--errors") errors = true;
    else if (arg == "--per-term") per_term = true;
    else if (arg == "--annotator") annotator_path = value();
    else if (arg == "--dump-labels") {
      dump = std::fopen(value().c_str(), "w");
      if (dump == nullptr) {
        std::fprintf(stderr, "cannot write %s\n", argv[i]);
        return 2;
      }
    }
    else if (arg == "--dump-label-features") {
      dump_features = std::fopen(value().c_str(), "w");
      if (dump_features == nullptr) {
        std::fprintf(stderr, "cannot write %s\n", argv[i]);
        return 2;
      }
    }
    else if (arg == "--all-labels") every_label = true;
    else if (arg == "--min-label-precision") min_label_p = std::atof(value().c_str());
    else if (arg == "--min-label-recall") min_label_r = std::atof(value().c_str());
    else if (arg == "--min-technique-precision") min_technique_p = std::atof(value().c_str());
    else {
      std::fprintf(stderr, "unknown argument %s\n", arg.c_str());
      return 2;
    }
  }
  if (split != "dev" && split != "test" && split != "all") {
    std::fprintf(stderr, "--split dev|test|all\n");
    return 2;
  }
  if (errors && split != "dev") {
    std::fprintf(stderr, "--errors lists the development split's mistakes only (--split dev)\n");
    return 2;
  }
  if (default_extras) {
    extra_paths.push_back(vigie::bench::GoldSetPath("dev_labels"));
    for (std::string_view set : vigie::bench::kLabelSets) extra_paths.push_back(vigie::bench::GoldSetPath(set));
  }
  // (path, part name) of every file read, the gold set first.
  std::vector<std::pair<std::string, std::string>> files = {{gold_path, "original half"}};
  for (const std::string& path : extra_paths) files.emplace_back(path, PartName(path));
  options.all_labels = true;
  options.label_features = dump_features != nullptr;
  auto analyser = vigie::analyse::Analyser::Load(options);
  if (!analyser.ok()) {
    std::fprintf(stderr, "%s\n", analyser.status().message().c_str());
    return 2;
  }

  // --annotator: the second annotation's labels and techniques by paragraph id.
  std::map<std::string, std::pair<std::vector<Span>, std::vector<Span>>> second;
  if (!annotator_path.empty() && !vigie::bench::ForEachLine(annotator_path, [&](std::string_view line) {
        nlohmann::json j = nlohmann::json::parse(line);
        auto& [labels, techniques] = second[j.at("id").get<std::string>()];
        labels = ReadSpans(j.at("labels"), "target", "stance");
        techniques = ReadSpans(j.at("techniques"), "technique", nullptr);
        for (Span& t : techniques) t.b = "(second annotator)";
      })) {
    std::fprintf(stderr, "cannot read %s\n", annotator_path.c_str());
    return 2;
  }

  std::vector<Paragraph> paragraphs;
  for (const auto& [path, part] : files) {
    const bool read = vigie::bench::ForEachLine(path, [&](std::string_view line) {
      nlohmann::json j = nlohmann::json::parse(line);
      Paragraph p;
      p.id = j.at("id").get<std::string>();
      p.part = part;
      if (!InSplit(p.id, split)) return;
      p.lang = j.at("lang").get<std::string>();
      p.text = j.at("text").get<std::string>();
      if (j.at("context").is_string()) p.context = j.at("context").get<std::string>();
      p.gold_labels = ReadSpans(j.at("labels"), "target", "stance");
      p.gold_techniques = ReadSpans(j.at("techniques"), "technique", nullptr);
      if (!annotator_path.empty()) {
        auto found = second.find(p.id);
        if (found == second.end()) return;
        std::tie(p.labels, p.techniques) = found->second;
        p.all_labels = p.labels;
        paragraphs.push_back(std::move(p));
        return;
      }

      vigie::Document doc;
      doc.language = p.lang;
      int64_t offset = 0;
      if (!p.context.empty()) {
        doc.text = p.context + "\n\n";
        offset = static_cast<int64_t>(CodePointCount(doc.text));
      }
      doc.text += p.text;
      (*analyser)->Analyse(&doc);
      for (const vigie::Label& l : doc.labels) {
        if (l.start < offset) continue;
        p.all_labels.push_back({l.start - offset, l.end - offset, l.text, l.target, l.stance, l.term, Decided(l.cue),
                                l.cue, l.confidence.value_or(1), l.features});
        if (every_label || !(*analyser)->HoldsBack(l)) {
          p.labels.push_back(p.all_labels.back());
        }
      }
      for (const vigie::Technique& t : doc.techniques) {
        if (t.start < offset) continue;
        p.techniques.push_back({t.start - offset, t.end - offset, t.text, t.technique, t.cue, "", "", "", 1, {}});
      }
      paragraphs.push_back(std::move(p));
    });
    if (!read) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 2;
    }
  }

  std::map<std::string, int> confusion;  // span-matched labels: gold -> predicted target and stance
  std::map<std::string, Counts> span_only, labels, by_target, by_stance, by_term, by_decided, by_cue, techniques,
      by_part;
  for (Paragraph& p : paragraphs) {
    Match(&p.all_labels, &p.gold_labels, [](const Span& x, const Span& g) {
      return Overlap(x, g) >= 0.5 && x.a == g.a && x.b == g.b;
    });
    Tally(p.all_labels, p.gold_labels, &labels, "every label (no threshold)", nullptr);
    if (dump_features != nullptr) {
      for (const Span& l : p.all_labels) {
        nlohmann::json line{{"part", p.part}, {"id", p.id}, {"right", l.matched ? 1 : 0}, {"features", l.features}};
        std::fprintf(dump_features, "%s\n", line.dump().c_str());
      }
    }
    Match(&p.labels, &p.gold_labels, [](const Span& x, const Span& g) { return Overlap(x, g) >= 0.5; });
    Tally(p.labels, p.gold_labels, &span_only, "labels (span only)", nullptr);
    std::vector<std::string> span_gold(p.labels.size());
    for (size_t i = 0; i < p.labels.size(); ++i) {
      const Span& l = p.labels[i];
      span_gold[i] = l.partner == nullptr ? "-" : l.partner->a + " " + l.partner->b;
    }
    for (const Span& l : p.labels) {
      if (l.partner != nullptr && (l.a != l.partner->a || l.b != l.partner->b)) {
        confusion[l.partner->a + " " + l.partner->b + " -> " + l.a + " " + l.b]++;
      }
    }
    Match(&p.labels, &p.gold_labels, [](const Span& x, const Span& g) {
      return Overlap(x, g) >= 0.5 && x.a == g.a && x.b == g.b;
    });
    Tally(p.labels, p.gold_labels, &labels, "labels (span, target, stance)", nullptr);
    if (dump != nullptr) {
      for (size_t i = 0; i < p.labels.size(); ++i) {
        const Span& l = p.labels[i];
        std::fprintf(dump, "%s\t%s\t%s\t%s\t%s\t%s %s\t%s\t%d\t%s\t%lld\t%lld\t%.3f\n", p.part.c_str(), p.id.c_str(), p.lang.c_str(),
                     l.term.c_str(), l.text.c_str(), l.a.c_str(), l.b.c_str(), span_gold[i].c_str(), l.matched ? 1 : 0,
                     l.cue.c_str(), static_cast<long long>(l.start), static_cast<long long>(l.end), l.confidence);
      }
    }
    Tally(p.labels, p.gold_labels, &by_part, "labels, " + p.part, nullptr);
    Tally(p.labels, p.gold_labels, &by_target, "all", &Span::a);
    Tally(p.labels, p.gold_labels, &by_stance, "all", &Span::b);
    Tally(p.labels, p.gold_labels, &by_term, "all", &Span::term);
    Tally(p.labels, {}, &by_decided, "all", &Span::decided);
    Match(&p.techniques, &p.gold_techniques, [](const Span& x, const Span& g) {
      return x.a == g.a && (Overlap(x, g) >= 0.5 || Inside(x, g) || Inside(g, x));
    });
    Tally(p.techniques, p.gold_techniques, &techniques, "all techniques (micro)", &Span::a);
    Tally(p.techniques, {}, &by_cue, "all", &Span::b);
    Tally(p.techniques, p.gold_techniques, &by_part, "techniques, " + p.part, nullptr);
    std::vector<Span> pred_no_rq, gold_no_rq;
    for (const Span& s : p.techniques) {
      if (s.a != "Rhetorical_Question") pred_no_rq.push_back(s);
    }
    for (const Span& s : p.gold_techniques) {
      if (s.a != "Rhetorical_Question") gold_no_rq.push_back(s);
    }
    Tally(pred_no_rq, gold_no_rq, &techniques, "micro without Rhetorical_Question", nullptr);
    if (errors) PrintErrors(p);
  }

  std::printf("\nActor labels and techniques, %s split: %zu paragraphs (%s)\n", split.c_str(),
              paragraphs.size(), gold_path.c_str());
  std::map<std::string, Counts> overall = span_only;
  overall.insert(labels.begin(), labels.end());
  Print("Labels", overall, "labels (span, target, stance)");
  Print("Labels per target (correct = span, target and stance)", by_target, "all");
  Print("Labels per stance", by_stance, "all");
  if (per_term) {
    Print("Labels per term (the lexicon entry; gold terms as annotated)", by_term, "all");
    std::vector<std::pair<int, std::string>> pairs;
    for (const auto& [k, n] : confusion) pairs.emplace_back(-n, k);
    std::sort(pairs.begin(), pairs.end());
    std::printf("Labels with the right span and another target or stance (gold -> predicted)\n");
    for (const auto& [n, k] : pairs) std::printf("  %-70s %d\n", k.c_str(), -n);
    Print("Label precision by what chose the row (the cue's condition; recall is not defined)", by_decided,
          "all");
  }
  Print("Techniques (same technique; overlap >= 0.5 of the longer span, or containment)",
        techniques, "all techniques (micro)");
  if (per_term) Print("Technique precision per cue (recall is not defined per cue)", by_cue, "all");
  Print("By part (the gold set's half, then each extra set)", by_part, "");

  const double label_p = labels["labels (span, target, stance)"].P();
  const double label_r = labels["labels (span, target, stance)"].R();
  const double technique_p = techniques["all techniques (micro)"].P();
  int status = 0;
  if (label_p < min_label_p) {
    std::printf("FAIL: label precision %.3f < %.3f\n", label_p, min_label_p);
    status = 1;
  }
  if (label_r < min_label_r) {
    std::printf("FAIL: label recall %.3f < %.3f\n", label_r, min_label_r);
    status = 1;
  }
  if (technique_p < min_technique_p) {
    std::printf("FAIL: technique precision %.3f < %.3f\n", technique_p, min_technique_p);
    status = 1;
  }
  return status;
}
