// Quotations and speakers (QuoteFinder::Find) against the gold set
// tests/testdata/gold/quotes_fr (70 passages written for the purpose, 482
// quotations; conventions in its README.md), and direct speech against the
// AADS French novels (shared/data/aads-french), a secondary figure.
//
// The split. Passages with an odd number (q001, q003, ...) are the
// development set, the only ones looked at while writing the rules; passages
// with an even number are the test set.
//
// Scores. A predicted quotation matches a gold one when their overlap is at
// least half of the longer of the two (overlap / max(len_pred, len_gold) >=
// 0.5), one to one, greedily by overlap. Precision, recall and F1 for all
// quotations, and for direct and indirect ones matched separately. Speaker
// accuracy over the matched quotations: the speakers are equal after folding
// case and accents, or the predicted speaker's mention overlaps the gold
// speaker mention, or both are null. Each run is made with the gold
// entities, with none (the finder's fallback for names), and with the
// entity layer's (the pipeline's own figure).
//
// AADS: the `test` split's texts (offsets in code points, checked), with
// no title and no entities; each predicted direct quotation against the
// labelled direct-speech spans by the same rule (novels also write dialogue
// as em-dash lines, which the gold includes with the dash).
//
// Usage: vigie_eval_quotes [--gold FILE] [--data-dir DIR] [--split dev|test|all]
//          [--aads FILE] [--min-f1 X] [--min-speaker-accuracy X]
//          [--min-f1-no-entities X] [--min-speaker-accuracy-no-entities X]
//          [--min-f1-predicted X] [--min-speaker-accuracy-predicted X]
//          [--min-aads-f1 X] [--dump]
// --dump prints the errors of the development set (refused for the test set).
// Exit status 1 below a threshold, 2 on bad usage or missing data.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/entities.h"
#include "analyse/quotes.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "eval_common.h"
#include "text/normalize.h"

namespace {

using Json = nlohmann::json;
using vigie::Quote;

struct Span {
  int64_t start = 0, end = 0;
  bool direct = true;
  std::optional<std::string> speaker;
  std::optional<int64_t> speaker_start, speaker_end;
};

struct Counts {
  int tp = 0, pred = 0, gold = 0, speaker_ok = 0;
  void Add(const Counts& o) {
    tp += o.tp, pred += o.pred, gold += o.gold, speaker_ok += o.speaker_ok;
  }
  double P() const { return pred ? double(tp) / pred : 1.0; }
  double R() const { return gold ? double(tp) / gold : 1.0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0.0; }
  double SpeakerAccuracy() const { return tp ? double(speaker_ok) / tp : 1.0; }
};

double Overlap(const Span& a, const Span& b) {
  int64_t o = std::min(a.end, b.end) - std::max(a.start, b.start);
  if (o <= 0) return 0;
  return double(o) / double(std::max(a.end - a.start, b.end - b.start));
}

bool SameSpeaker(const Span& p, const Span& g) {
  if (!p.speaker && !g.speaker) return true;
  if (!p.speaker || !g.speaker) return false;
  if (vigie::text::FoldForMatching(*p.speaker) == vigie::text::FoldForMatching(*g.speaker))
    return true;
  return p.speaker_start && g.speaker_start && *p.speaker_start < *g.speaker_end &&
         *g.speaker_start < *p.speaker_end;
}

// One-to-one greedy matching by overlap; returns the pairs (pred, gold).
std::vector<std::pair<size_t, size_t>> Match(const std::vector<Span>& pred,
                                             const std::vector<Span>& gold) {
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  for (size_t i = 0; i < pred.size(); ++i)
    for (size_t j = 0; j < gold.size(); ++j)
      if (double o = Overlap(pred[i], gold[j]); o >= 0.5) pairs.emplace_back(o, i, j);
  std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
    return std::get<0>(a) > std::get<0>(b);
  });
  std::vector<bool> pu(pred.size()), gu(gold.size());
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& [o, i, j] : pairs) {
    if (pu[i] || gu[j]) continue;
    pu[i] = gu[j] = true;
    out.emplace_back(i, j);
  }
  return out;
}

Counts Score(const std::vector<Span>& pred, const std::vector<Span>& gold) {
  Counts c;
  c.pred = static_cast<int>(pred.size());
  c.gold = static_cast<int>(gold.size());
  for (const auto& [i, j] : Match(pred, gold)) {
    ++c.tp;
    c.speaker_ok += SameSpeaker(pred[i], gold[j]);
  }
  return c;
}

