// PhraseMatcher: design notes.
//
// The problem. The analysis layers look for thousands of phrases at once:
// actor labels with their inflections ("terroristes modérés", "groupuscules
// armés"), gazetteer names, speech cues, technique cues; users add their own
// lexicons. Looking each one up in turn costs the lexicon's size per
// position; the matcher must cost one pass over the text whatever the
// number of phrases.
//
// Folding. Phrases are folded with the normaliser the text was folded with
// (lower case, no accents, ASCII apostrophes, dashes and spaces), so a
// lexicon entry "États-Unis" finds "ETATS–UNIS" and "Etats-Unis". Several
// phrases folding to one form share a pattern and are all reported. Whole
// words only: a phrase that begins (ends) with a letter or digit must not
// follow (precede) one; a phrase that begins with punctuation ("« ") is not
// constrained there.
//
// Two engines. The first version compiled every pattern with Hyperscan as
// pure literals (hs_compile_lit_multi, block mode; start = end - length,
// cheaper than asking for start-of-match; case-sensitive over folded text,
// as Hyperscan folds ASCII only) and checked word boundaries in the match
// callback. On news text with a realistic lexicon it is slow where it
// matters: Hyperscan reports every occurrence, inside words too, and about
// 300 ns go to each report (its confirm and delivery, then the callback);
// with 10,000 phrases of which many are short names, a megabyte of the
// fr_news conflict corpus gives 102,000 reports for 48,000 whole-word
// matches. Since every phrase worth a lexicon begins with a word, the
// default engine (kTable, word_prefix_table.h) works on words instead: at
// every word start of the text it hashes the word, and the word after it,
// and looks the two keys up in a table of the phrases' first one or two
// words, behind three bit-set filters (one-word keys, first words of
// two-word keys, two-word keys; 8 KB each, cache-resident) that pass most
// words after one look-up; candidates are confirmed with memcmp and the end
// boundary. Its cost is per word, not per report, and it builds in
// milliseconds where Hyperscan takes a third of a second. Phrases that begin
// with punctuation still go to Hyperscan. Both engines give the same
// matches (phrase_matcher_test.cc checks them against each other and against
// the obvious search on random phrases and texts); kHyperscan stays for that
// and for the benchmark.
//
// Measured (bench/phrase_matcher_bench.cc, 10,000 phrases, one core of a
// loaded 2-core machine, medians of 5, CPU time; doc/benchmarks.md has the
// table): realistic lexicon (the analysis lexicons, gazetteer names, entity
// mentions) over French news-like text 203 MB/s (Hyperscan 72 in the same
// run), over the conflict corpus, one match every 25 bytes, 131 MB/s
// (Hyperscan 61); sparse lexicon 199-241 MB/s (Hyperscan 239-311: its
// literal automaton is hard to beat when nothing matches); dense, one match
// every 20 bytes, 48 MB/s (Hyperscan 47-79). Build: 12 ms (Hyperscan 257
// ms). What made the table fast: word characters from an SSE2 bitmap, not
// decoded byte by byte; the filters keyed by a one-load fingerprint (the
// word's first 8 bytes and its length), so that the XXH3 key is computed
// only for the words they let through. The filters' size was tried at
// 2^16, 2^17 and 2^18 bits: no difference above the noise, so the
// smallest; 8-byte slots instead of 16 made none either.
//
// Scratch. Hyperscan needs a scratch region per concurrent scan; a pool
// behind a mutex hands them out, cloning one when all are in use, so a
// matcher shared by every worker thread allocates once per thread. The
// table needs none.
#include "analyse/phrase_matcher.h"

#include <hs/hs.h>

#include <algorithm>
#include <mutex>
#include <unordered_map>

#include "analyse/word_prefix_table.h"
#include "common/utf8.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace vigie::analyse {

