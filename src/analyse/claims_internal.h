// The pieces of ClaimFinder shared by its files: the view of one document
// (ClaimScope), figures found in a sentence (casualty_figures.cc), dates
// (claim_dates.cc), places (claim_places.cc), actors and sources
// (claim_actors.cc, claim_sources.cc). Internal: only claims.cc and the tests include it.
#ifndef VIGIE_ANALYSE_CLAIMS_INTERNAL_H_
#define VIGIE_ANALYSE_CLAIMS_INTERNAL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/claim_lexicon.h"
#include "analyse/feature_weights.h"
#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie::analyse {

// The weights of the actor chooser: feature name -> weight
// (data/models/claim_actor.tsv).
using ActorWeights = FeatureWeights;

class Gazetteer;

namespace internal {

struct PlaceSentences;  // claim_places.cc

struct TokenSpan {
  size_t begin = 0, end = 0;  // tokens, end exclusive; empty when begin == end
  bool empty() const { return begin == end; }
};

// A named entity given to Find, as tokens.
struct EntityTokens {
  size_t begin = 0, end = 0;
  char type = 'M';  // 'L' LOC, 'O' ORG, 'P' PER, 'M' MISC
};

// A time expression ("mardi", "depuis mars 2011", "le même jour").
struct DateMention {
  size_t begin = 0, end = 0;
  bool calendar = false;      // names a day, month, year or season (not a duration)
  bool day = false;           // names a day ("mardi", "le 13 novembre", "hier")
  bool announcement = false;  // the date of a report ("a annoncé jeudi")
  bool same_day = false;      // "le même jour": the date of the sentence before
};

// A party a sentence names as the agent of an attack (claim_actors.cc).
struct ActorMention {
  TokenSpan name;
  size_t at = 0;  // the cue's token
  // kTopic: an armed party that is a sentence's subject ("Les rebelles ont
  // repris position"), not an attack's agent. kNamed: any other naming of
  // one ("s'appuie sur les mercenaires"): only what a pronoun may stand for.
  enum Kind { kAgent, kSubject, kBlame, kTopic, kNamed } kind = kAgent;
  bool pronoun = false, demonstrative = false;
  // "ces égorgeurs": a demonstrative before a noun that names a party
  // itself (not "ces « révolutionnaires »"); it keeps that noun unless the
  // party named before has a name (ResolveActor).
  bool own_noun = false;
  bool proper_only = false;  // "le groupe jihadiste": stands for a proper name only
  bool armed_only = false;   // "les jihadistes": stands for a known armed group only
  // A blame for the attack itself ("ont attribué l'attaque à l'Iswap"), or
  // a claim of responsibility ("a revendiqué l'attaque", "revendiquée par").
  bool about_attack = false;
};

// One Find call's view of the document: the lexicon marks, the entities as
// tokens, which tokens are quoted or in a date. Built by claims.cc, read by
// the rest. Not thread-safe; lives for one call.
struct ClaimScope {
  ClaimScope(const AnalysisText& t, ClaimMarks& m, const Gazetteer* g)
      : text(t), marks(m), gazetteer(g) {}

  const AnalysisText& text;
  ClaimMarks& marks;
  const Gazetteer* gazetteer;
  std::vector<EntityTokens> entities;  // in text order
  std::vector<uint8_t> in_quote;       // per token: inside « », “ ” or " "
  std::vector<int32_t> date_at;        // per token: index in `dates`, or -1
  std::vector<DateMention> dates;      // in text order
  // Per sentence, its actor mentions once found (ActorMentions): a claim's
  // window overlaps its neighbours', so each sentence is read once.
  mutable std::vector<std::vector<ActorMention>> actor_mentions;
  mutable std::vector<uint8_t> actor_mentions_done;
  // Per sentence, its place candidates once found (claim_places.cc).
  mutable std::shared_ptr<PlaceSentences> place_sentences;
  // The last claim's kind of total (TotalOf), asked twice per claim:
  // its span's first token, its source's, and the kind.
  mutable size_t total_claim = SIZE_MAX, total_source = SIZE_MAX;
  mutable int total_kind = 0;
  // Whether the text names a place or a nationality of a country, by its
  // code (claim_parties.cc, for an acronym's reading).
  mutable std::map<std::string, bool, std::less<>> names_country;
  // The gazetteer's armed groups' countries by the initials of their names
  // (ClaimFinder's, built once; null: none).
  const std::map<std::string, std::string, std::less<>>* group_initials = nullptr;

