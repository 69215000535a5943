#include "clean/html_metadata.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest/html_parser.h"

namespace vigie::clean {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

ingest::PageMetadata Meta(const std::string& html, std::string_view url = "") {
  Result<ingest::HtmlDocument> doc = ingest::HtmlDocument::Parse(html);
  EXPECT_TRUE(doc.ok());
  return ExtractHtmlMetadata(doc->root(), url);
}

struct TitleCase {
  const char* html;
  const char* want;
};

TEST(HtmlMetadataTest, TitleSourcesInOrder) {
  const TitleCase cases[] = {
      {"<meta property='og:title' content='Titre OG'><title>Autre | Le Site</title>", "Titre OG"},
      {"<meta name='twitter:title' content='Titre Twitter'><title>T</title>", "Titre Twitter"},
      {"<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Titre LD\"}"
       "</script><title>T</title>",
       "Titre LD"},
      {"<meta property='og:site_name' content='Le Courrier du Soir'>"
       "<title>La réforme des retraites adoptée | Le Courrier du Soir</title>",
       "La réforme des retraites adoptée"},
      {"<meta property='og:site_name' content='Le Courrier du Soir'>"
       "<title>La réforme - votée - Le Courrier du Soir</title>",
       "La réforme - votée"},
      // The suffix is kept when it does not name the site.
      {"<meta property='og:site_name' content='Le Courrier'>"
       "<title>Retraites : le débat | Analyse</title>",
       "Retraites : le débat | Analyse"},
      {"<title>Un titre</title><h1>Autre</h1>", "Un titre"},
      {"<body><h1>Seulement le h1</h1><p>x</p>", "Seulement le h1"},
  };
  for (const TitleCase& c : cases) {
    ingest::PageMetadata m = Meta(c.html);
    ASSERT_TRUE(m.title.has_value()) << c.html;
    EXPECT_EQ(*m.title, c.want) << c.html;
  }
}

TEST(HtmlMetadataTest, TitleSuffixMatchingTheDomain) {
  ingest::PageMetadata m =
      Meta("<title>Inondations dans le Gard - LeJournalDuSud.fr</title>",
           "https://www.lejournaldusud.fr/a/1");
  EXPECT_EQ(m.title.value_or(""), "Inondations dans le Gard");
}

TEST(HtmlMetadataTest, JsonLdGraphWithAuthorReference) {
  ingest::PageMetadata m = Meta(R"(<script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","@id":"https://ex.fr/#site","name":"Le Veilleur"},
      {"@type":"Person","@id":"https://ex.fr/#p1","name":"Claire Dumont"},
      {"@type":["NewsArticle"],"headline":"Grève à la SNCF",
       "author":[{"@id":"https://ex.fr/#p1"},{"@type":"Person","name":"Marc Lefèvre"}],
       "publisher":{"@type":"Organization","name":"Le Veilleur"},
       "datePublished":"2023-03-07T08:15:00+01:00","dateModified":"2023-03-08T10:00:00+01:00",
       "keywords":"grève, SNCF"}]}
    </script>)");
  EXPECT_EQ(m.title.value_or(""), "Grève à la SNCF");
  EXPECT_THAT(m.authors, ElementsAre("Claire Dumont", "Marc Lefèvre"));
  EXPECT_EQ(m.outlet.value_or(""), "Le Veilleur");
  EXPECT_EQ(m.published.value_or(""), "2023-03-07T08:15:00+01:00");
  EXPECT_EQ(m.modified.value_or(""), "2023-03-08T10:00:00+01:00");
  EXPECT_THAT(m.tags, ElementsAre("grève", "SNCF"));
}

TEST(HtmlMetadataTest, ModifiedNeverBecomesPublished) {
  ingest::PageMetadata m = Meta(
      "<meta property='article:modified_time' content='2022-05-02T09:00:00Z'>"
      "<meta property='og:updated_time' content='2022-05-03'>");
  EXPECT_FALSE(m.published.has_value());
  EXPECT_EQ(m.modified.value_or(""), "2022-05-02T09:00:00Z");
  m = Meta(
      "<meta property='article:published_time' content='2022-05-01'>"
      "<meta property='article:modified_time' content='2022-05-02'>");
  EXPECT_EQ(m.published.value_or(""), "2022-05-01");
  EXPECT_EQ(m.modified.value_or(""), "2022-05-02");
}

TEST(HtmlMetadataTest, PublishedSources) {
  const TitleCase cases[] = {
      {"<meta name='dc.date.issued' content='2021-02-03'>", "2021-02-03"},
      {"<meta name='pubdate' content='2021-02-04'>", "2021-02-04"},
      {"<body><span itemprop='datePublished' content='2021-02-05'>5 février</span>",
       "2021-02-05"},
      {"<body><article><header><h1>T</h1><time datetime='2021-02-06'>6 février</time>"
       "</header><p>x</p></article>",
       "2021-02-06"},
      // A bad first source does not hide a good second one.
      {"<meta property='article:published_time' content='bientôt'>"
       "<meta name='date' content='2021-02-07'>",
       "2021-02-07"},
  };
  for (const TitleCase& c : cases) {
    ingest::PageMetadata m = Meta(c.html);
    EXPECT_EQ(m.published.value_or("(none)"), c.want) << c.html;
  }
}

