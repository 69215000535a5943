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

}  // namespace
}  // namespace vigie::reuse
