// libFuzzer target for what happens to an input before a reader sees it:
// decompression (gzip, multi-member, zstd), UTF-16 transcoding, format
// detection, charset decoding, then dispatch (ReadInput). The first byte
// picks a file name, so that name-based detection is exercised too. Checks
// that every accepted record has valid UTF-8 and that a failed input is
// reported, never silently dropped.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/utf8.h"
#include "ingest/charset.h"
#include "ingest/decompress.h"
#include "ingest/format_detect.h"
#include "ingest/reader.h"

namespace {

class CheckingSink : public vigie::ingest::RecordSink {
 public:
  void Accept(vigie::ingest::Record record) override {
    ++reported;
    if (!vigie::IsValidUtf8(record.body)) std::abort();
    if (record.input.empty()) std::abort();
  }
  void Reject(std::string input, std::string error) override {
    ++reported;
    if (input.empty() || error.empty()) std::abort();
  }
  void Skip(std::string_view) override {}
  int reported = 0;
};

constexpr const char* kNames[] = {"page",       "a.txt",      "a.md",    "a.html.gz",
                                  "a.jsonl.zst", "a.warc.gz", "a.json",  "a.htm"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const char* name = kNames[data[0] % (sizeof kNames / sizeof kNames[0])];
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  vigie::ingest::Decompressed d = vigie::ingest::Decompress(bytes, size_t{16} << 20);
  if (d.compression == vigie::ingest::Compression::kNone && d.bytes != bytes) std::abort();
  (void)vigie::ingest::DetectFormat(name, d.bytes);
  if (!vigie::IsValidUtf8(vigie::ingest::DecodeHtmlBytes(d.bytes).text)) std::abort();
  if (!vigie::IsValidUtf8(vigie::ingest::DecodeTextBytes(d.bytes).text)) std::abort();

  CheckingSink sink;
  vigie::ingest::ReadInput(name, bytes, std::nullopt, &sink);
  if (sink.reported == 0) std::abort();  // nothing is silently dropped
  return 0;
}
