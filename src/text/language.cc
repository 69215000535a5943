// Language identification with fastText's lid.176.ftz.
//
// The model averages the embeddings of the words and character 2..4-grams of
// one line and puts a softmax over 176 languages on top. It reads a line:
// fastText stops at the first '\n', so a document is flattened into one line
// (newlines, tabs and Unicode spaces become ASCII spaces) before prediction.
//
// Sample size. The prediction is an average, so after a few hundred words it
// no longer moves, while its cost grows with the sample (fastText hashes
// every character n-gram of every word it has not seen in training). On the
// 826 pages of shared/data (Vigie's extracted text, 17 languages), the
// language of a prefix agrees with that of the whole text on 707 of the 709
// texts longer than 1,000 bytes, 597 of 598 longer than 2,000 and 467 of 468
// longer than 3,000 (the one left mixes English and Japanese); a 2,000-byte
// prefix costs about 60 % of a 4,000-byte one. So the sample is the first
// 2,000 bytes, cut on a code-point boundary so that the model never sees a
// broken character, which also bounds the cost of a 50 MB document.
//
// Too little text. Under a dozen letters (a date line, "Oui.", a price) the
// model still answers, with a confidence that means nothing; such text gets
// no language. Letters are counted with Unicode categories (L*), so digits,
// punctuation, dashes and symbols (©, —) do not count while accented Latin,
// Cyrillic, Arabic or CJK letters do.
//
// Capitals. The model learnt from mixed-case sentences and reads an
// all-capitals headline poorly ("LE GOUVERNEMENT ANNONCE UNE HAUSSE DES
// PRIX" scores 0.29 French, 0.98 once lower-cased), while lower-casing
// ordinary text barely moves its scores (0.962 vs 0.964 on a French
// paragraph). So a sample whose letters are mostly capitals is lower-cased;
// other text is left as written.
//
// The confidence is the model's softmax probability, reported as is: pure
// paragraphs of a major language score above 0.9, mixed text lower; callers
// that want a threshold set their own.
//
// Speed. fastText's predictLine turns every word of the line into its rows
// of the model (the word's own when the dictionary knows it, then one per
// character 2- to 4-gram, each hashed and looked up in the pruned model's
// std::unordered_map): 60 % of the identifier's time, and a third of
// `vigie ingest --no-analyse`, went there, for words that come back again
// and again. Each thread keeps the rows of the words it has seen (the same
// rows, in the same order, as Dictionary::getLine; lid.176 has no word
// n-grams) and calls FastText::predict with them: identical predictions,
// the identifier 2.3 times faster on the store benchmark's corpus.
// A word the cache has not seen costs its character n-grams, and fastText
// looks each one up twice (count, then at) in the std::unordered_map of the
// pruned model, half of the language identifier's time on a fresh corpus.
// The identifier reads that map once at load into a flat table by hash
// bucket (8 MB for lid.176's 2 million buckets) and computes the n-grams
// itself: the same rows, in the same order (language_test.cc compares them
// with Dictionary::computeSubwords word by word).
//
// Paragraphs. IdentifyParagraphs asks the model about every paragraph
// (blank-line separated) and reports runs of consecutive paragraphs in one
// language, so that a blog page pasting an English article under a French
// one says where each is. A short paragraph is a poor sample ("Source :
// Reuters", a caption, a name list), so a paragraph is told on its own only
// from 30 letters and a score of 0.8; the others join the run around them
// (at a switch of language, the next run's when their own guess agrees).
// Chosen on bench/eval_language.cc, whose documents are French, English,
// French and English pasted together, and French with one English
// paragraph of any length inside. Exact runs over all its documents: 0.956
// at 20 letters and 0.5, 0.964 at 40 and 0.5, 0.961 at 60, 0.964 at 80
// (which makes every pasted article exact but merges English paragraphs
// under 80 letters into French: 0.76 of those documents exact), 0.974 at
// 30 and 0.6, 0.977 at 30 and 0.8; 25 to 35 letters and 0.6 to 0.8 stay
// within 0.964-0.977. Paragraph accuracy is in doc/benchmarks.md.
#include "text/language.h"

#include <fasttext/dictionary.h>
#include <fasttext/fasttext.h>
#include <utf8proc.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <unordered_map>
#include <vector>

#include "common/open_addressing.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "text/paragraphs.h"