TEST(HtmlMetadataTest, DatesInScriptsCommentsAndCommentSectionsAreIgnored) {
  ingest::PageMetadata m = Meta(
      "<body><script>var published = '2020-01-01';</script>"
      "<!-- <meta name='date' content='2020-01-02'> -->"
      "<p>Cookies : en poursuivant votre navigation le 3 janvier 2020...</p>"
      "<section class='comments'><article><time datetime='2020-01-04'>4 janvier</time>"
      "</article></section>");
  EXPECT_FALSE(m.published.has_value()) << *m.published;
}

TEST(HtmlMetadataTest, AuthorsMustBePeople) {
  struct Case {
    const char* html;
    std::vector<std::string> want;
  } cases[] = {
      {"<meta property='og:site_name' content='Le Veilleur'>"
       "<meta name='author' content='Le Veilleur'>",
       {}},
      {"<meta name='author' content='La rédaction'>", {}},
      {"<meta property='article:author' content='https://www.facebook.com/leveilleur'>", {}},
      {"<meta name='author' content='Par Jeanne Martin et Paul Durand'>",
       {"Jeanne Martin", "Paul Durand"}},
      {"<script type='application/ld+json'>{\"@type\":\"Article\",\"author\":"
       "{\"@type\":\"Organization\",\"name\":\"Agence Machin\"}}</script>"
       "<meta name='dc.creator' content='Sophie Bernard'>",
       {"Sophie Bernard"}},
      {"<body><div class='byline'>Par <a rel='author' href='/auteurs/lucas'>Lucas Petit</a>"
       "</div>",
       {"Lucas Petit"}},
      {"<meta name='author' content='AFP'>", {}},
  };
  for (const Case& c : cases) {
    ingest::PageMetadata m = Meta(c.html, "https://www.leveilleur.fr/x");
    EXPECT_EQ(m.authors, c.want) << c.html;
  }
}

TEST(HtmlMetadataTest, CanonicalUrlResolved) {
  ingest::PageMetadata m = Meta("<link rel='canonical' href='/politique/article-42.html'>",
                                "https://www.exemple.fr/amp/article-42.html?utm=x");
  EXPECT_EQ(m.url.value_or(""), "https://www.exemple.fr/politique/article-42.html");
  m = Meta("<meta property='og:url' content='https://exemple.fr/a'>");
  EXPECT_EQ(m.url.value_or(""), "https://exemple.fr/a");
  m = Meta("<link rel='canonical' href='relative.html'>");  // nothing to resolve against
  EXPECT_FALSE(m.url.has_value());
}

TEST(HtmlMetadataTest, LanguageOutletDescriptionTags) {
  ingest::PageMetadata m = Meta(
      "<html lang='fr-FR'><meta name='application-name' content='Blog Libre'>"
      "<meta name='description' content='Un résumé.'>"
      "<meta property='article:tag' content='Politique'>"
      "<meta property='article:tag' content='Europe'>"
      "<meta name='keywords' content='Europe, élections'>");
  EXPECT_EQ(m.language.value_or(""), "fr");
  EXPECT_EQ(m.outlet.value_or(""), "Blog Libre");
  EXPECT_EQ(m.description.value_or(""), "Un résumé.");
  EXPECT_THAT(m.tags, ElementsAre("Politique", "Europe", "élections"));
}

TEST(HtmlMetadataTest, InvalidJsonLdIsSkipped) {
  ingest::PageMetadata m = Meta(
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\", \"headline\": </script>"
      "<script type='application/ld+json'>" + std::string(100000, '[') + "</script>"
      "<title>Titre de secours</title>");
  EXPECT_EQ(m.title.value_or(""), "Titre de secours");
  EXPECT_THAT(m.authors, IsEmpty());
}

struct UrlCase {
  const char* base;
  const char* ref;
  const char* want;
};

TEST(ResolveUrlTest, Rfc3986Examples) {
  const UrlCase cases[] = {
      {"http://a/b/c/d;p?q", "g", "http://a/b/c/g"},
      {"http://a/b/c/d;p?q", "./g", "http://a/b/c/g"},
      {"http://a/b/c/d;p?q", "g/", "http://a/b/c/g/"},
      {"http://a/b/c/d;p?q", "/g", "http://a/g"},
      {"http://a/b/c/d;p?q", "//g", "http://g"},
      {"http://a/b/c/d;p?q", "?y", "http://a/b/c/d;p?y"},
      {"http://a/b/c/d;p?q", "#s", "http://a/b/c/d;p?q#s"},
      {"http://a/b/c/d;p?q", "../g", "http://a/b/g"},
      {"http://a/b/c/d;p?q", "../../g", "http://a/g"},
      {"http://a/b/c/d;p?q", "https://x.fr/y", "https://x.fr/y"},
      {"", "/g", ""},
  };
  for (const UrlCase& c : cases) EXPECT_EQ(ResolveUrl(c.base, c.ref), c.want) << c.ref;
}

}  // namespace
}  // namespace vigie::clean
