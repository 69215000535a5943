#include "clean/credits.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vigie::clean {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr CreditRelation kRep = CreditRelation::kRepublishedFrom;
constexpr CreditRelation kCited = CreditRelation::kCited;
constexpr CreditRelation kAgency = CreditRelation::kAgency;

Credit C(std::optional<std::string> name, std::optional<std::string> url, CreditRelation r) {
  return Credit{std::move(name), std::move(url), r};
}

std::vector<Credit> CreditsOf(std::string_view line) {
  std::vector<Credit> out;
  if (std::optional<CreditLine> parsed = ParseCreditLine(line)) {
    for (const CreditItem& item : parsed->items) out.push_back(item.credit);
  }
  return out;
}

struct CreditCase {
  const char* line;
  std::vector<Credit> credits;
};

const CreditCase kCreditLines[] = {
    {"Source: http://www.exemple.org/article/123",
     {C(std::nullopt, "http://www.exemple.org/article/123", kRep)}},
    {"Source : Le Monde", {C("Le Monde", std::nullopt, kRep)}},
    {"Source\u00a0: Le Monde", {C("Le Monde", std::nullopt, kRep)}},
    {"Source\u202f: Le Monde.", {C("Le Monde", std::nullopt, kRep)}},
    {"SOURCE : Le Monde", {C("Le Monde", std::nullopt, kRep)}},
    {"Source : Le Saker (https://lesaker.org/x)", {C("Le Saker", "https://lesaker.org/x", kRep)}},
    {"Source : Le Monde, 12 mars 2017", {C("Le Monde", std::nullopt, kRep)}},
    {"Sources : Le Monde, Libération",
     {C("Le Monde", std::nullopt, kCited), C("Libération", std::nullopt, kCited)}},
    {"Sources: Le Monde et AFP",
     {C("Le Monde", std::nullopt, kRep), C("AFP", std::nullopt, kAgency)}},
    {"Source : Reuters", {C("Reuters", std::nullopt, kAgency)}},
    {"Source originale : https://x.org/a", {C(std::nullopt, "https://x.org/a", kRep)}},
    {"Via : Réseau International", {C("Réseau International", std::nullopt, kRep)}},
    {"La source originale de cet article est Strategic Culture Foundation",
     {C("Strategic Culture Foundation", std::nullopt, kRep)}},
    {"Article publié initialement sur Le Grand Soir", {C("Le Grand Soir", std::nullopt, kRep)}},
    {"Cet article a été publié initialement par Counterpunch.",
     {C("Counterpunch", std::nullopt, kRep)}},
    {"Publié initialement sur Investig'Action le 3 mars 2017",
     {C("Investig'Action", std::nullopt, kRep)}},
    {"Originally published by The Intercept", {C("The Intercept", std::nullopt, kRep)}},
    {"Lu sur Le Grand Soir", {C("Le Grand Soir", std::nullopt, kRep)}},
    {"Cet article est paru dans Le Monde diplomatique",
     {C("Le Monde diplomatique", std::nullopt, kRep)}},
    {"Lire l'article original sur Consortium News", {C("Consortium News", std::nullopt, kRep)}},
    {"Lire l’article original : https://x.org/b", {C(std::nullopt, "https://x.org/b", kRep)}},
    {"Traduit par Jeanne Leroy", {C("Jeanne Leroy", std::nullopt, kCited)}},
    {"Traduit de l'anglais par Jeanne Leroy pour Le Saker francophone",
     {C("Jeanne Leroy", std::nullopt, kCited)}},
    {"Traduction : Jeanne Leroy", {C("Jeanne Leroy", std::nullopt, kCited)}},
    {"Article original en anglais : https://x.org/c. Traduit par Jeanne Leroy, relu par Paul",
     {C(std::nullopt, "https://x.org/c", kRep), C("Jeanne Leroy", std::nullopt, kCited)}},
    {"AFP", {C("AFP", std::nullopt, kAgency)}},
    {"(AFP)", {C("AFP", std::nullopt, kAgency)}},
    {"avec AFP", {C("AFP", std::nullopt, kAgency)}},
    {"Avec Reuters", {C("Reuters", std::nullopt, kAgency)}},
    {"Le Figaro avec AFP", {C("AFP", std::nullopt, kAgency)}},
    {"(AFP/Reuters)", {C("AFP", std::nullopt, kAgency), C("Reuters", std::nullopt, kAgency)}},
    {"Agence France-Presse", {C("AFP", std::nullopt, kAgency)}},
    {"Source AFP", {C("AFP", std::nullopt, kAgency)}},
};

