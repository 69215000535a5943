#include "ingest/html_guard.h"

#include <gumbo.h>

#include <cctype>
#include <initializer_list>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "ingest/html_guard_testing.h"

namespace vigie::ingest {
namespace {

using guard_testing::TreeWithoutUnreadText;

// Depth of gumbo's tree for `html`, measured iteratively.
int GumboDepth(const std::string& html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  int max_depth = 0;
  std::vector<std::pair<const GumboNode*, int>> stack = {{out->root, 1}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    max_depth = std::max(max_depth, depth);
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      stack.emplace_back(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }
  // Small trees only: gumbo's recursive free is fine at these depths.
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return max_depth;
}

std::string Repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out.append(s);
  return out;
}

TEST(HtmlGuardTest, OrdinaryPagesAreUntouched) {
  const char* pages[] = {
      "<html><body><p>Un<p>Deux<ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table>"
      "<dl><dt>x<dd>y</dl><select><option>o<option>p</select></body></html>",
      "<script>if (a < b) { document.write('<div><div><div>'); }</script><p>x</p>",
      "<!-- <div><div> --><div title='>'><b>gras<i>it</b></i></div>",
      "<textarea><div><div></textarea><title><p></title>",
  };
  for (const char* page : pages) {
    std::string rewritten;
    GuardReport r = GuardHtml(
        page,
        HtmlLimits{.max_depth = 4, .max_open_formatting = 3, .empty_unread_raw_text = false},
        &rewritten);
    EXPECT_EQ(r.dropped_tags, 0) << page;
    EXPECT_FALSE(r.rewritten()) << page;
    EXPECT_TRUE(rewritten.empty());
  }
}

TEST(HtmlGuardTest, UnclosedParagraphsAndItemsDoNotCountAsDepth) {
  std::string page = "<body>" + Repeat("<p>texte", 2000) + Repeat("<ul><li>a<li>b</ul>", 500) +
                     Repeat("<table><tr><td>a<td>b<tr><td>c</table>", 300);
  std::string rewritten;
  GuardReport r = GuardHtml(page, HtmlLimits(), &rewritten);
  EXPECT_EQ(r.dropped_tags, 0);
  EXPECT_LE(r.max_depth, 6);
}

TEST(HtmlGuardTest, DeepNestingIsFlattenedAndTextKept) {
  std::string page = Repeat("<div>", 2000) + "le texte" + Repeat("</div>", 2000);
  std::string rewritten;
  GuardReport r = GuardHtml(page, HtmlLimits{.max_depth = 100}, &rewritten);
  EXPECT_EQ(r.max_depth, 2000);
  EXPECT_EQ(r.dropped_tags, 2 * (2000 - 100));
  EXPECT_NE(rewritten.find("le texte"), std::string::npos);
  EXPECT_LE(GumboDepth(rewritten), 100 + 3);
}

TEST(HtmlGuardTest, UnclosedFormattingIsCapped) {
  std::string page;
  for (int i = 0; i < 100; ++i) page += "<b id=" + std::to_string(i) + ">";
  page += Repeat("<div>x</div>", 10);
  std::string rewritten;
  GuardReport r = GuardHtml(page, HtmlLimits{.max_depth = 512, .max_open_formatting = 12},
                            &rewritten);
  EXPECT_EQ(r.dropped_tags, 100 - 12);
}

TEST(HtmlGuardTest, AdoptionAgencyCasesStayBounded) {
  // Constructs where gumbo closes an element but keeps what is above it.
  const char* units[] = {"<a><div>", "<b><div></b>x", "<nobr><div>x", "<div><table><td></div>",
                         "<table><caption><div>", "<li><ul>", "<p><b id=1>x</p>",
                         "<li><dd>", "<dt><li>", "<p><li><dd><option><tr>", "<option><span>",
                         "<h1><span><h2>", "<table><tr><td><span><td>", "<li><span><li>"};
  for (const char* unit : units) {
    std::string rewritten;
    std::string page = Repeat(unit, 3000);
    GuardReport r = GuardHtml(page, HtmlLimits{.max_depth = 50}, &rewritten);
    const std::string& parsed = r.dropped_tags > 0 ? rewritten : page;
    EXPECT_LE(GumboDepth(parsed), 2 * 50 + 10) << unit;
  }
}

// Differential: on random tag soup, gumbo's tree after the guard never goes
// far beyond the limit, whatever the model gets wrong.
TEST(HtmlGuardTest, RandomTagSoupStaysWithinLimit) {
  const char* pieces[] = {"<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<i class=x>", "</i>",
                          "<a href=#>", "</a>", "<table>", "</table>", "<tr>", "<td>", "</td>",
                          "<li>", "<ul>", "</ul>", "<span>", "</span>", "<svg>", "</svg>",
                          "<font size=", "\">", "<!--", "-->", "<select>", "<option>", "x",
                          "<h2>", "</h2>", "<section>", "<dl><dt>", "<dd>", "<nobr>", "<em id=",
                          "<form>", "</form>", "<button>", "<caption>", "<math>", "<foo-bar>",
                          "</foo-bar>", "<script>", "</script>", "<template>", "</template>",
                          "<li>", "<dd>", "<dt>", "<option>", "<optgroup>", "<h3>", "<tr>",
                          "<td>", "<th>", "<tbody>", "<address>"};
  std::mt19937 rng(42);
  std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
  for (int round = 0; round < 200; ++round) {
    std::string page;
    for (int i = 0; i < 1500; ++i) page += pieces[pick(rng)];
    std::string rewritten;
    GuardReport r = GuardHtml(page, HtmlLimits{.max_depth = 40, .max_open_formatting = 6},
                              &rewritten);
    const std::string& parsed = r.dropped_tags > 0 ? rewritten : page;
    ASSERT_LE(GumboDepth(parsed), 2 * 40 + 10) << "round " << round;
  }
}

// --- Emptying the bodies of <script> and <style> -------------------------

// The page gumbo will parse: the rewritten one, or the input itself.
std::string Guarded(std::string_view page, GuardReport* report = nullptr,
                    HtmlLimits limits = HtmlLimits()) {
  std::string rewritten;
  GuardReport r = GuardHtml(page, limits, &rewritten);
  if (report != nullptr) *report = r;
  return r.rewritten() ? rewritten : std::string(page);
}

struct RewriteCase {
  std::string_view page;
  std::string_view expected;
};

TEST(HtmlGuardEmptyTest, ScriptAndStyleBodiesAreEmptiedTagsKept) {
  GuardReport r;
  std::string page =
      "<html><head><style>p { color: red }</style><script>var a = '<p>';</script></head>"
      "<body><p>Le texte</p><script src=\"x.js\"></script></body></html>";
  EXPECT_EQ(Guarded(page, &r),
            "<html><head><style></style><script></script></head>"
            "<body><p>Le texte</p><script src=\"x.js\"></script></body></html>");
  EXPECT_EQ(r.emptied_elements, 2);
  EXPECT_EQ(r.emptied_bytes, 17 + 13);
  EXPECT_EQ(r.dropped_tags, 0);
  EXPECT_FALSE(r.emptying_stopped);
  EXPECT_TRUE(r.rewritten());
}

TEST(HtmlGuardEmptyTest, JsonLdIsKept) {
  const RewriteCase cases[] = {
      {"<script type=\"application/ld+json\">{\"headline\": \"<b>Titre</b>\"}</script>",
       "<script type=\"application/ld+json\">{\"headline\": \"<b>Titre</b>\"}</script>"},
      {"<script type=APPLICATION/LD+JSON>{}</script><script type='text/javascript'>f()</script>",
       "<script type=APPLICATION/LD+JSON>{}</script><script type='text/javascript'></script>"},
      {"<script\ttype = ' application/ld+json '>{}</script>",
       "<script\ttype = ' application/ld+json '>{}</script>"},
      {"<script TYPE=\"application/ld&#43;json\">{}</script>",  // a reference: kept
       "<script TYPE=\"application/ld&#43;json\">{}</script>"},
      // The first type attribute counts, as in gumbo.
      {"<script type=module type=application/ld+json>{}</script>",
       "<script type=module type=application/ld+json></script>"},
      {"<script data-type=application/ld+json>{}</script>",
       "<script data-type=application/ld+json></script>"},
      // Nothing reads other JSON.
      {"<script type=\"application/json\">{\"a\": 1}</script>",
       "<script type=\"application/json\"></script>"},
  };
  for (const RewriteCase& c : cases) EXPECT_EQ(Guarded(c.page), c.expected) << c.page;
}

TEST(HtmlGuardEmptyTest, BodiesEndWhereTheTokenizerEndsThem) {
  const RewriteCase cases[] = {
      // "</script" in a string ends the element all the same.
      {"<script>s = \"</script>\"; t()</script><p>x</p>",
       "<script></script>\"; t()</script><p>x</p>"},
      {"<SCRIPT TYPE=\"text/javascript\">x()</SCRIPT ><STYLE>a{}</Style>",
       "<SCRIPT TYPE=\"text/javascript\"></SCRIPT ><STYLE></Style>"},
      {"<script>a</scripts>b</script/>c", "<script></script/>c"},
      {"<style>a</styled>b</style\n>c", "<style></style\n>c"},
      {"<script><!--<script>document.write(1)</script>--></script><p>x</p>",
       "<script></script><p>x</p>"},
      {"<script/><p>x</p></script>y", "<script/></script>y"},  // "/>" does not close it
      {"<script>if (a<b) f();</script>", "<script></script>"},
  };
  for (const RewriteCase& c : cases) EXPECT_EQ(Guarded(c.page), c.expected) << c.page;
}

TEST(HtmlGuardEmptyTest, UnterminatedBodyRunsToTheEnd) {
  EXPECT_EQ(Guarded("<p>a</p><script>var s = '<p>b</p>';"), "<p>a</p><script>");
  EXPECT_EQ(Guarded("<p>a</p><style>p{}</sty"), "<p>a</p><style>");
  EXPECT_EQ(Guarded("<p>a</p><script>x</script"), "<p>a</p><script>");
  EXPECT_EQ(Guarded("<p>a</p><script"), "<p>a</p><script");  // a cut tag: left alone
  EXPECT_EQ(Guarded("<script>"), "<script>");
}

TEST(HtmlGuardEmptyTest, NoStartInCommentsOrAttributes) {
  const RewriteCase cases[] = {
      {"<!-- <script> --><p>a</p><script>x</script>", "<!-- <script> --><p>a</p><script></script>"},
      {"<!-- -- <script> --!><script>x</script>", "<!-- -- <script> --!><script></script>"},
      {"<!--><script>x</script>", "<!--><script></script>"},
      {"<!---><style>x</style>", "<!---><style></style>"},
      {"<p title=\"<script>\">a</p><p title='<style>'>b</p>",
       "<p title=\"<script>\">a</p><p title='<style>'>b</p>"},
      {"<textarea><script>x</script></textarea>", "<textarea><script>x</script></textarea>"},
      {"<title><style>x</style></title>", "<title><style>x</style></title>"},
      {"<? <script> ?><!doctype html><script>x</script>",
       "<? <script> ?><!doctype html><script></script>"},
  };
  for (const RewriteCase& c : cases) EXPECT_EQ(Guarded(c.page), c.expected) << c.page;
}

TEST(HtmlGuardEmptyTest, CleanSvgKeepsEmptying) {
  GuardReport r;
  std::string page =
      "<svg viewBox=\"0 0 2 2\"><title>Partager</title><defs><style>.a{fill:red}</style></defs>"
      "<path d=\"M0 0\"/><use href=\"#i\"></use><image href=x></image>"
      "<![CDATA[x]]></svg><script>x()</script><svg/><style>p{}</style>"
      "<math><mi>x</mi></math><script>y()</script>";
  EXPECT_EQ(Guarded(page, &r),
            "<svg viewBox=\"0 0 2 2\"><title>Partager</title><defs><style>.a{fill:red}</style>"
            "</defs><path d=\"M0 0\"/><use href=\"#i\"></use><image href=x></image>"
            "<![CDATA[x]]></svg><script></script><svg/><style></style>"
            "<math><mi>x</mi></math><script></script>");
  EXPECT_FALSE(r.emptying_stopped);
  EXPECT_EQ(r.emptied_elements, 3);
}

// Where gumbo may read a <script> or <style> start tag otherwise than the
// model, nothing after it is emptied.
TEST(HtmlGuardEmptyTest, StopsWhereGumboMayDisagree) {
  const char* prefixes[] = {
      "<select><style>a</style></select>",           // ignored in a select
      "<select><option><title>a</title></select>",
      "<div><select></div><xmp>a</xmp>",
      "<select><template>",
      "<frameset><noframes>a</noframes></frameset>",  // scripts ignored
      "<svg><p>a</p></svg>",                          // out of foreign content
      "<svg><g></p></g></svg>",
      "<svg><font color=red>a</font></svg>",
      "<svg><foreignObject><div>a</div></foreignObject></svg>",  // HTML inside
      "<svg><desc><b>a</b></desc></svg>",
      "<math><mi><style>a</style></mi></math>",
      "<svg><![CDATA[ a > b ]]></svg>",               // CDATA past its first '>'
      "<div><svg></div>",                             // closes an HTML element
      "<svg><title/></title></svg>",
      "<select><svg></svg></select>",
  };
  for (const char* prefix : prefixes) {
    GuardReport r;
    std::string page = std::string(prefix) + "<p>texte</p><script>x()</script>";
    EXPECT_EQ(Guarded(page, &r), page) << prefix;
    EXPECT_TRUE(r.emptying_stopped) << prefix;
    EXPECT_EQ(r.emptied_bytes, 0) << prefix;
  }
  GuardReport r;
  EXPECT_EQ(Guarded("<script>a</script><svg><p></svg><script>b</script>", &r),
            "<script></script><svg><p></svg><script>b</script>");
  EXPECT_TRUE(r.emptying_stopped);
  // A closed <select> is harmless.
  EXPECT_EQ(Guarded("<select><option>a</select><style>b</style>", &r),
            "<select><option>a</select><style></style>");
  EXPECT_FALSE(r.emptying_stopped);
}

TEST(HtmlGuardEmptyTest, OffKeepsEveryByte) {
  HtmlLimits keep{.empty_unread_raw_text = false};
  GuardReport r;
  std::string page = "<style>a{}</style><script>b()</script>";
  EXPECT_EQ(Guarded(page, &r, keep), page);
  EXPECT_FALSE(r.rewritten());
  EXPECT_EQ(r.emptied_elements, 0);
  // Dropped tags and emptied bodies together.
  std::string deep = "<div><div><div>x<style>a</style></div></div></div>";
  EXPECT_EQ(Guarded(deep, &r, HtmlLimits{.max_depth = 2}),
            "<div><div> x<style></style> </div></div>");
  EXPECT_EQ(r.dropped_tags, 2);
  EXPECT_EQ(r.emptied_bytes, 1);
}

// Differential: on random soup of the constructs that change the
// tokenizer's state, gumbo builds the same tree from the emptied page as
// from the original, but for the emptied text. Returns how many pages had
// a body emptied, so that a soup that never exercises the cutting shows.
int CheckRandomSoup(const std::vector<std::string_view>& pieces, int rounds, int max_pieces,
                    unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(2, max_pieces);
  const HtmlLimits no_limits{.max_depth = 1 << 20, .max_open_formatting = 1 << 20};
  int emptied_rounds = 0;
  for (int round = 0; round < rounds; ++round) {
    std::string page;
    for (int i = length(rng); i > 0; --i) page += pieces[pick(rng)];
    GuardReport r;
    std::string emptied = Guarded(page, &r, no_limits);
    EXPECT_EQ(r.dropped_tags, 0);
    if (r.emptied_bytes > 0) ++emptied_rounds;
    if (TreeWithoutUnreadText(emptied) != TreeWithoutUnreadText(page)) {
      ADD_FAILURE() << "round " << round << "\npage:    " << page
                    << "\nemptied: " << emptied;
      break;
    }
  }
  return emptied_rounds;
}

TEST(HtmlGuardEmptyTest, RandomSoupParsesToTheSameTree) {
  std::vector<std::string_view> pieces = {
      "<script>", "</script>", "<script type=application/ld+json>", "<SCRIPT >", "</SCRIPT>",
      "<script/>", "<style>", "</style>", "<!--", "-->", "--!>", "<!-->", "--", "-", "<!",
      "<svg>", "</svg>", "<svg/>", "<math>", "<mi>", "</mi>", "</math>", "<title>", "</title>",
      "<desc>", "</desc>", "<foreignObject>", "<select>", "</select>", "<option>", "<p>",
      "</p>", "<div>", "</div>", "<b>", "<br>", "<path/>", "<g>", "</g>", "<![CDATA[", "]]>",
      "<textarea>", "</textarea>", "<template>", "</template>", "<table>", "<td>", "<xmp>",
      "</xmp>", "<noscript>", "</noscript>", "<iframe>", "</iframe>", "\"", "'", "<a title='",
      "<a title=\"", "x", " ", ">", "<", "</", "<frameset>", "<image>", "</image>", "<font>",
      "<head>", "<body>", "</body>", "</html>", "<noframes>", "</noframes>", "<span>", "/",
      "<li>", "<ul>", "<h1>", "<font color=red>", "<annotation-xml>", "<mtext>", "?",
      "<script src=x>", "<style media=all>", "</br>", "</scrip", "t>", "<scri", "pt>"};
  EXPECT_GT(CheckRandomSoup(pieces, 3000, 120, 7), 3000 / 5);
}

// Pages built so that one wrong guess about gumbo's state in foreign
// content would cut markup gumbo reads (here, the <b> element): in each,
// the model leaves the <svg> where gumbo does not, or the reverse.
TEST(HtmlGuardEmptyTest, ForeignContentTrapsParseToTheSameTree) {
  const char* traps[] = {
      "<svg><p><style></svg><script></style><b>gras</b></script>",      // breakout
      "<svg><desc><style></svg></style></desc><script><b>gras</b></script>",  // HTML in desc
      "<svg><g/><desc></g><style></svg><script></style><b>gras</b></script>",  // g closed at "/>"
      "<div><svg><desc></div></desc><script><b>gras</b></script>",      // </div> ignored at desc
      "<table><td><svg></tbody><style></svg><script></style><b>gras</b></script>",  // stray
      "<svg><![CDATA[ > </svg><script> ]]><b>gras</b></script>",        // CDATA past '>'
      "<svg></></svg><script><b>gras</b></script>",  // gumbo ignores </svg> after </>
  };
  for (const char* trap : traps) {
    GuardReport r;
    std::string emptied = Guarded(trap, &r);
    EXPECT_EQ(TreeWithoutUnreadText(emptied), TreeWithoutUnreadText(trap)) << trap;
    EXPECT_NE(TreeWithoutUnreadText(trap).find("gras"), std::string::npos) << trap;
  }
}

// The same on short pages built from foreign content and what leaves it,
// where one wrong guess about gumbo's state takes a precise sequence.
TEST(HtmlGuardEmptyTest, RandomForeignSoupParsesToTheSameTree) {
  std::vector<std::string_view> pieces = {
      "<svg>", "</svg>", "<svg/>", "<math>", "</math>", "<mi>", "</mi>", "<desc>", "</desc>",
      "<title>", "</title>", "<title/>", "<foreignObject>", "</foreignObject>", "<g>", "</g>",
      "<g/>", "<style>", "</style>", "<script>", "</script>", "<p>", "</p>", "<div>",
      "</div>", "<br>", "</br>", "<b>", "<font color=red>", "<![CDATA[", "]]>", ">", "x",
      "<select>", "</select>", "<frameset>", "<image>", "</image>", "<textarea>",
      "</textarea>", "<a>", "</a>", "<table>", "<td>"};
  EXPECT_GT(CheckRandomSoup(pieces, 20000, 12, 11), 20000 / 20);
}

}  // namespace
}  // namespace vigie::ingest

