#include "ingest/jsonl_reader.h"

namespace vigie::ingest {

// PLACEHOLDER (being replaced in this session by the JSONL reader).
void ReadJsonl(std::string_view name, std::string_view, RecordSink* sink) {
  sink->Reject(std::string(name), "JSONL reader not built yet");
}

}  // namespace vigie::ingest
