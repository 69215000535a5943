// Evaluation of reuse detection (issue 8): precision and recall of the pairs
// `vigie reuse` reports, on a synthetic corpus of copies with realistic
// edits built deterministically from licensed text (reuse_corpus.h), with
// hard negatives: articles on the same story written independently (other
// parts of the same novel or page), shared boilerplate sentences, quotes of
// the same speech.
//
// Ground truth comes from provenance: every sentence of every generated
// article remembers the original sentence it comes from. Two articles are
// related when they share original material, and a positive when the
// material they share is at least half of the shorter one (in words):
// recall is measured on positives, precision on every reported pair
// (a pair sharing only boilerplate or a quoted speech is a false positive;
// a related pair below half is not). Also printed: recall by edit recipe,
// the recall of each candidate channel (MinHash LSH, winnowed
// fingerprints), the threshold sweep that chose the defaults, direction
// accuracy and credit accuracy.
//
//   vigie_reuse_eval [--seed N] [--shingle-words N] [--fingerprint-words N]
//                    [--winnow-window N] [--bands N] [--rows N]
//                    [--min-containment X] [--sweep] [--write-jsonl FILE]
#include <CLI/CLI.hpp>
#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "reuse_corpus.h"
#include "vigie/reuse.h"

namespace vigie::bench {
namespace {

using namespace reuse_corpus;

struct Original {
  SourceText text;
  int group = 0;  // the novel, page or UD document it comes from
};

struct Corpus {
  std::vector<GenDoc> docs;
  std::vector<Outlet> outlets;
  std::vector<int> original_group;  // by original number
  std::vector<std::string> urls;    // by doc
};

std::string Slug(uint64_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%08llx", static_cast<unsigned long long>(n));
  return buf;
}

class Builder {
 public:
  explicit Builder(uint64_t seed) : rng_(seed), editor_(&rng_, &fresh_, &vocabulary_) {}

