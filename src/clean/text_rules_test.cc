#include "clean/text_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vigie::clean {
namespace {

using ingest::Block;
using ingest::BlockKind;
using ingest::Page;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

const char kBody1[] =
    "Le gouvernement a présenté mardi un projet de loi qui doit réformer en profondeur le "
    "financement des collectivités locales, une promesse de campagne.";
const char kBody2[] =
    "Les élus locaux dénoncent une réforme menée dans la précipitation et sans concertation, "
    "et menacent de boycotter la prochaine conférence des territoires.";
const char kBody3[] =
    "Le texte sera examiné à l'Assemblée nationale au début du mois prochain, avant une "
    "seconde lecture au Sénat prévue pour l'automne.";

Page MakePage(std::vector<std::string> paragraphs) {
  Page page;
  for (std::string& p : paragraphs) page.blocks.push_back({BlockKind::kParagraph, 0, std::move(p)});
  return page;
}

std::vector<std::string> Texts(const Page& page) {
  std::vector<std::string> out;
  for (const Block& b : page.blocks) out.push_back(b.text);
  return out;
}

TEST(TextRulesTest, BylineDateAndTailBoilerplate) {
  Page page =
      MakePage({"Par Jean Dupont", "11 novembre 2016", kBody1, kBody2, "Imprimer | Partager",
                "Thème : Politique, Collectivités", "Tous droits réservés"});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(f.authors, ElementsAre("Jean Dupont"));
  EXPECT_EQ(f.published, "2016-11-11");
  EXPECT_THAT(f.tags, ElementsAre("Politique", "Collectivités"));
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2));
  EXPECT_THAT(page.removed,
              ElementsAre("Par Jean Dupont", "11 novembre 2016", "Imprimer | Partager",
                          "Thème : Politique, Collectivités", "Tous droits réservés"));
}

TEST(TextRulesTest, SentencesThatStartLikeBylinesStay) {
  std::string s1 = "Par ailleurs, le ministre a annoncé le 12 mars 2017 une réforme.";
  std::string s2 = "Par conséquent, les élus ont quitté la séance.";
  Page page = MakePage({kBody1, s1, s2, kBody2});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(f.authors, IsEmpty());
  EXPECT_EQ(f.published, std::nullopt);
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, s1, s2, kBody2));
  EXPECT_THAT(page.removed, IsEmpty());
}

TEST(TextRulesTest, TwoPastedArticlesKeepTextAndCredits) {
  Page page =
      MakePage({"Premier article repris", kBody1, kBody2, "Source: http://a.org/1",
                "Second article repris", kBody3, kBody1, "Source : http://b.org/2", "Imprimer"});
  page.meta.title = "Deux articles à lire";
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(
      f.credits,
      ElementsAre(Credit{std::nullopt, "http://a.org/1", CreditRelation::kRepublishedFrom},
                  Credit{std::nullopt, "http://b.org/2", CreditRelation::kRepublishedFrom}));
  EXPECT_THAT(Texts(page), ElementsAre("Premier article repris", kBody1, kBody2,
                                       "Second article repris", kBody3, kBody1));
  EXPECT_THAT(page.removed,
              ElementsAre("Source: http://a.org/1", "Source : http://b.org/2", "Imprimer"));
}

TEST(TextRulesTest, OriginalSourceIsOwnOutletOrNot) {
  Page own = MakePage({kBody1, kBody2, "La source originale de cet article est Mondialisation.ca",
                       "Copyright © Jean Dupont, Mondialisation.ca, 2016"});
  TextFindings f = ApplyTextRules(Format::kText, &own);
  EXPECT_THAT(f.credits, IsEmpty());
  EXPECT_EQ(f.outlet, "Mondialisation.ca");
  EXPECT_THAT(Texts(own), ElementsAre(kBody1, kBody2));

  Page foreign = MakePage(
      {kBody1, kBody2, "La source originale de cet article est Strategic Culture Foundation",
       "Copyright © Jean Dupont, Strategic Culture Foundation, 2016",
       "Les assertions et opinions exprimées ici sont celles de l'auteur et ne peuvent en aucun "
       "cas être imputées à Mondialisation.ca."});
  f = ApplyTextRules(Format::kText, &foreign);
  EXPECT_THAT(f.credits, ElementsAre(Credit{"Strategic Culture Foundation", std::nullopt,
                                            CreditRelation::kRepublishedFrom}));
  EXPECT_EQ(f.outlet, "Mondialisation.ca");
  EXPECT_THAT(Texts(foreign), ElementsAre(kBody1, kBody2));
}

