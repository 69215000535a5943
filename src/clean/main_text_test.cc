#include "clean/main_text.h"

#include <string>
#include <vector>

#include "clean/html_blocks.h"
#include "clean/html_page.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest/html_parser.h"

namespace vigie::clean {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

ingest::Page Extract(const std::string& html) {
  Result<ingest::HtmlDocument> doc = ingest::HtmlDocument::Parse(html);
  EXPECT_TRUE(doc.ok());
  return ExtractHtmlPage(*doc, "");
}

std::string Text(const ingest::Page& page) {
  std::string out;
  for (const ingest::Block& b : page.blocks) out += b.text + "\n";
  return out;
}

std::string Removed(const ingest::Page& page) {
  std::string out;
  for (const std::string& r : page.removed) out += r + "\n";
  return out;
}

// Paragraphs long enough to read as prose.
std::string Para(int i) {
  return "<p>Paragraphe " + std::to_string(i) +
         " de l'article, avec une phrase assez longue, des virgules, des faits et des "
         "citations, pour ressembler au texte d'un vrai journal régional.</p>";
}

const char* kMenu =
    "<nav><ul><li><a href='/'>Accueil</a></li><li><a href='/politique'>Politique</a></li>"
    "<li><a href='/monde'>Monde</a></li></ul></nav>"
    "<div class='menu-principal'><a href='/sport'>Sport</a> <a href='/culture'>Culture</a></div>";
const char* kFooter =
    "<footer><p>© 2023 Le Veilleur, tous droits réservés. Mentions légales, contact, "
    "plan du site.</p></footer>";

TEST(MainTextTest, MenusFootersAndSidebarsDropped) {
  std::string html = std::string("<html><body>") + kMenu +
                     "<div id='sidebar'><h3>Les plus lus</h3><ul><li><a href='/a'>Un autre "
                     "article très lu cette semaine sur le site</a></li></ul></div>"
                     "<main><article><h1>Le titre</h1>" +
                     Para(1) + Para(2) + Para(3) + "</article></main>" + kFooter +
                     "</body></html>";
  ingest::Page page = Extract(html);
  std::string text = Text(page);
  EXPECT_THAT(text, HasSubstr("Paragraphe 1"));
  EXPECT_THAT(text, HasSubstr("Paragraphe 3"));
  EXPECT_THAT(text, Not(HasSubstr("Accueil")));
  EXPECT_THAT(text, Not(HasSubstr("Les plus lus")));
  EXPECT_THAT(text, Not(HasSubstr("droits réservés")));
  EXPECT_THAT(Removed(page), Not(HasSubstr("Accueil")));  // menus are not kept at all
  // The title is the title, not a paragraph.
  EXPECT_THAT(text, Not(HasSubstr("Le titre")));
}

TEST(MainTextTest, ShareBarsAndCommentsInsideTheArticleGoToRemoved) {
  std::string html = std::string("<html><body>") + kMenu + "<article><h1>Titre</h1>" +
                     "<div class='share-buttons'><a href='#'>Partager sur Facebook</a> "
                     "<span>Partager par courriel, imprimer cet article</span></div>" +
                     Para(1) + Para(2) +
                     "<div class='lire-aussi'><p>Lire aussi : <a href='/x'>Notre enquête sur "
                     "les retraites</a></p></div>" +
                     Para(3) +
                     "<section class='comments'><h2>Commentaires</h2><p>Très bon article, "
                     "merci pour ces précisions, j'attendais cela depuis longtemps.</p>"
                     "</section></article>" +
                     kFooter + "</body></html>";
  ingest::Page page = Extract(html);
  std::string text = Text(page);
  EXPECT_THAT(text, HasSubstr("Paragraphe 2"));
  EXPECT_THAT(text, HasSubstr("Paragraphe 3"));
  EXPECT_THAT(text, Not(HasSubstr("Partager")));
  EXPECT_THAT(text, Not(HasSubstr("Lire aussi")));
  EXPECT_THAT(text, Not(HasSubstr("Très bon article")));
  std::string removed = Removed(page);
  EXPECT_THAT(removed, HasSubstr("Partager sur Facebook"));
  EXPECT_THAT(removed, HasSubstr("Lire aussi"));
  EXPECT_THAT(removed, HasSubstr("Très bon article"));
}

TEST(MainTextTest, BodySplitOverSeveralContainersIsKept) {
  std::string html = std::string("<html><body>") + kMenu + "<div id='page'><h1>Titre</h1>" +
                     "<div class='article-part'>" + Para(1) + Para(2) + "</div>" +
                     "<div class='pub'><a href='/ad'>Publicité</a></div>" +
                     "<div class='article-part'>" + Para(3) + Para(4) + "</div>" +
                     "<div class='article-part'>" + Para(5) + Para(6) + "</div></div>" +
                     kFooter + "</body></html>";
  std::string text = Text(Extract(html));
  for (int i = 1; i <= 6; ++i) EXPECT_THAT(text, HasSubstr("Paragraphe " + std::to_string(i)));
  EXPECT_THAT(text, Not(HasSubstr("Publicité")));
}

TEST(MainTextTest, ListsQuotesTablesAndInBodyHeadingsKept) {
  std::string html =
      "<html><body><article><h1>Titre</h1>" + Para(1) +
      "<h2>Les chiffres clés</h2>"
      "<ul><li>Trois cents manifestants selon la police</li><li>Mille selon les "
      "syndicats</li></ul>"
      "<blockquote><p>« Nous ne reculerons pas », a déclaré la porte-parole.</p></blockquote>"
      "<table><tr><th>Ville</th><th>Participants</th></tr><tr><td>Lyon</td><td>1 200</td></tr>"
      "</table>" +
      Para(2) + "<pre>ligne un\n  ligne deux</pre>" + Para(3) + "</article></body></html>";
  ingest::Page page = Extract(html);
  std::vector<ingest::BlockKind> kinds;
  std::string text = Text(page);
  for (const ingest::Block& b : page.blocks) kinds.push_back(b.kind);
  EXPECT_THAT(text, HasSubstr("Les chiffres clés"));
  EXPECT_THAT(text, HasSubstr("Mille selon les syndicats"));
  EXPECT_THAT(text, HasSubstr("« Nous ne reculerons pas »"));
  EXPECT_THAT(text, HasSubstr("Ville | Participants\nLyon | 1 200"));
  EXPECT_THAT(text, HasSubstr("ligne un\n  ligne deux"));
  EXPECT_THAT(kinds, Contains(ingest::BlockKind::kHeading));
  EXPECT_THAT(kinds, Contains(ingest::BlockKind::kListItem));
  EXPECT_THAT(kinds, Contains(ingest::BlockKind::kQuote));
  EXPECT_THAT(kinds, Contains(ingest::BlockKind::kTable));
  EXPECT_THAT(kinds, Contains(ingest::BlockKind::kPreformatted));
}

TEST(MainTextTest, InlineMarkupFlattenedAndBrHandled) {
  std::string html =
      "<html><body><div class='content'><p>Le <b>ministre</b> a <a href='/x'>annoncé</a>"
      "<br>hier soir, selon <i>l'AFP</i>, une   réforme&nbsp;majeure des retraites et des "
      "pensions, qui sera débattue.</p>"
      "<div>Premier paragraphe écrit à l'ancienne, séparé par des sauts de ligne, comme sur "
      "les vieux blogs.<br><br>Second paragraphe du même bloc, lui aussi assez long pour "
      "compter, avec des virgules.</div></div></body></html>";
  ingest::Page page = Extract(html);
  ASSERT_GE(page.blocks.size(), 3u);
  EXPECT_EQ(page.blocks[0].text,
            "Le ministre a annoncé hier soir, selon l'AFP, une réforme majeure des "
            "retraites et des pensions, qui sera débattue.");
  EXPECT_THAT(page.blocks[1].text, HasSubstr("vieux blogs."));
  EXPECT_THAT(page.blocks[2].text, HasSubstr("Second paragraphe"));
}

TEST(MainTextTest, ScriptsStylesAndHiddenTextNeverAppear) {
  std::string html = "<html><body><article>" + Para(1) +
                     "<script>document.write('code')</script><style>p{}</style>"
                     "<div hidden>texte caché</div><div style='display: none'>aussi caché</div>"
                     "<noscript>Activez JavaScript</noscript>" +
                     Para(2) + "</article></body></html>";
  std::string text = Text(Extract(html));
  EXPECT_THAT(text, Not(HasSubstr("code")));
  EXPECT_THAT(text, Not(HasSubstr("caché")));
  EXPECT_THAT(text, Not(HasSubstr("JavaScript")));
}

TEST(MainTextTest, EmptyAndTextlessPagesGiveNoBlocks) {
  for (const char* html : {"", "<html></html>", "<p></p>", "<script>x</script>"}) {
    ingest::Page page = Extract(html);
    EXPECT_TRUE(page.blocks.empty()) << html;
  }
}

}  // namespace
TEST(MainTextTest, TaxonomyAndPageBuilderClassesDoNotSinkTheArticle) {
  // WordPress names the post's tags and categories in its classes, and
  // Elementor wraps every paragraph in a "widget": neither is boilerplate.
  std::string html =
      "<html><body class='single-author has-sidebar'><main>"
      "<div class='post type-post tag-europe tag-ukraine category-politik'>"
      "<div class='elementor-widget elementor-widget-text-editor'>"
      "<div class='elementor-widget-container'>" + Para(1) + Para(2) + "</div></div>"
      "<div class='elementor-widget elementor-widget-text-editor'>"
      "<div class='elementor-widget-container'>" + Para(3) + "</div></div>"
      "<div class='elementor-widget-share-buttons'><p>Partager sur Facebook</p></div>"
      "</div></main></body></html>";
  ingest::Page page = Extract(html);
  std::string text = Text(page);
  EXPECT_THAT(text, HasSubstr("Paragraphe 1"));
  EXPECT_THAT(text, HasSubstr("Paragraphe 3"));
  EXPECT_THAT(text, Not(HasSubstr("Partager")));
}

