// End-to-end checks of ExtractHtmlPage on French pages written for the
// purpose (tests/testdata/html/), modelled on a national daily and on a
// blog that republishes articles.
#include "clean/html_page.h"

#include <fstream>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest/html_parser.h"

namespace vigie::clean {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(VIGIE_TESTDATA_DIR) + "/html/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ingest::Page ExtractFixture(const std::string& name, std::string_view url = "") {
  std::string html = ReadFixture(name);
  EXPECT_FALSE(html.empty()) << name;
  Result<ingest::HtmlDocument> doc = ingest::HtmlDocument::Parse(html);
  EXPECT_TRUE(doc.ok());
  return ExtractHtmlPage(*doc, url);
}

std::string Join(const ingest::Page& page) {
  std::string out;
  for (const ingest::Block& b : page.blocks) out += b.text + "\n";
  return out;
}

ingest::Page ExtractString(const std::string& html) {
  Result<ingest::HtmlDocument> doc = ingest::HtmlDocument::Parse(html);
  EXPECT_TRUE(doc.ok());
  return ExtractHtmlPage(*doc, "");
}

constexpr char kBody[] =
    "<p>Les forces engag\xc3\xa9" "es ont annonc\xc3\xa9 mercredi une nouvelle phase de leur offensive, "
    "avec l'appui a\xc3\xa9rien de la coalition, selon leur porte-parole.</p>"
    "<p>Plusieurs villages ont \xc3\xa9t\xc3\xa9 repris au nord de la ville au cours des derni\xc3\xa8res "
    "quarante-huit heures, a-t-il ajout\xc3\xa9, sans donner de bilan.</p>";

TEST(HtmlPageTest, DateAndAuthorPrintedOnlyInTheHeaderAreFound) {
  ingest::Page page = ExtractString(
      std::string("<html><body><article><h1>Raqqa : une nouvelle phase</h1>"
                  "<p class='byline'>Par Sophie Garnier</p><p class='date'>9 novembre 2016</p>") +
      kBody + "</article></body></html>");
  EXPECT_EQ(page.meta.published, "2016-11-09");
  EXPECT_THAT(page.meta.authors, ElementsAre("Sophie Garnier"));
  EXPECT_THAT(Join(page), Not(HasSubstr("9 novembre 2016")));
}

TEST(HtmlPageTest, UpdateLineIsNotThePublicationDate) {
  ingest::Page page = ExtractString(
      std::string("<html><body><article><h1>Raqqa : une nouvelle phase</h1>"
                  "<p class='date'>Mis \xc3\xa0 jour le 10 novembre 2016</p>") +
      kBody + "</article></body></html>");
  EXPECT_EQ(page.meta.published, std::nullopt);
}

TEST(HtmlPageTest, NationalDailyMetadata) {
  ingest::Page page = ExtractFixture("quotidien_national.html",
                                     "https://www.quotidien-du-matin.fr/amp/4821");
  const ingest::PageMetadata& m = page.meta;
  EXPECT_EQ(m.title.value_or(""),
            "Sécheresse : les agriculteurs du Sud-Ouest réclament un plan d'urgence");
  EXPECT_THAT(m.authors, ElementsAre("Hélène Garnier"));
  EXPECT_EQ(m.published.value_or(""), "2023-08-14T07:30:00+02:00");
  EXPECT_EQ(m.modified.value_or(""), "2023-08-14T18:05:00+02:00");
  EXPECT_EQ(m.outlet.value_or(""), "Le Quotidien du Matin");
  EXPECT_EQ(m.url.value_or(""),
            "https://www.quotidien-du-matin.fr/economie/secheresse-plan-urgence-4821.html");
  EXPECT_EQ(m.language.value_or(""), "fr");
  EXPECT_THAT(m.tags, ElementsAre("Agriculture", "Sécheresse"));
}

TEST(HtmlPageTest, NationalDailyText) {
  ingest::Page page = ExtractFixture("quotidien_national.html");
  std::string text = Join(page);
  // The article, from the standfirst to the last paragraph.
  EXPECT_THAT(text, HasSubstr("Réunis lundi à Agen"));
  EXPECT_THAT(text, HasSubstr("Les tracteurs ont commencé"));
  EXPECT_THAT(text, HasSubstr("Des retenues d'eau au cœur du conflit"));
  EXPECT_THAT(text, HasSubstr("le report des cotisations sociales"));
  EXPECT_THAT(text, HasSubstr("« Nous ne pourrons pas attendre l'automne »"));
  EXPECT_THAT(text, HasSubstr("en pleine période d'étiage."));
  // Not the title again, nor anything around the article.
  EXPECT_THAT(text, Not(HasSubstr("réclament un plan d'urgence")));
  for (const char* junk : {"cookies", "Politique", "Accueil", "Partager", "Lire aussi",
                           "Publicité", "Recevez notre lettre", "Solidarité", "Les plus lus",
                           "Tous droits réservés", "Par Hélène", "Publié le"}) {
    EXPECT_THAT(text, Not(HasSubstr(junk))) << junk;
  }
  std::string removed;
  for (const std::string& r : page.removed) removed += r + "\n";
  EXPECT_THAT(removed, HasSubstr("Partager sur Facebook"));
  EXPECT_THAT(removed, HasSubstr("Lire aussi"));
  EXPECT_THAT(removed, Not(HasSubstr("International")));  // menus are not kept at all
}

