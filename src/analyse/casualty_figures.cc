// Figure statements: which numbers of a sentence count casualties, and of
// what kind. The method is in the essay of claims.cc; in short, a number
// counts casualties only when a casualty word governs it, in one of four
// ways that French and English share:
//   noun         "27 morts", "une trentaine de blessés", "dozens wounded"
//   subject      "Au moins 27 civils, dont neuf enfants, ont été tués",
//                "104 civils ont péri" (the verb group after the figure's
//                noun phrase: auxiliaries, adverbs, a "selon X" aside)
//   object       "ont tué au moins 56 civils", "killing three children",
//                "a coûté la vie à 17 membres" ("avoir" or no auxiliary)
//   of           "les corps de 21 civils", "the bodies of"
// Everything else (cartridges, buses, fighters evacuated, populations) is
// not governed by a casualty word and never becomes a figure.
#include <algorithm>
#include <optional>

#include "analyse/claims_internal.h"
#include "analyse/numbers.h"
#include "analyse/quote_marks.h"

namespace vigie::analyse::internal {
namespace {

constexpr size_t kMaxModifiers = 6;   // "membres d'une même famille"
constexpr size_t kMaxAside = 14;      // ", selon le ministère russe de la Défense,"
constexpr size_t kMaxTollGap = 16;    // "the death toll from the earthquake that struck ... on Monday climbed to"
constexpr size_t kMaxElidedGap = 10;  // "morts côté palestinien, en majorité des civils, et 73"
constexpr size_t kMaxElidedPlace = 4;  // "et 73 côté israélien"
constexpr size_t kMaxAgentPhrase = 8;  // "par les forces pro-gouvernementales,"

struct CueAt {
  TokenSpan span;
  CountKind kind = CountKind::kKilled;
  CueForm form = CueForm::kNoun;
};

bool Is(const ClaimScope& scope, size_t i, std::string_view folded) {
  return i < scope.text.tokens().size() && scope.Folded(i) == folded;
}

// The longest casualty cue starting at token i.
std::optional<CueAt> CueStarting(const ClaimScope& scope, size_t i, size_t limit) {
  std::optional<CueAt> best;
  for (ClaimRole role : {ClaimRole::kKilled, ClaimRole::kInjured, ClaimRole::kMissing,
                         ClaimRole::kDisplaced}) {
    const ClaimLexiconEntry* e = scope.marks.Longest(i, role);
    if (e == nullptr || i + e->tokens.size() > limit) continue;
    // "affirme avoir « neutralisé » 51 jihadistes": a word the text holds
    // at a distance in quotation marks is the speaker's euphemism, no count
    // the text gives.
    if (i > 0 && Is(scope, i - 1, "\"") && Is(scope, i + e->tokens.size(), "\"")) continue;
    // "a Dead Sea Mule", "la Mort Subite": capitalised in mid-sentence before
    // another capitalised word, a word of a name.
    const size_t after = i + e->tokens.size();
    if (i > 0 && scope.IsCapitalised(i) && scope.IsWord(i - 1) && !scope.IsCapitalised(i - 1) && after < limit &&
        scope.IsWord(after) && scope.IsCapitalised(after)) {
      continue;
    }
    if (!best || e->tokens.size() > best->span.end - best->span.begin) {
      best = CueAt{{i, i + e->tokens.size()},
                   static_cast<CountKind>(static_cast<int>(role)),
                   static_cast<CueForm>(e->value)};
    }
  }
  return best;
}

bool IsAnd(const ClaimScope& scope, size_t i) {
  return Is(scope, i, "et") || Is(scope, i, "and") || Is(scope, i, ",");
}

// A word that may be, or qualify, the noun of a figure: not grammar, not a
// date, not a number.
bool IsNounWord(const ClaimScope& scope, size_t i) {
  if (!scope.IsWord(i) || scope.date_at[i] >= 0) return false;
  for (ClaimRole r : {ClaimRole::kDeterminer, ClaimRole::kPreposition, ClaimRole::kClauseStop,
                      ClaimRole::kAuxBe, ClaimRole::kAuxHave, ClaimRole::kAdverb,
                      ClaimRole::kNegation, ClaimRole::kModal, ClaimRole::kSpeech, ClaimRole::kSourcePrefix,
                      ClaimRole::kBreakdown, ClaimRole::kAmong, ClaimRole::kApprox,
                      ClaimRole::kConnector, ClaimRole::kNumber, ClaimRole::kScale,
                      ClaimRole::kDay, ClaimRole::kMonth, ClaimRole::kRelativeDate,
                      ClaimRole::kCauseVerb, ClaimRole::kDemonstrative}) {
    if (scope.Has(i, r)) return false;
  }
  return true;
}

// The noun phrase after a number: who or what is counted.
struct Victims {
  size_t end = 0;
  VictimCategory category = VictimCategory::kNone;
  bool unit = false;  // things, not people
  bool head = false;  // a noun of its own
  bool other = false, partitive = false;
  bool partitive_of = false;  // "des"/"of the" right after the number: "un des blessés"
  bool approximate = false;   // "20 soldats au moins": after the noun
  std::optional<CueAt> cue;  // "27 morts", "35 civils tués"
  // "25 combattants des Brigades du Hezbollah": where the party's name
  // after the noun begins (its "de"/"of"); 0 if none.
  size_t named_complement = 0;
};

// "a gunman killed five people": a participle right after a noun is a past
// tense when a figure follows it, which it counts, not a reduced relative
// ("three soldiers killed in an ambush").
bool PastTense(const ClaimScope& scope, const CueAt& cue, size_t limit) {
  if (cue.form != CueForm::kParticiple || cue.span.end >= limit || scope.date_at[cue.span.end] >= 0) return false;
  std::optional<Quantity> object = ParseQuantity(scope.marks, cue.span.end, limit);
  return object && !object->weak && !object->year_like;
}

// A casualty word at k that a figure before it can take ("27 morts", "35
// civils tués"), with the category after it ("morts civils").
bool TakeCue(const ClaimScope& scope, size_t k, size_t limit, Victims* v) {
  std::optional<CueAt> cue = CueStarting(scope, k, limit);
  if (!cue || cue->form == CueForm::kActive || cue->form == CueForm::kActivePeople || cue->form == CueForm::kOf ||
      cue->form == CueForm::kInfinitive ||
      cue->form == CueForm::kToll || PastTense(scope, *cue, limit)) {
    return false;
  }
  // "a death spiral", "la peine de mort": a longer thing counted.
  if (scope.Length(k, ClaimRole::kUnit) > cue->span.end - cue->span.begin) return false;
  // After its figure, "un massacre" is not "massacré", nor "626 massacres"
  // "massacrés": a participle's final "é" written without its accent is a
  // noun (in lower case, where accents are kept).
  if (cue->form == CueForm::kParticiple && cue->span.end == k + 1) {
    const std::string_view word = scope.text.TokenText(k);
    const ClaimLexiconEntry* e = scope.marks.Longest(k, static_cast<ClaimRole>(static_cast<int>(cue->kind)));
    if (!InCapitals(word) && word.ends_with('e') && e->phrase.ends_with("\u00e9")) return false;
    // The plural only in a text written with accents: "30 blesses" in one
    // without them is the participle.
    if (!InCapitals(word) && word.ends_with("es") && e->phrase.ends_with("\u00e9s")) {
      const TextParagraph& p =
          scope.text.paragraphs()[scope.text.ParagraphOfSentence(scope.text.SentenceOfToken(k))];
      if (scope.text.Slice(p.start, p.end).find("\u00e9") != std::string_view::npos) return false;
    }
  }
  v->cue = cue;
  v->end = cue->span.end;
  if (const ClaimLexiconEntry* c = v->end < limit ? scope.marks.Longest(v->end, ClaimRole::kCategory) : nullptr) {
    if (v->category == VictimCategory::kNone) v->category = static_cast<VictimCategory>(c->value);
    v->end += c->tokens.size();
  }
  return true;
}

// "aged", "âgés": the victims' age follows.
bool AgedWord(std::string_view folded) {
  return folded == "aged" || folded == "age" || folded == "agee" || folded == "ages" || folded == "agees";
}

// An age after the victims' noun, from token j: "de moins de cinq ans",
// "âgés de 5 à 12 ans", "aged under 18", "under five" (before the verb):
// the token after it, or j.
size_t AgeEnd(const ClaimScope& scope, size_t j, size_t limit) {
  size_t k = j;
  bool bound = false;  // "under the age of five"
  if (k + 3 < limit && scope.Has(k, ClaimRole::kApprox) && scope.Has(k + 1, ClaimRole::kDeterminer) &&
      AgedWord(scope.Folded(k + 2))) {
    bound = true;
    k += 2;
  }
  if (k < limit && AgedWord(scope.Folded(k))) ++k;
  if (k < limit && scope.Has(k, ClaimRole::kConnector)) k += scope.Length(k, ClaimRole::kConnector);
  std::optional<Quantity> q = k < limit ? ParseQuantity(scope.marks, k, limit) : std::nullopt;
  if (!q || q->weak || q->end >= limit) return j;
  size_t e = q->end;
  // "de 5 à 12 ans": a range of ages.
  if (e + 1 < limit && scope.Has(e, ClaimRole::kRangeJoin)) {
    if (std::optional<Quantity> to = ParseQuantity(scope.marks, e + 1, limit); to && !to->weak) e = to->end;
  }
  if (e >= limit) return j;
  if (scope.Has(e, ClaimRole::kTimeUnit)) return e + scope.Length(e, ClaimRole::kTimeUnit);
  // "children under five were killed": a bound right after the noun, then
  // the verb.
  const bool verb = scope.Has(e, ClaimRole::kAuxBe) || scope.Has(e, ClaimRole::kAuxHave) || CueStarting(scope, e, limit);
  return (bound || (q->approximate && k == j)) && verb ? e : j;
}

// The words after the noun of a figure, up to its verb: adjectives and "de"
// complements ("militaires syriens", "membres d'une même famille"), or a
// casualty word ("civils tués").
void ReadModifiers(const ClaimScope& scope, size_t j, size_t limit, Victims* v) {
  bool complement = false;  // after "de": "membres du personnel", not the victims' category
  bool complement_seen = false;  // a "de"/"of" complement read
  for (size_t n = 0; j < limit && n < kMaxModifiers; ++n) {
    if (TakeCue(scope, j, limit, v)) return;
    if (const size_t a = AgeEnd(scope, j, limit); a > j) {
      j = a;  // "enfants de moins de cinq ans", "children under five": who, not how many
      continue;
    }
    if (const size_t a = scope.Length(j, ClaimRole::kApproxAfter)) {
      v->approximate = true;  // "6 000 Vietnamiens au moins"
      j += a;
      continue;
    }
    // "des milliers de soldats en retraite ont été carbonisés", "civils sans
    // défense": a preposition and one noun, right before the verb group,
    // or before the comma that closes a breakdown ("26 otages, dont 18
    // militaires en permission, ont été tués"; there the verb group goes on
    // with "être" or a cue, not with a verb of speech: "60 personnes au
    // Venezuela, a rappelé le ministre").
    if (j + 2 < limit && scope.Has(j, ClaimRole::kPreposition) && IsNounWord(scope, j + 1)) {
      const bool aside = j + 4 < limit && Is(scope, j + 2, ",") &&
                         (scope.Has(j + 4, ClaimRole::kAuxBe) || CueStarting(scope, j + 4, limit));
      const size_t verb = aside ? j + 3 : j + 2;
      if (scope.Has(verb, ClaimRole::kAuxBe) || scope.Has(verb, ClaimRole::kAuxHave)) {
        j += 2;
        continue;
      }
    }
    // "soldats et volontaires pour la défense de la patrie (VDP) ont été
    // tués": an acronym in brackets.
    if (Is(scope, j, "(") && j + 2 < limit && Is(scope, j + 2, ")") && scope.IsCapitalised(j + 1)) {
      j += 3;
      continue;
    }
    // "Three Marines from my platoon": English "from" and a possessive too.
    const bool from = scope.text.english() && Is(scope, j, "from");
    if (scope.Has(j, ClaimRole::kConnector) || from) {
      complement = true;
      size_t k = j + (from ? 1 : scope.Length(j, ClaimRole::kConnector));
      if (k < limit && scope.Has(k, ClaimRole::kDeterminer)) k += scope.Length(k, ClaimRole::kDeterminer);
      if (from && k < limit && scope.Has(k, ClaimRole::kPossessive)) ++k;
      if (k + 1 < limit && Is(scope, k, "one")) ++k;  // "members of one family"
      if (k + 1 < limit && Ordinal(scope, k)) ++k;      // "de la 6e compagnie", "of the 93rd Brigade"
      if (k >= limit || !IsNounWord(scope, k)) break;
      // The first complement only, after a noun that tells who the victims
      // are (not "membres de", whose noun says nothing alone).
      if (!complement_seen && !from && scope.IsCapitalised(k) && v->category != VictimCategory::kNone) {
        v->named_complement = j;
      }
      complement_seen = true;
      j = k + 1;
      continue;
    }
    // "400 paysans, syndicalistes et militants ont été assassinés": a
    // comma in a list of nouns that ends with "et"/"and" and its verb (not
    // "50 civils, femmes et enfants compris": who the victims were).
    if (Is(scope, j, ",")) {
      bool list = false;
      for (size_t k = j + 1; k + 3 < limit && k < j + 8 && IsNounWord(scope, k) && !CueStarting(scope, k, limit);
           k += 2) {
        if (Is(scope, k + 1, ",")) continue;
        // "900 patients, médecins et soldats hospitalisés ont été tués": an
        // adjective may follow the last noun.
        size_t verb = k + 3;
        if (verb + 1 < limit && IsNounWord(scope, verb) && !CueStarting(scope, verb, limit)) ++verb;
        list = (Is(scope, k + 1, "et") || Is(scope, k + 1, "and")) && IsNounWord(scope, k + 2) &&
               (scope.Has(verb, ClaimRole::kAuxBe) || scope.Has(verb, ClaimRole::kAuxHave) ||
                CueStarting(scope, verb, limit).has_value());
        break;
      }
      if (!list) break;
      complement = true;
      ++j;
      continue;
    }
    // "14 patients et membres du personnel": a coordinated noun, not a
    // number.
    // Not a present participle: "tuant 32 personnes et incendiant des
    // maisons", "killing 32 people and burning houses" (nouns in "-ant"
    // after "et" are plural: "et enfants").
    const std::string_view next = j + 1 < limit ? scope.Folded(j + 1) : std::string_view();
    // Nor another verb of the subject: "avoir tué 58 soldats et accusent
    // Islamabad", "killed 56 soldiers and seized weapons".
    const bool verb = j + 1 < limit && (scope.Has(j + 1, ClaimRole::kSpeech) || scope.Has(j + 1, ClaimRole::kBlame) ||
                                        scope.Has(j + 1, ClaimRole::kAttackVerb) ||
                                        scope.Has(j + 1, ClaimRole::kAuxHave) || scope.Has(j + 1, ClaimRole::kAuxBe) ||
                                        (scope.text.english() && next.size() > 4 && next.ends_with("ed")));
    const bool participle = verb || (next.size() > 4 && (next.ends_with("ant") || next.ends_with("ing")));
    // "des dizaines de soldats et de paramilitaires": the noun after "et
    // de" is the second of the figure's.
    // "membres de l'armée et de la police": past the article too.
    size_t and_of = j + 2 < limit && (Is(scope, j + 1, "de") || Is(scope, j + 1, "d'")) ? 2 : 1;
    if (and_of == 2 && j + 3 < limit &&
        (Is(scope, j + 2, "la") || Is(scope, j + 2, "l'") || Is(scope, j + 2, "le") || Is(scope, j + 2, "les"))) {
      and_of = 3;
    }
    if ((Is(scope, j, "et") || Is(scope, j, "and")) && j + and_of < limit && IsNounWord(scope, j + and_of) &&
        !participle && !CueStarting(scope, j + and_of, limit) && !scope.Has(j + and_of, ClaimRole::kUnit)) {
      complement = true;  // "hommes et adolescents": the first noun's category, if any
      // "soldats et volontaires pour la défense de la patrie": a category of several words.
      const ClaimLexiconEntry* c = scope.marks.Longest(j + and_of, ClaimRole::kCategory);
      // "70 soldiers and civilians": one number over two categories counts neither.
      if (c != nullptr && v->category != VictimCategory::kNone && static_cast<VictimCategory>(c->value) != v->category) {
        v->category = VictimCategory::kNone;
      }
      j += and_of + (c != nullptr ? c->tokens.size() : 0);
      continue;
    }
    if (!IsNounWord(scope, j)) break;
    // "60 hommes armés": armed, not "armes" (weapons), which folding makes
    // it.
    if (scope.IsWordOf(j, ClaimRole::kArmed) && scope.text.TokenText(j).find("é") != std::string_view::npos) {
      ++j;
      continue;
    }
    // "a roadside bomb killed", "un drone kamikaze a tué": an article and
    // a weapon, not victims.
    if (scope.Has(j, ClaimRole::kAttackNoun) || scope.Has(j, ClaimRole::kInstrument) || scope.Has(j, ClaimRole::kUnit)) {
      v->unit = true;
      return;
    }
    // "Three Israeli soldiers": the category after a first word.
    const ClaimLexiconEntry* c = v->category == VictimCategory::kNone && !complement
                                     ? scope.marks.Longest(j, ClaimRole::kCategory)
                                     : nullptr;
    if (c != nullptr) v->category = static_cast<VictimCategory>(c->value);
    j += c != nullptr ? c->tokens.size() : 1;
  }
  v->end = j;
}

// "membres d'une milice d'autodéfense", "members of the Kurdish-led Syrian
// Democratic Forces", "seven Taliban members", "membres des Gardiens de la
// révolution": members of an armed party, armed people (the category
// military), not "membres d'une même famille".
bool MembersOfArmedParty(const ClaimScope& scope, size_t noun, size_t end, size_t limit) {
  constexpr size_t kMaxPartyWords = 5;
  auto armed = [&](size_t k) {
    return scope.Has(k, ClaimRole::kActorNoun) || ArmedHead(scope, k) ||
           (scope.IsCapitalised(k) && ArmedGroupEnd(scope, k, limit) > k);  // "membres de Boko Haram"
  };
  for (size_t m = noun; m < end; ++m) {
    if (!scope.Has(m, ClaimRole::kMember)) continue;  // "membres", "éléments", "members"
    for (size_t k = noun; k < m; ++k) {
      if (armed(k)) return true;  // "Taliban members"
    }
    size_t k = m + 1;
    if (k >= limit || !scope.Has(k, ClaimRole::kConnector)) return false;
    k += scope.Length(k, ClaimRole::kConnector);
    for (size_t n = 0; k < limit && n < kMaxPartyWords && scope.IsWord(k); ++n, ++k) {
      if (armed(k)) return true;
      if (CueStarting(scope, k, limit) || scope.Has(k, ClaimRole::kAuxBe) || scope.Has(k, ClaimRole::kAuxHave)) break;
    }
    return false;
  }
  return false;
}

// The closing quotation mark of a short noun phrase in quotation marks
// that opens at j ("« apostats »", '"Taliban militiamen"'); j if none.
size_t QuotedNoun(const ClaimScope& scope, size_t j, size_t limit) {
  constexpr size_t kMaxQuoted = 5;
  if (j + 2 >= limit || !Is(scope, j, "\"") || !IsNounWord(scope, j + 1)) return j;
  for (size_t k = j + 1; k < limit && k <= j + kMaxQuoted + 1; ++k) {
    if (Is(scope, k, "\"")) return k > j + 1 ? k : j;
    if (CueStarting(scope, k, limit)) return j;
    if (!scope.IsWord(k) && !Is(scope, k, "/") && !Is(scope, k, "-")) return j;
  }
  return j;
}

// Who or what a figure counts, from the token after its number.
Victims ReadVictims(const ClaimScope& scope, size_t j, size_t limit) {
  Victims v;
  // "portant à 200 le nombre de civils tués", "bringing to 200 the number
  // of civilians killed": the figure is the number's.
  if (j + 3 < limit && ((Is(scope, j, "le") && Is(scope, j + 1, "nombre") &&
                         (Is(scope, j + 2, "de") || Is(scope, j + 2, "des") || Is(scope, j + 2, "d'"))) ||
                        (Is(scope, j, "the") && Is(scope, j + 1, "number") && Is(scope, j + 2, "of")))) {
    j += 3;
  }
  if (size_t n = j < limit ? scope.Length(j, ClaimRole::kOther) : 0) v.other = true, j += n;
  if (size_t n = j < limit ? scope.Length(j, ClaimRole::kPartitive) : 0) v.partitive = true, j += n;
  // "des dizaines de « terroristes »": the naming quoted after "de".
  const bool quoted_after = j + 2 < limit && Is(scope, j + 1, "\"") && scope.IsWord(j + 2);
  if (j + 1 < limit && scope.Has(j, ClaimRole::kConnector) && (scope.IsWord(j + 1) || quoted_after)) {
    v.partitive_of = true;
    size_t n = scope.Length(j, ClaimRole::kConnector);
    if (j + n < limit && !scope.Has(j + n, ClaimRole::kNumber)) j += n;
    if (size_t o = j < limit ? scope.Length(j, ClaimRole::kOther) : 0) v.other = true, j += o;
    // "trois de ses soldats", "two of our soldiers": past the possessive.
    const std::string_view f = j < limit ? scope.Folded(j) : std::string_view();
    if (j + 1 < limit && n > 0 && (scope.Has(j, ClaimRole::kPossessive) || f == "nos" || f == "our")) {
      ++j;
      // "cinq de ses hommes", "23 de leurs hommes": a party's men are its
      // fighters; so are its members, named alone ("huit de ses membres",
      // "127 of its members"; not members of something named after them).
      const size_t men = Is(scope, j, "propres") && j + 1 < limit ? j + 1 : j;  // "de ses propres hommes"
      const bool members = scope.Has(men, ClaimRole::kMember) &&
                           !(men + 1 < limit && scope.Has(men + 1, ClaimRole::kConnector));
      if (scope.Has(men, ClaimRole::kLostMen) || members) {
        v.category = VictimCategory::kMilitary;
      }
    }
    // "three of the attackers", "541 de ces mercenaires": past the article.
    if (j + 1 < limit && n > 0 && (f == "the" || f == "these" || f == "those" || scope.Has(j, ClaimRole::kDemonstrative))) {
      ++j;
    }
  }
  v.end = j;
  if (j >= limit || TakeCue(scope, j, limit, &v)) return v;
  // "quatre autres grièvement blessés": an adverb before the cue.
  size_t a = j;
  while (a < limit && scope.Has(a, ClaimRole::kAdverb)) a += std::max<size_t>(1, scope.Length(a, ClaimRole::kAdverb));
  if (a > j && a < limit && TakeCue(scope, a, limit, &v)) return v;
  const size_t noun = j;
  // Victims named in quotation marks, the text distancing itself from the
  // naming: 'neutralized 14 "PKK/YPG terrorists"', "tué 60 « apostats »".
  if (const size_t q = QuotedNoun(scope, j, limit); q > j) {
    for (size_t k = j + 1; k < q && v.category == VictimCategory::kNone; ++k) {
      if (const ClaimLexiconEntry* c = scope.marks.Longest(k, ClaimRole::kCategory)) {
        v.category = static_cast<VictimCategory>(c->value);
      }
    }
    v.head = true;
    v.end = q + 1;
    ReadModifiers(scope, q + 1, limit, &v);
    return v;
  }
  if (const ClaimLexiconEntry* c = scope.marks.Longest(j, ClaimRole::kCategory)) {
    v.category = static_cast<VictimCategory>(c->value);
    v.head = true;
    j += c->tokens.size();
    // "occupants de l'avion": a category that ends with its "de" takes the
    // noun after it, a vehicle too.
    if (c->tokens.size() > 1 && j < limit && IsNounWord(scope, j) &&
        (scope.Has(j - 1, ClaimRole::kConnector) || scope.Has(j - 1, ClaimRole::kDeterminer))) {
      ++j;
    }
  } else if (scope.Has(j, ClaimRole::kUnit) || scope.Has(j, ClaimRole::kAttackNoun) ||
             scope.Has(j, ClaimRole::kWeaponModel) ||  // "deux Mirage", "un Hercules C-130"
             scope.Token(j).kind == text::TokenKind::kSymbol) {
    v.unit = true;
    return v;
  } else if (IsNounWord(scope, j)) {
    v.head = true;
    ++j;
  } else {
    return v;
  }
  ReadModifiers(scope, j, limit, &v);
  if (v.category == VictimCategory::kNone && MembersOfArmedParty(scope, noun, std::max(v.end, j), limit)) {
    v.category = VictimCategory::kMilitary;
  }
  return v;
}

// A number of the sentence with its noun phrase.
struct Counted {
  Quantity q;
  Victims v;
  bool linked = false;    // a figure's number
  bool consumed = false;  // inside another figure (breakdown, coordination)
};

bool Valid(const Counted& c) {
  if (c.v.unit) return false;
  if (c.q.year_like && !c.v.cue) return false;
  if (c.q.weak && !c.v.cue && !c.v.head && !c.v.other) return false;  // "wounded a third"
  // "a harrowing pattern of unlawful killings": an article far from the
  // casualty word counts nothing ("un civil tué", "un jeune homme tué" do).
  if (c.q.weak && c.v.cue && c.v.cue->span.begin > c.q.end + 2) return false;
  // "un des blessés", "un des angles morts", "one of those deaths": one of
  // a group told before, no count of its own.
  if ((c.q.weak || c.q.value == 1) && c.v.cue && c.v.partitive_of) return false;
  return true;
}

// "un adolescent de 16 ans": an age after a breakdown's victim, which is
// no figure; the token after it, or k.
size_t SkipAge(const ClaimScope& scope, size_t k, size_t limit, std::vector<Counted>* all) {
  if (k + 2 >= limit || !scope.Has(k, ClaimRole::kConnector)) return k;
  const size_t n = k + scope.Length(k, ClaimRole::kConnector);
  auto it = std::find_if(all->begin(), all->end(), [n](const Counted& c) { return c.q.begin == n; });
  if (it == all->end() || it->q.end >= limit || !scope.Has(it->q.end, ClaimRole::kTimeUnit)) return k;
  it->consumed = true;
  return it->q.end + 1;
}

// A breakdown after token j: ", dont neuf enfants," / "including 10
// children". Adds its victims by category to `f`; returns the end of its
// content (j when there is none).
// A word of a proportion of the victims, not a count: "la plupart",
// "une majorité", "la moitié", "most", "half".
bool Proportion(std::string_view w) {
  return w == "majorite" || w == "plupart" || w == "moitie" || w == "tiers" || w == "majority" || w == "most" ||
         w == "half";
}

size_t ReadBreakdown(const ClaimScope& scope, size_t j, size_t limit, std::vector<Counted>* all,
                     Figure* f) {
  size_t k = j;
  // "killed at least 23 people in Kyiv, including four children": past a
  // place in a few capitalised words.
  if (k + 1 < limit && scope.Has(k, ClaimRole::kLocative) && scope.IsCapitalised(k + 1)) {
    size_t e = k + 1;
    while (e < limit && e - k <= 4 && scope.IsCapitalised(e)) ++e;
    if (e + 1 < limit && Is(scope, e, ",") && scope.Has(e + 1, ClaimRole::kBreakdown)) k = e;
  }
  if (k < limit && (Is(scope, k, ",") || Is(scope, k, "("))) ++k;
  // ", nine of them children", ", six of whom were children", ", neuf
  // d'entre eux des enfants": a part of the victims counted after them.
  if (k > j) {
    auto it = std::find_if(all->begin(), all->end(), [k](const Counted& c) { return c.q.begin == k; });
    const size_t n = it != all->end() ? it->q.end : limit;
    const size_t part = n < limit && scope.Has(n, ClaimRole::kPartitive) ? scope.Length(n, ClaimRole::kPartitive)
                        : n + 1 < limit && Is(scope, n, "of") && Is(scope, n + 1, "whom") ? 2
                                                                                          : 0;
    if (part > 0) {
      for (size_t c = n + part; c < limit && c <= n + part + 3 && !scope.IsPunct(c); ++c) {
        const ClaimLexiconEntry* e = scope.marks.Longest(c, ClaimRole::kCategory);
        if (e == nullptr) continue;
        it->consumed = true;
        const auto category = static_cast<VictimCategory>(e->value);
        if (category != f->category) f->by_category[static_cast<int>(category)] += it->q.value;
        f->approximate = f->approximate || it->q.approximate;
        return c + e->tokens.size();
      }
    }
  }
  if (k >= limit || !scope.Has(k, ClaimRole::kBreakdown)) return j;
  k += scope.Length(k, ClaimRole::kBreakdown);
  // "dont une majorité de femmes et d'enfants", "including most of them
  // children": a proportion, no count; the breakdown ends at the comma.
  for (size_t p = k; p < limit && p <= k + 2; ++p) {
    if (Proportion(scope.Folded(p))) {
      for (size_t c = p + 1; c < limit && c - p <= 10; ++c) {
        if (Is(scope, c, ",") || Is(scope, c, ")")) return c;
        if (scope.Token(c).kind == text::TokenKind::kNumber) break;
      }
      // "dont un tiers par accident.": with no comma to end it, the
      // proportion stays out of the span.
      return j;
    }
  }
  // "dont des femmes et 11 enfants", "dont 11 enfants et des femmes": a
  // kind of victim named without a count beside a counted one; the end of
  // the uncounted item at `i` ("des femmes"), or i.
  auto uncounted = [&](size_t i) {
    if (i + 1 >= limit || !(Is(scope, i, "des") || Is(scope, i, "de") || Is(scope, i, "d'"))) return i;
    const size_t n = i + 1;
    return scope.IsWord(n) && !scope.IsCapitalised(n) && scope.Token(n).kind != text::TokenKind::kNumber &&
                   !scope.Has(n, ClaimRole::kNumber) && !CueStarting(scope, n, limit)
               ? n + 1
               : i;
  };
  auto counted_at = [&](size_t i) {
    return std::any_of(all->begin(), all->end(), [i](const Counted& c) { return c.q.begin == i; });
  };
  if (const size_t u = uncounted(k); u > k && u + 1 < limit && IsAnd(scope, u) && counted_at(u + 1)) k = u + 1;
  size_t end = j;
  // "including a 10-year-old child", "dont celui d'un enfant": no count;
  // the breakdown is in the span, one victim of its category after "a",
  // "un" or "celui d'un".
  if (!counted_at(k)) {
    size_t e = k;
    VictimCategory category = VictimCategory::kNone;
    const std::string_view first = k < limit ? scope.Folded(k) : std::string_view();
    const bool one = first == "a" || first == "an" || first == "celui" || first == "celle";
    for (; e < limit && e - k < 8; ++e) {
      if (scope.IsPunct(e) || scope.Has(e, ClaimRole::kClauseStop) || CueStarting(scope, e, limit)) break;
      const ClaimLexiconEntry* c = scope.marks.Longest(e, ClaimRole::kCategory);
      if (c != nullptr && category == VictimCategory::kNone) category = static_cast<VictimCategory>(c->value);
    }
    // Only one victim of a category is a breakdown; "dont le chef du
    // village", "dont plusieurs grièvement", "including civilians",
    // "among them inmates" count nothing and stay out of the span.
    if (e == k || (e < limit && !scope.IsPunct(e)) || !one || category == VictimCategory::kNone) return j;
    // "Quatre soldats, dont un officier": a part of the same category adds none.
    if (category != f->category) f->by_category[static_cast<int>(category)] += 1;
    return e;
  }
  while (k < limit) {
    auto it = std::find_if(all->begin(), all->end(), [k](const Counted& c) { return c.q.begin == k; });
    if (it == all->end() || it->v.unit) break;
    it->consumed = true;
    if (it->v.category != VictimCategory::kNone && it->v.category != f->category) {
      f->by_category[static_cast<int>(it->v.category)] += it->q.value;
    }
    f->approximate = f->approximate || it->q.approximate;
    end = k = SkipAge(scope, it->v.end, limit, all);
    if (k + 1 < limit && IsAnd(scope, k)) {
      if (const size_t u = uncounted(k + 1); u > k + 1 && !counted_at(k + 1)) {
        end = u;  // "dont 11 enfants et des femmes"
        break;
      }
      ++k;
      continue;
    }
    break;
  }
  return end;
}

// An aside between commas at j (", selon l'OSDH,", ", many of them
// children,"): the token after its closing comma, or j when there is none.
// It holds no number and no casualty word.
size_t SkipAside(const ClaimScope& scope, size_t j, size_t limit) {
  if (j + 1 >= limit || !Is(scope, j, ",")) return j;
  // ", aged 19 and 23,", ", une femme de 62 ans et son petit-fils,": its
  // numbers are ages.
  const bool ages = AgedWord(scope.Folded(j + 1));
  auto age = [&](size_t k) {
    const std::string_view next = k + 1 < limit ? scope.Folded(k + 1) : std::string_view();
    return ages || next == "ans" || next == "years" || next == "-year-old";
  };
  // ", dont des patients brûlés vifs dans leur lit,": who the victims
  // were, whatever verb describes them.
  const bool among = Is(scope, j + 1, "dont") || Is(scope, j + 1, "including");
  for (size_t k = j + 1; k < limit && k - j <= kMaxAside; ++k) {
    if (Is(scope, k, ",")) return k > j + 1 ? k + 1 : j;
    // ", enlevés par les jihadistes en août 2014,": a date's numbers too.
    const bool dated = k < scope.date_at.size() && scope.date_at[k] >= 0;
    // ", membres du Groupe islamique armé (GIA),": an acronym in brackets.
    if (Is(scope, k, "(") && k + 2 < limit && Is(scope, k + 2, ")") && scope.IsCapitalised(k + 1)) {
      k += 2;
      continue;
    }
    if ((scope.Token(k).kind == text::TokenKind::kNumber && !age(k) && !dated) ||
        (!among && CueStarting(scope, k, limit)) ||
        scope.IsPunct(k)) {
      return j;
    }
  }
  return j;
}

// After "être", a participle that is no cue and a second one that is,
// joined by "et", "and", "puis", "then" past a short complement ("were
// tortured and killed", "ont été enlevés chez eux puis abattus"): the
// second one's index; k if none.
// A past participle that is no cue at k: "-é", "-és", "-ées", "-is"
// folded; English "-ed". Written, if `accented`: "-é", "-ée", "-és",
// "-ées" (not "ville", "civils").
bool OtherParticiple(const ClaimScope& scope, size_t k, size_t limit, bool accented = false) {
  const std::string_view f = scope.Folded(k);
  if (!scope.IsWord(k) || f.size() < 4 || CueStarting(scope, k, limit)) return false;
  if (scope.text.english()) return f.ends_with("ed");
  if (!accented) return f.ends_with("e") || f.ends_with("s");
  const std::string_view t = scope.text.TokenText(k);
  return t.ends_with("é") || t.ends_with("ée") || t.ends_with("és") || t.ends_with("ées");
}

// "et", "and", "puis", "then" and "et puis", "and then" at t: the index
// after them, t if none.
size_t PastThen(const ClaimScope& scope, size_t t, size_t limit) {
  if (!(Is(scope, t, "et") || Is(scope, t, "and") || Is(scope, t, "puis") || Is(scope, t, "then"))) return t;
  size_t c = t + 1;
  if (c + 1 < limit && (Is(scope, c, "then") || Is(scope, c, "puis"))) ++c;  // "and then", "et puis"
  return c;
}

size_t CoordinatedParticiple(const ClaimScope& scope, size_t k, size_t limit) {
  constexpr size_t kMaxBetween = 4;  // "enlevés chez eux puis"
  if (!OtherParticiple(scope, k, limit)) return k;
  for (size_t t = k + 1; t + 1 < limit && t <= k + kMaxBetween; ++t) {
    if (scope.IsPunct(t) || scope.Token(t).kind == text::TokenKind::kNumber) return k;
    if (const size_t c = PastThen(scope, t, limit); c > t) {
      const std::optional<CueAt> cue = CueStarting(scope, c, limit);
      return cue && cue->form == CueForm::kParticiple ? c : k;
    }
  }
  return k;
}

// From the end of a figure's noun phrase, the verb group and its cue:
// "ont été tués", "y ont péri", ", selon l'OSDH, ont été tués".
std::optional<CueAt> CueAfter(const ClaimScope& scope, size_t j, size_t limit, bool* negated) {
  size_t k = SkipAside(scope, j, limit);
  // "des dizaines de soldats qui s'étaient rendus ont été exécutés": past
  // a relative clause of one verb (its own cue is the claim's: "qui ont
  // été tués").
  if (k + 3 < limit && (Is(scope, k, "qui") || Is(scope, k, "who"))) {
    size_t r = k + 1;
    if (Is(scope, r, "se") || Is(scope, r, "s'")) ++r;
    const bool aux = r < limit && (scope.Has(r, ClaimRole::kAuxBe) || scope.Has(r, ClaimRole::kAuxHave));
    if (aux && !CueStarting(scope, r + 1, limit) && r + 2 < limit && scope.IsWord(r + 1) &&
        (scope.Has(r + 2, ClaimRole::kAuxBe) || scope.Has(r + 2, ClaimRole::kAuxHave))) {
      k = r + 2;
    } else if (CueStarting(scope, r, limit) || aux) {
      k = k + 1;
    } else {
      // "Les neuf militaires qui se trouvaient à bord auraient péri": a
      // verb of its own and a short complement, to the auxiliary after it.
      constexpr size_t kMaxRelative = 6;
      for (size_t t = r + 1; t < limit && t <= r + kMaxRelative; ++t) {
        if (scope.IsPunct(t) || scope.Token(t).kind == text::TokenKind::kNumber ||
            scope.Has(t, ClaimRole::kClauseStop) || CueStarting(scope, t, limit)) {
          break;
        }
        if (scope.Has(t, ClaimRole::kAuxBe) || scope.Has(t, ClaimRole::kAuxHave)) {
          k = t;
          break;
        }
      }
    }
  }
  // "3,000 Yazidis abducted by the jihadists in 2014 are still missing",
  // "3.000 Yazidis enlevés par l'EI en 2014 sont portés disparus", "Cinq
  // journalistes travaillant pour des télévisions australiennes ont été
  // tués": past a participle's phrase, no cue, number or punctuation in
  // it, to the auxiliary after it.
  auto participle_at = [&](size_t p) {
    const std::string_view f = scope.Folded(p);
    return scope.IsWord(p) && f.size() >= 4 && !CueStarting(scope, p, limit) &&
           !scope.Has(p, ClaimRole::kDeterminer) && !scope.Has(p, ClaimRole::kPreposition) &&
           !scope.Has(p, ClaimRole::kConnector) &&
           (scope.text.english() ? f.ends_with("ed") || f.ends_with("ing")
                                 : (f.ends_with("es") || f.ends_with("e") || f.ends_with("ant")));
  };
  // The noun phrase may have taken the participle as its modifier ("120
  // suspects enfermés | dans des wagons ont été tués").
  const bool complement = k > 0 && k == j &&
                          (Is(scope, k, "by") || Is(scope, k, "par") || scope.Has(k, ClaimRole::kPreposition) ||
                           scope.Has(k, ClaimRole::kLocative));
  if (k + 2 < limit && (participle_at(k) || (complement && participle_at(k - 1)))) {
    constexpr size_t kMaxParticiplePhrase = 8;
    for (size_t m = k + 1; m < limit && m <= k + kMaxParticiplePhrase; ++m) {
      if (scope.Has(m, ClaimRole::kAuxBe) || scope.Has(m, ClaimRole::kAuxHave)) {
        if (m > k + 1) k = m;
        break;
      }
      const bool number = scope.Token(m).kind == text::TokenKind::kNumber && scope.date_at[m] < 0;
      // "5,000 prisoners passed through the ESMA and most of them were
      // killed": the verb's subject is a part of them, uncounted.
      if (scope.IsPunct(m) || number || CueStarting(scope, m, limit) || Proportion(scope.Folded(m))) break;
    }
  }
  // "douze personnes enlevées puis portées disparues", "three men abducted
  // and killed": the noun phrase took a first participle as its modifier;
  // the second one, joined by "et", "puis", "and", "then", is the cue.
  // The noun phrase may end before the first one ("three men | abducted").
  const size_t joiner =
      k == j && PastThen(scope, k, limit) == k && k + 1 < limit && OtherParticiple(scope, k, limit, true) ? k + 1
                                                                                                          : k;
  // A noun before the first ("168 mosquées et tué": no participle).
  if (k == j && joiner > 1 && OtherParticiple(scope, joiner - 1, limit, true) &&
      scope.Token(joiner - 2).kind != text::TokenKind::kNumber) {
    if (const size_t c = PastThen(scope, joiner, limit); c > joiner && c < limit) {
      const std::optional<CueAt> cue = CueStarting(scope, c, limit);
      if (cue && (cue->form == CueForm::kParticiple || cue->form == CueForm::kIntransitive)) return cue;
    }
  }
  bool be = false, have = false, conditional = false;
  while (k < limit) {
    if (CueStarting(scope, k, limit)) break;
    if (size_t n = scope.Length(k, ClaimRole::kNegation)) {
      *negated = true;
      k += n;
    } else if (size_t m = scope.Length(k, ClaimRole::kModal)) {
      // "could be forced from their homes", "pourraient être déplacées": what
      // may happen is no claim; "pourraient avoir péri", "may have died":
      // an estimate of what happened is one.
      k += m;
      if (k < limit && scope.Has(k, ClaimRole::kAuxHave)) continue;
      *negated = true;
    } else if (scope.Has(k, ClaimRole::kAuxBe)) {
      be = true, have = false, ++k;
    } else if (const ClaimLexiconEntry* h = scope.marks.Longest(k, ClaimRole::kAuxHave)) {
      have = true, be = false, conditional = h->value == 1, k += h->tokens.size();
    } else if (have && scope.Has(k, ClaimRole::kModalParticiple)) {
      // "avaient pu être tués", "ont pu périr": an estimate of what
      // happened; "auraient pu être tués" did not happen.
      if (conditional) *negated = true;
      have = false, ++k;
    } else if (size_t a = scope.Length(k, ClaimRole::kAdverb)) {
      k += a;
    } else if (size_t b = k == j ? scope.Length(k, ClaimRole::kBothSides) : 0) {
      k += b;  // "3 000 combattants des deux camps ont été tués", "fighters from both sides were killed"
    } else if (be && scope.Has(k, ClaimRole::kSpeech)) {
      ++k;  // "were reported missing", "ont été signalés morts"
    } else if (be && scope.Has(k, ClaimRole::kFound) && k + 1 < limit && CueStarting(scope, k + 1, limit)) {
      ++k;  // "ont été retrouvés tués par balles", "were found dead"
    } else if (size_t t = be || have ? scope.Length(k, ClaimRole::kTopicShift) : 0) {
      k += t;  // "auraient par ailleurs été pendus"
    } else if (size_t c = be ? CoordinatedParticiple(scope, k, limit) : k; c > k) {
      k = c;  // "were tortured and killed", "ont été enlevés chez eux puis abattus"
    } else if (k == j && QuoteMarkType(scope.text, k) == 2) {
      ++k;  // "« plusieurs dizaines de terroristes » ont été tués": the closing mark
    } else {
      break;
    }
  }
  std::optional<CueAt> cue = k < limit ? CueStarting(scope, k, limit) : std::nullopt;
  if (!cue) return std::nullopt;
  switch (cue->form) {
    case CueForm::kIntransitive: return cue;
    case CueForm::kParticiple:
      if (be || (!have && k == j && !PastTense(scope, *cue, limit))) return cue;
      return std::nullopt;
    // "seraient déjà morts", "sont tous morts", "ont été retrouvés morts":
    // the noun as an adjective, after "être" and an adverb or "retrouvés"
    // ("sont morts" is a cue of its own).
    case CueForm::kNoun:
      if (be && k > j && (scope.Has(k - 1, ClaimRole::kAdverb) || scope.Has(k - 1, ClaimRole::kFound)) &&
          cue->span.end == cue->span.begin + 1) {
        return cue;
      }
      return std::nullopt;
    default: return std::nullopt;
  }
}

// An infinitive at k that tells a deed: after a causative or "pu" ("ont
// fait pendre", "fit mourir", "a pu tuer"; not "auraient pu tuer", which did
// not happen) or a verb of perception and its object ("a vu les égorgeurs
// du FLN égorger"), not an intent ("menacent de tuer").
bool InfinitiveOfADeed(const ClaimScope& scope, size_t k, size_t sentence_begin) {
  constexpr size_t kMaxPerceived = 8;  // "a vu les égorgeurs du FLN égorger"
  size_t g = k;
  while (g > sentence_begin && scope.Has(g - 1, ClaimRole::kAdverb)) --g;
  if (g > sentence_begin) {
    if (const ClaimLexiconEntry* e = scope.marks.Longest(g - 1, ClaimRole::kInfinitiveGovernor); e && e->value == 0) {
      const ClaimLexiconEntry* aux =
          g >= sentence_begin + 2 ? scope.marks.Longest(g - 2, ClaimRole::kAuxHave) : nullptr;
      return aux == nullptr || aux->value != 1;
    }
  }
  for (size_t t = k; t-- > sentence_begin && t + kMaxPerceived >= k;) {
    if (scope.IsPunct(t)) return false;
    if (const ClaimLexiconEntry* e = scope.marks.Longest(t, ClaimRole::kInfinitiveGovernor); e && e->value == 1) {
      return t + 1 < k;  // its object between
    }
  }
  return false;
}

// Before a participle: "ont tué" (active) or "ont été tués" (passive).
enum class Voice { kNone, kActive, kPassive };
Voice VoiceBefore(const ClaimScope& scope, size_t cue, size_t sentence_begin) {
  for (size_t k = cue; k > sentence_begin;) {
    --k;
    if (scope.Has(k, ClaimRole::kAuxBe)) return Voice::kPassive;
    if (scope.Has(k, ClaimRole::kAuxHave)) return Voice::kActive;
    if (!scope.Has(k, ClaimRole::kAdverb) && !scope.Has(k, ClaimRole::kNegation)) break;
  }
  return Voice::kNone;
}

Figure MakeFigure(const Counted& c, const CueAt& cue) {
  Figure f;
  f.span = {c.q.begin, std::max(c.v.end, cue.span.end)};
  f.cue = cue.span;
  f.kind = cue.kind;
  f.value = c.q.value;
  f.approximate = c.q.approximate || c.v.approximate;
  f.category = c.v.category;
  if (f.category != VictimCategory::kNone) f.by_category[static_cast<int>(f.category)] += f.value;
  // "19 autres blessés" continues the victims before; "15 other people"
  // names others.
  f.inherits = !c.v.head && c.v.category == VictimCategory::kNone;
  f.partitive = c.v.partitive;
  f.other = c.v.other;
  return f;
}

// The tokens of a conjunction that joins two figures at i: "et", "and", a
// comma, "ainsi que", "as well as"; 0 for none.
size_t JoinerLength(const ClaimScope& scope, size_t i, size_t limit) {
  if (IsAnd(scope, i)) return 1;
  if (i + 1 < limit && Is(scope, i, "ainsi") && (Is(scope, i + 1, "que") || Is(scope, i + 1, "qu'"))) return 2;
  if (i + 2 < limit && Is(scope, i, "as") && Is(scope, i + 1, "well") && Is(scope, i + 2, "as")) return 3;
  return 0;
}

// Coordinated numbers before a subject ("Onze militaires et trois civils
// ont été tués", "23 soldats ainsi que quatre civils") join its figure.
// A cue right before the figure at `begin` that takes it for object ("la
// mort de 29 soldats tchadiens et 58 blessés", "tuant 3 soldats et 5
// blessés"): the figure is that cue's, not joined to the one after it.
bool GovernedBefore(const ClaimScope& scope, size_t begin) {
  constexpr size_t kMaxCue = 4;  // "a coûté la vie à"
  for (size_t b = begin; b-- > 0 && b + kMaxCue >= begin;) {
    const std::optional<CueAt> cue = CueStarting(scope, b, begin);
    if (cue && cue->span.end == begin &&
        (cue->form == CueForm::kOf || cue->form == CueForm::kActive || cue->form == CueForm::kActivePeople)) {
      return true;
    }
  }
  return false;
}

void JoinCoordinated(const ClaimScope& scope, std::vector<Counted>* all, size_t self, Figure* f) {
  size_t first = (*all)[self].q.begin;
  for (size_t i = self; i-- > 0;) {
    Counted& c = (*all)[i];
    // Not "un" alone, nor a phrase after a preposition ("Selon un bilan,").
    bool after_preposition = c.q.begin > 0 && scope.Has(c.q.begin - 1, ClaimRole::kPreposition);
    const size_t joiner = c.v.end < first ? JoinerLength(scope, c.v.end, first) : 0;
    // "Un superintendant de police et cinq de ses hommes": one victim by
    // its article, with a noun of its own, joined by "et" (not "Selon un
    // moniteur, 400 personnes").
    const bool one = c.q.weak && c.q.value == 1 && c.v.head && c.q.end < c.v.end && !scope.IsCapitalised(c.q.end) &&
                     c.v.end < first && (Is(scope, c.v.end, "et") || Is(scope, c.v.end, "and"));
    if (joiner == 0 || c.v.end + joiner != first || c.linked || c.consumed || !Valid(c) ||
        c.v.cue || (c.q.weak && !one) || after_preposition || GovernedBefore(scope, c.q.begin)) {
      break;
    }
    c.consumed = true;
    f->value += c.q.value;
    f->approximate = f->approximate || c.q.approximate;
    if (c.v.category != VictimCategory::kNone) {
      f->by_category[static_cast<int>(c.v.category)] += c.q.value;
    }
    f->span.begin = first = c.q.begin;
  }
}

// The category of the whole claim given after the figure: "parmi les civils".
size_t ReadAmong(const ClaimScope& scope, size_t j, size_t limit, Figure* f) {
  if (j >= limit || !scope.Has(j, ClaimRole::kAmong)) return j;
  size_t k = j + scope.Length(j, ClaimRole::kAmong);
  const ClaimLexiconEntry* c = k < limit ? scope.marks.Longest(k, ClaimRole::kCategory) : nullptr;
  if (c == nullptr) return j;
  f->among = static_cast<VictimCategory>(c->value);
  return k + c->tokens.size();
}

// The figures of one sentence: its numbers with their noun phrases, then
// the casualty cues that govern them.
class SentenceFigures {
 public:
  SentenceFigures(const ClaimScope& scope, size_t s)
      : scope_(scope), begin_(scope.SentenceBegin(s)), limit_(scope.SentenceEnd(s)),
        cue_used_(limit_ - begin_, 0) {}

