#include "ingest/html_guard.h"

#include <gumbo.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace vigie::ingest {
namespace {

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
    GuardReport r = GuardHtml(page, HtmlLimits{.max_depth = 4, .max_open_formatting = 3},
                              &rewritten);
    EXPECT_EQ(r.dropped_tags, 0) << page;
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

}  // namespace
}  // namespace vigie::ingest
