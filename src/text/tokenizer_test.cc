#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/utf8.h"

namespace vigie::text {
namespace {

// The token texts joined by '|'.
std::string Joined(const std::string& text,
                   TokenizerLanguage language = TokenizerLanguage::kFrench) {
  std::string out;
  for (const Token& t : Tokenize(text, language)) {
    if (!out.empty()) out += '|';
    out += TokenText(text, t);
  }
  return out;
}

struct Case {
  const char* text;
  const char* tokens;
};

constexpr Case kFrenchCases[] = {
    // Elisions, both apostrophes; lexicalised forms whole.
    {"l'ONU", "l'|ONU"},
    {"d’Alep", "d’|Alep"},
    {"qu'il jusqu'à lorsqu'elle", "qu'|il|jusqu'|à|lorsqu'|elle"},
    {"aujourd'hui quelqu'un presqu'île prud'hommes", "aujourd'hui|quelqu'un|presqu'île|prud'hommes"},
    {"jusqu'aujourd'hui", "jusqu'|aujourd'hui"},
    {"si l'on veut, c'est-à-dire", "si|l'on|veut|,|c'est-à-dire"},
    {"L'Union", "L'|Union"},
    // Hyphenated names and clitic inversions.
    {"Bechet-Golovko à Deir Es-Zor, Alep-Est, Etats-Unis",
     "Bechet-Golovko|à|Deir|Es-Zor|,|Alep-Est|,|Etats-Unis"},
    {"a-t-il dit-elle est-ce puis-je", "a|-t-il|dit|-elle|est|-ce|puis|-je"},
    {"Qu'est-ce que", "Qu'|est|-ce|que"},
    {"celui-ci rendez-vous", "celui-ci|rendez-vous"},
    // Numbers.
    {"10.000 4 000 3,5 48h", "10.000|4 000|3,5|48h"},
    {"4\u00A0000 et 1\u202F250\u202F000", "4\u00A0000|et|1\u202F250\u202F000"},
    {"en 2006 300 morts", "en|2006|300|morts"},
    {"10% et 12 %", "10|%|et|12|%"},
    {"le 1er et le XIIe", "le|1er|et|le|XIIe"},
    {"-1,5 point", "-1,5|point"},
    {"le 25/01/06, 2006-08-07, 1/10", "le|25/01/06|,|2006-08-07|,|1/10"},
    {"0,5 mg/kg", "0,5|mg|/|kg"},
    {"entre 2 °C et 8 °C.", "entre|2|°C|et|8|°C|."},
    // URLs and e-mail addresses.
    {"voir http://www.example.com/a?b=1. Puis", "voir|http://www.example.com/a?b=1|.|Puis"},
    {"(www.lemonde.fr)", "(|www.lemonde.fr|)"},
    {"écrire à redaction@example.fr.", "écrire|à|redaction@example.fr|."},
    // Abbreviations, initials, acronyms.
    {"M. de Mistura et Mme Dupont", "M.|de|Mistura|et|Mme|Dupont"},
    {"le Dr. House, etc.", "le|Dr.|House|,|etc."},
    {"en 52 av. J.-C. à Alésia", "en|52|av.|J.-C.|à|Alésia"},
    {"V. Tchurkin et R.E.M. jouent", "V.|Tchurkin|et|R.E.M.|jouent"},
    {"la fin.", "la|fin|."},
    {"AUTRE(S) MISE(S)", "AUTRE(S)|MISE(S)"},
    // Punctuation.
    {"« Bonjour » , dit-il...", "«|Bonjour|»|,|dit|-il|..."},
    {"Attendez… non !", "Attendez|…|non|!"},
    {"logiciel--mises", "logiciel|--|mises"},
    {"Paris \u2013 Lyon", "Paris|\u2013|Lyon"},
    {"+/- 5", "+/-|5"},
    {"\"Oui\"", "\"|Oui|\""},
    // Multiword tokens stay one surface token.
    {"au lieu du vote des élus", "au|lieu|du|vote|des|élus"},
    // Nothing but space.
    {" \n\t\u00A0", ""},
};

TEST(TokenizerTest, FrenchCases) {
  for (const Case& c : kFrenchCases) EXPECT_EQ(Joined(c.text), c.tokens) << c.text;
}

constexpr Case kEnglishCases[] = {
    {"I don't know John's car", "I|do|n't|know|John|'s|car"},
    {"They're here, we'll see", "They|'re|here|,|we|'ll|see"},
    {"Mr. Smith met Dr. Jones", "Mr.|Smith|met|Dr.|Jones"},
};

TEST(TokenizerTest, EnglishCases) {
  for (const Case& c : kEnglishCases)
    EXPECT_EQ(Joined(c.text, TokenizerLanguage::kEnglish), c.tokens) << c.text;
}

TEST(TokenizerTest, FrenchModeKeepsEnglishPossessives) {
  EXPECT_EQ(Joined("Moody's"), "Moody's");
}

TEST(TokenizerTest, OffsetsAreCodePoints) {
  std::string text = "« Été » à l’ONU";
  std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 6u);
  const int64_t expected[][2] = {{0, 1}, {2, 5}, {6, 7}, {8, 9}, {10, 12}, {12, 15}};
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(tokens[i].start, expected[i][0]) << i;
    EXPECT_EQ(tokens[i].end, expected[i][1]) << i;
    EXPECT_EQ(CodePointSubstr(text, tokens[i].start, tokens[i].end), TokenText(text, tokens[i]));
  }
}

TEST(TokenizerTest, Kinds) {
  std::string text = "Le 3,5 % http://a.fr/x a@b.fr !";
  std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[2].kind, TokenKind::kSymbol);
  EXPECT_EQ(tokens[3].kind, TokenKind::kUrl);
  EXPECT_EQ(tokens[4].kind, TokenKind::kEmail);
  EXPECT_EQ(tokens[5].kind, TokenKind::kPunct);
}

TEST(TokenizerTest, ReusedTokenizerForgetsThePreviousText) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  tokenizer.Tokenize("un deux trois quatre", &tokens);
  tokenizer.Tokenize("cinq", &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].end, 4);
}

}  // namespace
}  // namespace vigie::text
