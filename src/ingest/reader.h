// ReadInput: from the bytes of one input (a file or standard input) to the
// records it holds. Decompresses, detects the format, repairs UTF-8 and
// dispatches to the reader of that format.
#ifndef VIGIE_INGEST_READER_H_
#define VIGIE_INGEST_READER_H_

#include <optional>
#include <string_view>

#include "ingest/record.h"
#include "vigie/document.h"

namespace vigie::ingest {

// Reports every record of the input to `sink`, in order: articles through
// Accept, unreadable records through Reject, non-articles through Skip. An
// input that holds no article at all is one Reject naming `name`.
// `forced` overrides format detection (--format). Never throws.
void ReadInput(std::string_view name, std::string_view bytes, std::optional<Format> forced,
               RecordSink* sink);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_READER_H_
