// Who the text blames for the casualties (actor) and who gives the figure
// (source), as the text names them, without article.
//
// Sources are read in the claim's sentence only: after "selon", "d'après",
// "according to" (past "un bilan publié jeudi par"), or around a reporting
// verb, after it when inverted ("a indiqué l'OSDH", "said the ministry")
// and otherwise its subject ("l'OSDH a fait état de", "medical sources
// said"). A name followed by its acronym in brackets is given as the
// acronym ("OSDH"). A source named again ("l'ONG", "the monitor") is the
// nearest source before it whose gazetteer type fits (an "ONG" is an NGO),
// else the nearest.
//
// Actors are the agents of the attack the sentence reports: the complement
// of an attack noun ("les frappes de la coalition", "shelling by
// militants", "roquettes tirées par les rebelles", "frappes attribuées à la
// coalition", English "coalition air raids"), the subject of an attack or
// killing verb ("Les jihadistes du groupe Etat islamique ont exécuté"), the
// agent of a passive killing ("tués par les rebelles"), the object of a
// blame ("Washington a accusé la Russie") or the subject of a claim of
// responsibility. Pronouns and demonstratives ("ils", "ces égorgeurs") are
// the actor named before. Without one in its sentence, a claim takes a
// blame from the next sentence (agencies write the accusation after the
// toll), or the actor of the sentence before; when the claim's sentence
// names an attack whose agent it does not give ("des raids aériens"), only
// the subject of an attack verb before counts, not the agent of another
// attack noun.
#include <algorithm>
#include <optional>

#include "analyse/claims_internal.h"
#include "analyse/gazetteer.h"

