#include "reuse/align.h"

#include <gtest/gtest.h>

#include "common/utf8.h"

namespace vigie::reuse {
namespace {

// The code points [start, end) of `s`.
std::string Sub(const std::string& s, int64_t start, int64_t end) {
  return std::string(CodePointSubstr(s, static_cast<size_t>(start), static_cast<size_t>(end)));
}

std::vector<ReusePassage> Align(const std::string& a, const std::string& b) {
  Shingler s(3);
  ShingledText x, y;
  s.Shingle(a, &x);
  s.Shingle(b, &y);
  AlignScratch scratch;
  return AlignPassages(x, y, AlignOptions(), &scratch);
}

const std::string kParagraph =
    "Les forces armées ont frappé jeudi un dépôt de munitions près de la ville, tuant au moins "
    "douze combattants selon le ministère de la Défense, qui évoque une opération ciblée.";

TEST(AlignPassagesTest, PastedParagraphInsideOtherTextInCodePoints) {
  const std::string a = "Préambule écrit par le site. " + kParagraph + " Fin de l’article ici.";
  const std::string b = "Tout autre début, très différent. " + kParagraph;
  std::vector<ReusePassage> p = Align(a, b);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(Sub(a, p[0].a_start, p[0].a_end), kParagraph.substr(0, kParagraph.size() - 1));
  EXPECT_EQ(Sub(b, p[0].b_start, p[0].b_end), kParagraph.substr(0, kParagraph.size() - 1));
}

TEST(AlignPassagesTest, ChangedWordStaysInsideThePassage) {
  std::string b = kParagraph;
  b.replace(b.find("douze"), 5, "treize");
  std::vector<ReusePassage> p = Align(kParagraph, b);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].a_start, 0);
  EXPECT_GE(p[0].a_end, 160);
}

TEST(AlignPassagesTest, ReorderedParagraphsAreTwoPassages) {
  const std::string second =
      "Le porte-parole du gouvernement a rejeté ces accusations lors d'une conférence de presse "
      "organisée dans la capitale, parlant d'une campagne de désinformation.";
  const std::string a = kParagraph + "\n\n" + second;
  const std::string b = second + "\n\n" + kParagraph;
  std::vector<ReusePassage> p = Align(a, b);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_LT(p[0].a_start, p[1].a_start);
  EXPECT_GT(p[0].b_start, p[1].b_start);
}

TEST(AlignPassagesTest, UnrelatedTextsShareNoPassage) {
  EXPECT_TRUE(Align(kParagraph, "Un texte sans rapport qui parle de cuisine et de jardinage, "
                                "avec des mots tout à fait différents de ceux de l'autre.")
                  .empty());
  EXPECT_TRUE(Align("", kParagraph).empty());
}

TEST(AlignPassagesTest, ShortCommonFormulaIsNoPassage) {
  EXPECT_TRUE(Align("Il a déclaré que la situation était grave et sans précédent.",
                    "Hier, il a déclaré que la réunion serait reportée sine die.")
                  .empty());
}

// A short paragraph moved between two that stay together in `a`: the two
// are not joined over it in `b`, where the moved one's passage lies.
TEST(AlignPassagesTest, NoPassageSpansAnotherOnesText) {
  const std::string x1 =
      "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
      "dix-sept dix-huit dix-neuf vingt. ";
  const std::string x2 =
      "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
      "sigma tau upsilon. ";
  const std::string y = "rouge vert bleu jaune violet orange noir blanc gris rose. ";
  std::vector<ReusePassage> p = Align(x1 + x2 + y, x1 + y + x2);
  ASSERT_EQ(p.size(), 3u);
  for (size_t i = 0; i < p.size(); ++i) {
    for (size_t j = i + 1; j < p.size(); ++j) {
      EXPECT_FALSE(p[i].b_start < p[j].b_end && p[j].b_start < p[i].b_end) << i << " " << j;
    }
  }
}

// Texts cut into pieces, shuffled, some pieces repeated, words changed: the
// passages never overlap in either text, so coverage stays a share.
TEST(AlignPassagesTest, PassagesNeverOverlapOnShuffledCopies) {
  uint64_t state = 99;
  auto next = [&] { return state = state * 6364136223846793005ULL + 1442695040888963407ULL; };
  for (int trial = 0; trial < 300; ++trial) {
    std::vector<std::string> pieces;
    for (int p = 0; p < 8; ++p) {
      std::string piece;
      for (int w = 0; w < 6 + static_cast<int>(next() % 20); ++w) {
        piece += "w" + std::to_string(next() % 40) + " ";
      }
      pieces.push_back(piece);
    }
    std::string a, b;
    for (const std::string& p : pieces) a += p;
    for (int k = 0; k < 10; ++k) {
      std::string piece = pieces[next() % pieces.size()];
      if (next() % 3 == 0) piece.replace(0, 2, "zz");
      b += piece;
    }
    std::vector<ReusePassage> passages = Align(a, b);
    for (size_t i = 0; i < passages.size(); ++i) {
      for (size_t j = i + 1; j < passages.size(); ++j) {
        const ReusePassage& x = passages[i];
        const ReusePassage& y = passages[j];
        EXPECT_FALSE(x.a_start < y.a_end && y.a_start < x.a_end) << "trial " << trial;
        EXPECT_FALSE(x.b_start < y.b_end && y.b_start < x.b_end) << "trial " << trial;
      }
    }
  }
}

}  // namespace
}  // namespace vigie::reuse
