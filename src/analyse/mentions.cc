// The names that may speak, for the quotation finder: the document's
// entities (PER, ORG, LOC) and, where the NER layer found nothing, runs of
// capitalised words (the fallback: "Zakaria Malahifji", "M. Abadi", "Jeune
// Afrique"). A run's type and gender come from the title or role noun
// before it ("la préfète Fabienne Buccio" is a woman), and a short form
// takes the canonical name of the longest form with the same last word
// ("Abadi" -> "Haïdar al-Abadi").
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "analyse/quote_context.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "text/tokenizer.h"

namespace vigie::analyse::internal {

bool Context::Capitalised(size_t i) const {
  std::string_view t = text.TokenText(i);
  if (t.empty()) return false;
  size_t pos = 0;
  return text::IsUpperChar(DecodeUtf8(t, &pos));
}

void Context::Prepare() {
  const size_t n = text.tokens().size();
  classes_.resize(n);
  cue_at_.resize(n);
  cue_length_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    classes_[i] = ComputeClass(i);
    size_t length = 0;
    cue_at_[i] = text.tokens()[i].kind == text::TokenKind::kWord ? cues.Match(text, i, &length)
                                                                 : nullptr;
    cue_length_[i] = static_cast<uint8_t>(cue_at_[i] != nullptr ? length : 0);
  }
}

WordClass Context::ComputeClass(size_t i) const {
  std::string_view f = text.Folded(i);
  if (!english && f == "a") {
    std::string_view t = text.TokenText(i);
    if (t != "a") return WordClass::kPreposition;  // "à", "À", and "A Washington"
  }
  WordClass c = ClassifyWord(f, english);
  if (c == WordClass::kAdverb && EndsWith(f, "ment") && i > 0) {
    WordClass before = ClassifyWord(text.Folded(i - 1), english);
    if (before == WordClass::kDefinite || before == WordClass::kIndefinite ||
        before == WordClass::kContraction || before == WordClass::kPreposition)
      return WordClass::kOther;  // "le gouvernement", "du mouvement"
  }
  return c;
}

