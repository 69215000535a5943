#include "ingest/input_files.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace vigie::ingest {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

class InputFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vigie_input_files_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& rel, std::string_view content = "x") {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  void Expand(const std::vector<std::string>& paths) {
    ExpandInputs(
        paths, [&](const std::string& f) { files_.push_back(f); },
        [&](const std::string& p, const std::string& e) { errors_.push_back(p + ": " + e); });
  }

  fs::path dir_;
  std::vector<std::string> files_, errors_;
};

TEST_F(InputFilesTest, NoPathMeansStandardInput) {
  Expand({});
  EXPECT_THAT(files_, ElementsAre("-"));
  EXPECT_THAT(errors_, IsEmpty());
}

TEST_F(InputFilesTest, DirectoriesAreWalkedSortedWithoutHiddenFiles) {
  std::string b = Write("b.txt");
  std::string a2 = Write("a/z.md");
  std::string a1 = Write("a/sub/y.html");
  Write(".cache/hidden.txt");
  Write("a/.hidden.txt");
  std::string top = Write("top.jsonl");
  Expand({top, dir_.string(), "-"});
  EXPECT_THAT(files_, ElementsAre(top, a1, a2, b, top, "-"));
  EXPECT_THAT(errors_, IsEmpty());
}

TEST_F(InputFilesTest, UnreadablePaths) {
  std::string file = Write("f.txt");
  Expand({(dir_ / "absent.txt").string(), file + "/sous-dossier"});
  EXPECT_THAT(files_, IsEmpty());
  ASSERT_EQ(errors_.size(), 2u);
  EXPECT_EQ(errors_[0], (dir_ / "absent.txt").string() + ": No such file or directory");
  EXPECT_EQ(errors_[1], file + "/sous-dossier: Not a directory");
}

TEST_F(InputFilesTest, DirectoriesWithoutFiles) {
  fs::create_directories(dir_ / "empty");
  Write("only-hidden/.a");
  fs::create_directories(dir_ / "nested/deeper/still");
  Expand({(dir_ / "empty").string(), (dir_ / "only-hidden").string(),
          (dir_ / "nested").string()});
  EXPECT_THAT(files_, IsEmpty());
  ASSERT_EQ(errors_.size(), 3u);
  EXPECT_THAT(errors_[0], ::testing::EndsWith("empty: directory holds no files"));
}

TEST_F(InputFilesTest, ExplicitHiddenFileIsRead) {
  std::string hidden = Write(".explicit.txt");
  Expand({hidden});
  EXPECT_THAT(files_, ElementsAre(hidden));
}

TEST_F(InputFilesTest, ReadWholeFile) {
  std::string content(200000, 'z');
  content += "fin";
  std::string path = Write("big.txt", content);
  Result<std::string> got = ReadWholeFile(path);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, content);
  Result<std::string> limited = ReadWholeFile(path, 1000);
  ASSERT_FALSE(limited.ok());
  EXPECT_EQ(limited.status().code(), Status::Code::kResourceExhausted);
  EXPECT_FALSE(ReadWholeFile((dir_ / "absent").string()).ok());
  Result<std::string> dir = ReadWholeFile(dir_.string());
  EXPECT_FALSE(dir.ok());
  Result<std::string> empty = ReadWholeFile(Write("empty.txt", ""));
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
}

}  // namespace
}  // namespace vigie::ingest
