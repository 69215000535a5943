// French text for the reuse tests and benchmarks: a deterministic
// generator, and a first-order Markov chain over the words of real
// sentences (the UD French treebanks, the aads novels in shared/data), so
// that independent articles share common 3-grams and 6-grams as news does
// ("de la France", "a déclaré le ministre"). Used by bench/reuse_bench.cc
// and src/reuse/reuse_differential_test.cc. Header-only, as every bench/
// helper (each bench/*.cc is its own executable).
#ifndef VIGIE_BENCH_REUSE_BABBLER_H_
#define VIGIE_BENCH_REUSE_BABBLER_H_

#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vigie/reuse.h"

namespace vigie::bench {

// SplitMix64: the same stream on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n). REQUIRES: n > 0.
  uint64_t Below(uint64_t n) { return Next() % n; }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo + 1)));
  }
  double Unit() { return static_cast<double>(Next() >> 11) / 9007199254740992.0; }
  bool Chance(double p) { return Unit() < p; }

 private:
  uint64_t state_;
};

class Babbler {
 public:
  // Learns the word transitions of one sentence (words split on spaces).
  void AddSentence(std::string_view s) {
    int prev = -1;
    size_t pos = 0;
    while (pos < s.size()) {
      size_t end = s.find(' ', pos);
      if (end == std::string_view::npos) end = s.size();
      if (end > pos) {
        const int id = Id(std::string(s.substr(pos, end - pos)));
        if (prev < 0) {
          starts_.push_back(id);
        } else {
          next_[prev].push_back(id);
        }
        prev = id;
      }
      pos = end + 1;
    }
  }
  // The sentences ("# text = " lines) of a CoNLL-U file; false when unread.
  bool AddConllu(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    bool any = false;
    while (std::getline(in, line)) {
      if (line.rfind("# text = ", 0) != 0) continue;
      AddSentence(std::string_view(line).substr(9));
      any = true;
    }
    return any;
  }
  // Appends a sentence of at most 36 words. REQUIRES: !empty().
  void Sentence(Rng* rng, std::string* out) const {
    int w = starts_[rng->Below(starts_.size())];
    out->append(words_[w]);
    for (int i = 0; i < 35 && !next_[w].empty(); ++i) {
      w = next_[w][rng->Below(next_[w].size())];
      out->push_back(' ');
      out->append(words_[w]);
    }
  }
  std::string Sentence(Rng* rng) const {
    std::string s;
    Sentence(rng, &s);
    return s;
  }
  const std::string& RandomWord(Rng* rng) const { return words_[rng->Below(words_.size())]; }
  size_t words() const { return words_.size(); }
  bool empty() const { return starts_.empty(); }

 private:
  int Id(std::string w) {
    auto [it, added] = ids_.emplace(std::move(w), static_cast<int>(words_.size()));
    if (added) {
      words_.push_back(it->first);
      next_.emplace_back();
    }
    return it->second;
  }
  std::unordered_map<std::string, int> ids_;
  std::vector<std::string> words_;
  std::vector<std::vector<int>> next_;
  std::vector<int> starts_;
};

// The texts of a generated corpus, in memory, for the matcher.
class VectorSource : public TextSource {
 public:
  explicit VectorSource(const std::vector<std::string>* t) : t_(t) {}
  Result<std::string> Text(uint32_t doc) const override { return (*t_)[doc]; }

 private:
  const std::vector<std::string>* t_;
};

}  // namespace vigie::bench

#endif  // VIGIE_BENCH_REUSE_BABBLER_H_