namespace vigie::analyse::internal {
namespace {

constexpr size_t kMaxSource = 10;     // "Bureau de coordination des affaires humanitaires de l'ONU"
constexpr size_t kMaxActor = 6;       // "jihadistes du groupe Etat islamique"
constexpr size_t kMaxSubject = 16;    // tokens between a clause's start and its verb
constexpr size_t kMaxAcronymGap = 6;  // "le Haut-Commissariat ... (HCR)"

bool Is(const ClaimScope& scope, size_t i, std::string_view f) { return scope.Folded(i) == f; }

bool IsCasualty(const ClaimScope& scope, size_t i) {
  return scope.Has(i, ClaimRole::kKilled) || scope.Has(i, ClaimRole::kInjured) ||
         scope.Has(i, ClaimRole::kMissing) || scope.Has(i, ClaimRole::kDisplaced);
}

// A word that ends a name: grammar, verbs, dates, numbers.
bool EndsName(const ClaimScope& scope, size_t i) {
  if (!scope.IsWord(i) || scope.date_at[i] >= 0 || Is(scope, i, "'s")) return true;
  for (ClaimRole r : {ClaimRole::kPreposition, ClaimRole::kClauseStop, ClaimRole::kAuxBe,
                      ClaimRole::kAuxHave, ClaimRole::kSpeech, ClaimRole::kReportVerb,
                      ClaimRole::kNounPhraseStop, ClaimRole::kAdverb, ClaimRole::kNegation,
                      ClaimRole::kSourcePrefix, ClaimRole::kAttackVerb, ClaimRole::kBlame,
                      ClaimRole::kClaimResponsibility, ClaimRole::kCauseVerb, ClaimRole::kPronoun,
                      ClaimRole::kNumber, ClaimRole::kApprox}) {
    if (scope.Has(i, r) && !scope.Has(i, ClaimRole::kConnector)) return true;
  }
  return IsCasualty(scope, i);
}

bool IsPlace(const ClaimScope& scope, size_t i, size_t limit) {
  if (const EntityTokens* e = scope.EntityAt(i)) return e->type == 'L';
  if (scope.gazetteer == nullptr || !scope.IsCapitalised(i)) return false;
  bool place = false;
  scope.gazetteer->ForEachMatch(scope.text, i, limit, [&](size_t, uint32_t id) {
    GazetteerKind k = scope.gazetteer->entry(id).kind;
    place = place || k == GazetteerKind::kPlace || k == GazetteerKind::kCountry;
  });
  return place;
}

size_t SkipArticles(const ClaimScope& scope, size_t i, size_t limit) {
  while (i < limit && (scope.Has(i, ClaimRole::kDeterminer) || scope.Has(i, ClaimRole::kDemonstrative) ||
                       Is(scope, i, "\""))) {
    i += std::max<size_t>(1, scope.Length(i, ClaimRole::kDeterminer));
  }
  return i;
}

// A noun phrase; with `stop_at_place`, a complement naming a place ends it
// ("groupes terroristes de la Ghouta" -> "groupes terroristes").
TokenSpan NounPhrase(const ClaimScope& scope, size_t i, size_t limit, size_t max, bool stop_at_place) {
  const size_t start = SkipArticles(scope, i, limit);
  size_t k = start, last = start;
  for (size_t n = 0; k < limit && n < max;) {
    if (const EntityTokens* e = scope.EntityAt(k); e && e->begin == k && e->type != 'L' && e->end <= limit) {
      k = last = e->end;  // a name from the entity layer, whole
      n += e->end - e->begin;
      continue;
    }
    if (size_t c = scope.Length(k, ClaimRole::kConnector); c && k > start) {
      size_t j = k + c;
      if (j < limit && scope.Has(j, ClaimRole::kDeterminer)) j += scope.Length(j, ClaimRole::kDeterminer);
      if (j >= limit || EndsName(scope, j) || scope.Has(j, ClaimRole::kConnector)) break;
      if (stop_at_place && IsPlace(scope, j, limit)) break;
      k = j;
      continue;
    }
    if (EndsName(scope, k) || scope.Has(k, ClaimRole::kDeterminer)) break;
    last = ++k;
    ++n;
  }
  return {start, last};
}

// "(OSDH)" within a few tokens after a name, before any comma.
std::optional<size_t> Acronym(const ClaimScope& scope, size_t k, size_t limit) {
  for (size_t j = k; j + 2 < limit && j - k <= kMaxAcronymGap; ++j) {
    if (Is(scope, j, "(") && Is(scope, j + 2, ")") && scope.IsWord(j + 1) && scope.IsCapitalised(j + 1)) {
      return j + 1;
    }
    if (scope.IsPunct(j)) break;
  }
  return std::nullopt;
}

// The clause before a verb at k: from the last comma, colon or clause word
// to the verb, its auxiliaries and adverbs left out.
TokenSpan SubjectBefore(const ClaimScope& scope, size_t k, size_t sentence_begin) {
  size_t e = k;
  while (e > sentence_begin && (scope.Has(e - 1, ClaimRole::kAuxBe) || scope.Has(e - 1, ClaimRole::kAuxHave) ||
                                scope.Has(e - 1, ClaimRole::kAdverb) || scope.Has(e - 1, ClaimRole::kNegation))) {
    --e;
  }
  // A comma just before the verb closes an aside between it and its
  // subject: "Les rebelles, qui tiennent la ville, ont tiré".
  if (e > sentence_begin + 1 && Is(scope, e - 1, ",")) {
    size_t c = e - 1;
    while (c > sentence_begin && e - c < kMaxSubject && !Is(scope, c - 1, ",")) --c;
    if (c > sentence_begin + 1 && Is(scope, c - 1, ",")) e = c - 1;
  }
  size_t b = e;
  while (b > sentence_begin && e - b < kMaxSubject && !scope.IsPunct(b - 1)) {
    if (scope.Has(b - 1, ClaimRole::kClauseStop)) {
      // "Le régime et son allié russe ont": past "et" only when no verb
      // precedes it in the clause (a coordination of nouns).
      if (!(Is(scope, b - 1, "et") || Is(scope, b - 1, "and"))) break;
      size_t c = b - 1;
      bool verb = false;
      while (c > sentence_begin && !scope.IsPunct(c - 1) && !verb) {
        --c;
        verb = scope.Has(c, ClaimRole::kAuxBe) || scope.Has(c, ClaimRole::kAuxHave) ||
               scope.Has(c, ClaimRole::kClauseStop);
      }
      if (verb) break;
    }
    --b;
  }
  // A clause longer than that has a start we did not find: no subject.
  if (e - b >= kMaxSubject) return {e, e};
  return {b, e};
}

// The noun a relative "qui" stands for: the phrase before it, across a
// participle's complement ("bandits armés par l'étranger, qui").
TokenSpan Antecedent(const ClaimScope& scope, size_t rel, size_t sentence_begin) {
  size_t end = rel;
  if (end > sentence_begin && Is(scope, end - 1, ",")) --end;
  size_t b = end;
  while (b > sentence_begin && end - b < 8) {
    size_t p = b - 1;
    if (scope.IsPunct(p) || scope.Has(p, ClaimRole::kClauseStop) || scope.Has(p, ClaimRole::kAuxHave) ||
        scope.Has(p, ClaimRole::kAuxBe)) {
      break;
    }
    if (scope.Has(p, ClaimRole::kPreposition) && !scope.Has(p, ClaimRole::kConnector)) {
      // The agent of a participle belongs to the phrase: "bandits armés
      // par l'étranger, qui", "la coalition menée par Riyad, qui".
      if (p > sentence_begin && (Is(scope, p, "par") || Is(scope, p, "by")) &&
          !scope.Has(p - 1, ClaimRole::kClaimResponsibility) && !scope.Has(p - 1, ClaimRole::kAttackVerb) &&
          !scope.Has(p - 1, ClaimRole::kBlame) && !IsCasualty(scope, p - 1)) {
        b = p;
        continue;
      }
      break;
    }
    b = p;
  }
  return {b, end};
}

// ---- Actors ----

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

// "ont tué", "n'ont pas seulement attaqué": "avoir" before the verb at k.
bool HaveBefore(const ClaimScope& scope, size_t k, size_t begin) {
  while (k > begin) {
    --k;
    if (scope.Has(k, ClaimRole::kAuxHave)) return true;
    if (!scope.Has(k, ClaimRole::kAdverb) && !scope.Has(k, ClaimRole::kNegation)) return false;
  }
  return false;
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

size_t Distance(TokenSpan a, TokenSpan claim) {
  if (a.end <= claim.begin) return claim.begin - a.end;
  if (a.begin >= claim.end) return a.begin - claim.end;
  return 0;
}

bool HasAttackNoun(const ClaimScope& scope, size_t s) {
  for (size_t k = scope.SentenceBegin(s); k < scope.SentenceEnd(s); ++k)
    if (scope.Has(k, ClaimRole::kAttackNoun)) return true;
  return false;
}

// ---- Sources ----

struct SourceMention {
  TokenSpan name;      // the phrase
  TokenSpan reported;  // what to report: the name or its acronym
  bool anaphor = false;
  const ClaimLexiconEntry* anaphor_entry = nullptr;
};

void MakeSource(const ClaimScope& scope, TokenSpan name, size_t limit, std::vector<SourceMention>* out) {
  if (name.empty()) return;
  SourceMention m{name, name};
  if (std::optional<size_t> a = Acronym(scope, name.end, limit)) {
    m.reported = {*a, *a + 1};
    m.name.end = *a + 2;
  }
  if (const ClaimLexiconEntry* e = scope.marks.Longest(name.begin, ClaimRole::kSourceAnaphor);
      e && name.begin + e->tokens.size() == name.end) {
    m.anaphor = true;
    m.anaphor_entry = e;
  }
  out->push_back(m);
}

void SourceMentions(const ClaimScope& scope, size_t s, TokenSpan claim, std::vector<SourceMention>* out) {
  const size_t begin = scope.SentenceBegin(s), end = scope.SentenceEnd(s);
  for (size_t k = begin; k < end; ++k) {
    if (size_t n = scope.Length(k, ClaimRole::kSourcePrefix)) {
      size_t j = SkipArticles(scope, k + n, end);
      if (j < end && scope.Has(j, ClaimRole::kReportNoun)) {  // "selon un bilan publié jeudi par l'OSDH"
        size_t c = j;
        while (c < end && c - j < 6 && !Is(scope, c, "par") && !Is(scope, c, "by") &&
               !Is(scope, c, "from") && !scope.Has(c, ClaimRole::kConnector) && !scope.IsPunct(c)) {
          ++c;
        }
        if (c >= end || scope.IsPunct(c)) continue;
        j = c + std::max<size_t>(1, scope.Length(c, ClaimRole::kConnector));
      }
      MakeSource(scope, NounPhrase(scope, j, end, kMaxSource, false), end, out);
      continue;
    }
    if (!scope.Has(k, ClaimRole::kSpeech) || scope.in_quote[k]) continue;
    size_t j = k + scope.Length(k, ClaimRole::kSpeech);
    while (j < end && (scope.date_at[j] >= 0 || scope.Has(j, ClaimRole::kAdverb))) ++j;
    bool inverted = j < end && (scope.Has(j, ClaimRole::kDeterminer) || scope.IsCapitalised(j)) &&
                    !scope.Has(j, ClaimRole::kClauseStop) && !scope.Has(j, ClaimRole::kConnector) &&
                    (j >= claim.end || j < claim.begin) && !scope.Has(j, ClaimRole::kApprox);
    if (inverted) {
      TokenSpan name = NounPhrase(scope, j, end, kMaxSource, false);
      // "said its fighters had killed": the subject of what is reported.
      bool reported_subject = name.end < end && (scope.Has(name.end, ClaimRole::kAuxBe) ||
                                                 scope.Has(name.end, ClaimRole::kAuxHave) ||
                                                 IsCasualty(scope, name.end) || scope.Has(name.end, ClaimRole::kAttackVerb));
      if (!name.empty() && !reported_subject && (name.end <= claim.begin || name.begin >= claim.end)) {
        MakeSource(scope, name, end, out);
        continue;
      }
    }
    TokenSpan subject = SubjectBefore(scope, k, begin);
    if (subject.empty() && subject.begin > begin && scope.Has(subject.begin - 1, ClaimRole::kClauseStop) &&
        !scope.Has(subject.begin - 1, ClaimRole::kConnector)) {
      subject = Antecedent(scope, subject.begin - 1, begin);  // "al-Shabab, which said"
    }
    if (subject.empty() || (subject.begin < claim.end && subject.end > claim.begin)) continue;
    TokenSpan name{SkipArticles(scope, subject.begin, subject.end), subject.end};
    for (size_t t = name.begin; t < name.end; ++t) {
      if (scope.Token(t).kind == text::TokenKind::kNumber || IsCasualty(scope, t) || scope.IsPunct(t)) {
        name = NounPhrase(scope, subject.begin, subject.end, kMaxSource, false);
        break;
      }
    }
    MakeSource(scope, name, end, out);
  }
}

// Whether the source phrase names an organisation of one of `types`.
bool OfType(const ClaimScope& scope, TokenSpan name, std::string_view types) {
  if (types.empty()) return true;
  if (scope.gazetteer == nullptr) return false;
  bool fits = false;
  for (size_t i = name.begin; i < name.end && !fits; ++i) {
    scope.gazetteer->ForEachMatch(scope.text, i, name.end, [&](size_t, uint32_t id) {
      const GazetteerEntry& e = scope.gazetteer->entry(id);
      if (e.kind != GazetteerKind::kOrganisation) return;
      for (size_t p = 0; p <= types.size();) {
        size_t bar = std::min(types.find('|', p), types.size());
        if (types.substr(p, bar - p) == e.detail) fits = true;
        p = bar + 1;
      }
    });
  }
  return fits;
}

}  // namespace

TokenSpan ReadNounPhrase(const ClaimScope& scope, size_t i, size_t limit, size_t max_tokens) {
  return NounPhrase(scope, i, limit, max_tokens, false);
}

bool StartsNewTopic(const ClaimScope& scope, size_t s) {
  return scope.Has(scope.SentenceBegin(s), ClaimRole::kTopicShift);
}

std::optional<TokenSpan> ClaimSource(const ClaimScope& scope, const ClaimDraft& claim,
                                     size_t first_sentence, TokenSpan* source_span) {
  std::vector<SourceMention> before, here;
  for (size_t s = first_sentence; s < claim.sentence; ++s) SourceMentions(scope, s, {}, &before);
  SourceMentions(scope, claim.sentence, claim.span, &here);
  if (here.empty()) return std::nullopt;
  const SourceMention* best = &here.front();
  for (const SourceMention& m : here)
    if (Distance(m.name, claim.span) < Distance(best->name, claim.span)) best = &m;
  *source_span = best->name;
  if (!best->anaphor) return best->reported;
  // "l'ONG": the source named before it, of its type if the gazetteer knows.
  for (const SourceMention& m : here)
    if (m.name.end <= best->name.begin && !m.anaphor) before.push_back(m);
  const SourceMention* fallback = nullptr;
  for (size_t k = before.size(); k-- > 0;) {
    if (before[k].anaphor) continue;
    if (OfType(scope, before[k].name, best->anaphor_entry->detail)) return before[k].reported;
    if (fallback == nullptr) fallback = &before[k];
  }
  return fallback != nullptr ? fallback->reported : best->reported;
}

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
    if (!best || Distance(all[m].name, claim.span) < Distance(all[*best].name, claim.span)) best = m;
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
  if (!best) return std::nullopt;
  return ResolveActor(all, *best);
}

}  // namespace vigie::analyse::internal