  void Run(std::vector<Figure>* out) {
    Scan();
    LinkAfter();
    for (size_t k = begin_; k < limit_; ++k) LinkBefore(k);
    for (Figure& f : figures_) JoinElided(&f);
    for (Figure& f : figures_) AmongBefore(&f);
    for (Figure& f : figures_) CauseVerbBefore(&f);
    std::sort(figures_.begin(), figures_.end(),
              [](const Figure& a, const Figure& b) { return a.span.begin < b.span.begin; });
    out->insert(out->end(), figures_.begin(), figures_.end());
  }

 private:
  bool Question() const {
    for (size_t k = limit_; k-- > begin_;) {
      if (!scope_.IsPunct(k)) return false;
      if (scope_.Folded(k) == "?") return true;
    }
    return false;
  }

  // Every number of the sentence outside dates and prices.
  void Scan() {
    for (size_t k = begin_; k < limit_;) {
      std::optional<Quantity> q;
      if (scope_.date_at[k] < 0 && !(k > begin_ && scope_.Has(k - 1, ClaimRole::kCurrency))) {
        q = ParseQuantity(scope_.marks, k, limit_);
      }
      // "How many soldiers have served a day for killing an Irishman?": an
      // article in a question counts no one.
      if (!q || scope_.date_at[q->number_begin] >= 0 || (q->weak && Question())) {
        ++k;
        continue;
      }
      Counted c{*q, ReadVictims(scope_, q->end, limit_)};
      k = q->end;
      // "Trois des 40 soldats", "26 des 39 drones", "twelve of the 40
      // passengers": a share of a total; the total's noun is the share's,
      // and the total is no figure.
      if (!c.v.head && !c.v.cue && !c.v.unit && k < limit_ && scope_.Has(k, ClaimRole::kConnector)) {
        size_t t = k + scope_.Length(k, ClaimRole::kConnector);
        if (t < limit_ && scope_.Folded(t) == "the") ++t;
        std::optional<Quantity> total = t < limit_ && scope_.date_at[t] < 0 ? ParseQuantity(scope_.marks, t, limit_)
                                                                              : std::nullopt;
        // Not "Deux des 12 blessés sont morts": a total that is a figure
        // itself stays one.
        const Victims of_total = total && total->begin == t ? ReadVictims(scope_, total->end, limit_) : Victims{};
        if (total && total->begin == t && !of_total.cue) {
          c.v = of_total;
          k = total->end;
        }
      }
      all_.push_back(c);
    }
  }

