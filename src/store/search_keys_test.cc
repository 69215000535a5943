#include "store/search_keys.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigie::store {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

// Query keys: one per token, the match key; punctuation dropped.
TEST(SearchKeysTest, QueryKeysAreMatchKeys) {
  struct Case {
    const char* text;
    std::vector<std::string> keys;
  } cases[] = {
      {"munitions", {"munit"}},
      {"Munition", {"munit"}},
      {"réfugiés", {"refug"}},
      {"REFUGIEES", {"refug"}},
      {"l’ONU", {"l'", "onu"}},
      {"l'onu", {"l'", "onu"}},
      {"États-Unis", {"etats-un"}},
      {"4 000 morts", {"4 000", "mort"}},
      {"« aide » !", {"aid"}},
      {"", {}},
      {"... ?!", {}},
  };
  SearchKeys keys;
  for (const Case& c : cases) {
    EXPECT_THAT(keys.Keys(c.text, KeyMode::kQuery), ElementsAreArray(c.keys)) << c.text;
  }
}

TEST(SearchKeysTest, DocumentKeysAddCompoundPartsAndReportForms) {
  SearchKeys keys;
  std::vector<std::pair<std::string, std::string>> forms;
  keys.set_form_sink([&](std::string_view form, std::string_view key) {
    forms.emplace_back(form, key);
  });
  std::vector<SearchKey> got;
  std::vector<std::string> strings;
  auto run = [&](std::string_view text, KeyMode mode) {
    got.clear();
    strings.clear();
    keys.Run(text, mode, [&](const SearchKey& k) {
      got.push_back(k);
      strings.emplace_back(k.key);
      return 0;
    });
  };
  run("Munitions à Alep-Est", KeyMode::kDocument);
  EXPECT_THAT(strings, ElementsAre("munit", "a", "alep-est", "alep", "est"));
  ASSERT_EQ(got.size(), 5u);
  EXPECT_FALSE(got[0].colocated);
  EXPECT_FALSE(got[1].colocated);
  EXPECT_FALSE(got[2].colocated);
  EXPECT_TRUE(got[3].colocated);
  EXPECT_TRUE(got[4].colocated);
  // Byte offsets of the token, for highlighting.
  EXPECT_EQ(got[0].byte_start, 0u);
  EXPECT_EQ(got[0].byte_end, 9u);
  EXPECT_EQ(got[2].byte_start, 13u);
  EXPECT_EQ(got[2].byte_end, 21u);
  // Words whose folded form is not their key, once each, in document mode.
  using Form = std::pair<std::string, std::string>;
  EXPECT_THAT(forms, ElementsAre(Form("munitions", "munit")));
  run("Munitions", KeyMode::kDocument);
  run("réfugiés", KeyMode::kQuery);
  EXPECT_EQ(forms.size(), 1u);
  run("réfugiés", KeyMode::kDocument);  // seen in a query first: reported now
  run("réfugiés", KeyMode::kDocument);
  EXPECT_THAT(forms, ElementsAre(Form("munitions", "munit"), Form("refugies", "refug")));
  // Raw keys, as the query parser writes prefix expansions.
  run("\x01" "aid humanitair", KeyMode::kQuery);
  EXPECT_THAT(strings, ElementsAre("aid", "humanitair"));
}

TEST(SearchKeysTest, PrefixQueriesFoldTheLastTokenWithoutStemming) {
  SearchKeys keys;
  EXPECT_THAT(keys.Keys("munitio", KeyMode::kQueryPrefix), ElementsAre("munitio"));
  EXPECT_THAT(keys.Keys("aide humanitai", KeyMode::kQueryPrefix),
              ElementsAre("aid", "humanitai"));
  EXPECT_THAT(keys.Keys("Réfugi", KeyMode::kQueryPrefix), ElementsAre("refugi"));
}

TEST(SearchKeysTest, LongTokensAreCutAndBadUtf8IsRead) {
  SearchKeys keys;
  std::string url = "https://example.org/" + std::string(1000, 'a');
  std::vector<std::string> k = keys.Keys(url, KeyMode::kQuery);
  ASSERT_EQ(k.size(), 1u);
  EXPECT_EQ(k[0].size(), SearchKeys::kMaxKeyBytes);
  std::string bad = "caf\xC3 r\xE9sum\xE9";
  std::vector<SearchKey> got;
  keys.Run(bad, KeyMode::kDocument, [&](const SearchKey& key) {
    EXPECT_LE(key.byte_end, bad.size());
    EXPECT_LT(key.byte_start, key.byte_end);
    got.push_back(key);
    return 0;
  });
  EXPECT_FALSE(got.empty());
}

TEST(SearchKeysTest, EmitCanStopTheScan) {
  SearchKeys keys;
  int calls = 0;
  EXPECT_EQ(keys.Run("un deux trois", KeyMode::kQuery, [&](const SearchKey&) { return ++calls == 2 ? 7 : 0; }),
            7);
  EXPECT_EQ(calls, 2);
}

}  // namespace
}  // namespace vigie::store
