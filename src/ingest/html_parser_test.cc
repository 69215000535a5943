#include "ingest/html_parser.h"

#include <string>
#include <utility>
#include <vector>

#include "common/strings.h"
#include "gtest/gtest.h"

namespace vigie::ingest {
namespace {

std::string Repeat(std::string_view s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out.append(s);
  return out;
}

// Text of all descendants, iteratively.
std::string AllText(const GumboNode* root) {
  std::string text;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) text += n->v.text.text;
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i)
      stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
  }
  return text;
}


TEST(HtmlDocumentTest, ParsesAndOutlivesItsInput) {
  Result<HtmlDocument> doc = [] {
    std::string html = "<title>Le titre</title><p>Premier &amp; dernier</p>";
    return HtmlDocument::Parse(html);
  }();
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->root()->v.element.tag, GUMBO_TAG_HTML);
  EXPECT_EQ(AllText(doc->root()), "Le titrePremier & dernier");
  EXPECT_EQ(doc->guard_report().dropped_tags, 0);
  HtmlDocument moved = std::move(*doc);
  EXPECT_EQ(AllText(moved.root()), "Le titrePremier & dernier");
}

TEST(HtmlDocumentTest, NestedTwoHundredThousandDeepIsRead) {
  for (std::string_view unit : {"<div>", "<span>", "<b>", "<table><tr><td>", "<a><div>"}) {
    std::string html = "<body>" + Repeat(unit, 200000) + "fond du puits";
    Result<HtmlDocument> doc = HtmlDocument::Parse(html);
    ASSERT_TRUE(doc.ok()) << unit;
    EXPECT_NE(AllText(doc->root()).find("fond du puits"), std::string::npos) << unit;
    doc = Status::Corruption("release");  // frees the tree: must not recurse
  }
}

TEST(HtmlDocumentTest, ModeratelyDeepPageIsKeptWhole) {
  std::string html = Repeat("<div>", 500) + "<p>au fond</p>" + Repeat("</div>", 500);
  Result<HtmlDocument> doc = HtmlDocument::Parse(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->guard_report().dropped_tags, 0);
  EXPECT_EQ(CollapseWhitespace(AllText(doc->root())), "au fond");
  // 5,000 levels: flattened below 512, text intact.
  html = Repeat("<div>", 5000) + "<p>au fond</p>" + Repeat("</div>", 5000);
  doc = HtmlDocument::Parse(html);
  ASSERT_TRUE(doc.ok());
  EXPECT_GT(doc->guard_report().dropped_tags, 0);
  EXPECT_EQ(CollapseWhitespace(AllText(doc->root())), "au fond");
}

TEST(HtmlDocumentTest, HostileShapesAreBounded) {
  std::string formatting;
  for (int i = 0; i < 5000; ++i) formatting += "<b id=" + std::to_string(i) + ">";
  std::vector<std::string> pages = {
      formatting + Repeat("<div>x</div>", 20000),
      Repeat("<div></div>", 200000),
      Repeat("<p><li><dd><option><tr>", 50000),
      Repeat("<li><dd>", 100000),
      Repeat("<option><span>", 100000),
      Repeat("<!--", 100000),
      Repeat("<svg><p>", 50000),
      std::string(1 << 20, '<'),
  };
  for (const std::string& html : pages) {
    Result<HtmlDocument> doc = HtmlDocument::Parse(html);
    EXPECT_TRUE(doc.ok());
  }
}

}  // namespace
}  // namespace vigie::ingest
