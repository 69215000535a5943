// vigie_eval_claims: casualty claims against the hand-written gold set
// (tests/testdata/gold/claims_fr/gold.jsonl, README.md there).
//
// Each gold paragraph is one document: its `context` (the sentences before
// it, which resolve an actor, a place or a date), a space, then its `text`;
// claims found in the context are dropped and offsets are shifted back.
// The document's language is the gold's `lang`.
//
// Matching: a predicted claim and a gold claim of the same paragraph match
// when their spans overlap by at least half of the longer one; pairs are
// taken greedily by overlap, one to one.
// - detection: precision, recall and F1 of the matching.
// - counts: a matched claim is right when killed, injured, missing,
//   displaced, children, civilians, military (null equals null only) and
//   approximate are all equal; precision = right / predicted, recall =
//   right / gold. Each field's accuracy over matched claims is printed too.
// - place, date, actor, attribution: over matched claims whose gold field
//   is set, accuracy = predicted and equal after folding for matching
//   (case, accents), either string containing the other (actor and
//   attribution: or two namings of one party, see SameParty); precision = the
//   same over matched claims where the prediction is set (a prediction
//   where the gold is null is wrong); F1 of the two. The --min-place and
//   --min-actor thresholds apply to the accuracy, --min-actor-f1 to the F1.
//
// Splits: paragraphs with an odd number (c001, e003...) are the development
// half, the even ones the test half (`--split dev|test|all`). The extra
// development sets (dev_extra/, dev_labels/, dev_more/, dev_actors_a/ to
// dev_actors_d/, dev_general_e/ to dev_general_z/ beside the gold set,
// `--extra`; ids cx001, ex201, cx301...) are development data as a whole: `--split dev` scores the odd
// paragraphs and them, and prints each part alone as well. The later
// held-out sets (fresh_wire/, fresh_views/, fresh_regional/,
// fresh_updates/, fresh_mixed/, fresh_desk/, fresh_news/, fresh_blend/ and
// the fresh_* sets after them; ids cy201, ey501...) are split by parity
// as the main set is: their even paragraphs are test data.
//
// Entities (`--entities`): `none` gives Find no entities (the layer falls
// back on the gazetteer and capitalised names); `oracle` simulates a
// perfect entity layer: every gazetteer name in the text (places LOC,
// organisations ORG, people PER) plus every occurrence of the gold places
// (LOC) and of the capitalised gold actors and sources (ORG). It is an
// upper bound on what the NER layer can bring, not a measure of it.
//
// Annotators (`--annotator FILE`): FILE is a second, independent annotation
// of the gold paragraphs (the same ids, build_gold.py's format); its claims
// stand for the engine's, so the same figures measure how far two
// annotators agree. Paragraphs it lacks are skipped.
//
// Exit status 1 when a figure is under its --min-* threshold.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <array>
#include <cstdio>
#include <map>
#include <set>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/analysis_text.h"
#include "analyse/claims.h"
#include "analyse/claims_internal.h"
#include "analyse/entities.h"
#include "analyse/gazetteer.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "eval_common.h"
#include "text/normalize.h"