  // "Forty children were among the 51 people killed", "12 enfants sont
  // parmi les 40 morts": the number before is the figure's breakdown.
  void AmongBefore(Figure* f) {
    const size_t b = f->span.begin;
    size_t among = b;
    for (size_t h = b; h-- > begin_ && b - h <= 3;) {
      if (scope_.Length(h, ClaimRole::kAmong) == b - h) among = h;
    }
    if (among == b || among <= begin_ + 1 || !scope_.Has(among - 1, ClaimRole::kAuxBe)) return;
    const size_t aux = among - 1;
    auto it = std::find_if(all_.begin(), all_.end(), [aux](const Counted& c) { return c.v.end == aux; });
    if (it == all_.end() || it->linked || it->consumed || it->v.unit || it->v.cue ||
        it->v.category == VictimCategory::kNone || it->q.value > f->value) {
      return;
    }
    it->consumed = true;
    f->span.begin = it->q.begin;
    f->by_category[static_cast<int>(it->v.category)] += it->q.value;
    f->approximate = f->approximate || it->q.approximate;
  }

  // "947 vies auraient été sauvées": a verb of saving after the noun, past
  // its auxiliaries.
  bool SavedAfter(size_t j) const {
    while (j < limit_ && (scope_.Has(j, ClaimRole::kAuxBe) || scope_.Has(j, ClaimRole::kAuxHave) ||
                          scope_.Has(j, ClaimRole::kAdverb) || scope_.Has(j, ClaimRole::kModal))) {
      j += std::max<size_t>(1, std::max(scope_.Length(j, ClaimRole::kAdverb), scope_.Length(j, ClaimRole::kModal)));
    }
    return j < limit_ && scope_.Has(j, ClaimRole::kRescue);
  }

