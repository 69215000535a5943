#include "vigie/status.h"

namespace vigie {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidArgument: name = "Invalid argument"; break;
    case Code::kNotFound: name = "Not found"; break;
    case Code::kIoError: name = "IO error"; break;
    case Code::kCorruption: name = "Corruption"; break;
    case Code::kUnsupported: name = "Unsupported"; break;
    case Code::kResourceExhausted: name = "Resource exhausted"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace vigie
