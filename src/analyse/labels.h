// LabelFinder: how a text names the armed actors of a conflict ("rebelles",
// "terroristes modérés", "régime de Damas", "so-called 'moderate rebels'"):
// each naming found from the lexicons' actor-label tables, with its term,
// the group it designates (target) and the stance of the word (pejorative,
// neutral, sympathetic). The rules and their measured effect are in
// labels.cc; the lexicon format in data/lexicons/README.md.
#ifndef VIGIE_ANALYSE_LABELS_H_
#define VIGIE_ANALYSE_LABELS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/lexicon.h"
#include "analyse/lexicon_matches.h"
#include "analyse/voice.h"
#include "vigie/document.h"

namespace vigie::analyse {

// A label with what the techniques layer needs to know about it.
struct FoundLabel {
  Label label;                    // the contract's fields
  const LabelRow* row = nullptr;  // the lexicon row that decided it
  size_t token_begin = 0, token_end = 0;  // tokens of the span
  // "soi-disant", "so-called" or scare quotes made it pejorative; `doubt`
  // names which ("soi-disant", "scare quotes").
  bool doubted = false;
  std::string doubt;
  bool quoted = false;    // inside someone else's words (AuthorVoice), or a quoted word
  bool reported = false;  // a mention: after a naming verb ("qualifiés de"), or listed
                          // among other quoted namings
  bool noun = false;      // used as a noun (LabelFinder's `noun` position), not as an
                          // adjective after one ("organisation terroriste")
  bool evaluative = false;  // an evaluative adjective joined the span ("régime assassin"):
                            // a name-calling whatever the row's technique
  // A row of target `none` with a technique decided it: a naming no target
  // fits, not a label of the document, kept for its technique.
  bool Untargeted() const { return label.target == "none"; }
};

// The condition part of a label's cue, as LabelFinder writes it
// ("fr/labels.tsv:44 paragraph:jihadist_name; doubt: soi-disant" ->
// "paragraph:jihadist_name"); empty for a row without condition.
std::string_view CueCondition(std::string_view cue);

// Immutable after construction; Find is const and thread-safe. Borrows
// `lexicon`, which must outlive it.
class LabelFinder {
 public:
  explicit LabelFinder(const Lexicon& lexicon);

  // Replaces `*out` with the labels of the document `matches` describes,
  // ordered by start, not overlapping, with the untargeted namings whose
  // row has a technique (FoundLabel::Untargeted: not labels of the
  // document). `entities` are the document's (the places with their
  // country, for the `abroad` condition); may be empty.
  void Find(const LexiconMatches& matches, const AuthorVoice& voice,
            const std::vector<Entity>& entities, std::vector<FoundLabel>* out) const;

 private:
  // Ids of the context classes the rules use (-1 when no table has one).
  struct Classes {
    int conflict, negation, determiner, demonstrative, doubt, nationality, evaluative,
        conjunction, hyphen_suffix, reported, preposition, affiliation, qualifier, group_name, out_of_scope,
        rebel_name, both_sides, possessive, own, sponsor_suffix, definite, hyphen_prefix, word_noun,
        wire_agency, civilian, rebel_people, government_media, opposition_media, origin;
  };
  class Pass;

  const Lexicon& lexicon_;
  Classes classes_;
  bool has_context_rows_ = false;  // rows conditioned on the side or the opinion
  // By term (index into Lexicon::label_terms()): a row conditioned on the
  // side ("mercenaires": such a term is no evidence of the side), and only
  // non-state targets (armed_opposition, jihadist_groups: `with_opposition`).
  std::vector<bool> side_term_, non_state_term_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_LABELS_H_
