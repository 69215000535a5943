// The document contract, end to end: every article Vigie emits for the
// bundled corpus and the test fixtures conforms to doc/schema.md.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "contract_validator.h"
#include "vigie/document.h"
#include "vigie/extract.h"

namespace vigie {
namespace {

using testing::ContractViolations;

// A conforming document with one span of each kind over non-ASCII text, so
// that byte offsets and code-point offsets differ.
Document SampleDocument() {
  Document d;
  d.id = "0123456789abcdef";
  d.input = "sample.txt";
  d.text = "« Alep est assiégée », a déclaré l’émissaire.\n\nDeux civils ont été tués.";
  // Code points: "« " = 2, "Alep" at 2..6.
  d.entities.push_back({"Alep", 2, 6, "LOC", "Alep", Geo{36.2, 37.15, "SY"}});
  d.quotes.push_back({"Alep est assiégée", 2, 19, "direct", std::nullopt, std::nullopt,
                      std::nullopt, std::string("a déclaré")});
  Claim claim;
  claim.text = "Deux civils ont été tués";
  claim.start = 47;
  claim.end = 71;
  claim.kind = "casualties";
  claim.killed = 2;
  claim.civilians = 2;
  d.claims.push_back(claim);
  d.credits.push_back({std::string("AFP"), std::nullopt, CreditRelation::kAgency});
  d.published = "2016-11-01";
  return d;
}

TEST(ContractValidatorTest, AcceptsConformingDocument) {
  Document d = SampleDocument();
  EXPECT_EQ(ContractViolations(ToJsonLine(d)), std::vector<std::string>{});
}

TEST(ContractValidatorTest, RejectsByteOffsetsWhereCodePointsAreDue) {
  Document d = SampleDocument();
  // Byte offsets of "Alep": "« " is 3 bytes.
  d.entities[0].start = 3;
  d.entities[0].end = 7;
  EXPECT_FALSE(ContractViolations(ToJsonLine(d)).empty());
}

TEST(ContractValidatorTest, RejectsSpanOutsideText) {
  Document d = SampleDocument();
  d.claims[0].end = 500;
  EXPECT_FALSE(ContractViolations(ToJsonLine(d)).empty());
}

TEST(ContractValidatorTest, RejectsClaimsWithoutCountsOrNegative) {
  Document d = SampleDocument();
  d.claims[0].killed.reset();
  EXPECT_FALSE(ContractViolations(ToJsonLine(d)).empty());
  d.claims[0].displaced = 4;
  EXPECT_EQ(ContractViolations(ToJsonLine(d)), std::vector<std::string>{});
  d.claims[0].civilians = -1;
  EXPECT_FALSE(ContractViolations(ToJsonLine(d)).empty());
}

TEST(ContractValidatorTest, RejectsMissingKeysAndBadValues) {
  EXPECT_FALSE(ContractViolations(R"({"id": "x"})").empty());
  EXPECT_FALSE(ContractViolations("not json").empty());
  Document d = SampleDocument();
  d.labels.push_back({"civils", 52, 58, "civil", "x", "neutral", "fr/labels.tsv:1", 0.5, {}});
  EXPECT_TRUE(ContractViolations(ToJsonLine(d)).empty()) << ContractViolations(ToJsonLine(d)).front();
  d.labels.back().confidence = 1.5;
  EXPECT_FALSE(ContractViolations(ToJsonLine(d)).empty());
  d = SampleDocument();
  d.published = "1 novembre 2016";
  EXPECT_FALSE(ContractViolations(ToJsonLine(d)).empty());
  d = SampleDocument();
  d.text = "\n\nleading blank";
  d.entities.clear();
  d.quotes.clear();
  d.claims.clear();
  EXPECT_FALSE(ContractViolations(ToJsonLine(d)).empty());
}

// Collects emitted documents as JSON lines.
class CollectingSink : public ExtractSink {
 public:
  void OnDocument(const Document& doc) override { lines.push_back(ToJsonLine(doc)); }
  void OnError(std::string_view input, std::string_view error) override {
    errors.push_back(std::string(input) + ": " + std::string(error));
  }
  void OnNotice(std::string_view) override {}
  std::vector<std::string> lines, errors;
};

void ExpectCorpusConforms(const std::string& dir, int jobs) {
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  CollectingSink sink;
  ExtractOptions options;
  options.jobs = jobs;
  ExtractSummary summary = Extract({dir}, options, &sink);
  EXPECT_GT(summary.articles, 0);
  ASSERT_EQ(static_cast<int64_t>(sink.lines.size()), summary.articles);
  for (const std::string& line : sink.lines) {
    std::vector<std::string> violations = ContractViolations(line);
    EXPECT_TRUE(violations.empty()) << line.substr(0, 300) << "\n -> " << violations.front();
  }
}

TEST(ContractTest, BundledCorpusConforms) {
  ExpectCorpusConforms(std::string(VIGIE_EXAMPLES_DIR) + "/corpus", 2);
}

TEST(ContractTest, TestFixturesConform) {
  ExpectCorpusConforms(VIGIE_TESTDATA_DIR, 2);
}

// Standard output of `vigie <args> 2>/dev/null`, and its exit status.
std::string RunVigie(const std::string& args, int* exit_status) {
  std::string cmd = std::string(VIGIE_BINARY) + " " + args + " 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return "";
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  *exit_status = WEXITSTATUS(pclose(pipe));
  return out;
}

// FromJsonLine reads back what the binary prints, byte for byte: the spill
// file of the corpus pass depends on it.
TEST(ContractTest, EveryPrintedLineRoundTrips) {
  int status = -1;
  std::string out = RunVigie(std::string("extract --jobs 2 ") + VIGIE_EXAMPLES_DIR + "/corpus",
                             &status);
  EXPECT_EQ(status, 0);
  size_t lines = 0;
  for (size_t start = 0; start < out.size();) {
    size_t nl = out.find('\n', start);
    ASSERT_NE(nl, std::string::npos) << "last line not terminated";
    std::string line = out.substr(start, nl - start);
    Result<Document> doc = FromJsonLine(line);
    ASSERT_TRUE(doc.ok()) << doc.status().message() << "\n" << line.substr(0, 300);
    EXPECT_EQ(ToJsonLine(*doc), line);
    ++lines;
    start = nl + 1;
  }
  EXPECT_GE(lines, 5u);
}

// The binary itself: stdout is JSONL in contract shape, one line per article.
TEST(ContractTest, BinaryOutputConforms) {
  std::string cmd = std::string(VIGIE_BINARY) + " extract --jobs 2 " + VIGIE_EXAMPLES_DIR +
                    "/corpus 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 0);
  size_t lines = 0;
  for (size_t start = 0; start < out.size();) {
    size_t nl = out.find('\n', start);
    ASSERT_NE(nl, std::string::npos) << "last line not terminated";
    std::vector<std::string> v = ContractViolations(std::string_view(out).substr(start, nl - start));
    EXPECT_TRUE(v.empty()) << v.front();
    ++lines;
    start = nl + 1;
  }
  EXPECT_GE(lines, 5u);
}

// `vigie tokens --norm`: offsets in code points of the input, each token's
// text is the input's [start, end), and its folded form is given.
TEST(TokensCommandTest, PrintsTokensWithOffsetsAndFoldedForms) {
  const std::string text = "L’ÉTAT a 4 000 membres.\n\nM. Kerry parle.";
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("vigie_tokens_" + std::to_string(::getpid()));
  {
    std::ofstream out(path, std::ios::binary);
    out << text;
  }
  int status = -1;
  std::string out = RunVigie("tokens --norm " + path.string(), &status);
  std::filesystem::remove(path);
  EXPECT_EQ(status, 0);
  nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << out;
  ASSERT_EQ(j["sentences"].size(), 2u);
  std::vector<std::string> norms;
  for (const auto& s : j["sentences"]) {
    for (const auto& t : s["tokens"]) {
      EXPECT_EQ(CodePointSubstr(text, t["start"].get<size_t>(), t["end"].get<size_t>()),
                t["text"].get<std::string>());
      norms.push_back(t["norm"].get<std::string>());
    }
  }
  EXPECT_EQ(norms, (std::vector<std::string>{"l'", "etat", "a", "4 000", "membres", ".", "m.",
                                             "kerry", "parle", "."}));
  EXPECT_EQ(j["sentences"][1]["start"], 25);
}

// `vigie extract --all-labels` keeps the labels the confidence model holds
// back by default; every label carries its confidence, the same either way.
TEST(ExtractCommandTest, AllLabelsKeepsWhatTheModelHoldsBack) {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("vigie_labels_" + std::to_string(::getpid()) + ".txt");
  {
    std::ofstream out(path, std::ios::binary);
    out << "Raqqa et Alep\n\nLes jihadistes de l'EI ont attaqué Raqqa. Les islamistes ont ensuite bombardé "
           "Alep, tenue par les rebelles. Des mercenaires étrangers combattent aux côtés de l'armée syrienne.\n";
  }
  auto labels = [&](const std::string& flags) {
    int status = -1;
    std::string out = RunVigie("extract --no-corpus-boilerplate " + flags + path.string(), &status);
    EXPECT_EQ(status, 0);
    std::map<std::string, double> found;  // text -> confidence
    nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
    if (!j.is_object()) return found;
    for (const auto& l : j["labels"]) found[l["text"].get<std::string>()] = l["confidence"].get<double>();
    return found;
  };
  const std::map<std::string, double> some = labels(""), all = labels("--all-labels ");
  std::filesystem::remove(path);
  EXPECT_GT(all.size(), some.size());
  for (const auto& [text, confidence] : some) {
    ASSERT_TRUE(all.count(text)) << text;
    EXPECT_DOUBLE_EQ(all.at(text), confidence) << text;
  }
  EXPECT_TRUE(all.count("mercenaires"));
  EXPECT_FALSE(some.count("mercenaires"));
  EXPECT_TRUE(some.count("rebelles"));
}

// `vigie tokens --stem --lemma`: search keys and French lemmas per token.
TEST(TokensCommandTest, AddsStemsAndLemmas) {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("vigie_stems_" + std::to_string(::getpid()));
  {
    std::ofstream out(path, std::ios::binary);
    out << "Les r\u00e9fugi\u00e9s refugies d\u00e9plac\u00e9s \u00e0 Alep.";
  }
  int status = -1;
  std::string out = RunVigie("tokens --stem --lemma " + path.string(), &status);
  std::filesystem::remove(path);
  EXPECT_EQ(status, 0);
  nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  ASSERT_TRUE(j.is_object()) << out;
  const nlohmann::json& t = j["sentences"][0]["tokens"];
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[1]["stem"], t[2]["stem"]);  // réfugiés, refugies
  EXPECT_EQ(t[1]["lemma"], "r\u00e9fugi\u00e9");
  EXPECT_EQ(t[3]["lemma"], "d\u00e9placer");
  EXPECT_TRUE(t[5]["lemma"].is_null());  // Alep: a name the lexicon does not hold
}

}  // namespace
}  // namespace vigie
