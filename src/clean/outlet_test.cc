#include "clean/outlet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vigie::clean {
namespace {

std::vector<std::string> Names(std::string_view line) {
  std::vector<std::string> names;
  for (const OutletCandidate& c : FindOutletCandidates(line)) names.push_back(c.name);
  return names;
}

struct OutletCase {
  const char* line;
  std::vector<std::string> names;
};

const OutletCase kOutletLines[] = {
    {"Copyright © Mondialisation.ca, 2016", {"Mondialisation.ca"}},
    {"© 2016 Le Journal", {"Le Journal"}},
    {"© 2016 Le Journal. Tous droits réservés.", {"Le Journal"}},
    {"Copyright Jean Dupont, Mondialisation.ca, 2016", {"Mondialisation.ca"}},
    {"Copyright © Jean Dupont, Strategic Culture Foundation, 2016",
     {"Strategic Culture Foundation"}},
    {"(c) 2017 La Voix du Nord", {"La Voix du Nord"}},
    {"Les assertions et opinions exprimées ici sont celles de l'auteur et ne peuvent en aucun cas "
     "être imputées à Mondialisation.ca.",
     {"Mondialisation.ca"}},
    {"Vous pouvez reproduire les articles de Mondialisation.ca sur vos sites à condition de "
     "citer la source.",
     {"Mondialisation.ca"}},
    {"Le Centre de recherche sur la mondialisation (CRM) accorde la permission de reproduire des "
     "extraits d'articles du site Mondialisation.ca sur des sites alternatifs.",
     {"Centre de recherche sur la mondialisation", "Mondialisation.ca"}},
    {"Le Grand Journal décline toute responsabilité quant aux commentaires.", {"Grand Journal"}},
    {"Les opinions exprimées n'engagent que leurs auteurs.", {}},
    {"Le gouvernement a reproduit les articles du traité.", {}},
};

TEST(OutletTest, Candidates) {
  for (const OutletCase& c : kOutletLines) {
    EXPECT_EQ(Names(c.line), c.names) << c.line;
  }
}

TEST(OutletTest, CopyrightLine) {
  std::optional<std::string> holder;
  EXPECT_TRUE(ParseCopyrightLine("© 2016", &holder));
  EXPECT_FALSE(holder);
  EXPECT_TRUE(ParseCopyrightLine("Copyright © Mondialisation.ca, 2016", &holder));
  EXPECT_EQ(holder, "Mondialisation.ca");
  EXPECT_FALSE(ParseCopyrightLine("Le copyright des photos appartient à leurs auteurs.", &holder));
}

TEST(OutletTest, SameOutlet) {
  EXPECT_TRUE(SameOutlet("Mondialisation.ca", "mondialisation.ca"));
  EXPECT_TRUE(SameOutlet("Mondialisation.ca", "MONDIALISATION.CA"));
  EXPECT_TRUE(SameOutlet("Mondialisation.ca", "Mondialisation"));
  EXPECT_TRUE(SameOutlet("Le Monde", "lemonde.fr"));
  EXPECT_TRUE(SameOutlet("Global Research", "globalresearch.ca"));
  EXPECT_FALSE(SameOutlet("Mondialisation.ca", "Strategic Culture Foundation"));
  EXPECT_FALSE(SameOutlet("Le Monde", "Le Monde diplomatique"));
  EXPECT_FALSE(SameOutlet("", "x"));
}

TEST(OutletTest, ChooseOutletSumsWeights) {
  std::vector<OutletCandidate> c = {
      {"Réseau International", 2, OutletCue::kDateline},
      {"Mondialisation.ca", 3, OutletCue::kCopyright},
      {"mondialisation.ca", 3, OutletCue::kDisclaimer},
      {"Centre de recherche sur la mondialisation", 1, OutletCue::kOrganisation},
  };
  EXPECT_EQ(ChooseOutlet(c), "Mondialisation.ca");
  EXPECT_EQ(ChooseOutlet({}), std::nullopt);
}

}  // namespace
}  // namespace vigie::clean
