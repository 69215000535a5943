// TextSpool: the texts of a run kept in a temporary file, so that a
// million articles (3 GB of text) need no memory of their own: the page
// cache holds what fits and verification reads each text back with one
// pread. The file is unlinked at creation and gone with the spool.
#ifndef VIGIE_REUSE_TEXT_SPOOL_H_
#define VIGIE_REUSE_TEXT_SPOOL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/reuse.h"

namespace vigie::reuse {

// Append is for one thread at a time; Text may run in several threads at
// once, concurrently with nothing else.
class TextSpool : public TextSource {
 public:
  // A spool in $TMPDIR (else /tmp).
  static Result<std::unique_ptr<TextSpool>> Create();
  ~TextSpool() override;
  TextSpool(const TextSpool&) = delete;
  TextSpool& operator=(const TextSpool&) = delete;

  // Appends the text of the next article (numbered in order from 0).
  Status Append(std::string_view text);
  uint32_t size() const { return static_cast<uint32_t>(offsets_.size() - 1); }

  // Writes what is buffered; Text sees only flushed texts.
  Status Flush();
  Result<std::string> Text(uint32_t doc) const override;

 private:
  explicit TextSpool(int fd) : fd_(fd) {}

  int fd_;
  std::vector<uint64_t> offsets_{0};  // size() + 1 entries
  uint64_t flushed_ = 0;              // bytes written to the file
  std::string buffer_;                // bytes appended since
};

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_TEXT_SPOOL_H_
