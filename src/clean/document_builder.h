// Assembles the Document from a record, its page and the text findings,
// choosing between competing candidates for each field.
#ifndef VIGIE_CLEAN_DOCUMENT_BUILDER_H_
#define VIGIE_CLEAN_DOCUMENT_BUILDER_H_

#include "clean/text_rules.h"
#include "ingest/page.h"
#include "ingest/record.h"
#include "vigie/document.h"

namespace vigie::clean {

// Precedence, highest first: what the container states (JSONL fields, WARC
// headers); then the page's markup (JSON-LD, <meta>); then what the text
// says. The outlet falls back to the domain. `language` is left unset: the
// language identifier fills it.
Document BuildDocument(ingest::Record record, ingest::Page page, TextFindings findings);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_DOCUMENT_BUILDER_H_