  Corpus Build(bool with_pages) {
    text::Tokenizer tokenizer;
    auto t0 = std::chrono::steady_clock::now();
    std::vector<SourceText> pages;
    if (with_pages) pages = LoadPages(&tokenizer);
    std::vector<SourceText> ud = LoadUd(&rng_);
    std::vector<std::vector<std::string>> novels = LoadNovels(&tokenizer);
    std::fprintf(stderr, "sources: %zu pages, %zu UD documents, %zu novels (%.1f s)\n",
                 pages.size(), ud.size(), novels.size(),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    std::vector<Original> candidates;
    int group = 0;
    for (SourceText& p : pages) AddPage(std::move(p), group++, &candidates);
    for (SourceText& d : ud) AddUd(std::move(d), group++, &candidates);
    for (auto& novel : novels) AddNovel(novel, group++, &candidates);
    std::vector<Original> originals = Independent(std::move(candidates));
    std::vector<std::string> all;
    for (const Original& o : originals) {
      for (const auto& p : o.text.paragraphs) all.insert(all.end(), p.begin(), p.end());
    }
    vocabulary_ = Vocabulary(all, 200000);
    corpus_.outlets = MakeOutlets(40, &rng_);
    for (size_t i = 0; i < originals.size(); ++i) {
      corpus_.original_group.push_back(originals[i].group);
      MakeOriginal(originals[i], static_cast<int32_t>(i));
    }
    const size_t original_docs = corpus_.docs.size();
    AddSpeeches();
    for (size_t i = 0; i < original_docs; ++i) {
      if (!rng_.Chance(0.55)) continue;
      int copies = rng_.Chance(0.6) ? 1 : rng_.Chance(0.6) ? 2 : rng_.Chance(0.6) ? 3 : rng_.Between(4, 6);
      std::vector<int32_t> family = {static_cast<int32_t>(i)};
      for (int c = 0; c < copies; ++c) {
        int32_t from = family.size() > 1 && rng_.Chance(0.3)
                           ? family[1 + rng_.Below(family.size() - 1)]
                           : static_cast<int32_t>(i);
        family.push_back(MakeCopy(from));
      }
    }
    for (int c = 0; c < 150; ++c) MakeCompilation(original_docs);
    for (int c = 0; c < 150; ++c) MakeExcerpt(original_docs);
    Finish();
    return std::move(corpus_);
  }

 private:
  // Originals must not share text with each other, or the ground truth
  // would call a real shared passage (a site's navigation extracted twice,
  // the same sentence in two treebank files) a false positive: an original
  // goes when more than a tenth of its 8-word runs occurred in the
  // originals kept before it, or when it has under 100 words.
  static std::vector<Original> Independent(std::vector<Original> all) {
    std::unordered_set<uint64_t> seen;
    std::vector<Original> kept;
    size_t dropped = 0;
    for (Original& o : all) {
      std::vector<std::string> words;
      for (const auto& p : o.text.paragraphs) {
        for (const std::string& s : p) {
          size_t pos = 0;
          while (pos < s.size()) {
            size_t end = s.find(' ', pos);
            if (end == std::string::npos) end = s.size();
            if (end > pos) words.push_back(s.substr(pos, end - pos));
            pos = end + 1;
          }
        }
      }
      std::vector<uint64_t> grams;
      for (size_t i = 0; i + 8 <= words.size(); ++i) {
        std::string g;
        for (size_t k = i; k < i + 8; ++k) g += words[k] + " ";
        grams.push_back(std::hash<std::string>()(g));
      }
      size_t old = 0;
      for (uint64_t g : grams) old += seen.count(g);
      if (words.size() < 100 || old * 10 > grams.size()) {
        ++dropped;
        continue;
      }
      seen.insert(grams.begin(), grams.end());
      kept.push_back(std::move(o));
    }
    std::fprintf(stderr, "originals: %zu kept, %zu dropped (under 100 words, or text shared with "
                 "another)\n", kept.size(), dropped);
    return kept;
  }

  void AddPage(SourceText p, int group, std::vector<Original>* out) {
    size_t words = p.Words();
    if (words < 120) return;
    // Long pages: at most ~2,000 words; some become two articles on the
    // same story (a hard negative pair).
    while (p.Words() > 2000 && p.paragraphs.size() > 1) p.paragraphs.pop_back();
    if (p.Words() >= 900 && p.paragraphs.size() >= 6 && rng_.Chance(0.5)) {
      SourceText second;
      size_t half = p.paragraphs.size() / 2;
      second.paragraphs.assign(p.paragraphs.begin() + static_cast<long>(half), p.paragraphs.end());
      p.paragraphs.resize(half);
      out->push_back(Original{std::move(p), group});
      out->push_back(Original{std::move(second), group});
      return;
    }
    out->push_back(Original{std::move(p), group});
  }

  void AddUd(SourceText d, int group, std::vector<Original>* out) {
    // Cut long UD documents into articles of 6 to 9 paragraphs.
    size_t i = 0;
    while (i < d.paragraphs.size()) {
      SourceText chunk;
      size_t take = std::min<size_t>(d.paragraphs.size() - i, static_cast<size_t>(rng_.Between(6, 9)));
      chunk.paragraphs.assign(d.paragraphs.begin() + static_cast<long>(i),
                              d.paragraphs.begin() + static_cast<long>(i + take));
      i += take;
      if (chunk.Words() >= 80) out->push_back(Original{std::move(chunk), group});
    }
  }

  void AddNovel(const std::vector<std::string>& sentences, int group, std::vector<Original>* out) {
    size_t i = 0;
    int chunk = 0;
    while (i < sentences.size()) {
      int target = rng_.Between(250, 750);
      std::vector<std::string> run;
      int words = 0;
      while (i < sentences.size() && words < target) {
        words += static_cast<int>(CountWords(sentences[i]));
        run.push_back(sentences[i++]);
      }
      if (chunk++ % 5 == 4) {
        for (std::string& s : run) fresh_.Add(std::move(s));
        continue;
      }
      SourceText st;
      AddAsParagraphs(run, &rng_, &st);
      out->push_back(Original{std::move(st), group});
    }
  }

  void MakeOriginal(const Original& o, int32_t number) {
    GenDoc d;
    int32_t sentence = 0;
    for (const auto& para : o.text.paragraphs) {
      Paragraph p;
      for (const std::string& s : para) {
        p.segments.push_back(Segment{s, SegmentKind::kOriginal, number, sentence++});
      }
      d.paragraphs.push_back(std::move(p));
    }
    d.outlet = static_cast<int>(rng_.Below(corpus_.outlets.size()));
    d.time = 1704067200 + static_cast<int64_t>(rng_.Below(300 * 86400));
    AddBoilerplate(&d);
    corpus_.docs.push_back(std::move(d));
  }

  void AddBoilerplate(GenDoc* d) {
    if (rng_.Chance(0.3)) {
      Paragraph p;
      p.segments.push_back(Segment{corpus_.outlets[d->outlet].footer, SegmentKind::kBoilerplate});
      d->paragraphs.push_back(std::move(p));
    }
    if (rng_.Chance(0.15)) {
      const auto& lines = GenericBoilerplate();
      Paragraph p;
      p.segments.push_back(Segment{lines[rng_.Below(lines.size())], SegmentKind::kBoilerplate});
      d->paragraphs.push_back(std::move(p));
    }
  }

  // Speeches quoted by several independent articles (before copies are
  // made, so that copies carry them as their originals do).
  void AddSpeeches() {
    const size_t n = corpus_.docs.size();
    for (int s = 0; s < 60; ++s) {
      std::vector<std::string> speech;
      int sentences = rng_.Between(2, 4);
      for (int i = 0; i < sentences; ++i) speech.push_back(fresh_.Next());
      int quoting = rng_.Between(3, 6);
      for (int q = 0; q < quoting; ++q) {
        GenDoc& d = corpus_.docs[rng_.Below(n)];
        Paragraph p;
        // Some quote it whole, others a part of it.
        size_t from = rng_.Chance(0.5) ? 0 : rng_.Below(speech.size() / 2 + 1);
        size_t to = rng_.Chance(0.5) ? speech.size() : std::max(from + 2, speech.size() - 1);
        to = std::min(to, speech.size());
        std::string quote = "« ";
        for (size_t k = from; k < to; ++k) quote += (k > from ? " " : "") + speech[k];
        quote += " », a déclaré le porte-parole lors de sa conférence de presse.";
        p.segments.push_back(Segment{quote, SegmentKind::kSpeech});
        // Never as the opening paragraph: a lede that is a quotation would
        // make the lead-only copies mostly quotation.
        size_t at = 1 + rng_.Below(d.paragraphs.size());
        d.paragraphs.insert(d.paragraphs.begin() + static_cast<long>(at), std::move(p));
      }
    }
  }

  int32_t MakeCopy(int32_t from) {
    GenDoc d = corpus_.docs[from];
    d.pasted.clear();
    d.credits.clear();
    d.copied_from = from;
    // The copy drops the origin's footer most of the time.
    if (rng_.Chance(0.7)) {
      for (auto it = d.paragraphs.begin(); it != d.paragraphs.end();) {
        bool footer = !it->segments.empty() && it->segments[0].kind == SegmentKind::kBoilerplate &&
                      it->segments[0].text == corpus_.outlets[d.outlet].footer;
        it = footer ? d.paragraphs.erase(it) : it + 1;
      }
    }
    static const char* kRecipes[] = {"verbatim_framed", "trim_tail",  "lead_only",
                                     "drop_middle",     "reorder",    "rewrap",
                                     "new_lede",        "add_paragraphs", "word_edits_light",
                                     "word_edits_heavy", "combo",     "spun"};
    std::string recipe = kRecipes[rng_.Below(12)];
    GenDoc before = d;
    ApplyRecipe(recipe, &d);
    // A copy keeps at least 100 words of material: a copy that is mostly
    // boilerplate or a quotation is not what this set measures.
    if (d.MaterialWords() < 100) {
      d = std::move(before);
      recipe = "verbatim_framed";
      ApplyRecipe(recipe, &d);
    }
    d.recipe = recipe;
    int outlet = static_cast<int>(rng_.Below(corpus_.outlets.size()));
    if (outlet == d.outlet) outlet = (outlet + 1) % static_cast<int>(corpus_.outlets.size());
    const int origin_outlet = d.outlet;
    d.outlet = outlet;
    d.time = corpus_.docs[from].time + 600 + static_cast<int64_t>(rng_.Below(4 * 86400));
    AddBoilerplate(&d);
    d.credits_origin = rng_.Chance(0.4);
    if (d.credits_origin) AddCredit(from, origin_outlet, &d);
    corpus_.docs.push_back(std::move(d));
    return static_cast<int32_t>(corpus_.docs.size() - 1);
  }

  void ApplyRecipe(const std::string& recipe, GenDoc* d) {
    if (recipe == "verbatim_framed") {
      editor_.Frame(d);
    } else if (recipe == "trim_tail") {
      editor_.TrimTail(d, 0.5 + 0.4 * rng_.Unit());
    } else if (recipe == "lead_only") {
      editor_.TrimTail(d, 0.2 + 0.2 * rng_.Unit());
    } else if (recipe == "drop_middle") {
      editor_.DropMiddle(d);
    } else if (recipe == "reorder") {
      editor_.Reorder(d);
    } else if (recipe == "rewrap") {
      editor_.Rewrap(d);
    } else if (recipe == "new_lede") {
      editor_.NewLede(d);
    } else if (recipe == "add_paragraphs") {
      editor_.AddParagraphs(d);
    } else if (recipe == "word_edits_light") {
      editor_.WordEdits(d, 0.02);
    } else if (recipe == "word_edits_heavy") {
      editor_.WordEdits(d, 0.06);
    } else if (recipe == "spun") {
      // "Article spinning": words swapped throughout (one in seven), so
      // that few runs of 17 words survive whole.
      editor_.WordEdits(d, 0.14);
    } else {  // combo: a new lede, a trim or a reorder, light edits, a frame
      editor_.NewLede(d);
      if (rng_.Chance(0.5)) editor_.TrimTail(d, 0.6 + 0.3 * rng_.Unit()); else editor_.Reorder(d);
      if (rng_.Chance(0.5)) editor_.AddParagraphs(d);
      editor_.WordEdits(d, 0.02);
      if (rng_.Chance(0.5)) editor_.Rewrap(d);
      if (rng_.Chance(0.5)) editor_.Frame(d);
    }
  }

  void AddCredit(int32_t from, int origin_outlet, GenDoc* d) {
    const Outlet& o = corpus_.outlets[origin_outlet];
    Paragraph p;
    switch (rng_.Below(5)) {
      case 0:
      case 1:
        d->credits.push_back(Credit{o.name, "https://" + o.domain + "/a/" + Slug(static_cast<uint64_t>(from)),
                                    CreditRelation::kRepublishedFrom});
        return;
      case 2:
        p.segments.push_back(Segment{"Source : " + o.name, SegmentKind::kCredit});
        break;
      case 3:
        p.segments.push_back(Segment{"Cet article a été publié initialement sur " + o.domain + ".",
                                     SegmentKind::kCredit});
        break;
      default:
        p.segments.push_back(Segment{"Lire l'article original : https://" + o.domain + "/a/" +
                                         Slug(static_cast<uint64_t>(from)),
                                     SegmentKind::kCredit});
        break;
    }
    d->paragraphs.push_back(std::move(p));
  }

  // A page pasting several articles (of different stories) one after the
  // other, some trimmed, with headers between them.
  void MakeCompilation(size_t candidates) {
    GenDoc d;
    d.recipe = "compilation";
    int k = rng_.Between(3, 6);
    std::set<int> groups;
    int64_t latest = 0;
    for (int i = 0; i < k; ++i) {
      int32_t from = static_cast<int32_t>(rng_.Below(corpus_.docs.size()));
      const GenDoc& src = corpus_.docs[from];
      if (src.recipe == "compilation" || src.recipe == "excerpt") continue;
      d.paragraphs.push_back(fresh_.NextParagraph(&rng_, 1, 1));
      GenDoc piece = src;
      if (rng_.Chance(0.3)) editor_.TrimTail(&piece, 0.6 + 0.4 * rng_.Unit());
      for (Paragraph& p : piece.paragraphs) d.paragraphs.push_back(std::move(p));
      d.pasted.push_back(from);
      latest = std::max(latest, src.time);
    }
    (void)candidates;
    if (d.pasted.empty()) return;
    d.outlet = static_cast<int>(rng_.Below(corpus_.outlets.size()));
    d.time = latest + 3600 + static_cast<int64_t>(rng_.Below(3 * 86400));
    corpus_.docs.push_back(std::move(d));
  }

  // An article of its own quoting one paragraph of another (partial reuse).
  void MakeExcerpt(size_t originals) {
    GenDoc d;
    d.recipe = "excerpt";
    int32_t from = static_cast<int32_t>(rng_.Below(originals));
    const GenDoc& src = corpus_.docs[from];
    for (int i = 0; i < 4; ++i) d.paragraphs.push_back(fresh_.NextParagraph(&rng_, 2, 4));
    std::vector<const Paragraph*> material;
    for (const Paragraph& p : src.paragraphs) {
      if (!p.segments.empty() && p.segments[0].kind == SegmentKind::kOriginal) material.push_back(&p);
    }
    if (material.empty()) return;
    d.paragraphs.insert(d.paragraphs.begin() + 2, *material[rng_.Below(material.size())]);
    d.copied_from = from;
    d.outlet = static_cast<int>(rng_.Below(corpus_.outlets.size()));
    d.time = src.time + 3600 + static_cast<int64_t>(rng_.Below(5 * 86400));
    corpus_.docs.push_back(std::move(d));
  }

  // Dates as pages state them, then a shuffle of the input order.
  void Finish() {
    for (size_t i = 0; i < corpus_.docs.size(); ++i) {
      GenDoc& d = corpus_.docs[i];
      double r = rng_.Unit();
      if (r < 0.75) {
        d.published = FormatTime(d.time, 0);
      } else if (r < 0.87) {
        d.published = FormatTime(d.time, 1);
      } else if (r < 0.97) {
        d.fetched = FormatTime(d.time + 3600 + static_cast<int64_t>(rng_.Below(86400)), 0);
      }
    }
    std::vector<size_t> order(corpus_.docs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng_.Below(i)]);
    // order[new position] = old number; references follow.
    std::vector<int32_t> where(order.size());
    for (size_t p = 0; p < order.size(); ++p) where[order[p]] = static_cast<int32_t>(p);
    std::vector<GenDoc> shuffled(order.size());
    for (size_t p = 0; p < order.size(); ++p) {
      GenDoc d = std::move(corpus_.docs[order[p]]);
      if (d.copied_from >= 0) d.copied_from = where[d.copied_from];
      for (int32_t& x : d.pasted) x = where[x];
      d.id = "d" + Slug(p);
      shuffled[p] = std::move(d);
    }
    corpus_.docs = std::move(shuffled);
  }

