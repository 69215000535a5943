#include "common/strings.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(StringsTest, CollapseWhitespaceDropsInvisibleFormatCharacters) {
  EXPECT_EQ(CollapseWhitespace("W\u00e4h\u00adrend"), "W\u00e4hrend");
  EXPECT_EQ(CollapseWhitespace("\ufeffa\u2060b"), "ab");
  EXPECT_EQ(CollapseWhitespace("a\u200bb"), "a b");
  EXPECT_EQ(CollapseWhitespace("a \u00ad b"), "a b");
  // Zero-width non-joiner shapes Persian words: kept.
  EXPECT_EQ(CollapseWhitespace("a\u200cb"), "a\u200cb");
}

TEST(StringsTest, CollapseWhitespaceFoldsUnicodeSpaces) {
  EXPECT_EQ(CollapseWhitespace("  a \t\n b  "), "a b");
  EXPECT_EQ(CollapseWhitespace("Source\u00a0: AFP"), "Source : AFP");
  EXPECT_EQ(CollapseWhitespace("4\u202f000 morts"), "4 000 morts");
  EXPECT_EQ(CollapseWhitespace("\u00a0a\u00a0"), "a");
}

TEST(StringsTest, TrimHandlesUnicodeSpacesAndBadBytes) {
  EXPECT_EQ(Trim("\u00a0 titre \u202f"), "titre");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim("x\xE3"), "x\xE3");
}

TEST(StringsTest, DomainOfUrl) {
  EXPECT_EQ(DomainOfUrl("https://www.Mondialisation.ca/article/123"), "mondialisation.ca");
  EXPECT_EQ(DomainOfUrl("http://user@exemple.fr:8080/x?y"), "exemple.fr");
  EXPECT_EQ(DomainOfUrl("//cdn.exemple.org/a"), "cdn.exemple.org");
  EXPECT_EQ(DomainOfUrl("not a url"), "");
}

TEST(StringsTest, HashHexIsStable) {
  EXPECT_EQ(HashHex("vigie"), HashHex("vigie"));
  EXPECT_EQ(HashHex("vigie").size(), 16u);
  EXPECT_NE(HashHex("vigie"), HashHex("vigia"));
}

}  // namespace
}  // namespace vigie
