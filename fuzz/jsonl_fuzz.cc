// libFuzzer target for the JSONL reader: any bytes. Checks what the
// pipeline relies on: every record and rejection is named "name#N" with N
// increasing, bodies are non-empty valid UTF-8, meta is a JSON object.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/utf8.h"
#include "ingest/jsonl_reader.h"

namespace {

class CheckingSink : public vigie::ingest::RecordSink {
 public:
  void Accept(vigie::ingest::Record record) override {
    CheckName(record.input);
    if (record.body.empty() || !vigie::IsValidUtf8(record.body)) std::abort();
    if (record.format != vigie::Format::kJsonl) std::abort();
    if (record.meta_json) {
      auto meta = nlohmann::json::parse(*record.meta_json, nullptr, false);
      if (meta.is_discarded() || !meta.is_object()) std::abort();
    }
    for (const std::string* s : {record.id ? &*record.id : nullptr,
                                 record.title ? &*record.title : nullptr,
                                 record.outlet ? &*record.outlet : nullptr}) {
      if (s != nullptr && !vigie::IsValidUtf8(*s)) std::abort();
    }
  }
  void Reject(std::string input, std::string error) override {
    CheckName(input);
    if (error.empty()) std::abort();
  }
  void Skip(std::string_view) override { std::abort(); }  // JSONL never skips

 private:
  void CheckName(const std::string& input) {
    if (input.rfind("f.jsonl#", 0) != 0) std::abort();
    long n = std::strtol(input.c_str() + 8, nullptr, 10);
    if (n <= last_) std::abort();
    last_ = n;
  }
  long last_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  CheckingSink sink;
  vigie::ingest::ReadJsonl("f.jsonl", std::string_view(reinterpret_cast<const char*>(data), size),
                           &sink);
  return 0;
}