namespace vigie::text {
namespace {

constexpr size_t kMaxSampleBytes = 2000;
constexpr size_t kMinLetters = 12;
// A paragraph is told on its own from this many letters and this score up
// (chosen on bench/eval_language.cc; see the notes above).
constexpr size_t kMinParagraphLetters = 30;
constexpr double kMinParagraphConfidence = 0.8;
// A paragraph's sample: its first 400 bytes (60 words or so). The runs of
// bench/eval_language.cc are the same with 250, 400, 600 and 2,000 bytes,
// and 400 takes a third off the cost of reading every paragraph of long
// articles.
constexpr size_t kMaxParagraphSampleBytes = 400;
constexpr std::string_view kLabelPrefix = "__label__";
// The word cache of a thread is emptied past this many rows (16 MiB).
constexpr size_t kMaxCachedRows = size_t{4} << 20;

// fastText keeps the pruned model's map from hash bucket to row protected;
// a pointer to the member, formed in a derived class, reads it.
struct DictionaryInternals : fasttext::Dictionary {
  static const std::unordered_map<int32_t, int32_t>& PruneIndex(const fasttext::Dictionary& d) {
    return d.*(&DictionaryInternals::pruneidx_);
  }
  static int64_t PruneIndexSize(const fasttext::Dictionary& d) {
    return d.*(&DictionaryInternals::pruneidx_size_);
  }
};

}  // namespace

// The rows of a word's character n-grams (Dictionary::computeSubwords of the
// model's dictionary), with the pruned model's map as a flat table.
class SubwordRows {
 public:
  SubwordRows(const fasttext::Dictionary& dict, const fasttext::Args& args)
      : minn_(args.minn), maxn_(args.maxn), bucket_(args.bucket > 0 ? args.bucket : 0) {
    const int64_t pruned = DictionaryInternals::PruneIndexSize(dict);
    const int32_t nwords = dict.nwords();
    if (pruned == 0 || bucket_ == 0) {
      bucket_ = 0;  // no n-gram rows at all
    } else if (pruned < 0) {
      unpruned_offset_ = nwords;  // every bucket has its row
    } else {
      rows_.assign(static_cast<size_t>(bucket_), -1);
      for (const auto& [from, to] : DictionaryInternals::PruneIndex(dict)) {
        if (from >= 0 && from < bucket_) rows_[static_cast<size_t>(from)] = nwords + to;
      }
    }
  }

  // Appends the rows of the n-grams of `word` ("<" word ">"): every run of
  // minn..maxn characters (UTF-8 sequences, not bytes), except single
  // characters at either end, hashed with 32-bit FNV-1a over the bytes
  // (each sign-extended, as fastText does) into a bucket.
  void Append(std::string_view word, std::vector<int32_t>* out) const {
    if (bucket_ == 0) return;
    const size_t size = word.size();
    for (size_t i = 0; i < size; ++i) {
      if (IsContinuation(word[i])) continue;
      uint32_t hash = 2166136261u;
      size_t j = i;
      for (int n = 1; j < size && n <= maxn_; ++n) {
        do {
          hash = (hash ^ static_cast<uint32_t>(static_cast<int8_t>(word[j]))) * 16777619u;
          ++j;
        } while (j < size && IsContinuation(word[j]));
        if (n < minn_ || (n == 1 && (i == 0 || j == size))) continue;
        const auto b = static_cast<int32_t>(hash % static_cast<uint32_t>(bucket_));
        if (unpruned_offset_ >= 0) {
          out->push_back(unpruned_offset_ + b);
        } else if (int32_t row = rows_[static_cast<size_t>(b)]; row >= 0) {
          out->push_back(row);
        }
      }
    }
  }

 private:
  static bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

