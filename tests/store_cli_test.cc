// End-to-end: vigie ingest, search, stats and export on the real binary.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store_testing.h"

namespace vigie {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using nlohmann::json;
using testing::RunResult;
using testing::Vigie;
namespace fs = std::filesystem;

class StoreCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vigie_store_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "store.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The last stderr line's summary object.
  static json Summary(const RunResult& r) {
    json last;
    std::stringstream ss(r.err);
    for (std::string line; std::getline(ss, line);) {
      json j = json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("summary")) last = j["summary"];
    }
    return last;
  }
  static std::vector<json> JsonLines(const std::string& s) {
    std::vector<json> out;
    std::stringstream ss(s);
    for (std::string line; std::getline(ss, line);) {
      if (!line.empty()) out.push_back(json::parse(line));
    }
    return out;
  }

  fs::path dir_;
  std::string db_;
};

TEST_F(StoreCliTest, IngestIsIdempotentKeepsVersionsAndExportsWhatExtractPrints) {
  testing::CorpusStats c = testing::WriteCorpus(dir_ / "corpus", 200, 2, 1);
  std::string corpus = (dir_ / "corpus").string();
  RunResult first = Vigie(dir_, {"ingest", "--db", db_, corpus});
  EXPECT_EQ(first.status, 1) << first.err;  // the bad lines
  json s = Summary(first);
  EXPECT_EQ(s["ingested"], c.articles);
  EXPECT_EQ(s["new_versions"], c.versions);
  EXPECT_EQ(s["already_stored"], c.repeats);
  EXPECT_EQ(s["failed"], c.bad_lines);
  ASSERT_FALSE(s["failures"].empty());
  EXPECT_THAT(s["failures"][0]["error"].get<std::string>(), HasSubstr("not JSON"));

  RunResult again = Vigie(dir_, {"ingest", "--db", db_, corpus});
  s = Summary(again);
  EXPECT_EQ(s["ingested"], 0);
  EXPECT_EQ(s["new_versions"], 0);
  EXPECT_EQ(s["already_stored"], c.articles + c.versions + c.repeats);

  // The store holds what extract prints: every version, once (a repeat
  // read at another place is the same version).
  RunResult extract = Vigie(dir_, {"extract", corpus});
  RunResult all = Vigie(dir_, {"export", "--db", db_, "--all-versions"});
  ASSERT_EQ(all.status, 0) << all.err;
  std::vector<std::string> printed, exported;
  for (json& j : JsonLines(extract.out)) {
    j.erase("input");
    printed.push_back(j.dump());
  }
  for (json& j : JsonLines(all.out)) {
    j.erase("input");
    exported.push_back(j.dump());
  }
  std::sort(printed.begin(), printed.end());
  printed.erase(std::unique(printed.begin(), printed.end()), printed.end());
  std::sort(exported.begin(), exported.end());
  EXPECT_EQ(exported, printed);

  RunResult stats = Vigie(dir_, {"stats", "--db", db_, "--json", "--check"});
  ASSERT_EQ(stats.status, 0) << stats.err;
  json st = json::parse(stats.out);
  EXPECT_EQ(st["articles"], c.articles);
  EXPECT_EQ(st["versions"], c.articles + c.versions);
  EXPECT_EQ(st["check"], "ok");
  EXPECT_EQ(st["by_outlet"].size(), 7u);
}

TEST_F(StoreCliTest, ExportIngestsBackIntoAnIdenticalStore) {
  testing::WriteCorpus(dir_ / "corpus", 120, 1, 2);
  Vigie(dir_, {"ingest", "--db", db_, (dir_ / "corpus").string(), fs::path(VIGIE_EXAMPLES_DIR) / "corpus"});
  for (bool all : {false, true}) {
    std::vector<std::string> args = {"export", "--db", db_};
    if (all) args.push_back("--all-versions");
    RunResult exported = Vigie(dir_, args);
    ASSERT_EQ(exported.status, 0);
    std::ofstream(dir_ / "export.jsonl", std::ios::binary) << exported.out;
    std::string copy = (dir_ / (all ? "copy-all.db" : "copy.db")).string();
    RunResult back = Vigie(dir_, {"ingest", "--db", copy, (dir_ / "export.jsonl").string()});
    EXPECT_EQ(back.status, 0) << back.err;
    args[2] = copy;
    RunResult again = Vigie(dir_, args);
    EXPECT_EQ(again.out, exported.out) << (all ? "--all-versions" : "latest");
    RunResult s1 = Vigie(dir_, {"stats", "--db", copy, "--json"});
    json a = json::parse(s1.out);
    json b = json::parse(Vigie(dir_, {"stats", "--db", db_, "--json"}).out);
    for (json* j : {&a, &b}) j->erase("file_bytes");
    if (all) {
      EXPECT_EQ(a, b);
    } else {
      EXPECT_EQ(a["articles"], b["articles"]);
    }
  }
}