TEST(CreditsTest, CreditLines) {
  for (const CreditCase& c : kCreditLines) {
    EXPECT_EQ(CreditsOf(c.line), c.credits) << c.line;
  }
}

TEST(CreditsTest, KindOfLine) {
  EXPECT_TRUE(ParseCreditLine("La source originale de cet article est Mondialisation.ca")
                  ->Has(CreditLineKind::kOriginalSource));
  EXPECT_TRUE(ParseCreditLine("Source: http://a.org/x")->Has(CreditLineKind::kSource));
  EXPECT_TRUE(ParseCreditLine("Traduit par X Y")->Has(CreditLineKind::kTranslation));
}

const char* const kNotCreditLines[] = {
    "Selon une source proche du dossier, le ministre aurait démissionné.",
    "Le ministre a confirmé l'information, source: Reuters, hier soir à Paris.",
    "Source : selon plusieurs témoins interrogés sur place par notre envoyé spécial hier",
    "Publié par Jean Dupont",
    "Par Jean Dupont",
    "La source du Nil se trouve en Ouganda.",
    "Le traducteur a été arrêté.",
    "",
};

TEST(CreditsTest, NotCreditLines) {
  for (const char* line : kNotCreditLines) {
    EXPECT_FALSE(ParseCreditLine(line).has_value()) << line;
  }
}

std::vector<Credit> Inline(std::string_view text) {
  std::vector<Credit> out;
  FindInlineAgencies(text, &out);
  return out;
}

TEST(CreditsTest, InlineAgencies) {
  const Credit afp = C("AFP", std::nullopt, kAgency);
  const Credit reuters = C("Reuters", std::nullopt, kAgency);
  EXPECT_THAT(Inline("PARIS (AFP) - Le gouvernement a annoncé mardi une réforme."),
              ElementsAre(afp));
  EXPECT_THAT(Inline("Le gouvernement a annoncé une réforme (AFP/Reuters)."),
              ElementsAre(afp, reuters));
  EXPECT_THAT(Inline("Le ministre l'a confirmé, selon l'AFP."), ElementsAre(afp));
  EXPECT_THAT(Inline("« Rien n'est joué », a déclaré le ministre à Reuters."),
              ElementsAre(reuters));
  EXPECT_THAT(Inline("L'explosion a fait trois morts, selon l'agence officielle SANA."),
              ElementsAre(C("SANA", std::nullopt, kAgency)));
  EXPECT_THAT(Inline("selon l'agence de presse Hawar, les combats continuent."),
              ElementsAre(C("Hawar", std::nullopt, kAgency)));
  EXPECT_THAT(Inline("Les combats ont repris dans la nuit. - AFP"), ElementsAre(afp));
  EXPECT_THAT(Inline("Trois civils ont été tués, selon l'agence kurde Hawar."),
              ElementsAre(C("Hawar", std::nullopt, kAgency)));
  EXPECT_THAT(Inline("Le cliché, pris par l'agence Magnum, a fait le tour du monde."), IsEmpty());
  EXPECT_THAT(Inline("Le rapport (2016) cite des sources (anonymes)."), IsEmpty());
  EXPECT_THAT(Inline("L'agence de notation Moody's a relevé la note."), IsEmpty());
  EXPECT_THAT(Inline("une photographe travaillant pour l'agence Magnum"), IsEmpty());
}

TEST(CreditsTest, TrailingCreditInParagraph) {
  std::string p = "Le dernier paragraphe de l'article se termine ici. Source : http://x.org/a";
  size_t cut = TrailingCreditStart(p);
  ASSERT_NE(cut, std::string::npos);
  EXPECT_EQ(p.substr(cut), "Source : http://x.org/a");
  EXPECT_EQ(TrailingCreditStart("Selon la source : rien."), std::string::npos);
  EXPECT_EQ(TrailingCreditStart("Source : Le Monde"), std::string::npos);  // a whole line
  EXPECT_EQ(TrailingCreditStart("Il l'a dit. Source : selon plusieurs témoins interrogés sur "
                                "place par notre envoyé spécial hier soir"),
            std::string::npos);
}

}  // namespace
}  // namespace vigie::clean
