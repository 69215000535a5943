#include "analyse/entity_linker.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace vigie::analyse {
namespace {

// Time limits catch quadratic blow-ups; sanitizer and debug builds run
// several times slower.
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
constexpr double kSlowBuildFactor = 20;
#else
constexpr double kSlowBuildFactor = 1;
#endif

TEST(EntityLinkerTest, NameKeys) {
  struct Case {
    const char* a;
    const char* b;
  } same[] = {
      {"Bachar el-Assad", "Bachar al-Assad"},
      {"Bachar Al Assad", "bachar AL-ASSAD"},
      {"Mohammed bin Salmane", "Mohammed ben Salmane"},
      {"États-Unis", "Etats Unis"},
      {"Deir ez-Zor", "Deir al Zor"},
  };
  for (const Case& c : same) EXPECT_EQ(NameKey(c.a), NameKey(c.b)) << c.a << " / " << c.b;
  EXPECT_EQ(NameKey("Quai d’Orsay"), "quai d' orsay");
  EXPECT_NE(NameKey("Hafez al-Assad"), NameKey("Bachar al-Assad"));
  EXPECT_EQ(GluedPrefixBytes("ex-Front"), 3u);
  EXPECT_EQ(GluedPrefixBytes("Ex-Yougoslavie"), 3u);
  EXPECT_EQ(GluedPrefixBytes("ex-président"), 0u);
  EXPECT_EQ(GluedPrefixBytes("Exeter"), 0u);
}

TEST(EntityLinkerTest, WithinOneEdit) {
  struct Case {
    const char* a;
    const char* b;
    bool want;
  } cases[] = {
      {"de mistoura", "de mistura", true}, {"mistura", "mistura", true},
      {"tchourkine", "tchourkina", true},  {"abcdefgh", "abcdefghij", false},
      {"hamad", "hamid", true},            {"lavrov", "lavrova", true},
      {"lavrov", "avrovl", false},         {"", "a", true},
  };
  for (const Case& c : cases) EXPECT_EQ(WithinOneEdit(c.a, c.b), c.want) << c.a << " " << c.b;
}

struct Linked {
  std::string text, canonical;
  LinkReason reason;
};

class LinkerFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    auto g = Gazetteer::FromTables({
        {"persons.tsv",
         "name\tcanonical\trole_note\nBachar al-Assad\tBachar al-Assad\tx\n"
         "Assad\tBachar al-Assad\t\nHafez al-Assad\tHafez al-Assad\tx\n"
         "Staffan de Mistura\tStaffan de Mistura\tx\nde Mistura\tStaffan de Mistura\t\n"},
        {"organisations.tsv",
         "name\tcanonical\ttype\tcountry\taliases_note\n"
         "Etat islamique\tEtat islamique\tarmed_group\t\t\nDaech\tEtat islamique\tarmed_group\t\t\n"
         "ONU\tOrganisation des Nations unies\tinternational_org\t\t\n"},
    });
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gazetteer_ = std::move(*g);
  }

  // Links the spans of `s` given as (first token text, token count, type).
  std::vector<Linked> Link(const std::string& s,
                           const std::vector<std::tuple<std::string, size_t, int>>& marks) {
    AnalysisText text(s, "fr");
    std::vector<NerSpan> spans;
    size_t from = 0;
    for (const auto& [first, count, type] : marks) {
      while (from < text.tokens().size() && text.TokenText(from) != first) ++from;
      spans.push_back(NerSpan{from, from + count, type});
      from += count;
    }
    EntityLinker linker(gazetteer_.get());
    std::vector<LinkedMention> links;
    linker.Link(text, spans, &links);
    std::vector<Linked> out;
    for (size_t i = 0; i < spans.size(); ++i) {
      out.push_back({std::string(text.Slice(text.tokens()[spans[i].token_begin].start,
                                            text.tokens()[spans[i].token_end - 1].end)),
                     links[i].canonical, links[i].reason});
    }
    return out;
  }

  std::unique_ptr<Gazetteer> gazetteer_;
};

