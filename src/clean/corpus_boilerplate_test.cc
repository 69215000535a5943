#include "clean/corpus_boilerplate.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigie::clean {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::string_view kFooter =
    "Les opinions exprimées dans cet article n'engagent que leur auteur. © 2016 Le Veilleur.";

// The own text of article `i`: two paragraphs no other article has.
std::string Body(int i) {
  return "Article " + std::string(1, static_cast<char>('a' + i)) +
         " raconte une histoire qui lui est propre, avec des détails précis sur l'événement " +
         "du jour.\n\nLe deuxième paragraphe de l'article " +
         std::string(1, static_cast<char>('a' + i)) +
         " ajoute des témoignages et des chiffres qui ne reviennent nulle part ailleurs.";
}

Document Doc(std::string domain, std::string text) {
  Document d;
  d.domain = std::move(domain);
  d.text = std::move(text);
  return d;
}

struct NormaliseCase {
  const char* a;
  const char* b;
  bool same;
};

const NormaliseCase kNormaliseCases[] = {
    {"© 2016 Le Veilleur", "© 2017 Le Veilleur", true},
    {"Publié le 3 mars 2016", "Publié le 12 mars 2017", true},
    {"Tous  droits\u00a0réservés ", "tous droits réservés", true},
    {"ÉDITION Abonnés", "édition abonnés", true},
    {"Tous droits réservés", "Tous droits reserves", false},  // accents are kept
    {"Lire la suite", "Lire la suite.", false},
};

TEST(NormaliseParagraphTest, Table) {
  for (const NormaliseCase& c : kNormaliseCases) {
    EXPECT_EQ(NormaliseParagraph(c.a) == NormaliseParagraph(c.b), c.same) << c.a << " / " << c.b;
  }
  EXPECT_EQ(NormaliseParagraph("  © 2016,  page 12 \t"), "© 0, page 0");
  EXPECT_EQ(NormaliseParagraph(" \u00a0 "), "");
}

TEST(SplitParagraphsTest, SplitsOnBlankLine) {
  EXPECT_THAT(SplitParagraphs("a\n\nb\nc\n\nd"), ElementsAre("a", "b\nc", "d"));
  EXPECT_THAT(SplitParagraphs(""), IsEmpty());
  EXPECT_THAT(SplitParagraphs("one"), ElementsAre("one"));
}

TEST(CorpusKeyTest, DomainThenOutlet) {
  Document d;
  EXPECT_EQ(CorpusKey(d), std::nullopt);
  d.outlet = "Le Veilleur";
  EXPECT_EQ(CorpusKey(d), "Le Veilleur");
  d.domain = "veilleur.fr";
  EXPECT_EQ(CorpusKey(d), "veilleur.fr");
}

TEST(CorpusBoilerplateTest, FooterOnEveryPageIsRemoved) {
  CorpusBoilerplate filter;
  std::vector<Document> docs;
  for (int i = 0; i < 6; ++i) {
    docs.push_back(Doc("veilleur.fr", Body(i) + "\n\n" + std::string(kFooter)));
  }
  for (const Document& d : docs) filter.Observe(d);
  EXPECT_EQ(filter.DistinctDocuments("veilleur.fr"), 6);
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(filter.Apply(&docs[i]), 1) << i;
    EXPECT_EQ(docs[i].text, Body(i));
    EXPECT_THAT(docs[i].removed, ElementsAre(std::string(kFooter)));
    EXPECT_THAT(docs[i].warnings, ElementsAre(std::string(kCorpusBoilerplateWarning)));
  }
}

TEST(CorpusBoilerplateTest, RemovedParagraphsAreAppendedInOrder) {
  CorpusBoilerplate filter;
  const std::string head = "Abonnez-vous à notre lettre du matin pour ne rien manquer.";
  std::vector<Document> docs;
  for (int i = 0; i < 5; ++i) {
    docs.push_back(Doc("veilleur.fr", head + "\n\n" + Body(i) + "\n\n" + std::string(kFooter)));
  }
  docs[0].removed.push_back("Imprimer");
  for (const Document& d : docs) filter.Observe(d);
  EXPECT_EQ(filter.Apply(&docs[0]), 2);
  EXPECT_EQ(docs[0].text, Body(0));
  EXPECT_THAT(docs[0].removed, ElementsAre("Imprimer", head, std::string(kFooter)));
}

