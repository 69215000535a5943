#include "reuse/graph.h"

#include <gtest/gtest.h>

#include "reuse/families.h"

namespace vigie {
namespace {

ReuseArticle Art(std::string id, std::string outlet, std::optional<std::string> published) {
  ReuseArticle a;
  a.id = std::move(id);
  a.outlet = std::move(outlet);
  a.published = std::move(published);
  return a;
}

ReusePair Pair(uint32_t a, uint32_t b, ReuseDirection d, double ca, double cb, bool credited) {
  ReusePair p;
  p.a = a;
  p.b = b;
  p.direction = d;
  p.containment_a = ca;
  p.containment_b = cb;
  p.credited = credited;
  return p;
}

// 0: origin (A), 1: a copy of it (B), 2: a copy of the copy (C),
// 3: another story (A), 4: a compilation pasting 0 and 3 (D), 5: undated.
struct Fixture {
  Fixture() {
    ReuseSigner signer{ReuseParams()};
    const char* outlets[] = {"A", "B", "C", "A", "D, \"E\" & <F>", "B"};
    const char* dates[] = {"2024-01-01", "2024-01-02", "2024-01-03", "2024-01-01", "2024-01-05",
                           nullptr};
    for (int i = 0; i < 6; ++i) {
      EXPECT_TRUE(index
                      .Add(Art("d" + std::to_string(i), outlets[i],
                               dates[i] ? std::optional<std::string>(dates[i]) : std::nullopt),
                           signer.Sign("texte " + std::to_string(i)))
                      .ok());
    }
    index.Seal();
    pairs = {Pair(0, 1, ReuseDirection::kAToB, 0.9, 0.8, true),
             Pair(1, 2, ReuseDirection::kAToB, 0.7, 0.9, false),
             Pair(0, 4, ReuseDirection::kAToB, 0.95, 0.3, false),
             Pair(3, 4, ReuseDirection::kAToB, 0.9, 0.3, true),
             Pair(2, 5, ReuseDirection::kUnknown, 0.9, 0.85, false)};
  }
  ReuseIndex index;
  std::vector<ReusePair> pairs;
};

TEST(StoryFamiliesTest, CopiesJoinCompilationsDoNot) {
  Fixture f;
  StoryFamilies fam = FindStoryFamilies(f.index, f.pairs);
  EXPECT_EQ(fam.origin, (std::vector<uint32_t>{0, 0, 0, 3, 4, 0}));
  EXPECT_TRUE(fam.dated[5]);
  EXPECT_FALSE(reuse::IsCopyLink(f.pairs[2], 0.5));
}

TEST(OutletGraphTest, EdgesFromEarlierOutletWithCreditShare) {
  Fixture f;
  OutletGraph g = BuildOutletGraph(f.index, f.pairs);
  ASSERT_EQ(g.nodes.size(), 4u);  // A, B, C, D...
  EXPECT_EQ(g.nodes[0].name, "A");
  EXPECT_EQ(g.nodes[0].articles, 2u);
  EXPECT_EQ(g.nodes[1].articles, 2u);
  // A->B, A->D (2 copies, 1 credited), B->C, C-B undirected.
  ASSERT_EQ(g.edges.size(), 4u);
  const OutletGraph::Edge& ad = g.edges[1];
  EXPECT_EQ(g.nodes[ad.target].name, "D, \"E\" & <F>");
  EXPECT_EQ(ad.copies, 2u);
  EXPECT_DOUBLE_EQ(ad.credited_share(), 0.5);
  EXPECT_FALSE(g.edges[2].directed);  // B-C in an unknown order sorts before B->C
  EXPECT_TRUE(g.edges[3].directed);
}

TEST(OutletGraphTest, FormatsEscapeNames) {
  Fixture f;
  OutletGraph g = BuildOutletGraph(f.index, f.pairs);
  const std::string csv = WriteOutletGraph(g, GraphFormat::kCsv);
  EXPECT_NE(csv.find("A,\"D, \"\"E\"\" & <F>\",Directed,2,1,0.5000,2,1\n"), std::string::npos)
      << csv;
  const std::string gexf = WriteOutletGraph(g, GraphFormat::kGexf);
  EXPECT_NE(gexf.find("label=\"D, &quot;E&quot; &amp; &lt;F&gt;\""), std::string::npos);
  EXPECT_NE(gexf.find("type=\"undirected\""), std::string::npos);
  const std::string graphml = WriteOutletGraph(g, GraphFormat::kGraphml);
  EXPECT_NE(graphml.find("directed=\"false\""), std::string::npos);
  const std::string json = WriteOutletGraph(g, GraphFormat::kJson);
  EXPECT_NE(json.find("\"credited_share\":0.5"), std::string::npos) << json;
  EXPECT_EQ(ParseGraphFormat("gexf"), GraphFormat::kGexf);
  EXPECT_FALSE(ParseGraphFormat("dot"));
}

}  // namespace
}  // namespace vigie
