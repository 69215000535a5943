// The parties a sentence names as the agents of an attack, for the actor of
// casualty claims (claim_actor_choice.cc chooses among them).
//
// Actors are the agents of the attack the sentence reports: the complement
// of an attack noun ("les frappes de la coalition", "sous les bombes de
// l'armée", "shelling by militants", "roquettes tirées par les rebelles",
// "frappes attribuées à la coalition", English "coalition air raids"), the
// subject of an attack or killing verb ("Les jihadistes du groupe Etat
// islamique ont exécuté"), or the agent inside that subject ("Les mines
// posées par les rebelles ont tué"), the owner of an attack ("ont
// intensifié leurs frappes"), the agent of a passive killing ("tués par
// les rebelles"), the object of a blame ("Washington a accusé la Russie",
// "ont imputé l'attentat à X"), the subject of a passive blame ("le régime
// est accusé d'avoir tué") or of a claim of responsibility. A weaker
// kind: an armed party that is a sentence's subject without attacking in
// it ("Les rebelles ont repris position"), which a pronoun after it may
// stand for.
//
// A complement or a subject is an actor only when it names an armed party
// (claim_parties.cc): an actor noun of the lexicon ("armée", "rebelles",
// "coalition"), a name that is not a place, or a country where a country
// may act ("les frappes d'Israël"): "le bombardement du village", "les
// barils d'explosifs", "les inondations ont tué" name none; where the
// syntax says it ("tirées par les « révolutionnaires »", "ont accusé
// Damas"), any name. Pronouns, demonstratives and "les
// assaillants" are resolved later. A light verb ("lancé", "mené", "tiré")
// is an attack only with an attack for its object; a word that is both
// noun and participle once folded ("attaque"/"attaqué") is a verb only
// after "avoir".
#include <algorithm>
#include <optional>

#include "analyse/claims_internal.h"
#include "analyse/gazetteer.h"
#include "analyse/numbers.h"

