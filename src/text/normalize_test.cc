#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

#include "common/utf8.h"

namespace vigie::text {
namespace {

struct FoldCase {
  const char* input;
  uint32_t options;
  const char* want;
};

constexpr uint32_t kAll = kNormalizeForMatching;

const FoldCase kFoldCases[] = {
    // Case and accents, precomposed or combining.
    {"ÉTATS-UNIS", kAll, "etats-unis"},
    {"Etats-Unis", kAll, "etats-unis"},
    {"E\xCC\x81tats", kAll, "etats"},           // E + U+0301
    {"Alep–Est", kAll, "alep-est"},            // en dash
    {"Mossoul — Raqqa", kAll, "mossoul - raqqa"},
    {"l’ONU", kAll, "l'onu"},
    {"aujourd\u02BChui", kAll, "aujourd'hui"},
    {"« rebelles modérés »", kAll, "\" rebelles moderes \""},
    {"“terroristes”", kAll, "\"terroristes\""},
    {"4\u202F000 morts", kAll, "4 000 morts"},
    {"10\u00A0000", kAll, "10 000"},
    {"et après…", kAll, "et apres..."},
    {"Œuvre cœur Æther", kAll, "oeuvre coeur aether"},
    {"Straße", kAll, "strasse"},
    {"Łódź Øresund", kAll, "lodz oresund"},
    {"\uFB01n", kAll, "fin"},                   // ligature fi
    {"Ｓｙｒｉｅ", kAll, "syrie"},             // full-width
    {"Çà", kAll, "ca"},
    {"Алеппо", kAll, "алеппо"},
    {"ΑΘΗΝΑ", kAll, "αθηνα"},
    {"syn\u00ADdicat", kAll, "syndicat"},      // soft hyphen dropped
    {"a\u200Bb\uFEFF", kAll, "ab"},
    {"x\ny", kAll, "x\ny"},
    {"", kAll, ""},
    // One option at a time.
    {"ÉTÉ l’été", kFoldCase, "été l’été"},
    {"ÉTÉ l’été", kFoldAccents, "ETE l’ete"},
    {"ÉTÉ l’été", kFoldPunctuation, "ÉTÉ l'été"},
    {"E\xCC\x81te\xCC\x81", 0, "Été"},          // NFC composition
    {"E\xCC\x81te\xCC\x81", kFoldCase, "été"},
    {"Œ", kFoldAccents, "OE"},
    {"\u00A0", 0, "\u00A0"},
    // Ill-formed bytes read as U+FFFD.
    {"a\xFF" "b", kAll, "a\uFFFDb"},
};

TEST(NormalizerTest, FoldsAsDocumented) {
  for (const FoldCase& c : kFoldCases) {
    EXPECT_EQ(Normalizer(c.options).Fold(c.input), c.want)
        << "input: " << c.input << " options: " << c.options;
  }
}

TEST(NormalizerTest, AppendFoldedKeepsWhatIsThere) {
  std::string out = "x:";
  Normalizer().AppendFolded("Émir", &out);
  EXPECT_EQ(out, "x:emir");
}

TEST(NormalizerTest, MapsMatchesBackToTheOriginal) {
  // "Œ" is one code point giving two bytes; "é" two bytes giving one; the
  // combining accent adds no byte.
  const std::string original = "L’Œuvre de E\xCC\x81tienne à Alep–Est";
  NormalizedText n;
  Normalizer().Normalize(original, &n);
  ASSERT_EQ(n.text(), "l'oeuvre de etienne a alep-est");
  EXPECT_EQ(n.source_size(), static_cast<int64_t>(CodePointCount(original)));
  auto span_of = [&](std::string_view needle) {
    size_t b = n.text().find(needle);
    EXPECT_NE(b, std::string_view::npos) << needle;
    auto [s, e] = n.SourceSpan(b, b + needle.size());
    return std::string(CodePointSubstr(original, s, e));
  };
  EXPECT_EQ(span_of("oeuvre"), "Œuvre");
  EXPECT_EQ(span_of("etienne"), "E\xCC\x81tienne");
  EXPECT_EQ(span_of("alep-est"), "Alep–Est");
  EXPECT_EQ(span_of("l'"), "L’");
  // A match ending inside an expansion covers the whole character.
  EXPECT_EQ(span_of("l'o"), "L’Œ");
}

TEST(NormalizerTest, MapIsMonotonicAndInRange) {
  const std::string original = "Ça « marche » — ﬁn… 4\u202F000 ß Ǆ e\xCC\x81\xCC\xA7 \xF0\x9F\x98\x80 \xC3";
  for (uint32_t options = 0; options <= kAll; ++options) {
    NormalizedText n;
    Normalizer(options).Normalize(original, &n);
    EXPECT_TRUE(IsValidUtf8(n.text())) << options;
    int64_t prev = 0;
    for (size_t b = 0; b < n.size(); ++b) {
      EXPECT_GE(n.SourceStart(b), prev) << options << " byte " << b;
      EXPECT_LT(n.SourceStart(b), n.source_size());
      prev = n.SourceStart(b);
      EXPECT_GT(n.SourceEnd(b + 1), n.SourceStart(b));
      EXPECT_LE(n.SourceEnd(b + 1), n.source_size());
    }
  }
}

TEST(NormalizerTest, ReusesItsOutput) {
  Normalizer normalizer;
  NormalizedText n;
  normalizer.Normalize("Un texte assez long pour occuper la mémoire", &n);
  normalizer.Normalize("Bref", &n);
  EXPECT_EQ(n.text(), "bref");
  EXPECT_EQ(n.source_size(), 4);
  EXPECT_EQ(n.SourceEnd(4), 4);
}

}  // namespace
}  // namespace vigie::text