namespace {

// The folded form of a phrase: runs of white space as one space, trimmed.
std::string FoldPhrase(const text::Normalizer& normalizer, std::string_view phrase) {
  std::string folded = normalizer.Fold(phrase);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (char c : folded) {
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

char32_t FirstCodePoint(std::string_view s) {
  size_t pos = 0;
  return DecodeUtf8(s, &pos);
}

// The code point that ends at byte `end` of `s`. REQUIRES: end > 0.
char32_t CodePointBefore(std::string_view s, size_t end) {
  size_t pos = end - 1;
  while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return DecodeUtf8(s, &pos);
}

struct Pattern {
  uint32_t length = 0;
  bool word_start = false;  // begins with a letter or digit
  bool word_end = false;    // ends with one
  std::vector<uint32_t> phrases;
};

}  // namespace

struct PhraseMatcher::Impl {
  ~Impl() {
    for (hs_scratch_t* s : free_scratch) hs_free_scratch(s);
    if (database != nullptr) hs_free_database(database);
  }

  hs_scratch_t* Acquire() const {
    std::lock_guard lock(mu);
    if (!free_scratch.empty()) {
      hs_scratch_t* s = free_scratch.back();
      free_scratch.pop_back();
      return s;
    }
    hs_scratch_t* s = nullptr;
    if (hs_alloc_scratch(database, &s) != HS_SUCCESS) return nullptr;
    return s;
  }
  void Release(hs_scratch_t* s) const {
    std::lock_guard lock(mu);
    free_scratch.push_back(s);
  }

  size_t phrases = 0;
  std::vector<Pattern> patterns;
  internal::WordPrefixTable table;     // the phrases that begin with a word
  std::vector<uint32_t> table_pattern;  // table literal -> pattern
  std::vector<uint32_t> hs_pattern;     // the others, compiled by Hyperscan
  hs_database_t* database = nullptr;
  mutable std::mutex mu;
  mutable std::vector<hs_scratch_t*> free_scratch;
};

PhraseMatcher::PhraseMatcher() = default;
PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

size_t PhraseMatcher::size() const { return impl_ ? impl_->phrases : 0; }

Result<PhraseMatcher> PhraseMatcher::Build(const std::vector<std::string>& phrases,
                                           Engine engine) {
  auto impl = std::make_unique<Impl>();
  impl->phrases = phrases.size();
  const text::Normalizer normalizer;
  std::unordered_map<std::string, uint32_t> pattern_of;
  std::vector<std::string> literals;
  for (size_t i = 0; i < phrases.size(); ++i) {
    std::string folded = FoldPhrase(normalizer, phrases[i]);
    if (folded.empty()) {
      return Status::InvalidArgument("phrase " + std::to_string(i) + " is empty once folded");
    }
    auto [it, inserted] = pattern_of.emplace(folded, static_cast<uint32_t>(literals.size()));
    if (inserted) {
      Pattern p;
      p.length = static_cast<uint32_t>(folded.size());
      p.word_start = text::IsWordChar(FirstCodePoint(folded));
      p.word_end = text::IsWordChar(CodePointBefore(folded, folded.size()));
      impl->patterns.push_back(std::move(p));
      literals.push_back(std::move(folded));
    }
    impl->patterns[it->second].phrases.push_back(static_cast<uint32_t>(i));
  }
  // Phrases that begin with a word go to the table, the others (« ", "-t-il")
  // to Hyperscan.
  std::vector<std::string> table_literals, hs_literals;
  std::vector<bool> table_word_end;
  for (size_t i = 0; i < literals.size(); ++i) {
    if (impl->patterns[i].word_start && engine == Engine::kTable) {
      impl->table_pattern.push_back(static_cast<uint32_t>(i));
      table_literals.push_back(literals[i]);
      table_word_end.push_back(impl->patterns[i].word_end);
    } else {
      impl->hs_pattern.push_back(static_cast<uint32_t>(i));
      hs_literals.push_back(literals[i]);
    }
  }
  impl->table.Build(table_literals, table_word_end);
  PhraseMatcher matcher;
  if (!hs_literals.empty()) {
    std::vector<const char*> expressions;
    std::vector<size_t> lengths;
    std::vector<unsigned> flags(hs_literals.size(), 0), ids;
    for (size_t i = 0; i < hs_literals.size(); ++i) {
      expressions.push_back(hs_literals[i].data());
      lengths.push_back(hs_literals[i].size());
      ids.push_back(impl->hs_pattern[i]);
    }
    hs_compile_error_t* error = nullptr;
    if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                             static_cast<unsigned>(hs_literals.size()), HS_MODE_BLOCK, nullptr,
                             &impl->database, &error) != HS_SUCCESS) {
      std::string message = error != nullptr && error->message ? error->message : "unknown";
      hs_free_compile_error(error);
      return Status::InvalidArgument("cannot compile the phrases: " + message);
    }
    hs_scratch_t* first = impl->Acquire();
    if (first == nullptr) return Status::ResourceExhausted("cannot allocate Hyperscan scratch space");
    impl->Release(first);
  }
  matcher.impl_ = std::move(impl);
  return matcher;
}