namespace vigie::analyse::internal {
namespace {

constexpr size_t kMaxOpening = 12;     // "Selon le Centre russe pour la réconciliation en Syrie,"
constexpr size_t kMaxAgentGap = 18;  // "entre vendredi et dimanche dans le quartier de Wharf Jérémie, à Port-au-Prince, par"
constexpr size_t kMaxHeadToAgent = 3;  // "Les mines antipersonnel posées par"
constexpr size_t kMaxToAttackObject = 8;  // "a lancé l'une de ses plus vastes attaques"
constexpr size_t kMaxSharedAux = 20;      // "ont repoussé lundi à l'aube une attaque de la milice rebelle contre Babanusa et tué"

bool Is(const ClaimScope& scope, size_t i, std::string_view f) { return scope.Folded(i) == f; }

// A naming after a demonstrative ("ces égorgeurs") stands for the party
// named before; it keeps its own noun (ResolveActor) unless quoted ("ces
// « révolutionnaires »") or a description ("cette coalition de rebelles
// touareg"), which stand for the group named before. A name, or a
// complement with a name, names its party itself ("Ces bandits d'Ali
// Darassa", "Ces bandits qui se font appeler « Amba Boys »").
void MarkDemonstrative(const ClaimScope& scope, ActorMention* m) {
  bool described = false;  // a complement: the lexicon's connectors ("de", "du", "des", "d'", "of")
  for (size_t k = m->name.begin; k < m->name.end; ++k) {
    if ((described || k == m->name.begin) && HasCapital(scope, k)) return;
    described = described || scope.IsWordOf(k, ClaimRole::kConnector);
  }
  m->demonstrative = true;
  m->own_noun = !scope.in_quote[m->name.begin] && !described;
}

// The first token past a figure that counts an agent's men: "par
// plusieurs centaines de terroristes", "par 200 hommes armés", "by dozens
// of gunmen"; i when no figure opens there or no party's noun follows it.
size_t PastHeadcount(const ClaimScope& scope, size_t i, size_t limit) {
  size_t k = i;
  for (;;) {  // "several hundred": a determiner, then a figure
    if (std::optional<Quantity> q = ParseQuantity(scope.marks, k, limit); q && !q->year_like && q->end > k) {
      k = q->end;
    } else if (const size_t n = std::max(scope.Length(k, ClaimRole::kPluralDeterminer), scope.Length(k, ClaimRole::kScale))) {
      k += n;  // "plusieurs", "quelques", "several", "hundred"
    } else {
      break;
    }
  }
  if (k == i) return i;
  if (k < limit) k += scope.Length(k, ClaimRole::kConnector);  // "centaines de", "dozens of"
  // "Deux chasseurs de l'armée ivoirienne ont bombardé": weapons counted too.
  const bool party = k < limit && (scope.Has(k, ClaimRole::kActorNoun) || scope.Has(k, ClaimRole::kGenericParty) ||
                                   scope.Has(k, ClaimRole::kMember) || scope.Has(k, ClaimRole::kUnnamedAttacker) ||
                                   scope.Has(k, ClaimRole::kInstrument));
  return party ? k : i;
}

// "par"/"by" before an agent; "par balle", "par arme blanche", "killed by
// name" (a bare common noun in the singular) tell the manner instead.
bool IsAgentBy(const ClaimScope& scope, size_t i) {
  const bool by = Is(scope, i, "by");
  if (!by && !Is(scope, i, "par")) return false;
  const size_t n = i + 1;
  // "by the UN's own count", "by the United Nations' estimate": who
  // counted, not who killed.
  for (size_t k = n; by && k < scope.text.tokens().size() && k < n + 8; ++k) {
    const bool possessive = Is(scope, k, "'s") || (Is(scope, k, "'") && k > n && scope.Folded(k - 1).ends_with("s"));
    if (!possessive && scope.IsPunct(k)) break;
    if (!possessive) continue;
    size_t r = k + 1;
    while (r < scope.text.tokens().size() && r < k + 4 && scope.IsWord(r) && !scope.Has(r, ClaimRole::kReportNoun)) ++r;
    if (r < scope.text.tokens().size() && scope.Has(r, ClaimRole::kReportNoun)) return false;
    break;
  }
  if (PastHeadcount(scope, n, scope.text.tokens().size()) > n) return true;
  if (n >= scope.text.tokens().size() || !scope.IsWord(n) || scope.IsCapitalised(n) ||
      scope.Has(n, ClaimRole::kDeterminer) || scope.Has(n, ClaimRole::kDemonstrative) ||
      scope.Has(n, ClaimRole::kPossessive) || scope.Has(n, ClaimRole::kPronoun) ||
      scope.Has(n, ClaimRole::kActorNoun) || scope.Has(n, ClaimRole::kConnector)) {
    return true;
  }
  if (!by) return false;
  // English takes bare plurals ("by gunmen"), attacks ("by shelling") and
  // qualified nouns ("by armed men"); one singular word alone is a manner
  // ("identified by name").
  const bool alone = n + 1 >= scope.text.tokens().size() || scope.IsPunct(n + 1) ||
                     scope.Has(n + 1, ClaimRole::kPreposition) || scope.Has(n + 1, ClaimRole::kClauseStop);
  return !alone || scope.Folded(n).ends_with("s") || scope.Has(n, ClaimRole::kAttackNoun) ||
         scope.Has(n, ClaimRole::kInstrument) || scope.Has(n, ClaimRole::kUnnamedAttacker);
}

// A word that stands for the party named before ("leur", "ses").
void PushPronoun(TokenSpan word, size_t at, ActorMention::Kind kind, std::vector<ActorMention>* out) {
  ActorMention m;
  m.name = word;
  m.at = at;
  m.kind = kind;
  m.pronoun = true;
  out->push_back(m);
}

// An attack or a weapon with its nation ("Russian missiles", "frappes
// russes"), the agent as written: no party's name to check it against.
void PushAsWritten(TokenSpan attack, size_t at, std::vector<ActorMention>* out) {
  ActorMention m;
  m.name = attack;
  m.at = at;
  m.kind = ActorMention::kAgent;
  out->push_back(m);
}

// English: a proper name ends the phrase, after its head and at most two
// lower-case nouns ("the group al-Shabaab", "the Tuareg-led rebel alliance
// CSP"), not past a preposition ("Terrorists holed up in Mariupol").
bool NameAfterHead(const ClaimScope& scope, TokenSpan name, size_t head) {
  size_t k = name.end;
  while (k > head + 1 && HasCapital(scope, k - 1)) --k;
  if (k == name.end || k > head + 3) return false;
  for (size_t j = head + 1; j < k; ++j) {
    if (!scope.IsWord(j) || scope.Has(j, ClaimRole::kPreposition) || scope.Has(j, ClaimRole::kNounPhraseStop) ||
        scope.Folded(j).ends_with("ed")) {
      return false;
    }
  }
  return true;
}

// The person named before ", un Norvégien", ", a 28-year-old man": the
// name of one who acted alone (two to four capitalised words, no place nor
// organisation), or nothing.
TokenSpan PersonBeforeApposition(const ClaimScope& scope, TokenSpan name) {
  const size_t article = LoneAttackerArticle(scope, name, Head(scope, name));
  if (article == SIZE_MAX || article == 0) return {};
  const size_t comma = article - 1;
  if (!Is(scope, comma, ",")) return {};
  constexpr size_t kMaxNameWords = 4;
  size_t b = comma;
  while (b > 0 && comma - b < kMaxNameWords && scope.IsWord(b - 1) && HasCapital(scope, b - 1)) --b;
  if (comma - b < 2 || (b > 0 && scope.IsWord(b - 1) && HasCapital(scope, b - 1))) return {};
  for (size_t k = b; k < comma; ++k) {
    if (IsPlaceName(scope, k, comma) || KnownArmedGroup(scope, {k, comma})) return {};
  }
  return {b, comma};
}

// A word of n carries a capital: the naming holds a name ("les mêmes
// égorgeurs du TTP", "le Front national kuki-chin").
bool AnyCapital(const ClaimScope& scope, TokenSpan n) {
  for (size_t k = n.begin; k < n.end; ++k) {
    if (HasCapital(scope, k)) return true;
  }
  return false;
}

void Push(const ClaimScope& scope, TokenSpan name, size_t at, ActorMention::Kind kind, Party party,
          std::vector<ActorMention>* out) {
  // "les mêmes groupes armés", "la même police", "the same armed group":
  // the party named before, whatever the noun; its own noun without "même"
  // when there is none (or when it has a name of its own, below).
  const bool same = name.end > name.begin + 1 && (Is(scope, name.begin, "meme") || Is(scope, name.begin, "memes") ||
                                                  Is(scope, name.begin, "same"));
  if (same) ++name.begin;
  // A weapon is its party's only with its nation or its owner ("les avions
  // de la coalition"), whatever the syntax: "un hélicoptère a tiré".
  // English puts the weapon last: "Kfir fighter jets".
  if (party == Party::kAny && !name.empty() &&
      (scope.Has(name.begin, ClaimRole::kInstrument) ||
       (scope.text.english() && scope.Has(Head(scope, name), ClaimRole::kInstrument)))) {
    party = Party::kAnyPlace;
  }
  // "les avions et les drones de la coalition": weapons coordinated share
  // the owner after the second.
  if (!name.empty() && scope.Has(name.begin, ClaimRole::kInstrument)) {
    const size_t limit = scope.SentenceEnd(scope.text.SentenceOfToken(name.begin));
    const size_t n = name.end;
    if (n + 2 < limit && (Is(scope, n, "et") || Is(scope, n, "and")) && scope.Has(n + 1, ClaimRole::kDeterminer) &&
        scope.Has(n + 2, ClaimRole::kInstrument)) {
      name.end = NounPhrase(scope, n + 1, limit, kMaxActor, true).end;
    }
  }
  // "hommes armés de fusils d'assaut", "men armed with machetes": the
  // weapons they carry are not the party's name (not "armés du M23").
  for (size_t k = name.begin; k + 2 < name.end; ++k) {
    if (scope.Has(k, ClaimRole::kArmed) && (scope.Has(k + 1, ClaimRole::kConnector) || Is(scope, k + 1, "with")) &&
        scope.Has(SkipArticles(scope, k + 2, name.end), ClaimRole::kInstrument)) {
      name.end = k + 1;
      break;
    }
  }
  name = FromParty(scope, TrimVerb(scope, name), party);
  // "combattants d'Al-Chabab": the group's name, a party by the syntax.
  if (!name.empty()) {
    const size_t limit = scope.SentenceEnd(scope.text.SentenceOfToken(name.begin));
    // "les combattants du FPLE entraient": the group's name ends before a verb too.
    if (TokenSpan group = MemberOf(scope, name, limit); !group.empty()) {
      name = TrimVerb(scope, group), party = Party::kAny;
    }
  }
  name = PastSponsor(scope, Affiliated(scope, name));
  // English: descriptions before a known group's name are not the name's
  // ("the paramilitary Rapid Support Forces", "rebel M23 fighters").
  if (scope.text.english() && !name.empty()) {
    for (size_t k = name.begin; k < name.end && scope.IsWord(k) && !scope.IsCapitalised(k); ++k) {
      if (k + 1 < name.end && scope.IsCapitalised(k + 1) && ArmedGroupEnd(scope, k + 1, name.end) > k + 1) {
        name.begin = k + 1;
        break;
      }
    }
  }
  // English: the name ends with its head ("Terrorists holed up"), not
  // before the group's name ("the group al-Shabaab", "the rebel alliance
  // CSP").
  // The head may be several words: "the Libyan coast guard".
  if (const size_t h = name.empty() ? 0 : Head(scope, name), head_end = h + std::max<size_t>(1, scope.Length(h, ClaimRole::kActorNoun));
      scope.text.english() && !name.empty() && scope.Has(h, ClaimRole::kActorNoun) && head_end < name.end &&
      scope.Folded(head_end) != "of" && !NameAfterHead(scope, name, head_end - 1) &&
      !Is(scope, name.end - 1, ")") &&                        // "... (JNIM)": a name
      ArmedGroupEnd(scope, name.begin, name.end) < name.end) {  // "Group for the Support of Islam and Muslims"
    name.end = head_end;
  }
  // "a Tigrayan youth group known as Samri", "un groupe appelé Fano": the
  // description's proper name.
  if (!name.empty()) {
    const size_t limit = scope.SentenceEnd(scope.text.SentenceOfToken(name.begin));
    size_t k = name.end;
    // "Ces bandits qui se font appeler", "gunmen who call themselves".
    if (k + 1 < limit && (Is(scope, k, "qui") || Is(scope, k, "who")) && scope.Has(k + 1, ClaimRole::kAlias)) ++k;
    if (k < limit && scope.Has(k, ClaimRole::kAlias)) {
      k += scope.Length(k, ClaimRole::kAlias);
      k = SkipArticles(scope, k, limit);
      if (k + 1 < limit && Is(scope, k, "\"")) ++k;  // "qui se font appeler « Amba Boys »"
      size_t e = k;
      while (e < limit && e < k + kMaxActor && (HasCapital(scope, e) || (e > k && Is(scope, e, "-")))) ++e;
      if (e > k) name = {k, e}, party = Party::kAny;
    }
  }
  if (!ValidActor(scope, name) || !ActorLike(scope, name, party)) return;
  // "Anders Behring Breivik, un Norvégien de 32 ans, a tué": one person
  // acting alone, named before the apposition that describes him.
  if (const TokenSpan person = PersonBeforeApposition(scope, name); !person.empty()) name = person;
  // "Syria's war has killed": the possessor of a war is where it is fought;
  // not "Boko Haram's insurgency", an armed group's own.
  if (scope.text.english() && name.end + 1 < scope.text.tokens().size() && Is(scope, name.end, "'s") &&
      scope.Has(name.end + 1, ClaimRole::kWarNoun) && at != name.end + 1) {
    return;
  }
  ActorMention m;
  m.name = name;
  m.at = at;
  m.kind = kind;
  // "les mêmes égorgeurs du TTP": a naming with a name stands for itself.
  m.demonstrative = same && !AnyCapital(scope, name);
  out->push_back(m);
}

bool GroupDescription(const ClaimScope& scope, TokenSpan clause, size_t bare, size_t at, ActorMention::Kind kind,
                      std::vector<ActorMention>* out);

// The naming `name` found at `from` (its article) describes a group named
// before ("fired by the group", "les jihadistes sont revenus"): its mention
// is the description's (GroupDescription); true then.
bool Described(const ClaimScope& scope, size_t from, TokenSpan name, size_t at, ActorMention::Kind kind,
               std::vector<ActorMention>* out) {
  const size_t end = std::max(name.end, from + 1);
  return GroupDescription(scope, {from, end}, SkipArticles(scope, from, end), at, kind, out);
}

void AddNamed(const ClaimScope& scope, TokenSpan clause, size_t at, ActorMention::Kind kind, Party party,
              std::vector<ActorMention>* out);

// "depuis les positions", "from positions", and with `possessive` "depuis
// leurs positions": the token of the positions (lexicon role
// `firing_position`) after "depuis" or "from" at m, or end.
size_t FiringPositionAt(const ClaimScope& scope, size_t m, size_t end, bool possessive) {
  if (m + 2 >= end || !(Is(scope, m, "depuis") || Is(scope, m, "from"))) return end;
  const size_t p = possessive && scope.Has(m + 1, ClaimRole::kPossessive) ? m + 2 : SkipArticles(scope, m + 1, end);
  return p < end && scope.Has(p, ClaimRole::kFiringPosition) ? p : end;
}

// "tiré depuis les positions des rebelles serbes", "fired from positions
// of the rebels": whoever holds the positions fired ("depuis leurs
// positions": the subject of the verb, found as such). m: the token of
// "depuis" or "from".
bool FiredFromPositions(const ClaimScope& scope, size_t m, size_t end, size_t at, std::vector<ActorMention>* out) {
  const size_t p = FiringPositionAt(scope, m, end, /*possessive=*/false);
  if (p >= end) return false;
  const size_t c = p + 1 < end ? scope.Length(p + 1, ClaimRole::kConnector) : 0;
  if (c == 0) return false;
  const size_t before = out->size();
  AddNamed(scope, {p + 1 + c, std::min(end, p + 1 + c + kMaxActor)}, at, ActorMention::kAgent, Party::kAny, out);
  return out->size() > before;
}

// The agent of a participle inside a clause: "Les mines posées par les
// rebelles", "Les obus tirés par l'armée".
bool AgentInside(const ClaimScope& scope, TokenSpan clause, size_t at, std::vector<ActorMention>* out) {
  const size_t head = SkipArticles(scope, clause.begin, clause.end);
  for (size_t p = head + 1; p + 1 < clause.end && p <= head + kMaxHeadToAgent; ++p) {
    if (!scope.IsWord(p - 1)) continue;
    // "Une bonbonne lancée le 2 mai 2002 par la guérilla": past the date.
    size_t k = p;
    while (k + 1 < clause.end && scope.date_at[k] >= 0 && Participle(scope, p - 1)) ++k;
    if (Participle(scope, p - 1) && FiredFromPositions(scope, k, clause.end, at, out)) return true;
    if (!IsAgentBy(scope, k)) continue;
    // "la coalition menée par l'Arabie saoudite", "forces backed by": who
    // leads or backs the party, not the attack's agent.
    if (scope.Has(k - 1, ClaimRole::kNounPhraseStop)) return false;
    const size_t before = out->size();
    const TokenSpan name = NounPhrase(scope, k + 1, clause.end, kMaxActor, true);
    if (!Described(scope, k + 1, name, at, ActorMention::kAgent, out)) {
      Push(scope, name, at, ActorMention::kAgent, Party::kAnyPlace, out);
    }
    return out->size() > before;
  }
  return false;
}

// "Le groupe jihadiste a revendiqué", "the militant group said": a group
// noun after a definite article, with at most an adjective, describes the
// group named before by its proper name (ResolveActor), kept when there is
// none. Not "le groupe Etat islamique" (a name follows).
bool GroupDescription(const ClaimScope& scope, TokenSpan clause, size_t bare, size_t at, ActorMention::Kind kind,
                      std::vector<ActorMention>* out) {
  if (bare <= clause.begin || bare >= clause.end) return false;
  const std::string_view article = scope.Folded(bare - 1);
  // "les jihadistes", "the paramilitaries": a plural naming that describes
  // a known armed group, the one named before.
  const bool armed = (article == "les" || article == "the") && scope.Has(bare, ClaimRole::kArmedDescription) &&
                     !scope.IsCapitalised(bare);
  const bool definite = article == "le" || article == "la" || article == "l'" || article == "the";
  size_t head = bare;
  // "the militant group", "the anti-Taliban armed group", "the
  // Somalia-based group": up to two adjectives, a capitalised one only as
  // a compound ("Somalia-based", "Iran-backed").
  auto adjective = [&](size_t k) {
    if (!scope.IsWord(k) || scope.Has(k, ClaimRole::kGroupNoun)) return false;
    if (!scope.IsCapitalised(k)) return true;
    const std::string_view f = scope.Folded(k);
    return f.find('-') != std::string_view::npos &&
           (f.ends_with("-based") || f.ends_with("-led") || f.ends_with("-backed") || f.ends_with("-linked") ||
            f.ends_with("-allied") || f.ends_with("-affiliated"));
  };
  if (scope.text.english() && adjective(head)) {
    if (head + 1 < clause.end && scope.Has(head + 1, ClaimRole::kGroupNoun)) {
      head += 1;
    } else if (head + 2 < clause.end && adjective(head + 1) && scope.Has(head + 2, ClaimRole::kGroupNoun)) {
      head += 2;
    }
  }
  if (!armed && (!definite || !scope.Has(head, ClaimRole::kGroupNoun))) return false;
  if (scope.IsCapitalised(head)) return false;  // "The Group to Support Islam and Muslims": a name
  // At most an adjective after the noun ("le groupe jihadiste"), then the
  // name ends: not "le groupe Etat islamique", "les jihadistes de Boko Haram".
  size_t e = head + 1;
  if (e < clause.end && scope.IsWord(e) && !scope.IsCapitalised(e) && !EndsName(scope, e)) ++e;
  if (e < clause.end && !scope.IsPunct(e) && !EndsName(scope, e)) return false;
  if (e < clause.end && (Is(scope, e, "de") || Is(scope, e, "du") || Is(scope, e, "d'") || Is(scope, e, "of"))) {
    return false;
  }
  ActorMention m;
  m.name = {bare, e};
  m.at = at;
  m.kind = kind;
  m.demonstrative = true;
  m.proper_only = true;
  m.armed_only = armed;
  out->push_back(m);
  return true;
}

// "JNIM said in a statement that its fighters had killed", "l'armée a
// indiqué qu'elle avait neutralisé": the speaker a pronoun or a possessive
// right after "that"/"que" stands for; empty when there is none.
TokenSpan SpeakerBefore(const ClaimScope& scope, size_t i) {
  const size_t begin = scope.SentenceBegin(scope.text.SentenceOfToken(i));
  // English drops "that": "the army said (on Saturday) its troops had",
  // "said in a statement it had".
  if (scope.text.english()) {
    size_t j = i;
    while (j > begin && scope.date_at[j - 1] >= 0) --j;
    if (j > begin + 1 && scope.Has(j - 1, ClaimRole::kSpeech)) return SubjectBefore(scope, j - 1, begin);
    constexpr size_t kMaxComplement = 6;  // "in a post on its Telegram channel"
    for (size_t v = j; v-- > begin + 1 && j - v <= kMaxComplement && scope.IsWord(v);) {
      if (scope.Has(v, ClaimRole::kSpeech)) {
        if (scope.Has(v + 1, ClaimRole::kPreposition)) return SubjectBefore(scope, v, begin);
        break;
      }
    }
  }
  // "New Delhi affirme que, le 7 mai, ses frappes": past a date between
  // commas.
  size_t q = i;
  if (q > begin + 3 && Is(scope, q - 1, ",")) {
    size_t d = q - 1;
    while (d > begin && scope.date_at[d - 1] >= 0) --d;
    if (d < q - 1 && d > begin + 1 && Is(scope, d - 1, ",")) q = d - 1;
  }
  auto that = [&](size_t t) { return Is(scope, t, "that") || Is(scope, t, "que") || Is(scope, t, "qu'"); };
  // "La NPA a reconnu qu'une mine posée par ses combattants avait tué":
  // further in the reported clause, when no other party is named before
  // the possessive.
  constexpr size_t kMaxIntoClause = 6;
  for (size_t t = q; t > begin + 2 && q - t < kMaxIntoClause && !that(q - 1);) {
    --t;
    if (that(t - 1)) {
      q = t;
      break;
    }
    if ((scope.IsPunct(t) && !Is(scope, t, ",")) || scope.IsCapitalised(t) || scope.Has(t, ClaimRole::kActorNoun) ||
        scope.Has(t, ClaimRole::kGenericParty) || scope.Has(t, ClaimRole::kPronoun) ||
        scope.Has(t, ClaimRole::kPossessive)) {
      break;
    }
  }
  if (q < begin + 2 || !that(q - 1)) return {i, i};
  for (size_t v = q - 1; v-- > begin && q - v <= 8;) {
    if (scope.IsPunct(v) && !Is(scope, v, ",")) break;
    if (scope.Has(v, ClaimRole::kSpeech)) return SubjectBefore(scope, v, begin);
  }
  return {i, i};
}

// "UN investigators say its militants": a singular owner's word cannot
// stand for a plural speaker (a common noun in the plural).
bool SingularForPlural(const ClaimScope& scope, size_t word, TokenSpan speaker) {
  static constexpr std::string_view kSingular[] = {"its", "it", "his", "her", "he", "she",
                                                   "son", "sa",  "ses", "il",  "elle"};
  const std::string_view w = scope.Folded(word);
  if (std::find(std::begin(kSingular), std::end(kSingular), w) == std::end(kSingular)) return false;
  const size_t h = Head(scope, {SkipArticles(scope, speaker.begin, speaker.end), speaker.end});
  const std::string_view f = scope.Folded(h);
  return !scope.IsCapitalised(h) && f.size() > 3 && Plural(f);
}

// "a spokesman for the People's Defence Force", "un porte-parole pour la
// coalition": the party a speaker speaks for, else the speaker.
TokenSpan SpokenFor(const ClaimScope& scope, TokenSpan speaker) {
  const size_t k = SkipArticles(scope, speaker.begin, speaker.end);
  for (size_t s = k; s < speaker.end && s <= k + 2; ++s) {
    if (!scope.Has(s, ClaimRole::kSpokesperson)) continue;
    if (s + 2 < speaker.end && (Is(scope, s + 1, "for") || Is(scope, s + 1, "pour"))) return {s + 2, speaker.end};
    return speaker;
  }
  return speaker;
}

void AddNamed(const ClaimScope& scope, TokenSpan clause, size_t at, ActorMention::Kind kind, Party party,
              std::vector<ActorMention>* out) {
  if (clause.empty()) return;
  clause = SpokenFor(scope, clause);
  // A pronoun or a possessive that opens a reported clause: its speaker.
  if (scope.Has(clause.begin, ClaimRole::kPronoun) || scope.Has(clause.begin, ClaimRole::kPossessive)) {
    if (const TokenSpan speaker = SpeakerBefore(scope, clause.begin);
        !speaker.empty() && !SingularForPlural(scope, clause.begin, speaker)) {
      const size_t before = out->size();
      AddNamed(scope, speaker, at, kind, party, out);
      if (out->size() > before) return;
    }
  }
  // "tués par plusieurs centaines de terroristes": the party, not its number.
  if (kind == ActorMention::kAgent || kind == ActorMention::kSubject) {
    clause.begin = PastHeadcount(scope, clause.begin, clause.end);
  }
  const size_t bare = SkipArticles(scope, clause.begin, clause.end);  // "les assaillants"
  const ClaimLexiconEntry* p = bare < clause.end ? scope.marks.Longest(bare, ClaimRole::kPronoun) : nullptr;
  // "les agresseurs de l'Otan", "the attackers from Hamas": the party the
  // attackers are of, when its name follows.
  if (p != nullptr && p->value == 2 && bare + p->tokens.size() < clause.end) {
    size_t k = bare + p->tokens.size();
    const size_t c = Is(scope, k, "from") ? 1 : scope.Length(k, ClaimRole::kConnector);
    k = c == 0 ? clause.end : SkipArticles(scope, k + c, clause.end);
    if (k < clause.end && scope.IsCapitalised(k)) {
      const TokenSpan group = NounPhrase(scope, k, clause.end, kMaxActor, true);
      const size_t before = out->size();
      if (!group.empty()) Push(scope, group, at, kind, party, out);
      if (out->size() > before) return;
    }
  }
  if (p != nullptr && clause.end == bare + p->tokens.size()) {
    if (p->value == 0) return;  // "on", "nous": no one to resolve to
    ActorMention m;
    m.at = at;
    m.kind = kind;
    m.pronoun = p->value == 1;
    m.demonstrative = p->value == 2;  // "les assaillants": kept if no one before
    m.name = {bare, clause.end};
    out->push_back(m);
    return;
  }
  TokenSpan name = NounPhrase(scope, clause.begin, clause.end, kMaxActor, true);
  // English: the owner's forces, not the owner ("Myanmar's military",
  // "Islamic State's Afghan affiliate"); by their name when they have one
  // ("Sudan's paramilitary Rapid Support Forces").
  if (scope.text.english() && !name.empty() && name.end + 1 < clause.end && Is(scope, name.end, "'s")) {
    if (const TokenSpan owned = NounPhrase(scope, name.end + 1, clause.end, kMaxActor, true); !owned.empty()) {
      size_t proper = owned.begin;
      while (proper < owned.end && !scope.IsCapitalised(proper)) ++proper;
      const bool named = proper < owned.end && scope.IsCapitalised(Head(scope, owned));
      // A country's own bodies keep it ("Ukraine's General Staff",
      // "Russia's Defence Ministry"): the country is the party, not the
      // office; a group with a name of its own does not.
      const bool state_body = IsCountry(scope, name.begin, name.end) && !KnownArmedGroup(scope, {proper, owned.end});
      name = named && !state_body ? TokenSpan{proper, owned.end} : TokenSpan{name.begin, owned.end};
    }
  }
  TokenSpan described = clause;  // an agent's clause runs on past its name
  if (kind == ActorMention::kAgent) described.end = name.end;
  if (GroupDescription(scope, described, bare, at, kind, out)) return;
  // An attack in the phrase has its agent as its own mention ("Les
  // frappes de la coalition ont tué"); not one after the name ("shot dead
  // by Israeli troops during a raid"), nor a place ("les forces de
  // sécurité de la prison").
  for (size_t k = clause.begin; k < clause.end && (k < name.end || name.empty() || kind != ActorMention::kAgent); ++k) {
    if (scope.Has(k, ClaimRole::kAttackNoun) && !scope.Has(k, ClaimRole::kPlaceHead)) return;
  }
  // "its fighters", "leurs hommes": the owner, named before, rather than
  // the members; "its army", "son aviation": the owner too, beside the
  // force.
  const bool owned = scope.Has(clause.begin, ClaimRole::kPossessive) && !name.empty() && name.begin == clause.begin + 1;
  if (owned && scope.Has(name.begin, ClaimRole::kMember)) {
    PushPronoun({clause.begin, clause.begin + 1}, at, kind, out);
    return;
  }
  if (owned && scope.Has(name.begin, ClaimRole::kActorNoun)) {
    PushPronoun({clause.begin, clause.begin + 1}, at, kind, out);
    // "its forces", "ses troupes": a bare force is its owner's, no party of
    // its own.
    if (name.end == name.begin + 1) return;
  }
  const size_t before = out->size();
  Push(scope, name, at, kind, party, out);
  if (out->size() == before && AgentInside(scope, clause, at, out)) return;
  // "ces égorgeurs": the party named before, else its own noun.
  if (out->size() > before && scope.Has(clause.begin, ClaimRole::kDemonstrative)) MarkDemonstrative(scope, &out->back());
  // "those moderates", "ces « héros »": a demonstrative names the party
  // named before even with a noun that names none; dropped if none.
  if (out->size() == before && scope.Has(clause.begin, ClaimRole::kDemonstrative) && !name.empty()) {
    PushPronoun({clause.begin, name.end}, at, kind, out);  // "ces": its number
    return;
  }
  if (out->size() == before && scope.Has(clause.begin, ClaimRole::kPossessive)) {
    PushPronoun({clause.begin, clause.begin + 1}, at, kind, out);  // "Ses hélicoptères ont largué": the owner
  }
}

// English: "coalition air raids", "The Saudi-led coalition's strike".
void EnglishAgentBefore(const ClaimScope& scope, size_t k, size_t begin, std::vector<ActorMention>* out) {
  // "Yemen's fighting", "Syria's war": where, not who.
  if (k > begin && Is(scope, k - 1, "'s") && (scope.Has(k, ClaimRole::kWarNoun) || Is(scope, k, "fighting"))) return;
  size_t b = k;
  // "Russia's overnight barrage": the owner past one or two qualifiers, or
  // two joined ("Israel's air and ground campaign").
  size_t q = k;
  while (q > begin + 1 && k - q < 3 && scope.IsWord(q - 1) && !scope.IsCapitalised(q - 1) &&
         (!EndsName(scope, q - 1) || scope.date_at[q - 1] >= 0 ||  // "overnight"
          (Is(scope, q - 1, "and") && k - q == 1)) &&
         !scope.Has(q - 1, ClaimRole::kDeterminer) && !Is(scope, q - 1, "'s") && (k - q < 2 || Is(scope, q, "and"))) {
    --q;
  }
  if (q < k && Is(scope, q - 1, "'s")) b = q;
  if (b > begin && Is(scope, b - 1, "'s")) --b;
  // "the Hamas-led attack", "U.S.-led strikes": the leader is the agent.
  if (b > begin) {
    const std::string_view t = scope.text.TokenText(b - 1);
    if (t.size() > 4 && t.ends_with("-led") && scope.IsCapitalised(b - 1)) {
      const size_t before = out->size();
      Push(scope, {b - 1, b}, k, ActorMention::kAgent, Party::kAny, out);
      if (out->size() > before) return;  // the word; claims.cc drops "-led" from the actor
    }
    if (b >= begin + 3 && Is(scope, b - 1, "led") && Is(scope, b - 2, "-") && scope.IsCapitalised(b - 3)) {
      Push(scope, {b - 3, b - 2}, k, ActorMention::kAgent, Party::kAny, out);
      return;
    }
  }
  const size_t e = b;
  // Not past a live page's time stamp ("14:05 GMT Israeli strikes").
  while (b > begin && e - b < 3 && scope.IsWord(b - 1) && !EndsName(scope, b - 1) &&
         !scope.Has(b - 1, ClaimRole::kDeterminer) && !scope.Has(b - 1, ClaimRole::kConnector) &&
         !scope.IsWordOf(b - 1, ClaimRole::kTimeZone)) {
    --b;
  }
  // "a US-made bomb", "Russian-built jets": the maker, not the agent.
  for (size_t t = b; t < e; ++t) {
    if (scope.LastPartIsWordOf(t, ClaimRole::kMaker)) return;
  }
  // A weapon's model is no agent ("Tomahawk cruise missiles", "Grad
  // multiple rocket launchers"): a nation, a country, a known group or an
  // acronym is; a capital only as an owner ("Moscow's strikes", not "the
  // Paris attacks": where).
  const bool owner = e < k && Is(scope, e, "'s");
  bool party = false;
  for (size_t t = b; t < e && !party; ++t) {
    if (scope.IsWordOf(t, ClaimRole::kWeaponModel)) continue;  // "HIMARS"
    const std::string_view w = scope.text.TokenText(t);
    party = !DemonymCountry(scope, t).empty() || (owner ? IsCountry(scope, t, e) : IsNation(scope, t, e)) ||
            KnownArmedGroup(scope, {t, e}) ||
            (w.size() >= 2 && InCapitals(w));
  }
  if (!party) {
    // "an army bombing", "police raids", "army and police fire": a state
    // force's noun before the attack is its agent; not a kind of violence
    // ("gang violence", "militant attacks", "sniper fire").
    for (size_t t = b; t < e; ++t) {
      const ClaimLexiconEntry* force = scope.marks.Longest(t, ClaimRole::kActorNoun);
      if (force == nullptr || force->value == 0) continue;
      Push(scope, {t, e}, k, ActorMention::kAgent, Party::kArmed, out);
      return;
    }
    return;
  }
  const size_t before = out->size();
  Push(scope, {b, e}, k, ActorMention::kAgent, Party::kCountry, out);  // "U.S. strikes", not "Gaza strikes"
  // "Russian missiles", "Israeli artillery": a nation alone is no party's
  // name; the weapon with its nation is the agent, as written.
  // "Israeli air strikes": the whole attack noun.
  if (out->size() == before && e == b + 1 && !DemonymCountry(scope, b).empty()) {
    const size_t length = std::max({size_t{1}, scope.Length(k, ClaimRole::kAttackNoun),
                                    scope.Length(k, ClaimRole::kInstrument)});
    PushAsWritten({b, k + length}, k, out);
  }
}

// "l'attaque du village de Solhan, dans le nord-est du Burkina Faso, par
// des hommes armés": the agent after the attack's target and place, before
// the clause ends.
bool AgentLater(const ClaimScope& scope, size_t k, size_t j, size_t end, std::vector<ActorMention>* out) {
  constexpr size_t kMaxShare = 5;  // "dans leur très grande majorité"
  // "killed, many of them shot by police", "most of them shot at barricades
  // by gendarmes": the share's own participle, whose agent is the claim's.
  bool shared_verb = false;
  for (size_t t = j; t + 1 < end && t < j + kMaxAgentGap; ++t) {
    if (!shared_verb && t > j && scope.IsWord(t) && !scope.IsCapitalised(t) && !IsAgentBy(scope, t) &&
        EntryEndingAt(scope, ClaimRole::kShare, t, j, kMaxShare) < t) {
      shared_verb = true;
      t += std::max<size_t>(1, scope.Length(t, ClaimRole::kKilled)) - 1;
      continue;
    }
    if ((Is(scope, t, "et") || Is(scope, t, "and")) && t > j) {
      // "entre vendredi et dimanche": a coordination of dates.
      if (scope.date_at[t - 1] >= 0 && scope.date_at[t + 1] >= 0) continue;
      // "in Mullivaikkal and across the Vanni by", "in and around the town
      // by": a coordination of places.
      if (scope.Has(t + 1, ClaimRole::kLocative)) continue;
      // "in Latakia and Tartus by", "à Goma et à Bukavu par": two places.
      if (IsPlaceName(scope, t - 1, t) &&
          (IsPlaceName(scope, t + 1, end) || (t + 2 < end && IsTo(scope, t + 1) && IsPlaceName(scope, t + 2, end)))) {
        continue;
      }
    }
    const bool verb = (scope.Has(t, ClaimRole::kAuxHave) || scope.Has(t, ClaimRole::kAuxBe)) &&
                      !scope.Has(t, ClaimRole::kDirection);  // "dans l'est du Kenya"
    // "tué par des tirs attribués par Moscou aux forces ukrainiennes": the
    // agent of a blame is who blames.
    if (verb || scope.Has(t, ClaimRole::kClauseStop) || scope.Has(t, ClaimRole::kSpeech) ||
        scope.Has(t, ClaimRole::kBlame) || IsCasualtyWord(scope, t) || scope.Has(t, ClaimRole::kAttackNoun) ||
        Is(scope, t, ";") || Is(scope, t, ":")) {
      return false;
    }
    if (IsAgentBy(scope, t)) {
      // "tués depuis 2022, en immense majorité par les forces russes",
      // "killed, most of them by police": a share of the victims, then the
      // agent of the claim's own verb.
      const bool share = shared_verb || EntryEndingAt(scope, ClaimRole::kShare, t, j, kMaxShare) < t;
      // "tenus par les rebelles": another verb's agent; not a noun after its
      // article ("dans la soirée par le JNIM").
      // So is one in "-i" ("le bilan de 31 civils tués brandi par l'ISPR").
      const std::string_view w = scope.Folded(t - 1);
      const bool in_i = !scope.text.english() && scope.IsWord(t - 1) && !scope.IsCapitalised(t - 1) &&
                        scope.date_at[t - 1] < 0 && w.size() > 4 &&
                        (w.ends_with("i") || w.ends_with("ie") || w.ends_with("ies"));
      if (!share && (Participle(scope, t - 1) || in_i) && !(t >= j + 2 && scope.Has(t - 2, ClaimRole::kDeterminer))) {
        return false;
      }
      // English: "a site run by the GHF", "a tally by the Center": the
      // agent of the word before, unless it is the attack ("an ambush by")
      // or a place after its article ("in and around the town by").
      const bool place_noun = t >= j + 2 && scope.Has(t - 2, ClaimRole::kDeterminer) &&
                              scope.Has(t - 1, ClaimRole::kPlaceHead) && !scope.Has(t - 1, ClaimRole::kReportNoun);
      if (!share && scope.text.english() && t > j && scope.IsWord(t - 1) && !scope.IsCapitalised(t - 1) &&
          scope.date_at[t - 1] < 0 && !scope.Has(t - 1, ClaimRole::kAdverb) &&
          !scope.Has(t - 1, ClaimRole::kAttackNoun) && !scope.Has(t - 1, ClaimRole::kInstrument) && !place_noun) {
        return false;
      }
      // As after the participle itself: past the figure that counts the
      // party's men ("lors de l'assaut lancé par quelque 1 500 rebelles des
      // FARC"), to the agent of a weapon ("à Jamundí par un engin lâché par
      // les rebelles").
      const size_t before = out->size();
      AddNamed(scope, {t + 1, end}, k, ActorMention::kAgent, Party::kAnyPlace, out);
      return out->size() > before;
    }
  }
  return false;
}

// Past the auxiliaries of a passive: "a été", "ont été", "was", "has been".
size_t PastAuxiliaries(const ClaimScope& scope, size_t j, size_t end) {
  size_t v = j;
  while (v < end && v < j + 3 && (scope.Has(v, ClaimRole::kAuxHave) || scope.Has(v, ClaimRole::kAuxBe))) ++v;
  return v;
}

// An event named for where it happened: fighting ("la bataille de",
// "les combats de", value `fighting`), a massacre (value `place`) or an
// invasion (value `target`: of a country too). 0 for none, else the value.
int64_t PlaceEvent(const ClaimScope& scope, size_t k) {
  const ClaimLexiconEntry* a = scope.marks.Longest(k, ClaimRole::kAttackNoun);
  return a == nullptr ? 0 : a->value;
}

// A word that names a party, its members, a weapon or an attack.
bool PartyOrWeaponWord(const ClaimScope& scope, size_t t) {
  for (ClaimRole r : {ClaimRole::kActorNoun, ClaimRole::kMember, ClaimRole::kGenericParty, ClaimRole::kGroupNoun,
                      ClaimRole::kUnnamedAttacker, ClaimRole::kArmedDescription, ClaimRole::kInstrument,
                      ClaimRole::kAttackNoun, ClaimRole::kWeaponModel, ClaimRole::kArmed}) {
    if (scope.Has(t, r)) return true;
  }
  return false;
}

// The agent of the attack noun at k ("frappes de la coalition").
void AttackNounAgent(const ClaimScope& scope, size_t k, size_t begin, size_t end,
                     std::vector<ActorMention>* out) {
  const size_t after = k + scope.Length(k, ClaimRole::kAttackNoun);
  size_t j = PastQualifiers(scope, after, end);
  // "sous les balles et les explosifs des bandits": a second noun shares
  // the complement.
  if (j + 2 < end && (Is(scope, j, "et") || Is(scope, j, "and")) && scope.Has(j + 1, ClaimRole::kDeterminer)) {
    const size_t shared = PastQualifiers(scope, j + 2, end);
    if (shared > j + 2 && shared < end && scope.Has(shared, ClaimRole::kConnector)) j = shared;
  }
  // "l'invasion américaine de l'Irak": with its nation said, what follows
  // is the target.
  bool national = false;
  for (size_t q = after; q < j && !national; ++q) {
    // "les tirs d'obus rebelles", "les raids loyalistes": a party's noun
    // as the attack's adjective is its agent; not a kind of violence
    // ("violences armées", "opération militaire", "attaque terroriste").
    const ClaimLexiconEntry* party = scope.text.english() ? nullptr : scope.marks.Longest(q, ClaimRole::kActorNoun);
    if (party != nullptr && party->value == 0 && !scope.Has(q, ClaimRole::kArmed) &&
        !scope.Folded(q).starts_with("terror")) {
      national = true;
      PushAsWritten({q, q + 1}, k, out);
      break;
    }
    if (DemonymCountry(scope, q).empty()) continue;
    national = true;
    // "des missiles russes ont tué", "tuées par des frappes russes": the
    // attack with its nation is the agent, as written.
    PushAsWritten({k, q + 1}, k, out);
  }
  // "les barils d'explosifs du régime": a second complement may be the agent.
  bool weapon_first = true;
  for (int complement = 0; complement < 2; ++complement) {
    size_t from = end;
    bool by = false;  // "par", "attribuées à": the agent by syntax
    bool predicate = false;  // "Cette attaque a été perpétrée par": who made the attack told before
    if (j < end && scope.Has(j, ClaimRole::kConnector) && !national) {
      // "l'invasion du Koweït" (value `target`): what follows is the
      // target; only "par" names the agent.
      if (!weapon_first || PlaceEvent(scope, k) == kAttackOfTarget) break;
      // "les frappes de la coalition", not "le bombardement d'une école" (a target).
      size_t c = j + scope.Length(j, ClaimRole::kConnector);
      // "l'attaque d'un groupe terroriste": an indefinite party is the agent.
      const bool party = c + 1 < end && (scope.Has(c + 1, ClaimRole::kActorNoun) ||
                                         scope.Has(c + 1, ClaimRole::kGenericParty) ||
                                         scope.Has(c + 1, ClaimRole::kUnnamedAttacker));
      if (c < end && (!scope.Has(c, ClaimRole::kOne) || party)) from = c;
    } else if (j < end && IsAgentBy(scope, j) &&
               !(complement > 0 && Participle(scope, j - 1) && !scope.Has(j - 1, ClaimRole::kAttackVerb))) {
      // "une embuscade tendue par", "l'explosion d'une mine posée par", not
      // "l'explosion de milliers de bipeurs utilisés par les membres": the
      // complement's own verb's agent, unless it laid or fired the weapon.
      from = j + 1;
      by = true;
    } else if (size_t v = PastAuxiliaries(scope, j + (complement == 0 && j < end && Is(scope, j, ",") ? 1 : 0), end);
               v < end && (scope.Has(v, ClaimRole::kAttackVerb) || scope.Has(v, ClaimRole::kBlame))) {
      // "l'assaut a été mené par", "the attack was claimed by", "L'attaque,
      // menée par".
      const bool blame = scope.Has(v, ClaimRole::kBlame);  // "attribuées à", not "menée à Kaboul"
      size_t m = v + std::max(scope.Length(v, ClaimRole::kAttackVerb), scope.Length(v, ClaimRole::kBlame));
      while (m < end && (scope.date_at[m] >= 0 || scope.Has(m, ClaimRole::kAdverb))) ++m;  // "menés depuis jeudi par"
      // "des tirs attribués par Moscou aux forces ukrainiennes": a blame's
      // "par" names who blames; the blamed comes after "à".
      if (blame && !scope.Has(v, ClaimRole::kAttackVerb) && m + 1 < end && IsAgentBy(scope, m)) {
        const size_t to = NounPhrase(scope, m + 1, end, kMaxActor, true).end;
        m = to < end && IsTo(scope, to) ? to : end;
      }
      if (m < end && (IsAgentBy(scope, m) || (blame && IsTo(scope, m)))) {
        from = m + 1, by = true;
        // "Cette attaque", or "l'attaque"/"the attack" opening its clause
        // ("later concluded that the attack had been carried out by").
        const bool opens = k == begin + 1 || (k >= begin + 2 && (scope.IsPunct(k - 2) || Is(scope, k - 2, "that") ||
                                                                 Is(scope, k - 2, "que") || Is(scope, k - 2, "qu'")));
        const bool definite = k > begin && (Is(scope, k - 1, "l'") || Is(scope, k - 1, "le") || Is(scope, k - 1, "la") ||
                                            Is(scope, k - 1, "les") || Is(scope, k - 1, "the"));
        predicate = k > begin && (scope.Has(k - 1, ClaimRole::kDemonstrative) || (definite && opens));
      } else if (!blame && FiredFromPositions(scope, m, end, k, out)) {
        return;  // "un obus tiré depuis les positions des"
      }
    }
    if (from >= end) break;
    if (by) from = PastHeadcount(scope, from, end);  // "l'assaut lancé par quelque 1 500 rebelles"
    const size_t before = out->size();
    TokenSpan name = NounPhrase(scope, from, end, kMaxActor, true);
    // "le bombardement chimique de Sardacht par le régime baasiste", "the
    // shelling of Donetsk by": with an agent after it, the complement is
    // the target.
    if (!by && complement == 0 && !name.empty() && name.end + 1 < end && IsAgentBy(scope, name.end)) {
      j = name.end;
      continue;
    }
    // "la bataille de Tinzaouatène", "le massacre de Moura", "the siege of
    // Mariupol": after an event of a place, a bare name the gazetteer does
    // not know as a party is where, not who; after an invasion, a country
    // too ("l'invasion du Koweït").
    if (const int64_t event = PlaceEvent(scope, k);
        !by && complement == 0 && !name.empty() && name.begin == from && scope.IsCapitalised(from) && event != 0 &&
        !KnownArmedGroup(scope, name) && (event == kAttackOfTarget || !IsNation(scope, name.begin, name.end))) {
      break;
    }
    // "l'opération de sauvetage des passagers du Jaffar Express": a
    // complement whose head is a common noun that names no party, weapon or
    // attack, with none after it ("de grande envergure des hordes
    // terroristes"), has no agent's name further down.
    if (const size_t head = name.empty() ? name.end : Head(scope, name);
        !by && !name.empty() && !scope.IsCapitalised(head)) {
      bool party = false;
      for (size_t t = head; t < name.end && !party; ++t) party = PartyOrWeaponWord(scope, t);
      if (!party) {
        weapon_first = false;  // "l'offensive de représailles menée par Israël": an agent after it
        j = name.end;
        continue;
      }
    }
    if (!Described(scope, from, name, k, ActorMention::kAgent, out)) {
      Push(scope, name, k, ActorMention::kAgent, by ? Party::kAny : Party::kCountry, out);
    }
    if (out->size() > before) {
      // The attack's agent as what the sentence says of it: as a claim of
      // responsibility, about the attack.
      if (predicate) out->back().about_attack = true;
      return;
    }
    if (name.empty()) break;  // "the Hamas-led attack of October 7": a date, the agent elsewhere
    // "l'attentat de l'aéroport de Kaboul": a place attacked, then where it is.
    if (scope.Has(SkipArticles(scope, name.begin, name.end), ClaimRole::kPlaceHead)) break;
    // "l'opération de sauvetage des passagers": a second complement after
    // "de" is an agent only after a weapon or an attack ("barils
    // d'explosifs du régime", "tirs d'artillerie de l'armée").
    const size_t h = SkipArticles(scope, name.begin, name.end);
    weapon_first = scope.Has(h, ClaimRole::kInstrument) || scope.Has(h, ClaimRole::kAttackNoun) ||
                   scope.Has(h, ClaimRole::kWeaponModel);
    j = name.end;  // "barils d'explosifs" -> "du régime"
    // "une frappe de HIMARS des forces ukrainiennes": the weapon's name
    // took the owner in as its complement; the next complement starts
    // there.
    if (weapon_first) {
      for (size_t t = h + 1; t < name.end; ++t) {
        if (scope.Has(t, ClaimRole::kConnector)) {
          j = t;
          break;
        }
      }
    }
  }
  if (AgentLater(scope, k, j, end, out)) return;
  if (scope.text.english()) EnglishAgentBefore(scope, k, begin, out);
}

// "ont lancé une offensive", "ont tiré sur la foule": a light verb is an
// attack only with an attack for object or a target after "sur".
bool AttackObject(const ClaimScope& scope, size_t j, size_t end) {
  while (j < end && scope.date_at[j] >= 0) ++j;  // "ont tiré vendredi une dizaine d'obus"
  // "ont tiré depuis leurs positions sur la ville": where from, then the target.
  if (FiringPositionAt(scope, j, end, /*possessive=*/true) < end) j = NounPhrase(scope, j + 1, end, kMaxActor, true).end;
  if (j < end && scope.Has(j, ClaimRole::kLocative)) return true;
  for (size_t k = j; k < end && k < j + kMaxToAttackObject; ++k) {
    // "ont lancé une offensive", "fired nearly 600 drones".
    if (scope.Has(k, ClaimRole::kAttackNoun) || scope.Has(k, ClaimRole::kInstrument)) return true;
    if (scope.IsPunct(k)) break;
  }
  return false;
}

// The agent after a participle: "tués par les rebelles", "roquettes
// tirées par les rebelles", "carried out by".
void AgentAfter(const ClaimScope& scope, size_t k, size_t m, size_t end, std::vector<ActorMention>* out) {
  while (m < end && (scope.date_at[m] >= 0 || scope.Has(m, ClaimRole::kAdverb))) ++m;
  // "abattus comme des chiens par les militaires": a simile between the
  // participle and its agent.
  constexpr size_t kMaxSimile = 4;
  if (m < end && Is(scope, m, "comme")) {
    for (size_t j = m + 1; j < end && j <= m + kMaxSimile && !scope.IsPunct(j); ++j) {
      if (IsAgentBy(scope, j)) {
        m = j;
        break;
      }
    }
  }
  if (FiredFromPositions(scope, m, end, k, out)) return;
  if (m + 1 < end && IsAgentBy(scope, m)) {
    AddNamed(scope, {m + 1, std::min(end, m + 1 + kMaxActor)}, k, ActorMention::kAgent, Party::kAny, out);
    return;
  }
  // Past the time and the place: "tuées entre vendredi et dimanche dans le
  // quartier de Wharf Jérémie, à Port-au-Prince, par des membres du gang".
  AgentLater(scope, k, m, end, out);
}

// "ont détruit un dépôt près de Kramatorsk et tué 60 soldats", "had
// destroyed a depot and killed 60 soldiers": a participle after "et"/"and"
// shares the auxiliary of the verb before it. Returns the first verb's
// token (the one after that auxiliary), or k when there is none.
size_t SharedAuxiliary(const ClaimScope& scope, size_t k, size_t begin) {
  if (k <= begin + 2 || !(Is(scope, k - 1, "et") || Is(scope, k - 1, "and"))) return k;
  for (size_t a = k - 1; a-- > begin && k - a <= kMaxSharedAux;) {
    if (scope.IsPunct(a) && !Is(scope, a, ",")) return k;
    if (scope.Has(a, ClaimRole::kClauseStop) || scope.Has(a, ClaimRole::kSpeech)) return k;
    if (scope.Has(a, ClaimRole::kAuxHave) && a + 1 < k - 1 && !scope.Has(a + 1, ClaimRole::kAuxBe)) return a + 1;
  }
  return k;
}

// The clause of the subject of the verb at k, or for a relative "qui" its
// antecedent; empty when its subject is the object of a blame before it
// ("accuse les talibans d'avoir attaqué": the blame's own mention).
TokenSpan SubjectClause(const ClaimScope& scope, size_t k, size_t begin) {
  TokenSpan subject = SubjectBefore(scope, k, begin);
  if (subject.empty() && subject.begin > begin && scope.Has(subject.begin - 1, ClaimRole::kClauseStop) &&
      !scope.Has(subject.begin - 1, ClaimRole::kConnector)) {
    subject = Antecedent(scope, subject.begin - 1, begin);  // "..., qui faisaient pleuvoir"
  }
  // "le Front national kuki-chin, un groupe armé, dont les combattants ont
  // tué": the members' party is the relative's antecedent, past an
  // apposition that describes it.
  if (!subject.empty() && subject.begin > begin && Is(scope, subject.begin - 1, "dont")) {
    const size_t members = SkipArticles(scope, subject.begin, subject.end);
    if (members < subject.end && scope.Has(members, ClaimRole::kMember)) {
      TokenSpan party = Antecedent(scope, subject.begin - 1, begin);
      if (!party.empty() && !AnyCapital(scope, party) && party.begin > begin + 1 && Is(scope, party.begin - 1, ",")) {
        if (const TokenSpan before = Antecedent(scope, party.begin - 1, begin); !before.empty()) party = before;
      }
      if (!party.empty()) return party;
    }
  }
  for (size_t t = subject.begin; t < subject.end; ++t) {
    if (scope.Has(t, ClaimRole::kBlame)) return {subject.end, subject.end};
  }
  return subject;
}

// The object after j counts things ("38 drones", "plusieurs missiles"): a
// unit before any punctuation, preposition, complement, date or people
// ("killed 11 Christians in villages" counts people).
bool ThingsAfter(const ClaimScope& scope, size_t j, size_t end) {
  auto number = [&](size_t i) { return i < end && scope.Token(i).kind == text::TokenKind::kNumber; };
  for (size_t k = j; k < end && k < j + kMaxToAttackObject; ++k) {
    // "abattu 44 des 61 drones", "downed 56 of 123 drones": a part of a number.
    if (k > j && number(k - 1) && number(k + 1) && scope.Has(k, ClaimRole::kConnector)) continue;
    if (scope.IsPunct(k) || scope.Has(k, ClaimRole::kPreposition) || scope.Has(k, ClaimRole::kLocative) ||
        scope.Has(k, ClaimRole::kCategory) || scope.Has(k, ClaimRole::kConnector) || scope.date_at[k] >= 0) {
      return false;  // "tué cinq reporters d'Al Jazeera la semaine dernière"
    }
    if (scope.Has(k, ClaimRole::kUnit)) return true;
  }
  return false;
}

// A killing or attacking verb at k: its subject, or its agent when passive
// or a participle.
void TopicMention(const ClaimScope& scope, size_t begin, size_t end, std::vector<ActorMention>* out);

// "sont tombés face à l'Etat islamique", "ont perdu 11 000 des leurs face
// à Daech", "lost 11,000 fighters to the Islamic State": the enemy a side
// lost its men against, after the verb of death or loss at k (up to the
// clause's end).
void FacingAfter(const ClaimScope& scope, size_t k, size_t end, std::vector<ActorMention>* out) {
  constexpr size_t kMaxToFacing = 10;  // "sont tombés en martyrs en Irak depuis 2014 face à"
  const ClaimLexiconEntry* killed = scope.marks.Longest(k, ClaimRole::kKilled);
  if (killed == nullptr) return;
  const bool lost = static_cast<CueForm>(killed->value) == CueForm::kActivePeople;
  for (size_t t = k + killed->tokens.size(); t + 1 < end && t <= k + kMaxToFacing; ++t) {
    if (scope.IsPunct(t) && !Is(scope, t, ",")) return;
    if (scope.Has(t, ClaimRole::kClauseStop) || scope.Has(t, ClaimRole::kSpeech)) return;
    size_t from = end;
    if (Is(scope, t, "face") && (Is(scope, t + 1, "a") || Is(scope, t + 1, "au") || Is(scope, t + 1, "aux"))) {
      from = t + 2;  // "face aux djihadistes": the contraction holds the article
    } else if (lost && scope.text.english() && Is(scope, t, "to") &&
               (scope.Has(t + 1, ClaimRole::kDeterminer) || scope.IsCapitalised(t + 1))) {
      from = t + 1;  // not "were left to face"
    }
    if (from >= end) continue;
    AddNamed(scope, {from, std::min(end, from + kMaxActor)}, k, ActorMention::kAgent, Party::kAny, out);
    return;
  }
}

// "3 000 morts causées par la brigade", "deaths at the hands of the
// brigade", "morts aux mains des soldats": who caused the dead a noun
// counts, named right after it.
void NounAgent(const ClaimScope& scope, size_t k, size_t end, std::vector<ActorMention>* out) {
  constexpr size_t kMaxToAgent = 4;  // "morts civiles causées par"
  size_t t = k;
  for (ClaimRole r : {ClaimRole::kKilled, ClaimRole::kInjured}) {
    const ClaimLexiconEntry* e = scope.marks.Longest(k, r);
    if (e == nullptr || static_cast<CueForm>(e->value) != CueForm::kNoun) continue;
    t = std::max(t, k + e->tokens.size());
  }
  if (t == k) return;
  for (size_t stop = t + kMaxToAgent; t + 1 < end && t <= stop; ++t) {
    if (scope.IsPunct(t) || scope.Has(t, ClaimRole::kClauseStop)) return;
    const std::string_view w = scope.Folded(t);
    size_t from = end;
    const bool caused = w.starts_with("cause") || w.starts_with("provoque") || w.starts_with("inflige") ||
                        w == "inflicted";
    if (caused && (Is(scope, t + 1, "par") || Is(scope, t + 1, "by"))) {
      from = t + 2;
    } else if (w == "hands" && t >= 2 && Is(scope, t - 1, "the") && Is(scope, t - 2, "at") && Is(scope, t + 1, "of")) {
      from = t + 2;
    } else if (w == "mains" && t >= 1 && Is(scope, t - 1, "aux") &&
               (Is(scope, t + 1, "de") || Is(scope, t + 1, "des") || Is(scope, t + 1, "du"))) {
      from = Is(scope, t + 1, "de") ? t + 2 : t + 1;  // "des", "du" hold the article
    }
    if (from >= end) continue;
    AddNamed(scope, {from, std::min(end, from + kMaxActor)}, k, ActorMention::kAgent, Party::kAny, out);
    return;
  }
}

// A clause that opens on an attack or a war ("l'attentat", "l'insurrection
// des islamistes"): the event, not who made it.
bool EventHead(const ClaimScope& scope, TokenSpan clause) {
  const size_t head = SkipArticles(scope, clause.begin, clause.end);
  return head < clause.end && (scope.Has(head, ClaimRole::kAttackNoun) || scope.Has(head, ClaimRole::kWarNoun));
}

void VerbMentions(const ClaimScope& scope, size_t k, size_t begin, size_t end, std::vector<ActorMention>* out) {
  NounAgent(scope, k, end, out);
  // "chassés de leurs terres par les oustachis", "driven from their homes
  // by Serbian police": who drove people out.
  if (const ClaimLexiconEntry* d = scope.marks.Longest(k, ClaimRole::kDisplaced)) {
    // "chassés sous ses yeux par les extrémistes albanais": past the
    // manner, the time and the place too.
    AgentAfter(scope, k, k + d->tokens.size(), end, out);
  }
  bool active = false, participle = false;
  size_t length = 0;
  for (ClaimRole r : {ClaimRole::kKilled, ClaimRole::kInjured}) {
    if (const ClaimLexiconEntry* e = scope.marks.Longest(k, r)) {
      CueForm f = static_cast<CueForm>(e->value);
      active = active || f == CueForm::kActive || f == CueForm::kInfinitive;
      participle = participle || f == CueForm::kParticiple;
      length = std::max(length, e->tokens.size());
    }
  }
  const ClaimLexiconEntry* attack = scope.marks.Longest(k, ClaimRole::kAttackVerb);
  // "le PKK a fait plus de 40 000 morts", "les troupes d'al-Majid ont fait
  // disparaître 180.000 Kurdes": the subject of a light verb before its toll
  // caused it (a party only: "l'attentat a fait 21 morts" names none, nor
  // does "l'insurrection des islamistes a fait 40 000 morts" name its agent).
  bool causes = false;
  if (length == 0 && attack == nullptr && scope.Length(k, ClaimRole::kCauseVerb) == 1 &&
      !scope.Has(k, ClaimRole::kSpeech) && (HaveBefore(scope, k, begin) || scope.Folded(k).ends_with("ed"))) {
    constexpr size_t kMaxTollGap = 8;  // "a fait au moins plus de 40 000 morts"
    for (size_t t = k + 1; t < end && t <= k + kMaxTollGap; ++t) {
      if (scope.Has(t, ClaimRole::kClauseStop) || (scope.IsPunct(t) && !Is(scope, t, ","))) break;
      if (!IsCasualtyWord(scope, t)) continue;
      active = causes = true;
      break;
    }
  }
  if (!active && !participle && attack == nullptr) return;
  // "avoir abattu 38 drones": a killing verb of things is no attack.
  if (attack == nullptr && ThingsAfter(scope, k + length, end)) return;
  if (attack != nullptr) length = std::max(length, attack->tokens.size());
  const bool passive = k > begin && scope.Has(k - 1, ClaimRole::kAuxBe);
  const size_t first_verb = SharedAuxiliary(scope, k, begin);
  const bool have = HaveBefore(scope, k, begin) || first_verb != k;
  // "..., tuant cinq enfants": the subject is the clause's, found at its verb.
  const bool gerund = active && k > begin && Is(scope, k - 1, ",");
  // "Les forces ont repoussé une attaque des mercenaires, tuant des dizaines
  // d'entre eux", "Security forces foiled an attack by PDF terrorists,
  // killing seven": who beat the attack back killed.
  if (gerund) {
    for (size_t r = k - 1; r-- > begin;) {
      if (scope.Has(r, ClaimRole::kClauseStop) || (scope.IsPunct(r) && !Is(scope, r, ","))) break;
      if (!scope.Has(r, ClaimRole::kRepelVerb)) continue;
      AddNamed(scope, SubjectClause(scope, SharedAuxiliary(scope, r, begin), begin), k, ActorMention::kSubject,
               Party::kCountry, out);
      break;
    }
  }
  if (participle && !passive) {
    // "ont tué", or before its object: "strikes killed 60 civilians".
    size_t after = k + length;
    while (after < end && scope.Has(after, ClaimRole::kAdverb)) ++after;
    // "killed hundreds of civilians", "ont tué des dizaines de civils".
    active = have || (after < end && (scope.Token(after).kind == text::TokenKind::kNumber ||
                                      scope.Has(after, ClaimRole::kApprox) || scope.Has(after, ClaimRole::kNumber) ||
                                      scope.Has(after, ClaimRole::kCollective) ||
                                      scope.Has(after, ClaimRole::kCollectives)));
  }
  if (attack != nullptr) {
    // "attaqué" and "attaque", "frappé" and "frappe" fold alike: a word that
    // is also an attack noun is a verb only after "avoir".
    bool verb = have || !scope.Has(k, ClaimRole::kAttackNoun);
    // A light verb ("hit", "lancer") is an attack with an attack for
    // object, or a weapon for subject ("RSF drones hit a mosque").
    const bool weapon_before = k > begin && (scope.Has(k - 1, ClaimRole::kInstrument) ||
                                             scope.LastPartIsWordOf(k - 1, ClaimRole::kInstrument));
    if (attack->value == 1 && !AttackObject(scope, k + length, end) && !weapon_before) verb = false;
    // A participle without "avoir" qualifies a noun ("ville assiégée par"):
    // it has an agent, not a subject.
    active = active || (verb && !passive && (have || !Participle(scope, k)));
    participle = participle || verb;
  }
  // "Les hommes du gang ont déferlé sur Pont-Sondé, tirant sur tout ce qui
  // bougeait": an attack in a gerund after a clause whose verb is none has
  // the sentence's armed subject for agent.
  auto gerund_word = [&](size_t i) { return scope.Folded(i).ends_with("ant") || scope.Folded(i).ends_with("ing"); };
  // "..., incendiant des abris et tirant sur les déplacés": the second of
  // two gerunds shares the first one's comma.
  size_t comma = k > begin ? k - 1 : k;
  if (attack != nullptr && k > begin && (Is(scope, k - 1, "et") || Is(scope, k - 1, "and"))) {
    constexpr size_t kMaxFirstGerund = 8;  // ", incendiant des abris et tirant"
    for (size_t i = k - 1; i-- > begin + 1 && i + kMaxFirstGerund > k;) {
      if (scope.IsPunct(i) && !Is(scope, i, ",")) break;
      if (Is(scope, i - 1, ",") && gerund_word(i)) {
        comma = i - 1;
        break;
      }
    }
  }
  if (attack != nullptr && k > begin && Is(scope, comma, ",") && gerund_word(k)) {
    std::vector<ActorMention> topic;
    TopicMention(scope, begin, comma + 1, &topic);
    for (ActorMention& m : topic) {
      m.kind = ActorMention::kSubject;
      m.at = k;
      out->push_back(m);
    }
  }
  // A subject must name a party: "le séisme qui a frappé", "les
  // inondations ont tué" do not; of places, a country or a capital may.
  if (active && !passive && !gerund && !(causes && EventHead(scope, SubjectClause(scope, first_verb, begin)))) {
    const TokenSpan clause = SubjectClause(scope, first_verb, begin);
    const size_t before = out->size();
    AddNamed(scope, clause, k, ActorMention::kSubject, Party::kCountry, out);
    // "Les mercenaires qui combattent aux côtés des bandes armées ont tiré":
    // past a relative clause, its antecedent.
    if (out->size() == before && clause.begin > begin + 1 && IsRelative(scope, clause.begin - 1)) {
      AddNamed(scope, Antecedent(scope, clause.begin - 1, begin), k, ActorMention::kSubject, Party::kCountry, out);
    }
    // "L'armée a reconnu qu'un de ses drones avait bombardé", "its jets
    // struck": a possessive before a weapon or a force stands for their owner.
    for (size_t p = clause.begin; out->size() == before && p + 1 < clause.end; ++p) {
      if (scope.Has(p, ClaimRole::kPossessive) &&
          (scope.Has(p + 1, ClaimRole::kInstrument) || scope.Has(p + 1, ClaimRole::kActorNoun))) {
        PushPronoun({p, p + 1}, k, ActorMention::kSubject, out);
      }
    }
    // "l'un d'eux, la Nouvelle IRA, a tué": a subject that names no party,
    // and a name set between commas before the verb, which does.
    // Not a name's apposition ("in Tora, North Darfur, killed").
    if (out->size() == before && clause.end + 2 < first_verb && Is(scope, clause.end, ",") &&
        clause.end > clause.begin && !scope.IsCapitalised(clause.end - 1)) {
      size_t close = clause.end + 1;
      while (close < first_verb && !Is(scope, close, ",")) ++close;
      const size_t name = SkipArticles(scope, clause.end + 1, close);
      if (close < first_verb && name < close && scope.IsCapitalised(name) && !IsPlaceName(scope, name, close)) {
        AddNamed(scope, {clause.end + 1, close}, k, ActorMention::kSubject, Party::kCountry, out);
      }
    }
  }
  // "la coalition menée par l'Arabie saoudite": after a party's noun, a
  // participle that also ends a noun phrase (leading, backing) says who
  // leads the party, not who attacked.
  const bool leads = !passive && k > begin && scope.Has(k, ClaimRole::kNounPhraseStop) &&
                     (scope.Has(k - 1, ClaimRole::kActorNoun) || scope.Has(k - 1, ClaimRole::kGroupNoun) ||
                      scope.Has(k - 1, ClaimRole::kGenericParty));
  if (participle && !leads) AgentAfter(scope, k, k + length, end, out);
}

// "X ont intensifié leurs frappes": the subject owns the attack; without
// one ("qu'une de ses frappes avait touché"), the possessive stands for
// the party named before, as a pronoun.
void PossessiveAttack(const ClaimScope& scope, size_t k, size_t begin, std::vector<ActorMention>* out) {
  // "le bilan de la coalition, dont les raids ont tué", "the coalition,
  // whose raids killed": the phrase before "dont" owns the attack, its
  // longest part that names a party.
  const bool dont = k >= begin + 4 && Is(scope, k - 2, "dont") && scope.Has(k - 1, ClaimRole::kDeterminer);
  const bool whose = k >= begin + 3 && Is(scope, k - 1, "whose");
  if ((dont || whose) && Is(scope, k - (dont ? 3 : 2), ",")) {
    constexpr size_t kMaxOwner = 8;
    size_t comma = k - (dont ? 3 : 2), from = comma;
    for (int aside = 0; aside < 2; ++aside) {
      from = comma;
      bool agent = false;  // "armés par l'Otan, dont": the phrase before it
      // "Le régime de Kiev et ses bataillons, dont": the first of two.
      while (from > begin && comma - from < kMaxOwner && scope.IsWord(from - 1) &&
             (!scope.Has(from - 1, ClaimRole::kClauseStop) || Is(scope, from - 1, "et") ||
              Is(scope, from - 1, "and"))) {
        --from;
        agent = agent || Is(scope, from, "par") || Is(scope, from, "by");
      }
      if (!agent || from <= begin + 1 || !Is(scope, from - 1, ",")) break;
      comma = from - 1;
    }
    for (size_t b = from; b < comma; ++b) {
      const size_t before = out->size();
      AddNamed(scope, {b, comma}, k, ActorMention::kSubject, Party::kAnyPlace, out);
      if (out->size() > before) return;
    }
    return;
  }
  if (k <= begin || !scope.Has(k - 1, ClaimRole::kPossessive)) return;
  size_t verb = k - 1;  // "poursuit sa guerre", "ont intensifié leurs frappes"
  if (verb > begin && scope.IsWord(verb - 1) && !scope.Has(verb - 1, ClaimRole::kAuxHave)) --verb;
  const size_t before = out->size();
  AddNamed(scope, SubjectBefore(scope, verb, begin), k, ActorMention::kSubject, Party::kAnyPlace, out);
  // "New Delhi affirme que ses frappes ont tué": the speaker owns them.
  if (out->size() == before) {
    if (const TokenSpan speaker = SpeakerBefore(scope, k - 1);
        !speaker.empty() && !SingularForPlural(scope, k - 1, speaker)) {
      AddNamed(scope, speaker, k, ActorMention::kSubject, Party::kAnyPlace, out);
    }
  }
  if (out->size() == before) PushPronoun({k - 1, k}, k, ActorMention::kSubject, out);
}

// "ont accusé la coalition", "attribuées à la coalition", "blamed Moscow",
// "ont imputé l'attentat à X"; passive, its subject: "le régime est accusé
// d'avoir tué".
void BlameMention(const ClaimScope& scope, size_t k, size_t begin, size_t end, std::vector<ActorMention>* out) {
  size_t m = k + scope.Length(k, ClaimRole::kBlame);
  // "Les Nations unies leur attribuent plusieurs massacres": the party named
  // before.
  if (k > begin && (Is(scope, k - 1, "leur") || Is(scope, k - 1, "lui"))) {
    PushPronoun({k - 1, k}, k, ActorMention::kBlame, out);
    return;
  }
  // "accusent au contraire", "a accusé lundi".
  while (m < end && (scope.Has(m, ClaimRole::kAdverb) || scope.date_at[m] >= 0)) {
    m += std::max<size_t>(1, scope.Length(m, ClaimRole::kAdverb));
  }
  // "a accusé sur les antennes de la RTNC l'armée rwandaise d'avoir tué",
  // "accused in a statement the army of killing": past where it was said, to
  // the accused and their act.
  if (m + 2 < end && (scope.Has(m, ClaimRole::kPreposition) || scope.Has(m, ClaimRole::kLocative))) {
    size_t a = NounPhrase(scope, m + 1, end, kMaxActor, false).end;
    if (a < end && Is(scope, a, ",")) ++a;
    if (a > m + 1 && a < end && scope.Has(a, ClaimRole::kDeterminer)) {
      // The accused, then "d'avoir", "de" and an infinitive, "of" and "-ing".
      const TokenSpan accused = NounPhrase(scope, a, end, kMaxActor, true);
      const TokenSpan with_act = {accused.begin, std::min(end, accused.end + 2)};
      if (!accused.empty() && BeforeInfinitive(scope, with_act).end == accused.end) m = a;
    }
  }
  // Not "à" after the blame, but "responsable d'au moins 25 morts".
  if (k > begin && scope.Has(k - 1, ClaimRole::kAuxBe) && m < end &&
      (!IsTo(scope, m) || scope.Has(m, ClaimRole::kApprox))) {
    // "X est responsable de" (lexicon value "passive", marked only after
    // "être"): a party ("l'échec de la trêve est responsable de" names none).
    const ClaimLexiconEntry* e = scope.marks.Longest(k, ClaimRole::kBlame);
    AddNamed(scope, SubjectBefore(scope, k, begin), k, ActorMention::kBlame,
             e != nullptr && e->value == 1 ? Party::kAnyPlace : Party::kAny, out);
    return;
  }
  // "imputé l'attentat à", "attribue l'essentiel des tueries aux FSR":
  // past the attack or the deaths, to their agent.
  bool about_attack = false;
  if (size_t a = SkipArticles(scope, m, end); a < end) {
    constexpr size_t kMaxBlamed = 6;
    bool attack = false;
    size_t t = a;
    // Not past a name or an infinitive ("accuse les FSR d'avoir tué au
    // moins 460 patients": the accused, then their act).
    for (; t < end && t < a + kMaxBlamed && !IsTo(scope, t) && !scope.IsPunct(t) && !scope.IsCapitalised(t) &&
           !Is(scope, t, "avoir");
         ++t) {
      // "blamed armed groups fighting over cocaine routes to the Pacific":
      // a party first is the accused, whatever follows it.
      if (!attack && (scope.Has(t, ClaimRole::kActorNoun) || scope.Has(t, ClaimRole::kGenericParty) ||
                      scope.Has(t, ClaimRole::kUnnamedAttacker))) {
        break;
      }
      // "impute ce bilan aux troupes", "en attribuait la responsabilité
      // aux Phalanges": a toll or the blame itself, given to its agent.
      attack = attack || scope.Has(t, ClaimRole::kAttackNoun) || IsCasualtyWord(scope, t) ||
               scope.Has(t, ClaimRole::kReportNoun) || scope.Folded(t).starts_with("responsabilit") ||
               scope.Folded(t) == "responsibility";
    }
    if (attack && t < end && IsTo(scope, t) && !(t + 1 < end && Is(scope, t + 1, "moins"))) m = t, about_attack = true;
  }
  const bool to = m < end && IsTo(scope, m);  // "à des cellules dormantes"
  if (to) ++m;
  // "accusent des extrémistes albanais": "des" is the article of a party's
  // noun, not "de" before the act ("accusé d'avoir tué").
  const bool article = m + 1 < end && scope.Has(m, ClaimRole::kPluralDeterminer) &&
                       (scope.Has(m + 1, ClaimRole::kActorNoun) || scope.Has(m + 1, ClaimRole::kGenericParty));
  if (m < end && (to || article || !scope.Has(m, ClaimRole::kConnector))) {
    const size_t before = out->size();
    Push(scope, BeforeInfinitive(scope, NounPhrase(scope, m, end, kMaxActor, true)), k, ActorMention::kBlame,
         Party::kAny, out);
    if (out->size() > before) out->back().about_attack = about_attack;
  }
}

// "l'EI a revendiqué l'attentat"; "un attentat revendiqué par l'EI".
void ResponsibilityMention(const ClaimScope& scope, size_t k, size_t begin, size_t end,
                           std::vector<ActorMention>* out) {
  const ClaimLexiconEntry* c = scope.marks.Longest(k, ClaimRole::kClaimResponsibility);
  if (c == nullptr) return;
  // "There was no immediate claim of responsibility", "L'attaque n'a pas
  // été revendiquée": no one claims it.
  if (NegatedBefore(scope, k, begin)) return;
  // A claim of responsibility is always for the attack itself, whichever
  // sentence tells it ("L'attaque a été revendiquée mardi par le GSIM").
  struct AboutAttack {
    std::vector<ActorMention>* out;
    size_t before;
    ~AboutAttack() {
      for (size_t i = before; i < out->size(); ++i) (*out)[i].about_attack = true;
    }
  } about{out, out->size()};
  size_t m = k + c->tokens.size();
  while (m < end && (scope.date_at[m] >= 0 || scope.Has(m, ClaimRole::kAdverb))) ++m;  // "revendiquée mercredi par"
  // "revendiqué par téléphone au nom de l'Organisation du Jihad islamique",
  // "claimed on behalf of": the name it was claimed in.
  constexpr size_t kMaxToName = 6;  // "par un appel anonyme au nom de"
  for (size_t t = m; t + 3 < end && t <= m + kMaxToName && !scope.IsPunct(t); ++t) {
    size_t from = end;
    if (Is(scope, t, "au") && Is(scope, t + 1, "nom")) {
      // "de", "d'" before the name; "du", "des" hold its article.
      from = Is(scope, t + 2, "de") || Is(scope, t + 2, "d'") ? t + 3
             : Is(scope, t + 2, "du") || Is(scope, t + 2, "des") ? t + 2
                                                                  : end;
    } else if (Is(scope, t, "on") && Is(scope, t + 1, "behalf") && Is(scope, t + 2, "of")) {
      from = t + 3;
    }
    if (from >= end) continue;
    AddNamed(scope, {from, std::min(end, from + kMaxActor)}, k, ActorMention::kAgent, Party::kAny, out);
    return;
  }
  if (Is(scope, k + c->tokens.size() - 1, "by")) {
    AddNamed(scope, {k + c->tokens.size(), std::min(end, k + c->tokens.size() + kMaxActor)}, k,
             ActorMention::kAgent, Party::kAny, out);
  } else if (m + 1 < end && IsAgentBy(scope, m)) {
    AddNamed(scope, {m + 1, std::min(end, m + 1 + kMaxActor)}, k, ActorMention::kAgent, Party::kAny, out);
  } else if (k > begin && scope.Has(k - 1, ClaimRole::kAuxBe)) {
    // "a été revendiquée dans la soirée par le JNIM"; without an agent
    // ("L'engin n'a pas été revendiqué"), the subject is the attack.
    AgentLater(scope, k, m, end, out);
  } else {
    AddNamed(scope, SubjectBefore(scope, k, begin), k, ActorMention::kBlame, Party::kAny, out);  // it blames itself
  }
}

// "Un gendarme en poste à Muyuka a été enlevé lundi puis décapité": the
// subject of a passive verb of casualties is a victim, not a party; not
// one accused of a killing ("ont été accusés d'avoir tué").
bool PassiveVictim(const ClaimScope& scope, TokenSpan name, size_t end) {
  constexpr size_t kMaxToVerb = 6;  // "en poste à Muyuka a été"
  for (size_t v = name.end; v < end && v < name.end + kMaxToVerb && !scope.IsPunct(v); ++v) {
    if (!scope.Has(v, ClaimRole::kAuxBe)) continue;
    for (size_t c = v + 1; c < end; ++c) {
      if (IsCasualtyWord(scope, c)) return true;
      const std::string_view f = scope.Folded(c);
      const bool between = scope.date_at[c] >= 0 || scope.Has(c, ClaimRole::kAdverb) || f == "puis" || f == "et" ||
                           f == "then" || f == "and" || Participle(scope, c) ||
                           (scope.text.english() && f.ends_with("ed"));
      if (!between) return false;
    }
    return false;
  }
  return false;
}

// The armed party a sentence is about, when it is its subject: "Les
// rebelles ont repris position", "Selon X, les groupes armés ont violé".
void TopicMention(const ClaimScope& scope, size_t begin, size_t end, std::vector<ActorMention>* out) {
  auto at = [&](size_t i) {
    if (i >= end || scope.Has(i, ClaimRole::kPronoun)) return false;
    TokenSpan name = NounPhrase(scope, i, end, kMaxActor, true);
    if (name.empty() || name.begin - i > 2) return false;
    // "A Somali army officer told Reuters": the party a source speaks for.
    for (size_t k = name.begin + 1; k <= name.end && k < end; ++k) {
      if (scope.Has(k, ClaimRole::kSpokesperson)) return false;
    }
    // The subject of a speech verb is a source ("L'armée russe a affirmé"),
    // of a blame the accuser ("Kinshasa accuse le M23").
    size_t v = name.end;
    bool passive = false;
    while (v < end && (scope.Has(v, ClaimRole::kAuxHave) || scope.Has(v, ClaimRole::kAuxBe) ||
                       scope.Has(v, ClaimRole::kAdverb) || scope.Has(v, ClaimRole::kNegation))) {
      passive = passive || scope.Has(v, ClaimRole::kAuxBe);
      v += std::max<size_t>(1, scope.Length(v, ClaimRole::kAdverb));
    }
    if (v < end && (scope.Has(v, ClaimRole::kSpeech) || scope.Has(v, ClaimRole::kBlame))) return false;
    // "L'armée a été attaquée", "The army was attacked by militants": the
    // target of the attack, not its agent ("has been pounding" is active).
    if (passive && v < end && (scope.Has(v, ClaimRole::kAttackVerb) || scope.Has(v, ClaimRole::kAttackNoun)) &&
        !scope.Folded(v).ends_with("ing")) {
      return false;
    }
    if (PassiveVictim(scope, name, end)) return false;
    if (Described(scope, i, name, name.begin, ActorMention::kTopic, out)) return true;
    const size_t before = out->size();
    Push(scope, name, name.begin, ActorMention::kTopic, Party::kArmed, out);
    if (out->size() == before) return false;
    for (size_t d = i; d < name.begin; ++d) out->back().demonstrative |= scope.Has(d, ClaimRole::kDemonstrative);
    return true;
  };
  if (at(begin)) return;
  // A live page's entry after its time stamp: "7h45 La Russie a visé".
  if (begin + 1 < end && ClockTime(scope.text.TokenText(begin)) && at(begin + 1)) return;
  // A dislocated topic: "Quant aux jihadistes de Daech, ils ont exécuté",
  // "As for the militants, they".
  if (begin + 2 < end && ((Is(scope, begin, "quant") && (Is(scope, begin + 1, "aux") || Is(scope, begin + 1, "au") ||
                                                          Is(scope, begin + 1, "a"))) ||
                          (Is(scope, begin, "as") && Is(scope, begin + 1, "for")))) {
    if (at(begin + 2)) return;
  }
  // Past opening phrases that end with a comma ("Selon des sources
  // militaires,", "Mercredi soir,", "Dans la Ghouta, en février 2018,"),
  // or a dateline's colon ("Soudan du Sud : des hommes armés").
  for (size_t c = begin; c < end && c < begin + kMaxOpening; ++c) {
    if ((Is(scope, c, ",") || Is(scope, c, ":")) && at(c + 1)) return;
  }
}

// Every other naming of an armed party in the sentence, wherever it stands
// ("s'appuie sur les mercenaires du groupe Wagner. Les Nations unies leur
// attribuent..."): what a pronoun after it may stand for.
void NamedMentions(const ClaimScope& scope, size_t begin, size_t end, std::vector<ActorMention>* out) {
  auto taken = [&](size_t k) {  // inside a mention already found
    for (const ActorMention& m : *out) {
      if (m.name.begin <= k && k < m.name.end) return true;
    }
    return false;
  };
  for (size_t k = begin; k < end; ++k) {
    // A noun after its determiner ("sur les mercenaires"), not an adjective
    // ("des sources militaires").
    // A naming in scare quotes too: « combattants de la liberté »,
    // "moderate rebels".
    auto opens = [&](size_t i) {
      return scope.Has(i, ClaimRole::kDeterminer) || scope.Has(i, ClaimRole::kConnector) || Is(scope, i, "aux") ||
             Is(scope, i, "au") || (Is(scope, i, "\"") && scope.in_quote[i]);
    };
    // Not an attack's adjective: « attentat terroriste ».
    const bool after_adjective = k > begin + 1 && scope.IsWord(k - 1) && !scope.IsCapitalised(k - 1) &&
                                 Is(scope, k - 2, "\"") && scope.in_quote[k - 2] &&
                                 !scope.Has(k - 1, ClaimRole::kAttackNoun);
    // English: a name before the noun ("Yemen's Houthi rebels", "Israel's
    // military"): the naming starts with it.
    size_t from = k;
    if (scope.text.english() && k > begin && scope.Has(k, ClaimRole::kActorNoun)) {
      while (from - 1 > begin && scope.IsWord(from - 1) && scope.IsCapitalised(from - 1) &&
             !scope.Has(from - 1, ClaimRole::kDeterminer)) {
        --from;  // not "The" of "The Israeli military"
      }
      if (from > begin + 1 && Is(scope, from - 1, "'s") && scope.IsCapitalised(from - 2)) from -= 2;
    }
    if (from < k && !taken(k)) {
      const size_t before = out->size();
      Push(scope, {from, k + scope.Length(k, ClaimRole::kActorNoun)}, k, ActorMention::kNamed, Party::kArmed, out);
      if (out->size() > before) {
        k = out->back().name.end - 1;
        continue;
      }
    }
    // An armed group of the gazetteer named anywhere ("des cellules de
    // l'État islamique"): what "le groupe" after it may describe.
    if (const size_t group_end = (scope.IsCapitalised(k) || scope.Has(k, ClaimRole::kActorNoun)) && !taken(k)
                                     ? ArmedGroupEnd(scope, k, end)
                                     : k;
        group_end > k) {
      ActorMention m;
      m.name = {k, group_end};
      m.at = k;
      m.kind = ActorMention::kNamed;
      out->push_back(m);
      k = group_end - 1;
      continue;
    }
    // A weapon with its nation names its side too: "quand les avions russes
    // arrivent. Ils larguent".
    const bool national_weapon =
        scope.Has(k, ClaimRole::kInstrument) && k + 1 < end && !DemonymCountry(scope, k + 1).empty();
    if (!(scope.Has(k, ClaimRole::kActorNoun) || national_weapon) || k == begin || !(opens(k - 1) || after_adjective)) {
      continue;
    }
    // English: a noun before an attack qualifies it ("a terrorist attack").
    if (scope.text.english() && k + 1 < end && scope.Has(k + 1, ClaimRole::kAttackNoun)) continue;
    if (taken(k)) continue;
    const size_t before = out->size();
    const TokenSpan name = NounPhrase(scope, k, end, kMaxActor, true);
    if (PassiveVictim(scope, name, end)) continue;
    if (Described(scope, k - 1, name, k, ActorMention::kNamed, out)) continue;
    Push(scope, name, k, ActorMention::kNamed, Party::kArmed, out);
    if (out->size() > before) k = out->back().name.end - 1;
  }
}

}  // namespace

bool NegatedBefore(const ClaimScope& scope, size_t k, size_t sentence_begin) {
  constexpr size_t kNegationGap = 5;  // "n'a pas encore été revendiquée"
  for (size_t j = k; j-- > sentence_begin && j + kNegationGap >= k;) {
    if (scope.Has(j, ClaimRole::kNegation)) return true;
  }
  return false;
}

void ActorMentions(const ClaimScope& scope, size_t s, std::vector<ActorMention>* out) {
  const size_t begin = scope.SentenceBegin(s), end = scope.SentenceEnd(s);
  const size_t first = out->size();
  TopicMention(scope, begin, end, out);
  for (size_t k = begin; k < end; ++k) {
    // Not "blessés par balle": a manner, without an agent.
    const bool manner = k > begin && Is(scope, k - 1, "par") && !IsAgentBy(scope, k - 1);
    if (scope.Has(k, ClaimRole::kAttackNoun) && !HaveBefore(scope, k, begin) && !manner) {
      AttackNounAgent(scope, k, begin, end, out);
      PossessiveAttack(scope, k, begin, out);
    }
    if (scope.Has(k, ClaimRole::kWarNoun)) {
      if (const TokenSpan owner = InsurgencyOwner(scope, k, begin, end); !owner.empty()) {
        Push(scope, owner, k, ActorMention::kAgent, Party::kAny, out);
      }
    }
    const size_t before_verb = out->size();
    VerbMentions(scope, k, begin, end, out);
    if (scope.Has(k, ClaimRole::kKilled)) FacingAfter(scope, k, end, out);
    // "une roquette a tué douze passagers, tirée depuis les positions des
    // séparatistes": a weapon's participle anywhere in the sentence, unless
    // the verb's own agent was found.
    const bool agent_found = std::any_of(out->begin() + static_cast<std::ptrdiff_t>(before_verb), out->end(),
                                         [&](const ActorMention& m) { return m.at == k && m.kind == ActorMention::kAgent; });
    if (scope.Has(k, ClaimRole::kAttackVerb) && Participle(scope, k) && !agent_found) {
      FiredFromPositions(scope, k + scope.Length(k, ClaimRole::kAttackVerb), end, k, out);
    }
    if (scope.Has(k, ClaimRole::kBlame)) BlameMention(scope, k, begin, end, out);
    ResponsibilityMention(scope, k, begin, end, out);
    // "morts entre les mains de leurs geôliers", "disappeared at the hands
    // of the Kaniyat": an agent after words other than "par".
    if (const size_t a = scope.Length(k, ClaimRole::kAgentPhrase); a > 0 && k + a < end) {
      AddNamed(scope, {k + a, std::min(end, k + a + kMaxActor)}, k, ActorMention::kAgent, Party::kCountry, out);
    }
  }
  // The other namings, then all in text order for the pronouns.
  std::vector<ActorMention> found(out->begin() + static_cast<std::ptrdiff_t>(first), out->end());
  NamedMentions(scope, begin, end, &found);
  std::stable_sort(found.begin(), found.end(),
                   [](const ActorMention& a, const ActorMention& b) { return a.name.begin < b.name.begin; });
  out->resize(first);
  out->insert(out->end(), found.begin(), found.end());
}

const std::vector<ActorMention>& CachedActorMentions(const ClaimScope& scope, size_t s) {
  if (scope.actor_mentions.size() <= s) {
    scope.actor_mentions.resize(scope.text.sentences().size());
    scope.actor_mentions_done.resize(scope.text.sentences().size(), 0);
  }
  if (!scope.actor_mentions_done[s]) {
    ActorMentions(scope, s, &scope.actor_mentions[s]);
    scope.actor_mentions_done[s] = 1;
  }
  return scope.actor_mentions[s];
}

}  // namespace vigie::analyse::internal
