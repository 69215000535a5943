#include "common/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie {
namespace {

TEST(Utf8Test, ValidatesWellFormedText) {
  EXPECT_TRUE(IsValidUtf8("Alep, été 2016 — « bombardements »"));
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_FALSE(IsValidUtf8("\xC3"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
}

struct RepairCase {
  std::string in, out;
  bool changed;
};

TEST(Utf8Test, RepairReplacesMaximalIllFormedSubparts) {
  const RepairCase cases[] = {
      {"abc", "abc", false},
      {"caf\xE9", "caf\xEF\xBF\xBD", true},                     // Latin-1 é
      {"a\xE2\x82z", "a\xEF\xBF\xBDz", true},                   // truncated 3-byte
      {"\xF0\x9F\x98", "\xEF\xBF\xBD", true},                   // truncated 4-byte at end
      {std::string("x\0y", 3), "xy", true},                     // NUL removed
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", true},            // overlong: two subparts
  };
  for (const RepairCase& c : cases) {
    std::string s = c.in;
    EXPECT_EQ(RepairUtf8(&s), c.changed) << c.in;
    EXPECT_EQ(s, c.out);
    EXPECT_TRUE(IsValidUtf8(s));
  }
}

TEST(Utf8Test, CodePointsAndSubstrings) {
  std::string s = "l’ONU à Alep";
  EXPECT_EQ(CodePointCount(s), 12u);
  EXPECT_EQ(CodePointSubstr(s, 2, 5), "ONU");
  EXPECT_EQ(CodePointSubstr(s, 6, 7), "à");
  EXPECT_EQ(CodePointSubstr(s, 8, 100), "Alep");
  EXPECT_EQ(CodePointSubstr(s, 50, 60), "");
  CodePointCursor cursor(s);
  EXPECT_EQ(cursor.ToCodePoints(0), 0);
  EXPECT_EQ(cursor.ToCodePoints(s.find("ONU")), 2);
  EXPECT_EQ(cursor.ToCodePoints(s.find("Alep")), 8);
}

TEST(Utf8Test, EncodeDecodeRoundTrip) {
  for (char32_t cp : {U'a', U'é', U'€', U'\U0001F600', U'\u202F'}) {
    std::string s;
    AppendUtf8(cp, &s);
    size_t pos = 0;
    EXPECT_EQ(DecodeUtf8(s, &pos), cp);
    EXPECT_EQ(pos, s.size());
  }
}

TEST(Utf8Test, DecodeNeverPassesTheEndOnTruncatedInput) {
  for (std::string s : {std::string("\xE2\x82"), std::string("\xF0"), std::string("a\xC3")}) {
    size_t pos = s.size() - 1;
    if (s[0] != 'a') pos = 0;
    DecodeUtf8(s, &pos);
    EXPECT_LE(pos, s.size());
  }
}

}  // namespace
}  // namespace vigie
