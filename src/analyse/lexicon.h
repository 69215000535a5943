// Lexicon: the editable word lists of the labels and techniques layers,
// read once from data/lexicons/<lang>/*.tsv and from the users' own
// directories of the same layout (`vigie extract --lexicons DIR`), without
// rebuilding. Three kinds of table, told apart by their columns
// (data/lexicons/README.md gives the format):
//   - actor labels: `term target stance [forms when not_before not_after
//     flags technique]`, one row per term and target;
//   - technique cues: `phrase technique [span gate forms not_before
//     not_after]`;
//   - context classes: `phrase class [forms]`: the words the rules of both
//     layers look for around a match (jihadist group names, words of war,
//     nationality adjectives, doubt modifiers, negations...).
// Every phrase of every table is matched in one pass over the folded text
// (Register, then PhraseIndex::Scan), but for the one-token context words,
// looked up token by token (TokenClasses).
#ifndef VIGIE_ANALYSE_LEXICON_H_
#define VIGIE_ANALYSE_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analyse/phrase_index.h"
#include "vigie/status.h"

namespace vigie::analyse {

class TsvTable;

enum class Stance : uint8_t { kPejorative, kNeutral, kSympathetic };
// "pejorative", "neutral", "sympathetic".
std::string_view StanceName(Stance stance);

// A sequence of folded tokens ("de l'ombre" -> "de" "l'" "ombre").
using TokenSeq = std::vector<std::string>;

// When a label row applies instead of its term's default row.
struct LabelCondition {
  enum class Kind : uint8_t {
    kFollows,      // a phrase of `class_id` within 3 tokens after the term (past an
                   // `affiliation` phrase: "se réclamant du groupe Etat islamique")
    kPrecedes,     // a phrase of `class_id` right before the term ("Islamic State militants")
    kSentence,     // a phrase of `class_id` in the same sentence
    kParagraph,    // a phrase of `class_id` in the paragraph before the term or in its sentence
                   // (a row of a state's forces: anywhere in the paragraph)
    kTheatre,      // as kParagraph, for a class of places, unless the paragraph names a
                   // `rebel_name` anywhere ("... nord de l'Irak ... le PKK")
    kAnaphor,      // a demonstrative before the term, `class_id` in the sentence before
    kReported,     // a naming verb before the term ("qualifiait de « terroristes »") and
                   // `class_id` in its sentence ("les manifestants"): who was so named
    kCoordinated,  // "X et TERM": another label just before, joined by et/and/ou/or
    kProxy,        // "X et ses TERM": a foreign force's naming just before, joined by
                   // et/and and a possessive ("l'occupant turc et ses mercenaires":
                   // the local fighters it uses)
    kAfterJihadist,  // the label before it in its sentence designates jihadist_groups
                     // ("des jihadistes liés à Al-Qaïda ... une trentaine de terroristes")
    kWithOpposition,  // another naming in the sentence that only the non-state side gets
                      // ("aux côtés des bandes armées", "les rebelles ... mercenaires de Téhéran")
    kSide,         // the author's side, from the name-calling labels of the document
    kOpinion,      // the document takes sides: a strong technique cue or a name-calling
                   // label in the author's voice
    kAbroad,       // the document's dateline (no international wire's) is in one country and the term's paragraph
                   // names a place in another ("Ankara – ... en Syrie ... nos soldats")
    kAtHome,       // the document's dateline is in a country and the term's paragraph
                   // names no place in another ("Niamey, RTN – ... nos soldats")
    kAgainstForeign,  // the author insults foreign forces ("l'occupant français",
                      // "les impérialistes"): the text is not theirs
  };
  Kind kind = Kind::kFollows;
  int class_id = -1;
  bool government_side = false;  // kSide: true "side:government", false "side:opposition"
  std::string text;              // as written in the file: "paragraph:jihadist_name"
};

enum LabelFlag : uint32_t {
  kLabelNeedsConflict = 1u << 0,    // `context`: words of war in the paragraph or the one before
  kLabelExtends = 1u << 1,          // `extend`: the identifying complement joins the span
  kLabelNeedsComplement = 1u << 2,  // `complement`: only with such a complement
  kLabelNoun = 1u << 3,             // `noun`: after a determiner, preposition, number,
                                    // punctuation or nothing: not an adjective after a noun
  kLabelInScope = 1u << 4,          // `scope`: not in a sentence that names a party of a
                                    // conflict outside the lexicon's (class `out_of_scope`)
  kLabelOneSide = 1u << 5,          // `one_side`: not fighters of both sides ("de part et
                                    // d'autre", "43 combattants, dont 32 insurgés")
  kLabelUnnamed = 1u << 6,          // `unnamed`: not right before a capitalised name
                                    // ("la coalition Viv Ansanm": an alliance of its own)
};

struct LabelRow {
  uint32_t term = 0;  // index into Lexicon::label_terms()
  std::string target;
  Stance stance = Stance::kNeutral;
  std::vector<LabelCondition> when;  // any of them; empty: the default row
  std::vector<TokenSeq> not_before, not_after;
  uint32_t flags = 0;
  std::string technique;  // found with the label in the author's voice, or empty
  bool technique_needs_opinion = false;  // `gate opinion`, as for cues
  std::string where;      // "fr/labels.tsv:12"
};

struct LabelTerm {
  int lang = 0;       // index into Lexicon::languages()
  std::string term;   // lower case, singular: the contract's `term`
  std::string file;   // base name of the file that defined it
  std::vector<std::string> forms;
  std::vector<uint32_t> rows;  // conditional rows first, then default ones
};

enum class CueSpan : uint8_t {
  kCue,       // the phrase itself
  kClause,    // the clause holding it (between , ; : and the sentence's ends)
  kSentence,  // its sentence
};

struct TechniqueCue {
  int lang = 0;
  std::string phrase;     // as written in the file: the finding's cue
  std::string technique;  // SemEval-2023 Task 3 name, or Rhetorical_Question
  CueSpan span = CueSpan::kCue;
  bool needs_opinion = false;  // `gate opinion`: only where other findings show an opinion
  // `gate evidence`: a weak sign of an opinion, never a finding of its own
  // (words of opinion pieces that the annotated paragraphs seldom bore out
  // as the technique: "occupation", "génocide").
  bool evidence_only = false;
  std::vector<TokenSeq> not_before, not_after;
  std::string file, where;
};

struct ClassPhrase {
  int lang = 0;
  int class_id = 0;
};

// Immutable after loading; thread-safe.
class Lexicon {
 public:
  // Reads <dir>/<lang>/*.tsv for every directory of `dirs`, in order (the
  // data's lexicons first, then the users'); <lang> is an ISO 639-1 code.
  // A later row with the same language, term, target and `when` as an
  // earlier one replaces it (a cue: same language, phrase and technique). A missing
  // directory is NotFound; any error names the file and line.
  static Result<std::unique_ptr<Lexicon>> Load(const std::vector<std::string>& dirs);
  // The same from files in memory: ("fr/labels.tsv", contents) pairs.
  static Result<std::unique_ptr<Lexicon>> FromFiles(
      const std::vector<std::pair<std::string, std::string>>& files);

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  const std::vector<std::string>& languages() const { return languages_; }
  // Index of `lang` in languages(), or -1.
  int Language(std::string_view lang) const;