TEST(CorpusBoilerplateTest, ParagraphOnTwoOfTenPagesIsKept) {
  const std::string background =
      "Alep est divisée depuis 2012 entre les quartiers tenus par le gouvernement et ceux tenus "
      "par les rebelles.";
  CorpusBoilerplate filter;
  std::vector<Document> docs;
  for (int i = 0; i < 10; ++i) {
    std::string text = Body(i) + "\n\n" + std::string(kFooter);
    if (i < 2) text = background + "\n\n" + text;
    docs.push_back(Doc("veilleur.fr", text));
  }
  for (const Document& d : docs) filter.Observe(d);
  for (Document& d : docs) filter.Apply(&d);
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(docs[i].text, background + "\n\n" + Body(i)) << i;
    EXPECT_THAT(docs[i].removed, ElementsAre(std::string(kFooter)));
  }
}

// The thresholds, as a table: pages of a domain, pages holding the
// paragraph, whether it is boilerplate.
struct ThresholdCase {
  int pages;
  int holding;
  bool boiler;
};

const ThresholdCase kThresholdCases[] = {
    {3, 3, false},    // too few pages to tell a template from a series
    {4, 4, true},     // the minimum: four documents
    {10, 3, false},   // 3 < max(4, 2)
    {10, 4, true},
    {30, 5, false},   // 5 < 20% of 30 = 6
    {30, 6, true},
    {15, 3, false},   // ceil(0.2 * 15) = 3, below the minimum of 4
    {100, 19, false},
    {100, 20, true},
};

TEST(CorpusBoilerplateTest, Thresholds) {
  for (const ThresholdCase& c : kThresholdCases) {
    CorpusBoilerplate filter;
    for (int i = 0; i < c.pages; ++i) {
      std::string text = "Page " + std::to_string(i) + " " + Body(i % 26);
      // Distinct text per page even past 26: the page number is spelt out
      // in letters, since digits are normalised away.
      text += "\n\n" + std::string(static_cast<size_t>(i + 1), 'x') + " fin de la page";
      if (i < c.holding) text += "\n\n" + std::string(kFooter);
      filter.Observe("veilleur.fr", text);
    }
    std::string probe = Body(0) + "\n\n" + std::string(kFooter);
    std::vector<bool> boiler = filter.Decide("veilleur.fr", probe);
    bool got = !boiler.empty() && boiler.back();
    EXPECT_EQ(got, c.boiler) << c.pages << " pages, " << c.holding << " holding";
  }
}

TEST(CorpusBoilerplateTest, IdenticalDocumentsCountOnce) {
  CorpusBoilerplate filter;
  const std::string copy = Body(0) + "\n\n" + std::string(kFooter);
  // Ten copies of one page, and two other pages with the footer: the footer
  // is on three distinct documents only.
  for (int i = 0; i < 10; ++i) filter.Observe("veilleur.fr", copy);
  filter.Observe("veilleur.fr", Body(1) + "\n\n" + std::string(kFooter));
  filter.Observe("veilleur.fr", Body(2) + "\n\n" + std::string(kFooter));
  filter.Observe("veilleur.fr", Body(3));
  EXPECT_EQ(filter.DistinctDocuments("veilleur.fr"), 4);
  EXPECT_THAT(filter.Decide("veilleur.fr", copy), IsEmpty());
}

TEST(CorpusBoilerplateTest, ParagraphRepeatedInOneDocumentCountsOnce) {
  CorpusBoilerplate filter;
  for (int i = 0; i < 2; ++i) {
    filter.Observe("veilleur.fr", Body(i) + "\n\n" + std::string(kFooter) + "\n\n" +
                                      std::string(kFooter) + "\n\n" + std::string(kFooter));
  }
  for (int i = 2; i < 6; ++i) filter.Observe("veilleur.fr", Body(i));
  EXPECT_THAT(filter.Decide("veilleur.fr", Body(0) + "\n\n" + std::string(kFooter)), IsEmpty());
}