namespace {

// "al-Assad", "el-Sissi": a name part that starts in lower case.
bool ArabicArticleName(const Context& ctx, size_t i) {
  std::string_view t = ctx.text.TokenText(i);
  for (std::string_view p : {"al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "ibn-"}) {
    if (StartsWith(t, p) && t.size() > p.size()) {
      size_t pos = p.size();
      return text::IsUpperChar(DecodeUtf8(t, &pos));
    }
  }
  return false;
}

bool NamePart(const Context& ctx, size_t i) {
  if (!ctx.IsWord(i) || !(ctx.Capitalised(i) || ArabicArticleName(ctx, i)) ||
      ctx.Class(i) != WordClass::kOther)
    return false;
  const SpeakerNoun* noun = ctx.nouns.Find(ctx.Folded(i));
  if (noun == nullptr) return true;
  // A capitalised body noun inside a sentence and before a name is part of
  // it: "L'Observateur Paalga", "Le Monde".
  bool inside = ctx.SentenceOf(i).token_begin != i;
  bool body = noun->noun_class == NounClass::kOrganisation || noun->noun_class == NounClass::kGeneric;
  return inside && body && i + 1 < ctx.text.tokens().size() && ctx.Capitalised(i + 1) &&
         ctx.IsWord(i + 1) && ctx.Class(i + 1) == WordClass::kOther;
}

bool AllCaps(const Context& ctx, size_t i) {
  std::string_view t = ctx.text.TokenText(i);
  return t.size() >= 2 && std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A capitalised organisation noun, or "ministère", that opens a name with
// lower-case words: "Organisation mondiale de la santé", "Comité
// international de la Croix-Rouge", "ministère russe de la Défense".
bool OrganisationHead(const Context& ctx, size_t i) {
  if (!ctx.Capitalised(i) && ctx.Folded(i) != "ministere" && ctx.Folded(i) != "ministry")
    return false;
  const SpeakerNoun* noun = ctx.IsWord(i) ? ctx.nouns.Find(ctx.Folded(i)) : nullptr;
  if (noun == nullptr || noun->noun_class != NounClass::kOrganisation) return false;
  if (ctx.Capitalised(i)) return ctx.SentenceOf(i).token_begin != i || i + 1 < ctx.text.tokens().size();
  return ctx.Folded(i) == "ministere" || ctx.Folded(i) == "ministry";
}

// The end of an organisation's name from its head: adjectives and chains
// of "de/pour/en (la/les/l') word", at most nine tokens, ending on a word.
size_t OrganisationEnd(const Context& ctx, size_t head, size_t n) {
  size_t end = head + 1, k = head + 1;
  while (k < n && k < head + 10 && ctx.mention_at[k] < 0) {
    std::string_view w = ctx.Folded(k);
    size_t length = 0;
    if (!ctx.IsWord(k) || ctx.CueAt(k, &length) != nullptr) break;
    WordClass c = ctx.Class(k);
    if (w == "de" || w == "d'" || w == "du" || w == "des" || w == "pour" || w == "en") {
      size_t j = k + 1;
      if (j < n && (w == "de" || w == "pour" || w == "en") &&
          (ctx.Folded(j) == "la" || ctx.Folded(j) == "les" || ctx.Folded(j) == "l'"))
        ++j;
      if (j >= n || !ctx.IsWord(j) || ctx.Class(j) != WordClass::kOther || ctx.mention_at[j] >= 0)
        break;
      k = end = j + 1;
      continue;
    }
    if (c != WordClass::kOther || ctx.Capitalised(k) || ctx.nouns.Find(w) != nullptr) break;
    k = end = k + 1;  // an adjective: "mondiale", "russe"
  }
  return end;
}

// "(OSDH)" after a name whose initials it spells: the name's start, or
// kNoToken. Function words are skipped ("Observatoire syrien des droits de
// l'homme"); a hyphenated word gives one letter per part ("Croix-Rouge").
size_t AcronymStart(const Context& ctx, size_t paren, std::string_view acronym) {
  std::string letters;
  for (size_t k = paren; k > 0 && k + 10 > paren; --k) {
    size_t i = k - 1;
    if (!ctx.IsWord(i)) return kNoToken;
    std::string_view w = ctx.Folded(i);
    WordClass c = ctx.Class(i);
    bool skip = c == WordClass::kDefinite || w == "de" || w == "d'" || w == "du" ||
                w == "pour" || w == "en" || w == "et" || w == "des" || w == "les";
    if (!skip) {
      std::string initials;
      std::string_view t = ctx.text.TokenText(i);
      bool start = true;
      for (char ch : t) {
        if (start && ch != '-') initials.push_back(static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch));
        start = ch == '-';
      }
      letters.insert(0, initials);
    }
    if (letters.size() > acronym.size()) return kNoToken;
    if (letters == acronym && ctx.Capitalised(i)) return i;
  }
  return kNoToken;
}

// Could a capitalised token start a name? Function words, nouns of the
// lexicon, cue words and, at a sentence start, words the text also writes
// in lower case cannot.
struct LowerWords {
  const std::vector<std::string_view>* openers;
  const std::vector<bool>* seen;
  bool count(std::string_view w) const {
    auto it = std::lower_bound(openers->begin(), openers->end(), w);
    return it != openers->end() && *it == w && (*seen)[it - openers->begin()];
  }
};

bool NameStart(const Context& ctx, size_t i, const LowerWords& lower_words) {
  if (!NamePart(ctx, i)) return false;
  size_t length = 0;
  if (ctx.CueAt(i, &length) != nullptr) return false;
  if (EndsSpeakerPhrase(ctx.Folded(i), ctx.english)) return false;  // "Joint par ..."
  bool sentence_start = ctx.SentenceOf(i).token_begin == i;
  if (sentence_start && lower_words.count(ctx.Folded(i))) return false;
  return true;
}

// The title or role noun just before token `b` (over adjectives), its
// class and gender, with the gender of its article when the noun has none.
void RoleBefore(const Context& ctx, size_t b, Mention* m) {
  // Back over adjectives, a complement ("du Pas-de-Calais") and one comma:
  // "la préfète du Pas-de-Calais, Fabienne Buccio".
  size_t limit = b > 10 ? b - 10 : 0;
  size_t sentence = ctx.SentenceOf(b).token_begin;
  limit = std::max(limit, sentence);
  int commas = 0;
  for (size_t k = b; k > limit; --k) {
    size_t i = k - 1;
    if (ctx.IsPunct(i, ",")) {
      if (++commas > 1 || k != b) return;
      continue;
    }
    if (!ctx.IsWord(i) && !ctx.IsPunct(i, "(") && !ctx.IsPunct(i, ")")) return;
    const SpeakerNoun* noun = ctx.IsWord(i) ? ctx.nouns.Find(ctx.Folded(i)) : nullptr;
    if (noun == nullptr) {
      WordClass c = ctx.Class(i);
      if (c == WordClass::kPreposition || c == WordClass::kContraction ||
          c == WordClass::kDefinite || ctx.Capitalised(i) || !ctx.IsWord(i)) {
        // A complement only between a role and its apposition after a
        // comma; without the comma it belongs to another phrase.
        if (commas == 0) return;
        continue;
      }
      if (c != WordClass::kOther) return;
      continue;  // an adjective: "le président russe Vladimir Poutine"
    }
    Gender g = noun->gender;
    if (g == Gender::kUnknown && i > 0 && noun->noun_class != NounClass::kTitle) {
      std::string_view art = ctx.Folded(i - 1);
      if (art == "la" || art == "une" || art == "cette") g = Gender::kFeminine;
      if (art == "le" || art == "un" || art == "ce") g = Gender::kMasculine;
    }
    if (noun->noun_class == NounClass::kTitle || noun->noun_class == NounClass::kPerson) {
      if (m->fallback) m->type = 'P';
      if (m->type == 'P' && g != Gender::kUnknown) m->gender = g;
    } else if (noun->noun_class == NounClass::kOrganisation && m->fallback) {
      m->type = 'O';
    }
    return;
  }
}

std::string_view StripArticle(std::string_view folded) {
  for (std::string_view p : {"al-", "el-", "ad-", "as-", "ash-", "ar-", "an-"}) {
    if (StartsWith(folded, p)) return folded.substr(p.size());
  }
  return folded;
}

// A fallback mention takes the canonical name of the longest mention whose
// words end with its own ("Abadi" in "Haïdar al-Abadi").
// The mentions are grouped by their last word, and within a group by their
// folded words, so that the comparisons are between distinct spellings
// only: linear in the mentions for any real text.
void CanonicalNames(Context* ctx) {
  std::unordered_map<std::string, std::vector<size_t>> by_key;  // last word -> forms
  std::unordered_map<std::string, size_t> form_of;              // folded words -> mention
  std::vector<std::string> folded(ctx->mentions.size());
  for (size_t k = 0; k < ctx->mentions.size(); ++k) {
    const Mention& m = ctx->mentions[k];
    for (size_t t = m.begin; t < m.end; ++t) {
      folded[k] += StripArticle(ctx->Folded(t));
      folded[k] += ' ';
    }
    if (form_of.emplace(folded[k], k).second)
      by_key[std::string(StripArticle(ctx->Folded(m.end - 1)))].push_back(k);
  }
  for (size_t k = 0; k < ctx->mentions.size(); ++k) {
    Mention& m = ctx->mentions[k];
    if (!m.fallback) continue;
    size_t best_len = 0;
    for (size_t o : by_key[std::string(StripArticle(ctx->Folded(m.end - 1)))]) {
      const Mention& other = ctx->mentions[o];
      size_t len = other.end - other.begin;
      if (len <= best_len || len < m.end - m.begin) continue;
      if (!EndsWith(" " + folded[o], " " + folded[k])) continue;
      best_len = len;
      m.canonical = other.canonical;
      if (m.type == '?') m.type = other.type;
    }
  }
  // Gender and type are shared by every mention of a name.
  std::unordered_map<std::string, std::pair<Gender, char>> shared;
  for (const Mention& m : ctx->mentions) {
    auto& s = shared.try_emplace(m.canonical, Gender::kUnknown, '?').first->second;
    if (s.first == Gender::kUnknown) s.first = m.gender;
    if (s.second == '?') s.second = m.type;
  }
  for (Mention& m : ctx->mentions) {
    const auto& s = shared[m.canonical];
    if (m.gender == Gender::kUnknown) m.gender = s.first;
    if (m.type == '?') m.type = s.second;
  }
}

}  // namespace

namespace {

// Builds ctx->mentions in passes: the entities, then the fallback's names
// where no entity is (organisations with their acronyms, organisations
// named in lower case, runs of capitalised words), then their types,
// genders and canonical names.
class MentionBuilder {
 public:
  explicit MentionBuilder(Context* ctx) : ctx_(ctx), n_(ctx->text.tokens().size()) {}