std::vector<Span> Filter(const std::vector<Span>& v, bool direct) {
  std::vector<Span> out;
  for (const Span& s : v)
    if (s.direct == direct) out.push_back(s);
  return out;
}

struct Passage {
  std::string id, genre, text;
  std::vector<vigie::Entity> entities;
  std::vector<Span> gold;
};

// Which entities the finder is given: the gold set's, none (its fallback
// for names), or those of the entity layer (what `vigie extract` does).
enum class EntitySource { kGold, kNone, kPredicted };

const char* EntitySourceName(EntitySource source) {
  switch (source) {
    case EntitySource::kGold: return "gold";
    case EntitySource::kNone: return "no";
    case EntitySource::kPredicted: return "predicted";
  }
  return "";
}

std::vector<Span> Predict(const vigie::analyse::QuoteFinder& finder,
                          const vigie::analyse::EntityRecognizer* recognizer, const Passage& p,
                          EntitySource source, std::vector<Quote>* quotes) {
  vigie::analyse::AnalysisText text(p.text, "fr");
  size_t nl = p.text.find("\n\n");
  std::optional<std::string> title = p.text.substr(0, nl);
  quotes->clear();
  std::vector<vigie::Entity> entities;
  if (source == EntitySource::kGold) entities = p.entities;
  if (source == EntitySource::kPredicted && recognizer != nullptr) {
    recognizer->Recognize(text, &entities);
  }
  finder.Find(text, title, entities, quotes);
  std::vector<Span> out;
  for (const Quote& q : *quotes) {
    out.push_back(Span{q.start, q.end, q.kind == "direct", q.speaker, q.speaker_start,
                       q.speaker_end});
  }
  return out;
}

void Dump(const Passage& p, const std::vector<Span>& pred, const std::vector<Quote>& quotes) {
  auto matches = Match(pred, p.gold);
  std::vector<int> gold_of(pred.size(), -1), pred_of(p.gold.size(), -1);
  for (const auto& [i, j] : matches) gold_of[i] = int(j), pred_of[j] = int(i);
  auto cut = [&](int64_t s, int64_t e) {
    std::string t(vigie::CodePointSubstr(p.text, s, e));
    return t.size() > 90 ? t.substr(0, 90) + "..." : t;
  };
  for (size_t i = 0; i < pred.size(); ++i) {
    if (gold_of[i] < 0) {
      std::printf("  %s FP [%s] %ld-%ld spk=%s cue=%s | %s\n", p.id.c_str(),
                  pred[i].direct ? "d" : "i", long(pred[i].start), long(pred[i].end),
                  pred[i].speaker.value_or("null").c_str(), quotes[i].cue.value_or("").c_str(),
                  cut(pred[i].start, pred[i].end).c_str());
    } else if (!SameSpeaker(pred[i], p.gold[gold_of[i]])) {
      std::printf("  %s SPK [%s] %ld spk=%s gold=%s cue=%s | %s\n", p.id.c_str(),
                  pred[i].direct ? "d" : "i", long(pred[i].start),
                  pred[i].speaker.value_or("null").c_str(),
                  p.gold[gold_of[i]].speaker.value_or("null").c_str(),
                  quotes[i].cue.value_or("").c_str(), cut(pred[i].start, pred[i].end).c_str());
    }
  }
  for (size_t j = 0; j < p.gold.size(); ++j) {
    if (pred_of[j] < 0) {
      std::printf("  %s FN [%s] %ld-%ld spk=%s | %s\n", p.id.c_str(), p.gold[j].direct ? "d" : "i",
                  long(p.gold[j].start), long(p.gold[j].end),
                  p.gold[j].speaker.value_or("null").c_str(),
                  cut(p.gold[j].start, p.gold[j].end).c_str());
    }
  }
}