  Rng rng_;
  FreshPool fresh_;
  std::vector<std::string> vocabulary_;
  Editor editor_;
  Corpus corpus_;
};

Document ToDocument(const Corpus& c, const GenDoc& g) {
  Document d;
  d.id = g.id;
  d.input = "synthetic#" + g.id;
  d.format = Format::kJsonl;
  const Outlet& o = c.outlets[g.outlet];
  d.outlet = o.name;
  d.domain = o.domain;
  d.url = "https://" + o.domain + "/a/" + g.id;
  d.published = g.published;
  d.fetched = g.fetched;
  d.credits = g.credits;
  d.text = g.Text();
  return d;
}

// ---------------------------------------------------------------------------
// Ground truth.

uint64_t PairKey(uint32_t a, uint32_t b) {
  if (a > b) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | b;
}

struct Truth {
  std::unordered_map<uint64_t, size_t> shared_words;  // related pairs
  std::vector<size_t> words;
  std::unordered_set<uint64_t> speech_pairs, boilerplate_pairs, topic_pairs;
};

Truth ComputeTruth(const Corpus& c) {
  Truth t;
  std::unordered_map<uint64_t, std::vector<std::pair<uint32_t, size_t>>> by_tag;
  std::unordered_map<std::string, std::vector<uint32_t>> by_text;  // speeches, boilerplate
  std::unordered_map<int, std::vector<uint32_t>> by_group;
  for (uint32_t i = 0; i < c.docs.size(); ++i) {
    const GenDoc& d = c.docs[i];
    t.words.push_back(d.Words());
    std::unordered_map<uint64_t, size_t> tags;
    std::set<int> groups;
    std::set<std::string> texts;
    for (const Paragraph& p : d.paragraphs) {
      for (const Segment& s : p.segments) {
        if (s.kind == SegmentKind::kOriginal || s.kind == SegmentKind::kFresh) {
          tags[(static_cast<uint64_t>(static_cast<uint32_t>(s.source)) << 32) |
               static_cast<uint32_t>(s.sentence)] += CountWords(s.text);
          if (s.kind == SegmentKind::kOriginal) groups.insert(c.original_group[s.source]);
        } else if (s.kind == SegmentKind::kSpeech || s.kind == SegmentKind::kBoilerplate) {
          texts.insert((s.kind == SegmentKind::kSpeech ? "S" : "B") + s.text.substr(0, 40));
        }
      }
    }
    for (auto& [tag, w] : tags) by_tag[tag].emplace_back(i, w);
    for (int g : groups) by_group[g].push_back(i);
    for (const std::string& x : texts) by_text[x].push_back(i);
  }
  for (auto& [tag, list] : by_tag) {
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        t.shared_words[PairKey(list[x].first, list[y].first)] +=
            std::min(list[x].second, list[y].second);
      }
    }
  }
  for (auto& [text, list] : by_text) {
    auto& set = text[0] == 'S' ? t.speech_pairs : t.boilerplate_pairs;
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) set.insert(PairKey(list[x], list[y]));
    }
  }
  for (auto& [g, list] : by_group) {
    if (list.size() > 400) continue;  // huge groups: sampled pairs are enough
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        uint64_t k = PairKey(list[x], list[y]);
        if (!t.shared_words.count(k)) t.topic_pairs.insert(k);
      }
    }
  }
  return t;
}