  bool Has(size_t i, ClaimRole role) const { return marks.Has(i, role); }
  size_t Length(size_t i, ClaimRole role) const { return marks.Length(i, role); }
  // A one-word entry of `role` in the document's languages is this folded
  // word (or token i's): unlike Has, needs no marked sentence and reads a
  // part of a token ("backed" in "Iran-backed").
  bool IsWordOf(std::string_view folded, ClaimRole role) const {
    return marks.lexicon().WordValue(folded, role, marks.languages()) >= 0;
  }
  bool IsWordOf(size_t i, ClaimRole role) const {
    return marks.Marked(i) ? Has(i, role) : IsWordOf(Folded(i), role);  // marked: no hashing
  }
  // Token i, or its part after its last hyphen, is a one-word entry of
  // `role` ("backed" in "Iran-backed", "made" in "US-made").
  bool LastPartIsWordOf(size_t i, ClaimRole role) const {
    const std::string_view f = Folded(i);
    const size_t dash = f.rfind('-');
    return dash != std::string_view::npos ? IsWordOf(f.substr(dash + 1), role) : IsWordOf(i, role);
  }
  std::string_view Folded(size_t i) const { return text.Folded(i); }
  const text::Token& Token(size_t i) const { return text.tokens()[i]; }
  bool IsPunct(size_t i) const;     // punctuation or a symbol
  bool IsCapitalised(size_t i) const;
  bool IsWord(size_t i) const { return Token(i).kind == text::TokenKind::kWord; }
  size_t SentenceBegin(size_t s) const { return text.sentences()[s].token_begin; }
  size_t SentenceEnd(size_t s) const { return text.sentences()[s].token_end; }
  // The entity covering token i, or nullptr.
  const EntityTokens* EntityAt(size_t i) const;
};

// ---- Figures (casualty_figures.cc) ----

constexpr int kCountKinds = 4;

// A figure statement: one or more coordinated numbers with one casualty
// cue ("Onze militaires et trois civils ont été tués").
struct Figure {
  TokenSpan span;  // the statement's tokens
  TokenSpan cue;   // the casualty word that fired
  CountKind kind = CountKind::kKilled;
  int64_t value = 0;
  bool approximate = false;
  VictimCategory category = VictimCategory::kNone;  // of the main number
  std::array<int64_t, 4> by_category{};             // VictimCategory -> victims
  bool inherits = false;  // "19 autres blessés", "une centaine de blessés": no noun of its own
  bool other = false;     // "cinq autres civils": the victims before are of its category too
  bool partitive = false;  // "255 d'entre eux"
  VictimCategory among = VictimCategory::kNone;  // "parmi les civils" after it
  size_t shown_end = 0;  // where the statement shown ends, if before span.end
};

// The figures of sentence `s`, in text order.
void FindFigures(const ClaimScope& scope, size_t s, std::vector<Figure>* out);

// A claim before its context: figures of one sentence joined ("40 morts,
// dont 16 enfants, et 250 blessés"), by claims.cc.
struct ClaimDraft {
  size_t sentence = 0;
  TokenSpan span;
  size_t shown_end = 0;  // where the claim's text ends, if before span.end (Figure::shown_end)
  std::array<std::optional<int64_t>, kCountKinds> counts;
  std::array<int64_t, 4> by_category{};
  bool approximate = false;
  std::vector<TokenSpan> cues;
  // "L'armée déplore quatre morts": the subject of the verb of loss that
  // opens the span, the side that suffered the figures (empty if none).
  TokenSpan loser;
};

// ---- Dates (claim_dates.cc) ----

// Finds the dates of tokens [begin, end) (a paragraph) into scope->dates
// and scope->date_at.
void FindDates(ClaimScope* scope, size_t begin, size_t end);

// A year in digits ("2016").
bool IsYear(const ClaimScope& scope, size_t i);

// A date of the claim's sentence that follows another figure after the
// claim ("Quatre civils ont été tués, ... qui fait état de 40 civils tués
// depuis le 27 septembre"): that figure's, not the claim's.
bool DateOfLaterFigure(const ClaimScope& scope, const ClaimDraft& claim, size_t date_begin);

// The date of a claim: its sentence's, else the nearest before it.
std::optional<TokenSpan> ClaimDate(const ClaimScope& scope, const ClaimDraft& claim,
                                   size_t first_sentence);

// ---- Places (claim_places.cc) ----

// The place of a claim (the toponym, without article or preposition).
// `exclude`: tokens that name the source, not a place of the event.
std::optional<TokenSpan> ClaimPlace(const ClaimScope& scope, const ClaimDraft& claim,
                                    size_t first_sentence, TokenSpan exclude);

// A place after a locative ("près de Las Cruces", "in southern Lebanon",
// past articles and directions): where something happened, never who did
// it. Not after "entre" ("between"), which also joins parties.
bool LocatedPlace(const ClaimScope& scope, TokenSpan n, size_t sentence_begin);

// ---- Noun phrases and clauses (claim_phrases.cc) ----

bool IsCasualtyWord(const ClaimScope& scope, size_t i);
// A word that ends a name: grammar, verbs, dates, numbers.
bool EndsName(const ClaimScope& scope, size_t i);
// A place by the entities or the gazetteer.
bool IsPlaceName(const ClaimScope& scope, size_t i, size_t limit);
// The end of the place that starts at token i (the entity's, or the
// gazetteer's longest by `limit`), or i when none does.
size_t PlaceNameEnd(const ClaimScope& scope, size_t i, size_t limit);
// Token k is a hyphen the tokenizer split off inside a word, touching the
// tokens on both sides ("U.S.-led": "U.S.", "-", "led").
bool SplitHyphen(const ClaimScope& scope, size_t k);
// Past articles, demonstratives and opening quotes.
size_t SkipArticles(const ClaimScope& scope, size_t i, size_t limit);
// Past at most two lower-case words that qualify the noun before j
// ("frappes aériennes", "bombe aérienne guidée"); returns the first token
// after them.
size_t PastQualifiers(const ClaimScope& scope, size_t j, size_t end);
// A name from token i (articles skipped) to at most `max` words; with
// `stop_at_place`, a complement naming a place ends it ("groupes
// terroristes de la Ghouta" -> "groupes terroristes"). Empty if none.
TokenSpan NounPhrase(const ClaimScope& scope, size_t i, size_t limit, size_t max, bool stop_at_place);
// Past a doubt before a name at k ("soi-disant", "so-called") and its
// opening quotation mark, if any (then *quoted is set, when not null); k
// without one.
size_t SoCalled(const ClaimScope& scope, size_t k, size_t limit, bool* quoted);
// "(OSDH)" within a few tokens after k, before any comma: its token.
std::optional<size_t> Acronym(const ClaimScope& scope, size_t k, size_t limit);
// The clause before the verb at k (its auxiliaries left out): its
// subject's tokens, or an empty span when its start is not found.
TokenSpan SubjectBefore(const ClaimScope& scope, size_t k, size_t sentence_begin);

// "L'armée déplore quatre morts", "Nos combattants ont eu 14 morts": the
// first token of a verb of loss (lexicon role `loss_verb`), with its
// auxiliary, right before the figures at `figures`, or `figures` when there
// is none. Its subject suffered them (ClaimDraft::loser).
size_t LossVerb(const ClaimScope& scope, size_t sentence, size_t figures);
// The phrase a relative ("qui", "which") at `rel` stands for.
TokenSpan Antecedent(const ClaimScope& scope, size_t rel, size_t sentence_begin);
// The first token of an entry of `role` of at most `max_words` tokens that
// ends just before token e and starts at or after `begin`, or e when there
// is none ("en immense majorité" before "par": role share).
size_t EntryEndingAt(const ClaimScope& scope, ClaimRole role, size_t e, size_t begin, size_t max_words);
// "avoir" before the verb at k, past adverbs and negation.
bool HaveBefore(const ClaimScope& scope, size_t k, size_t begin);
// Tokens between two spans, 0 when they overlap.
size_t TokenDistance(TokenSpan a, TokenSpan b);

// ---- Actors and sources (claim_actors.cc, claim_actor_choice.cc, claim_sources.cc) ----

constexpr size_t kMaxActor = 10;  // "Mouvement national de libération de l'Azawad"
// A blame may follow the toll by this many sentences ("The death toll rose
// to 57 ... More than 100 others were wounded. Ukraine blamed Russian
// forces for the attack").
constexpr size_t kActorSentencesAhead = 3;

// The actor mentions of sentence s, in text order of their names.
void ActorMentions(const ClaimScope& scope, size_t s, std::vector<ActorMention>* out);
// The same, found once per sentence and kept in scope.actor_mentions.
// REQUIRES: sentence s is prepared (marks and dates), as for ActorMentions.
const std::vector<ActorMention>& CachedActorMentions(const ClaimScope& scope, size_t s);
// A negation in the few tokens before token k, not before `sentence_begin`:
// a claim of responsibility at k is denied ("There was no immediate claim of
// responsibility", "n'a pas encore été revendiquée").
bool NegatedBefore(const ClaimScope& scope, size_t k, size_t sentence_begin);

// ---- What names a party (claim_parties.cc) ----
// The countries of the gazetteer's armed groups by the initials of their
// names, lower case, function words skipped ("Rapid Support Forces" ->
// "rsf": "SD"); the first group in the gazetteer's order for shared ones.
std::map<std::string, std::string, std::less<>> GroupInitials(const Gazetteer& gazetteer);

// What a name must be to stand for a party: anything where the syntax
// says it ("tirées par les « révolutionnaires »", "ont accusé Damas"), else
// a naming of a party where places may be any, or only countries and
// capitals ("les frappes d'Israël", "U.S. strikes", not "le bombardement
// d'Alep").
// kArmed: only a naming of an armed force (an actor noun, an armed group of
// the gazetteer), not any name ("l'OSDH", "Le Quai d'Orsay", "La France").
enum class Party { kAny, kAnyPlace, kCountry, kArmed };

// A naming of an armed party (see Party).
bool ActorLike(const ClaimScope& scope, TokenSpan n, Party party);
// "un automobiliste a foncé dans la foule", "a teenager", "un Tunisien":
// one person who may act alone, named by an indefinite article ("un",
// "une"; in English "a", "an", before the naming or as its first word) and
// a noun of the lexicon role lone_attacker, or in French a capitalised
// demonym (in English a demonym is an adjective: "a Ukrainian missile").
// The article's token, or SIZE_MAX when n is no such naming.
size_t LoneAttackerArticle(const ClaimScope& scope, TokenSpan n, size_t head);

// "des éleveurs peuls armés", "armed herders": a word of n calls them armed
// (lexicon role armed).
bool CalledArmed(const ClaimScope& scope, TokenSpan n);
// An ordinal in digits: "6e", "104e", "1er", "2nde", "93rd", "21st" (claim_parties.cc).
bool Ordinal(const ClaimScope& scope, size_t k);
// The head of a noun phrase (claim_parties.cc): in French its first word,
// past an ordinal ("5e brigade", "cinquième division").
size_t Head(const ClaimScope& scope, TokenSpan n);
// An actor is not an attack, a war, a thing nor its victims (a number).
bool ValidActor(const ClaimScope& scope, TokenSpan n);
// A country or a capital at token i ("Israël", "Moscou").
bool IsCountry(const ClaimScope& scope, size_t i, size_t limit);
// A country at token i, not a capital ("Israël").
bool IsNation(const ClaimScope& scope, size_t i, size_t limit);
// The country of a demonym at token i ("américaines" -> "US"), or "".
std::string_view DemonymCountry(const ClaimScope& scope, size_t i);
// A lower-case past participle ("tenus", "assiégée").
bool Participle(const ClaimScope& scope, size_t i);
// "à", "au", "aux", "to", "on": what a blame's party follows.
bool IsTo(const ClaimScope& scope, size_t i);
// The number of a folded head ("forces" plural, "armée" singular).
inline bool Plural(std::string_view folded) { return folded.ends_with("s") || folded.ends_with("x"); }
// Trims: before "de" and an infinitive ("l'armée d'utiliser"); before a
// verb the phrase ran into ("... islamique tiennent"); to the first naming
// of a party after a head that names none ("cellules dormantes du groupe
// Etat islamique"); to the group after an affiliation ("jihadistes
// affiliés à Boko Haram") or a member noun ("combattants d'Al-Chabab").
TokenSpan BeforeInfinitive(const ClaimScope& scope, TokenSpan n);
TokenSpan TrimVerb(const ClaimScope& scope, TokenSpan n);
TokenSpan FromParty(const ClaimScope& scope, TokenSpan n, Party party);
TokenSpan Affiliated(const ClaimScope& scope, TokenSpan n);
// A clock time, as live pages stamp their entries: "08:12", "7h45", "14h".
bool ClockTime(std::string_view token);
// A word with a capital letter: "Houthis", "al-Shabaab".
bool HasCapital(const ClaimScope& scope, size_t i);
// The armed group that wages the one-sided war noun at k (lexicon value
// `one_sided`: "l'insurrection de Boko Haram", "Boko Haram's insurgency",
// "Boko Haram, dont l'insurrection"), or an empty span.
TokenSpan InsurgencyOwner(const ClaimScope& scope, size_t k, size_t begin, size_t end);
// A name of the gazetteer's armed groups, starting at n's first token
// ("shebab", "Boko Haram").
bool KnownArmedGroup(const ClaimScope& scope, TokenSpan n);
// The canonical form of the longest gazetteer armed group named in n
// ("ADF", "Allied Democratic Forces": "Forces démocratiques alliées"), or "".
std::string ArmedGroupCanonical(const ClaimScope& scope, TokenSpan n);
// A weapon or an attack with its nation, head at `head` ("avions
// israéliens", "une bombe guidée russe").
bool NationalWeapon(const ClaimScope& scope, TokenSpan n, size_t head);
// The end of the longest gazetteer armed group's name at i (by limit), or i.
size_t ArmedGroupEnd(const ClaimScope& scope, size_t i, size_t limit);
// A capitalised noun that opens an armed force's name (an organisation head
// of type armed_group: "Gardiens", "Garde", "Corps"), at i.
bool ArmedHead(const ClaimScope& scope, size_t i);
// "Iran-backed Houthis" -> "Houthis" (English; a proper name must follow).
TokenSpan PastSponsor(const ClaimScope& scope, TokenSpan n);
// "combattants d'Al-Chabab" -> "Al-Chabab": the group after a member noun
// (`n`'s first token), or an empty span. `limit`: the sentence's end.
TokenSpan MemberOf(const ClaimScope& scope, TokenSpan n, size_t limit);

// The source of the figure, in the claim's sentence; anaphors ("l'ONG")
// resolved to the source named before. The text to report (an acronym
// given in brackets replaces the name before it).
std::optional<TokenSpan> ClaimSource(const ClaimScope& scope, const ClaimDraft& claim,
                                     size_t first_sentence, TokenSpan* source_span);

// A party's own claim of what it killed: the claim opens with a perfect
// infinitive that a verb of speech or of claiming governs ("qui affirme sur
// ses canaux avoir tué 40 militaires", "affirmant avoir tué", "claimed to
// have killed"): the party that killed, its actor, also gives the figure.
bool SelfClaim(const ClaimScope& scope, const ClaimDraft& claim);

// The actor blamed for the casualties. `source`: the tokens of the
// figure's source (claim_sources.cc), not a cue of the actor's.
std::optional<TokenSpan> ClaimActor(const ClaimScope& scope, const ClaimDraft& claim,
                                    size_t first_sentence, TokenSpan source);

// The topic of sentence s starts anew ("Par ailleurs, ..."): context is not
// taken from the sentences before it.
bool StartsNewTopic(const ClaimScope& scope, size_t s);

// ---- Actor and place candidates, for the learned choosers ----

// What a claim's actor or place may be: a party blamed (a resolved naming
// in the claim's window) or a place named, with what is known of it as
// named features (0..1).
struct ChoiceCandidate {
  TokenSpan name;  // its nearest mention, the place's name; empty for "none"
  std::vector<std::pair<std::string, float>> features;
};

// The places a claim may have happened in, "no place" first
// (claim_places.cc): every place of its sentence and of the sentences
// before it that its context reaches, with where each stands and what
// the rules (ClaimPlace) chose. `source`: the tokens of the figure's
// source.
std::vector<ChoiceCandidate> PlaceCandidates(const ClaimScope& scope, const ClaimDraft& claim, size_t first_sentence,
                                             TokenSpan source);

// The candidates of a claim, "no actor" first.
std::vector<ChoiceCandidate> ActorCandidates(const ClaimScope& scope, const ClaimDraft& claim, size_t first_sentence,
                                            TokenSpan source);

// Whether the claim is the total of a whole war ("la guerre a fait").
bool IsWarTotal(const ClaimScope& scope, const ClaimDraft& claim, TokenSpan source);

// Whether the victims died of a disease ("sont mortes de malnutrition",
// "died of cholera"): no party killed them.
bool DiseaseDeath(const ClaimScope& scope, const ClaimDraft& claim);

// The candidate with the highest score under `weights` (0: none).
size_t ChooseCandidate(const FeatureWeights& weights, const std::vector<ChoiceCandidate>& candidates);

// For training (vigie_eval_claims --dump-actor, --dump-place): when set,
// Find appends each claim's actor (place) candidates here, on the calling
// thread.
struct ChoiceDumpRecord {
  int64_t start = 0, end = 0;  // the claim's, code points
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, float>>>> candidates;
};
extern thread_local std::vector<ChoiceDumpRecord>* g_actor_dump;
extern thread_local std::vector<ChoiceDumpRecord>* g_place_dump;

// An acronym ("GSIM") introduced earlier in the document after the name
// it abbreviates ("le Groupe de soutien à l'islam et aux musulmans
// (GSIM)"): that name with its acronym; else `actor` itself.
TokenSpan AcronymDefinition(const ClaimScope& scope, TokenSpan actor);
// The actor's naming completed up to the acronym that follows it, when the
// acronym spells a name beginning inside it ("rebelles touareg du Mouvement
// national de libération" + "de l'Azawad (MNLA)" -> "Mouvement national de
// libération de l'Azawad (MNLA)"); the naming itself otherwise.
TokenSpan CompletedByAcronym(const ClaimScope& scope, TokenSpan actor);

// A word written in capitals ("JNIM", "U.S.", "ISLAMABAD", "BOUAKÉ"): only
// capital letters, dots, hyphens and letters beyond ASCII, one of them A-Z.
bool InCapitals(std::string_view token);
// "GSIM", "U.S.": a word of 2 to 8 characters in capitals.
bool IsAcronym(std::string_view token);
// A lower-case particle that belongs to a name: Arabic ("al-Qasr",
// "ez-Zor") or a lexicon `name_particle` ("ben", "abou").
bool IsParticle(const ClaimScope& scope, size_t i);
// A relative pronoun at token i: "qui", "who", "which".
bool IsRelative(const ClaimScope& scope, size_t i);

}  // namespace internal
}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_CLAIMS_INTERNAL_H_
