#include "reuse/text_spool.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace vigie::reuse {

namespace {
constexpr size_t kBufferBytes = 1 << 20;
}  // namespace

Result<std::unique_ptr<TextSpool>> TextSpool::Create() {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/vigie-reuse-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) return Status::IoError("cannot create a spool file in " + path + ": " + std::strerror(errno));
  unlink(path.c_str());
  return std::unique_ptr<TextSpool>(new TextSpool(fd));
}

TextSpool::~TextSpool() { close(fd_); }

Status TextSpool::Append(std::string_view text) {
  buffer_.append(text);
  offsets_.push_back(offsets_.back() + text.size());
  if (buffer_.size() >= kBufferBytes) return Flush();
  return Status::Ok();
}

Status TextSpool::Flush() {
  size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = pwrite(fd_, buffer_.data() + done, buffer_.size() - done,
                             static_cast<off_t>(flushed_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status::IoError(std::string("writing the text spool: ") + std::strerror(errno));
    done += static_cast<size_t>(n);
  }
  flushed_ += buffer_.size();
  buffer_.clear();
  return Status::Ok();
}

Result<std::string> TextSpool::Text(uint32_t doc) const {
  if (doc >= size()) return Status::NotFound("no text " + std::to_string(doc) + " in the spool");
  const uint64_t begin = offsets_[doc], end = offsets_[doc + 1];
  if (end > flushed_) return Status::InvalidArgument("text spool read before Flush");
  std::string out(end - begin, '\0');
  size_t done = 0;
  while (done < out.size()) {
    const ssize_t n = pread(fd_, out.data() + done, out.size() - done,
                            static_cast<off_t>(begin + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status::IoError(std::string("reading the text spool: ") + std::strerror(errno));
    done += static_cast<size_t>(n);
  }
  return out;
}

}  // namespace vigie::reuse
