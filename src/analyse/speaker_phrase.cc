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

SpeakerRef ParseSpeakerPhrase(const Context& ctx, size_t b, size_t e) {
  SpeakerRef ref;
  ref.anchor = b;
  ref.stop = b;
  while (b < e && (ctx.Class(b) == WordClass::kConnective || ctx.Class(b) == WordClass::kAdverb))
    ++b;
  if (b >= e) return ref;
  Gender g;
  bool plural;
  if (PronounInfo(ctx.Folded(b), ctx.english, &g, &plural)) {
    ref.type = plural ? RefType::kUnnamed : RefType::kPronoun;
    ref.gender = g;
    ref.plural = plural;
    ref.anchor = b;
    ref.head_known = true;
    return ref;
  }
  WordClass first = ctx.Class(b);
  if (first == WordClass::kGenericPronoun) {
    std::string_view w = ctx.Folded(b);
    bool vous = w == "vous" || w == "-vous" || w == "you";
    ref.type = vous && ctx.interview.active ? RefType::kInterviewee : RefType::kUnnamed;
    ref.head_known = true;
    return ref;
  }
  bool indefinite = first == WordClass::kIndefinite;
  std::string_view article = ctx.Folded(b);
  bool plural_article = article == "les" || article == "ces" || article == "des" ||
                        article == "leurs" || article == "ses" || article == "plusieurs";
  const SpeakerNoun* head = nullptr;
  Gender head_gender = Gender::kUnknown;
  int apposition_person = -1, apposition_other = -1, complement = -1;
  bool in_complement = false;
  // The head noun is the first word after the determiner and any adjective
  // that comes before nouns ("le nouveau président"); "l'incertitude
  // générale" has no speaker head.
  size_t head_at = first == WordClass::kDefinite || indefinite ? b + 1 : b;
  while (head_at < e && PreAdjective(ctx.Folded(head_at))) ++head_at;
  size_t i = b;
  for (; i < e; ++i) {
    if (QuoteMarkType(ctx.text, i) != 0) {
      ref.clean = false;
      break;
    }
    if (IsStop(ctx, i)) break;
    if (IsComma(ctx, i)) {
      in_complement = false;
      // ", accusant Moscou de ...": a participle ends the phrase.
      std::string_view next = i + 1 < e ? ctx.Folded(i + 1) : std::string_view();
      if (next.size() > 4 && EndsWith(next, "ant")) break;
      continue;
    }
    std::string_view w = ctx.Folded(i);
    if (InfinitiveAfter(ctx, i, e) || ctx.Class(i) == WordClass::kComplementizer) {
      ref.clean = false;
      break;
    }
    if (i > b && EndsSpeakerPhrase(w, ctx.english) && ctx.mention_at[i] < 0) {
      // "lors", "qui", "cité par": the phrase is over, unless a name
      // follows directly after a comma (an apposition).
      break;
    }
    int m = ctx.mention_at[i];
    if (m >= 0) {
      const Mention& mention = ctx.mentions[m];
      bool person = mention.type == 'P' ||
                    (mention.type == '?' && head != nullptr &&
                     (head->noun_class == NounClass::kPerson ||
                      head->noun_class == NounClass::kTitle));
      // A person named right after a complement is in apposition to the
      // head: "l'émissaire de l'ONU Staffan de Mistura".
      WordClass prev = i > b ? ctx.Class(i - 1) : WordClass::kOther;
      if (in_complement && mention.type == 'P' && prev != WordClass::kPreposition &&
          prev != WordClass::kContraction && prev != WordClass::kDefinite &&
          !(i > b && ctx.Folded(i - 1) == "des")) {
        in_complement = false;
      }
      // "un jeune Érythréen": a capitalised word after an indefinite article
      // is a demonym, unless the NER layer says it is a name.
      bool demonym = indefinite && !in_complement && mention.fallback &&
                     mention.end - mention.begin == 1 && !AllCapsToken(ctx, i);
      if (demonym) {
      } else if (in_complement) {
        if (complement < 0) complement = m;
      } else if (person) {
        if (apposition_person < 0) apposition_person = m;
      } else if (apposition_other < 0) {
        apposition_other = m;
      }
      i = mention.end - 1;
      continue;
    }
    WordClass c = ctx.Class(i);
    if (c == WordClass::kPreposition || c == WordClass::kContraction ||
        (i > b && w == "des")) {
      in_complement = true;
      continue;
    }
    if (head == nullptr && !in_complement && i == head_at) {
      if (const SpeakerNoun* noun = ctx.nouns.Find(w)) {
        head = noun;
        head_gender = noun->gender;
        if (head_gender == Gender::kUnknown && i > b && noun->noun_class != NounClass::kTitle) {
          std::string_view art = ctx.Folded(i - 1);
          if (art == "la" || art == "une" || art == "cette") head_gender = Gender::kFeminine;
          if (art == "le" || art == "un" || art == "ce") head_gender = Gender::kMasculine;
        }
      }
    }
  }
  ref.stop = i;
  ref.head_known = head != nullptr || apposition_person >= 0 || apposition_other >= 0;
  if (head != nullptr && head->noun_class == NounClass::kThing) {
    ref.type = RefType::kThing;
    return ref;
  }
  if (apposition_person >= 0) {
    ref.type = RefType::kMention;
    ref.mention = apposition_person;
    return ref;
  }
  bool generic_head = head != nullptr && head->noun_class == NounClass::kGeneric;
  // "les rebelles Houthis": a generic head with a name in apposition.
  if (apposition_other >= 0 &&
      (!generic_head || !ctx.mentions[apposition_other].fallback || !indefinite)) {
    ref.type = RefType::kMention;
    ref.mention = apposition_other;
    return ref;
  }
  if (head != nullptr && head->noun_class == NounClass::kDocument && complement >= 0) {
    ref.type = RefType::kMention;
    ref.mention = complement;
    return ref;
  }
  if (indefinite || generic_head || head == nullptr) {
    // "la coalition", "le gouvernement grec": a body that is not named.
    if (indefinite || generic_head || first == WordClass::kDefinite) ref.type = RefType::kUnnamed;
    return ref;
  }
  if (head->noun_class == NounClass::kDocument) {
    ref.type = RefType::kDescription;
    ref.organisation = true;
    return ref;
  }
  if (plural_article) {  // "les ONG", "ces diplomates": a group, unnamed
    ref.type = RefType::kUnnamed;
    return ref;
  }
  ref.type = RefType::kDescription;
  ref.organisation = head->noun_class == NounClass::kOrganisation;
  ref.gender = head_gender;
  return ref;
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
