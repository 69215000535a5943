#include "analyse/tsv.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie::analyse {
namespace {

TEST(TsvTableTest, ReadsCommentsHeaderRowsAndCrlf) {
  Result<TsvTable> t = TsvTable::Parse(
      "\xEF\xBB\xBF# comment\r\n\r\nname\tcanonical\tnote\r\n"
      "ONU\tOrganisation des Nations unies\t\r\n"
      "  Alep \tAlep\tcity\n",
      "orgs.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->rows(), 2u);
  EXPECT_EQ(t->columns().size(), 3u);
  int canonical = t->Column("canonical");
  EXPECT_EQ(canonical, 1);
  EXPECT_EQ(t->Column("missing"), -1);
  EXPECT_EQ(t->Field(0, canonical), "Organisation des Nations unies");
  EXPECT_EQ(t->Field(0, t->Column("note")), "");
  EXPECT_EQ(t->Field(1, 0), "Alep");  // spaces around a field dropped
  EXPECT_EQ(t->Field(1, -1), "");
  EXPECT_EQ(t->Where(1), "orgs.tsv:5");
  EXPECT_TRUE(t->RequireColumns({"name", "canonical"}).ok());
  Status missing = t->RequireColumns({"name", "country"});
  EXPECT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("orgs.tsv"), std::string::npos);
  EXPECT_NE(missing.message().find("country"), std::string::npos);
}

TEST(TsvTableTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* content;
    const char* message;  // a part of the expected message
  } cases[] = {
      {"", "f.tsv: no header line"},
      {"# only comments\n\n", "f.tsv: no header line"},
      {"a\tb\nx\n", "f.tsv:2: 1 fields, the header has 2"},
      {"a\tb\nx\ty\tz\n", "f.tsv:2: 3 fields, the header has 2"},
      {"a\tb\n\nx\t\xFF\n", "f.tsv:3: invalid UTF-8"},
      {"a\t\tb\n", "f.tsv:1: empty column name"},
  };
  for (const Case& c : cases) {
    Result<TsvTable> t = TsvTable::Parse(c.content, "f.tsv");
    ASSERT_FALSE(t.ok()) << c.content;
    EXPECT_NE(t.status().message().find(c.message), std::string::npos)
        << t.status().message() << " / " << c.message;
  }
}

TEST(TsvTableTest, HeaderOnlyAndMissingFile) {
  Result<TsvTable> t = TsvTable::Parse("a\tb", "f.tsv");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->rows(), 0u);
  Result<TsvTable> missing = TsvTable::ReadFile("/nonexistent/x.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_NE(missing.status().message().find("/nonexistent/x.tsv"), std::string::npos);
}

}  // namespace
}  // namespace vigie::analyse
