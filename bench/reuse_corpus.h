// Synthetic reuse corpora for bench/reuse_eval.cc (the evaluation set) and
// bench/reuse_bench.cc (the million-article run), built deterministically
// from the licensed texts in shared/data:
//   - the main texts of the 826 pages of the article-extraction benchmark
//     (MIT) and trafilatura's evaluation set (Apache-2.0), extracted as
//     `vigie extract` does (eval_common.h);
//   - the sentences of the UD French treebanks (Sequoia LGPL-LR, GSD CC
//     BY-SA 4.0), grouped by their source document;
//   - the French novels of the aads corpus (MIT), cut into article-sized
//     chunks.
// Header-only because each bench/*.cc is its own executable.
#ifndef VIGIE_BENCH_REUSE_CORPUS_H_
#define VIGIE_BENCH_REUSE_CORPUS_H_

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/strings.h"
#include "eval_common.h"
#include "reuse_babbler.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "vigie/document.h"

namespace vigie::bench::reuse_corpus {

using bench::Rng;

// A source text: paragraphs of sentences.
struct SourceText {
  std::string name;
  std::vector<std::vector<std::string>> paragraphs;
  size_t Words() const {
    size_t n = 0;
    for (const auto& p : paragraphs) {
      for (const auto& s : p) n += static_cast<size_t>(std::count(s.begin(), s.end(), ' ')) + 1;
    }
    return n;
  }
};

inline size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

// The sentences of one paragraph of text.
inline std::vector<std::string> Sentences(std::string_view paragraph, text::Tokenizer* tokenizer) {
  std::vector<text::Token> tokens;
  tokenizer->Tokenize(paragraph, &tokens);
  std::vector<std::string> out;
  for (const text::Sentence& s : text::SplitSentences(paragraph, tokens)) {
    size_t b = tokens[s.token_begin].byte_start, e = tokens[s.token_end - 1].byte_end;
    std::string sentence = CollapseWhitespace(paragraph.substr(b, e - b));
    if (!sentence.empty()) out.push_back(std::move(sentence));
  }
  return out;
}

// Regroups a run of sentences into paragraphs of 2 to 5 sentences.
inline void AddAsParagraphs(const std::vector<std::string>& sentences, Rng* rng, SourceText* out) {
  size_t i = 0;
  while (i < sentences.size()) {
    size_t take = std::min<size_t>(sentences.size() - i, static_cast<size_t>(rng->Between(2, 5)));
    out->paragraphs.emplace_back(sentences.begin() + static_cast<long>(i),
                                 sentences.begin() + static_cast<long>(i + take));
    i += take;
  }
}

// Extracted main texts of the HTML pages of both extraction corpora.
inline std::vector<SourceText> LoadPages(text::Tokenizer* tokenizer) {
  std::vector<SourceText> out;
  pipeline::ArticleProcessor processor = MakeExtractionProcessor();
  for (const char* dir : {VIGIE_SHARED_DATA_DIR "/article-extraction-benchmark/html",
                          VIGIE_SHARED_DATA_DIR "/trafilatura-eval/html"}) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      std::optional<std::string> text = ExtractHtmlFile(processor, path);
      if (!text) continue;
      SourceText src;
      src.name = path.filename().string();
      size_t pos = 0;
      while (pos <= text->size()) {
        size_t end = text->find("\n\n", pos);
        if (end == std::string::npos) end = text->size();
        std::vector<std::string> s = Sentences(std::string_view(*text).substr(pos, end - pos), tokenizer);
        if (!s.empty()) src.paragraphs.push_back(std::move(s));
        pos = end + 2;
      }
      if (!src.paragraphs.empty()) out.push_back(std::move(src));
    }
  }
  return out;
}

// UD sentences grouped by source document: Sequoia by its sent_id prefix,
// GSD by runs of 12 consecutive sentences.
inline std::vector<SourceText> LoadUd(Rng* rng) {
  std::vector<SourceText> out;
  for (const char* file : {"sequoia/fr_sequoia-ud-train.conllu", "sequoia/fr_sequoia-ud-dev.conllu",
                           "sequoia/fr_sequoia-ud-test.conllu", "gsd/fr_gsd-ud-dev.conllu",
                           "gsd/fr_gsd-ud-test.conllu"}) {
    std::string data;
    if (!ReadWholeFile(std::string(VIGIE_SHARED_DATA_DIR "/ud-french/") + file, &data)) continue;
    const bool gsd = std::string_view(file).substr(0, 3) == "gsd";
    std::string group, prev_group;
    std::vector<std::string> sentences;
    int count = 0;
    auto flush = [&] {
      if (sentences.empty()) return;
      SourceText src;
      src.name = std::string(file) + ":" + prev_group;
      AddAsParagraphs(sentences, rng, &src);
      out.push_back(std::move(src));
      sentences.clear();
    };
    for (std::string_view line : SplitLines(data)) {
      if (line.substr(0, 12) == "# sent_id = ") {
        std::string id(line.substr(12));
        if (gsd) {
          group = std::to_string(count++ / 12);
        } else {
          size_t cut = id.find_last_of("_.");
          group = cut == std::string::npos ? id : id.substr(0, cut);
        }
        if (group != prev_group) flush();
        prev_group = group;
      } else if (line.substr(0, 9) == "# text = ") {
        sentences.emplace_back(line.substr(9));
      }
    }
    flush();
  }
  return out;
}

