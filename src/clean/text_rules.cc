#include "clean/text_rules.h"

namespace vigie::clean {

// PLACEHOLDER (being replaced in this session by the text rules).
TextFindings ApplyTextRules(Format, ingest::Page*) { return {}; }

}  // namespace vigie::clean