bool IsPositive(const Truth& t, uint64_t key) {
  auto it = t.shared_words.find(key);
  if (it == t.shared_words.end()) return false;
  size_t shorter = std::min(t.words[key >> 32], t.words[key & 0xFFFFFFFF]);
  return it->second * 2 >= shorter;
}

// The recipe that explains a positive pair best.
std::string PairKind(const Corpus& c, uint32_t x, uint32_t y) {
  const GenDoc& a = c.docs[x];
  const GenDoc& b = c.docs[y];
  auto pasted = [](const GenDoc& d, uint32_t other) {
    return std::find(d.pasted.begin(), d.pasted.end(), static_cast<int32_t>(other)) != d.pasted.end();
  };
  if (b.copied_from == static_cast<int32_t>(x)) return b.recipe;
  if (a.copied_from == static_cast<int32_t>(y)) return a.recipe;
  if (pasted(a, y) || pasted(b, x)) return "compilation";
  if (a.recipe == "compilation" || b.recipe == "compilation") return "compilation_indirect";
  return "siblings";
}

class DocumentSource : public TextSource {
 public:
  explicit DocumentSource(const std::vector<Document>* docs) : docs_(docs) {}
  Result<std::string> Text(uint32_t doc) const override { return (*docs_)[doc].text; }