// The aads novels as runs of sentences, one per novel.
inline std::vector<std::vector<std::string>> LoadNovels(text::Tokenizer* tokenizer) {
  std::vector<std::vector<std::string>> out;
  std::string data;
  if (!ReadWholeFile(VIGIE_SHARED_DATA_DIR "/aads-french/aggregated_corpus.json", &data)) return out;
  nlohmann::json j = nlohmann::json::parse(data, nullptr, false);
  if (!j.is_object()) return out;
  std::vector<std::string> names;
  for (auto it = j.begin(); it != j.end(); ++it) names.push_back(it.key());
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    const nlohmann::json& v = j[name];
    if (!v.contains("text") || !v["text"].is_string()) continue;
    std::string text = v["text"].get<std::string>();
    std::vector<std::string> sentences;
    for (std::string_view para : SplitLines(text)) {
      for (std::string& s : Sentences(para, tokenizer)) sentences.push_back(std::move(s));
    }
    out.push_back(std::move(sentences));
  }
  return out;
}

// Where a stretch of generated text comes from. Original material has
// source >= 0 (the original's number) and the sentence's index in it;
// boilerplate and quoted speeches have their own kinds and never count as
// shared material.
enum class SegmentKind : uint8_t { kOriginal, kFresh, kBoilerplate, kSpeech, kCredit };

struct Segment {
  std::string text;
  SegmentKind kind = SegmentKind::kFresh;
  int32_t source = -1;
  int32_t sentence = -1;
};

struct Paragraph {
  std::vector<Segment> segments;
};

struct GenDoc {
  std::string id;
  std::vector<Paragraph> paragraphs;
  int outlet = 0;
  int64_t time = 0;  // the true publication time, seconds since the epoch
  std::optional<std::string> published, fetched;
  std::vector<Credit> credits;
  // For copies: the article copied, the recipe, whether the copy credits it.
  int32_t copied_from = -1;
  std::string recipe = "original";
  bool credits_origin = false;
  std::vector<int32_t> pasted;  // compilations: the articles pasted

  std::string Text() const {
    std::string out;
    for (const Paragraph& p : paragraphs) {
      std::string para;
      for (const Segment& s : p.segments) {
        if (!para.empty()) para.push_back(' ');
        para += s.text;
      }
      if (para.empty()) continue;
      if (!out.empty()) out += "\n\n";
      out += para;
    }
    return out;
  }
  size_t Words() const {
    size_t n = 0;
    for (const Paragraph& p : paragraphs) {
      for (const Segment& s : p.segments) n += CountWords(s.text);
    }
    return n;
  }
  // Words of its own material (original or fresh), without boilerplate,
  // quoted speeches and credit lines.
  size_t MaterialWords() const {
    size_t n = 0;
    for (const Paragraph& p : paragraphs) {
      for (const Segment& s : p.segments) {
        if (s.kind == SegmentKind::kOriginal || s.kind == SegmentKind::kFresh) n += CountWords(s.text);
      }
    }
    return n;
  }
};

// ---------------------------------------------------------------------------
// Outlets, boilerplate, fresh text: what copies are dressed with.

struct Outlet {
  std::string name, domain, footer;
};

