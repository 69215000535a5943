#include "ingest/input_files.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace vigie::ingest {
namespace fs = std::filesystem;

namespace {

std::string ErrnoMessage(int err) { return std::strerror(err); }

void WalkDirectory(const std::string& dir, const std::function<void(const std::string&)>& on_file,
                   const std::function<void(const std::string&, const std::string&)>& on_error) {
  std::vector<std::string> files;
  std::error_code ec;
  auto it = fs::recursive_directory_iterator(
      dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    on_error(dir, ec.message());
    return;
  }
  bool walk_failed = false;
  for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
    if (ec) {
      // The files found so far are still read; the walk's failure is the
      // directory's one error line.
      on_error(dir, ec.message());
      walk_failed = true;
      break;
    }
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    std::error_code type_ec;  // a dangling link is neither: passed over
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(type_ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(type_ec)) files.push_back(p.string());
  }
  if (files.empty()) {
    if (!walk_failed) on_error(dir, "directory holds no files");
    return;
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) on_file(f);
}

}  // namespace

void ExpandInputs(const std::vector<std::string>& paths,
                  const std::function<void(const std::string&)>& on_file,
                  const std::function<void(const std::string&, const std::string&)>& on_error) {
  if (paths.empty()) {
    on_file("-");
    return;
  }
  for (const std::string& path : paths) {
    if (path == "-") {
      on_file(path);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      on_error(path, ec ? ec.message() : "no such file or directory");
    } else if (fs::is_directory(st)) {
      WalkDirectory(path, on_file, on_error);
    } else {
      on_file(path);  // regular files, but also FIFOs and /dev/stdin
    }
  }
}

Result<std::string> ReadWholeFile(const std::string& path, size_t max_bytes) {
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(ErrnoMessage(errno));
  std::string data;
  if (f != stdin && std::fseek(f, 0, SEEK_END) == 0) {
    long size = std::ftell(f);  // a hint only: the file may change under us
    if (size > 0 && static_cast<size_t>(size) <= max_bytes) data.reserve(static_cast<size_t>(size));
    std::rewind(f);
  }
  char buf[1 << 16];
  size_t n;
  Status status;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    data.append(buf, n);
    if (data.size() > max_bytes) {
      status = Status::ResourceExhausted("file larger than the limit");
      break;
    }
  }
  if (status.ok() && std::ferror(f)) status = Status::IoError(ErrnoMessage(errno));
  if (f != stdin) std::fclose(f);
  if (!status.ok()) return status;
  return data;
}

}  // namespace vigie::ingest
