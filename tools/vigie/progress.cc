#include "progress.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace vigie::cli {
namespace {

namespace fs = std::filesystem;

constexpr int kBarWidth = 24;

// The file part of a record's name ("path#N" -> "path").
std::string_view FileOf(std::string_view input) {
  size_t hash = input.rfind('#');
  return hash == std::string_view::npos ? input : input.substr(0, hash);
}

}  // namespace

Progress::Progress(const std::vector<std::string>& paths)
    : enabled_(isatty(STDERR_FILENO) != 0), start_(std::chrono::steady_clock::now()) {
  if (!enabled_) return;
  std::error_code ec;
  for (const std::string& p : paths) {
    if (p == "-") continue;
    if (fs::is_regular_file(p, ec)) {
      sizes_[p] = static_cast<int64_t>(fs::file_size(p, ec));
      continue;
    }
    for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) {
        sizes_[it->path().string()] = static_cast<int64_t>(it->file_size(ec));
      }
    }
  }
  for (const auto& [path, size] : sizes_) total_bytes_ += size;
}

void Progress::Advance(std::string_view input) {
  std::string_view file = FileOf(input);
  if (file == current_) return;
  if (auto it = sizes_.find(current_); it != sizes_.end()) done_bytes_ += it->second;
  current_ = std::string(file);
}

void Progress::Read(std::string_view input) {
  ++read_;
  if (!enabled_) return;
  Advance(input);
  Draw("reading", total_bytes_ > 0 ? static_cast<double>(done_bytes_) / total_bytes_ : -1,
       std::to_string(read_) + " records");
}

void Progress::Done(std::string_view input, std::string_view counts) {
  ++done_;
  if (!enabled_) return;
  if (read_ > 0) {  // the corpus pass: every record is known by now
    Draw("storing", static_cast<double>(done_) / read_, counts);
    return;
  }
  Advance(input);
  Draw("storing", total_bytes_ > 0 ? static_cast<double>(done_bytes_) / total_bytes_ : -1, counts);
}

void Progress::Draw(std::string_view phase, double fraction, std::string_view counts) {
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::string bar;
  if (fraction >= 0) {
    int filled = static_cast<int>(fraction * kBarWidth + 0.5);
    if (filled > kBarWidth) filled = kBarWidth;
    bar = "[" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') + "] " +
          std::to_string(static_cast<int>(fraction * 100 + 0.5)) + "% ";
  }
  int64_t count = phase == "reading" ? read_ : done_;
  std::fprintf(stderr, "\r\033[Kvigie: %s%.*s, %s, %.0f/s", bar.c_str(),
               static_cast<int>(phase.size()), phase.data(), std::string(counts).c_str(),
               seconds > 0 ? count / seconds : 0.0);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::Clear() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  drawn_ = false;
}

}  // namespace vigie::cli
