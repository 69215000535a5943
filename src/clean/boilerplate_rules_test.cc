#include "clean/boilerplate_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vigie::clean {
namespace {

using ::testing::ElementsAre;

struct KindCase {
  const char* text;
  BoilerKind kind;
};

const KindCase kKinds[] = {
    {"Imprimer", BoilerKind::kShare},
    {"Imprimer | Envoyer | Partager", BoilerKind::kShare},
    {"Partager sur Facebook Tweet PDF", BoilerKind::kShare},
    {"Share this: Facebook, Twitter, E-mail", BoilerKind::kShare},
    {"Version imprimable", BoilerKind::kShare},
    {"• Facebook • Twitter • WhatsApp", BoilerKind::kShare},
    {"Document sans titre", BoilerKind::kUntitled},
    {"Région : Europe", BoilerKind::kTagLine},
    {"Thème\u00a0: Géopolitique, Guerres et conflits", BoilerKind::kTagLine},
    {"Thèmes: Économie ; Histoire", BoilerKind::kTagLine},
    {"Mots-clés :", BoilerKind::kTagLabel},
    {"Copyright © Mondialisation.ca, 2016", BoilerKind::kCopyright},
    {"© 2016 Le Journal", BoilerKind::kCopyright},
    {"Tous droits réservés", BoilerKind::kNotice},
    {"All rights reserved.", BoilerKind::kNotice},
    {"Vous pouvez reproduire les articles de Mondialisation.ca sur vos sites.",
     BoilerKind::kNotice},
    {"La reproduction de cet article, même partielle, est interdite sans autorisation.",
     BoilerKind::kNotice},
    {"Les assertions et opinions exprimées ici sont celles de l'auteur.", BoilerKind::kNotice},
    {"Avis de non-responsabilité : les opinions exprimées n'engagent que leurs auteurs.",
     BoilerKind::kNotice},
    {"Le contenu de ce site ne reflète pas nécessairement la position de la rédaction.",
     BoilerKind::kNotice},
    {"À propos de l'auteur", BoilerKind::kBioHeader},
    {"A propos :", BoilerKind::kBioHeader},
    {"A propos : Jean Dupont est journaliste indépendant.", BoilerKind::kBio},
    {"Contact : redaction@exemple.org", BoilerKind::kContact},
    {"redaction@exemple.org", BoilerKind::kContact},
    {"Pour nous contacter, écrivez-nous.", BoilerKind::kContact},
    {"Media inquiries: press@exemple.org", BoilerKind::kContact},
    {"Abonnez-vous à notre lettre d'information", BoilerKind::kAppeal},
    {"Faites un don pour soutenir une presse libre", BoilerKind::kAppeal},
    {"Soutenez notre travail !", BoilerKind::kAppeal},
    {"Laisser un commentaire", BoilerKind::kComments},
    {"12 commentaires", BoilerKind::kComments},
    {"Lire aussi : La guerre des mots en Syrie", BoilerKind::kRelated},
    {"Sur le même sujet", BoilerKind::kRelated},
    {"Accueil > Monde > Europe", BoilerKind::kBreadcrumb},
    {"Crédit photo : Jean Dupont/AFP", BoilerKind::kPhotoCredit},
    {"Illustration\u00a0: DR", BoilerKind::kPhotoCredit},
    // Other languages, as the trafilatura-eval pages write them.
    {"Kontakt:", BoilerKind::kContact},
    {"Ansprechpartnerin zum Thema:", BoilerKind::kContact},
    {"Kommentare (3)", BoilerKind::kComments},
    {"Deja un comentario", BoilerKind::kComments},
    {"Das könnte Sie auch interessieren!", BoilerKind::kRelated},
    {"Weitere Informationen", BoilerKind::kRelated},
    {"Noticias relacionadas", BoilerKind::kRelated},
    {"You might also like:", BoilerKind::kRelated},
    {"Czytaj także:", BoilerKind::kRelated},
    {"Über den Autor", BoilerKind::kBioHeader},
    {"Augusta National/Getty Images", BoilerKind::kPhotoCredit},
    {"iStock.com", BoilerKind::kPhotoCredit},
    {"Advertisement:", BoilerKind::kPhotoCredit},
    {"Titelbild: Max Muster", BoilerKind::kPhotoCredit},
    {"Themen: Klima, Energie", BoilerKind::kTagLine},
    {"Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht.",
     BoilerKind::kNotice},
    {"This entry was posted in News on May 3, 2021 by admin.", BoilerKind::kNotice},
};

TEST(BoilerplateRulesTest, Kinds) {
  for (const KindCase& c : kKinds) {
    EXPECT_EQ(ClassifyBoilerplate(c.text).kind, c.kind) << c.text;
  }
}

// Body paragraphs that merely mention the trigger words stay body.
const char* const kBody[] = {
    "Le ministre a partagé son analyse avec les journalistes lors de la conférence.",
    "Selon une source diplomatique, le copyright de ces images appartient à l'armée.",
    "Imprimer des billets ne suffira pas à relancer l'économie, estime l'économiste.",
    "Soutenez-vous cette réforme des retraites ?",
    "Weitere Informationen zu den Kandidaten veröffentlicht das Ministerium am Montag.",
    "Getty Images a vendu ses archives photographiques à un fonds américain l'an dernier.",
    "Kontaktbeschränkungen gelten weiterhin in drei Bundesländern.",
    "La reproduction des espèces menacées inquiète les chercheurs du muséum.",
    "Le thème de la conférence était la paix au Moyen-Orient.",
    "Région : la situation humanitaire s'est encore dégradée dans le nord du pays, où les "
    "combats ont repris malgré le cessez-le-feu annoncé la semaine dernière par les parties.",
    "Facebook a annoncé mardi la suppression de milliers de comptes liés à une campagne.",
    "Contacté par notre rédaction, le ministère n'a pas souhaité répondre.",
    "",
};

TEST(BoilerplateRulesTest, BodyStaysBody) {
  for (const char* text : kBody) {
    EXPECT_EQ(ClassifyBoilerplate(text).kind, BoilerKind::kNone) << text;
  }
}

TEST(BoilerplateRulesTest, TagValues) {
  EXPECT_THAT(ClassifyBoilerplate("Thème : Géopolitique, Guerres et conflits").tags,
              ElementsAre("Géopolitique", "Guerres et conflits"));
  EXPECT_THAT(ClassifyBoilerplate("Tags: #Syrie; #Russie | OTAN").tags,
              ElementsAre("Syrie", "Russie", "OTAN"));
}

TEST(BoilerplateRulesTest, TagLinesJoinedByAReader) {
  BoilerMatch m = ClassifyBoilerplate(
      "Région : Moyen-Orient et Afrique du Nord Thème : Économie, Guerres et conflits");
  EXPECT_EQ(m.kind, BoilerKind::kTagLine);
  EXPECT_THAT(m.tags,
              ElementsAre("Moyen-Orient et Afrique du Nord", "Économie", "Guerres et conflits"));
}

TEST(BoilerplateRulesTest, FormulasInsideABlockAreEdgeOnly) {
  EXPECT_FALSE(ClassifyBoilerplate("Les assertions et opinions exprimées ici sont celles de "
                                   "l'auteur.")
                   .edge_only);
  BoilerMatch inside = ClassifyBoilerplate(
      "Le Centre de recherche accorde la permission de reproduire ses articles.");
  EXPECT_EQ(inside.kind, BoilerKind::kNotice);
  EXPECT_TRUE(inside.edge_only);
  EXPECT_EQ(ClassifyBoilerplate("Les licences se situent entre le droit d'auteur (all rights "
                                "reserved) et le domaine public.")
                .kind,
            BoilerKind::kNone);
  EXPECT_TRUE(ClassifyBoilerplate("Faites un don").edge_only);
}

TEST(BoilerplateRulesTest, TopicLists) {
  std::vector<std::string> tags;
  EXPECT_TRUE(ParseTopicList("Syrie, Russie, OTAN, Alep", &tags));
  EXPECT_TRUE(ParseTopicList("Politique | Europe", &tags));
  EXPECT_TRUE(ParseTopicList("#Syrie #Alep", &tags));
  EXPECT_THAT(
      tags, ElementsAre("Syrie", "Russie", "OTAN", "Alep", "Politique", "Europe", "Syrie", "Alep"));
  std::vector<std::string> none;
  EXPECT_FALSE(ParseTopicList("Paris, Londres", &none));  // two comma items: too little
  EXPECT_FALSE(ParseTopicList("Il est venu, il a vu, il a vaincu.", &none));
  EXPECT_FALSE(ParseTopicList("Syrie, la guerre sans fin, et les autres conflits", &none));
  EXPECT_FALSE(ParseTopicList("Schlumberger, Lea 1993; Lonsinger, Mona 1992", &none));
  EXPECT_FALSE(ParseTopicList("The Garden · Derek Jarman (1990)", &none));
  EXPECT_TRUE(none.empty());
}

TEST(BoilerplateRulesTest, Footnotes) {
  EXPECT_TRUE(IsFootnoteLike("[1] Voir le rapport de l'ONU."));
  EXPECT_TRUE(IsFootnoteLike("[^2] Ibid."));
  EXPECT_TRUE(IsFootnoteLike("1. Voir le rapport de l'ONU."));
  EXPECT_TRUE(IsFootnoteLike("(3) Entretien avec l'auteur."));
  EXPECT_TRUE(IsFootnoteLike("Notes :"));
  EXPECT_FALSE(IsFootnoteLike("2016 fut une année difficile."));
  EXPECT_FALSE(IsFootnoteLike("Le rapport [1] est accablant."));
}

}  // namespace
}  // namespace vigie::clean
