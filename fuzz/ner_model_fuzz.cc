// libFuzzer target for the NER model loader: any bytes either load or give
// a Corruption error naming the file; a loaded model tags a sentence
// without reading outside its tables. The input is also tried with a valid
// checksum appended, so that the fuzzer reaches the parser behind it.
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/ner_model.h"
#include "analyse/ner_tagger.h"

namespace {

void Try(const std::string& bytes) {
  auto m = vigie::analyse::NerModel::FromBytes(bytes, "f.model");
  if (!m.ok()) {
    if (m.status().message().rfind("f.model", 0) != 0) std::abort();
    return;
  }
  static const std::string kText = "DAMAS (AFP) - M. Lavrov a rencontré Bachar al-Assad à Alep.";
  vigie::analyse::AnalysisText text(kText, "fr");
  vigie::analyse::NerTagger tagger(m->get(), nullptr);
  std::vector<vigie::analyse::NerSpan> spans;
  tagger.Tag(text, &spans);
  for (const auto& s : spans)
    if (s.token_end <= s.token_begin || s.token_end > text.tokens().size()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  Try(bytes);
  std::string with_sum = "VIGIENER" + bytes;
  uint64_t sum = XXH3_64bits(with_sum.data(), with_sum.size());
  with_sum.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  Try(with_sum);
  return 0;
}
