// A progress bar on standard error for long jobs, drawn only when standard
// error is a terminal, at most five times a second, and erased before any
// other line is written there.
#ifndef VIGIE_TOOLS_PROGRESS_H_
#define VIGIE_TOOLS_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::cli {

class Progress {
 public:
  // `paths`: the job's inputs, whose sizes give the bar while records are
  // read; an empty total (standard input) shows counts only.
  explicit Progress(const std::vector<std::string>& paths);
  ~Progress() { Clear(); }

  bool enabled() const { return enabled_; }
  // A record read (the corpus pass reads everything before storing).
  void Read(std::string_view input);
  // A record done (stored, found already there, or failed); `counts` is the
  // text shown after the bar.
  void Done(std::string_view input, std::string_view counts);
  // Erases the bar (before writing another line on standard error).
  void Clear();

 private:
  void Advance(std::string_view input);
  void Draw(std::string_view phase, double fraction, std::string_view counts);

  bool enabled_;
  std::map<std::string, int64_t, std::less<>> sizes_;
  int64_t total_bytes_ = 0;
  int64_t done_bytes_ = 0;
  std::string current_;  // file of the last record seen
  int64_t read_ = 0;
  int64_t done_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_{};
};

}  // namespace vigie::cli

#endif  // VIGIE_TOOLS_PROGRESS_H_