TEST_F(LinkerFixture, GazetteerAliasesAndSurnames) {
  auto l = Link("Daech recule. L'Etat islamique et l'ONU. Assad parle.",
                {{"Daech", 1, 1}, {"Etat", 2, 1}, {"ONU", 1, 1}, {"Assad", 1, 0}});
  EXPECT_EQ(l[0].canonical, "Etat islamique");
  EXPECT_EQ(l[1].canonical, "Etat islamique");
  EXPECT_EQ(l[2].canonical, "Organisation des Nations unies");
  EXPECT_EQ(l[3].canonical, "Bachar al-Assad");
  EXPECT_EQ(l[0].reason, LinkReason::kGazetteer);

  // In a document about Hafez, "Assad" and "el-Assad" are Hafez.
  l = Link("Hafez el-Assad est mort. Assad avait régné.", {{"Hafez", 2, 0}, {"Assad", 1, 0}});
  EXPECT_EQ(l[0].canonical, "Hafez al-Assad");
  EXPECT_EQ(l[1].canonical, "Hafez al-Assad");
  EXPECT_EQ(l[1].reason, LinkReason::kSurname);

  // Unknown people: the surname takes the full name, before or after.
  l = Link("Durand parle. Marie-Claire Durand a dit. Durand insiste.",
           {{"Durand", 1, 0}, {"Marie-Claire", 2, 0}, {"Durand", 1, 0}});
  for (const Linked& x : l) EXPECT_EQ(x.canonical, "Marie-Claire Durand") << x.text;
}

TEST_F(LinkerFixture, AcronymsHeadsAndOneEdit) {
  auto l = Link(
      "L'Observatoire syrien des droits de l'homme (OSDH) compte. Selon l'OSDH, "
      "l'Observatoire a tort. M. de Mistoura est arrivé. Jean Dupontel et Jean Dupontal.",
      {{"Observatoire", 7, 1}, {"OSDH", 1, 1}, {"OSDH", 1, 1}, {"Observatoire", 1, 1},
       {"de", 2, 0}, {"Jean", 2, 0}, {"Jean", 2, 0}});
  const std::string osdh = "Observatoire syrien des droits de l'homme";
  EXPECT_EQ(l[0].canonical, osdh);
  EXPECT_EQ(l[1].canonical, osdh);
  EXPECT_EQ(l[1].reason, LinkReason::kAcronym);
  EXPECT_EQ(l[2].canonical, osdh);
  EXPECT_EQ(l[3].canonical, osdh);
  EXPECT_EQ(l[3].reason, LinkReason::kHead);
  EXPECT_EQ(l[4].canonical, "Staffan de Mistura");
  EXPECT_EQ(l[4].reason, LinkReason::kFuzzyGazetteer);
  EXPECT_EQ(l[5].canonical, "Jean Dupontel");  // 12 letters, one edit apart
  EXPECT_EQ(l[6].canonical, "Jean Dupontel");
}

TEST_F(LinkerFixture, CanonicalPrefersMixedCaseAndFullest) {
  auto l = Link("GENEVE (AFP) - A Genève, rien.", {{"GENEVE", 1, 2}, {"Genève", 1, 2}});
  EXPECT_EQ(l[0].canonical, "Genève");
  EXPECT_EQ(l[1].canonical, "Genève");
}

}  // namespace
}  // namespace vigie::analyse

namespace vigie::analyse {
namespace {

// A hostile document: 200,000 mentions, many of one surname and many
// distinct long names, must link in about linear time.
TEST(EntityLinkerTest, ManyMentionsStayLinear) {
  std::string s;
  for (int i = 0; i < 20000; ++i) {
    s += "Bachar al-Assad et Assad et Organisation ";
    s += std::to_string(i);
    s += " Zzyzxwvutsr";
    s += std::to_string(i % 100);
    s += ". ";
  }
  AnalysisText text(s, "fr");
  std::vector<NerSpan> spans;
  for (size_t i = 0; i < text.tokens().size(); ++i) {
    std::string_view w = text.TokenText(i);
    if (w == "Bachar") spans.push_back({i, i + 2, 0});
    if (w == "Assad") spans.push_back({i, i + 1, 0});
    if (w == "Organisation") spans.push_back({i, i + 2, 1});
    if (w.substr(0, 5) == "Zzyzx") spans.push_back({i, i + 1, 0});
  }
  EntityLinker linker(nullptr);
  std::vector<LinkedMention> links;
  auto start = std::chrono::steady_clock::now();
  linker.Link(text, spans, &links);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(links.size(), spans.size());
  EXPECT_EQ(links[1].canonical, "Bachar al-Assad");
  EXPECT_LT(seconds, 10.0 * kSlowBuildFactor);
}

}  // namespace
}  // namespace vigie::analyse