TEST(CorpusBoilerplateTest, DomainsAreIndependent) {
  CorpusBoilerplate filter;
  // The footer is on 3 pages of each of two domains: 6 in all, but fewer
  // than 4 per domain.
  for (int i = 0; i < 3; ++i) {
    filter.Observe("a.example", Body(i) + "\n\n" + std::string(kFooter));
    filter.Observe("b.example", Body(i + 3) + "\n\n" + std::string(kFooter));
  }
  filter.Observe("a.example", Body(10));
  filter.Observe("b.example", Body(11));
  // A third domain with the footer on every one of its 5 pages.
  for (int i = 0; i < 5; ++i) filter.Observe("c.example", Body(i) + "\n\n" + std::string(kFooter));
  std::string probe = Body(20) + "\n\n" + std::string(kFooter);
  EXPECT_THAT(filter.Decide("a.example", probe), IsEmpty());
  EXPECT_THAT(filter.Decide("b.example", probe), IsEmpty());
  EXPECT_THAT(filter.Decide("c.example", probe), ElementsAre(false, false, true));
  EXPECT_THAT(filter.Decide("unseen.example", probe), IsEmpty());
}

TEST(CorpusBoilerplateTest, OutletIsTheKeyWithoutDomainAndNoKeyIsNotFiltered) {
  CorpusBoilerplate filter;
  std::vector<Document> docs;
  for (int i = 0; i < 5; ++i) {
    Document d;
    d.outlet = "Le Veilleur";
    d.text = Body(i) + "\n\n" + std::string(kFooter);
    docs.push_back(d);
  }
  Document anonymous;
  anonymous.text = Body(7) + "\n\n" + std::string(kFooter);
  for (const Document& d : docs) filter.Observe(d);
  filter.Observe(anonymous);
  EXPECT_EQ(filter.Apply(&docs[0]), 1);
  EXPECT_EQ(filter.Apply(&anonymous), 0);
  EXPECT_EQ(anonymous.text, Body(7) + "\n\n" + std::string(kFooter));
  EXPECT_THAT(anonymous.warnings, IsEmpty());
}

TEST(CorpusBoilerplateTest, HalfTextGuardKeepsVersionsWhole) {
  CorpusBoilerplate filter;
  // Five versions of one wire story: the same two long paragraphs and a
  // different last line each. The shared part is most of each text.
  const std::string story =
      "Le convoi humanitaire a été attaqué lundi soir près d'Alep, selon l'ONU, qui a suspendu "
      "ses livraisons dans toute la région.\n\nVingt camions ont été détruits et plusieurs "
      "employés du Croissant-Rouge ont été tués, a indiqué l'organisation.";
  std::vector<Document> docs;
  const char* endings[] = {"Mise à jour.", "Correction.", "Version courte.", "Suite.", "Fin."};
  for (const char* ending : endings) docs.push_back(Doc("veilleur.fr", story + "\n\n" + ending));
  for (const Document& d : docs) filter.Observe(d);
  for (Document& d : docs) {
    std::string before = d.text;
    EXPECT_EQ(filter.Apply(&d), 0);
    EXPECT_EQ(d.text, before);
    EXPECT_THAT(d.removed, IsEmpty());
    EXPECT_THAT(d.warnings, IsEmpty());
  }
}

TEST(CorpusBoilerplateTest, DigitsAreNormalisedAcrossPages) {
  CorpusBoilerplate filter;
  std::vector<Document> docs;
  for (int i = 0; i < 5; ++i) {
    std::string footer = "© " + std::to_string(2012 + i) + " Le Veilleur. Mis à jour le " +
                         std::to_string(i + 1) + "/0" + std::to_string(i + 1) + ".";
    docs.push_back(Doc("veilleur.fr", Body(i) + "\n\n" + footer));
  }
  for (const Document& d : docs) filter.Observe(d);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(filter.Apply(&docs[i]), 1) << i;
    EXPECT_EQ(docs[i].text, Body(i));
  }
  EXPECT_THAT(docs[3].removed, ElementsAre("© 2015 Le Veilleur. Mis à jour le 4/04."));
}

}  // namespace
}  // namespace vigie::clean