inline std::vector<Outlet> MakeOutlets(int count, Rng* rng) {
  static const char* kFirst[] = {"La Gazette", "Le Courrier", "L'Écho", "Le Réveil", "La Voix",
                                 "Le Journal", "L'Observateur", "La Tribune", "Le Veilleur",
                                 "Info", "Le Regard", "La Lettre", "Le Point de vue", "Réseau",
                                 "Le Signal", "L'Horizon"};
  static const char* kSecond[] = {"du Nord", "libre", "des Alpes", "de l'Est", "citoyenne",
                                  "indépendant", "international", "du Sud", "alternative",
                                  "de la Loire", "du peuple", "Express", "Matin", "Hebdo",
                                  "de Genève", "Atlantique"};
  static const char* kFooter[] = {
      "Retrouvez {} sur Telegram et sur X pour ne rien manquer de l'actualité du jour.",
      "Soutenez {} : notre journal ne vit que grâce aux dons de ses lecteurs, sans publicité.",
      "Les articles de {} peuvent être reproduits librement à condition de citer la source.",
      "Abonnez-vous à la lettre quotidienne de {} pour recevoir nos informations chaque matin.",
  };
  std::vector<Outlet> out;
  for (int i = 0; i < count; ++i) {
    Outlet o;
    o.name = std::string(kFirst[i % 16]) + " " + kSecond[(i * 7 + i / 16) % 16];
    std::string slug;
    for (char c : o.name) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        slug.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      } else if (!slug.empty() && slug.back() != '-') {
        slug.push_back('-');
      }
    }
    o.domain = slug + std::to_string(i) + ".example";
    std::string f = kFooter[rng->Below(4)];
    o.footer = f.replace(f.find("{}"), 2, o.name);
    out.push_back(std::move(o));
  }
  return out;
}

// Boilerplate-like sentences that independent articles share.
inline const std::vector<std::string>& GenericBoilerplate() {
  static const std::vector<std::string> kLines = {
      "Les opinions exprimées dans cet article n'engagent que leur auteur et ne reflètent pas "
      "nécessairement celles de la rédaction.",
      "Pour ne rien manquer de notre actualité, suivez-nous sur les réseaux sociaux et "
      "inscrivez-vous à notre lettre d'information gratuite.",
      "Cet article est en accès libre grâce au soutien de nos lecteurs ; si vous le pouvez, "
      "faites un don pour nous aider à continuer.",
      "Nous avons contacté les personnes mentionnées dans cet article, qui n'ont pas répondu à "
      "nos sollicitations au moment de la publication.",
      "Avec l'agence France-Presse et les correspondants de notre rédaction sur place, mis à jour "
      "dans la journée au fil des informations.",
      "The views expressed in this article are the author's own and do not necessarily reflect "
      "the editorial policy of this website.",
  };
  return kLines;
}

// Sentences used once each, for new material (ledes, added paragraphs,
// frames, compilation headers, the prose around quoted speeches).
class FreshPool {
 public:
  void Add(std::string sentence) { sentences_.push_back(std::move(sentence)); }
  size_t size() const { return sentences_.size(); }
  // The next unused sentence; after a full round, with a round number
  // appended so that it is still new.
  std::string Next() {
    if (sentences_.empty()) return "Texte.";
    std::string s = sentences_[next_ % sentences_.size()];
    if (next_ >= sentences_.size()) s += " (" + std::to_string(next_ / sentences_.size()) + ")";
    ++next_;
    return s;
  }
  // A fresh sentence as a segment: its number makes it material of its
  // own, which copies of the article share.
  Segment NextSegment() {
    int32_t number = static_cast<int32_t>(next_);
    return Segment{Next(), SegmentKind::kFresh, -1, number};
  }
  Paragraph NextParagraph(Rng* rng, int min_sentences, int max_sentences) {
    Paragraph p;
    int n = rng->Between(min_sentences, max_sentences);
    for (int i = 0; i < n; ++i) p.segments.push_back(NextSegment());
    return p;
  }

 private:
  std::vector<std::string> sentences_;
  size_t next_ = 0;
};

// ---------------------------------------------------------------------------
// Edits a copy undergoes.

class Editor {
 public:
  Editor(Rng* rng, FreshPool* fresh, const std::vector<std::string>* vocabulary)
      : rng_(rng), fresh_(fresh), vocabulary_(vocabulary) {}

