// Which match key makes word forms meet in search: measured on the word
// forms of the UD French treebanks (every shared/data/ud-french/*/*.conllu,
// FORM, LEMMA, UPOS and FEATS columns).
//
// Three keys are compared, all with the French Snowball stemmer:
//   stem-then-fold  fold(stem(lower(word))): Snowball sees the accents it
//                   was written for, the accents are stripped afterwards;
//   fold-then-stem  stem(fold(word)): accents and case are stripped first,
//                   Snowball stems the bare letters;
//   MatchKey        text::MatchKey: fold-then-stem, with the folded feminine
//                   endings -ee(s) and -iere(s) turned into their masculine
//                   -e(s) and -ier(s) before Snowball (src/text/stemmer.cc).
// fold = lower case, accents stripped, œ -> oe, æ -> ae.
//
// Three figures per key, over distinct word types (lower-cased):
//   accents     pairs (accented form, the same form without accents), one per
//               form that has an accent ("réfugiés", "refugies"): share with
//               the same key. A reader types either; search must find both.
//   number      pairs of NOUN or ADJ forms of one lemma whose FEATS differ in
//               Number only ("munition", "munitions"): share with the same key.
//   gender      the same for Gender only ("déplacé", "déplacée").
// and, against over-merging, the share of distinct NOUN/ADJ/VERB lemmas
// whose key (the key of the lemma itself) is also the key of another lemma.
//
// Usage: vigie_eval_match_key [--data DIR] [--min-accents X] [--min-inflections X]
// The thresholds apply to MatchKey; inflections means
// number and gender pairs together. Exit status 1 below a threshold, 2 on bad
// usage or unreadable data.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/strings.h"
#include "eval_common.h"
#include "text/normalize.h"
#include "text/stemmer.h"