TEST_F(StoreCliTest, SearchPrintsJsonLinesWithFiltersAndSnippets) {
  Vigie(dir_, {"ingest", "--db", db_, fs::path(VIGIE_EXAMPLES_DIR) / "corpus"});
  RunResult r = Vigie(dir_, {"search", "--db", db_, "--json", "Alep", "-n", "3"});
  ASSERT_EQ(r.status, 0) << r.err;
  std::vector<json> hits = JsonLines(r.out);
  ASSERT_EQ(hits.size(), 3u);
  for (const json& h : hits) {
    for (const char* key : {"id", "url", "outlet", "domain", "title", "published", "snippet",
                            "highlights", "score"}) {
      EXPECT_TRUE(h.contains(key)) << key;
    }
    ASSERT_FALSE(h["highlights"].empty());
  }
  r = Vigie(dir_, {"search", "--db", db_, "Mossoul", "--since", "2016-11-05", "--lang", "fr"});
  hits = JsonLines(r.out);
  ASSERT_FALSE(hits.empty());
  for (const json& h : hits) EXPECT_GE(h["published"].get<std::string>(), "2016-11-05");
  r = Vigie(dir_, {"search", "--db", db_, "--table", "Alep", "-n", "1"});
  EXPECT_THAT(r.out, HasSubstr("  1. "));
  EXPECT_THAT(r.out, HasSubstr("[Alep]"));
}

TEST_F(StoreCliTest, ExitStatusAndErrorLines) {
  const std::string missing = (dir_ / "missing.db").string();
  struct Case {
    std::vector<std::string> args;
    int status;
    const char* error;  // in the stderr line, or "" for none
  } cases[] = {
      {{"search", "--db", missing, "x"}, 2, "no store at"},
      {{"stats", "--db", missing}, 2, "no store at"},
      {{"export", "--db", missing}, 2, "no store at"},
      {{"search", "x"}, 2, ""},  // --db is required
      {{"ingest", "--db", (dir_ / "new.db").string(), "--replace", "somewhere"}, 2, "--replace"},
      {{"search", "--db", db_, "(Alep"}, 2, "unbalanced"},
      {{"search", "--db", db_, "--since", "hier", "Alep"}, 2, "not a date"},
      {{"search", "--db", db_}, 2, "nothing to search for"},
      {{"ingest", "--db", db_, (dir_ / "no-such-file").string()}, 1, "no-such-file"},
      {{"search", "--db", (dir_ / "corpus.txt").string(), "x"}, 1, "not a Vigie store"},
  };
  Vigie(dir_, {"ingest", "--db", db_, fs::path(VIGIE_EXAMPLES_DIR) / "corpus"});
  std::ofstream(dir_ / "corpus.txt") << std::string(5000, 'x');
  for (const Case& c : cases) {
    RunResult r = Vigie(dir_, c.args);
    EXPECT_EQ(r.status, c.status) << c.args[0] << " " << c.args.back() << ": " << r.err;
    EXPECT_THAT(r.err, HasSubstr(c.error)) << c.args.back();
  }
  for (const char* command : {"ingest", "search", "stats", "export"}) {
    RunResult help = Vigie(dir_, {command, "--help"});
    EXPECT_EQ(help.status, 0);
    EXPECT_THAT(help.out, HasSubstr("--db"));
  }
}