  std::vector<Counted>::iterator StartingAt(size_t t) {
    return std::find_if(all_.begin(), all_.end(), [t](const Counted& c) { return c.q.begin == t; });
  }

  // "exécutés sommairement par les forces pro-gouvernementales, dont 11
  // femmes", "638 morts dans toute l'Égypte, dont 43 policiers": past
  // adverbs and an agent or a place, to the comma before a breakdown; j
  // when there is none.
  size_t PastAgentOrPlace(size_t j) const {
    size_t k = j;
    while (k < limit_ && scope_.Has(k, ClaimRole::kAdverb)) k += scope_.Length(k, ClaimRole::kAdverb);
    if (k >= limit_ || !(Is(scope_, k, "par") || Is(scope_, k, "by") || scope_.Has(k, ClaimRole::kLocative))) {
      return j;
    }
    for (size_t e = k + 1; e < limit_ && e - k <= kMaxAgentPhrase; ++e) {
      if (Is(scope_, e, ",")) return e;
      if (scope_.IsPunct(e) || scope_.Token(e).kind == text::TokenKind::kNumber) return j;
    }
    return j;
  }

  // A figure of `c` under `cue`, with what follows it: a breakdown (past a
  // date: "ont été tués en trois jours, dont 14 enfants"), "parmi les
  // civils". Returns its index.
  size_t Finish(Counted& c, const CueAt& cue, size_t tail) {
    Figure f = MakeFigure(c, cue);
    // "l'armée a perdu 180 hommes": the men a party lost are its fighters.
    if (cue.form == CueForm::kActivePeople && f.category == VictimCategory::kNone) {
      for (size_t k = c.q.end; k < c.v.end; ++k) {
        if (!scope_.Has(k, ClaimRole::kLostMen)) continue;
        f.category = VictimCategory::kMilitary;
        f.by_category[static_cast<int>(f.category)] += f.value;
        break;
      }
    }
    c.linked = true;
    for (size_t t = cue.span.begin; t < cue.span.end; ++t) cue_used_[t - begin_] = 1;
    size_t after = std::max(f.span.end, tail);
    // Past a date or an adverb of manner ("blessés par balles, dont deux
    // grièvement").
    size_t past_aside = after;
    while (past_aside < limit_ && (scope_.date_at[past_aside] >= 0 || scope_.Has(past_aside, ClaimRole::kAdverb))) {
      past_aside += std::max<size_t>(1, scope_.Length(past_aside, ClaimRole::kAdverb));
    }
    size_t breakdown = ReadBreakdown(scope_, past_aside, limit_, &all_, &f);
    if (breakdown == past_aside) breakdown = ReadBreakdown(scope_, after, limit_, &all_, &f);
    if (breakdown == after) {
      // "tués par des tirs israéliens, dont 12 enfants", "638 morts dans
      // toute l'Égypte, dont 43 policiers": past the agent or the place,
      // only when a breakdown follows it.
      const size_t phrase_end = PastAgentOrPlace(after);
      if (const size_t b = ReadBreakdown(scope_, phrase_end, limit_, &all_, &f); b != phrase_end) breakdown = b;
    }
    f.span.end = std::max(f.span.end, breakdown);
    f.span.end = std::max(f.span.end, ReadAmong(scope_, f.span.end, limit_, &f));
    if (cue.form == CueForm::kNoun || cue.form == CueForm::kOf) f.span.end = std::max(f.span.end, FoundAfter(f));
    // "avoir tué 25 combattants des Brigades du Hezbollah", "killed 17
    // militants of the Tehreek-e-Taliban Pakistan": the statement shown
    // ends with the victims' noun; their party's name stays in the span
    // the context is read from.
    // Not before a second noun or figure ("combattants de la Swapo et
    // soldats angolais", "a senior commander of Kataib Hezbollah and two
    // of his aides"); a second name is the complement's ("du Jihad
    // islamique et du Hamas").
    auto second = [&](size_t k) {
      return (Is(scope_, k, "et") || Is(scope_, k, "and")) &&
             !(k + 1 < limit_ && scope_.Has(k + 1, ClaimRole::kConnector));
    };
    bool second_noun = false;
    for (size_t k = c.v.named_complement; k < c.v.end && !second_noun; ++k) second_noun = second(k);
    second_noun = second_noun || (c.v.end < limit_ && second(c.v.end));
    if (c.v.named_complement > c.q.end && f.span.end == c.v.end && cue.span.end <= c.q.begin && !second_noun) {
      f.shown_end = c.v.named_complement;
    }
    figures_.push_back(f);
    return figures_.size() - 1;
  }

