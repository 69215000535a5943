// ReadInput: decompress, transcode UTF-16, detect the format, then hand the
// bytes to the reader of that format. Failure reporting follows one rule:
// each failed input or record gives exactly one Reject. A truncated
// compressed container keeps the records read before the fault and adds one
// Reject for the file; a record cut by that same fault is not reported again.
// Junk after a complete compressed stream: a single page is whole (kept, with
// the warning "trailing_garbage_ignored"); a container may have held more
// records there, so the file gets its error line after the records read.
#include "ingest/reader.h"

#include <string>
#include <utility>

#include "ingest/charset.h"
#include "ingest/decompress.h"
#include "ingest/format_detect.h"
#include "ingest/jsonl_reader.h"
#include "ingest/warc_reader.h"

namespace vigie::ingest {
namespace {

// Decompressed size limit: beyond it the input is a zip bomb, or a crawl too
// large to hold in memory at once (inputs are read whole).
constexpr size_t kMaxDecompressed = size_t{4} << 30;

// Counts what a reader reports, passing everything on.
class CountingSink : public RecordSink {
 public:
  explicit CountingSink(RecordSink* next) : next_(next) {}
  void Accept(Record record) override {
    ++reported_;
    next_->Accept(std::move(record));
  }
  void Reject(std::string input, std::string error) override {
    ++reported_;
    next_->Reject(std::move(input), std::move(error));
  }
  void Skip(std::string_view reason) override {
    ++skipped_;
    next_->Skip(reason);
  }
  int64_t reported() const { return reported_; }
  int64_t skipped() const { return skipped_; }

 private:
  RecordSink* next_;
  int64_t reported_ = 0;
  int64_t skipped_ = 0;
};

void ReadContainer(const std::string& input, Format format, Decompressed data, RecordSink* sink) {
  CountingSink counting(sink);
  const bool truncated = !data.status.ok() && !data.trailing_garbage;
  if (format == Format::kJsonl) {
    std::string_view bytes = data.bytes;
    // The last line of a cut stream is incomplete: the file's error covers it.
    if (truncated) bytes = bytes.substr(0, bytes.rfind('\n') + 1);
    ReadJsonl(input, bytes, &counting);
  } else {
    ReadWarc(input, data.bytes, &counting, truncated);
  }
  if (!data.status.ok()) {
    sink->Reject(input, data.status.message());
  } else if (counting.reported() == 0) {
    sink->Reject(input, counting.skipped() > 0
                            ? "no article: " + std::to_string(counting.skipped()) +
                                  " records skipped (not HTML pages)"
                            : std::string("no article in the input"));
  }
}

void ReadPage(const std::string& input, Format format, Decompressed data, RecordSink* sink) {
  if (!data.status.ok() && !data.trailing_garbage) {
    // A truncated single page: what was decoded is not the whole page.
    sink->Reject(input, data.status.message());
    return;
  }
  DecodedText text = format == Format::kHtml ? DecodeHtmlBytes(std::move(data.bytes))
                                             : DecodeTextBytes(std::move(data.bytes));
  Record record;
  record.input = input;
  record.format = format;
  record.body_format = format;
  record.body = std::move(text.text);
  record.warnings = std::move(text.warnings);
  if (data.trailing_garbage) record.warnings.push_back("trailing_garbage_ignored");
  sink->Accept(std::move(record));
}

}  // namespace

void ReadInput(std::string_view name, std::string_view raw, std::optional<Format> forced,
               RecordSink* sink) {
  std::string input(name == "-" ? "<stdin>" : name);
  Decompressed data = Decompress(raw, kMaxDecompressed);
  if (!data.status.ok() && data.bytes.empty()) {
    sink->Reject(input, data.status.message());
    return;
  }
  // UTF-16 is full of NUL bytes: transcode before detection sees them.
  std::string utf8;
  if (TranscodeUtf16WithBom(data.bytes, &utf8)) data.bytes.swap(utf8);

  Result<Format> format = DetectFormat(input, data.bytes);
  // --format overrides detection, but not the emptiness check.
  if (forced && (format.ok() || format.status().code() != Status::Code::kInvalidArgument)) {
    format = *forced;
  }
  if (!format.ok()) {
    sink->Reject(input, data.status.ok() ? format.status().message() : data.status.message());
    return;
  }
  switch (*format) {
    case Format::kJsonl:
    case Format::kWarc:
      ReadContainer(input, *format, std::move(data), sink);
      return;
    case Format::kHtml:
    case Format::kText:
    case Format::kMarkdown:
      ReadPage(input, *format, std::move(data), sink);
      return;
  }
}

}  // namespace vigie::ingest
