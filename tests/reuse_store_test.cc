// `vigie reuse --db` end to end: a store ingested in two steps gives, after
// each step, the pairs `vigie reuse PATH...` gives over the same articles;
// the second run signs and verifies only the new articles; a third run
// does nothing new; changed thresholds verify again from stored signatures.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

struct Ran {
  int status = -1;
  std::string out;
  nlohmann::json summary;  // the last {"summary"} line of standard error
};

Ran RunVigieCommand(const std::string& args, const std::filesystem::path& err) {
  Ran r;
  std::string cmd = std::string(VIGIE_BINARY) + " " + args + " 2>'" + err.string() + "'";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return r;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  r.status = WEXITSTATUS(pclose(pipe));
  std::ifstream in(err);
  std::string line;
  while (std::getline(in, line)) {
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
  std::string Path(const char* name) const { return "'" + (dir_ / name).string() + "'"; }

  std::filesystem::path dir_;
};

TEST_F(ReuseStoreTest, IncrementalRunsMatchAWholeRun) {
  const std::filesystem::path err = dir_ / "err";
  const std::string db = Path("corpus.db");
  ASSERT_EQ(RunVigieCommand("ingest --no-analyse --db " + db + " " + Path("first.jsonl"), err).status, 0);
  Ran one = RunVigieCommand("reuse --db " + db, err);
  ASSERT_EQ(one.status, 0);
  EXPECT_EQ(one.out, RunVigieCommand("reuse " + Path("first.jsonl"), err).out);
  EXPECT_EQ(one.summary["signed"], 3);
  EXPECT_FALSE(one.out.empty());

  ASSERT_EQ(RunVigieCommand("ingest --no-analyse --db " + db + " " + Path("second.jsonl"), err).status, 0);
  Ran two = RunVigieCommand("reuse --db " + db, err);
  ASSERT_EQ(two.status, 0);
  const Ran whole = RunVigieCommand("reuse " + Path("first.jsonl") + " " + Path("second.jsonl"), err);
  EXPECT_EQ(two.out, whole.out);
  EXPECT_EQ(two.summary["signed"], 3);  // the new articles only
  EXPECT_EQ(two.summary["articles"], 6);
  EXPECT_GT(two.summary["pairs"].get<int>(), one.summary["pairs"].get<int>());
  EXPECT_NE(two.out.find("\"credited\":true"), std::string::npos);  // d2 credits gamma

  Ran three = RunVigieCommand("reuse --db " + db, err);
  EXPECT_EQ(three.out, whole.out);
  EXPECT_EQ(three.summary["signed"], 0);
  EXPECT_EQ(three.summary["verified"], 0);

  Ran stricter = RunVigieCommand("reuse --min-containment 0.9 --min-coverage 0.9 --db " + db, err);
  EXPECT_EQ(stricter.summary["recomputed"], "pairs");
  EXPECT_EQ(stricter.summary["signed"], 0);
  EXPECT_EQ(stricter.out,
            RunVigieCommand("reuse --min-containment 0.9 --min-coverage 0.9 " + Path("first.jsonl") +
                                " " + Path("second.jsonl"),
                            err)
                .out);
  EXPECT_EQ(RunVigieCommand("reuse --format gexf --db " + db, err).status, 0);
  EXPECT_EQ(RunVigieCommand("reuse --db " + db + " " + Path("first.jsonl"), err).status, 2);
  EXPECT_EQ(RunVigieCommand("reuse --db " + Path("missing.db"), err).status, 1);
}

}  // namespace