  int minn_, maxn_;
  int32_t bucket_;
  int32_t unpruned_offset_ = -1;
  std::vector<int32_t> rows_;  // by bucket; -1: pruned away
};

namespace {

// The model's input rows of each word a thread has read, for one model at a
// time (`model`: LanguageIdentifier::serial_, never reused, where an address
// could be). An open-addressing table of slots (hash, the word's bytes in
// `words`, its rows [begin, end) in `rows`): a hit costs the slot and the
// word's bytes, where a node-based map of strings cost four or five cache
// misses.
class WordRows {
 public:
  static uint64_t Hash(std::string_view word) {
    const uint64_t hash = XXH3_64bits(word.data(), word.size());
    return hash != 0 ? hash : 1;  // 0 marks an empty slot
  }
  // Before the words of a line: the cache starts over for another model,
  // or when full.
  void Start(uint64_t serial) {
    if (model_ != serial || rows_.size() > kMaxCachedRows) Reset(serial);
  }
  void Prefetch(uint64_t hash) const { __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]); }
  // Appends the rows of `word` (whose Hash is `hash`) to `out`, as
  // Dictionary::getLine does for a word of a line: its own row when the
  // dictionary knows it, then those of its character n-grams ("</s>", the
  // end of the line, has only its own). REQUIRES: Start was called.
  void Append(const fasttext::Dictionary& dict, const SubwordRows& subwords, std::string_view word,
              uint64_t hash, std::vector<int32_t>* out) {
    size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    for (; slots_[i].hash != 0; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.hash == hash && slot.word_size == word.size() &&
          std::string_view(words_).substr(slot.word, slot.word_size) == word) {
        out->insert(out->end(), rows_.begin() + slot.begin, rows_.begin() + slot.end);
        return;
      }
    }
    std::string key(word);
    const auto begin = static_cast<uint32_t>(rows_.size());
    int32_t id = dict.getId(key);
    if (id >= 0) rows_.push_back(id);
    if (key != fasttext::Dictionary::EOS) {
      subwords.Append(fasttext::Dictionary::BOW + key + fasttext::Dictionary::EOW, &rows_);
    }
    out->insert(out->end(), rows_.begin() + begin, rows_.end());
    if (word.size() > kMaxCachedWordBytes) {
      rows_.resize(begin);  // not cached: a pasted URL or a garbled run
      return;
    }
    slots_[i] = Slot{hash, static_cast<uint32_t>(words_.size()),
                     static_cast<uint32_t>(word.size()), begin,
                     static_cast<uint32_t>(rows_.size())};
    words_.append(word);
    if (++count_ * 2 > slots_.size()) DoubleSlots(&slots_);
  }

 private:
  struct Slot {
    uint64_t hash = 0;  // 0: empty
    uint32_t word = 0, word_size = 0;
    uint32_t begin = 0, end = 0;
  };
  static constexpr size_t kInitialSlots = size_t{1} << 14;
  static constexpr size_t kMaxCachedWordBytes = 64;

  void Reset(uint64_t serial) {
    model_ = serial;
    slots_.assign(kInitialSlots, Slot{});
    words_.clear();
    rows_.clear();
    count_ = 0;
  }

  uint64_t model_ = 0;
  std::vector<Slot> slots_;
  std::string words_;
  std::vector<int32_t> rows_;
  size_t count_ = 0;
};

// The rows fastText reads for `line` (words separated by single spaces)
// followed by a newline. Words that begin with the label prefix are labels
// to fastText, not words.
void LineRows(uint64_t serial, const fasttext::Dictionary& dict, const SubwordRows& subwords,
              std::string_view line, std::vector<int32_t>* out) {
  thread_local WordRows cache;
  thread_local std::vector<std::pair<std::string_view, uint64_t>> words;
  words.clear();
  size_t pos = 0;
  while (pos < line.size()) {
    size_t end = line.find(' ', pos);
    if (end == std::string_view::npos) end = line.size();
    std::string_view word = line.substr(pos, end - pos);
    if (!word.empty() && !StartsWith(word, kLabelPrefix)) {
      words.emplace_back(word, WordRows::Hash(word));
    }
    pos = end + 1;
  }
  cache.Start(serial);
  // Lookups wait for memory: the slots of the words kAhead ahead are asked
  // for meanwhile.
  constexpr size_t kAhead = 6;
  for (size_t i = 0; i < std::min(kAhead, words.size()); ++i) cache.Prefetch(words[i].second);
  for (size_t i = 0; i < words.size(); ++i) {
    if (i + kAhead < words.size()) cache.Prefetch(words[i + kAhead].second);
    cache.Append(dict, subwords, words[i].first, words[i].second, out);
  }
  const std::string_view eos = fasttext::Dictionary::EOS;
  cache.Append(dict, subwords, eos, WordRows::Hash(eos), out);
}

enum class LetterCase { kNone, kUpper, kOther };

// REQUIRES: cp >= 0x80 (ASCII is classified inline).
LetterCase CaseOf(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
      return LetterCase::kUpper;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return LetterCase::kOther;
    default:
      return LetterCase::kNone;
  }
}

struct Sample {
  std::string line;
  size_t letters = 0;
  size_t capitals = 0;
};