TEST_F(StoreCliTest, ReplaceReanalysesWhatIsStored) {
  const std::string corpus = fs::path(VIGIE_EXAMPLES_DIR) / "corpus";
  Vigie(dir_, {"ingest", "--db", db_, "--no-analyse", corpus});
  std::string before = Vigie(dir_, {"export", "--db", db_}).out;
  EXPECT_EQ(Vigie(dir_, {"search", "--db", db_, "--claims"}).out, "");
  RunResult r = Vigie(dir_, {"ingest", "--db", db_, "--replace"});
  EXPECT_EQ(r.status, 0) << r.err;
  json s = Summary(r);
  EXPECT_EQ(s["versions"], s["replaced"]);
  EXPECT_GT(s["versions"].get<int>(), 0);
  // The layers are now those an analysing ingest stores, JSON and rows.
  std::string after = Vigie(dir_, {"export", "--db", db_}).out;
  EXPECT_NE(after, before);
  const std::string analysed = (dir_ / "analysed.db").string();
  Vigie(dir_, {"ingest", "--db", analysed, corpus});
  EXPECT_EQ(after, Vigie(dir_, {"export", "--db", analysed}).out);
  json replaced = json::parse(Vigie(dir_, {"stats", "--db", db_, "--json", "--check"}).out);
  json direct = json::parse(Vigie(dir_, {"stats", "--db", analysed, "--json"}).out);
  EXPECT_EQ(replaced["check"], "ok");
  EXPECT_FALSE(replaced["top_speakers"].empty());
  for (const char* top : {"top_labels", "top_techniques", "top_speakers", "top_credits"}) {
    EXPECT_EQ(replaced[top], direct[top]) << top;
  }
  EXPECT_NE(Vigie(dir_, {"search", "--db", db_, "--claims"}).out, "");
}

// On a terminal: a progress bar on standard error while ingesting, and
// search results as a list with the matches in colour.
TEST_F(StoreCliTest, OnATerminalIngestDrawsAProgressBarAndSearchPrintsAList) {
  testing::WriteCorpus(dir_ / "corpus", 300, 3, 5);
  RunResult ingest = testing::VigieOnTerminal(dir_, {"ingest", "--db", db_, "--no-analyse",
                                                     (dir_ / "corpus").string()});
  EXPECT_EQ(ingest.status, 1) << ingest.out;  // the bad lines
  EXPECT_THAT(ingest.out, HasSubstr("\r\033[Kvigie: [........................] 0% reading, "));
  // Erased before any other line: no JSON line starts after a bar.
  EXPECT_EQ(ingest.out.find("/s{"), std::string::npos);
  EXPECT_THAT(ingest.out, HasSubstr("{\"summary\":{\"inputs\":3,"));
  RunResult search = testing::VigieOnTerminal(dir_, {"search", "--db", db_, "munitions", "-n", "2"});
  EXPECT_EQ(search.status, 0) << search.out;
  EXPECT_THAT(search.out, HasSubstr("  1. \033[1mArticle "));
  EXPECT_THAT(search.out, HasSubstr("\033[1;33mmunitions\033[0m"));
  EXPECT_EQ(search.out.find("{\"id\""), std::string::npos);
  // Not on a terminal: no bar, and JSON lines.
  RunResult piped = Vigie(dir_, {"ingest", "--db", db_, (dir_ / "corpus").string()});
  EXPECT_EQ(piped.err.find("\r"), std::string::npos);
  EXPECT_THAT(Vigie(dir_, {"search", "--db", db_, "munitions", "-n", "1"}).out,
              ::testing::StartsWith("{\"id\""));
}

// The layer searches over what the analysis layers really find in the
// bundled corpus.
TEST_F(StoreCliTest, SearchesTheAnalysisLayersOfIngestedArticles) {
  Vigie(dir_, {"ingest", "--db", db_, fs::path(VIGIE_EXAMPLES_DIR) / "corpus"});
  struct Case {
    std::vector<std::string> args;
    const char* layer;   // the hit's key holding the spans
    const char* needle;  // in one of the spans
  } cases[] = {
      {{"--quotes-by", "khalil"}, "quotes", "\"speaker\":\"Samir Khalil\""},
      {{"--claims"}, "claims", "\"killed\":22"},
      {{"--label", "groupe armé"}, "labels", "\"target\":\"armed_opposition\""},
      {{"--label", "Groupes armés"}, "labels", "\"term\":\"groupe armé\""},
      {{"--claims", "Idleb"}, "claims", "\"place\":\"Idleb\""},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = {"search", "--db", db_, "--json"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    RunResult r = Vigie(dir_, args);
    ASSERT_EQ(r.status, 0) << c.args[0] << ": " << r.err;
    std::vector<json> hits = JsonLines(r.out);
    ASSERT_FALSE(hits.empty()) << c.args[0];
    std::string spans;
    for (const json& h : hits) {
      ASSERT_TRUE(h.contains(c.layer)) << c.args[0];
      ASSERT_FALSE(h[c.layer].empty()) << c.args[0];
      spans += h[c.layer].dump();
    }
    EXPECT_THAT(spans, HasSubstr(c.needle)) << c.args[0];
  }
  RunResult none = Vigie(dir_, {"search", "--db", db_, "--json", "--quotes-by", "Nobody Here"});
  EXPECT_EQ(none.status, 0);
  EXPECT_EQ(none.out, "");
}

}  // namespace
}  // namespace vigie
