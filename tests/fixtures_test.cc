// End-to-end checks on the French (and one English) fixture pages under
// tests/testdata/pages: each page runs through the real extraction job
// (format detection, reader, text rules, document builder) and its
// Document is compared with <name>.expected.json:
//   format, title, authors, published, outlet   exact (null = must be null)
//   credits, tags                               same set, any order
//   must_contain_in_text[]                      substrings of `text`
//   must_not_contain_in_text[]                  absent from `text`
//   must_be_removed[]                           substrings of some `removed` entry
// A key left out of the expectation file is not checked.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "vigie/document.h"
#include "vigie/extract.h"

namespace vigie {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kPagesDir = fs::path(VIGIE_TESTDATA_DIR) / "pages";
constexpr std::string_view kExpectedSuffix = ".expected.json";

class CollectingSink : public ExtractSink {
 public:
  void OnDocument(const Document& doc) override { docs.push_back(doc); }
  void OnError(std::string_view input, std::string_view error) override {
    errors.push_back(std::string(input) + ": " + std::string(error));
  }
  void OnNotice(std::string_view) override {}
  std::vector<Document> docs;
  std::vector<std::string> errors;
};

// Fixture names: the stems of the expectation files, sorted.
std::vector<std::string> FixtureNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(kPagesDir, ec)) {
    std::string file = e.path().filename().string();
    if (file.size() > kExpectedSuffix.size() &&
        file.compare(file.size() - kExpectedSuffix.size(), kExpectedSuffix.size(),
                     kExpectedSuffix) == 0) {
      names.push_back(file.substr(0, file.size() - kExpectedSuffix.size()));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The page a fixture name stands for: <name>.<ext>, any extension but the
// expectation's.
fs::path InputOf(const std::string& name) {
  for (const fs::directory_entry& e : fs::directory_iterator(kPagesDir)) {
    std::string file = e.path().filename().string();
    if (file.rfind(name + ".", 0) == 0 && file != name + std::string(kExpectedSuffix)) {
      return e.path();
    }
  }
  return {};
}

json ReadJson(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream buf;
  buf << in.rdbuf();
  return json::parse(buf.str());
}

json OptionalJson(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json CreditJson(const Credit& c) {
  return json{{"name", OptionalJson(c.name)},
              {"url", OptionalJson(c.url)},
              {"relation", std::string(CreditRelationName(c.relation))}};
}

std::vector<std::string> SortedDumps(const json& array) {
  std::vector<std::string> out;
  for (const json& v : array) out.push_back(v.dump());
  std::sort(out.begin(), out.end());
  return out;
}

std::string DebugDump(const Document& doc) {
  json removed = doc.removed;
  json credits = json::array();
  for (const Credit& c : doc.credits) credits.push_back(CreditJson(c));
  return "\n--- text ---\n" + doc.text + "\n--- removed ---\n" + removed.dump(2) +
         "\n--- credits ---\n" + credits.dump();
}

class FixtureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureTest, MatchesExpectation) {
  const std::string& name = GetParam();
  fs::path input = InputOf(name);
  ASSERT_FALSE(input.empty()) << "no page for " << name;
  json expected = ReadJson(kPagesDir / (name + std::string(kExpectedSuffix)));

  ExtractOptions options;
  options.analyse = false;
  options.jobs = 1;
  CollectingSink sink;
  Extract({input.string()}, options, &sink);
  ASSERT_THAT(sink.errors, ::testing::IsEmpty());
  ASSERT_EQ(sink.docs.size(), 1u);
  const Document& doc = sink.docs[0];
  SCOPED_TRACE(DebugDump(doc));

  if (expected.contains("format")) {
    EXPECT_EQ(FormatName(doc.format), expected["format"]);
  }
  for (const char* key : {"title", "published", "outlet"}) {
    if (!expected.contains(key)) continue;
    const std::optional<std::string>& got = std::string_view(key) == "title"       ? doc.title
                                            : std::string_view(key) == "published" ? doc.published
                                                                                   : doc.outlet;
    EXPECT_EQ(OptionalJson(got), expected[key]) << key;
  }
  if (expected.contains("authors")) {
    EXPECT_EQ(json(doc.authors), expected["authors"]);
  }
  if (expected.contains("credits")) {
    json got = json::array();
    for (const Credit& c : doc.credits) got.push_back(CreditJson(c));
    EXPECT_EQ(SortedDumps(got), SortedDumps(expected["credits"])) << "credits";
  }
  if (expected.contains("tags")) {
    EXPECT_EQ(SortedDumps(json(doc.tags)), SortedDumps(expected["tags"])) << "tags";
  }
  for (const json& s : expected.value("must_contain_in_text", json::array())) {
    EXPECT_NE(doc.text.find(s.get<std::string>()), std::string::npos) << "missing: " << s;
  }
  for (const json& s : expected.value("must_not_contain_in_text", json::array())) {
    EXPECT_EQ(doc.text.find(s.get<std::string>()), std::string::npos) << "present: " << s;
  }
  for (const json& s : expected.value("must_be_removed", json::array())) {
    std::string needle = s.get<std::string>();
    bool found = std::any_of(doc.removed.begin(), doc.removed.end(), [&](const std::string& r) {
      return r.find(needle) != std::string::npos;
    });
    EXPECT_TRUE(found) << "not removed: " << needle;
  }
}

INSTANTIATE_TEST_SUITE_P(Pages, FixtureTest, ::testing::ValuesIn(FixtureNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

TEST(FixturesTest, AtLeastEightPages) { EXPECT_GE(FixtureNames().size(), 8u); }

}  // namespace
}  // namespace vigie
