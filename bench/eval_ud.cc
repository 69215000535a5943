// Tokenization and sentence-splitting quality on the UD French treebanks
// (shared/data/ud-french: Sequoia test and GSD test, CoNLL-U).
//
// The document. Each treebank file has no document markers, so its
// sentences are joined into one document, in file order, from their
// `# text =` lines separated by one space. A space rather than a newline:
// with newlines every gold boundary would be a line break and the splitter's
// line rule would find them for free; running text is the hard and realistic
// case (a news paragraph). The gold sentence boundaries are the end offsets
// of every sentence but the last (the end of the document is not a decision).
//
// Gold tokens. The surface tokens are the words of each sentence, with a
// multiword token (`au` = `à le`, line `3-4`) counted once as its surface
// form and its parts skipped; empty nodes (`8.1`) are skipped. Each form is
// found in the sentence text after the previous one (skipping white space),
// which gives its span in code points; a form that cannot be aligned there
// (a handful of treebank typos) is found by search from the cursor.
//
// Scores. A predicted token matches when its span equals a gold token span
// exactly; precision = matched / predicted, recall = matched / gold, F1 their
// harmonic mean. A predicted boundary is the end of a predicted sentence
// (again, all but the last); it matches a gold boundary with the same end
// offset. Both are micro-averaged over the treebank.
//
// Layout. Many gold sentences have no final punctuation: headings, list
// items and table cells of the source documents (Sequoia's medical leaflets
// and regional news), which stood on lines of their own there. Joined by a
// space they cannot be told from the next sentence by any reader. With
// `--join layout`, a sentence that does not end with a terminal (. ! ? …,
// possibly followed by a closing quote) is followed by a line break instead
// of a space, restoring the line the source had; sentences that end as prose
// still run on. `--join space` (the default) is the strict running-text case.
//
// Lemmas. With the Lefff lexicon (--lefff FILE, else $VIGIE_LEFFF or the
// path scripts/setup installs it to; skipped with a note when there is none),
// each gold surface token is given to text::Lemmatizer alone, as the
// tokenizer would emit it, and its lemma (the token itself when the lexicon
// has none, as callers do) is compared with the gold LEMMA. Gold tokens, not
// predicted ones, so that the figure measures the lemmatizer only.
// Multiword tokens (`au` = `à le`, `du`, `des` = `de les`, `auquel`) are
// skipped: their gold lemma is split over their parts, while a surface
// look-up gives one lemma per token (the Lefff's `du` is the partitive
// determiner), so no comparison is fair; they are 3 % of the tokens and
// their count is printed. Three figures: accuracy over all other tokens;
// accuracy over the tokens the lexicon knows; coverage, the share of tokens
// with a letter (words, not numbers or punctuation) that the lexicon knows.
//
// Usage: vigie_eval_ud [--data DIR] [--min-token-f1 X] [--min-sentence-f1 X]
//                      [--worst N] [--join space|layout] [--files F,...]
//                      [--lefff FILE] [--min-lemma-accuracy X] [--lemma-errors N]
// DIR is the ud-french folder; the files default to sequoia/fr_sequoia-ud-test
// and gsd/fr_gsd-ud-test. Exit status 1 when any treebank's F1 or lemma
// accuracy is below a threshold, 2 on bad usage or unreadable data (or a
// lemma threshold without a lexicon).
#include <utf8proc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/strings.h"
#include "common/utf8.h"
#include "eval_common.h"
#include "text/lemmatizer.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

using Span = std::pair<int64_t, int64_t>;

struct GoldSentence {
  std::string text;
  std::vector<std::string> forms;
  std::vector<std::string> lemmas;  // per form; empty for a multiword token
  int64_t start = 0;  // in the document, code points
  int64_t end = 0;
  std::vector<Span> tokens;  // in the document
  int misaligned = 0;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream ss(line);
  while (std::getline(ss, cur, '\t')) out.push_back(cur);
  return out;
}