namespace {

struct ScanContext {
  std::string_view text;
  const std::vector<Pattern>* patterns;
  std::vector<PhraseMatch>* out;
};

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to,
            unsigned int /*flags*/, void* context) {
  auto* c = static_cast<ScanContext*>(context);
  const Pattern& p = (*c->patterns)[id];
  size_t end = static_cast<size_t>(to);
  size_t begin = end - p.length;
  if (p.word_start && begin > 0 && text::IsWordChar(CodePointBefore(c->text, begin))) return 0;
  if (p.word_end && end < c->text.size()) {
    size_t pos = end;
    if (text::IsWordChar(DecodeUtf8(c->text, &pos))) return 0;
  }
  for (uint32_t phrase : p.phrases) c->out->push_back(PhraseMatch{phrase, begin, end});
  return 0;  // go on scanning
}

}  // namespace

void PhraseMatcher::Scan(std::string_view folded, std::vector<PhraseMatch>* out) const {
  if (!impl_ || folded.empty()) return;
  const size_t first = out->size();
  impl_->table.Scan(folded, [&](uint32_t t, size_t begin, size_t end) {
    for (uint32_t phrase : impl_->patterns[impl_->table_pattern[t]].phrases) {
      out->push_back(PhraseMatch{phrase, begin, end});
    }
  });
  if (impl_->database != nullptr) {
    hs_scratch_t* scratch = impl_->Acquire();
    if (scratch != nullptr) {
      ScanContext context{folded, &impl_->patterns, out};
      // Hyperscan scans at most 4 GiB at once; folded documents are far smaller.
      hs_scan(impl_->database, folded.data(), static_cast<unsigned int>(folded.size()), 0,
              scratch, OnMatch, &context);
      impl_->Release(scratch);
    }
  }
  // The table reports by begin, Hyperscan by end: ordered here by end, then
  // phrase (the table's order is nearly that already).
  auto by_end = [](const PhraseMatch& a, const PhraseMatch& b) {
    return a.end != b.end ? a.end < b.end : a.phrase < b.phrase;
  };
  // Insertion sort: linear on nearly sorted matches.
  for (size_t i = first + 1; i < out->size(); ++i) {
    if (!by_end((*out)[i], (*out)[i - 1])) continue;
    PhraseMatch m = (*out)[i];
    size_t j = i;
    for (; j > first && by_end(m, (*out)[j - 1]); --j) (*out)[j] = (*out)[j - 1];
    (*out)[j] = m;
  }
}

std::vector<PhraseMatch> LongestLeftmost(std::vector<PhraseMatch> matches) {
  std::sort(matches.begin(), matches.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.phrase < b.phrase;
  });
  std::vector<PhraseMatch> out;
  for (const PhraseMatch& m : matches) {
    if (!out.empty() && m.begin < out.back().end) continue;
    out.push_back(m);
  }
  return out;
}

}  // namespace vigie::analyse
