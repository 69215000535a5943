#include "ingest/markdown_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/markdown_inline.h"

namespace vigie::ingest {
namespace {

struct InlineCase {
  const char* input;
  const char* expected;
};

const InlineCase kInlineCases[] = {
    // Links, images, autolinks.
    {"Par [Jean Dupont](#)", "Par Jean Dupont"},
    {"voir [le rapport](https://ex.fr/r.pdf \"Rapport 2016\") publié",
     "voir le rapport publié"},
    {"[lien](https://fr.wikipedia.org/wiki/Paris_(ville)) suite", "lien suite"},
    {"un [texte [entre] crochets](/a) ici", "un texte [entre] crochets ici"},
    {"![logo du site](/img/logo.png)Texte", "Texte"},
    {"[![photo](a.jpg)](/article) Légende", "Légende"},
    {"avant ![alt][img] après", "avant après"},
    {"[texte][ref] et [autre][]", "texte et autre"},
    {"source : <https://www.exemple.fr/page>", "source : https://www.exemple.fr/page"},
    {"écrire à <redaction@exemple.fr>", "écrire à redaction@exemple.fr"},
    {"https://www.exemple.fr/a_b_c reste", "https://www.exemple.fr/a_b_c reste"},
    {"[vide]() fin", "vide fin"},
    {"[non fermé (voir plus bas", "[non fermé (voir plus bas"},
    {"[sic] et [...] restent", "[sic] et [...] restent"},
    // Emphasis.
    {"*italique* et **gras** et ***les deux***", "italique et gras et les deux"},
    {"_italique_ et __gras__", "italique et gras"},
    {"~~barré~~ mais ~10 km", "barré mais ~10 km"},
    {"snake_case_word et __init__", "snake_case_word et init"},
    {"2*3 = 6 et a * b", "2*3 = 6 et a * b"},
    {"5 * 3 * 2", "5 * 3 * 2"},
    {"**Note :** le texte", "Note : le texte"},
    {"«*Non*», dit-il", "«Non», dit-il"},
    {"un_mot_ et _un", "un_mot_ et _un"},
    {"**gras *imbriqué* ici**", "gras imbriqué ici"},
    // Code, escapes.
    {"la commande `ls -l` ici", "la commande ls -l ici"},
    {"``code avec ` dedans``", "code avec ` dedans"},
    {"`*pas d'emphase*`", "*pas d'emphase*"},
    {"\\[crochets\\] \\*étoiles\\* \\_x\\_ \\# \\. \\-", "[crochets] *étoiles* _x_ # . -"},
    {"1\\. pas une liste", "1. pas une liste"},
    {"C:\\dossier", "C:\\dossier"},
    // Footnote markers.
    {"un fait[^1] établi", "un fait établi"},
    {"un fait [^note]. Suite", "un fait. Suite"},
    {"selon l'ONU[1], puis[12]", "selon l'ONU, puis"},
    {"un fait[1](#note1) établi", "un fait établi"},
    {"un fait[[2]](#fn2).", "un fait."},
    {"[1234] reste", "[1234] reste"},
    // HTML.
    {"ligne<br>suivante<br/>fin", "ligne suivante fin"},
    {"<span class=\"x\">texte</span> <b>gras</b>", "texte gras"},
    {"a <!-- commentaire --> b", "a b"},
    {"3 < 4 et 5 > 2", "3 < 4 et 5 > 2"},
    {"<p>para</p><p>suivant</p>", "para suivant"},
    // Entities.
    {"l&rsquo;&eacute;t&eacute; &amp; l&#8217;hiver", "l’été & l’hiver"},
    {"a&nbsp;b &#x2014; c &laquo;d&raquo;", "a b — c «d»"},
    {"&#146; &#0; &bogus; & &", "’ \xEF\xBF\xBD &bogus; & &"},
    {"co&shy;op", "coop"},
    // White space.
    {"  plusieurs   espaces\n\tet lignes  ", "plusieurs espaces et lignes"},
    {"", ""},
};

TEST(StripInlineMarkdownTest, Table) {
  for (const InlineCase& c : kInlineCases) {
    EXPECT_EQ(StripInlineMarkdown(c.input), c.expected) << "input: " << c.input;
  }
}

TEST(StripInlineMarkdownTest, CountsLinkText) {
  internal::InlineText nav = internal::StripInline("[Accueil](/) > [Monde](/monde)");
  EXPECT_TRUE(nav.MostlyLinks());
  internal::InlineText prose =
      internal::StripInline("Le texte de l'article cite [un rapport](/r) en passant.");
  EXPECT_FALSE(prose.MostlyLinks());
}

// A compact rendering of a page: one line per block.
std::string Render(const Page& page) {
  std::string out = "title: " + page.meta.title.value_or("<none>") + "\n";
  for (const Block& b : page.blocks) {
    switch (b.kind) {
      case BlockKind::kParagraph: out += "P: "; break;
      case BlockKind::kHeading: out.append(1, 'H').append(std::to_string(b.level)).append(": "); break;
      case BlockKind::kListItem: out.append(1, 'L').append(std::to_string(b.level)).append(": "); break;
      case BlockKind::kQuote: out.append(1, 'Q').append(std::to_string(b.level)).append(": "); break;
      case BlockKind::kPreformatted: out += "C: "; break;
      case BlockKind::kTable: out += "T: "; break;
      case BlockKind::kRule: out += "R"; break;
    }
    out += b.text + "\n";
  }
  return out;
}

struct PageCase {
  const char* name;
  const char* markdown;
  const char* expected;
};

const PageCase kPageCases[] = {
    {"atx title and heading",
     "# Le titre de l'article #\n\nPar [Jean Dupont](#)\n\n## Intertitre\n\nTexte.\n",
     "title: Le titre de l'article\nP: Par Jean Dupont\nH2: Intertitre\nP: Texte.\n"},
    {"setext title",
     "Le titre\n========\n\nPremier paragraphe\nsur deux lignes.\n\nSous-titre\n---\n\nFin.",
     "title: Le titre\nP: Premier paragraphe sur deux lignes.\nH2: Sous-titre\nP: Fin.\n"},
    {"rule after blank line",
     "# T\n\nUn paragraphe.\n\n---\n\nSuite.",
     "title: T\nP: Un paragraphe.\nR\nP: Suite.\n"},
    {"rule under a long paragraph",
     "# T\n\nligne un\nligne deux\nligne trois\n---\n===\nSuite.",
     "title: T\nP: ligne un ligne deux ligne trois\nR\nR\nP: Suite.\n"},
    {"star and underscore rules", "# T\n\n* * *\n\n___\n\nx",
     "title: T\nR\nR\nP: x\n"},
    {"plain-text title rule",
     "Le titre en première ligne\n\nLe texte de l'article.\n",
     "title: Le titre en première ligne\nP: Le texte de l'article.\n"},
    {"no title when the first paragraph has two lines",
     "Première ligne\ndeuxième ligne\n\nSuite.",
     "title: <none>\nP: Première ligne deuxième ligne\nP: Suite.\n"},
    {"navigation before the heading",
     "[Accueil](/) > [Monde](/monde)\n\n## Monde\n\n# Le vrai titre\n\nTexte de l'article.",
     "title: Le vrai titre\nP: Accueil > Monde\nH2: Monde\nP: Texte de l'article.\n"},
    {"heading after prose is not the title",
     "Un long premier paragraphe\nsur deux lignes.\n\n# Titre tardif\n\nFin.",
     "title: <none>\nP: Un long premier paragraphe sur deux lignes.\nH1: Titre tardif\nP: Fin.\n"},
    {"lists with nesting",
     "# T\n\n- un\n- deux\n  - deux.a\n    - deux.a.i\n  - deux.b\n- trois\n\n1. premier\n2) second\n",
     "title: T\nL1: un\nL1: deux\nL2: deux.a\nL3: deux.a.i\nL2: deux.b\nL1: trois\n"
     "L1: premier\nL1: second\n"},
    {"list item continuation and end",
     "# T\n\n* item sur\n  deux lignes\n+ autre\n\n  suite de l'item\n\nParagraphe.",
     "title: T\nL1: item sur deux lignes\nL1: autre\nL1: suite de l'item\nP: Paragraphe.\n"},
    {"not list markers",
     "# T\n\n2016. Une année\n-5 degrés\n*gras* au début\n\n• puce",
     "title: T\nP: 2016. Une année -5 degrés gras au début\nL1: puce\n"},
    {"block quotes",
     "# T\n\n> Une citation\n> sur deux lignes\n>\n> > imbriquée\n\nTexte.",
     "title: T\nQ1: Une citation sur deux lignes\nQ2: imbriquée\nP: Texte.\n"},
    {"lazy quote continuation", "# T\n\n> début\nsuite\n\nfin",
     "title: T\nQ1: début suite\nP: fin\n"},
    {"fenced and indented code",
     "# T\n\n```python\nx = *a*\n\n  y = 2\n```\n\nTexte.\n\n    code indenté\n    ligne 2\n\nFin.",
     "title: T\nC: x = *a*\ny = 2\nP: Texte.\nC: code indenté\nligne 2\nP: Fin.\n"},
    {"unclosed fence", "# T\n\n~~~\ncode", "title: T\nC: code\n"},
    {"pipe table",
     "# T\n\n| Ville | Morts |\n|:------|------:|\n| **Alep** | 12 |\n| Homs | [3](/x) |\n\nFin.",
     "title: T\nT: Ville | Morts\nAlep | 12\nHoms | 3\nP: Fin.\n"},
    {"table without outer pipes",
     "# T\n\nA | B\n--- | ---\n1 | 2\nfin du tableau",
     "title: T\nT: A | B\n1 | 2\nP: fin du tableau\n"},
    {"a pipe in prose is not a table",
     "# T\n\nJean Dupont | 1 novembre 2016\n\nTexte.",
     "title: T\nP: Jean Dupont | 1 novembre 2016\nP: Texte.\n"},
    {"footnotes at the end",
     "# T\n\nUn fait[^1] et un autre[^2].\n\n[^1]: Première note.\n[^2]: Seconde note\n    sur deux lignes.\n\nFin.",
     "title: T\nP: Un fait et un autre.\nP: Fin.\nP: Première note.\n"
     "P: Seconde note sur deux lignes.\n"},
    {"reference definitions removed",
     "# T\n\nVoir [le site][1] et [ici][ref].\n\n[1]: https://exemple.fr\n[ref]: /page \"Titre\"\n"
     "  [2]: <https://x.fr/y>\n[3]: Une note en texte.",
     "title: T\nP: Voir le site et ici.\nP: Une note en texte.\n"},
    {"html in markdown",
     "# T\n\n<div class=\"article\">\n\nTexte<br>coupé &amp; fini.\n\n</div>\n<!-- pub -->",
     "title: T\nP: Texte coupé & fini.\n"},
    {"escaped block markers",
     "# T\n\n\\# pas un titre\n\n\\- pas une liste\n\n1\\. pas une liste",
     "title: T\nP: # pas un titre\nP: - pas une liste\nP: 1. pas une liste\n"},
    {"hashtag is not a heading", "#hashtag en tête\n\nTexte.",
     "title: #hashtag en tête\nP: Texte.\n"},
    {"closing hashes and empty heading", "# Titre ##\n\n##\n\n### Sous # titre ###\n\nx",
     "title: Titre\nH3: Sous # titre\nP: x\n"},
    {"image-only paragraph dropped",
     "# T\n\n![une photo](https://ex.fr/p.jpg)\n\n*Légende de la photo*\n\nTexte.",
     "title: T\nP: Légende de la photo\nP: Texte.\n"},
    {"front matter",
     "---\ntitle: \"Le titre du clip\"\nsource: https://www.exemple.fr/a\nauthor:\n  - Jean Dupont\n"
     "  - Marie Curie\npublished: 2016-11-01T08:30:00.000+01:00\ntags: [Syrie, Alep]\n---\n\n"
     "# Le titre du clip\n\nTexte.",
     "title: Le titre du clip\nP: Texte.\n"},
    {"jina header",
     "Title: Titre jina\n\nURL Source: https://www.exemple.fr/b\n\nPublished Time: 2016-11-01\n\n"
     "Markdown Content:\n# Autre titre\n\nTexte.",
     "title: Titre jina\nH1: Autre titre\nP: Texte.\n"},
    {"windows newlines and bom",
     "\xEF\xBB\xBF# Titre\r\n\r\nLigne un\r\nligne deux\r\n\r\n- item\r\n",
     "title: Titre\nP: Ligne un ligne deux\nL1: item\n"},
    {"no-break space lines are blank", "Titre\n\xC2\xA0 \n Texte.\n\xE2\x80\xAF\nFin.",
     "title: Titre\nP: Texte.\nP: Fin.\n"},
    {"empty", "", "title: <none>\n"},
    {"only blank lines", "\n\n \n\t\n", "title: <none>\n"},
};

TEST(ReadMarkdownPageTest, Table) {
  for (const PageCase& c : kPageCases) {
    EXPECT_EQ(Render(ReadMarkdownPage(c.markdown)), c.expected) << "case: " << c.name;
  }
}

TEST(ReadMarkdownPageTest, FrontMatterFields) {
  Page page = ReadMarkdownPage(
      "---\ntitle: 'Le titre'\nurl: https://www.exemple.fr/a\nauthor:\n  - Jean Dupont\n"
      "  - Marie Curie\ndate: 2016-11-01T08:30:00.123+01:00\nupdated: 2 novembre 2016\n"
      "tags: [Syrie, \"Alep\"]\nlang: fr\nsite_name: Le Journal\n---\nTexte.");
  EXPECT_EQ(page.meta.title.value_or(""), "Le titre");
  EXPECT_EQ(page.meta.url.value_or(""), "https://www.exemple.fr/a");
  EXPECT_EQ(page.meta.authors, (std::vector<std::string>{"Jean Dupont", "Marie Curie"}));
  EXPECT_EQ(page.meta.published.value_or(""), "2016-11-01T08:30:00+01:00");
  EXPECT_FALSE(page.meta.modified.has_value());  // not ISO: left to the text rules
  EXPECT_EQ(page.meta.tags, (std::vector<std::string>{"Syrie", "Alep"}));
  EXPECT_EQ(page.meta.language.value_or(""), "fr");
  EXPECT_EQ(page.meta.outlet.value_or(""), "Le Journal");
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text, "Texte.");
}

TEST(ReadMarkdownPageTest, DashPairIsNotFrontMatterWhenItHoldsProse) {
  Page page = ReadMarkdownPage("---\nUn paragraphe de texte, pas une clé.\n\n---\nSuite.");
  EXPECT_FALSE(page.meta.title.has_value());
  ASSERT_GE(page.blocks.size(), 2u);
  EXPECT_EQ(page.blocks[0].kind, BlockKind::kRule);
}

TEST(ReadMarkdownPageTest, JinaHeaderFields) {
  Page page = ReadMarkdownPage(
      "Title: Titre\nURL Source: https://ex.fr/c\nPublished Time: 2016-11-01T08:30:00Z\n"
      "Markdown Content:\nTexte.");
  EXPECT_EQ(page.meta.title.value_or(""), "Titre");
  EXPECT_EQ(page.meta.url.value_or(""), "https://ex.fr/c");
  EXPECT_EQ(page.meta.published.value_or(""), "2016-11-01T08:30:00Z");
}

// Hostile inputs: each must finish quickly (linear time) without crashing.
TEST(ReadMarkdownPageTest, HostileInputsAreLinear) {
  const size_t n = 2'000'000;
  const std::string inputs[] = {
      std::string(n, '['),
      std::string(n, '('),
      std::string(n, '*'),
      std::string(n, '`'),
      std::string(n, '<'),
      std::string(n, '>'),
      std::string(n, '#'),
      std::string(n, '\\'),
      [&] { std::string s; while (s.size() < n) s += "[a]("; return s; }(),
      [&] { std::string s; while (s.size() < n) s += "<!--<a "; return s; }(),
      [&] { std::string s; while (s.size() < n) s += "`` ` "; return s; }(),
      [&] { std::string s; while (s.size() < n) s += "*a _b "; return s; }(),
      [&] { std::string s; while (s.size() < n) s += "![x]["; return s; }(),
      [&] { std::string s; while (s.size() < n) s += "  - a\n"; return s; }(),
      [&] { std::string s; while (s.size() < n) s += "> > > x\n"; return s; }(),
      [&] { std::string s; for (size_t i = 0; s.size() < n; ++i) s += std::string(i % 40, ' ') + "- x\n"; return s; }(),
      [&] { std::string s; while (s.size() < n) s += "| a | b |\n"; return s; }(),
      [&] { std::string s; while (s.size() < n) s += "&#x1F600;&bogus"; return s; }(),
  };
  for (const std::string& s : inputs) {
    Page page = ReadMarkdownPage(s);
  }
}

TEST(ReadMarkdownPageTest, LongSingleLine) {
  std::string s(50'000'000, 'a');
  s[1000] = ' ';
  Page page = ReadMarkdownPage(s);
  ASSERT_EQ(page.blocks.size(), 1u);
  EXPECT_EQ(page.blocks[0].text.size(), s.size());
}

}  // namespace
}  // namespace vigie::ingest
