#include "pipeline/outcome_spool.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <utility>

namespace vigie::pipeline {
namespace {

constexpr size_t kPerField = 32;  // a string's or element's own overhead

size_t Strings(const std::vector<std::string>& v) {
  size_t n = 0;
  for (const std::string& s : v) n += s.size() + kPerField;
  return n;
}

size_t Optional(const std::optional<std::string>& s) { return s ? s->size() + kPerField : 0; }

size_t DocumentSize(const Document& d) {
  size_t n = sizeof(Document) + d.id.size() + d.input.size() + d.text.size();
  for (const auto* s : {&d.url, &d.domain, &d.outlet, &d.title, &d.published, &d.fetched,
                        &d.language, &d.meta_json}) {
    n += Optional(*s);
  }
  n += Strings(d.authors) + Strings(d.tags) + Strings(d.removed) + Strings(d.warnings);
  for (const Credit& c : d.credits) n += sizeof(Credit) + Optional(c.name) + Optional(c.url);
  for (const Entity& e : d.entities) n += sizeof(Entity) + e.text.size() + e.canonical.size();
  for (const Quote& q : d.quotes) n += sizeof(Quote) + q.text.size() + Optional(q.speaker);
  for (const Claim& c : d.claims) n += sizeof(Claim) + c.text.size();
  for (const Label& l : d.labels) n += sizeof(Label) + l.text.size() + l.term.size();
  for (const Technique& t : d.techniques) n += sizeof(Technique) + t.text.size();
  return n;
}

// An unlinked temporary file under $TMPDIR (else /tmp): it disappears with
// the process, however the process ends.
Result<std::FILE*> OpenTemporaryFile() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") +
                     "/vigie-corpus-XXXXXX";
  int fd = ::mkstemp(path.data());
  if (fd < 0) return Status::IoError(path + ": " + std::strerror(errno));
  ::unlink(path.c_str());
  std::FILE* file = ::fdopen(fd, "w+b");
  if (file == nullptr) {
    ::close(fd);
    return Status::IoError(path + ": " + std::strerror(errno));
  }
  return file;
}

}  // namespace

size_t ApproximateSize(const Outcome& outcome) {
  if (const auto* doc = std::get_if<Document>(&outcome)) return DocumentSize(*doc);
  const Failure& f = std::get<Failure>(outcome);
  return sizeof(Failure) + f.input.size() + f.error.size();
}

OutcomeSpool::~OutcomeSpool() {
  if (file_ != nullptr) std::fclose(file_);
}

void OutcomeSpool::Append(Outcome outcome) {
  size_t size = ApproximateSize(outcome);
  if (memory_used_ + size > memory_budget_ && spill_status_.ok() && Spill(outcome)) return;
  memory_used_ += size;
  in_memory_.push_back(std::move(outcome));
  entries_.push_back(Entry{0, Kind::kInMemory});
}

bool OutcomeSpool::Spill(const Outcome& outcome) {
  if (file_ == nullptr) {
    Result<std::FILE*> file = OpenTemporaryFile();
    if (!file.ok()) {
      spill_status_ = file.status();
      return false;
    }
    file_ = *file;
  }
  std::string line;
  Kind kind = Kind::kSpilledDocument;
  if (const auto* doc = std::get_if<Document>(&outcome)) {
    line = ToJsonLine(*doc);
  } else {
    const Failure& f = std::get<Failure>(outcome);
    line = nlohmann::json{{"input", f.input}, {"error", f.error}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
    kind = Kind::kSpilledFailure;
  }
  if (line.size() > std::numeric_limits<uint32_t>::max()) {
    spill_status_ = Status::ResourceExhausted("document over 4 GiB as JSON");
    return false;
  }
  line.push_back('\n');
  if (std::fwrite(line.data(), 1, line.size(), file_) != line.size()) {
    spill_status_ = Status::IoError(std::string("temporary file: ") + std::strerror(errno));
    return false;
  }
  entries_.push_back(Entry{static_cast<uint32_t>(line.size()), kind});
  ++spilled_;
  return true;
}

Outcome OutcomeSpool::ReadBack(const Entry& entry, std::string* buffer) {
  buffer->resize(entry.length);
  if (std::fread(buffer->data(), 1, entry.length, file_) != entry.length) {
    return Failure{"<corpus spool>", "temporary file truncated: document lost"};
  }
  std::string_view line(*buffer);
  line.remove_suffix(1);  // '\n'
  if (entry.kind == Kind::kSpilledFailure) {
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && j["input"].is_string() && j["error"].is_string()) {
      return Failure{j["input"].get<std::string>(), j["error"].get<std::string>()};
    }
    return Failure{"<corpus spool>", "temporary file corrupted: error line lost"};
  }
  Result<Document> doc = FromJsonLine(line);
  if (!doc.ok()) return Failure{"<corpus spool>", "temporary file corrupted: " + doc.status().message()};
  return std::move(*doc);
}

void OutcomeSpool::Replay(const std::function<void(Outcome)>& fn) {
  if (file_ != nullptr) {
    if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) {
      spill_status_ = Status::IoError(std::string("temporary file: ") + std::strerror(errno));
    }
  }
  std::string buffer;
  for (const Entry& entry : entries_) {
    if (entry.kind == Kind::kInMemory) {
      fn(std::move(in_memory_.front()));
      in_memory_.pop_front();
    } else {
      fn(ReadBack(entry, &buffer));
    }
  }
  entries_.clear();
  memory_used_ = 0;
}

}  // namespace vigie::pipeline
