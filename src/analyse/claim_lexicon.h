// ClaimLexicon: the words of the casualty-claims layer, loaded from the
// data files users edit (data/lexicons/<lang>/casualties.tsv, numbers.tsv,
// claim_context.tsv; their roles are documented in data/lexicons/README.md),
// and ClaimMarks, the phrases of the lexicon found at each token of one
// document.
//
// A phrase is matched on whole tokens folded for matching (text::Normalizer,
// kNormalizeForMatching), so "Tués", "tues" and "tués" are one cue and "d’"
// and "d'" one connector. Each phrase is tokenized with the tokenizer's
// French rules when loaded, the rules every document is tokenized with.
#ifndef VIGIE_ANALYSE_CLAIM_LEXICON_H_
#define VIGIE_ANALYSE_CLAIM_LEXICON_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/phrase_matcher.h"
#include "vigie/status.h"

namespace vigie::analyse {

class TsvTable;

// The `role` column. The order is the data files'; kRoleCount ends it.
enum class ClaimRole : uint8_t {
  // casualties.tsv
  kKilled, kInjured, kMissing, kDisplaced,  // casualty cue; value: a CueForm
  kCategory,                                // value: a VictimCategory
  kBreakdown, kAmong, kOther, kPartitive, kUnit,
  // numbers.tsv
  kNumber, kScale, kCollective, kCollectives, kOne, kApprox, kApproxAfter, kRangeOpen,
  kRangeJoin, kPluralDeterminer, kCurrency,
  // claim_context.tsv: places
  kPlaceHead, kPlaceHeadAfter, kLocative, kAgentPrep, kOrigin, kDirection, kNameParticle, kPlaceAnaphor,
  // dates
  kDay, kDayPart, kMonth, kSeason, kMonthEdge, kDatePrep, kSince, kRelativeDate, kSameDay,
  kNightOf, kAgo, kDurationPrep, kDurationWord, kTimeUnit, kTimeZone, kPeriodWord,
  // sources and actors
  kSourcePrefix, kSpeech, kReportVerb, kReportNoun, kSourceAnaphor, kAttackNoun, kAttackVerb,
  kCauseVerb, kBlame, kClaimResponsibility, kPronoun, kDemonstrative, kPossessive,
  kActorNoun, kInstrument, kWarNoun, kAffiliation, kMember, kGroupNoun, kArmedDescription, kGenericParty, kUnnamedAttacker, kArmed,
  kSponsor, kMaker, kOffice, kWeaponModel, kEvaluative, kDisease, kSpokesperson, kAlias, kNotParty, kLoneAttacker,
  kShare, kRuler, kAgentPhrase, kSoCalled, kBranch,
  // grammar
  kDeterminer, kConnector, kPreposition, kClauseStop, kNounPhraseStop, kAuxBe, kAuxHave,
  kAdverb, kNegation, kTopicShift, kModal, kBothSides, kRepelVerb, kSelfClaim,
  kSame, kReportAdjective, kTitle, kModalParticiple, kLostMen, kTotal, kRescue, kLossVerb, kPeople, kFiringPosition,
  kFound, kInfinitiveGovernor,
  kRoleCount
};
static_assert(static_cast<int>(ClaimRole::kRoleCount) <= 128, "roles are a 128-bit set");

// The name of a role in the data files ("killed", "place_head").
std::string_view ClaimRoleName(ClaimRole role);

// How a casualty cue finds its figure (the `value` of killed, injured,
// missing and displaced rows).
enum class CueForm : uint8_t {
  kNoun,          // "27 morts": the figure before it
  kParticiple,    // "tués": the context decides
  kIntransitive,  // "104 civils ont péri": its subject, before it
  kActive,        // "tuant trois enfants": the figure after it
  kActivePeople,  // "a perdu 180 hommes": the figure after it, only of people (not
                  // "a perdu 3 000 emplois"); its subject lost them, did not kill
  kOf,            // "les corps de 21 civils": the figure after "de"
  kToll,          // "le nombre de déplacés atteint 2,5 millions": the figure later in
                  // the clause, or just before it ("porte à 30 le nombre de morts")
  kInfinitive,    // "ont fait pendre neuf jeunes": the figure after it, only after a
                  // verb that makes it a deed (infinitive_governor), not an intent
                  // ("menacent de tuer 100 otages")
};

enum class VictimCategory : uint8_t { kNone, kCivilians, kChildren, kMilitary };

// The four counts a cue may give, in the contract's order.
enum class CountKind : uint8_t { kKilled, kInjured, kMissing, kDisplaced };

// The value of a place head that names a building or an establishment
// ("école", "hospital", lexicon value "venue"), not a level.
constexpr int64_t kVenueHead = 4;

// The values of an `attack_noun` (0 for none): fighting between sides
// ("combats"), a one-sided event named for its place ("le massacre de
// Moura"), an event named for its target ("l'invasion du Koweït").
constexpr int64_t kAttackFighting = 1, kAttackOfPlace = 2, kAttackOfTarget = 3;

struct ClaimLexiconEntry {
  ClaimRole role = ClaimRole::kKilled;
  // number and scale values, collective units, place-head levels, month
  // numbers; a CueForm or a VictimCategory as an integer.
  int64_t value = 0;
  // source_anaphor: the gazetteer organisation types it may stand for
  // ("ngo"), '|'-separated; empty for any.
  std::string detail;
  uint8_t languages = 0;  // bit set of kFrench, kEnglish
  std::string phrase;     // as written in the file
  std::vector<std::string> tokens;  // folded
  std::vector<uint32_t> words;      // the tokens as ids of ClaimLexicon::Word
};

// Immutable after Load; thread-safe.
class ClaimLexicon {
 public:
  static constexpr uint8_t kFrench = 1, kEnglish = 2;
  // The files read from each language directory, in this order.
  static constexpr std::string_view kFiles[] = {"casualties.tsv", "numbers.tsv",
                                                "claim_context.tsv"};

