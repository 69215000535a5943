// The closed word classes the quotation finder reads sentences with, for
// French and English: determiners, pronouns, prepositions, auxiliaries,
// connectives, adverbs. Closed classes change with the language, not with
// the corpus, so they are compiled in; the open classes (speech verbs,
// speaker nouns) are data files a user extends (speech_cues.h,
// speaker_nouns.h). Every lookup takes a folded token (lower case, no
// accents, ASCII apostrophes), as AnalysisText::Folded gives.
#ifndef VIGIE_ANALYSE_QUOTE_WORDS_H_
#define VIGIE_ANALYSE_QUOTE_WORDS_H_

#include <string_view>

#include "analyse/speaker_nouns.h"

namespace vigie::analyse {

enum class WordClass : uint8_t {
  kOther,
  kDefinite,      // le, la, l', les, ce, cette, son, the
  kIndefinite,    // un, une, des, plusieurs, a, an, some
  kPronoun,       // il, elle, -t-il, lui, he, she (see PronounGender)
  kGenericPronoun,  // on, certains, l'un, one
  kPreposition,   // à, dans, sur, depuis, in, at
  kContraction,   // au, aux, du, des (after a verb: "à les", "de les")
  kAuxiliary,     // a, ont, avait, est, has, had, was
  kClitic,        // s', se, l', lui, leur, en, y, ne, pas
  kConnective,    // mais, or, pourtant, however
  kAdverb,        // aussi, toutefois, lundi, hier, also
  kRelative,      // qui, dont, où, who, which
  kComplementizer,  // que, qu', that
  kCoordinator,   // et, ou, and, or
};

// The class of a folded token in `language` ("en" or anything else for
// French). Words ending in -ment are adverbs in French (-ly in English).
WordClass ClassifyWord(std::string_view folded, bool english);

// For a personal pronoun (il, elle, ils, -t-elle, he, she, they): its
// gender and number. False for any other word.
bool PronounInfo(std::string_view folded, bool english, Gender* gender, bool* plural);

// Day names and the like that sit between a verb and its complement
// ("a annoncé lundi que", "said on Monday that").
bool IsTimeWord(std::string_view folded, bool english);

// Particles inside a person's or an organisation's name ("Staffan de
// Mistura", "Mohamed Ould Abdel Aziz", "Ludwig van Beethoven").
bool IsNameParticle(std::string_view folded);

// Words that end a speaker phrase when they follow its name: "qui", "cité",
// "joint", "interrogé", "sous", "lors"...
bool EndsSpeakerPhrase(std::string_view folded, bool english);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_QUOTE_WORDS_H_
