// libFuzzer target for the data-file reader (TsvTable): any bytes either
// parse or give an error naming the file; a parsed table's fields are all
// readable, inside the content, valid UTF-8 and without tabs or newlines.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "analyse/tsv.h"
#include "common/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string content(reinterpret_cast<const char*>(data), size);
  vigie::Result<vigie::analyse::TsvTable> t = vigie::analyse::TsvTable::Parse(content, "f.tsv");
  if (!t.ok()) {
    if (t.status().message().rfind("f.tsv", 0) != 0) std::abort();
    return 0;
  }
  const int columns = static_cast<int>(t->columns().size());
  if (columns == 0) std::abort();
  for (size_t r = 0; r < t->rows(); ++r) {
    for (int c = 0; c < columns; ++c) {
      std::string_view f = t->Field(r, c);
      if (f.find('\t') != f.npos || f.find('\n') != f.npos) std::abort();
      if (!vigie::IsValidUtf8(f)) std::abort();
    }
    if (t->Where(r).rfind("f.tsv:", 0) != 0) std::abort();
  }
  if (t->Column(t->columns()[0]) != 0) std::abort();
  return 0;
}
