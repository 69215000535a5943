// End-to-end: the real `vigie` binary on bad inputs. Whatever the input,
// never a crash or a hang; each failed input or record is exactly one JSON
// line {"input", "error"} on standard error; the other inputs are still
// processed; exit status 0 when everything was processed, 1 when something
// failed, 2 on usage errors.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/testing_sink.h"

namespace vigie {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using nlohmann::json;

struct RunResult {
  int status = -1;  // exit status; 124 on timeout, 128+N when killed by signal N
  double seconds = 0;
  std::vector<json> docs;       // stdout, one per line
  std::vector<json> errors;     // stderr lines with "error"
  std::vector<std::string> stderr_other;  // stderr lines neither error, notice nor summary
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out.push_back(c);
  }
  return out + "'";
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vigie_bad_input_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Path(const std::string& rel) const { return (dir_ / rel).string(); }

  std::string Write(const std::string& rel, std::string_view content) const {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  // Runs `vigie <args>` (each argument quoted), standard input from
  // `stdin_file` if given, with a time limit.
  // `json_stdout`: false for --help, whose text goes to standard output.
  RunResult Vigie(const std::vector<std::string>& args, const std::string& stdin_file = "",
                  int timeout_seconds = 120, bool json_stdout = true) const {
    std::string cmd = "timeout ";
    cmd.append(std::to_string(timeout_seconds)).append(" ").append(Quote(VIGIE_BINARY));
    for (const std::string& a : args) cmd.append(" ").append(Quote(a));
    cmd.append(" > ").append(Quote(Path("stdout.out")));
    cmd.append(" 2> ").append(Quote(Path("stderr.out")));
    cmd.append(" < ").append(Quote(stdin_file.empty() ? std::string("/dev/null") : stdin_file));
    auto start = std::chrono::steady_clock::now();
    int raw = std::system(cmd.c_str());
    RunResult run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    for (const std::string& line : Lines(ReadFile(Path("stdout.out")))) {
      if (!json_stdout) break;
      json j = json::parse(line, nullptr, false);
      EXPECT_FALSE(j.is_discarded()) << "stdout line is not JSON: " << line.substr(0, 200);
      if (!j.is_discarded()) run.docs.push_back(std::move(j));
    }
    for (const std::string& line : Lines(ReadFile(Path("stderr.out")))) {
      json j = json::parse(line, nullptr, false);
      if (!j.is_discarded() && j.is_object() && j.contains("error")) {
        EXPECT_EQ(j.size(), 2u) << line;
        EXPECT_TRUE(j.contains("input")) << line;
        run.errors.push_back(std::move(j));
      } else if (j.is_discarded() || !j.is_object() ||
                 !(j.contains("notice") || j.contains("summary"))) {
        run.stderr_other.push_back(line);
      }
    }
    return run;
  }

  static std::vector<std::string> Lines(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    for (std::string line; std::getline(ss, line);) {
      if (!line.empty()) out.push_back(line);
    }
    return out;
  }

  static std::vector<std::string> Inputs(const std::vector<json>& items) {
    std::vector<std::string> out;
    for (const json& j : items) out.push_back(j.value("input", ""));
    return out;
  }

  fs::path dir_;
};

const char kArticle[] =
    "Le conseil municipal vote le budget\n\n"
    "Les élus de la commune se sont réunis jeudi soir pour adopter le budget de "
    "l'année prochaine, après trois heures de débat.\n\n"
    "L'opposition a voté contre, jugeant les économies insuffisantes.\n";

std::string JsonlLine(int i) {
  return "{\"id\": \"art-" + std::to_string(i) + "\", \"title\": \"Article " + std::to_string(i) +
         "\", \"text\": \"Le conseil régional a voté une aide de " + std::to_string(i) +
         " millions d'euros pour les agriculteurs touchés par la sécheresse.\"}\n";
}

std::string WarcRecord(int i, std::string_view page) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
                     std::string(page);
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
         "WARC-Target-URI: <https://www.exemple-info.fr/article-" +
         std::to_string(i) + ">\r\nContent-Length: " + std::to_string(http.size()) + "\r\n\r\n" +
         http + "\r\n\r\n";
}

std::string HtmlPage(int i) {
  return "<!DOCTYPE html><html><head><title>Page " + std::to_string(i) +
         "</title></head><body><article><h1>Page " + std::to_string(i) +
         "</h1><p>Les pompiers sont intervenus dans la nuit pour un incendie de forêt "
         "près du village.</p></article></body></html>";
}

TEST_F(BadInputTest, GoodInputExitsZero) {
  RunResult run = Vigie({"extract", Write("a.txt", kArticle)});
  EXPECT_EQ(run.status, 0);
  ASSERT_EQ(run.docs.size(), 1u);
  EXPECT_THAT(run.errors, IsEmpty());
  EXPECT_THAT(run.stderr_other, IsEmpty()) << "stderr must hold only JSON diagnostics";
}

