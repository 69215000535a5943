#include "ingest/reader.h"

#include <string>

#include "common/utf8.h"
#include "ingest/decompress.h"
#include "ingest/format_detect.h"
#include "ingest/jsonl_reader.h"
#include "ingest/warc_reader.h"

namespace vigie::ingest {

void ReadInput(std::string_view name, std::string_view raw, std::optional<Format> forced,
               RecordSink* sink) {
  std::string input(name == "-" ? "<stdin>" : name);
  Decompressed data = Decompress(raw);
  if (!data.status.ok() && data.bytes.empty()) {
    sink->Reject(input, data.status.message());
    return;
  }
  Result<Format> format = forced ? Result<Format>(*forced) : DetectFormat(input, data.bytes);
  if (!format.ok()) {
    sink->Reject(input, data.status.ok() ? format.status().message() : data.status.message());
    return;
  }
  switch (*format) {
    case Format::kJsonl:
      ReadJsonl(input, data.bytes, sink);
      break;
    case Format::kWarc:
      ReadWarc(input, data.bytes, sink);
      break;
    default: {
      if (!data.status.ok()) {
        // A truncated single page: what was decoded is not the whole page.
        sink->Reject(input, data.status.message());
        return;
      }
      Record record;
      record.input = input;
      record.format = *format;
      record.body_format = *format;
      record.body = std::move(data.bytes);
      if (RepairUtf8(&record.body)) record.warnings.push_back("invalid_utf8_repaired");
      sink->Accept(std::move(record));
      return;
    }
  }
  // Containers: the records before a decompression fault were read; the
  // fault itself is reported against the file.
  if (!data.status.ok()) sink->Reject(input, data.status.message());
}

}  // namespace vigie::ingest