  // "Plus de 400 corps de civils ont été retrouvés", "52 bodies had been
  // recovered", "les corps de 47 personnes ont été exhumés": a noun's
  // figure and the verb of finding after it, past its auxiliaries, are one
  // statement. The end of that verb, or the figure's.
  size_t FoundAfter(const Figure& f) const {
    constexpr size_t kMaxBetween = 12;
    size_t k = f.span.end;
    // "Les corps de 47 personnes, dont des femmes, ont été exhumés": past an
    // aside between commas with no cue in it.
    if (k < limit_ && Is(scope_, k, ",")) {
      size_t c = k + 1;
      while (c < limit_ && c <= k + kMaxBetween && !Is(scope_, c, ",") && !CueStarting(scope_, c, limit_)) ++c;
      if (c >= limit_ || !Is(scope_, c, ",")) return f.span.end;
      k = c + 1;
    }
    // "Plus de 400 corps de civils ont été retrouvés": past the noun's
    // complement.
    if (k < limit_ && (scope_.Has(k, ClaimRole::kConnector) || Is(scope_, k, "of"))) {
      size_t c = k + std::max<size_t>(1, scope_.Length(k, ClaimRole::kConnector));
      const size_t from = c;
      while (c < limit_ && c < from + 4 && scope_.IsWord(c) && !scope_.Has(c, ClaimRole::kAuxBe) &&
             !scope_.Has(c, ClaimRole::kAuxHave) && !CueStarting(scope_, c, limit_)) {
        ++c;
      }
      k = c;
    }
    bool aux = false;
    while (k < limit_ && (scope_.Has(k, ClaimRole::kAuxBe) || scope_.Has(k, ClaimRole::kAuxHave) ||
                          scope_.Has(k, ClaimRole::kAdverb))) {
      aux = aux || !scope_.Has(k, ClaimRole::kAdverb);
      k += std::max<size_t>({1, scope_.Length(k, ClaimRole::kAuxHave), scope_.Length(k, ClaimRole::kAdverb)});
    }
    if (!aux || k >= limit_ || !scope_.Has(k, ClaimRole::kFound)) return f.span.end;
    return k + scope_.Length(k, ClaimRole::kFound);
  }