// The first `max_bytes` of `text` on one line, cut on a code-point
// boundary, with separators turned into single spaces. ASCII, most of the
// bytes of most pages, takes a fast path.
Sample MakeSample(std::string_view text, size_t max_bytes) {
  Sample sample;
  std::string& line = sample.line;
  line.reserve(std::min(text.size(), max_bytes) + 1);
  size_t pos = 0;
  while (pos < text.size() && line.size() < max_bytes) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      ++pos;
      if (b <= 0x20 || b == 0x7F) {
        if (!line.empty() && line.back() != ' ') line.push_back(' ');
        continue;
      }
      bool upper = b >= 'A' && b <= 'Z';
      sample.letters += upper || (b >= 'a' && b <= 'z');
      sample.capitals += upper;
      line.push_back(static_cast<char>(b));
      continue;
    }
    size_t next = pos;
    char32_t cp = DecodeUtf8(text, &next);
    next = std::min(next, text.size());
    if (line.size() + (next - pos) > max_bytes) break;
    if (cp < 0xA0 || IsUnicodeSpace(cp)) {  // C1 controls and Unicode spaces
      if (!line.empty() && line.back() != ' ') line.push_back(' ');
    } else {
      LetterCase c = CaseOf(cp);
      sample.letters += c != LetterCase::kNone;
      sample.capitals += c == LetterCase::kUpper;
      line.append(text.substr(pos, next - pos));
    }
    pos = next;
  }
  return sample;
}

std::string Lowercase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = DecodeUtf8(s, &pos);
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), &out);
  }
  return out;
}

// A paragraph (text/paragraphs.h) and what the model said of it.
struct Paragraph {
  size_t byte_start = 0, byte_end = 0;
  int64_t start = 0, end = 0;  // code points
  size_t letters = 0;
  std::string language;  // empty: not told on its own
  double confidence = 0;
  std::string weak;  // the model's guess when not told on its own
};

std::vector<Paragraph> SplitIntoParagraphs(std::string_view text) {
  std::vector<Paragraph> out;
  for (const ParagraphSpan& span : SplitParagraphs(text)) {
    Paragraph p;
    p.byte_start = span.byte_start;
    p.byte_end = span.byte_end;
    p.start = span.start;
    p.end = span.end;
    out.push_back(std::move(p));
  }
  return out;
}

// Paragraphs not told on their own take the language of the told
// paragraphs around them; between two runs of different languages, that of
// the next run when their own weak guess says so, else that of the
// previous one. REQUIRES: at least one paragraph is told.
void AssignUntold(std::vector<Paragraph>* paragraphs) {
  std::vector<Paragraph>& ps = *paragraphs;
  const size_t n = ps.size();
  std::vector<size_t> next_told(n + 1, n);
  for (size_t i = n; i-- > 0;) next_told[i] = ps[i].language.empty() ? next_told[i + 1] : i;
  std::string previous;
  for (size_t i = 0; i < n; ++i) {
    Paragraph& p = ps[i];
    if (!p.language.empty()) {
      previous = p.language;
      continue;
    }
    const std::string* next = next_told[i] < n ? &ps[next_told[i]].language : nullptr;
    if (previous.empty()) {
      p.language = *next;
    } else if (next != nullptr && *next != previous && p.weak == *next) {
      p.language = *next;
    } else {
      p.language = previous;
    }
    p.letters = 0;  // weighs nothing in the run's confidence
  }
}

std::vector<LanguageSpan> MergeRuns(const std::vector<Paragraph>& paragraphs) {
  std::vector<LanguageSpan> spans;
  double weighted = 0, weight = 0;
  auto close = [&] {
    if (!spans.empty()) spans.back().confidence = weight > 0 ? weighted / weight : 0;
    weighted = weight = 0;
  };
  for (const Paragraph& p : paragraphs) {
    if (spans.empty() || spans.back().language != p.language) {
      close();
      spans.push_back(LanguageSpan{p.start, p.end, p.language, 0});
    }
    spans.back().end = p.end;
    weighted += p.confidence * static_cast<double>(p.letters);
    weight += static_cast<double>(p.letters);
  }
  close();
  return spans;
}

}  // namespace

LanguageIdentifier::LanguageIdentifier() = default;
LanguageIdentifier::~LanguageIdentifier() = default;

Result<std::unique_ptr<LanguageIdentifier>> LanguageIdentifier::Load(
    const std::string& model_path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(model_path, ec)) {
    return Status::NotFound("no language model at " + model_path);
  }
  static std::atomic<uint64_t> loaded{0};
  std::unique_ptr<LanguageIdentifier> id(new LanguageIdentifier());
  id->serial_ = ++loaded;
  id->model_ = std::make_unique<fasttext::FastText>();
  try {
    id->model_->loadModel(model_path);
    id->subwords_ =
        std::make_unique<SubwordRows>(*id->model_->getDictionary(), id->model_->getArgs());
  } catch (const std::exception& e) {
    return Status::Corruption("cannot load language model " + model_path + ": " + e.what());
  }
  return id;
}

