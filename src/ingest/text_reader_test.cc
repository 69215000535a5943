#include "ingest/text_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/text_lines.h"

namespace vigie::ingest {
namespace {

struct TextCase {
  const char* name;
  const char* text;
  const char* title;  // nullptr: no title
  std::vector<std::string> paragraphs;
};

const TextCase kCases[] = {
    {"title then paragraphs", "Le titre\n\nPremier paragraphe\nsuite.\n\nSecond.\n", "Le titre",
     {"Premier paragraphe suite.", "Second."}},
    {"no blank after the first line", "Ligne un\nligne deux\n\nSuite.", nullptr,
     {"Ligne un ligne deux", "Suite."}},
    {"leading blank lines", "\n\n  \nLe titre\n\nTexte.", "Le titre", {"Texte."}},
    {"windows newlines", "Le titre\r\n\r\nTexte\r\nsuite.\r\n", "Le titre", {"Texte suite."}},
    {"old mac newlines", "Le titre\r\rTexte\rsuite.", "Le titre", {"Texte suite."}},
    {"bom", "\xEF\xBB\xBFLe titre\n\nTexte.", "Le titre", {"Texte."}},
    {"no-break space line is blank", "Le titre\n\xC2\xA0\xC2\xA0\nTexte.", "Le titre", {"Texte."}},
    {"narrow no-break and zero-width spaces are blank",
     "Le titre\n\xE2\x80\xAF \xE2\x80\x8B\nTexte.\n \t \nFin.", "Le titre", {"Texte.", "Fin."}},
    {"form feed", "Le titre\n\f\nPage un.\fPage deux.", "Le titre", {"Page un. Page deux."}},
    {"paragraph separator", "Le titre\xE2\x80\xA9Texte\xE2\x80\xA8suite.", "Le titre",
     {"Texte suite."}},
    {"white space collapsed", "  Le   titre  \n\n  Texte \t avec\xC2\xA0" "espaces  ", "Le titre",
     {"Texte avec espaces"}},
    {"single line", "Une seule ligne", nullptr, {"Une seule ligne"}},
    {"a first sentence is no title", "Au moins 30 civils ont été tués mardi.\n\nSuite.", nullptr,
     {"Au moins 30 civils ont été tués mardi.", "Suite."}},
    {"sentences ending on an exclamation are no title",
     "Au moins 30 civils ont été tués. Gloire à nos martyrs !\n", nullptr,
     {"Au moins 30 civils ont été tués. Gloire à nos martyrs !"}},
    {"a question after an initial is a title", "M. Macron peut-il encore gagner ?\n\nTexte.",
     "M. Macron peut-il encore gagner ?", {"Texte."}},
    {"a title ending in an ellipsis", "Alep, la chute...\n\nTexte.", "Alep, la chute...", {"Texte."}},
    {"title only", "Le titre\n\n", "Le titre", {}},
    {"empty", "", nullptr, {}},
    {"blank only", " \n\t\n\xC2\xA0", nullptr, {}},
};

TEST(ReadTextPageTest, Table) {
  for (const TextCase& c : kCases) {
    Page page = ReadTextPage(c.text);
    if (c.title == nullptr) {
      EXPECT_FALSE(page.meta.title.has_value()) << c.name << ": " << *page.meta.title;
    } else {
      EXPECT_EQ(page.meta.title.value_or("<none>"), c.title) << c.name;
    }
    std::vector<std::string> got;
    for (const Block& b : page.blocks) {
      EXPECT_EQ(b.kind, BlockKind::kParagraph) << c.name;
      got.push_back(b.text);
    }
    EXPECT_EQ(got, c.paragraphs) << c.name;
  }
}

TEST(ReadTextPageTest, FiftyMegabyteLine) {
  std::string s = "Titre\n\n";
  s.append(50'000'000, 'x');
  for (size_t i = 100; i < s.size(); i += 1000) s[i] = ' ';
  Page page = ReadTextPage(s);
  EXPECT_EQ(page.meta.title.value_or(""), "Titre");
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text.size(), 50'000'000u);
}

TEST(SplitTextLinesTest, LineEnds) {
  EXPECT_EQ(SplitTextLines("a\nb\r\nc\rd\fe"),
            (std::vector<std::string_view>{"a", "b", "c", "d", "e"}));
  EXPECT_EQ(SplitTextLines("a\n"), (std::vector<std::string_view>{"a", ""}));
  EXPECT_EQ(SplitTextLines("\xEF\xBB\xBF"), (std::vector<std::string_view>{""}));
  EXPECT_EQ(SplitTextLines("a\xE2\x80\xA9" "b"), (std::vector<std::string_view>{"a", "", "b"}));
  EXPECT_EQ(SplitTextLines("a\r"), (std::vector<std::string_view>{"a", ""}));
}

TEST(IsBlankLineTest, UnicodeSpaces) {
  EXPECT_TRUE(IsBlankLine(""));
  EXPECT_TRUE(IsBlankLine(" \t "));
  EXPECT_TRUE(IsBlankLine("\xC2\xA0\xE2\x80\xAF\xE2\x80\x8B\xEF\xBB\xBF"));
  EXPECT_FALSE(IsBlankLine("x"));
  EXPECT_FALSE(IsBlankLine(" \xC2\xA0 x"));
  EXPECT_FALSE(IsBlankLine("\xC3\xA9"));
}

}  // namespace
}  // namespace vigie::ingest