  // "46 réfugiés soudanais sont morts": people displaced before, killed
  // now; the verb after the noun (past up to two adjectives) is the cue,
  // not the noun. None for another noun cue.
  // The numbers from token `begin` to `end` a breakdown read are free
  // again.
  void Release(size_t begin, size_t end) {
    for (Counted& d : all_) {
      if (d.q.begin >= begin && d.q.begin < end) d.consumed = false;
    }
  }

  std::optional<CueAt> VerbAfterDisplaced(const Counted& c, size_t from) const {
    if (c.v.cue->kind != CountKind::kDisplaced) return std::nullopt;
    size_t e = from;
    while (e < limit_ && e < c.v.end + 2 && scope_.IsWord(e) && !scope_.IsCapitalised(e) &&
           !CueStarting(scope_, e, limit_) && !scope_.Has(e, ClaimRole::kAuxBe) && !scope_.Has(e, ClaimRole::kAuxHave)) {
      ++e;
    }
    bool negated = false;
    std::optional<CueAt> verb = CueAfter(scope_, e, limit_, &negated);
    if (!verb || negated || verb->kind == CountKind::kDisplaced) return std::nullopt;
    return verb;
  }

  // Nouns and subjects: the cue after the number ("27 morts", "27 civils,
  // dont neuf enfants, ont été tués").
  void LinkAfter() {
    for (size_t i = 0; i < all_.size(); ++i) {
      Counted& c = all_[i];
      if (c.consumed || !Valid(c)) continue;
      // "Cinq membres d'une même famille ont été tués": "une" after "de" is
      // an article of a complement, not the subject.
      // "fait état d'un mort et 18 blessés": a casualty noun after it is one.
      if (c.q.weak && c.q.begin > begin_ && scope_.Has(c.q.begin - 1, ClaimRole::kConnector) &&
          !(c.v.cue && c.v.cue->span.begin == c.q.end)) {
        continue;
      }
      // "could save millions of lives", "a permis de sauver 300 vies", "947
      // vies auraient été sauvées": lives saved are no casualties.
      if (c.v.cue && ((c.q.begin > begin_ && scope_.Has(c.q.begin - 1, ClaimRole::kRescue)) || SavedAfter(c.v.end))) {
        continue;
      }
      if (c.v.cue) {
        // "Au moins 35 déplacés, dont 17 enfants, ont été tués": past the
        // breakdown, which counts the killed.
        Figure among;
        const size_t after = c.v.cue->kind == CountKind::kDisplaced
                                 ? ReadBreakdown(scope_, c.v.end, limit_, &all_, &among)
                                 : c.v.end;
        const std::optional<CueAt> verb =
            VerbAfterDisplaced(c, after + (after != c.v.end && after < limit_ && Is(scope_, after, ",")));
        if (!verb) Release(c.v.end, after);  // the breakdown is the displaced figure's, read again by Finish
        size_t f = verb ? Finish(c, *verb, verb->span.end) : Finish(c, *c.v.cue, c.v.end);
        if (verb) {
          for (int k = 0; k < 4; ++k) figures_[f].by_category[k] += among.by_category[k];
        }
        JoinCoordinated(scope_, &all_, i, &figures_[f]);  // "Five policemen and two civilians died"
        continue;
      }
      Figure probe;
      size_t after = ReadBreakdown(scope_, c.v.end, limit_, &all_, &probe);
      size_t verb = after == c.v.end ? after : after + (Is(scope_, after, ",") || Is(scope_, after, ")"));
      bool negated = false;
      std::optional<CueAt> cue = CueAfter(scope_, verb, limit_, &negated);
      if (!cue || negated) {
        Release(c.v.end, after);  // the breakdown belongs to no figure
        continue;
      }
      size_t f = Finish(c, *cue, cue->span.end);
      // A number between the noun and its verb counts no one of its own
      // ("3 000 combattants des deux camps ont été tués").
      for (Counted& d : all_) {
        if (d.q.begin >= c.q.end && d.q.begin < cue->span.begin) d.consumed = true;
      }
      for (int k = 0; k < 4; ++k) {
        if (k != static_cast<int>(c.v.category)) figures_[f].by_category[k] += probe.by_category[k];
      }
      figures_[f].approximate = figures_[f].approximate || probe.approximate;
      JoinCoordinated(scope_, &all_, i, &figures_[f]);
    }
  }