std::vector<int32_t> LanguageIdentifier::SubwordRowsOf(std::string_view word) const {
  std::vector<int32_t> rows;
  subwords_->Append(word, &rows);
  return rows;
}

std::vector<int32_t> LanguageIdentifier::ReferenceSubwordRowsOf(std::string_view word) const {
  std::vector<int32_t> rows;
  model_->getDictionary()->computeSubwords(std::string(word), rows);
  return rows;
}

LanguageGuess LanguageIdentifier::Identify(std::string_view text) const {
  size_t letters = 0;
  return IdentifySample(text, kMaxSampleBytes, &letters);
}

LanguageGuess LanguageIdentifier::IdentifySample(std::string_view text, size_t max_bytes,
                                                 size_t* letters) const {
  LanguageGuess guess;
  Sample sample = MakeSample(text, max_bytes);
  *letters = sample.letters;
  if (sample.letters < kMinLetters) return guess;
  if (sample.capitals * 2 > sample.letters) sample.line = Lowercase(sample.line);
  std::vector<int32_t> rows;
  fasttext::Predictions predictions;
  try {
    std::shared_ptr<const fasttext::Dictionary> dict = model_->getDictionary();
    LineRows(serial_, *dict, *subwords_, sample.line, &rows);
    model_->predict(1, rows, predictions, 0.0);
    if (predictions.empty()) return guess;
    std::string label = dict->getLabel(predictions[0].second);
    if (StartsWith(label, kLabelPrefix)) label.erase(0, kLabelPrefix.size());
    guess.language = std::move(label);
  } catch (const std::exception&) {
    return guess;  // fastText reports trouble by throwing; here it is "no language"
  }
  // predictLine's probability: the exponential of the log-probability.
  guess.confidence = std::exp(predictions[0].first);
  return guess;
}

std::vector<LanguageSpan> LanguageIdentifier::IdentifyParagraphs(std::string_view text) const {
  std::vector<Paragraph> paragraphs = SplitIntoParagraphs(text);
  bool any_told = false;
  for (Paragraph& p : paragraphs) {
    size_t letters = 0;
    LanguageGuess guess = IdentifySample(text.substr(p.byte_start, p.byte_end - p.byte_start),
                                         kMaxParagraphSampleBytes, &letters);
    p.letters = letters;
    if (letters >= kMinParagraphLetters && guess.confidence >= kMinParagraphConfidence) {
      p.language = std::move(guess.language);
      p.confidence = guess.confidence;
      any_told = true;
    } else {
      p.weak = std::move(guess.language);
    }
  }
  std::vector<LanguageSpan> spans;
  if (!any_told) {
    // No paragraph is long enough alone: the text as a whole may be.
    LanguageGuess whole = Identify(text);
    if (whole.language.empty() || paragraphs.empty()) return spans;
    spans.push_back(LanguageSpan{paragraphs.front().start, paragraphs.back().end,
                                 std::move(whole.language), whole.confidence});
    return spans;
  }
  AssignUntold(&paragraphs);
  return MergeRuns(paragraphs);
}

LanguageGuess DominantLanguage(const std::vector<LanguageSpan>& runs) {
  struct Total {
    std::string_view language;
    double length = 0, weighted = 0;
  };
  std::vector<Total> totals;  // a handful of languages at most
  for (const LanguageSpan& r : runs) {
    auto it = std::find_if(totals.begin(), totals.end(),
                           [&](const Total& t) { return t.language == r.language; });
    if (it == totals.end()) it = totals.insert(totals.end(), Total{r.language});
    double length = static_cast<double>(r.end - r.start);
    it->length += length;
    it->weighted += length * r.confidence;
  }
  LanguageGuess guess;
  const Total* best = nullptr;
  for (const Total& t : totals)
    if (best == nullptr || t.length > best->length) best = &t;
  if (best != nullptr && best->length > 0) {
    guess.language = std::string(best->language);
    guess.confidence = best->weighted / best->length;
  }
  return guess;
}

std::string DefaultLanguageModelPath() {
  if (const char* env = std::getenv("VIGIE_LID_MODEL"); env != nullptr && *env != '\0') {
    return env;
  }
  return VIGIE_LID_MODEL_DEFAULT;
}

}  // namespace vigie::text