 private:
  const std::vector<Document>* docs_;
};

struct Reported {
  double max_containment, jaccard, max_coverage;
  ReuseDirection direction;
  bool credited;
};

// The rule of ReuseThresholds (matcher.cc) on a pair verified at a low
// containment.
bool Passes(const Reported& r, const ReuseThresholds& t) {
  return r.max_containment >= t.min_containment || r.max_coverage >= t.min_coverage;
}

int Run(int argc, char** argv) {
  CLI::App app{"Reuse evaluation: precision and recall on synthetic copies"};
  uint64_t seed = 8;
  ReuseParams params;
  ReuseThresholds thresholds;
  bool sweep = false, no_pages = false;
  std::string write_jsonl;
  app.add_option("--seed", seed);
  app.add_option("--shingle-words", params.shingle_words);
  app.add_option("--fingerprint-words", params.fingerprint_words);
  app.add_option("--winnow-window", params.winnow_window);
  app.add_option("--bands", params.minhash_bands);
  app.add_option("--rows", params.minhash_rows);
  app.add_option("--min-containment", thresholds.min_containment);
  app.add_option("--min-coverage", thresholds.min_coverage);
  app.add_option("--min-shared", thresholds.min_shared);
  app.add_option("--min-fingerprints", thresholds.min_shared_fingerprints);
  app.add_option("--min-fingerprint-share", thresholds.min_fingerprint_share);
  double min_precision = 0, min_strict_precision = 0, min_recall = 0;
  app.add_option("--min-precision", min_precision, "Fail (exit 1) below this precision");
  app.add_option("--min-strict-precision", min_strict_precision,
                 "Fail below this precision counting related pairs below half as false");
  app.add_option("--min-recall", min_recall, "Fail below this recall");
  app.add_flag("--sweep", sweep, "Print the threshold sweep and the candidate channels");
  app.add_flag("--no-pages", no_pages, "Leave out the extracted pages (faster)");
  app.add_option("--write-jsonl", write_jsonl, "Also write the corpus as contract JSONL");
  CLI11_PARSE(app, argc, argv);

  Corpus corpus = Builder(seed).Build(!no_pages);
  std::vector<Document> docs;
  for (const GenDoc& g : corpus.docs) docs.push_back(ToDocument(corpus, g));
  if (!write_jsonl.empty()) {
    std::ofstream out(write_jsonl);
    for (const Document& d : docs) out << ToJsonLine(d) << "\n";
  }
  Truth truth = ComputeTruth(corpus);
  size_t positives = 0;
  for (auto& [k, w] : truth.shared_words) positives += IsPositive(truth, k);
  size_t total_words = 0;
  for (size_t w : truth.words) total_words += w;
  std::printf("corpus: %zu articles (%zu words on average), %zu related pairs, %zu positives "
              "(share >= half of the shorter), %zu speech pairs, %zu boilerplate pairs, "
              "%zu same-story pairs\n",
              docs.size(), total_words / std::max<size_t>(1, docs.size()), truth.shared_words.size(),
              positives, truth.speech_pairs.size(), truth.boilerplate_pairs.size(),
              truth.topic_pairs.size());

  // Index and pairs. Verification runs at a low containment so that the
  // sweep can raise it afterwards.
  auto t0 = std::chrono::steady_clock::now();
  ReuseIndex index(params);
  ReuseSigner signer(params);
  for (const Document& d : docs) {
    Result<uint32_t> added = index.Add(ReuseArticle::FromDocument(d), signer.Sign(d.text));
    if (!added.ok()) {
      std::fprintf(stderr, "%s\n", added.status().message().c_str());
      return 1;
    }
  }
  index.Seal();
  const double sign_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  DocumentSource source(&docs);
  ReuseThresholds low = thresholds;
  low.min_containment = std::min(0.1, thresholds.min_containment);
  ReuseMatcher matcher(&index, &source, low);
  std::unordered_map<uint64_t, Reported> reported;
  std::unordered_map<uint64_t, ReuseCandidate> candidates;
  std::vector<ReusePair> pairs;
  std::vector<ReuseCandidate> cands;
  size_t candidate_count = 0;
  auto t1 = std::chrono::steady_clock::now();
  for (uint32_t b = 0; b < index.size(); ++b) {
    Status st = matcher.PairsOf(b, &pairs);
    (void)st;
    for (const ReusePair& p : pairs) {
      reported[PairKey(p.a, p.b)] =
          Reported{std::max(p.containment_a, p.containment_b), p.jaccard,
                   std::max(p.coverage_a, p.coverage_b), p.direction, p.credited};
    }
  }
  const double match_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  // Candidates of each channel, unfiltered (for the channel table).
  ReuseThresholds loose = thresholds;
  loose.min_shared_fingerprints = 1;
  loose.min_fingerprint_share = 0;
  for (uint32_t b = 0; b < index.size(); ++b) {
    index.Candidates(b, loose, &cands);
    for (const ReuseCandidate& c : cands) candidates[PairKey(c.doc, b)] = c;
  }
  {
    std::vector<ReuseCandidate> filtered;
    for (uint32_t b = 0; b < index.size(); ++b) {
      index.Candidates(b, thresholds, &filtered);
      candidate_count += filtered.size();
    }
  }
  std::printf("index: %u articles, %.1f MB; signing %.2f s, candidates + verification + "
              "alignment %.2f s; %zu candidate pairs verified\n",
              index.size(), static_cast<double>(index.MemoryUsage()) / 1e6, sign_s, match_s,
              candidate_count);

  // Precision and recall at the configured threshold, and by recipe.
  // `by_coverage`: the measure is the larger passage coverage instead of
  // the larger containment.
  // mode 0: the larger containment; 1: the larger passage coverage; 2: the
  // larger of both (what ReuseThresholds applies when both are set alike).
  auto evaluate = [&](double tau, bool print, int mode = 0, bool configured = false) {
    size_t tp = 0, fp = 0, partial = 0, fp_speech = 0, fp_boiler = 0, fp_topic = 0;
    for (auto& [k, r] : reported) {
      const double measure = mode == 0   ? r.max_containment
                             : mode == 1 ? r.max_coverage
                                         : std::max(r.max_containment, r.max_coverage);
      if (configured ? !Passes(r, thresholds) : measure < tau) continue;
      auto it = truth.shared_words.find(k);
      if (it == truth.shared_words.end()) {
        ++fp;
        fp_speech += truth.speech_pairs.count(k);
        fp_boiler += truth.boilerplate_pairs.count(k);
        fp_topic += truth.topic_pairs.count(k);
      } else if (IsPositive(truth, k)) {
        ++tp;
      } else {
        ++partial;
      }
    }
    const size_t all = tp + fp + partial;
    const double precision = all ? static_cast<double>(tp + partial) / static_cast<double>(all) : 1;
    const double strict = all ? static_cast<double>(tp) / static_cast<double>(all) : 1;
    const double recall = positives ? static_cast<double>(tp) / static_cast<double>(positives) : 1;
    if (print) {
      std::printf("| %.2f | %zu | %zu | %zu | %zu (speech %zu, boilerplate %zu, same story %zu) | "
                  "**%.4f** | %.4f | **%.4f** |\n",
                  tau, all, tp, partial, fp, fp_speech, fp_boiler, fp_topic, precision, strict, recall);
    }
    return std::array<double, 3>{precision, strict, recall};
  };
  std::printf("\n| min containment | reported | true positives | related below half | false "
              "positives | precision | strict precision (related below half counted false) | recall |\n"
              "|---|---:|---:|---:|---:|---:|---:|---:|\n");
  if (sweep) {
    for (double tau : {0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7}) evaluate(tau, true);
  }
  if (sweep) {
    std::printf("\nThe same with the larger passage coverage as the measure:\n\n| min coverage | "
                "reported | true positives | related below half | false positives | precision | "
                "strict precision | recall |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (double tau : {0.3, 0.4, 0.45, 0.5, 0.55, 0.6}) evaluate(tau, true, 1);
    std::printf("\nThe larger of both:\n\n| min measure | "
                "reported | true positives | related below half | false positives | precision | "
                "strict precision | recall |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (double tau : {0.4, 0.45, 0.5, 0.55}) evaluate(tau, true, 2);
  }
  if (!sweep) {
    std::printf("\n| min containment, min coverage | reported | true positives | related below "
                "half | false positives | precision | strict precision | recall |\n"
                "|---|---:|---:|---:|---:|---:|---:|---:|\n");
  }
  const std::array<double, 3> at = evaluate(thresholds.min_containment, !sweep, 0, true);

  if (std::getenv("REUSE_EVAL_SHOW_FP")) {
    int shown = 0;
    for (auto& [k, r] : reported) {
      if (!Passes(r, thresholds) || truth.shared_words.count(k)) continue;
      if (shown++ >= 3) break;
      uint32_t x = static_cast<uint32_t>(k >> 32), y = static_cast<uint32_t>(k & 0xFFFFFFFF);
      std::printf("\nFALSE POSITIVE %.3f %s / %s\n--- A (%s)\n%s\n--- B (%s)\n%s\n", r.max_containment,
                  docs[x].id.c_str(), docs[y].id.c_str(), corpus.docs[x].recipe.c_str(),
                  docs[x].text.substr(0, 1500).c_str(), corpus.docs[y].recipe.c_str(),
                  docs[y].text.substr(0, 1500).c_str());
    }
  }
  // Recall by kind of positive, and what candidate generation found.
  std::map<std::string, std::array<size_t, 5>> kinds;  // positives, found, band, fingerprints, either
  size_t missed_candidates = 0;
  for (auto& [k, w] : truth.shared_words) {
    if (!IsPositive(truth, k)) continue;
    uint32_t x = static_cast<uint32_t>(k >> 32), y = static_cast<uint32_t>(k & 0xFFFFFFFF);
    auto& row = kinds[PairKind(corpus, x, y)];
    ++row[0];
    auto r = reported.find(k);
    if (r != reported.end() && Passes(r->second, thresholds)) ++row[1];
    auto c = candidates.find(k);
    if (c != candidates.end()) {
      const ReuseCandidate& cand = c->second;
      size_t smaller = std::min(index.signature(x).fingerprints.size(),
                                index.signature(y).fingerprints.size());
      bool fp_ok = cand.shared_fingerprints >= static_cast<uint32_t>(thresholds.min_shared_fingerprints) &&
                   cand.shared_fingerprints >= thresholds.min_fingerprint_share * static_cast<double>(smaller);
      row[2] += cand.band_match;
      row[3] += fp_ok;
      row[4] += cand.band_match || fp_ok;
      if (!(cand.band_match || fp_ok)) ++missed_candidates;
    } else {
      ++missed_candidates;
    }
  }
  std::printf("\n| positives by kind | pairs | recall | candidates: MinHash LSH | winnowed "
              "fingerprints | either |\n|---|---:|---:|---:|---:|---:|\n");
  std::array<size_t, 5> total{};
  for (auto& [kind, row] : kinds) {
    for (int i = 0; i < 5; ++i) total[i] += row[i];
    auto share = [&](size_t v) { return static_cast<double>(v) / static_cast<double>(row[0]); };
    std::printf("| %s | %zu | %.3f | %.3f | %.3f | %.3f |\n", kind.c_str(), row[0], share(row[1]),
                share(row[2]), share(row[3]), share(row[4]));
  }
  auto tshare = [&](size_t v) { return static_cast<double>(v) / static_cast<double>(total[0]); };
  std::printf("| **all** | %zu | %.3f | %.3f | %.3f | %.3f |\n", total[0], tshare(total[1]),
              tshare(total[2]), tshare(total[3]), tshare(total[4]));

  // Direction and credit on reported true pairs of an original and its copy.
  size_t dir_known = 0, dir_right = 0, dir_unknown = 0, credit_right = 0, credit_total = 0;
  for (auto& [k, r] : reported) {
    if (!Passes(r, thresholds) || !IsPositive(truth, k)) continue;
    uint32_t x = static_cast<uint32_t>(k >> 32), y = static_cast<uint32_t>(k & 0xFFFFFFFF);
    const GenDoc& a = corpus.docs[x];
    const GenDoc& b = corpus.docs[y];
    if (a.time == b.time) continue;
    if (r.direction == ReuseDirection::kUnknown) {
      ++dir_unknown;
    } else {
      ++dir_known;
      bool a_first = a.time < b.time;
      dir_right += (r.direction == ReuseDirection::kAToB) == a_first;
    }
    const GenDoc& later = a.time < b.time ? b : a;
    const uint32_t earlier = a.time < b.time ? x : y;
    if (later.copied_from == static_cast<int32_t>(earlier) && r.direction != ReuseDirection::kUnknown) {
      ++credit_total;
      credit_right += later.credits_origin == r.credited;
      if (later.credits_origin != r.credited && std::getenv("REUSE_EVAL_SHOW_CREDIT")) {
        const uint32_t l = a.time < b.time ? y : x;
        std::printf("CREDIT truth %d found %d (%s, %s): earlier %s (%s) later %s credits %zu text tail: %s\n",
                    later.credits_origin, r.credited, later.recipe.c_str(),
                    later.published ? later.published->c_str() : "-", docs[earlier].id.c_str(),
                    docs[earlier].outlet->c_str(), docs[l].id.c_str(), docs[l].credits.size(),
                    docs[l].text.substr(docs[l].text.size() > 300 ? docs[l].text.size() - 300 : 0).c_str());
      }
    }
  }
  std::printf("\ndirection: %zu ordered, %.4f right; %zu unknown (no date, or the same day "
              "without times)\ncredit (copy and its origin): %zu pairs, %.4f right\n",
              dir_known, dir_known ? static_cast<double>(dir_right) / static_cast<double>(dir_known) : 0,
              dir_unknown, credit_total,
              credit_total ? static_cast<double>(credit_right) / static_cast<double>(credit_total) : 0);
  std::printf("candidate misses among positives: %zu\n", missed_candidates);
  std::printf("at min containment %.2f or min coverage %.2f: precision %.4f, strict precision "
              "%.4f, recall %.4f\n",
              thresholds.min_containment, thresholds.min_coverage, at[0], at[1], at[2]);
  if (at[0] < min_precision || at[1] < min_strict_precision || at[2] < min_recall) {
    std::printf("FAIL: below the thresholds (precision %.4f, strict %.4f, recall %.4f)\n",
                min_precision, min_strict_precision, min_recall);
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace vigie::bench

int main(int argc, char** argv) { return vigie::bench::Run(argc, argv); }