TEST_F(BadInputTest, UnreadablePaths) {
  std::string good = Write("good.txt", kArticle);
  std::string file = Write("f.txt", kArticle);
  RunResult run = Vigie({"extract", Path("absent.txt"), good, file + "/inside"});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(Inputs(run.docs), ElementsAre(good));
  EXPECT_THAT(Inputs(run.errors), ElementsAre(Path("absent.txt"), file + "/inside"));
}

TEST_F(BadInputTest, EmptyFile) {
  std::string empty = Write("empty.txt", "");
  RunResult run = Vigie({"extract", empty});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.docs, IsEmpty());
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_EQ(run.errors[0]["input"], empty);
}

TEST_F(BadInputTest, DirectoriesWithoutArticles) {
  fs::create_directories(dir_ / "empty-dir");
  Write("hidden-only/.DS_Store", "x");
  std::string empty_file = Write("empty-file-only/a.txt", "");
  RunResult run = Vigie({"extract", Path("empty-dir"), Path("hidden-only"), Path("empty-file-only")});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.docs, IsEmpty());
  EXPECT_THAT(Inputs(run.errors),
              ElementsAre(Path("empty-dir"), Path("hidden-only"), empty_file));
}

TEST_F(BadInputTest, InvalidUtf8IsRepairedWithAWarning) {
  std::string latin1 = Write("latin1.txt",
                             "Titre\n\nLes \xE9lus ont vot\xE9 le budget \xE0 l'unanimit\xE9.\n");
  std::string stray = Write("stray.txt", "Titre\n\nÉlus, été, août \xFF\xFE fin.\n");
  std::string html = Write("page.html",
                           "<html><head><meta charset=\"utf-8\"></head><body><p>Élus \xFF "
                           "réunis.</p></body></html>");
  RunResult run = Vigie({"extract", latin1, stray, html});
  EXPECT_EQ(run.status, 0);
  ASSERT_EQ(run.docs.size(), 3u);
  EXPECT_THAT(run.docs[0]["warnings"], Contains("converted_from_windows-1252"));
  EXPECT_THAT(run.docs[0]["text"].get<std::string>(), HasSubstr("élus ont voté"));
  EXPECT_THAT(run.docs[1]["warnings"], Contains("invalid_utf8_repaired"));
  EXPECT_THAT(run.docs[2]["warnings"], Contains("invalid_utf8_repaired"));
}

TEST_F(BadInputTest, BinaryData) {
  std::string png = Write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
  std::string blob = Write("blob.txt", std::string("\x01\x02\0\x03garbage\0\xff", 13));
  std::string good = Write("good.txt", kArticle);
  RunResult run = Vigie({"extract", png, blob, good});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(Inputs(run.docs), ElementsAre(good));
  EXPECT_THAT(Inputs(run.errors), ElementsAre(png, blob));
}

TEST_F(BadInputTest, TruncatedGzipJsonl) {
  std::string lines;
  for (int i = 1; i <= 400; ++i) lines += JsonlLine(i);
  std::string gz = ingest::testing::Gzip(lines);
  std::string path = Write("export.jsonl.gz", gz.substr(0, gz.size() * 2 / 3));
  RunResult run = Vigie({"extract", "--jobs", "2", path});
  EXPECT_EQ(run.status, 1);
  EXPECT_GT(run.docs.size(), 10u);
  EXPECT_LT(run.docs.size(), 400u);
  for (size_t i = 0; i < run.docs.size(); ++i) {
    EXPECT_EQ(run.docs[i]["input"], path + "#" + std::to_string(i + 1));
  }
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_EQ(run.errors[0]["input"], path);
}

TEST_F(BadInputTest, TruncatedWarc) {
  std::string warc;
  for (int i = 1; i <= 5; ++i) warc += WarcRecord(i, HtmlPage(i));
  std::string plain = Write("crawl.warc", warc.substr(0, warc.size() - 100));
  std::string members;
  for (int i = 1; i <= 5; ++i) members += ingest::testing::Gzip(WarcRecord(i, HtmlPage(i)));
  std::string gz = Write("crawl.warc.gz", members.substr(0, members.size() - 20));
  RunResult run = Vigie({"extract", plain, gz});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(Inputs(run.docs), ElementsAre(plain + "#1", plain + "#2", plain + "#3",
                                            plain + "#4", gz + "#1", gz + "#2", gz + "#3",
                                            gz + "#4"));
  EXPECT_THAT(Inputs(run.errors), ElementsAre(plain + "#5", gz));
  ASSERT_FALSE(run.docs.empty());
  EXPECT_EQ(run.docs[0]["format"], "warc");
  EXPECT_EQ(run.docs[0]["url"], "https://www.exemple-info.fr/article-1");
  EXPECT_EQ(run.docs[0]["fetched"], "2024-05-01T12:00:00Z");
}

TEST_F(BadInputTest, JsonlLineThatIsNotJson) {
  std::string path = Write("export.jsonl", JsonlLine(1) + "{\"text\": \"coupé\n" + JsonlLine(3));
  RunResult run = Vigie({"extract", path});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(Inputs(run.docs), ElementsAre(path + "#1", path + "#3"));
  EXPECT_THAT(Inputs(run.errors), ElementsAre(path + "#2"));
}