  // Keeps the first `keep` share of paragraphs (at least one).
  void TrimTail(GenDoc* d, double keep) {
    size_t n = std::max<size_t>(1, static_cast<size_t>(static_cast<double>(d->paragraphs.size()) * keep + 0.5));
    if (n < d->paragraphs.size()) d->paragraphs.resize(n);
  }
  // Drops one or two paragraphs from the middle.
  void DropMiddle(GenDoc* d) {
    int drops = rng_->Between(1, 2);
    for (int i = 0; i < drops && d->paragraphs.size() > 3; ++i) {
      size_t k = 1 + rng_->Below(d->paragraphs.size() - 2);
      d->paragraphs.erase(d->paragraphs.begin() + static_cast<long>(k));
    }
  }
  // Swaps a few pairs of paragraphs, or moves the last one first.
  void Reorder(GenDoc* d) {
    if (d->paragraphs.size() < 3) return;
    if (rng_->Chance(0.3)) {
      std::rotate(d->paragraphs.rbegin(), d->paragraphs.rbegin() + 1, d->paragraphs.rend());
      return;
    }
    int swaps = rng_->Between(1, 3);
    for (int i = 0; i < swaps; ++i) {
      size_t x = rng_->Below(d->paragraphs.size()), y = rng_->Below(d->paragraphs.size());
      std::swap(d->paragraphs[x], d->paragraphs[y]);
    }
  }
  // Joins adjacent paragraphs and splits long ones: the words stay.
  void Rewrap(GenDoc* d) {
    std::vector<Paragraph> out;
    for (Paragraph& p : d->paragraphs) {
      if (!out.empty() && rng_->Chance(0.35)) {
        for (Segment& s : p.segments) out.back().segments.push_back(std::move(s));
      } else if (p.segments.size() >= 4 && rng_->Chance(0.5)) {
        size_t cut = p.segments.size() / 2;
        Paragraph a, b;
        a.segments.assign(p.segments.begin(), p.segments.begin() + static_cast<long>(cut));
        b.segments.assign(p.segments.begin() + static_cast<long>(cut), p.segments.end());
        out.push_back(std::move(a));
        out.push_back(std::move(b));
      } else {
        out.push_back(std::move(p));
      }
    }
    d->paragraphs = std::move(out);
  }
  // A new lede instead of the first paragraph (the headline rewritten).
  void NewLede(GenDoc* d) {
    if (d->paragraphs.size() > 1) d->paragraphs.erase(d->paragraphs.begin());
    d->paragraphs.insert(d->paragraphs.begin(), fresh_->NextParagraph(rng_, 1, 2));
  }
  void AddParagraphs(GenDoc* d) {
    int n = rng_->Between(1, 2);
    for (int i = 0; i < n; ++i) {
      size_t at = rng_->Below(d->paragraphs.size() + 1);
      d->paragraphs.insert(d->paragraphs.begin() + static_cast<long>(at),
                           fresh_->NextParagraph(rng_, 2, 4));
    }
  }
  // A different page around the text: an introduction and a footer.
  void Frame(GenDoc* d) {
    d->paragraphs.insert(d->paragraphs.begin(), fresh_->NextParagraph(rng_, 1, 2));
    d->paragraphs.push_back(fresh_->NextParagraph(rng_, 1, 3));
  }
  // Substitutes, deletes or inserts words at `rate` per word.
  void WordEdits(GenDoc* d, double rate) {
    for (Paragraph& p : d->paragraphs) {
      for (Segment& s : p.segments) {
        if (s.kind != SegmentKind::kOriginal) continue;
        std::string out;
        size_t pos = 0;
        while (pos < s.text.size()) {
          size_t end = s.text.find(' ', pos);
          if (end == std::string::npos) end = s.text.size();
          std::string_view word(s.text.data() + pos, end - pos);
          auto put = [&](std::string_view w) {
            if (!out.empty()) out.push_back(' ');
            out.append(w);
          };
          if (rng_->Chance(rate)) {
            uint64_t op = rng_->Below(4);
            if (op <= 1) {
              put((*vocabulary_)[rng_->Below(vocabulary_->size())]);
            } else if (op == 2) {
              // deleted
            } else {
              put(word);
              put((*vocabulary_)[rng_->Below(vocabulary_->size())]);
            }
          } else {
            put(word);
          }
          pos = end + 1;
        }
        if (!out.empty()) s.text = std::move(out);
      }
    }
  }

 private:
  Rng* rng_;
  FreshPool* fresh_;
  const std::vector<std::string>* vocabulary_;
};

// The distinct words of some sentences, in order of first appearance.
inline std::vector<std::string> Vocabulary(const std::vector<std::string>& sentences, size_t limit) {
  std::vector<std::string> out;
  std::unordered_map<std::string, bool> seen;
  for (const std::string& s : sentences) {
    size_t pos = 0;
    while (pos < s.size() && out.size() < limit) {
      size_t end = s.find(' ', pos);
      if (end == std::string::npos) end = s.size();
      std::string w = s.substr(pos, end - pos);
      if (!w.empty() && seen.emplace(w, true).second) out.push_back(w);
      pos = end + 1;
    }
  }
  return out;
}

// "2024-03-05T10:20:30Z" and friends, from seconds since the epoch.
inline std::string FormatTime(int64_t t, int style) {
  int64_t days = t / 86400, secs = t % 86400;
  // civil_from_days (Howard Hinnant)
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(days - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[64];
  if (style == 1) {
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  } else {
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", static_cast<long long>(y),
                  m, d, static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                  static_cast<long long>(secs % 60));
  }
  return buf;
}

}  // namespace vigie::bench::reuse_corpus

#endif  // VIGIE_BENCH_REUSE_CORPUS_H_