TEST(TextRulesTest, DatelineGivesOutletAndDate) {
  Page page = MakePage({"Par Jean Dupont", "Mondialisation.ca, 11 novembre 2016", kBody1, kBody2});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_EQ(f.outlet, "Mondialisation.ca");
  EXPECT_EQ(f.published, "2016-11-11");
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2));
}

TEST(TextRulesTest, DateInsideTheBodyIsNotPublished) {
  std::string timeline = "12 mars 2017";
  Page page = MakePage({kBody1, timeline, kBody2, kBody3});
  page.blocks[1].kind = BlockKind::kParagraph;
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_EQ(f.published, std::nullopt);
  EXPECT_THAT(Texts(page), Contains(timeline));
}

TEST(TextRulesTest, AgencyCreditsInBody) {
  Page page = MakePage({std::string("PARIS (AFP) - ") + kBody1, kBody2, "avec Reuters"});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(f.credits, ElementsAre(Credit{"AFP", std::nullopt, CreditRelation::kAgency},
                                     Credit{"Reuters", std::nullopt, CreditRelation::kAgency}));
  EXPECT_THAT(page.removed, ElementsAre("avec Reuters"));
  EXPECT_EQ(page.blocks.size(), 2u);
}

TEST(TextRulesTest, BioAfterTheArticleAndFootnotesStay) {
  Page page = MakePage({"Par Jean Dupont", kBody1, kBody2, "[1] Voir le rapport du Sénat, 2016.",
                        "Jean Dupont est journaliste indépendant, spécialiste des collectivités "
                        "locales et auteur de plusieurs essais.",
                        "Copyright © Jean Dupont, Le Petit Journal, 2017"});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2, "[1] Voir le rapport du Sénat, 2016."));
  EXPECT_EQ(f.outlet, "Le Petit Journal");
  EXPECT_EQ(page.removed.size(), 3u);
}

TEST(TextRulesTest, SignatureUnderTheArticle) {
  Page page = MakePage({kBody1, kBody2, "Marie Martin", "Imprimer"});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(f.authors, ElementsAre("Marie Martin"));
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2));

  Page html = MakePage({kBody1, kBody2, "Related Stories", "Imprimer"});
  f = ApplyTextRules(Format::kHtml, &html);
  EXPECT_THAT(f.authors, IsEmpty());
  Page caps = MakePage({kBody1, kBody2, "RELATED STORIES"});
  f = ApplyTextRules(Format::kText, &caps);
  EXPECT_THAT(f.authors, IsEmpty());
}

TEST(TextRulesTest, ReferenceUnderTheArticleIsNotADateline) {
  Page page = MakePage({kBody1, kBody2, "Le Monde, 12 mars 2017."});
  TextFindings f = ApplyTextRules(Format::kMarkdown, &page);
  EXPECT_EQ(f.outlet, std::nullopt);
  EXPECT_EQ(f.published, std::nullopt);
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2, "Le Monde, 12 mars 2017."));
}

TEST(TextRulesTest, RelatedLinksGoWithTheirHeader) {
  Page page = MakePage({kBody1, "Sur le même sujet"});
  page.blocks.push_back({BlockKind::kListItem, 1, "Un autre article"});
  page.blocks.push_back({BlockKind::kListItem, 1, "Encore un article"});
  page.blocks.push_back({BlockKind::kParagraph, 0, kBody2});
  ApplyTextRules(Format::kMarkdown, &page);
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2));
  EXPECT_THAT(page.removed,
              ElementsAre("Sur le même sujet", "Un autre article", "Encore un article"));
}