TEST_F(BadInputTest, FiftyMegabyteSingleLine) {
  std::string sentence = "Le gouvernement a annoncé jeudi de nouvelles mesures pour le logement. ";
  std::string text;
  text.reserve((50 << 20) + sentence.size());
  while (text.size() < (50 << 20)) text += sentence;
  std::string txt = Write("long.txt", text);
  std::string jsonl = Write("long.jsonl", "{\"title\": \"Long\", \"text\": \"" + text + "\"}\n" +
                                             JsonlLine(2));
  text.clear();
  text.shrink_to_fit();
  RunResult run = Vigie({"extract", "--jobs", "2", txt, jsonl}, "", 300);
  ASSERT_LT(run.status, 3) << "crashed or timed out";
  // Each input is processed or reported, in order, never lost.
  std::vector<std::string> seen = Inputs(run.docs);
  std::vector<std::string> failed = Inputs(run.errors);
  seen.insert(seen.end(), failed.begin(), failed.end());
  EXPECT_THAT(seen, ::testing::UnorderedElementsAre(txt, jsonl + "#1", jsonl + "#2"));
  EXPECT_THAT(run.errors, IsEmpty());
  EXPECT_EQ(run.status, 0);
  std::printf("[ 50 MB ] text + JSONL lines: %.1f s\n", run.seconds);
}

TEST_F(BadInputTest, HtmlNestedTwoHundredThousandLevels) {
  std::string html = "<html><body>";
  for (int i = 0; i < 200000; ++i) html += "<div>";
  html += "<p>Au fond.</p>";
  for (int i = 0; i < 200000; ++i) html += "</div>";
  html += "</body></html>";
  std::string deep = Write("deep.html", html);
  std::string unclosed = Write("unclosed.html", "<html><body>" + [] {
    std::string s;
    for (int i = 0; i < 200000; ++i) s += "<span><b>";
    return s;
  }());
  RunResult run = Vigie({"extract", deep, unclosed}, "", 300);
  ASSERT_LT(run.status, 3) << "crashed or timed out";
  EXPECT_EQ(run.docs.size() + run.errors.size(), 2u);
  std::printf("[ deep  ] 2 pages nested 200,000 deep: %.1f s\n", run.seconds);
}

TEST_F(BadInputTest, UsageErrors) {
  EXPECT_EQ(Vigie({"extract", "--no-such-option"}).status, 2);
  EXPECT_EQ(Vigie({"extract", "--format", "pdf", Write("a.txt", kArticle)}).status, 2);
  EXPECT_EQ(Vigie({"extract", "--jobs", "0"}).status, 2);
  EXPECT_EQ(Vigie({"no-such-command"}).status, 2);
  EXPECT_EQ(Vigie({}).status, 2);
  EXPECT_EQ(Vigie({"extract", "--help"}, "", 60, /*json_stdout=*/false).status, 0);
}

TEST_F(BadInputTest, ForcedFormat) {
  std::string page = Write("page.txt", HtmlPage(1));
  RunResult run = Vigie({"extract", "--format", "html", page});
  EXPECT_EQ(run.status, 0);
  ASSERT_EQ(run.docs.size(), 1u);
  EXPECT_EQ(run.docs[0]["format"], "html");
}

TEST_F(BadInputTest, JobsKeepInputOrder) {
  std::vector<std::string> expected;
  for (int i = 0; i < 60; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "corpus/f%03d.txt", i);
    // Uneven sizes so that workers finish out of order.
    std::string body = "Titre " + std::to_string(i) + "\n\n";
    for (int k = 0; k < (i % 7) * 300 + 1; ++k) body += "Une phrase du corps de l'article. ";
    expected.push_back(Write(name, body));
  }
  RunResult run = Vigie({"extract", "--jobs", "2", Path("corpus")});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(Inputs(run.docs), expected);
}

TEST_F(BadInputTest, StandardInput) {
  std::string in = Write("in.txt", kArticle);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract"}, std::vector<std::string>{"extract", "-"}}) {
    RunResult run = Vigie(args, in);
    EXPECT_EQ(run.status, 0);
    ASSERT_EQ(run.docs.size(), 1u);
    EXPECT_EQ(run.docs[0]["input"], "<stdin>");
    EXPECT_EQ(run.docs[0]["title"], "Le conseil municipal vote le budget");
  }
  RunResult empty = Vigie({"extract", "-"});
  EXPECT_EQ(empty.status, 1);
  EXPECT_THAT(Inputs(empty.errors), ElementsAre("<stdin>"));
  std::string gz = Write("in.jsonl.gz", ingest::testing::Gzip(JsonlLine(1) + JsonlLine(2)));
  RunResult compressed = Vigie({"extract", "-"}, gz);
  EXPECT_THAT(Inputs(compressed.docs), ElementsAre("<stdin>#1", "<stdin>#2"));
}

}  // namespace
}  // namespace vigie
