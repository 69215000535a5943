// Format detection from content first, file name second: a ".txt" file
// holding Markdown scraped from a page is Markdown; a page saved without an
// extension is still HTML.
#ifndef VIGIE_INGEST_FORMAT_DETECT_H_
#define VIGIE_INGEST_FORMAT_DETECT_H_

#include <string_view>

#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie::ingest {

// The format of decompressed `bytes` read from `path` (the path may end in
// .gz or .zst; that suffix is ignored). Errors: InvalidArgument for an empty
// input, Unsupported for binary data.
Result<Format> DetectFormat(std::string_view path, std::string_view bytes);

// Text versus Markdown, for a body already known to be one of the two.
Format DetectTextOrMarkdown(std::string_view text);

// True if `bytes` (after a BOM and white space) starts like an HTML page or
// an HTML fragment. Reads at most the first 4 KB.
bool LooksLikeHtml(std::string_view bytes);

// True if `bytes` looks like binary data (NUL bytes or many control
// characters in its first kilobytes) rather than text in any encoding.
bool LooksBinary(std::string_view bytes);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_FORMAT_DETECT_H_
