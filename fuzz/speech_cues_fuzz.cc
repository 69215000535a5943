// libFuzzer target for the quotation lexicon parsers: any bytes as a
// speech_cues.tsv (French and English conjugation), a speaker_nouns.tsv and
// a first_names.tsv. A bad file must give an error that names the file,
// never a crash; a good one must load into a QuoteFinder that reads a
// sample text without breaking the span contract.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/quotes.h"
#include "analyse/speaker_nouns.h"
#include "analyse/speech_cues.h"
#include "common/utf8.h"

namespace {

void CheckError(const vigie::Status& status, const char* file) {
  if (!status.ok() && status.message().find(file) == std::string::npos) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (const char* lang : {"fr", "en"}) {
    auto cues = vigie::analyse::SpeechCueLexicon::Parse(input, "cues.tsv", lang);
    CheckError(cues.status(), "cues.tsv");
  }
  auto nouns = vigie::analyse::SpeakerNouns::Parse(input, "nouns.tsv");
  CheckError(nouns.status(), "nouns.tsv");
  vigie::analyse::SpeakerNouns names;
  CheckError(names.AddFirstNames(input, "names.tsv"), "names.tsv");

  auto finder = vigie::analyse::QuoteFinder::FromLexicons(
      input, "noun\tgender\tclass\n", input, "noun\tgender\tclass\n");
  if (!finder.ok()) return 0;
  const std::string text =
      "Titre\n\n« Nous partirons », a déclaré le ministre Jean Dupont. Selon lui, la ville "
      "tombera, a-t-il ajouté.";
  vigie::analyse::AnalysisText at(text, "fr");
  std::vector<vigie::Quote> quotes;
  finder->Find(at, std::string("Titre"), {}, &quotes);
  for (const vigie::Quote& q : quotes) {
    if (vigie::CodePointSubstr(text, q.start, q.end) != q.text) std::abort();
  }
  return 0;
}
