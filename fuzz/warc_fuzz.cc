// libFuzzer target for the WARC reader (and, through it, the HTTP response
// parser, de-chunking, content decoding and charset conversion): any bytes,
// read as a complete and as a truncated stream. Checks that records are
// numbered 1, 2, 3... in file order and hold valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "ingest/warc_reader.h"

namespace {

class CheckingSink : public vigie::ingest::RecordSink {
 public:
  void Accept(vigie::ingest::Record record) override {
    CheckName(record.input);
    if (!vigie::IsValidUtf8(record.body)) std::abort();
    if (record.format != vigie::Format::kWarc || record.body_format != vigie::Format::kHtml) {
      std::abort();
    }
    if (record.url && (record.url->empty() || !vigie::IsValidUtf8(*record.url))) std::abort();
    if (record.fetched && !vigie::IsValidUtf8(*record.fetched)) std::abort();
  }
  void Reject(std::string input, std::string error) override {
    CheckName(input);
    if (error.empty()) std::abort();
  }
  void Skip(std::string_view reason) override {
    if (reason.empty()) std::abort();
    ++count_;  // a skipped record still takes its number
  }

 private:
  // Records are numbered 1, 2, 3... in file order, skipped ones included.
  void CheckName(const std::string& input) {
    if (input != "f.warc#" + std::to_string(++count_)) std::abort();
  }
  long count_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (bool truncated : {false, true}) {
    CheckingSink sink;
    vigie::ingest::ReadWarc("f.warc", bytes, &sink, truncated);
  }
  return 0;
}
