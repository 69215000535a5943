// libFuzzer target for the casualty-claims number parser and the layer on
// top of it. Any bytes are
//   1. read as one token of digits (ParseDigits) and, cut at white space,
//      word by word: a value is finite, not negative, at most 1e12;
//   2. repaired to UTF-8, read as French and as English text, and parsed
//      as a quantity at every token (ParseQuantity): its tokens are inside
//      the sentence and its value not negative;
//   3. run through ClaimFinder::Find (the data's lexicons and gazetteer):
//      every claim's span is inside the text, text[start:end] is its text,
//      and it has a count.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/analysis_text.h"
#include "analyse/claim_lexicon.h"
#include "analyse/claims.h"
#include "analyse/gazetteer.h"
#include "analyse/numbers.h"
#include "common/utf8.h"

namespace {

using namespace vigie::analyse;

struct Resources {
  std::unique_ptr<ClaimLexicon> lexicon;
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<ClaimFinder> finder;
};

const Resources& Load() {
  static const Resources* r = [] {
    auto* out = new Resources;
    auto lexicon = ClaimLexicon::Load({DefaultDataDir() + "/lexicons"});
    auto gazetteer = Gazetteer::Load(DefaultDataDir() + "/gazetteers/fr", {GeoGazetteerDir()});
    auto finder_lexicon = ClaimLexicon::Load({DefaultDataDir() + "/lexicons"});
    if (!lexicon.ok() || !gazetteer.ok() || !finder_lexicon.ok()) std::abort();  // set VIGIE_DATA_DIR
    out->lexicon = std::move(*lexicon);
    out->gazetteer = std::move(*gazetteer);
    out->finder = ClaimFinder::Create(std::move(*finder_lexicon), out->gazetteer.get());
    return out;
  }();
  return *r;
}

void CheckDigits(std::string_view s) {
  std::optional<double> v = ParseDigits(s);
  if (v && (!std::isfinite(*v) || *v < 0 || *v > 1e12)) std::abort();
}

void CheckText(const Resources& r, const std::string& s, const char* language, uint8_t languages) {
  AnalysisText text(s, language);
  ClaimMarks marks(*r.lexicon, text, languages);
  for (size_t p = 0; p < text.paragraphs().size(); ++p) marks.MarkParagraph(p);
  for (const vigie::text::Sentence& sentence : text.sentences()) {
    for (size_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      std::optional<Quantity> q = ParseQuantity(marks, i, sentence.token_end);
      if (!q) continue;
      if (q->begin != i || q->end <= i || q->end > sentence.token_end || q->value < 0 ||
          q->number_begin < q->begin || q->number_begin >= q->end) {
        std::abort();
      }
    }
  }
  std::vector<vigie::Claim> claims;
  r.finder->Find(text, {}, &claims);
  const vigie::CodePointIndex index(s);
  const int64_t length = static_cast<int64_t>(index.size());
  for (const vigie::Claim& c : claims) {
    if (c.start < 0 || c.end <= c.start || c.end > length) std::abort();
    if (index.Substr(c.start, c.end) != c.text) std::abort();
    if (!c.killed && !c.injured && !c.missing && !c.displaced) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Resources& r = Load();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckDigits(bytes);
  for (size_t start = 0; start < bytes.size();) {
    size_t end = bytes.find_first_of(" \n\t", start);
    if (end == std::string_view::npos) end = bytes.size();
    CheckDigits(bytes.substr(start, end - start));
    start = end + 1;
  }
  std::string text(bytes);
  vigie::RepairUtf8(&text);
  CheckText(r, text, "fr", ClaimLexicon::kFrench);
  CheckText(r, text, "en", ClaimLexicon::kEnglish);
  return 0;
}
