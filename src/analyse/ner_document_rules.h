// Document-level rules over the tagger's spans (NerTagger reads one
// sentence at a time; a document names its entities several times, and
// the gazetteer knows many of them). The rules and their measurements are
// in ner_document_rules.cc.
#ifndef VIGIE_ANALYSE_NER_DOCUMENT_RULES_H_
#define VIGIE_ANALYSE_NER_DOCUMENT_RULES_H_

#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/gazetteer.h"
#include "analyse/ner_tagger.h"

namespace vigie::analyse {

// Rewrites `*spans` (sorted, not overlapping; they stay so). `gazetteer`
// may be null. $VIGIE_NER_RULES (a bit set, read once) chooses the rules,
// for measuring them one by one; unset, the measured choice.
void ApplyDocumentRules(const AnalysisText& text, const Gazetteer* gazetteer,
                        std::vector<NerSpan>* spans);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_NER_DOCUMENT_RULES_H_
