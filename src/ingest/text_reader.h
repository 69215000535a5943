// Plain text and Markdown bodies to blocks.
#ifndef VIGIE_INGEST_TEXT_READER_H_
#define VIGIE_INGEST_TEXT_READER_H_

#include <string_view>

#include "ingest/page.h"

namespace vigie::ingest {

// Plain text: paragraphs are separated by blank lines; lines inside a
// paragraph are joined. The first line is the title (meta.title) when a
// blank line follows it; it is then not a block.
Page ReadTextPage(std::string_view text);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_TEXT_READER_H_