  // "porte à 30 le nombre de morts": the figure just before a toll, past an
  // article.
  bool LinkTollBefore(size_t k, const CueAt& cue) {
    size_t b = k;
    if (b > begin_ && scope_.Has(b - 1, ClaimRole::kDeterminer)) --b;
    auto before = std::find_if(all_.begin(), all_.end(), [b](const Counted& c) { return c.q.end == b; });
    if (before == all_.end() || before->linked || before->consumed || before->v.unit || before->v.end != b ||
        before->q.year_like) {
      return false;
    }
    size_t f = Finish(*before, cue, cue.span.end);
    figures_[f].span.begin = before->q.begin;
    return true;
  }

  // Objects: the cue before the number ("ont tué 56 civils", "killing",
  // "les corps de", "the death toll from the bombing rose to 45").
  void LinkBefore(size_t k) {
    std::optional<CueAt> cue = CueStarting(scope_, k, limit_);
    if (!cue || cue_used_[k - begin_]) return;
    if (cue->form == CueForm::kNoun || cue->form == CueForm::kIntransitive) return;
    if (cue->form == CueForm::kParticiple && VoiceBefore(scope_, k, begin_) == Voice::kPassive) return;
    if (cue->form == CueForm::kInfinitive && !InfinitiveOfADeed(scope_, k, begin_)) return;
    size_t j = cue->span.end;
    if (cue->form == CueForm::kToll) {
      if (LinkTollBefore(k, *cue)) return;
      // Past an article that is no figure ("the death toll from the strike
      // on a bakery has risen to 28").
      auto number_at = [&](size_t t) {
        auto n = StartingAt(t);
        return n != all_.end() && !(n->q.weak && !People(*n) && !n->v.cue);
      };
      while (j < limit_ && j - cue->span.end < kMaxTollGap && !scope_.IsPunct(j) && !number_at(j)) {
        ++j;
      }
    }
    while (j < limit_ && (scope_.Has(j, ClaimRole::kAdverb) || scope_.date_at[j] >= 0)) {
      j += std::max<size_t>(1, scope_.Length(j, ClaimRole::kAdverb));
    }
    // "a tué au Yémen des centaines de combattants": past a place named,
    // when a figure follows it.
    if (j + 2 < limit_ && scope_.Has(j, ClaimRole::kLocative)) {
      constexpr size_t kMaxPlaceWords = 4;
      size_t e = j + std::max<size_t>(1, scope_.Length(j, ClaimRole::kLocative));
      if (e < limit_ && scope_.Has(e, ClaimRole::kDeterminer)) ++e;
      const size_t name = e;
      while (e < limit_ && e < name + kMaxPlaceWords && scope_.IsWord(e) && scope_.IsCapitalised(e)) ++e;
      if (e > name && StartingAt(e) != all_.end()) j = e;
    }
    j = SkipAside(scope_, j, limit_);  // "a tué, selon l'ONU, 2.251 Palestiniens"
    if (j < limit_ && scope_.Has(j, ClaimRole::kBothSides)) return;  // "blessés des deux camps": no figure
    if (j < limit_ && Is(scope_, j, "\"")) ++j;  // a figure quoted: "avoir tué « plus de 40 militaires »"
    // "avoir tué les 33 assaillants", "killed his two brothers": past an
    // article or a possessive before the figure.
    if (j + 1 < limit_ && (scope_.Has(j, ClaimRole::kDeterminer) || scope_.Has(j, ClaimRole::kPossessive)) &&
        StartingAt(j + 1) != all_.end()) {
      ++j;
    }
    auto it = StartingAt(j);
    if (it == all_.end() || it->consumed || !Valid(*it)) return;
    if (cue->form == CueForm::kActivePeople && !People(*it)) return;
    // "a exécuté un plan", "exécutent un logiciel": one thing executed, not
    // a person.
    bool execution = false;  // "l'exécution d'une œuvre" too
    for (size_t t = cue->span.begin; t < cue->span.end; ++t) execution = execution || scope_.Folded(t).starts_with("execut");
    // "a chassé un tyran": one person driven out by an article is no
    // displacement either, unless the noun is of people.
    if (it->q.weak && (execution || cue->kind == CountKind::kDisplaced) && !People(*it)) return;
    if (it->linked) {  // "les corps de 21 civils exécutés": one figure, from "les corps"
      for (Figure& f : figures_) {
        if (f.span.begin != it->q.begin) continue;
        if (f.kind == cue->kind) f.span.begin = k;
        // "avait déjà tué plus de 60 déplacés": displaced people killed; the
        // verb counts them, the noun says who they were.
        // "exécuté au moins 49 hommes qui fuyaient les combats": people who
        // fled, killed.
        const bool fleeing =
            f.cue.begin >= 1 && (Is(scope_, f.cue.begin - 1, "qui") || Is(scope_, f.cue.begin - 1, "who"));
        if (f.kind == CountKind::kDisplaced && cue->kind != CountKind::kDisplaced &&
            (f.cue.end <= it->v.end || fleeing)) {
          f.kind = cue->kind;
          f.cue = cue->span;
          f.span.begin = k;
          for (size_t t = k; t < cue->span.end; ++t) cue_used_[t - begin_] = 1;
        }
      }
      return;
    }
    size_t start = k;  // "ont tué": the auxiliary belongs to the statement
    while (start > begin_ && (scope_.Has(start - 1, ClaimRole::kAuxHave) || scope_.Has(start - 1, ClaimRole::kAdverb))) {
      --start;
    }
    size_t f = Finish(*it, *cue, it->v.end);
    figures_[f].span.begin = start;
    while (JoinObject(&figures_[f])) {
    }
  }