  // Loads <dir>/fr/ and <dir>/en/ for each of `dirs` (the data's lexicon
  // directory first, then the users' own), all adding to one lexicon. A
  // missing file is skipped; the first directory must give every file for
  // both languages. Errors name file:line.
  static Result<std::unique_ptr<ClaimLexicon>> Load(const std::vector<std::string>& dirs);
  // From tables in memory (tests, fuzzing): {language "fr"|"en", file
  // name, contents}.
  struct Table {
    std::string language, name, contents;
  };
  static Result<std::unique_ptr<ClaimLexicon>> FromTables(const std::vector<Table>& tables);

  ClaimLexicon(const ClaimLexicon&) = delete;
  ClaimLexicon& operator=(const ClaimLexicon&) = delete;

  const std::vector<ClaimLexiconEntry>& entries() const { return entries_; }
  const ClaimLexiconEntry& entry(uint32_t id) const { return entries_[id]; }

  // The id of a folded word of the lexicon's phrases, or kNoWord: one hash
  // look-up per token of a document, after which phrases compare ids.
  static constexpr uint32_t kNoWord = 0xFFFFFFFFu;
  uint32_t Word(std::string_view folded) const {
    auto it = vocabulary_.find(folded);
    return it == vocabulary_.end() ? kNoWord : it->second;
  }
  // Ids of the entries whose first word is `word`, longest first.
  const std::vector<uint32_t>& StartingWith(uint32_t word) const { return by_first_word_[word]; }

  // The value of a one-word number or scale ("vingt", "mille") of
  // `languages`, or -1: for the parts of hyphenated compounds.
  int64_t WordValue(std::string_view folded, ClaimRole role, uint8_t languages) const;

  // One pass over a document's folded text for the casualty cues: a
  // document without any has no claim and costs nothing more.
  const PhraseMatcher& cue_matcher() const { return cue_matcher_; }
  uint8_t cue_languages(uint32_t phrase) const { return cue_languages_[phrase]; }

 private:
  ClaimLexicon() = default;
  Status AddTable(const TsvTable& table, uint8_t language);
  Status Finish();

  std::vector<ClaimLexiconEntry> entries_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> vocabulary_;
  std::vector<std::vector<uint32_t>> by_first_word_;  // word id -> entry ids, longest first
  PhraseMatcher cue_matcher_;
  std::vector<uint8_t> cue_languages_;
};

// The lexicon's phrases at each token of one document, filled sentence by
// sentence on demand (a phrase never spans two sentences). Per call of
// ClaimFinder::Find; not thread-safe.
class ClaimMarks {
 public:
  // `languages`: the entries to match (a bit set of ClaimLexicon::kFrench,
  // kEnglish). Borrows `lexicon` and `text`.
  ClaimMarks(const ClaimLexicon& lexicon, const AnalysisText& text, uint8_t languages);

  const AnalysisText& text() const { return text_; }
  const ClaimLexicon& lexicon() const { return lexicon_; }
  uint8_t languages() const { return languages_; }
  size_t size() const { return roles_.size(); }

  // Matches every token of sentence `s` (once).
  void MarkSentence(size_t s);
  // Every sentence of paragraph `p` (tests, fuzzing).
  void MarkParagraph(size_t p);

  // REQUIRES: token i's sentence is marked; i may be size() (no role).
  bool Has(size_t i, ClaimRole role) const {
    const int r = static_cast<int>(role);
    return i < roles_.size() && (roles_[i][r >> 6] >> (r & 63) & 1) != 0;
  }
  // Token i's sentence is marked (Has may be asked).
  bool Marked(size_t i) const { return i < roles_.size() && marked_[text_.SentenceOfToken(i)]; }
  // Tokens taken by the longest entry of `role` at i, 0 if none.
  size_t Length(size_t i, ClaimRole role) const;
  // The longest entry of `role` at i, or nullptr.
  const ClaimLexiconEntry* Longest(size_t i, ClaimRole role) const;

 private:
  struct Match {
    uint32_t entry;
    uint32_t length;
  };
  const ClaimLexicon& lexicon_;
  const AnalysisText& text_;
  uint8_t languages_;
  std::vector<std::array<uint64_t, 2>> roles_;  // per token: roles of the entries starting there
  std::vector<uint32_t> first_;    // per token: first match in matches_
  std::vector<uint32_t> count_;    // per token: number of matches
  std::vector<Match> matches_;
  std::vector<uint32_t> words_;    // per token: its lexicon word id
  std::vector<bool> marked_;       // per sentence
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_CLAIM_LEXICON_H_