bool LoadGold(const std::string& path, const std::string& split, std::vector<Passage>* out) {
  std::string data;
  if (!vigie::bench::ReadWholeFile(path, &data)) return false;
  for (std::string_view line : vigie::SplitLines(data)) {
    if (vigie::Trim(line).empty()) continue;
    Json j = Json::parse(line);
    Passage p;
    p.id = j["id"];
    int number = std::atoi(p.id.c_str() + 1);
    bool dev = number % 2 == 1;
    if ((split == "dev" && !dev) || (split == "test" && dev)) continue;
    p.genre = j["genre"];
    p.text = j["text"];
    for (const Json& e : j["entities"]) {
      vigie::Entity ent;
      ent.text = e["text"], ent.start = e["start"], ent.end = e["end"];
      ent.type = e["type"], ent.canonical = e["canonical"];
      p.entities.push_back(std::move(ent));
    }
    for (const Json& q : j["quotes"]) {
      Span s;
      s.start = q["start"], s.end = q["end"];
      s.direct = q["kind"] == "direct";
      if (!q["speaker"].is_null()) s.speaker = q["speaker"].get<std::string>();
      if (!q["speaker_start"].is_null()) {
        s.speaker_start = q["speaker_start"].get<int64_t>();
        s.speaker_end = q["speaker_end"].get<int64_t>();
      }
      p.gold.push_back(s);
    }
    out->push_back(std::move(p));
  }
  return true;
}

struct RunResult {
  Counts all, direct, indirect;
};

RunResult RunGold(const vigie::analyse::QuoteFinder& finder,
                  const vigie::analyse::EntityRecognizer* recognizer,
                  const std::vector<Passage>& passages, EntitySource source, bool dump) {
  RunResult r;
  std::map<std::string, Counts> by_genre;
  std::vector<Quote> quotes;
  for (const Passage& p : passages) {
    std::vector<Span> pred = Predict(finder, recognizer, p, source, &quotes);
    Counts c = Score(pred, p.gold);
    r.all.Add(c);
    by_genre[p.genre].Add(c);
    r.direct.Add(Score(Filter(pred, true), Filter(p.gold, true)));
    r.indirect.Add(Score(Filter(pred, false), Filter(p.gold, false)));
    if (dump) Dump(p, pred, quotes);
  }
  std::printf("%s entities: %zu passages\n", EntitySourceName(source), passages.size());
  auto line = [](const char* name, const Counts& c) {
    std::printf("  %-13s P %.3f  R %.3f  F1 %.3f  speaker %.3f  (tp %d, pred %d, gold %d)\n",
                name, c.P(), c.R(), c.F(), c.SpeakerAccuracy(), c.tp, c.pred, c.gold);
  };
  line("all", r.all);
  line("direct", r.direct);
  line("indirect", r.indirect);
  for (const auto& [genre, c] : by_genre) line(genre.c_str(), c);
  return r;
}