  const std::vector<LabelTerm>& label_terms() const { return terms_; }
  const std::vector<LabelRow>& label_rows() const { return rows_; }
  const std::vector<TechniqueCue>& cues() const { return cues_; }
  // Index of the class called `name`, or -1. There are at most
  // kMaxClasses classes.
  int ClassId(std::string_view name) const;
  static constexpr int kMaxClasses = 64;
  // The classes (bit i: class i) of the one-token class phrases that fold
  // to `folded`, a token folded for matching, in language `lang`. Phrases of
  // one token ("les", "guerre", "EI") are looked up token by token, not
  // matched by the phrase pass: function words would make most of its hits.
  uint64_t TokenClasses(int lang, std::string_view folded) const;
  const std::vector<std::string>& class_names() const { return class_names_; }

  // Adds the lists of every phrase (label forms, cue forms, class phrases)
  // to `builder`, and remembers their ids for the accessors below. Called
  // once, before the index is built.
  void Register(PhraseIndex::Builder* builder);

  // Every phrase Register adds, in its order (label forms, cue forms,
  // multi-token class phrases): for benchmarks and tools.
  void AppendPhrases(std::vector<std::string>* out) const;

  // What a hit of the index is, when it comes from this lexicon: the label
  // term, cue or class phrase it found (nullptr otherwise).
  const LabelTerm* LabelOf(const PhraseHit& hit) const;
  const TechniqueCue* CueOf(const PhraseHit& hit) const;
  const ClassPhrase* ClassOf(const PhraseHit& hit) const;

  size_t phrase_count() const;  // phrases Register adds

 private:
  Lexicon() = default;
  class Parser;

  std::vector<std::string> languages_;
  std::vector<LabelTerm> terms_;
  std::vector<LabelRow> rows_;
  std::vector<TechniqueCue> cues_;
  std::vector<std::vector<std::string>> cue_forms_;  // per cue
  std::vector<std::string> class_names_;
  std::vector<ClassPhrase> class_phrases_;  // one per multi-token form
  std::vector<std::string> class_forms_;
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Per language: folded one-token class phrase -> class bits.
  std::vector<std::unordered_map<std::string, uint64_t, StringHash, std::equal_to<>>>
      token_classes_;

  static constexpr uint32_t kNoList = 0xFFFFFFFFu;
  uint32_t label_list_ = kNoList, cue_list_ = kNoList, class_list_ = kNoList;
  std::vector<uint32_t> label_item_term_;  // label list item -> term
  std::vector<uint32_t> cue_item_cue_;     // cue list item -> cue
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_LEXICON_H_
