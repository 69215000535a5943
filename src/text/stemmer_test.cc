#include "text/stemmer.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace vigie::text {
namespace {

struct StemCase {
  StemmerLanguage language;
  const char* word;
  const char* stem;
};

// Snowball's own outputs (snowball-data voc/output pairs) for the forms news
// text is full of.
const StemCase kStemCases[] = {
    {StemmerLanguage::kFrench, "munitions", "munit"},
    {StemmerLanguage::kFrench, "munition", "munit"},
    {StemmerLanguage::kFrench, "réfugiés", "réfugi"},
    {StemmerLanguage::kFrench, "réfugié", "réfugi"},
    {StemmerLanguage::kFrench, "bombardements", "bombard"},
    {StemmerLanguage::kFrench, "déclaré", "déclar"},
    {StemmerLanguage::kFrench, "continuellement", "continuel"},
    {StemmerLanguage::kFrench, "a", "a"},
    {StemmerLanguage::kEnglish, "running", "run"},
    {StemmerLanguage::kEnglish, "refugees", "refuge"},
    {StemmerLanguage::kEnglish, "bombings", "bomb"},
    {StemmerLanguage::kEnglish, "said", "said"},
};

TEST(StemmerTest, StemsLikeSnowball) {
  Stemmer french(StemmerLanguage::kFrench);
  Stemmer english(StemmerLanguage::kEnglish);
  for (const StemCase& c : kStemCases) {
    Stemmer& s = c.language == StemmerLanguage::kFrench ? french : english;
    EXPECT_EQ(s.Stem(c.word), c.stem) << c.word;
  }
}

TEST(StemmerTest, ResultIsOwnedByTheStemmerUntilTheNextCall) {
  Stemmer s(StemmerLanguage::kFrench);
  std::string word = "munitions";
  std::string_view stem = s.Stem(word);
  word.assign("xxxxxxxxx");
  EXPECT_EQ(stem, "munit");
  // Unchanged input is copied too: the view never borrows the argument.
  std::string bad = "ab\xff";
  std::string_view same = s.Stem(bad);
  bad.assign("zzz");
  EXPECT_EQ(same, "ab\xff");
}

TEST(StemmerTest, HostileInputComesBackUnchanged) {
  Stemmer s(StemmerLanguage::kFrench);
  const std::vector<std::string> inputs = {
      "",
      std::string("\xc3", 1),  // truncated sequence
      "\xed\xa0\x80",          // surrogate
      "\xf4\x90\x80\x80",      // above U+10FFFF
      std::string(Stemmer::kMaxWordBytes + 1, 'a'),
  };
  for (const std::string& in : inputs) EXPECT_EQ(s.Stem(in), in);
  // NUL bytes and control characters are valid UTF-8: stemmed as letters
  // Snowball does not know, without harm.
  std::string with_nul("mots\0s", 6);
  EXPECT_FALSE(s.Stem(with_nul).empty());
}

TEST(StemmerTest, UpperCaseIsNotAnErrorOnlyUnstemmed) {
  Stemmer s(StemmerLanguage::kFrench);
  // Snowball marks vowels with upper-case I, U, Y and lowers them at the end;
  // the wrapper keeps such words away from it.
  EXPECT_EQ(s.Stem("RÉFUGIÉS"), "RÉFUGIÉS");
  EXPECT_EQ(s.Stem("MUNITIONS"), "MUNITIONS");
  EXPECT_EQ(s.Stem("Munitions"), "Munitions");
  EXPECT_EQ(s.Stem("éTé"), "éTé");
  EXPECT_FALSE(s.Stem("ÉTÉS").empty());  // non-ASCII capitals alone: no harm
  EXPECT_EQ(MatchKey("RÉFUGIÉS", &s), MatchKey("réfugiés", &s));
}

TEST(StemmerTest, MoveTransfersTheStemmer) {
  Stemmer a(StemmerLanguage::kEnglish);
  Stemmer b(std::move(a));
  EXPECT_EQ(b.Stem("running"), "run");
  EXPECT_EQ(b.language(), StemmerLanguage::kEnglish);
  Stemmer c(StemmerLanguage::kFrench);
  c = std::move(b);
  EXPECT_EQ(c.Stem("running"), "run");
  // A moved-from stemmer is safe and returns words unchanged.
  EXPECT_EQ(a.Stem("running"), "running");  // NOLINT(bugprone-use-after-move)
}

struct KeyCase {
  const char* a;
  const char* b;
  bool same;
};

// The pairs search must bring together (and a few it must not).
const KeyCase kFrenchKeyCases[] = {
    {"munition", "munitions", true},  {"réfugié", "refugies", true},
    {"Réfugiés", "réfugiée", true},   {"RÉFUGIÉS", "refugie", true},
    {"déplacée", "déplacés", true},  // the folded feminine -ée
    {"deplacees", "Déplacé", true},   {"réfugiée", "refugies", true},
    {"régulière", "réguliers", true},  // and -ière
    {"Œuvre", "oeuvres", true},       {"bombardement", "bombardements", true},
    {"rebelles", "rebelle", true},    {"djihadistes", "Djihadiste", true},
    {"munition", "musique", false},   {"réfugié", "refus", false},
};

TEST(MatchKeyTest, FrenchFormsMeetWhateverTheirCaseAndAccents) {
  Stemmer s(StemmerLanguage::kFrench);
  for (const KeyCase& c : kFrenchKeyCases) {
    std::string a = MatchKey(c.a, &s);
    std::string b = MatchKey(c.b, &s);
    EXPECT_EQ(a == b, c.same) << c.a << " -> " << a << ", " << c.b << " -> " << b;
  }
}

TEST(MatchKeyTest, EnglishFormsMeet) {
  Stemmer s(StemmerLanguage::kEnglish);
  EXPECT_EQ(MatchKey("Refugees", &s), MatchKey("refugee", &s));
  EXPECT_EQ(MatchKey("café", &s), MatchKey("cafe", &s));
  // The folding of French feminine endings is French only.
  EXPECT_EQ(MatchKey("committee", &s), "committe");
}

TEST(MatchKeyTest, KeysAreAsciiForLatinTextAndNeverFailOnBadBytes) {
  Stemmer s(StemmerLanguage::kFrench);
  EXPECT_EQ(MatchKey("Déplacées", &s), "deplac");
  std::string key;
  MatchKey("d\xe9plac\xe9", &s, &key);  // Latin-1 bytes: repaired, not dropped
  EXPECT_FALSE(key.empty());
  MatchKey("", &s, &key);
  EXPECT_EQ(key, "");
}

TEST(MatchKeyTest, FoldsCaseAccentsAndLigatures) {
  Stemmer s(StemmerLanguage::kFrench);
  EXPECT_EQ(MatchKey("ŒUVRES", &s), MatchKey("oeuvre", &s));
  EXPECT_EQ(MatchKey("re\xcc\x81" "fugie\xcc\x81" "s", &s), MatchKey("réfugiés", &s));  // NFD
  EXPECT_EQ(MatchKey("Déçoit", &s), MatchKey("decoit", &s));
}

}  // namespace
}  // namespace vigie::text
