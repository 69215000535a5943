// The actor a casualty claim blames, as the text names it, without
// article.
//
// Actors are the agents of the attack the sentence reports: the complement
// of an attack noun ("les frappes de la coalition", "shelling by
// militants", "roquettes tirées par les rebelles", "frappes attribuées à la
// coalition", English "coalition air raids"), the subject of an attack or
// killing verb ("Les jihadistes du groupe Etat islamique ont exécuté"), the
// owner of an attack ("ont intensifié leurs frappes"), the agent of a
// passive killing ("tués par les rebelles"), the object of a blame
// ("Washington a accusé la Russie"), the subject of a passive blame ("le
// régime est accusé d'avoir tué") or of a claim of responsibility.
// Pronouns, demonstratives and "les assaillants" are the actor named
// before. A light verb ("lancé", "mené", "tiré") is an attack only with an
// attack for its object; a word that is both noun and participle once
// folded ("attaque"/"attaqué") is a verb only after "avoir".
//
// Without one in its sentence, a claim takes a blame from the next sentence
// (agencies write the accusation after the toll) or, when its sentence
// names an attack without its agent ("par des tirs israéliens"), the
// subject of an attack verb there; else the actor of the sentence before,
// where, if its own sentence names an agentless attack ("des raids
// aériens"), only the subject of an attack verb counts, not the agent of
// another attack noun. Wars and conflicts are never actors: war-wide
// totals have none. Last, an attack named by its nationality only ("les
// frappes américaines") is the side of that nation named nearest
// (gazetteer demonyms, capitals, countries, organisations): "Washington".
#include <algorithm>
#include <optional>

#include "analyse/claims_internal.h"
#include "analyse/gazetteer.h"

