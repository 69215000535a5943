// Reading the phrase that names a speaker: the subject of a speech verb
// ("Le président de la région autonome du Kurdistan, Massoud Barzani, a
// indiqué"), the subject after an inverted verb ("a déclaré à l'AFP le
// directeur de l'ONG, Rami Abdel Rahmane, qui ...") or the object of
// "selon". The rules, in order:
//  1. a person named in apposition wins over everything else ("un
//     responsable du groupe rebelle Fastaqim, Zakaria Malahifji");
//  2. a name reached through a preposition is a complement, not the
//     speaker ("le directeur de l'ONG", "à l'agence Reuters"), except
//     after a document noun ("selon un bilan de l'ONU" -> ONU);
//  3. any other name in apposition ("le quotidien Kommersant", "Moscou");
//  4. an indefinite or generic head is an unnamed source ("une source
//     militaire", "un habitant", "la coalition"): speaker null;
//  5. a definite role noun is a description resolved later to the last
//     speaker of its kind ("poursuit le diplomate", "précise le texte");
//  6. a pronoun is resolved later to the last compatible speaker.
#include <algorithm>

#include "analyse/quote_context.h"
#include "common/strings.h"

namespace vigie::analyse::internal {
namespace {

bool IsStop(const Context& ctx, size_t i) {
  const auto kind = ctx.text.tokens()[i].kind;
  if (kind == text::TokenKind::kPunct) {
    std::string_view p = ctx.text.TokenText(i);
    if (p == "!" && i + 1 < ctx.text.tokens().size() && ctx.IsPunct(i + 1, ",")) return false;
    return p != "," && p != "(" && p != ")" && p != "-";
  }
  return false;
}

// "de chercher", "à respecter": an infinitive, which no speaker phrase has.
bool InfinitiveAfter(const Context& ctx, size_t i, size_t e) {
  if (i + 1 >= e) return false;
  std::string_view f = ctx.Folded(i);
  if (f != "de" && f != "d'" && f != "a" && f != "to") return false;
  std::string_view v = ctx.Folded(i + 1);
  if (ctx.Capitalised(i + 1) || ctx.mention_at[i + 1] >= 0) return false;
  return v == "avoir" || v == "etre" || v == "ne" || v == "n'" ||
         (v.size() > 3 && (EndsWith(v, "er") || EndsWith(v, "ir") || EndsWith(v, "re")));
}

bool IsComma(const Context& ctx, size_t i) { return ctx.IsPunct(i, ","); }


bool AllCapsToken(const Context& ctx, size_t i) {
  std::string_view t = ctx.text.TokenText(i);
  return t.size() >= 2 && std::none_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool PreAdjective(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "ex", "jeune", "premier",
      "premiere", "haut", "haute", "vieux", "vieille", "principal", "principale", "grand",
      "grande", "seul", "seule", "autre", "futur", "future", "celebre", "influent",
      "influente", "puissant", "puissante", "former", "new", "top", "senior", "chief"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

size_t SkipDateline(const Context& ctx, size_t b, size_t e) {
  const TextParagraph& para = ctx.text.paragraphs()[ctx.ParagraphOf(b)];
  if (b != para.token_begin || !ctx.IsWord(b)) return b;
  std::string_view t = ctx.text.TokenText(b);
  bool caps = t.size() >= 3 && std::none_of(t.begin(), t.end(), [](char c) {
    return c >= 'a' && c <= 'z';
  });
  if (!caps) return b;
  for (size_t k = b + 1; k < e && k < b + 10; ++k) {
    if (ctx.IsPunct(k, "-") || ctx.IsPunct(k, "–") || ctx.IsPunct(k, "—")) return k + 1;
  }
  return b;
}

namespace {

// One reading of a speaker phrase: a scan that collects the head noun and
// the names in apposition or in complements, then a decision (the rules in
// the comment at the top of this file).
class PhraseReader {
 public:
  PhraseReader(const Context& ctx, size_t b, size_t e) : ctx_(ctx), b_(b), e_(e) {}

  SpeakerRef Read();

 private:
  bool Pronoun();
  void Scan();
  void OnMention(size_t i);
  void OnHead(size_t i);
  SpeakerRef Decide();
  SpeakerRef Named(int mention) {
    ref_.type = RefType::kMention;
    ref_.mention = mention;
    return ref_;
  }

  const Context& ctx_;
  size_t b_, e_;
  SpeakerRef ref_;
  WordClass first_ = WordClass::kOther;
  bool indefinite_ = false, plural_article_ = false, in_complement_ = false;
  size_t head_at_ = 0;
  const SpeakerNoun* head_ = nullptr;
  Gender head_gender_ = Gender::kUnknown;
  int apposition_person_ = -1, apposition_other_ = -1, complement_ = -1;
};

SpeakerRef PhraseReader::Read() {
  ref_.anchor = b_;
  ref_.stop = b_;
  while (b_ < e_ && (ctx_.Class(b_) == WordClass::kConnective || ctx_.Class(b_) == WordClass::kAdverb))
    ++b_;
  if (b_ >= e_ || Pronoun()) return ref_;
  first_ = ctx_.Class(b_);
  indefinite_ = first_ == WordClass::kIndefinite;
  std::string_view article = ctx_.Folded(b_);
  plural_article_ = article == "les" || article == "ces" || article == "des" ||
                    article == "leurs" || article == "ses" || article == "plusieurs";
  // The head noun is the first word after the determiner and any adjective
  // that comes before nouns ("le nouveau président"); "l'incertitude
  // générale" has no speaker head.
  head_at_ = first_ == WordClass::kDefinite || indefinite_ ? b_ + 1 : b_;
  while (head_at_ < e_ && PreAdjective(ctx_.Folded(head_at_))) ++head_at_;
  Scan();
  return Decide();
}

// "il", "-t-elle": resolved later; "on", "nous": unnamed; "vous" in an
// interview: the interviewee.
bool PhraseReader::Pronoun() {
  Gender g;
  bool plural;
  std::string_view w = ctx_.Folded(b_);
  if (PronounInfo(w, ctx_.english, &g, &plural)) {
    ref_.type = plural ? RefType::kUnnamed : RefType::kPronoun;
    ref_.gender = g;
    ref_.plural = plural;
  } else if (ctx_.Class(b_) == WordClass::kGenericPronoun) {
    bool vous = w == "vous" || w == "-vous" || w == "you";
    ref_.type = vous && ctx_.interview.active ? RefType::kInterviewee : RefType::kUnnamed;
  } else {
    return false;
  }
  ref_.anchor = b_;
  ref_.head_known = true;
  return true;
}

void PhraseReader::Scan() {
  size_t i = b_;
  for (; i < e_; ++i) {
    if (QuoteMarkType(ctx_.text, i) != 0) {
      ref_.clean = false;
      break;
    }
    if (IsStop(ctx_, i)) break;
    if (IsComma(ctx_, i)) {
      in_complement_ = false;
      // ", accusant Moscou de ...": a participle ends the phrase.
      std::string_view next = i + 1 < e_ ? ctx_.Folded(i + 1) : std::string_view();
      if (next.size() > 4 && EndsWith(next, "ant")) break;
      continue;
    }
    std::string_view w = ctx_.Folded(i);
    if (InfinitiveAfter(ctx_, i, e_) || ctx_.Class(i) == WordClass::kComplementizer) {
      ref_.clean = false;
      break;
    }
    // "lors", "qui", "cité par": the phrase is over.
    if (i > b_ && EndsSpeakerPhrase(w, ctx_.english) && ctx_.mention_at[i] < 0) break;
    if (ctx_.mention_at[i] >= 0) {
      OnMention(i);
      i = ctx_.mentions[ctx_.mention_at[i]].end - 1;
      continue;
    }
    WordClass c = ctx_.Class(i);
    if (c == WordClass::kPreposition || c == WordClass::kContraction || (i > b_ && w == "des")) {
      in_complement_ = true;
      continue;
    }
    if (head_ == nullptr && !in_complement_ && i == head_at_) OnHead(i);
  }
  ref_.stop = i;
}

void PhraseReader::OnMention(size_t i) {
  int m = ctx_.mention_at[i];
  const Mention& mention = ctx_.mentions[m];
  bool person = mention.type == 'P' ||
                (mention.type == '?' && head_ != nullptr &&
                 (head_->noun_class == NounClass::kPerson || head_->noun_class == NounClass::kTitle));
  // A person named right after a complement is in apposition to the head:
  // "l'émissaire de l'ONU Staffan de Mistura".
  WordClass prev = i > b_ ? ctx_.Class(i - 1) : WordClass::kOther;
  if (in_complement_ && mention.type == 'P' && prev != WordClass::kPreposition &&
      prev != WordClass::kContraction && prev != WordClass::kDefinite &&
      !(i > b_ && ctx_.Folded(i - 1) == "des")) {
    in_complement_ = false;
  }
  // "un jeune Érythréen": a capitalised word after an indefinite article is
  // a demonym, unless the NER layer says it is a name.
  bool demonym = indefinite_ && !in_complement_ && mention.fallback &&
                 mention.end - mention.begin == 1 && !AllCapsToken(ctx_, i);
  if (demonym) return;
  if (in_complement_) {
    if (complement_ < 0) complement_ = m;
  } else if (person) {
    if (apposition_person_ < 0) apposition_person_ = m;
  } else if (apposition_other_ < 0) {
    apposition_other_ = m;
  }
}

void PhraseReader::OnHead(size_t i) {
  const SpeakerNoun* noun = ctx_.nouns.Find(ctx_.Folded(i));
  if (noun == nullptr) return;
  head_ = noun;
  head_gender_ = noun->gender;
  if (head_gender_ == Gender::kUnknown && i > b_ && noun->noun_class != NounClass::kTitle) {
    std::string_view art = ctx_.Folded(i - 1);
    if (art == "la" || art == "une" || art == "cette") head_gender_ = Gender::kFeminine;
    if (art == "le" || art == "un" || art == "ce") head_gender_ = Gender::kMasculine;
  }
}

SpeakerRef PhraseReader::Decide() {
  ref_.head_known = head_ != nullptr || apposition_person_ >= 0 || apposition_other_ >= 0;
  NounClass head = head_ != nullptr ? head_->noun_class : NounClass::kPerson;
  if (head_ != nullptr && head == NounClass::kThing) {
    ref_.type = RefType::kThing;
    return ref_;
  }
  if (apposition_person_ >= 0) return Named(apposition_person_);
  bool generic_head = head_ != nullptr && head == NounClass::kGeneric;
  // "les rebelles Houthis": a generic head with a name in apposition.
  if (apposition_other_ >= 0 &&
      (!generic_head || !ctx_.mentions[apposition_other_].fallback || !indefinite_))
    return Named(apposition_other_);
  if (head_ != nullptr && head == NounClass::kDocument && complement_ >= 0) return Named(complement_);
  if (indefinite_ || generic_head || head_ == nullptr) {
    // "la coalition", "le gouvernement grec": a body that is not named.
    if (indefinite_ || generic_head || first_ == WordClass::kDefinite) ref_.type = RefType::kUnnamed;
    return ref_;
  }
  if (head == NounClass::kDocument) {
    ref_.type = RefType::kDescription;
    ref_.organisation = true;
    return ref_;
  }
  if (plural_article_) {  // "les ONG", "ces diplomates": a group, unnamed
    ref_.type = RefType::kUnnamed;
    return ref_;
  }
  ref_.type = RefType::kDescription;
  ref_.organisation = head == NounClass::kOrganisation;
  ref_.gender = head_gender_;
  return ref_;
}

}  // namespace

SpeakerRef ParseSpeakerPhrase(const Context& ctx, size_t b, size_t e) {
  return PhraseReader(ctx, b, e).Read();
}

size_t SkipAdjuncts(const Context& ctx, size_t i, size_t limit) {
  for (int guard = 0; guard < 8 && i < limit; ++guard) {
    WordClass c = ctx.Class(i);
    std::string_view w = ctx.Folded(i);
    if (c == WordClass::kAdverb || (c == WordClass::kConnective && w != "mais") ||
        IsTimeWord(w, ctx.english)) {
      ++i;
      continue;
    }
    // "pour sa part", "de son côté", "à son tour"
    if (i + 2 < limit && (w == "pour" || w == "de" || w == "a") &&
        (ctx.Folded(i + 1) == "sa" || ctx.Folded(i + 1) == "son" || ctx.Folded(i + 1) == "leur") &&
        (ctx.Folded(i + 2) == "part" || ctx.Folded(i + 2) == "cote" || ctx.Folded(i + 2) == "tour")) {
      i += 3;
      continue;
    }
    // A short prepositional phrase: "à l'AFP", "sur Twitter", "dans un
    // communiqué", "à l'agence Reuters", "par téléphone".
    if (c == WordClass::kPreposition || c == WordClass::kContraction) {
      if (w == "de" || w == "d'" || w == "selon" || w == "que") return i;
      size_t j = i + 1;
      if (j < limit && (ctx.Class(j) == WordClass::kDefinite ||
                        ctx.Class(j) == WordClass::kIndefinite))
        ++j;
      if (j < limit && ctx.mention_at[j] < 0 && ctx.IsWord(j) && !ctx.Capitalised(j)) ++j;
      if (j < limit && ctx.mention_at[j] >= 0) j = ctx.mentions[ctx.mention_at[j]].end;
      if (j == i + 1 || j > limit) return i;
      i = j;
      continue;
    }
    break;
  }
  return i;
}

size_t VerbGroupStart(const Context& ctx, size_t cue_begin, size_t limit) {
  size_t i = cue_begin;
  while (i > limit) {
    size_t k = i - 1;
    WordClass c = ctx.Class(k);
    std::string_view w = ctx.Folded(k);
    bool inverted = !w.empty() && w.front() == '-';
    if (c == WordClass::kAuxiliary || c == WordClass::kClitic || c == WordClass::kAdverb ||
        inverted || w == "l'" || w == "lui" || w == "leur" || (c == WordClass::kConnective && w != "mais" && w != "et" && w != "or")) {
      i = k;
      continue;
    }
    if (k >= limit + 2 && (w == "part" || w == "cote" || w == "tour") &&
        (ctx.Folded(k - 1) == "sa" || ctx.Folded(k - 1) == "son")) {
      i = k - 2;
      continue;
    }
    break;
  }
  return i;
}

// A cue that reports nothing: negated ("ne dit pas que"), passive ("est
// accusé de", "a été annoncé"), an infinitive ("on peut dire que"), or a
// participle used as an adjective ("un travail exigeant").
bool ReportsNothing(const Context& ctx, size_t vgs, size_t i, const SpeechCue& cue) {
  auto is_participle = [&](size_t k) {
    std::string_view f = ctx.Folded(k);
    return ctx.english ? EndsWith(f, "ing") : (EndsWith(f, "ant") && f.size() > 4);
  };
  bool reflexive = false, passive = false;
  for (size_t k = vgs; k < i; ++k) {
    std::string_view w = ctx.Folded(k);
    if (w == "ne" || w == "n'" || w == "not" || w == "n't") return true;
    reflexive = reflexive || w == "s'" || w == "se";
    passive = passive || w == "est" || w == "sont" || w == "etait" || w == "etaient" ||
              w == "ete" || w == "sera" || w == "seront" || w == "fut" || w == "etre" ||
              w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are";
  }
  if (passive && !reflexive) return true;
  if (cue.folded_lemma.find(' ') == std::string::npos && ctx.Folded(i) == cue.folded_lemma &&
      !ctx.english) {
    // "avant d'annoncer": an infinitive that goes on with the subject.
    bool goes_on = i >= 2 && (ctx.Folded(i - 1) == "d'" || ctx.Folded(i - 1) == "de") &&
                   ctx.Folded(i - 2) == "avant";
    if (!goes_on) return true;
  }
  if (vgs == i && i > 0) {
    std::string_view t = ctx.text.TokenText(i);
    std::string_view prev = ctx.Folded(i - 1);
    bool past = EndsWith(t, "é") || EndsWith(t, "ée") || EndsWith(t, "és") || EndsWith(t, "ées");
    if (past && prev != "et" && prev != "ou") return true;
    // "un économiste dit « généraliste »": the so-called, not a report.
    std::string_view f = ctx.Folded(i);
    if ((f == "dit" || f == "dite" || f == "dits" || f == "dites") && ctx.IsWord(i - 1) &&
        ctx.Class(i - 1) == WordClass::kOther && !ctx.Capitalised(i - 1) && ctx.mention_at[i - 1] < 0)
      return true;
    if (is_participle(i) && !ctx.IsPunct(i - 1, ",") && prev != "en") return true;
  }
  return false;
}

SpeakerRef FindSubject(const Context& ctx, size_t verb) {
  const text::Sentence& s = ctx.SentenceOf(verb);
  size_t vgs = VerbGroupStart(ctx, verb, s.token_begin);
  // An inverted pronoun inside the verb group: "a-t-il déclaré".
  for (size_t k = vgs; k < verb; ++k) {
    Gender g;
    bool plural;
    std::string_view w = ctx.Folded(k);
    if (!w.empty() && w.front() == '-' && PronounInfo(w, ctx.english, &g, &plural)) {
      return ParseSpeakerPhrase(ctx, k, k + 1);
    }
  }
  // A subject lies within a few dozen tokens of its verb; the bound keeps
  // run-on text linear.
  size_t floor = std::max(s.token_begin, vgs > 80 ? vgs - 80 : size_t{0});
  size_t start = floor;
  for (size_t k = vgs; k > floor; --k) {
    size_t i = k - 1;
    std::string_view w = ctx.Folded(i);
    if (ctx.span_at[i] >= 0 || ctx.IsPunct(i, ":") || ctx.IsPunct(i, ";")) {
      start = i + 1;
      break;
    }
    WordClass c = ctx.Class(i);
    if (c == WordClass::kComplementizer || (w == "et" && k < vgs)) {
      start = i + 1;
      break;
    }
    if (c == WordClass::kRelative && w != "ou") {
      // "le docteur Lebrun, qui rappelle que": the antecedent.
      size_t e = i;
      while (e > floor && IsComma(ctx, e - 1)) --e;
      size_t b = e;
      while (b > floor && !IsComma(ctx, b - 1) && ctx.span_at[b - 1] < 0) --b;
      return ParseSpeakerPhrase(ctx, b, e);
    }
  }
  // Drop a dateline and fronted adjuncts: "A Washington, ...", "Interrogé
  // par nos soins, ...".
  size_t b = SkipDateline(ctx, start, vgs);
  while (true) {
    size_t comma = b;
    while (comma < vgs && !IsComma(ctx, comma)) ++comma;
    if (comma >= vgs) break;
    WordClass c = ctx.Class(b);
    bool adjunct = c == WordClass::kPreposition || c == WordClass::kContraction ||
                   c == WordClass::kAdverb || c == WordClass::kConnective ||
                   (ctx.mention_at[b] < 0 && c == WordClass::kOther &&
                    ctx.nouns.Find(ctx.Folded(b)) == nullptr);
    if (!adjunct) break;
    b = comma + 1;
  }
  if (b >= vgs) {
    SpeakerRef none;
    none.anchor = verb;
    return none;
  }
  SpeakerRef ref = ParseSpeakerPhrase(ctx, b, vgs);
  return ref;
}

}  // namespace vigie::analyse::internal