namespace vigie::bench {
namespace {

using Json = nlohmann::json;

constexpr std::array<const char*, 7> kCountFields = {"killed",   "injured",   "missing", "displaced",
                                                     "children", "civilians", "military"};
constexpr std::array<const char*, 4> kContextFields = {"place", "date", "actor", "attribution"};

struct GoldClaim {
  int64_t start = 0, end = 0;
  Json json;
};

struct Paragraph {
  std::string id, lang, context, text;
  std::vector<GoldClaim> claims;
};

// A claim's count field by name (const or not).
template <typename C>
auto& CountField(C& c, std::string_view field) {
  if (field == "killed") return c.killed;
  if (field == "injured") return c.injured;
  if (field == "missing") return c.missing;
  if (field == "displaced") return c.displaced;
  if (field == "children") return c.children;
  if (field == "civilians") return c.civilians;
  return c.military;
}

std::optional<int64_t> CountOf(const Claim& c, std::string_view field) { return CountField(c, field); }

std::optional<std::string> ContextOf(const Claim& c, std::string_view field) {
  if (field == "place") return c.place;
  if (field == "date") return c.date;
  if (field == "actor") return c.actor;
  return c.attribution;
}

std::optional<int64_t> GoldCount(const Json& g, const char* field) {
  if (!g.contains(field) || g[field].is_null()) return std::nullopt;
  return g[field].get<int64_t>();
}

bool SameText(const std::string& a, const std::string& b) {
  std::string fa = text::FoldForMatching(a), fb = text::FoldForMatching(b);
  return !fa.empty() && !fb.empty() &&
         (fa.find(fb) != std::string::npos || fb.find(fa) != std::string::npos);
}

// The words of a name folded for matching: its runs of letters and digits.
std::vector<std::string> FoldedWords(const std::string& name) {
  std::vector<std::string> words(1);
  for (char ch : text::FoldForMatching(name)) {
    if (std::isalnum(static_cast<unsigned char>(ch))) {
      words.back().push_back(ch);
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// "FSR" and "Forces de soutien rapide": an acronym (2 to 8 letters, its
// first a capital) and the initials of the other's words, function words
// left out.
bool AcronymOf(const std::string& acronym, const std::string& name) {
  if (acronym.size() < 2 || acronym.size() > 8 || !std::isupper(static_cast<unsigned char>(acronym[0]))) return false;
  for (char ch : acronym) {
    if (!std::isalpha(static_cast<unsigned char>(ch))) return false;
  }
  static const std::set<std::string> kFunction = {"de", "du", "des", "la", "le", "les", "l", "d", "pour", "et", "a",
                                                  "au", "aux", "en", "of", "the", "and", "for", "in"};
  std::string initials;
  for (const std::string& word : FoldedWords(name)) {
    if (!kFunction.count(word)) initials.push_back(word[0]);
  }
  return initials.size() >= 2 && initials == text::FoldForMatching(acronym);
}

// The state a naming stands for, as a country code, or "": a country or
// its capital ("Russie", "Moscou", "Kiev") or its demonym with nothing
// but nouns of a state's forces, weapons and authorities ("armée russe",
// "missile russe", "Ukrainian drone", "forces d'occupation russes",
// "état-major ukrainien"). Not "séparatistes prorusses", "milices
// irakiennes", "Ukrainian nationalists": those name other parties.
std::string StateOf(const std::string& naming, const analyse::Gazetteer& gazetteer) {
  for (uint32_t x : gazetteer.Lookup(naming)) {
    const analyse::GazetteerEntry& e = gazetteer.entry(x);
    if (e.kind == analyse::GazetteerKind::kCountry || (e.kind == analyse::GazetteerKind::kPlace && e.detail == "capital")) {
      return e.country;
    }
  }
  static const std::set<std::string> kStateWords = {
      // French
      "armee", "armees", "force", "forces", "aviation", "aerienne", "aeriennes", "militaire", "militaires", "troupes",
      "soldats", "occupation", "missile", "missiles", "frappe", "frappes", "drone", "drones", "obus", "bombe", "bombes",
      "guidee", "guidees", "planante", "planantes", "roquette", "roquettes", "artillerie", "tirs", "bombardement",
      "bombardements", "raid", "raids", "avion", "avions", "marine", "etat", "major", "gouvernement", "autorites",
      "regime", "croisiere", "balistique", "balistiques", "helicoptere", "helicopteres", "char", "chars", "de", "du",
      "des", "d", "la", "le", "les", "l",
      // English
      "military", "army", "armed", "air", "strike", "strikes", "airstrike", "airstrikes", "rocket", "rockets",
      "artillery", "aircraft", "jet", "jets", "warplane", "warplanes", "shelling", "troops", "soldiers", "navy",
      "shell", "shells", "bomb", "bombs", "guided", "glide", "missile", "cruise", "ballistic", "general", "staff", "government",
      "fire", "gunfire", "bombing", "bombings", "bombardment", "bombardments", "helicopter", "helicopters", "tank", "tanks",
      "authorities", "regime", "the", "of"};
  std::string country;
  for (const std::string& word : FoldedWords(naming)) {
    if (!kStateWords.count(word)) {
      std::string demonym;
      for (uint32_t x : gazetteer.Lookup(word)) {
        if (gazetteer.entry(x).kind == analyse::GazetteerKind::kDemonym) demonym = gazetteer.entry(x).country;
      }
      if (demonym.empty() || (!country.empty() && demonym != country)) return "";
      country = demonym;
    }
  }
  return country;
}

// Two namings of one party (actor, source): the same text (SameText), an
// acronym and its name, two names of one organisation of the gazetteer
// ("JNIM", "GSIM", "Groupe de soutien à l'islam et aux musulmans"), or
// two namings of one state (StateOf: "missile russe", "Moscou").
bool SameParty(const std::string& a, const std::string& b, const analyse::Gazetteer& gazetteer) {
  if (SameText(a, b) || AcronymOf(a, b) || AcronymOf(b, a)) return true;
  if (const std::string state = StateOf(a, gazetteer); !state.empty() && state == StateOf(b, gazetteer)) return true;
  for (uint32_t x : gazetteer.Lookup(a)) {
    if (gazetteer.entry(x).kind != analyse::GazetteerKind::kOrganisation) continue;
    for (uint32_t y : gazetteer.Lookup(b)) {
      if (gazetteer.entry(y).kind == analyse::GazetteerKind::kOrganisation &&
          gazetteer.entry(x).canonical == gazetteer.entry(y).canonical) {
        return true;
      }
    }
  }
  return false;
}

// Entities a perfect NER layer would give (see the header).
std::vector<Entity> OracleEntities(const std::string& doc, const analyse::AnalysisText& text,
                                   const analyse::Gazetteer& gazetteer, const Paragraph& p) {
  std::vector<Entity> out;
  const auto& tokens = text.tokens();
  for (size_t i = 0; i < tokens.size();) {
    size_t best = 0;
    char type = 0;
    gazetteer.ForEachMatch(text, i, tokens.size(), [&](size_t length, uint32_t id) {
      analyse::GazetteerKind k = gazetteer.entry(id).kind;
      char t = k == analyse::GazetteerKind::kPlace || k == analyse::GazetteerKind::kCountry ? 'L'
               : k == analyse::GazetteerKind::kOrganisation                                  ? 'O'
               : k == analyse::GazetteerKind::kPerson                                        ? 'P'
                                                                                              : 0;
      if (t != 0 && length >= best) best = length, type = t;
    });
    if (best == 0) {
      ++i;
      continue;
    }
    Entity e;
    e.start = tokens[i].start;
    e.end = tokens[i + best - 1].end;
    e.type = type == 'L' ? "LOC" : type == 'O' ? "ORG" : "PER";
    e.text = std::string(text.Slice(e.start, e.end));
    out.push_back(e);
    i += best;
  }
  const std::string folded_doc = text::FoldForMatching(doc);
  for (const GoldClaim& g : p.claims) {
    for (const char* field : {"place", "actor", "attribution"}) {
      if (!g.json.contains(field) || !g.json[field].is_string()) continue;
      std::string name = g.json[field].get<std::string>();
      bool capitalised = !name.empty() && (name[0] & 0x80 || std::isupper(static_cast<unsigned char>(name[0])));
      if (std::string_view(field) != "place" && !capitalised) continue;
      for (size_t pos = doc.find(name); pos != std::string::npos; pos = doc.find(name, pos + 1)) {
        Entity e;
        e.start = static_cast<int64_t>(CodePointCount(std::string_view(doc).substr(0, pos)));
        e.end = e.start + static_cast<int64_t>(CodePointCount(name));
        e.type = std::string_view(field) == "place" ? "LOC" : "ORG";
        e.text = name;
        out.push_back(e);
      }
    }
  }
  // Gold names first where they overlap a gazetteer name: drop the overlapped.
  std::sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Entity> kept;
  for (const Entity& e : out)
    if (kept.empty() || e.start >= kept.back().end) kept.push_back(e);
  return kept;
}

struct Tally {
  int gold = 0, predicted = 0, matched = 0, counts_right = 0;
  std::map<std::string, std::array<int, 2>> field;  // right, total (over matched)
  std::map<std::string, std::array<int, 4>> context;  // right/gold-set, right/predicted-set
  void Add(const Tally& t) {
    gold += t.gold, predicted += t.predicted, matched += t.matched, counts_right += t.counts_right;
    for (auto& [k, v] : t.field) field[k][0] += v[0], field[k][1] += v[1];
    for (auto& [k, v] : t.context)
      for (int i = 0; i < 4; ++i) context[k][i] += v[i];
  }
};

double Ratio(int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

struct Figures {
  double detection_f1 = 0, count_f1 = 0, place = 0, actor = 0, actor_f1 = 0;
};

Figures Print(const char* label, const Tally& t) {
  Figures f;
  double p = Ratio(t.matched, t.predicted), r = Ratio(t.matched, t.gold);
  f.detection_f1 = F1(p, r);
  double cp = Ratio(t.counts_right, t.predicted), cr = Ratio(t.counts_right, t.gold);
  f.count_f1 = F1(cp, cr);
  std::printf("%s: gold %d, predicted %d, matched %d\n", label, t.gold, t.predicted, t.matched);
  std::printf("  detection  P %.3f  R %.3f  F1 %.3f\n", p, r, f.detection_f1);
  std::printf("  counts     P %.3f  R %.3f  F1 %.3f  (%d matched claims with every count right)\n", cp,
              cr, f.count_f1, t.counts_right);
  std::printf("  per field (accuracy over matched):");
  for (const auto& [k, v] : t.field) std::printf(" %s %d/%d", k.c_str(), v[0], v[1]);
  std::printf("\n");
  for (const char* k : kContextFields) {
    auto it = t.context.find(k);
    std::array<int, 4> v = it == t.context.end() ? std::array<int, 4>{} : it->second;
    std::printf("  %-11s accuracy %.3f (%d/%d)  precision %.3f (%d/%d)  F1 %.3f\n", k, Ratio(v[0], v[1]), v[0],
                v[1], Ratio(v[2], v[3]), v[2], v[3], F1(Ratio(v[2], v[3]), Ratio(v[0], v[1])));
    if (std::string_view(k) == "place") f.place = Ratio(v[0], v[1]);
    if (std::string_view(k) == "actor") {
      f.actor = Ratio(v[0], v[1]);
      f.actor_f1 = F1(Ratio(v[2], v[3]), f.actor);
    }
    if (std::string_view(k) == "date") {
      auto w = t.context.find("date_whole");
      std::array<int, 4> x = w == t.context.end() ? std::array<int, 4>{} : w->second;
      std::printf("  date whole  accuracy %.3f (%d/%d)  precision %.3f (%d/%d)  (the expression exactly)\n",
                  Ratio(x[0], x[1]), x[0], x[1], Ratio(x[2], x[3]), x[2], x[3]);
    }
  }
  return f;
}

std::string Show(const std::optional<std::string>& s) { return s ? "\"" + *s + "\"" : "null"; }

Tally Score(const Paragraph& p, const std::vector<Claim>& predicted, const analyse::Gazetteer& gazetteer, bool verbose) {
  Tally t;
  t.gold = static_cast<int>(p.claims.size());
  t.predicted = static_cast<int>(predicted.size());
  struct Pair {
    double overlap;
    size_t g, c;
  };
  std::vector<Pair> pairs;
  for (size_t g = 0; g < p.claims.size(); ++g) {
    for (size_t c = 0; c < predicted.size(); ++c) {
      int64_t inter = std::min(p.claims[g].end, predicted[c].end) - std::max(p.claims[g].start, predicted[c].start);
      int64_t longer = std::max(p.claims[g].end - p.claims[g].start, predicted[c].end - predicted[c].start);
      double o = longer > 0 ? static_cast<double>(inter) / longer : 0;
      if (o >= 0.5) pairs.push_back({o, g, c});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.overlap > b.overlap; });
  std::vector<bool> g_used(p.claims.size()), c_used(predicted.size());
  for (const Pair& pr : pairs) {
    if (g_used[pr.g] || c_used[pr.c]) continue;
    g_used[pr.g] = c_used[pr.c] = true;
    ++t.matched;
    const Json& g = p.claims[pr.g].json;
    const Claim& c = predicted[pr.c];
    bool all = true;
    std::string diff;
    for (const char* k : kCountFields) {
      bool ok = GoldCount(g, k) == CountOf(c, k);
      t.field[k][0] += ok;
      t.field[k][1] += 1;
      if (!ok) {
        all = false;
        auto gv = GoldCount(g, k), cv = CountOf(c, k);
        diff += std::string(" ") + k + "=" + (gv ? std::to_string(*gv) : "null") + "/" +
                (cv ? std::to_string(*cv) : "null");
      }
    }
    bool approx_ok = g.value("approximate", false) == c.approximate;
    t.field["approximate"][0] += approx_ok;
    t.field["approximate"][1] += 1;
    if (!approx_ok) all = false, diff += " approximate";
    t.counts_right += all;
    for (const char* k : kContextFields) {
      std::optional<std::string> gv;
      if (g.contains(k) && g[k].is_string()) gv = g[k].get<std::string>();
      std::optional<std::string> cv = ContextOf(c, k);
      const bool party = std::string_view(k) == "actor" || std::string_view(k) == "attribution";
      bool right = gv && cv && (party ? SameParty(*gv, *cv, gazetteer) : SameText(*gv, *cv));
      auto& v = t.context[k];
      if (gv) v[0] += right, v[1] += 1;
      if (cv) v[2] += right, v[3] += 1;
      if (!right && (gv || cv)) diff += std::string(" ") + k + "=" + Show(gv) + "/" + Show(cv);
      // The date as one whole expression: "entre 1969 et 1998", not "1998"
      // (the accuracy above takes one inside the other).
      if (std::string_view(k) == "date") {
        const bool whole = gv && cv && text::FoldForMatching(*gv) == text::FoldForMatching(*cv);
        auto& w = t.context["date_whole"];
        if (gv) w[0] += whole, w[1] += 1;
        if (cv) w[2] += whole, w[3] += 1;
      }
    }
    if (verbose && !diff.empty()) {
      std::printf("%s MATCH \"%s\" (cue %s):%s\n", p.id.c_str(), c.text.c_str(), Show(c.cue).c_str(),
                  diff.c_str());
    }
  }
  if (verbose) {
    for (size_t g = 0; g < p.claims.size(); ++g)
      if (!g_used[g]) std::printf("%s MISSED \"%s\"\n", p.id.c_str(), p.claims[g].json["text"].get<std::string>().c_str());
    for (size_t c = 0; c < predicted.size(); ++c)
      if (!c_used[c]) std::printf("%s SPURIOUS \"%s\" (cue %s)\n", p.id.c_str(), predicted[c].text.c_str(), Show(predicted[c].cue).c_str());
  }
  return t;
}

using vigie::bench::InSplit;
using vigie::bench::IsExtra;
using vigie::bench::PartName;

bool IsSplitSet(const std::string& id) { return id.size() > 1 && id[1] == 'y'; }

// The gold sets beside gold.jsonl: development sets (x ids), then sets split
// by parity (y ids).
std::vector<std::string> DefaultExtras() {
  std::vector<std::string> paths;
  for (const char* set : {"dev_extra", "dev_labels", "dev_more", "dev_actors_a", "dev_actors_b", "dev_actors_c",
                          "dev_actors_d", "dev_general_e", "dev_general_f", "dev_general_h", "dev_general_i",
                          "dev_general_k", "dev_general_l", "dev_general_m", "dev_general_n", "dev_general_o",
                          "dev_general_p", "dev_general_q", "dev_general_r", "dev_general_s", "dev_general_t",
                          "dev_general_u", "dev_general_v", "dev_general_w", "dev_general_x",
                          "dev_general_y", "dev_general_z",
                          "fresh_wire", "fresh_views", "fresh_regional", "fresh_updates", "fresh_mixed", "fresh_desk",
                          "fresh_news", "fresh_blend", "fresh_s", "fresh_t", "fresh_u", "fresh_v"}) {
    paths.push_back(GoldSetPath(set));
  }
  for (std::string_view set : kLabelSets) paths.push_back(GoldSetPath(set));
  return paths;
}

struct Options {
  std::string gold_path = std::string(VIGIE_DATA_DIR_DEFAULT) + "/../tests/testdata/gold/claims_fr/gold.jsonl";
  std::vector<std::string> extra_paths = DefaultExtras();
  std::string data_dir = analyse::DefaultDataDir(), split = "dev", entities = "none", only;
  double min_f1 = 0, min_count_f1 = 0, min_place = 0, min_actor = 0, min_actor_f1 = 0;
  bool verbose = false;
  std::string dump_actor, dump_place, actor_model, place_model, annotator;
  std::FILE* dump_file = nullptr;        // --dump-actor, opened once
  std::FILE* place_dump_file = nullptr;  // --dump-place
  std::map<std::string, std::vector<Claim>> second;  // --annotator: claims by paragraph id
};

// The claims of a second annotation, by paragraph id.
bool ReadAnnotator(const std::string& path, std::map<std::string, std::vector<Claim>>* out) {
  return ForEachLine(path, [&](std::string_view line) {
    const Json j = Json::parse(line);
    std::vector<Claim>& claims = (*out)[j["id"].get<std::string>()];
    for (const Json& g : j["claims"]) {
      Claim c;
      c.kind = "casualties";
      c.start = g["start"].get<int64_t>();
      c.end = g["end"].get<int64_t>();
      c.text = g["text"].get<std::string>();
      for (const char* field : kCountFields) CountField(c, field) = GoldCount(g, field);
      c.approximate = g.value("approximate", false);
      auto text_of = [&](const char* field) -> std::optional<std::string> {
        if (!g.contains(field) || g[field].is_null()) return std::nullopt;
        return g[field].get<std::string>();
      };
      c.place = text_of("place");
      c.date = text_of("date");
      c.actor = text_of("actor");
      c.attribution = text_of("attribution");
      claims.push_back(std::move(c));
    }
  });
}

// The layer and what it is given, loaded once.
struct Engine {
  std::unique_ptr<analyse::Gazetteer> gazetteer;
  std::unique_ptr<analyse::ClaimFinder> finder;
  std::unique_ptr<analyse::EntityRecognizer> recognizer;  // --entities ner only
};

Status LoadEngine(const Options& o, Engine* e) {
  Result<std::unique_ptr<analyse::Gazetteer>> gazetteer = analyse::Gazetteer::Load(o.data_dir + "/gazetteers/fr", {analyse::GeoGazetteerDir()});
  if (!gazetteer.ok()) return gazetteer.status();
  e->gazetteer = std::move(*gazetteer);
  Result<std::unique_ptr<analyse::ClaimFinder>> finder =
      analyse::ClaimFinder::Load({o.data_dir + "/lexicons"}, e->gazetteer.get(), o.actor_model, o.place_model);
  if (!finder.ok()) return finder.status();
  e->finder = std::move(*finder);
  if (o.entities == "ner") {
    auto loaded = analyse::EntityRecognizer::Load(analyse::DefaultEntityResources(o.data_dir, ""));
    if (!loaded.ok()) return loaded.status();
    e->recognizer = std::move(*loaded);
  }
  return Status::Ok();
}

// The candidates of the paragraph's claims (not its context's), a JSON
// line per claim, offsets into the paragraph's text.
void WriteDump(const std::vector<analyse::internal::ChoiceDumpRecord>& dump, const std::string& id, int64_t shift,
               std::FILE* out) {
  for (const auto& rec : dump) {
    if (rec.start < shift) continue;
    Json j;
    j["id"] = id;
    j["start"] = rec.start - shift;
    j["end"] = rec.end - shift;
    Json cands = Json::array();
    for (const auto& [name, feats] : rec.candidates) {
      Json f = Json::object();
      for (const auto& [k, v] : feats) f[std::string(k)] = v;
      cands.push_back({{"text", name}, {"f", f}});
    }
    j["cands"] = cands;
    std::fprintf(out, "%s\n", j.dump().c_str());
  }
}

// The claims of one paragraph, found in its context and text, with offsets
// into the text.
std::vector<Claim> FindClaims(const Options& o, const Engine& e, const Paragraph& p) {
  const std::string doc = p.context.empty() ? p.text : p.context + " " + p.text;
  const int64_t shift = p.context.empty() ? 0 : static_cast<int64_t>(CodePointCount(p.context)) + 1;
  analyse::AnalysisText text(doc, p.lang);
  std::vector<Entity> given;
  if (o.entities == "oracle") given = OracleEntities(doc, text, *e.gazetteer, p);
  if (e.recognizer != nullptr) e.recognizer->Recognize(text, &given);
  std::vector<Claim> found, kept;
  std::vector<analyse::internal::ChoiceDumpRecord> dump, place_dump;
  if (o.dump_file != nullptr) analyse::internal::g_actor_dump = &dump;
  if (o.place_dump_file != nullptr) analyse::internal::g_place_dump = &place_dump;
  e.finder->Find(text, given, &found);
  analyse::internal::g_actor_dump = nullptr;
  analyse::internal::g_place_dump = nullptr;
  WriteDump(dump, p.id, shift, o.dump_file);
  WriteDump(place_dump, p.id, shift, o.place_dump_file);
  for (Claim& c : found) {
    if (c.start < shift) continue;
    c.start -= shift;
    c.end -= shift;
    kept.push_back(std::move(c));
  }
  return kept;
}

Paragraph ParseParagraph(const Json& j) {
  Paragraph p;
  p.id = j["id"].get<std::string>();
  p.lang = j["lang"].get<std::string>();
  p.text = j["text"].get<std::string>();
  if (j["context"].is_string()) p.context = j["context"].get<std::string>();
  for (const Json& c : j["claims"]) p.claims.push_back({c["start"].get<int64_t>(), c["end"].get<int64_t>(), c});
  return p;
}

// Tallies by part ("original half", "extra set dev_extra"...) and language.
using Tallies = std::map<std::string, std::map<std::string, Tally>>;

// Scores the paragraphs of one gold file that belong to the split.
bool ScoreFile(const Options& o, const Engine& e, const std::string& path, Tallies* out) {
  return ForEachLine(path, [&](std::string_view line) {
    Paragraph p = ParseParagraph(Json::parse(line));
    if (!InSplit(p.id, o.split) || (!o.only.empty() && p.id != o.only)) return;
    std::vector<Claim> kept;
    if (o.annotator.empty()) {
      kept = FindClaims(o, e, p);
    } else {
      auto second = o.second.find(p.id);
      if (second == o.second.end()) return;
      kept = second->second;
    }
    if (!o.only.empty()) {
      Document d;
      d.text = p.text;
      d.claims = kept;
      Json json = Json::parse(ToJsonLine(d));
      for (const Json& c : json["claims"]) std::printf("%s\n", c.dump().c_str());
    }
    const std::string part = IsExtra(p.id)      ? "extra set " + PartName(path)
                             : IsSplitSet(p.id) ? "held-out set " + PartName(path) + " (" + o.split + " half)"
                                                : "original half";
    (*out)[part][p.lang].Add(Score(p, kept, *e.gazetteer, o.verbose));
  });
}

int Run(int argc, char** argv) {
  CLI::App app{"Casualty claims against the gold set (tests/testdata/gold/claims_fr)"};
  Options o;
  app.add_option("--id", o.only, "one paragraph only, its claims printed (development)");
  app.add_option("--gold", o.gold_path, "gold.jsonl");
  app.add_option("--extra", o.extra_paths,
                 "the other gold.jsonl files: development sets (ids cx..., ex...: with --split dev|all; "
                 "default dev_extra, dev_labels, dev_more, dev_actors_a to dev_actors_d, dev_general_e to dev_general_z) and sets split by parity (ids cy..., ey...: "
                 "default fresh_wire, fresh_views, fresh_regional, fresh_updates, fresh_mixed, fresh_desk, fresh_news, fresh_blend, fresh_s, fresh_t, fresh_u, fresh_labels_a, fresh_labels_b, fresh_v, fresh_labels_c to fresh_labels_z, fresh_labels_aa to fresh_labels_dz, fresh_labels_ea to fresh_labels_ez, fresh_labels_fa to fresh_labels_fj)");
  app.add_option("--data-dir", o.data_dir, "data directory (lexicons, gazetteers)");
  app.add_option("--split", o.split, "dev (odd paragraphs and the development sets), test (even paragraphs) or all")
      ->check(CLI::IsMember({"dev", "test", "all"}));
  app.add_option("--entities", o.entities,
                 "none, ner (the entity layer's, as vigie extract does), or oracle (a perfect "
                 "entity layer)")
      ->check(CLI::IsMember({"none", "ner", "oracle"}));
  app.add_option("--min-f1", o.min_f1, "exit 1 below this detection F1");
  app.add_option("--min-count-f1", o.min_count_f1, "exit 1 below this counts F1");
  app.add_option("--min-place", o.min_place, "exit 1 below this place accuracy");
  app.add_option("--min-actor", o.min_actor, "exit 1 below this actor accuracy");
  app.add_option("--min-actor-f1", o.min_actor_f1, "exit 1 below this actor F1 (accuracy and precision)");
  app.add_flag("--verbose", o.verbose, "print every error");
  app.add_option("--dump-actor", o.dump_actor,
                 "append each claim's actor candidates and their features to this JSONL file (for "
                 "tools/train_actor_choice.py)");
  app.add_option("--actor-model", o.actor_model,
                 "the actor chooser's weights (default data/models/claim_actor.tsv; 'rules': the rules' order)");
  app.add_option("--dump-place", o.dump_place,
                 "append each claim's place candidates and their features to this JSONL file (for "
                 "tools/train_actor_choice.py --field=place)");
  app.add_option("--place-model", o.place_model,
                 "the place chooser's weights (default data/models/claim_place.tsv; 'rules': the rules' choice)");
  app.add_option("--annotator", o.annotator,
                 "a second annotation of the same paragraphs (gold.jsonl format): score it instead of the "
                 "engine, to measure how far two annotators agree; paragraphs it lacks are skipped");
  CLI11_PARSE(app, argc, argv);
  if (!o.annotator.empty() && !ReadAnnotator(o.annotator, &o.second)) {
    return std::fprintf(stderr, "cannot read %s\n", o.annotator.c_str()), 2;
  }
  if (!o.dump_actor.empty() && (o.dump_file = std::fopen(o.dump_actor.c_str(), "a")) == nullptr) {
    return std::fprintf(stderr, "cannot write %s\n", o.dump_actor.c_str()), 2;
  }
  if (!o.dump_place.empty() && (o.place_dump_file = std::fopen(o.dump_place.c_str(), "a")) == nullptr) {
    return std::fprintf(stderr, "cannot write %s\n", o.dump_place.c_str()), 2;
  }
  struct CloseDump {
    std::FILE* f;
    ~CloseDump() {
      if (f != nullptr) std::fclose(f);
    }
  } close_dump{o.dump_file}, close_place_dump{o.place_dump_file};

  Engine e;
  if (Status s = LoadEngine(o, &e); !s.ok()) return std::fprintf(stderr, "%s\n", s.ToString().c_str()), 2;
  Tallies tallies;
  if (!ScoreFile(o, e, o.gold_path, &tallies)) return std::fprintf(stderr, "cannot read %s\n", o.gold_path.c_str()), 2;
  for (const std::string& path : o.extra_paths) {
    if (!ScoreFile(o, e, path, &tallies)) return std::fprintf(stderr, "cannot read %s\n", path.c_str()), 2;
  }
  Tally all;
  std::map<std::string, Tally> by_lang, by_part;
  for (const auto& [part, langs] : tallies) {
    for (const auto& [lang, t] : langs) all.Add(t), by_lang[lang].Add(t), by_part[part].Add(t);
  }
  std::printf("== casualty claims, split %s, entities %s\n", o.split.c_str(), o.entities.c_str());
  Figures f = Print("all", all);
  for (const auto& [lang, t] : by_lang) Print(lang.c_str(), t);
  if (by_part.size() > 1) {
    for (const auto& [part, t] : by_part) Print(part.c_str(), t);
  }
  bool fail = f.detection_f1 < o.min_f1 || f.count_f1 < o.min_count_f1 || f.place < o.min_place ||
              f.actor < o.min_actor || f.actor_f1 < o.min_actor_f1;
  if (fail) {
    std::printf(
        "FAIL: under a threshold (F1 %.3f/%.3f, counts %.3f/%.3f, place %.3f/%.3f, actor %.3f/%.3f, actor F1 "
        "%.3f/%.3f)\n",
        f.detection_f1, o.min_f1, f.count_f1, o.min_count_f1, f.place, o.min_place, f.actor, o.min_actor,
        f.actor_f1, o.min_actor_f1);
  }
  return fail ? 1 : 0;
}

}  // namespace
}  // namespace vigie::bench

int main(int argc, char** argv) { return vigie::bench::Run(argc, argv); }