TEST(TextRulesTest, SourceListsAreCitedAndStay) {
  Page page = MakePage({kBody1, kBody2, "Sources :"});
  page.blocks.push_back({BlockKind::kListItem, 1, "https://x.org/rapport"});
  page.blocks.push_back({BlockKind::kListItem, 1, "Le Monde, 12 mars 2017"});
  TextFindings f = ApplyTextRules(Format::kMarkdown, &page);
  EXPECT_THAT(f.credits,
              ElementsAre(Credit{std::nullopt, "https://x.org/rapport", CreditRelation::kCited},
                          Credit{"Le Monde", std::nullopt, CreditRelation::kCited}));
  EXPECT_EQ(page.blocks.size(), 5u);
}

TEST(TextRulesTest, CascadeAfterTailTrigger) {
  Page page = MakePage(
      {kBody1, kBody2, "Laisser un commentaire", "Nom", "Adresse de messagerie", "Site web"});
  ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2));
  EXPECT_EQ(page.removed.size(), 4u);
}

TEST(TextRulesTest, WeakShapesInsideTheBodyStay) {
  std::string licence =
      "Ces licences se situent entre le droit d'auteur classique et le domaine public, et le "
      "site accorde la permission de reproduire ses textes sous conditions.";
  std::string appeal = "Soutenez les associations locales, a conclu le maire.";
  Page page = MakePage({kBody1, licence, appeal, kBody2, kBody3});
  ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, licence, appeal, kBody2, kBody3));
}

TEST(TextRulesTest, CascadeSparesClosingListItems) {
  Page page = MakePage({kBody1, kBody2, "Partager"});
  page.blocks.push_back({BlockKind::kListItem, 1, "Une pièce d'identité"});
  page.blocks.push_back({BlockKind::kListItem, 1, "Un justificatif de domicile"});
  ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(Texts(page),
              ElementsAre(kBody1, kBody2, "Une pièce d'identité", "Un justificatif de domicile"));
}

TEST(TextRulesTest, PastedArticleBylineInItsHead) {
  Page page = MakePage({kBody1, kBody2, "Source : http://a.org/1", "Par Marie Martin",
                        "14 mars 2017", kBody3, kBody1});
  page.meta.title = "Revue";
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(f.authors, ElementsAre("Marie Martin"));
  EXPECT_EQ(f.published, std::nullopt);  // the page's own date is not the pasted one's
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2, kBody3, kBody1));
}

TEST(TextRulesTest, TitleFromFirstHeadingWhenReaderHasNone) {
  Page page = MakePage({"Une réforme contestée", kBody1, kBody2});
  page.blocks[0].kind = BlockKind::kHeading;
  TextFindings f = ApplyTextRules(Format::kMarkdown, &page);
  EXPECT_EQ(f.title, "Une réforme contestée");
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2));

  Page titled = MakePage({"Une réforme contestée", kBody1});
  titled.meta.title = "Le vrai titre";
  f = ApplyTextRules(Format::kText, &titled);
  EXPECT_EQ(f.title, std::nullopt);
  EXPECT_EQ(titled.blocks.size(), 2u);
}

TEST(TextRulesTest, TitleRunIntoByline) {
  Page page = MakePage({"Une réforme contestée Par Jean Dupont", kBody1, kBody2});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_EQ(f.title, "Une réforme contestée");
  EXPECT_THAT(f.authors, ElementsAre("Jean Dupont"));
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2));
}

TEST(TextRulesTest, TitleRunIntoPipeByline) {
  Page page = MakePage({"Les dessous d'un accord gazier Jean Dupont | 1 novembre 2016", kBody1});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_EQ(f.title, "Les dessous d'un accord gazier");
  EXPECT_THAT(f.authors, ElementsAre("Jean Dupont"));
  EXPECT_EQ(f.published, "2016-11-01");
  EXPECT_THAT(page.removed, ElementsAre("Jean Dupont | 1 novembre 2016"));
}

TEST(TextRulesTest, FirstSentenceEndingWithADateIsNotATitle) {
  std::string first = "Le président a annoncé une réforme des retraites le 12 mars 2017";
  Page page = MakePage({first, kBody1, kBody2});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_NE(f.title, "Le président a annoncé une réforme des retraites le");
  EXPECT_EQ(f.published, std::nullopt);
  EXPECT_THAT(page.removed, IsEmpty());
}