namespace {

// Case folding (NFC) and case-and-accent folding with the text normaliser,
// as MatchKey folds.
std::string FoldCase(std::string_view word) {
  static const vigie::text::Normalizer normalizer(vigie::text::kFoldCase);
  return normalizer.Fold(word);
}
std::string FoldCaseAndAccents(std::string_view word) {
  static const vigie::text::Normalizer normalizer(vigie::text::kFoldCase |
                                                  vigie::text::kFoldAccents);
  return normalizer.Fold(word);
}

using vigie::text::Stemmer;
using vigie::text::StemmerLanguage;

struct Word {
  std::string form;  // lower case
  std::string lemma;
  std::string upos;
  std::string gender;  // "" when FEATS has none
  std::string number;
};

std::string Feature(std::string_view feats, std::string_view name) {
  for (size_t start = 0; start < feats.size();) {
    size_t bar = feats.find('|', start);
    if (bar == std::string_view::npos) bar = feats.size();
    std::string_view kv = feats.substr(start, bar - start);
    if (kv.size() > name.size() && kv.substr(0, name.size()) == name && kv[name.size()] == '=')
      return std::string(kv.substr(name.size() + 1));
    start = bar + 1;
  }
  return "";
}

// The syntactic words of every file (multiword tokens skipped: their
// parts carry the lemmas), distinct.
std::vector<Word> ReadWords(const std::vector<std::filesystem::path>& files) {
  std::vector<Word> words;
  std::set<std::vector<std::string>> seen;
  for (const auto& path : files) {
    std::string data;
    if (!vigie::bench::ReadWholeFile(path, &data)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      std::exit(2);
    }
    for (std::string_view line : vigie::SplitLines(data)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string_view> cols;
      for (size_t start = 0; cols.size() < 6;) {
        size_t tab = line.find('\t', start);
        cols.push_back(line.substr(start, tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
      if (cols.size() < 6 || cols[0].find_first_of("-.") != std::string_view::npos) continue;
      Word w{FoldCase(cols[1]), std::string(cols[2]), std::string(cols[3]),
             Feature(cols[5], "Gender"), Feature(cols[5], "Number")};
      if (seen.insert({w.form, w.lemma, w.upos, w.gender, w.number}).second)
        words.push_back(std::move(w));
    }
  }
  return words;
}

struct Share {
  long same = 0, total = 0;
  double Value() const { return total ? static_cast<double>(same) / total : 0; }
};

enum class KeyKind { kStemThenFold, kFoldThenStem, kMatchKey };

class Key {
 public:
  explicit Key(KeyKind kind) : kind_(kind), stemmer_(StemmerLanguage::kFrench) {}
  std::string operator()(std::string_view word) {
    switch (kind_) {
      case KeyKind::kStemThenFold:
        return FoldCaseAndAccents(stemmer_.Stem(FoldCase(word)));
      case KeyKind::kFoldThenStem:
        return std::string(stemmer_.Stem(FoldCaseAndAccents(word)));
      case KeyKind::kMatchKey:
        break;
    }
    return vigie::text::MatchKey(word, &stemmer_);
  }

 private:
  KeyKind kind_;
  Stemmer stemmer_;
};

struct Figures {
  Share accents, number, gender, collisions;
};

Figures Measure(const std::vector<Word>& words, Key& key) {
  Figures f;
  std::set<std::string> accented;
  for (const Word& w : words) {
    std::string bare = FoldCaseAndAccents(w.form);
    if (bare == w.form || !accented.insert(w.form).second) continue;
    // Ligatures alone are not accents.
    std::string lig = w.form;
    for (size_t at; (at = lig.find("\u0153")) != std::string::npos;) lig.replace(at, 2, "oe");
    for (size_t at; (at = lig.find("\u00E6")) != std::string::npos;) lig.replace(at, 2, "ae");
    if (lig == bare) continue;
    ++f.accents.total;
    f.accents.same += key(w.form) == key(bare);
  }
  // Forms of one (lemma, UPOS), NOUN and ADJ.
  std::map<std::pair<std::string, std::string>, std::vector<const Word*>> by_lemma;
  for (const Word& w : words)
    if (w.upos == "NOUN" || w.upos == "ADJ") by_lemma[{w.lemma, w.upos}].push_back(&w);
  std::set<std::string> counted;
  for (const auto& [lemma, forms] : by_lemma) {
    for (size_t i = 0; i < forms.size(); ++i) {
      for (size_t j = i + 1; j < forms.size(); ++j) {
        const Word& a = *forms[i];
        const Word& b = *forms[j];
        if (a.form == b.form) continue;
        bool number =
            a.gender == b.gender && !a.number.empty() && !b.number.empty() && a.number != b.number;
        bool gender =
            a.number == b.number && !a.gender.empty() && !b.gender.empty() && a.gender != b.gender;
        if (!number && !gender) continue;
        auto pair = std::minmax(a.form, b.form);
        if (!counted.insert(pair.first + "\t" + pair.second + (number ? "\tn" : "\tg")).second)
          continue;
        Share& s = number ? f.number : f.gender;
        ++s.total;
        s.same += key(a.form) == key(b.form);
      }
    }
  }
  std::map<std::string, std::set<std::string>> lemmas_by_key;
  for (const Word& w : words) {
    if (w.upos != "NOUN" && w.upos != "ADJ" && w.upos != "VERB") continue;
    std::string lemma = FoldCase(w.lemma);
    lemmas_by_key[key(lemma)].insert(lemma);
  }
  for (const auto& [k, lemmas] : lemmas_by_key) {
    f.collisions.total += static_cast<long>(lemmas.size());
    if (lemmas.size() > 1) f.collisions.same += static_cast<long>(lemmas.size());
  }
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path dir = VIGIE_SHARED_DATA_DIR "/ud-french";
  double min_accents = -1, min_inflections = -1;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      dir = argv[++i];
    } else if (a == "--min-accents" && i + 1 < argc) {
      min_accents = std::atof(argv[++i]);
    } else if (a == "--min-inflections" && i + 1 < argc) {
      min_inflections = std::atof(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: %s [--data DIR] [--min-accents X] [--min-inflections X]\n",
                   argv[0]);
      return 2;
    }
  }
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec))
    if (entry.path().extension() == ".conllu") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::fprintf(stderr, "no .conllu file under %s\n", dir.c_str());
    return 2;
  }
  std::vector<Word> words = ReadWords(files);
  std::printf("%zu files, %zu distinct (form, lemma, UPOS, gender, number)\n", files.size(),
              words.size());
  std::printf("%-16s %16s %16s %16s %18s\n", "key", "accents", "number", "gender",
              "lemma collisions");
  int rc = 0;
  for (KeyKind kind : {KeyKind::kStemThenFold, KeyKind::kFoldThenStem, KeyKind::kMatchKey}) {
    Key key(kind);
    Figures f = Measure(words, key);
    std::printf("%-16s %7.4f (%6ld) %7.4f (%6ld) %7.4f (%6ld) %9.4f (%6ld)\n",
                kind == KeyKind::kStemThenFold   ? "stem-then-fold"
                : kind == KeyKind::kFoldThenStem ? "fold-then-stem"
                                                 : "MatchKey",
                f.accents.Value(), f.accents.total, f.number.Value(), f.number.total,
                f.gender.Value(), f.gender.total, f.collisions.Value(), f.collisions.total);
    if (kind != KeyKind::kMatchKey) continue;
    Share inflections{f.number.same + f.gender.same, f.number.total + f.gender.total};
    std::printf("MatchKey: number and gender pairs together %.4f (%ld)\n", inflections.Value(),
                inflections.total);
    if (min_accents >= 0 && f.accents.Value() < min_accents) {
      std::fprintf(stderr, "accent agreement %.4f is below %.4f\n", f.accents.Value(), min_accents);
      rc = 1;
    }
    if (min_inflections >= 0 && inflections.Value() < min_inflections) {
      std::fprintf(stderr, "inflection agreement %.4f is below %.4f\n", inflections.Value(),
                   min_inflections);
      rc = 1;
    }
  }
  return rc;
}