TEST(HtmlPageTest, RepublishingBlog) {
  ingest::Page page = ExtractFixture("blog_reprise.html", "https://regards-croises.example/p/12");
  const ingest::PageMetadata& m = page.meta;
  EXPECT_EQ(m.title.value_or(""),
            "Le port de Marseille face à la concurrence des ports du Nord");
  // meta author names the blog itself: the by-line gives the person.
  EXPECT_THAT(m.authors, ElementsAre("Bruno Vidal"));
  EXPECT_EQ(m.published.value_or(""), "2022-11-03T10:00:00+01:00");
  EXPECT_THAT(m.tags, ElementsAre("Marseille", "ports", "transport maritime"));
  std::string text = Join(page);
  ASSERT_GE(page.blocks.size(), 4u);
  EXPECT_THAT(page.blocks[0].text, HasSubstr("Le trafic de conteneurs"));
  EXPECT_THAT(text, HasSubstr("électrification des quais."));
  EXPECT_THAT(text, HasSubstr("Source : Le Journal Économique"));  // for the credit rules
  for (const char* junk : {"Accueil", "Partager", "Articles similaires", "Archives",
                           "propulsé par", "Le blog qui croise"}) {
    EXPECT_THAT(text, Not(HasSubstr(junk))) << junk;
  }
}

TEST(HtmlPageTest, BlogNameFoundWithoutAnAddress) {
  // Read from a file, the page's address is unknown: the blog's name is the
  // <title> suffix that the page also gives as its author.
  ingest::Page page = ExtractFixture("blog_reprise.html");
  EXPECT_EQ(page.meta.outlet.value_or(""), "Regards Croisés");
  EXPECT_EQ(page.meta.title.value_or(""),
            "Le port de Marseille face à la concurrence des ports du Nord");
  EXPECT_THAT(page.meta.authors, ElementsAre("Bruno Vidal"));
}

TEST(HtmlPageTest, DeeplyNestedPageIsReadWithAWarning) {
  std::string html = "<html><body>";
  for (int i = 0; i < 200000; ++i) html += "<div>";
  html += "<p>Un paragraphe au fond du puits, assez long pour être retenu comme texte.</p>";
  Result<ingest::HtmlDocument> doc = ingest::HtmlDocument::Parse(html);
  ASSERT_TRUE(doc.ok());
  ingest::Page page = ExtractHtmlPage(*doc, "");
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_THAT(page.blocks[0].text, HasSubstr("au fond du puits"));
  EXPECT_THAT(page.warnings, ElementsAre("html_nesting_flattened"));
}

}  // namespace
}  // namespace vigie::clean

namespace vigie::clean {
namespace {

std::string JsonLdPage(const std::string& article_body, const std::string& markup_text) {
  return "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
         "\"headline\": \"Titre\", \"articleBody\": \"" + article_body +
         "\"}</script></head><body><div id='app'>" + markup_text + "</div></body></html>";
}

const std::string kLongLine =
    "Le premier paragraphe du corps de l'article, tel que les données structurées le donnent, "
    "avec assez de mots pour compter comme un texte.";

TEST(HtmlPageTest, ScriptRenderedPageTakesTheStructuredBody) {
  std::string body = kLongLine + "\\n\\n" + kLongLine + " Deuxième.\\n" + kLongLine + " Trois.";
  ingest::Page page = ExtractString(JsonLdPage(body, "<p>Chargement…</p>"));
  ASSERT_EQ(page.blocks.size(), 3u);
  EXPECT_EQ(page.blocks[0].text, kLongLine);
  EXPECT_THAT(page.blocks[2].text, HasSubstr("Trois."));
  EXPECT_THAT(page.warnings, Contains("text_from_structured_data"));
}

TEST(HtmlPageTest, StructuredBodyWithMarkupIsParsed) {
  std::string body = "<p>" + kLongLine + "</p><p>" + kLongLine + " &amp; deux.</p>";
  ingest::Page page = ExtractString(JsonLdPage(body, ""));
  ASSERT_EQ(page.blocks.size(), 2u);
  EXPECT_THAT(page.blocks[1].text, HasSubstr("& deux."));
}

TEST(HtmlPageTest, MarkupTextWinsOverAShorterOrEqualStructuredBody) {
  // A teaser in articleBody (paywalls) never replaces the page's own text.
  std::string markup = kBody;
  ingest::Page page = ExtractString(JsonLdPage(kLongLine, markup));
  EXPECT_THAT(Join(page), HasSubstr("quarante-huit heures"));
  EXPECT_THAT(page.warnings, Not(Contains("text_from_structured_data")));
}

}  // namespace
}  // namespace vigie::clean
