#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/utf8.h"

namespace vigie::text {
namespace {

// The sentences' texts joined by '|'.
std::string Split(const std::string& text) {
  std::vector<Token> tokens = Tokenize(text);
  std::string out;
  for (const Sentence& s : SplitSentences(text, tokens)) {
    if (!out.empty()) out += '|';
    out += CodePointSubstr(text, s.start, s.end);
  }
  return out;
}

struct Case {
  const char* text;
  const char* sentences;
};

constexpr Case kCases[] = {
    {"Il pleut. Il vente.", "Il pleut.|Il vente."},
    {"Vraiment ? Oui ! Bien.", "Vraiment ?|Oui !|Bien."},
    // Abbreviations and initials.
    {"M. de Mistura est arrivé. Il parle.", "M. de Mistura est arrivé.|Il parle."},
    {"Selon V. Tchurkin, rien.", "Selon V. Tchurkin, rien."},
    {"En 52 av. J.-C. les Gaulois perdent.", "En 52 av. J.-C. les Gaulois perdent."},
    {"Il meurt en 44 av. J.-C. Octave lui succède.",
     "Il meurt en 44 av. J.-C.|Octave lui succède."},
    {"Des pommes, des poires, etc. et des noix.", "Des pommes, des poires, etc. et des noix."},
    {"Des pommes, etc. Le reste.", "Des pommes, etc.|Le reste."},
    {"Le film de J.A. Howe sort.", "Le film de J.A. Howe sort."},
    // Quotations.
    {"Il a dit : « Je pars. » Puis il est parti.",
     "Il a dit : « Je pars. »|Puis il est parti."},
    {"« Je pars. », a-t-il dit.", "« Je pars. », a-t-il dit."},
    {"« Viendra-t-il ? » s'interroge-t-on.", "« Viendra-t-il ? » s'interroge-t-on."},
    {"Il a dit \"Non.\" Ensuite, rien.", "Il a dit \"Non.\"|Ensuite, rien."},
    {"Il a crié \"Stop ! \" Puis rien.", "Il a crié \"Stop ! \"|Puis rien."},
    // Ellipses and numbers.
    {"Il hésite... puis accepte.", "Il hésite... puis accepte."},
    {"Il hésite… Puis il accepte.", "Il hésite…|Puis il accepte."},
    {"Il y a 10.000 morts. En 2006.", "Il y a 10.000 morts.|En 2006."},
    {"Killed since Nov. 15, they said. Then Dec. 2016 came.",
     "Killed since Nov. 15, they said.|Then Dec. 2016 came."},
    {"Le 3 janv. 2017 ; la fin de Nov. Puis rien.", "Le 3 janv. 2017 ;|la fin de Nov.|Puis rien."},
    {"La croissance est de 3,5 %. Le chômage baisse.",
     "La croissance est de 3,5 %.|Le chômage baisse."},
    // Semicolons end sentences, as in the UD French treebanks.
    {"Il est parti ; elle est restée.", "Il est parti ;|elle est restée."},
    // Headings, list items, paragraphs.
    {"Politique\nLe gouvernement a démissionné.", "Politique|Le gouvernement a démissionné."},
    {"Au menu :\n- des pommes\n- des poires", "Au menu :|- des pommes|- des poires"},
    {"le président\nde la République parle.", "le président\nde la République parle."},
    {"une liste,\nUne suite.", "une liste,\nUne suite."},
    {"premier paragraphe sans point\n\nsecond paragraphe",
     "premier paragraphe sans point|second paragraphe"},
    {"", ""},
};

TEST(SentenceSplitterTest, Cases) {
  for (const Case& c : kCases) EXPECT_EQ(Split(c.text), c.sentences) << c.text;
}

TEST(SentenceSplitterTest, SentencesCoverTheTokensInOrder) {
  std::string text = "Un. Deux trois ! « Quatre. » Cinq\n\nsix";
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Sentence> sentences = SplitSentences(text, tokens);
  ASSERT_EQ(sentences.size(), 5u);
  size_t next = 0;
  for (const Sentence& s : sentences) {
    EXPECT_EQ(s.token_begin, next);
    EXPECT_LT(s.token_begin, s.token_end);
    EXPECT_EQ(s.start, tokens[s.token_begin].start);
    EXPECT_EQ(s.end, tokens[s.token_end - 1].end);
    next = s.token_end;
  }
  EXPECT_EQ(next, tokens.size());
}

}  // namespace
}  // namespace vigie::text