Counts RunAads(const vigie::analyse::QuoteFinder& finder, const std::string& path,
               const std::string& split, bool dump) {
  Counts total;
  std::string data;
  if (!vigie::bench::ReadWholeFile(path, &data)) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::exit(2);
  }
  Json corpus = Json::parse(data);
  std::vector<Quote> quotes;
  int texts = 0;
  for (const auto& [name, item] : corpus.items()) {
    if (item["split"] != split) continue;
    std::string text = item["text"];
    Json labels = item["labels"].is_string() ? Json::parse(item["labels"].get<std::string>())
                                             : item["labels"];
    std::vector<Span> gold;
    for (const Json& l : labels) {
      Span g;
      g.start = l[0].get<int64_t>(), g.end = l[1].get<int64_t>();
      gold.push_back(g);
    }
    // The novels break paragraphs with one newline; Vigie's texts with a
    // blank line. Double each newline, and map the offsets back.
    std::string doubled;
    std::vector<int64_t> back;  // code point of `doubled` -> code point of `text`
    int64_t cp = 0;
    for (size_t pos = 0; pos < text.size();) {
      size_t begin = pos;
      char32_t c = vigie::DecodeUtf8(text, &pos);
      doubled.append(text, begin, pos - begin);
      back.push_back(cp);
      if (c == '\n') {
        doubled.push_back('\n');
        back.push_back(cp);
      }
      ++cp;
    }
    back.push_back(cp);
    vigie::analyse::AnalysisText at(doubled, "fr");
    quotes.clear();
    finder.Find(at, std::nullopt, {}, &quotes);
    std::vector<Span> pred;
    for (const Quote& q : quotes)
      if (q.kind == "direct") {
        Span s;
        s.start = back[q.start], s.end = back[q.end];
        pred.push_back(s);
      }
    total.Add(Score(pred, gold));
    ++texts;
    if (dump && texts <= 2) {
      Passage p;
      p.id = name;
      p.text = text;
      p.gold = gold;
      std::vector<Quote> direct;
      for (const Quote& q : quotes)
        if (q.kind == "direct") direct.push_back(q);
      Dump(p, pred, direct);
    }
  }
  std::printf("aads-french %s: %d texts\n  direct speech P %.3f  R %.3f  F1 %.3f  "
              "(tp %d, pred %d, gold %d)\n",
              split.c_str(), texts, total.P(), total.R(), total.F(), total.tp, total.pred, total.gold);
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  std::string gold = VIGIE_SOURCE_DIR "/tests/testdata/gold/quotes_fr/gold.jsonl";
  std::string data_dir = VIGIE_SOURCE_DIR "/data";
  std::string split = "all", aads;
  double min_f1 = 0, min_speaker = 0, min_f1_none = 0, min_speaker_none = 0, min_aads = 0;
  double min_f1_predicted = 0, min_speaker_predicted = 0;
  bool dump = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--gold" && (v = next())) gold = v;
    else if (a == "--data-dir" && (v = next())) data_dir = v;
    else if (a == "--split" && (v = next())) split = v;
    else if (a == "--aads" && (v = next())) aads = v;
    else if (a == "--min-f1" && (v = next())) min_f1 = std::atof(v);
    else if (a == "--min-speaker-accuracy" && (v = next())) min_speaker = std::atof(v);
    else if (a == "--min-f1-no-entities" && (v = next())) min_f1_none = std::atof(v);
    else if (a == "--min-f1-predicted" && (v = next())) min_f1_predicted = std::atof(v);
    else if (a == "--min-speaker-accuracy-predicted" && (v = next())) min_speaker_predicted = std::atof(v);
    else if (a == "--min-speaker-accuracy-no-entities" && (v = next())) min_speaker_none = std::atof(v);
    else if (a == "--min-aads-f1" && (v = next())) min_aads = std::atof(v);
    else if (a == "--dump") dump = true;
    else {
      std::fprintf(stderr,
                   "usage: %s [--gold FILE] [--data-dir DIR] [--split dev|test|all] [--aads FILE]\n"
                   "  [--min-f1 X] [--min-speaker-accuracy X] [--min-f1-no-entities X]\n"
                   "  [--min-speaker-accuracy-no-entities X] [--min-f1-predicted X]\n"
                   "  [--min-speaker-accuracy-predicted X] [--min-aads-f1 X] [--dump]\n",
                   argv[0]);
      return 2;
    }
  }
  if (split != "dev" && split != "test" && split != "all") return 2;
  if (dump && split != "dev") {
    std::fprintf(stderr, "--dump shows the development set only (--split dev)\n");
    return 2;
  }
  auto finder = vigie::analyse::QuoteFinder::Load(data_dir);
  if (!finder.ok()) {
    std::fprintf(stderr, "%s\n", finder.status().message().c_str());
    return 2;
  }
  std::vector<Passage> passages;
  if (!LoadGold(gold, split, &passages)) {
    std::fprintf(stderr, "cannot read %s\n", gold.c_str());
    return 2;
  }
  std::printf("split %s\n", split.c_str());
  auto recognizer = vigie::analyse::EntityRecognizer::Load(
      vigie::analyse::DefaultEntityResources(data_dir, ""));
  if (!recognizer.ok()) {
    std::fprintf(stderr, "%s\n", recognizer.status().message().c_str());
    return 2;
  }
  RunResult with = RunGold(*finder, nullptr, passages, EntitySource::kGold,
                           dump && !std::getenv("VIGIE_DUMP_NO_ENTITIES"));
  RunResult without = RunGold(*finder, nullptr, passages, EntitySource::kNone,
                              dump && std::getenv("VIGIE_DUMP_NO_ENTITIES"));
  // The pipeline's own figure: the entity layer's entities.
  RunResult predicted =
      RunGold(*finder, recognizer->get(), passages, EntitySource::kPredicted, false);
  bool fail = with.all.F() < min_f1 || with.all.SpeakerAccuracy() < min_speaker ||
              without.all.F() < min_f1_none || without.all.SpeakerAccuracy() < min_speaker_none ||
              predicted.all.F() < min_f1_predicted ||
              predicted.all.SpeakerAccuracy() < min_speaker_predicted;
  if (!aads.empty()) {
    // --dump looks at the training split of the novels, never at their test split.
    if (dump) RunAads(*finder, aads, "train", true);
    fail = RunAads(*finder, aads, "test", false).F() < min_aads || fail;
  }
  if (fail) std::printf("FAIL: below a threshold\n");
  return fail ? 1 : 0;
}
