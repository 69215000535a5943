// The inputs named on a command line, expanded: files as given, directories
// walked recursively, "-" for standard input.
#ifndef VIGIE_INGEST_INPUT_FILES_H_
#define VIGIE_INGEST_INPUT_FILES_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "vigie/status.h"

namespace vigie::ingest {

// Calls `on_file(path)` for every regular file under `paths`, in order:
// paths as given, files of a directory sorted by path; hidden files and
// directories (".name") inside a walked directory are passed over. "-" is
// passed through for standard input. A path that cannot be read, or a
// directory without any file, goes to `on_error(path, reason)`.
void ExpandInputs(const std::vector<std::string>& paths,
                  const std::function<void(const std::string&)>& on_file,
                  const std::function<void(const std::string&, const std::string&)>& on_error);

// Reads a whole file ("-" = standard input). Files over `max_bytes` fail
// with ResourceExhausted.
Result<std::string> ReadWholeFile(const std::string& path, size_t max_bytes = size_t{4} << 30);

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_INPUT_FILES_H_
