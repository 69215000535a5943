// The identifying complement of a government naming, word by word: what
// ties it to its head ("de", "of"), and the names it holds ("de Bachar
// al-Assad", "Assad regime"). Used by LabelFinder's `extend` rows.
#ifndef VIGIE_ANALYSE_LABEL_COMPLEMENT_H_
#define VIGIE_ANALYSE_LABEL_COMPLEMENT_H_

#include <cstddef>
#include <string_view>

#include "analyse/analysis_text.h"

namespace vigie::analyse {

// A folded word that ties a complement to its head: "de", "d'", "du", "of".
bool IsOf(std::string_view folded);
// A folded definite article: "l'", "la", "le", "les", "the".
bool IsArticle(std::string_view folded);

// Token `k` of `text` is part of a name: a capitalised word ("Damas",
// "ONU"), or a name with a lower-case particle ("al-Assad"); not a word of
// a headline in capitals ("JUNTE"). Thread-safe.
bool IsNameToken(const AnalysisText& text, size_t k);

// The end of the name that starts at token `begin` (`begin` itself when
// none does), no further than token `limit`: name tokens, and particles
// ("al", "ben", "ould") between them.
size_t NameEnd(const AnalysisText& text, size_t begin, size_t limit);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_LABEL_COMPLEMENT_H_