TEST(TextRulesTest, SentenceEndingWithADayFirstDateIsNotATitle) {
  // "29 November 2020" starts with a digit: a bare date, not a by-line.
  std::string line = "Militants killed 30 civilians on 29 November 2020.";
  Page page = MakePage({line});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_EQ(f.title, std::nullopt);
  EXPECT_EQ(f.published, std::nullopt);
  EXPECT_THAT(Texts(page), ElementsAre(line));
}

TEST(TextRulesTest, ReaderTitleThatIsAByline) {
  Page page = MakePage({kBody1, kBody2});
  page.meta.title = "Par Jean Dupont";
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_EQ(page.meta.title, std::nullopt);
  EXPECT_THAT(f.authors, ElementsAre("Jean Dupont"));
  EXPECT_THAT(page.removed, ElementsAre("Par Jean Dupont"));
}

TEST(TextRulesTest, ReaderTitleThatIsADateline) {
  Page page = MakePage({"Une réforme contestée", kBody1, kBody2});
  page.meta.title = "Mondialisation.ca, 11 novembre 2016";
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_EQ(f.outlet, "Mondialisation.ca");
  EXPECT_EQ(f.published, "2016-11-11");
  EXPECT_EQ(f.title, "Une réforme contestée");
  EXPECT_THAT(page.removed, ElementsAre("Mondialisation.ca, 11 novembre 2016"));
}

TEST(TextRulesTest, UntitledHtmlTitleIsDropped) {
  Page page = MakePage({kBody1});
  page.meta.title = "Document sans titre";
  ApplyTextRules(Format::kHtml, &page);
  EXPECT_EQ(page.meta.title, std::nullopt);
  EXPECT_THAT(page.removed, ElementsAre("Document sans titre"));
  Page dated = MakePage({kBody1});
  dated.meta.title = "Par Jean Dupont";  // odd, but markup is trusted
  ApplyTextRules(Format::kHtml, &dated);
  EXPECT_EQ(dated.meta.title, "Par Jean Dupont");
}

TEST(TextRulesTest, TrailingSourceInLastParagraph) {
  std::string last = std::string(kBody2) + " Source : http://x.org/a";
  Page page = MakePage({kBody1, last});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(Texts(page), ElementsAre(kBody1, kBody2));
  EXPECT_THAT(page.removed, ElementsAre("Source : http://x.org/a"));
  EXPECT_THAT(f.credits, ElementsAre(Credit{std::nullopt, "http://x.org/a",
                                            CreditRelation::kRepublishedFrom}));
}

TEST(TextRulesTest, FigureSourceIsCitedAndStays) {
  Page page = MakePage({kBody1, "Évolution du chômage", "Source : Insee", kBody2, kBody3});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(f.credits, ElementsAre(Credit{"Insee", std::nullopt, CreditRelation::kCited}));
  EXPECT_THAT(Texts(page), Contains("Source : Insee"));
}

TEST(TextRulesTest, EmptyAndNullPages) {
  Page page;
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(f.authors, IsEmpty());
  EXPECT_THAT(ApplyTextRules(Format::kText, nullptr).credits, IsEmpty());
  Page rules = MakePage({"", "   "});
  rules.blocks.push_back({BlockKind::kRule, 0, ""});
  ApplyTextRules(Format::kMarkdown, &rules);
  EXPECT_THAT(rules.removed, IsEmpty());
}

TEST(TextRulesTest, HugeParagraphIsLinear) {
  std::string huge;
  while (huge.size() < 8'000'000) huge += "Par ailleurs, selon l'AFP, le texte (2016) avance. ";
  Page page = MakePage({huge});
  TextFindings f = ApplyTextRules(Format::kText, &page);
  EXPECT_THAT(f.credits, ElementsAre(Credit{"AFP", std::nullopt, CreditRelation::kAgency}));
  EXPECT_EQ(page.blocks.size(), 1u);
}

}  // namespace
}  // namespace vigie::clean