namespace vigie::analyse::internal {
namespace {

bool Is(const ClaimScope& scope, size_t i, std::string_view f) { return scope.Folded(i) == f; }

constexpr size_t kMaxActor = 6;  // "jihadistes du groupe Etat islamique"


struct ActorMention {
  TokenSpan name;
  size_t at = 0;  // the cue's token
  enum Kind { kAgent, kSubject, kBlame } kind = kAgent;
  bool pronoun = false, demonstrative = false;
};

// An actor is not an attack ("frappes"), a thing ("école") nor its victims
// ("civils").
bool ValidActor(const ClaimScope& scope, TokenSpan n) {
  if (n.empty() || scope.Has(n.begin, ClaimRole::kUnit)) return false;
  for (size_t k = n.begin; k < n.end; ++k) {
    if (scope.Has(k, ClaimRole::kAttackNoun)) return false;
    if (const ClaimLexiconEntry* c = scope.marks.Longest(k, ClaimRole::kCategory);
        c != nullptr && static_cast<VictimCategory>(c->value) != VictimCategory::kMilitary) {
      return false;
    }
  }
  return true;
}

void AddNamed(const ClaimScope& scope, TokenSpan clause, size_t at, ActorMention::Kind kind,
              std::vector<ActorMention>* out) {
  if (clause.empty()) return;
  ActorMention m;
  m.at = at;
  m.kind = kind;
  const size_t bare = SkipArticles(scope, clause.begin, clause.end);  // "les assaillants"
  if (const ClaimLexiconEntry* p = bare < clause.end ? scope.marks.Longest(bare, ClaimRole::kPronoun) : nullptr;
      p != nullptr && clause.end == bare + p->tokens.size()) {
    if (p->value == 0) return;  // "on", "nous": no one to resolve to
    m.pronoun = p->value == 1;
    m.demonstrative = p->value == 2;  // "les assaillants": kept if no one before
    m.name = {bare, clause.end};
    out->push_back(m);
    return;
  }
  for (size_t k = clause.begin; k < clause.end; ++k)
    if (scope.Has(k, ClaimRole::kAttackNoun)) return;  // its agent is its own mention
  m.demonstrative = scope.Has(clause.begin, ClaimRole::kDemonstrative);
  m.name = NounPhrase(scope, clause.begin, clause.end, kMaxActor, true);
  if (ValidActor(scope, m.name)) out->push_back(m);
}

// The agent of the attack noun at k ("frappes de la coalition").
void AttackNounAgent(const ClaimScope& scope, size_t k, size_t begin, size_t end,
                     std::vector<ActorMention>* out) {
  size_t j = k + scope.Length(k, ClaimRole::kAttackNoun);
  for (size_t n = 0; n < 2 && j < end && scope.IsWord(j) && !scope.IsCapitalised(j) &&
                     !EndsName(scope, j) && !scope.Has(j, ClaimRole::kConnector) &&
                     !scope.Has(j, ClaimRole::kDeterminer);
       ++n) {
    ++j;  // "frappes aériennes", "bombardements russes"
  }
  size_t from = end;
  // "les frappes de la coalition", not "le bombardement d'une école" (a target).
  if (j < end && scope.Has(j, ClaimRole::kConnector)) {
    size_t c = j + scope.Length(j, ClaimRole::kConnector);
    if (c < end && !scope.Has(c, ClaimRole::kOne)) from = c;
  }
  else if (j < end && (Is(scope, j, "par") || Is(scope, j, "by"))) from = j + 1;
  else if (j < end && (scope.Has(j, ClaimRole::kAttackVerb) || scope.Has(j, ClaimRole::kBlame))) {
    size_t m = j + std::max(scope.Length(j, ClaimRole::kAttackVerb), scope.Length(j, ClaimRole::kBlame));
    if (m < end && (Is(scope, m, "par") || Is(scope, m, "by") || Is(scope, m, "a") || Is(scope, m, "to"))) {
      from = m + 1;
    }
  }
  if (from < end) {
    TokenSpan name = NounPhrase(scope, from, end, kMaxActor, true);
    if (ValidActor(scope, name)) out->push_back(ActorMention{name, k, ActorMention::kAgent});
    return;
  }
  if (!scope.text.english()) return;
  // English: "coalition air raids", "The Saudi-led coalition's strike".
  size_t b = k;
  if (b > begin && Is(scope, b - 1, "'s")) --b;
  size_t e = b;
  while (b > begin && e - b < 3 && scope.IsWord(b - 1) && !EndsName(scope, b - 1) &&
         !scope.Has(b - 1, ClaimRole::kDeterminer) && !scope.Has(b - 1, ClaimRole::kConnector)) {
    --b;
  }
  TokenSpan name{b, e};
  if (ValidActor(scope, name) && !(e - b == 1 && scope.IsCapitalised(b) && scope.Folded(b).size() > 3 &&
                                   scope.Folded(b).substr(scope.Folded(b).size() - 3) == "ian")) {
    out->push_back(ActorMention{name, k, ActorMention::kAgent});
  }
}

// "ont lancé une offensive", "ont tiré sur la foule": a light verb is an
// attack only with an attack for object or a target after "sur".
bool AttackObject(const ClaimScope& scope, size_t j, size_t end) {
  if (j < end && scope.Has(j, ClaimRole::kLocative)) return true;
  for (size_t k = j; k < end && k < j + 4; ++k) {
    if (scope.Has(k, ClaimRole::kAttackNoun)) return true;
    if (scope.IsPunct(k)) break;
  }
  return false;
}

// The agent after a participle: "tués par les rebelles", "roquettes
// tirées par les rebelles", "carried out by".
void AgentAfter(const ClaimScope& scope, size_t k, size_t m, size_t end, std::vector<ActorMention>* out) {
  while (m < end && (scope.date_at[m] >= 0 || scope.Has(m, ClaimRole::kAdverb))) ++m;
  if (m + 1 < end && (Is(scope, m, "par") || Is(scope, m, "by"))) {
    AddNamed(scope, {m + 1, std::min(end, m + 1 + kMaxActor)}, k, ActorMention::kAgent, out);
  }
}

// The subject of the verb at k, or for a relative "qui" its antecedent.
void SubjectOf(const ClaimScope& scope, size_t k, size_t begin, std::vector<ActorMention>* out) {
  TokenSpan subject = SubjectBefore(scope, k, begin);
  if (subject.empty() && subject.begin > begin && scope.Has(subject.begin - 1, ClaimRole::kClauseStop) &&
      !scope.Has(subject.begin - 1, ClaimRole::kConnector)) {
    subject = Antecedent(scope, subject.begin - 1, begin);  // "..., qui faisaient pleuvoir"
  }
  AddNamed(scope, subject, k, ActorMention::kSubject, out);
}

// A killing or attacking verb at k: its subject, or its agent when passive
// or a participle.
void VerbMentions(const ClaimScope& scope, size_t k, size_t begin, size_t end, std::vector<ActorMention>* out) {
  bool active = false, participle = false;
  size_t length = 0;
  for (ClaimRole r : {ClaimRole::kKilled, ClaimRole::kInjured}) {
    if (const ClaimLexiconEntry* e = scope.marks.Longest(k, r)) {
      CueForm f = static_cast<CueForm>(e->value);
      active = active || f == CueForm::kActive;
      participle = participle || f == CueForm::kParticiple;
      length = std::max(length, e->tokens.size());
    }
  }
  const ClaimLexiconEntry* attack = scope.marks.Longest(k, ClaimRole::kAttackVerb);
  if (!active && !participle && attack == nullptr) return;
  if (attack != nullptr) length = std::max(length, attack->tokens.size());
  const bool passive = k > begin && scope.Has(k - 1, ClaimRole::kAuxBe);
  const bool have = HaveBefore(scope, k, begin);
  // "..., tuant cinq enfants": the subject is the clause's, found at its verb.
  const bool gerund = active && k > begin && Is(scope, k - 1, ",");
  if (participle && !passive) {
    // "ont tué", or before its object: "strikes killed 60 civilians".
    size_t after = k + length;
    while (after < end && scope.Has(after, ClaimRole::kAdverb)) ++after;
    active = have || (after < end && (scope.Token(after).kind == text::TokenKind::kNumber ||
                                      scope.Has(after, ClaimRole::kApprox) || scope.Has(after, ClaimRole::kNumber)));
  }
  if (attack != nullptr) {
    // "attaqué" and "attaque", "frappé" and "frappe" fold alike: a word that
    // is also an attack noun is a verb only after "avoir".
    bool verb = have || !scope.Has(k, ClaimRole::kAttackNoun);
    if (attack->value == 1 && !AttackObject(scope, k + length, end)) verb = false;
    active = active || (verb && !passive);
    participle = participle || verb;
  }
  if (active && !passive && !gerund) SubjectOf(scope, k, begin, out);
  if (participle) AgentAfter(scope, k, k + length, end, out);
}

// "X ont intensifié leurs frappes": the subject owns the attack.
void PossessiveAttack(const ClaimScope& scope, size_t k, size_t begin, std::vector<ActorMention>* out) {
  if (k > begin && scope.Has(k - 1, ClaimRole::kPossessive)) {
    size_t verb = k - 1;  // "poursuit sa guerre", "ont intensifié leurs frappes"
    if (verb > begin && scope.IsWord(verb - 1) && !scope.Has(verb - 1, ClaimRole::kAuxHave)) --verb;
    AddNamed(scope, SubjectBefore(scope, verb, begin), k, ActorMention::kSubject, out);
  }
}

// "ont accusé la coalition", "attribuées à la coalition", "blamed Moscow";
// passive, its subject: "le régime est accusé d'avoir tué".
void BlameMention(const ClaimScope& scope, size_t k, size_t begin, size_t end, std::vector<ActorMention>* out) {
  size_t m = k + scope.Length(k, ClaimRole::kBlame);
  if (k > begin && scope.Has(k - 1, ClaimRole::kAuxBe) && m < end && !Is(scope, m, "a") && !Is(scope, m, "au") &&
      !Is(scope, m, "aux") && !Is(scope, m, "to") && !Is(scope, m, "on")) {
    AddNamed(scope, SubjectBefore(scope, k, begin), k, ActorMention::kBlame, out);
    return;
  }
  if (m < end && (Is(scope, m, "a") || Is(scope, m, "au") || Is(scope, m, "aux") || Is(scope, m, "to") ||
                  Is(scope, m, "on"))) {
    ++m;
  }
  if (m < end && !scope.Has(m, ClaimRole::kConnector)) {
    TokenSpan name = NounPhrase(scope, m, end, kMaxActor, true);
    if (ValidActor(scope, name)) out->push_back(ActorMention{name, k, ActorMention::kBlame});
  }
}

void ActorMentions(const ClaimScope& scope, size_t s, std::vector<ActorMention>* out) {
  const size_t begin = scope.SentenceBegin(s), end = scope.SentenceEnd(s);
  for (size_t k = begin; k < end; ++k) {
    if (scope.Has(k, ClaimRole::kAttackNoun) && !HaveBefore(scope, k, begin)) {
      AttackNounAgent(scope, k, begin, end, out);
      PossessiveAttack(scope, k, begin, out);
    }
    VerbMentions(scope, k, begin, end, out);
    if (scope.Has(k, ClaimRole::kBlame)) BlameMention(scope, k, begin, end, out);
    if (const ClaimLexiconEntry* c = scope.marks.Longest(k, ClaimRole::kClaimResponsibility)) {
      // "l'EI a revendiqué l'attentat"; "un attentat revendiqué par l'EI"
      size_t m = k + c->tokens.size();
      if (Is(scope, m - 1, "by")) {
        AddNamed(scope, {m, std::min(end, m + kMaxActor)}, k, ActorMention::kAgent, out);
      } else if (m + 1 < end && (Is(scope, m, "par") || Is(scope, m, "by"))) {
        AddNamed(scope, {m + 1, std::min(end, m + 1 + kMaxActor)}, k, ActorMention::kAgent, out);
      } else {
        AddNamed(scope, SubjectBefore(scope, k, begin), k, ActorMention::kSubject, out);
      }
    }
  }
}

// The name an actor mention stands for: itself, or for a pronoun or a
// demonstrative ("ils", "ces égorgeurs") the last named actor before it; a
// demonstrative with none before keeps its noun.
std::optional<TokenSpan> ResolveActor(const std::vector<ActorMention>& all, size_t m) {
  if (!all[m].pronoun && !all[m].demonstrative) return all[m].name;
  for (size_t k = m; k-- > 0;)
    if (!all[k].pronoun && !all[k].demonstrative) return all[k].name;
  if (all[m].demonstrative) return all[m].name;
  return std::nullopt;
}

bool HasAttackNoun(const ClaimScope& scope, size_t s) {
  for (size_t k = scope.SentenceBegin(s); k < scope.SentenceEnd(s); ++k)
    if (scope.Has(k, ClaimRole::kAttackNoun)) return true;
  return false;
}

// The country of a demonym at token i ("américaines" -> US), or "".
std::string_view DemonymCountry(const ClaimScope& scope, size_t i) {
  std::string_view country;
  if (scope.gazetteer == nullptr) return country;
  scope.gazetteer->ForEachMatch(scope.text, i, i + 1, [&](size_t, uint32_t id) {
    const GazetteerEntry& e = scope.gazetteer->entry(id);
    if (e.kind == GazetteerKind::kDemonym && !e.country.empty()) country = e.country;
  });
  return country;
}

// A naming of country `c`'s side at token i: a force qualified by its
// demonym ("l'armée israélienne", "aviation russe"), or its capital,
// its name or one of its organisations ("Washington", "Pentagone").
std::optional<TokenSpan> NamingOf(const ClaimScope& scope, size_t i, size_t end, std::string_view c) {
  if (i > 0 && scope.IsWord(i - 1) && !scope.Has(i - 1, ClaimRole::kAttackNoun) &&
      !scope.Has(i - 1, ClaimRole::kUnit) && !EndsName(scope, i - 1) && DemonymCountry(scope, i) == c) {
    TokenSpan n{i - 1, i + 1};
    if (ValidActor(scope, n) && !scope.Has(i - 1, ClaimRole::kDeterminer)) return n;
  }
  if (scope.gazetteer == nullptr || !scope.IsCapitalised(i)) return std::nullopt;
  std::optional<TokenSpan> found;
  scope.gazetteer->ForEachMatch(scope.text, i, end, [&](size_t length, uint32_t id) {
    const GazetteerEntry& e = scope.gazetteer->entry(id);
    bool side = e.country == c && (e.kind == GazetteerKind::kCountry || e.kind == GazetteerKind::kOrganisation ||
                                   (e.kind == GazetteerKind::kPlace && e.detail == "capital"));
    if (side) found = TokenSpan{i, i + length};
  });
  return found;
}

// "les frappes américaines ont tué 56 civils": an attack named by its
// nationality only is the side of that nation named nearest in the window
// ("que Washington s'explique", "l'armée israélienne a indiqué").
std::optional<TokenSpan> NationalActor(const ClaimScope& scope, const ClaimDraft& claim, size_t first_sentence,
                                       size_t last_sentence) {
  std::string_view country;
  for (size_t k = scope.SentenceBegin(claim.sentence); k + 1 < scope.SentenceEnd(claim.sentence) && country.empty(); ++k) {
    if (scope.Has(k, ClaimRole::kAttackNoun)) country = DemonymCountry(scope, k + 1);
  }
  if (country.empty()) return std::nullopt;
  std::optional<TokenSpan> best;
  for (size_t s = first_sentence; s <= last_sentence; ++s) {
    const size_t end = scope.SentenceEnd(s);
    for (size_t i = scope.SentenceBegin(s); i < end; ++i) {
      if (i > 0 && scope.Has(i - 1, ClaimRole::kAttackNoun)) continue;  // the attack's own adjective
      std::optional<TokenSpan> n = NamingOf(scope, i, end, country);
      if (n && (!best || TokenDistance(*n, claim.span) < TokenDistance(*best, claim.span))) best = n;
    }
  }
  return best;
}

}  // namespace

std::optional<TokenSpan> ClaimActor(const ClaimScope& scope, const ClaimDraft& claim,
                                    size_t first_sentence) {
  std::vector<ActorMention> all;
  size_t here_begin = 0, here_end = 0, next_end = 0;
  size_t last = std::min(claim.sentence + 1, scope.text.sentences().size() - 1);
  if (scope.text.ParagraphOfSentence(last) != scope.text.ParagraphOfSentence(claim.sentence)) {
    last = claim.sentence;
  }
  std::vector<size_t> sentence_of;
  for (size_t s = first_sentence; s <= last; ++s) {
    if (s == claim.sentence) here_begin = all.size();
    ActorMentions(scope, s, &all);
    sentence_of.resize(all.size(), s);
    if (s == claim.sentence) here_end = all.size();
  }
  next_end = all.size();
  // In the claim's sentence: the nearest.
  std::optional<size_t> best;
  for (size_t m = here_begin; m < here_end; ++m) {
    if (!best || TokenDistance(all[m].name, claim.span) < TokenDistance(all[*best].name, claim.span)) best = m;
  }
  // Else a blame in the next sentence, or, when the claim's sentence names
  // an attack without its agent ("par des tirs israéliens"), the subject of
  // an attack verb there ("L'armée israélienne a indiqué avoir ouvert le feu").
  const bool attack_here = HasAttackNoun(scope, claim.sentence);
  for (size_t m = here_end; !best && m < next_end; ++m)
    if (all[m].kind == ActorMention::kBlame) best = m;
  for (size_t m = here_end; !best && attack_here && m < next_end; ++m)
    if (all[m].kind == ActorMention::kSubject) best = m;
  // Else the last actor of the sentence before.
  if (!best && claim.sentence > first_sentence) {
    for (size_t m = here_begin; m-- > 0 && sentence_of[m] == claim.sentence - 1;) {
      if (all[m].kind == ActorMention::kBlame) continue;
      if (attack_here && all[m].kind != ActorMention::kSubject) continue;
      best = m;
      break;
    }
  }
  if (!best) return NationalActor(scope, claim, first_sentence, last);
  return ResolveActor(all, *best);
}

}  // namespace vigie::analyse::internal