  void Build(const std::vector<Entity>& entities) {
    ctx_->mention_at.assign(n_, -1);
    AddEntities(entities);
    FindOpeners();
    AddAcronymNames();
    AddOrganisations();
    AddCapitalisedRuns();
    Finish();
    CanonicalNames(ctx_);
    ExpandAcronyms();
  }

 private:
  void Add(size_t b, size_t e, char type, bool fallback, std::string canonical = {}) {
    Mention m;
    m.begin = b, m.end = e, m.type = type, m.fallback = fallback;
    m.canonical = std::move(canonical);
    ctx_->mentions.push_back(std::move(m));
    for (size_t k = b; k < e; ++k) ctx_->mention_at[k] = 0;
  }
  bool Free(size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k)
      if (ctx_->mention_at[k] >= 0) return false;
    return true;
  }
  // The index of a sentence opener, or -1.
  int Opener(std::string_view folded) const {
    auto it = std::lower_bound(openers_.begin(), openers_.end(), folded);
    return it != openers_.end() && *it == folded ? static_cast<int>(it - openers_.begin()) : -1;
  }

  void AddEntities(const std::vector<Entity>& entities);
  void FindOpeners();
  void AddAcronymNames();
  void AddOrganisations();
  void AddCapitalisedRuns();
  size_t RunEnd(size_t i) const;
  void Finish();
  void ExpandAcronyms();

