#include "ingest/warc_reader.h"

namespace vigie::ingest {

// PLACEHOLDER (being replaced in this session by the WARC reader).
void ReadWarc(std::string_view name, std::string_view, RecordSink* sink) {
  sink->Reject(std::string(name), "WARC reader not built yet");
}

}  // namespace vigie::ingest
