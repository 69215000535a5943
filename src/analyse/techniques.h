// TechniqueFinder: persuasion techniques in the author's own voice, named
// as in SemEval-2023 Task 3 (Loaded_Language, Name_Calling-Labeling, Doubt,
// Whataboutism, Appeal_to_Fear-Prejudice, ...) plus Rhetorical_Question,
// each with its span and the cue that fired: a lexicon entry
// ("techniques.tsv: et que dire de"), a label ("labels.tsv: égorgeur") or a
// rule ("rule: rhetorical question"). The method and its measured
// precision are in techniques.cc.
#ifndef VIGIE_ANALYSE_TECHNIQUES_H_
#define VIGIE_ANALYSE_TECHNIQUES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analyse/labels.h"
#include "analyse/lexicon.h"
#include "analyse/lexicon_matches.h"
#include "analyse/voice.h"
#include "vigie/document.h"

namespace vigie::analyse {

// Immutable after construction; Find is const and thread-safe. Reads the
// context classes' ids from `lexicon` (the lexicon of the matches given to
// Find).
class TechniqueFinder {
 public:
  explicit TechniqueFinder(const Lexicon& lexicon);

  // Replaces `*out` with the techniques of the document `matches`
  // describes, ordered by start. `labels`: LabelFinder's findings for it.
  void Find(const LexiconMatches& matches, const AuthorVoice& voice,
            const std::vector<FoundLabel>& labels, std::vector<Technique>* out) const;

 private:
  struct Candidate {
    Technique technique;
    bool needs_opinion = false;  // kept only where other findings show an opinion
    bool evidence = true;        // counts as showing an opinion (rules' findings do not)
    bool shown = true;           // a finding (not a cue of `gate evidence`)
  };
  class Run;

  int question_word_ = -1, answer_word_ = -1, indefinite_ = -1, answer_opening_ = -1, interjection_ = -1,
      conjunction_ = -1;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_TECHNIQUES_H_