  // "les combats ont fait au moins 270 morts", "l'attaque a causé 12
  // morts": the verb that makes the figure a toll belongs to the statement,
  // with its auxiliary (the minimal clause, as "ont tué" does).
  void CauseVerbBefore(Figure* f) {
    size_t j = f->span.begin;
    while (j > begin_ && scope_.Has(j - 1, ClaimRole::kAdverb)) --j;
    // Not "has claimed", also a verb of speech, whose subject would be
    // read as the figure's source.
    if (j == begin_ || scope_.Length(j - 1, ClaimRole::kCauseVerb) != 1 || scope_.Has(j - 1, ClaimRole::kSpeech)) return;
    size_t start = j - 1;
    while (start > begin_ && (scope_.Has(start - 1, ClaimRole::kAuxHave) || scope_.Has(start - 1, ClaimRole::kAdverb))) {
      --start;
    }
    f->span.begin = start;
  }

  // The figure counts people: a victims' category ("soldats", "civils") or
  // a noun of people (lexicon role `people`: "hommes", "men", "camarades").
  bool People(const Counted& c) const {
    if (c.v.category != VictimCategory::kNone || c.v.partitive) return true;  // "11 000 des leurs"
    if (!c.v.head || c.q.end >= limit_) return false;
    return scope_.Has(c.q.end, ClaimRole::kPeople);
  }

  // "killed at least 170 civilians and 13 U.S. service members", "tuant
  // trois soldats et deux civils": a second object with a noun of its own
  // joins the figure; not one with its own verb ("and 120 were injured").
  // After "ainsi que" and "as well as" too, past a comma ("tué 12 soldats,
  // ainsi que trois civils"). Whether it joined one: the next may follow
  // ("killed 649 Argentine and 255 British servicemen, as well as three
  // islanders").
  bool JoinObject(Figure* f) {
    size_t k = f->span.end;
    if (k + 2 < limit_ && Is(scope_, k, ",") && JoinerLength(scope_, k + 1, limit_) > 1) ++k;
    if (k + 1 >= limit_ || Is(scope_, k, ",")) return false;
    const size_t joiner = JoinerLength(scope_, k, limit_);
    if (joiner == 0) return false;
    // "a ward administrator and his two sons": past the possessive.
    const size_t own = k + joiner + 1 < limit_ && scope_.Has(k + joiner, ClaimRole::kPossessive) ? 1 : 0;
    auto it = StartingAt(k + joiner + own);
    // "three members of the SDF and a civilian", "tuant deux enfants et une
    // retraitée": one victim by its article, with a noun of its own (not a
    // name: "and a Reuters reporter" is one too, "et un Hercules" no one).
    const bool one = it != all_.end() && it->q.weak && it->q.value == 1 &&
                     (it->v.category != VictimCategory::kNone ||
                      (it->v.head && it->q.end < limit_ && !scope_.IsCapitalised(it->q.end)));
    if (it == all_.end() || it->linked || it->consumed || it->v.unit || it->v.cue || it->q.year_like ||
        (it->q.weak && !one) || !it->v.head) {
      return false;
    }
    bool negated = false;
    if (CueAfter(scope_, it->v.end, limit_, &negated)) return false;
    it->linked = it->consumed = true;
    // "killed 241 American and 58 French servicemen": a first figure with a
    // nation's adjective alone shares the second's noun and its category.
    // (English, where the adjective has no plural: not "241 Americans".)
    if (scope_.text.english() && it->v.category != VictimCategory::kNone && f->category == VictimCategory::kNone &&
        k >= begin_ + 2 && scope_.Token(k - 2).kind == text::TokenKind::kNumber &&
        !DemonymCountry(scope_, k - 1).empty() && !scope_.Folded(k - 1).ends_with("s")) {
      f->by_category[static_cast<int>(it->v.category)] += f->value;
    }
    f->value += it->q.value;
    f->approximate = f->approximate || it->q.approximate;
    if (it->v.category != VictimCategory::kNone) f->by_category[static_cast<int>(it->v.category)] += it->q.value;
    f->span.end = std::max(it->v.end, ReadBreakdown(scope_, it->v.end, limit_, &all_, f));
    return true;
  }

  // "plus de 2.200 morts côté palestinien, en majorité des civils, et 73
  // côté israélien", "17.674 morts en Turquie et 3.377 en Syrie": a number
  // after "et" whose noun is the figure's, elided, followed by its own
  // place, is added to the figure (the gold set's convention: one claim,
  // their sum).
  void JoinElided(Figure* f) {
    size_t k = f->span.end;
    for (size_t n = 0; k < limit_ && n < kMaxElidedGap && !Is(scope_, k, "et") && !Is(scope_, k, "and"); ++k, ++n) {
      auto number = StartingAt(k);  // not an article: ", un record,"
      if (scope_.Token(k).kind == text::TokenKind::kNumber || (number != all_.end() && !number->q.weak) ||
          CueStarting(scope_, k, limit_) || (scope_.IsPunct(k) && !Is(scope_, k, ","))) {
        return;
      }
    }
    if (k + 1 >= limit_ || !(Is(scope_, k, "et") || Is(scope_, k, "and"))) return;
    auto it = StartingAt(k + 1);
    if (it == all_.end() || it->linked || it->consumed || it->v.unit || it->v.cue || it->q.year_like) return;
    const size_t after = it->q.end;
    const bool placed = after >= limit_ || scope_.IsPunct(after) || scope_.Has(after, ClaimRole::kLocative) ||
                        Is(scope_, after, "cote");
    bool negated = false;
    if (!placed || CueAfter(scope_, after, limit_, &negated)) return;  // "et 13 ont été blessés"
    it->linked = it->consumed = true;
    f->value += it->q.value;
    f->approximate = f->approximate || it->q.approximate;
    if (f->category != VictimCategory::kNone) f->by_category[static_cast<int>(f->category)] += it->q.value;
    size_t end = after;  // its place: "côté israélien", "au Mali"
    while (end < limit_ && end - after < kMaxElidedPlace && !scope_.IsPunct(end) && StartingAt(end) == all_.end()) {
      ++end;
    }
    f->span.end = std::max(end, ReadBreakdown(scope_, end, limit_, &all_, f));
  }

  const ClaimScope& scope_;
  const size_t begin_, limit_;
  std::vector<Counted> all_;
  std::vector<uint8_t> cue_used_;
  std::vector<Figure> figures_;
};

}  // namespace

void FindFigures(const ClaimScope& scope, size_t s, std::vector<Figure>* out) {
  SentenceFigures(scope, s).Run(out);
}

}  // namespace vigie::analyse::internal
