#include "store/query_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace vigie::store {
namespace {

using ::testing::HasSubstr;

TEST(QueryParserTest, WritesFts5Expressions) {
  struct Case {
    const char* query;
    const char* fts;
  } cases[] = {
      {"munitions", "\"munitions\""},
      {"  munitions  ", "\"munitions\""},
      {"aide humanitaire", "(\"aide\" AND \"humanitaire\")"},
      {"aide AND humanitaire", "(\"aide\" AND \"humanitaire\")"},
      {"\"aide humanitaire\"", "\"aide humanitaire\""},
      {"\"aide humanitaire", "\"aide humanitaire\""},
      {"aide OR secours", "(\"aide\" OR \"secours\")"},
      {"aide NOT militaire", "(\"aide\" NOT \"militaire\")"},
      {"aide -militaire", "(\"aide\" NOT \"militaire\")"},
      {"-militaire aide", "(\"aide\" NOT \"militaire\")"},
      {"humanit*", "\"humanit\" *"},
      {"\"aide humanit\"*", "\"aide humanit\" *"},
      {"title:Alep", "title : \"Alep\""},
      {"text:\"aide humanitaire\"", "text : \"aide humanitaire\""},
      {"(aide OR secours) AND Alep", "((\"aide\" OR \"secours\") AND \"Alep\")"},
      {"a OR b c", "(\"a\" OR (\"b\" AND \"c\"))"},
      {"l'ONU", "\"l'ONU\""},
      {"say \"hi\"", "(\"say\" AND \"hi\")"},
      {"et ou or not", "(\"et\" AND \"ou\" AND \"or\" AND \"not\")"},
      {"Alep-Est", "\"Alep-Est\""},
      {"aide !!!", "\"aide\""},
      {"!!!", ""},
      {"", ""},
      {"a\"\"b", "(\"a\" AND \"b\")"},
  };
  SearchKeys keys;
  for (const Case& c : cases) {
    Result<ParsedQuery> q = ParseQuery(c.query, &keys);
    ASSERT_TRUE(q.ok()) << c.query << ": " << q.status().ToString();
    EXPECT_EQ(q->fts, c.fts) << c.query;
  }
}

TEST(QueryParserTest, RejectsMalformedQueriesWithAReason) {
  struct Case {
    const char* query;
    const char* error;
  } cases[] = {
      {"(aide", "unbalanced '('"},
      {"aide)", "unbalanced ')'"},
      {"aide AND", "AND needs a term"},
      {"OR aide", "a term is missing"},
      {"aide OR", "a term is missing at the end"},
      {"NOT aide", "NOT needs a term to subtract from"},
      {"-aide", "NOT needs a term to subtract from"},
      {"aide OR NOT secours", "OR of a negation"},
      {"NOT NOT aide", "double negation"},
      {"a*", "a prefix needs 2 letters"},
      {"(((((((((((((((((((((((((((((((((((a)))))))))))))))))))))))))))))))))))",
       "too many nested groups"},
  };
  SearchKeys keys;
  for (const Case& c : cases) {
    Result<ParsedQuery> q = ParseQuery(c.query, &keys);
    ASSERT_FALSE(q.ok()) << c.query;
    EXPECT_THAT(q.status().message(), HasSubstr(c.error)) << c.query;
  }
  EXPECT_FALSE(ParseQuery(std::string(kMaxQueryBytes + 1, 'a'), &keys).ok());
  std::string many;
  for (int i = 0; i <= kMaxQueryTerms; ++i) many += "w" + std::to_string(i) + " ";
  EXPECT_FALSE(ParseQuery(many, &keys).ok());
}

TEST(QueryParserTest, PrefixesAddTheVocabularysKeys) {
  SearchKeys keys;
  std::vector<std::string> asked;
  PrefixExpander expand = [&](std::string_view prefix) {
    asked.emplace_back(prefix);
    return std::vector<std::string>{"munit", "munitio", "munitionnair"};
  };
  Result<ParsedQuery> q = ParseQuery("Munitio*", &keys, expand);
  ASSERT_TRUE(q.ok());
  // Keys that start with the prefix are the native prefix query's already.
  EXPECT_EQ(q->fts, "(\"Munitio\" * OR \"\x01" "munit\")");
  EXPECT_THAT(asked, ::testing::ElementsAre("munitio"));
  q = ParseQuery("title:\"aide humanitaire munitio\"*", &keys, expand);
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->fts,
            "(title : \"aide humanitaire munitio\" * OR title : \"\x01" "aid humanitair munit\")");
}

TEST(QueryParserTest, QuotesInsideTermsAreEscaped) {
  SearchKeys keys;
  Result<ParsedQuery> q = ParseQuery("title:x\"y", &keys);
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->fts, "(title : \"x\" AND \"y\")");
}

}  // namespace
}  // namespace vigie::store