TEST(MainTextTest, ResponsiveHiddenClassesKeepTheirText) {
  std::string html = "<html><body><article>" + Para(1) +
                     "<div class='l-hidden-xs'>" + Para(2) + "</div>"
                     "<div class='sr-only'>Aller au contenu principal</div>" + Para(3) +
                     "</article></body></html>";
  std::string text = Text(Extract(html));
  EXPECT_THAT(text, HasSubstr("Paragraphe 2"));
  EXPECT_THAT(text, Not(HasSubstr("Aller au contenu")));
}

TEST(MainTextTest, LeadBeforeTheBodyContainerJoinsIt) {
  std::string lead =
      "Le chapeau de l'article résume en deux phrases ce que le lecteur va lire, "
      "sans lien et sans image à côté.";
  std::string html =
      "<html><body><div class='page'><div class='article'>"
      "<h1>Le titre</h1><div class='lead'><p>" + lead + "</p></div>"
      "<div class='illustration'><img src='a.jpg'><p>Légende de la photo, assez longue "
      "pour compter comme un paragraphe de prose, avec des virgules.</p></div>"
      "<div class='body'>" + Para(1) + Para(2) + Para(3) + Para(4) + "</div>"
      "</div></div></body></html>";
  ingest::Page page = Extract(html);
  ASSERT_FALSE(page.blocks.empty());
  EXPECT_EQ(page.blocks[0].text, lead);
  EXPECT_THAT(Text(page), Not(HasSubstr("Légende")));
}

TEST(MainTextTest, LongNoscriptContentIsRead) {
  std::string html = "<html><body><div class='post-content'><noscript>" + Para(1) + Para(2) +
                     "</noscript></div></body></html>";
  EXPECT_THAT(Text(Extract(html)), HasSubstr("Paragraphe 2"));
}

TEST(MainTextTest, BodyCutIntoPartsOfOneClassIsJoined) {
  // Two parts of one class in different sections, a promotion between them:
  // neither siblings nor three close alternatives would join them.
  std::string html =
      "<html><body><main><section><div class='module'><div class='part'>" + Para(1) +
      Para(2) + Para(3) + Para(4) +
      "</div></div></section><div class='promo-box'><p>Abonnez-vous à notre lettre.</p></div>"
      "<section><div class='module'><div class='part'>" + Para(5) + Para(6) + Para(7) +
      "</div></div></section></main></body></html>";
  std::string text = Text(Extract(html));
  EXPECT_THAT(text, HasSubstr("Paragraphe 1"));
  EXPECT_THAT(text, HasSubstr("Paragraphe 7"));
  EXPECT_THAT(text, Not(HasSubstr("Abonnez-vous")));
}

}  // namespace vigie::clean
