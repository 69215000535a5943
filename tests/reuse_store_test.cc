// `vigie reuse --db` end to end: a store ingested in two steps gives, after
// each step, the pairs `vigie reuse PATH...` gives over the same articles;
// the second run signs and verifies only the new articles; a third run
// does nothing new; changed thresholds verify again from stored signatures.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "store_testing.h"

namespace {

struct Ran {
  int status = -1;
  std::string out;
  nlohmann::json summary;  // the last {"summary"} line of standard error
};

Ran RunVigieCommand(const std::filesystem::path& dir, const std::vector<std::string>& args) {
  vigie::testing::RunResult run = vigie::testing::Vigie(dir, args);
  Ran r;
  r.status = run.status;
  r.out = run.out;
  std::istringstream err(run.err);
  std::string line;
  while (std::getline(err, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("summary")) r.summary = j["summary"];
  }
  return r;
}

std::string Paragraphs(int seed, int count) {
  static const char* kWords[] = {"le", "gouvernement", "annonce", "une", "réforme", "des",
                                 "retraites", "selon", "ministre", "armée", "frappe", "ville",
                                 "nord", "civils", "président", "conférence", "presse", "accord",
                                 "sanctions", "économie", "Moscou", "Paris", "rebelles", "vote"};
  std::string out;
  uint64_t s = static_cast<uint64_t>(seed) * 0x9E3779B97F4A7C15ULL + 7;
  for (int p = 0; p < count; ++p) {
    if (!out.empty()) out += "\n\n";
    for (int w = 0; w < 40; ++w) {
      s ^= s << 13;
      s ^= s >> 7;
      s ^= s << 17;
      out += (w ? " " : "") + std::string(kWords[s % 24]);
    }
    out += ".";
  }
  return out;
}

class ReuseStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("vigie_reuse_store_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    auto write = [&](const char* name, std::initializer_list<nlohmann::json> docs) {
      std::ofstream out(dir_ / name);
      for (const nlohmann::json& d : docs) out << d.dump() << "\n";
    };
    auto doc = [](const char* id, const char* outlet, const char* date, const std::string& text) {
      return nlohmann::json{{"id", id}, {"outlet", outlet},
                            {"url", std::string("https://") + outlet + ".example/" + id},
                            {"published", date}, {"title", std::string("Titre ") + id},
                            {"text", text}};
    };
    write("first.jsonl", {doc("a1", "alpha", "2024-01-01", Paragraphs(1, 6)),
                          doc("b1", "beta", "2024-01-02", Paragraphs(1, 4)),
                          doc("c1", "gamma", "2024-01-01", Paragraphs(2, 5))});
    write("second.jsonl", {doc("d2", "delta", "2024-01-03", Paragraphs(2, 5) + "\n\nSource : gamma"),
                           doc("e2", "beta", "2024-01-04", Paragraphs(1, 3)),
                           doc("f2", "alpha", "2024-01-04", Paragraphs(9, 5))});
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Path(const char* name) const { return (dir_ / name).string(); }
  Ran Run(std::vector<std::string> args) { return RunVigieCommand(dir_, args); }

  std::filesystem::path dir_;
};

TEST_F(ReuseStoreTest, IncrementalRunsMatchAWholeRun) {
  const std::string db = Path("corpus.db");
  ASSERT_EQ(Run({"ingest", "--no-analyse", "--db", db, Path("first.jsonl")}).status, 0);
  Ran one = Run({"reuse", "--db", db});
  ASSERT_EQ(one.status, 0);
  EXPECT_EQ(one.out, Run({"reuse", Path("first.jsonl")}).out);
  EXPECT_EQ(one.summary["signed"], 3);
  EXPECT_FALSE(one.out.empty());

  ASSERT_EQ(Run({"ingest", "--no-analyse", "--db", db, Path("second.jsonl")}).status, 0);
  Ran two = Run({"reuse", "--db", db});
  ASSERT_EQ(two.status, 0);
  const Ran whole = Run({"reuse", Path("first.jsonl"), Path("second.jsonl")});
  EXPECT_EQ(two.out, whole.out);
  EXPECT_EQ(two.summary["signed"], 3);  // the new articles only
  EXPECT_EQ(two.summary["articles"], 6);
  EXPECT_GT(two.summary["pairs"].get<int>(), one.summary["pairs"].get<int>());
  EXPECT_NE(two.out.find("\"credited\":true"), std::string::npos);  // d2 credits gamma

  Ran three = Run({"reuse", "--db", db});
  EXPECT_EQ(three.out, whole.out);
  EXPECT_EQ(three.summary["signed"], 0);
  EXPECT_EQ(three.summary["verified"], 0);

  Ran stricter = Run({"reuse", "--min-containment", "0.9", "--min-coverage", "0.9", "--db", db});
  EXPECT_EQ(stricter.summary["recomputed"], "pairs");
  EXPECT_EQ(stricter.summary["signed"], 0);
  EXPECT_EQ(stricter.out, Run({"reuse", "--min-containment", "0.9", "--min-coverage", "0.9",
                               Path("first.jsonl"), Path("second.jsonl")})
                              .out);
  EXPECT_EQ(Run({"reuse", "--format", "gexf", "--db", db}).status, 0);
  EXPECT_EQ(Run({"reuse", "--db", db, Path("first.jsonl")}).status, 2);
  EXPECT_EQ(Run({"reuse", "--db", Path("missing.db")}).status, 1);
}

}  // namespace