std::vector<GoldSentence> ReadConllu(const std::string& data) {
  std::vector<GoldSentence> out;
  GoldSentence cur;
  bool in = false;
  long skip_until = 0;
  for (std::string_view raw : vigie::SplitLines(data)) {
    std::string line(raw);
    if (line.empty()) {
      if (in) out.push_back(std::move(cur));
      cur = GoldSentence();
      in = false;
      skip_until = 0;
      continue;
    }
    if (line.rfind("# text = ", 0) == 0) {
      cur.text = line.substr(9);
      in = true;
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> cols = SplitTabs(line);
    if (cols.size() < 2) continue;
    const std::string& id = cols[0];
    if (id.find('.') != std::string::npos) continue;
    size_t dash = id.find('-');
    if (dash != std::string::npos) {
      skip_until = std::atol(id.c_str() + dash + 1);
      cur.forms.push_back(cols[1]);
      cur.lemmas.emplace_back();
      continue;
    }
    if (std::atol(id.c_str()) <= skip_until) continue;
    cur.forms.push_back(cols[1]);
    cur.lemmas.push_back(cols.size() > 2 ? cols[2] : "");
  }
  if (in) out.push_back(std::move(cur));
  return out;
}

// True when `text` ends as running prose does: a terminal, possibly
// followed by a closing quote.
bool EndsWithTerminal(std::string_view text) {
  for (std::string_view end : {".", "!", "?", "\u2026", "\u00BB", "\"", "\u201D"})
    if (vigie::EndsWith(text, end)) return true;
  return false;
}

// Builds the document and the gold spans. `layout`: a sentence that does not
// end with a terminal is followed by a line break instead of a space.
std::string BuildDocument(std::vector<GoldSentence>* sentences, bool layout) {
  std::string doc;
  int64_t offset = 0;
  const GoldSentence* prev = nullptr;
  for (GoldSentence& s : *sentences) {
    if (prev != nullptr) {
      doc.push_back(layout && !EndsWithTerminal(prev->text) ? '\n' : ' ');
      ++offset;
    }
    prev = &s;
    s.start = offset;
    size_t byte = 0;  // cursor in s.text
    for (const std::string& form : s.forms) {
      while (byte < s.text.size() && s.text[byte] == ' ') ++byte;
      size_t at = s.text.compare(byte, form.size(), form) == 0 ? byte : s.text.find(form, byte);
      if (at == std::string::npos) {
        ++s.misaligned;
        continue;
      }
      if (at != byte) ++s.misaligned;
      int64_t a = offset + vigie::CodePointCount(std::string_view(s.text).substr(0, at));
      int64_t b = a + vigie::CodePointCount(form);
      s.tokens.emplace_back(a, b);
      byte = at + form.size();
    }
    doc += s.text;
    offset += vigie::CodePointCount(s.text);
    s.end = offset;
  }
  return doc;
}

struct Prf {
  long tp = 0, predicted = 0, gold = 0;
  double P() const { return predicted ? static_cast<double>(tp) / predicted : 0; }
  double R() const { return gold ? static_cast<double>(tp) / gold : 0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

struct SentenceErrors {
  size_t index = 0;
  std::vector<std::string> missed;  // gold tokens not predicted
  std::vector<std::string> extra;   // predicted tokens not in gold
  int boundary = 0;                 // boundary errors at or inside this sentence
  size_t Count() const { return missed.size() + extra.size() + boundary; }
};

struct LemmaScore {
  long tokens = 0, correct = 0;        // surface tokens but multiword ones
  long words = 0;                      // of which with a letter
  long known = 0, known_correct = 0;   // of which the lexicon knows
  long multiword = 0;                  // skipped
  double Accuracy() const { return tokens ? static_cast<double>(correct) / tokens : 0; }
  double KnownAccuracy() const { return known ? static_cast<double>(known_correct) / known : 0; }
  double Coverage() const { return words ? static_cast<double>(known) / words : 0; }
};

struct Result {
  Prf tokens, boundaries;
  int misaligned = 0;
  size_t sentences = 0;
  LemmaScore lemmas;
};

bool HasLetter(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    char32_t cp = vigie::DecodeUtf8(s, &pos);
    int c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) return true;
  }
  return false;
}

LemmaScore EvaluateLemmas(const std::string& name, const std::vector<GoldSentence>& gold,
                          const vigie::text::Lemmatizer& lexicon, int errors) {
  LemmaScore score;
  std::map<std::string, int> wrong;  // "form -> predicted (gold)"
  for (const GoldSentence& s : gold) {
    for (size_t i = 0; i < s.forms.size(); ++i) {
      const std::string& form = s.forms[i];
      const std::string& lemma = s.lemmas[i];
      if (lemma.empty()) {
        ++score.multiword;
        continue;
      }
      std::optional<std::string_view> found = lexicon.Lemma(form);
      std::string_view predicted = found.value_or(form);
      bool ok = predicted == lemma;
      ++score.tokens;
      score.correct += ok;
      score.words += HasLetter(form);
      if (found.has_value()) {
        ++score.known;
        score.known_correct += ok;
      }
      if (!ok && errors > 0)
        ++wrong[form + " -> " + std::string(predicted) + " (gold " + lemma + ")"];
    }
  }
  if (errors > 0) {
    std::vector<std::pair<int, std::string>> sorted;
    for (const auto& [what, n] : wrong) sorted.emplace_back(-n, what);
    std::sort(sorted.begin(), sorted.end());
    std::printf("\n%s: most frequent lemma errors\n", name.c_str());
    for (int i = 0; i < errors && i < static_cast<int>(sorted.size()); ++i)
      std::printf("  %4d  %s\n", -sorted[i].first, sorted[i].second.c_str());
  }
  return score;
}

std::string Slice(const std::string& doc, Span s) {
  return std::string(vigie::CodePointSubstr(doc, s.first, s.second));
}

Result Evaluate(const std::string& name, const std::string& data, bool layout, int worst,
                const vigie::text::Lemmatizer* lexicon, int lemma_errors) {
  std::vector<GoldSentence> gold = ReadConllu(data);
  std::string doc = BuildDocument(&gold, layout);
  vigie::text::Tokenizer tokenizer;
  std::vector<vigie::text::Token> tokens;
  tokenizer.Tokenize(doc, &tokens);
  std::vector<vigie::text::Sentence> sentences = vigie::text::SplitSentences(doc, tokens);

  Result r;
  r.sentences = gold.size();
  std::set<Span> gold_tokens, pred_tokens;
  std::set<int64_t> gold_ends, pred_ends;
  for (size_t i = 0; i < gold.size(); ++i) {
    for (Span s : gold[i].tokens) gold_tokens.insert(s);
    if (i + 1 < gold.size()) gold_ends.insert(gold[i].end);
    r.misaligned += gold[i].misaligned;
  }
  for (const auto& t : tokens) pred_tokens.insert({t.start, t.end});
  for (size_t i = 0; i + 1 < sentences.size(); ++i) pred_ends.insert(sentences[i].end);
  r.tokens.gold = gold_tokens.size();
  r.tokens.predicted = pred_tokens.size();
  for (Span s : pred_tokens) r.tokens.tp += gold_tokens.count(s);
  r.boundaries.gold = gold_ends.size();
  r.boundaries.predicted = pred_ends.size();
  for (int64_t e : pred_ends) r.boundaries.tp += gold_ends.count(e);
  if (lexicon != nullptr) r.lemmas = EvaluateLemmas(name, gold, *lexicon, lemma_errors);

  if (worst > 0) {
    std::vector<SentenceErrors> errors(gold.size());
    size_t g = 0;
    auto sentence_of = [&](int64_t offset) {
      while (g + 1 < gold.size() && gold[g].end < offset) ++g;
      return g;
    };
    for (Span s : gold_tokens)
      if (!pred_tokens.count(s)) errors[sentence_of(s.first)].missed.push_back(Slice(doc, s));
    g = 0;
    for (Span s : pred_tokens)
      if (!gold_tokens.count(s)) errors[sentence_of(s.first)].extra.push_back(Slice(doc, s));
    g = 0;
    for (int64_t e : gold_ends)
      if (!pred_ends.count(e)) ++errors[sentence_of(e)].boundary;
    g = 0;
    for (int64_t e : pred_ends)
      if (!gold_ends.count(e)) ++errors[sentence_of(e)].boundary;
    for (size_t i = 0; i < errors.size(); ++i) errors[i].index = i;
    std::stable_sort(errors.begin(), errors.end(),
                     [](const SentenceErrors& a, const SentenceErrors& b) {
                       return a.Count() > b.Count();
                     });
    for (int i = 0; i < worst && i < static_cast<int>(errors.size()); ++i) {
      const SentenceErrors& e = errors[i];
      if (e.Count() == 0) break;
      std::printf("\n%s sentence %zu: %zu errors (boundary %d)\n  %s\n", name.c_str(), e.index,
                  e.Count(), e.boundary, gold[e.index].text.c_str());
      for (const std::string& s : e.missed) std::printf("  missed: [%s]\n", s.c_str());
      for (const std::string& s : e.extra) std::printf("  extra:  [%s]\n", s.c_str());
    }
  }
  return r;
}

struct Args {
  std::filesystem::path dir = VIGIE_SHARED_DATA_DIR "/ud-french";
  double min_token_f1 = -1;
  double min_sentence_f1 = -1;
  int worst = 0;
  bool layout = false;
  std::string lefff;  // empty: the default path, if it exists
  double min_lemma_accuracy = -1;
  int lemma_errors = 0;
  std::vector<std::string> files = {"sequoia/fr_sequoia-ud-test.conllu",
                                    "gsd/fr_gsd-ud-test.conllu"};
};

bool ParseArgs(int argc, char** argv, Args* args) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      args->dir = argv[++i];
    } else if (a == "--min-token-f1" && i + 1 < argc) {
      args->min_token_f1 = std::atof(argv[++i]);
    } else if (a == "--min-sentence-f1" && i + 1 < argc) {
      args->min_sentence_f1 = std::atof(argv[++i]);
    } else if (a == "--join" && i + 1 < argc) {
      std::string mode = argv[++i];
      if (mode != "space" && mode != "layout") return false;
      args->layout = mode == "layout";
    } else if (a == "--lefff" && i + 1 < argc) {
      args->lefff = argv[++i];
    } else if (a == "--min-lemma-accuracy" && i + 1 < argc) {
      args->min_lemma_accuracy = std::atof(argv[++i]);
    } else if (a == "--lemma-errors" && i + 1 < argc) {
      args->lemma_errors = std::atoi(argv[++i]);
    } else if (a == "--worst" && i + 1 < argc) {
      args->worst = std::atoi(argv[++i]);
    } else if (a == "--files" && i + 1 < argc) {
      args->files.clear();
      std::stringstream ss(argv[++i]);
      std::string f;
      while (std::getline(ss, f, ',')) args->files.push_back(f);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::fprintf(stderr,
                 "usage: %s [--data DIR] [--min-token-f1 X] [--min-sentence-f1 X] [--worst N] "
                 "[--join space|layout] [--files F,...] [--lefff FILE] "
                 "[--min-lemma-accuracy X] [--lemma-errors N]\n",
                 argv[0]);
    return 2;
  }
  std::unique_ptr<vigie::text::Lemmatizer> lexicon;
  {
    std::string path = args.lefff.empty() ? vigie::text::DefaultLefffPath() : args.lefff;
    auto start = std::chrono::steady_clock::now();
    vigie::Result<std::unique_ptr<vigie::text::Lemmatizer>> loaded =
        vigie::text::Lemmatizer::Load(path);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                          start).count();
    if (loaded.ok()) {
      lexicon = std::move(loaded).value();
      const auto& st = lexicon->stats();
      std::fprintf(stderr,
                   "lemmas: %s: %zu lines (%zu malformed, %zu ignored), %zu forms, %.1f MB, "
                   "loaded in %.0f ms\n",
                   path.c_str(), st.lines, st.malformed, st.ignored, st.forms,
                   lexicon->MemoryBytes() / 1e6, ms);
    } else if (!args.lefff.empty() || args.min_lemma_accuracy >= 0) {
      std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
      return 2;
    } else {
      std::fprintf(stderr, "lemmas: skipped (%s)\n", loaded.status().message().c_str());
    }
  }
  int rc = 0;
  std::printf("%-36s %9s %9s %9s %9s %9s %9s %6s %5s", "treebank", "tok P", "tok R", "tok F1",
              "sent P", "sent R", "sent F1", "sents", "misal");
  if (lexicon) std::printf(" %9s %9s %9s %5s", "lemma acc", "known acc", "coverage", "mwt");
  std::printf("\n");
  for (const std::string& file : args.files) {
    std::string data;
    if (!vigie::bench::ReadWholeFile(args.dir / file, &data)) {
      std::fprintf(stderr, "cannot read %s\n", (args.dir / file).c_str());
      return 2;
    }
    Result r = Evaluate(file, data, args.layout, args.worst, lexicon.get(), args.lemma_errors);
    std::printf("%-36s %9.4f %9.4f %9.4f %9.4f %9.4f %9.4f %6zu %5d", file.c_str(),
                r.tokens.P(), r.tokens.R(), r.tokens.F(), r.boundaries.P(), r.boundaries.R(),
                r.boundaries.F(), r.sentences, r.misaligned);
    if (lexicon) {
      std::printf(" %9.4f %9.4f %9.4f %5ld", r.lemmas.Accuracy(), r.lemmas.KnownAccuracy(),
                  r.lemmas.Coverage(), r.lemmas.multiword);
    }
    std::printf("\n");
    if (lexicon && args.min_lemma_accuracy >= 0 &&
        r.lemmas.Accuracy() < args.min_lemma_accuracy) {
      std::fprintf(stderr, "%s: lemma accuracy %.4f is below %.4f\n", file.c_str(),
                   r.lemmas.Accuracy(), args.min_lemma_accuracy);
      rc = 1;
    }
    if (args.min_token_f1 >= 0 && r.tokens.F() < args.min_token_f1) {
      std::fprintf(stderr, "%s: token F1 %.4f is below %.4f\n", file.c_str(), r.tokens.F(),
                   args.min_token_f1);
      rc = 1;
    }
    if (args.min_sentence_f1 >= 0 && r.boundaries.F() < args.min_sentence_f1) {
      std::fprintf(stderr, "%s: sentence F1 %.4f is below %.4f\n", file.c_str(),
                   r.boundaries.F(), args.min_sentence_f1);
      rc = 1;
    }
  }
  return rc;
}