  Context* ctx_;
  size_t n_;
  std::vector<std::string_view> openers_;  // sorted folded sentence openers
  std::vector<bool> lower_seen_;           // per opener: written in lower case elsewhere
  std::vector<bool> capital_inside_;       // per opener: capitalised inside a sentence
  std::vector<std::pair<std::string, size_t>> acronyms_;  // acronym, first token of the name
};

void MentionBuilder::AddEntities(const std::vector<Entity>& entities) {
  const AnalysisText& text = ctx_->text;
  for (const Entity& e : entities) {
    if (e.type != "PER" && e.type != "ORG" && e.type != "LOC") continue;
    size_t b = text.TokenAtOrAfter(e.start), end = b;
    while (end < n_ && text.tokens()[end].start < e.end) ++end;
    if (b >= end || ctx_->mention_at[b] >= 0) continue;
    Add(b, end, e.type[0], false, e.canonical.empty() ? e.text : e.canonical);
  }
}

// Words that open a sentence with a capital and are written in lower case
// elsewhere ("Depuis", "Officiellement") are no names; in English, neither
// are those never capitalised inside a sentence ("Following", "Inside").
// The few openers, sorted, are looked up once for every token.
void MentionBuilder::FindOpeners() {
  for (const text::Sentence& s : ctx_->text.sentences()) {
    if (ctx_->IsWord(s.token_begin) && ctx_->Capitalised(s.token_begin))
      openers_.push_back(ctx_->Folded(s.token_begin));
  }
  std::sort(openers_.begin(), openers_.end());
  openers_.erase(std::unique(openers_.begin(), openers_.end()), openers_.end());
  lower_seen_.assign(openers_.size(), false);
  capital_inside_.assign(openers_.size(), false);
  for (size_t i = 0; i < n_ && !openers_.empty(); ++i) {
    if (!ctx_->IsWord(i)) continue;
    bool capital = ctx_->Capitalised(i);
    if (capital && ctx_->SentenceOf(i).token_begin == i) continue;
    int o = Opener(ctx_->Folded(i));
    if (o < 0) continue;
    (capital ? capital_inside_ : lower_seen_)[o] = true;
  }
}

void MentionBuilder::AddAcronymNames() {
  for (size_t i = 0; i + 2 < n_; ++i) {
    if (!ctx_->IsPunct(i, "(") || !ctx_->IsPunct(i + 2, ")") || !ctx_->IsWord(i + 1)) continue;
    std::string_view acronym = ctx_->text.TokenText(i + 1);
    if (acronym.size() < 2 || acronym.size() > 8 ||
        std::any_of(acronym.begin(), acronym.end(), [](char c) { return c < 'A' || c > 'Z'; }))
      continue;
    size_t start = AcronymStart(*ctx_, i, acronym);
    if (start == kNoToken || !Free(start, i)) continue;
    acronyms_.emplace_back(std::string(acronym), start);
    Add(start, i, 'O', true);
  }
}

void MentionBuilder::AddOrganisations() {
  for (size_t i = 0; i < n_; ++i) {
    if (ctx_->mention_at[i] >= 0 || !OrganisationHead(*ctx_, i)) continue;
    size_t end = OrganisationEnd(*ctx_, i, n_);
    if (end <= i + 1) continue;  // a lone noun: "Observatoire" is no name
    Add(i, end, 'O', true);
    i = end - 1;
  }
}

void MentionBuilder::AddCapitalisedRuns() {
  LowerWords lower_words{&openers_, &lower_seen_};
  for (size_t i = 0; i < n_; ++i) {
    if (ctx_->mention_at[i] >= 0 || !NameStart(*ctx_, i, lower_words)) continue;
    if (ctx_->english && ctx_->SentenceOf(i).token_begin == i) {
      int o = Opener(ctx_->Folded(i));
      if (o >= 0 && !capital_inside_[o]) continue;  // the next word may still start a name
    }
    size_t j = RunEnd(i);
    Add(i, j, '?', true);
    i = j - 1;
  }
}

// The end of a capitalised run from `i`: name parts separated by single
// spaces, and one particle after a first name ("Staffan de Mistura",
// "Charles de Gaulle"), after which the surname ends the name ("Armées
// d'Emmanuel Macron" is two). An acronym next to a name is another name
// ("l'ONU Staffan de Mistura").
size_t MentionBuilder::RunEnd(size_t i) const {
  const auto& tokens = ctx_->text.tokens();
  size_t j = i + 1;
  while (j < n_ && ctx_->mention_at[j] < 0 && tokens[j].start == tokens[j - 1].end + 1 &&
         AllCaps(*ctx_, j - 1) == AllCaps(*ctx_, j)) {
    if (NamePart(*ctx_, j)) {
      ++j;
      continue;
    }
    if (j == i + 1 && j + 1 < n_ && IsNameParticle(ctx_->Folded(j)) &&
        ctx_->mention_at[j + 1] < 0 && NamePart(*ctx_, j + 1)) {
      j += 2;
      if (j < n_ && NamePart(*ctx_, j) && ctx_->mention_at[j] < 0) j = i + 1;
    }
    break;
  }
  return j;
}

// Sorts the mentions, maps tokens to them, and reads each one's type and
// gender from the title or role before it and from its first name.
void MentionBuilder::Finish() {
  const AnalysisText& text = ctx_->text;
  std::sort(ctx_->mentions.begin(), ctx_->mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  ctx_->mention_at.assign(n_, -1);
  for (size_t k = 0; k < ctx_->mentions.size(); ++k) {
    Mention& m = ctx_->mentions[k];
    m.start = text.tokens()[m.begin].start;
    m.stop = text.tokens()[m.end - 1].end;
    if (m.fallback) m.canonical = std::string(text.Slice(m.start, m.stop));
    for (size_t t = m.begin; t < m.end; ++t) ctx_->mention_at[t] = static_cast<int>(k);
    RoleBefore(*ctx_, m.begin, &m);
    if (m.end - m.begin >= 2 && (m.type == 'P' || m.type == '?')) {
      Gender g = ctx_->nouns.FirstNameGender(ctx_->Folded(m.begin));
      if (g != Gender::kUnknown) {
        m.gender = g;  // the name says more than "le docteur"
        if (m.type == '?') m.type = 'P';
      }
    }
  }
}

// "OSDH" elsewhere is the name it abbreviates.
void MentionBuilder::ExpandAcronyms() {
  if (acronyms_.empty()) return;
  std::unordered_map<std::string_view, std::string> expansions;
  for (const auto& [acronym, start] : acronyms_)
    expansions.emplace(acronym, ctx_->mentions[ctx_->mention_at[start]].canonical);
  for (Mention& m : ctx_->mentions) {
    if (!m.fallback || m.end != m.begin + 1) continue;
    auto it = expansions.find(ctx_->text.TokenText(m.begin));
    if (it == expansions.end()) continue;
    m.canonical = it->second;
    m.type = 'O';
  }
}

}  // namespace

void BuildMentions(const std::vector<Entity>& entities, Context* ctx) {
  MentionBuilder(ctx).Build(entities);
}

}  // namespace vigie::analyse::internal
