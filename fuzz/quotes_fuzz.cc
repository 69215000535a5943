// libFuzzer target for QuoteFinder::Find on any text (repaired to valid
// UTF-8 as every reader does), in French and English, with the lexicons of
// the source tree's data/ directory. Checks the contract: every quotation
// lies inside the text, text[start:end] is its text, quotations are in
// order and do not overlap, and a speaker mention lies inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/quotes.h"
#include "common/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const vigie::analyse::QuoteFinder* finder = [] {
    auto f = vigie::analyse::QuoteFinder::Load(VIGIE_DATA_DIR_DEFAULT);
    if (!f.ok()) std::abort();
    return new vigie::analyse::QuoteFinder(std::move(*f));
  }();
  std::string text(reinterpret_cast<const char*>(data), size);
  vigie::RepairUtf8(&text);
  const vigie::CodePointIndex index(text);
  const int64_t length = static_cast<int64_t>(index.size());
  for (const char* lang : {"fr", "en"}) {
    vigie::analyse::AnalysisText at(text, lang);
    std::vector<vigie::Quote> quotes;
    finder->Find(at, text.substr(0, text.find("\n\n")), {}, &quotes);
    int64_t previous_end = 0;
    for (const vigie::Quote& q : quotes) {
      if (q.start < previous_end || q.end <= q.start || q.end > length) std::abort();
      if (index.Substr(q.start, q.end) != q.text) std::abort();
      if (q.speaker_start && (*q.speaker_start < 0 || *q.speaker_end > length)) std::abort();
      previous_end = q.end;
    }
  }
  return 0;
}
