#include "ingest/markdown_reader.h"

#include "ingest/text_reader.h"

namespace vigie::ingest {

// PLACEHOLDER (being replaced in this session by the Markdown reader).
std::string StripInlineMarkdown(std::string_view s) { return std::string(s); }

Page ReadMarkdownPage(std::string_view markdown) { return ReadTextPage(markdown); }

}  // namespace vigie::ingest
