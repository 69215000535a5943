// End-to-end: the corpus pass of `vigie extract` on a small site. Six
// pages of one domain carry the same disclaimer paragraph inside their
// article, an outlet blurb (the per-page rules keep it: it has no
// boilerplate shape); the
// pass must move it to `removed` on every page, keep each article's own
// text, keep the paragraph on a page of another domain, keep input order
// and the error line of a bad input; with the pass off, it stays. The spill
// path (results waiting for phase 2 in a temporary file) must give the same
// output as the in-memory path.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/extract_internal.h"
#include "pipeline/outcome_spool.h"
#include "vigie/document.h"
#include "vigie/extract.h"

namespace vigie {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kDisclaimer =
    "Le Veilleur suit depuis 1998 l'actualité du Proche-Orient avec une équipe de douze "
    "journalistes installés à Beyrouth, Amman et Paris, et publie chaque semaine des analyses "
    "venues de tous les horizons.";

// The own paragraphs of page `i`.
std::vector<std::string> OwnParagraphs(int i) {
  const char* places[] = {"Alep", "Mossoul", "Raqqa", "Idlib", "Homs", "Deir ez-Zor"};
  std::string place = places[i % 6];
  return {
      "Les habitants de " + place + " ont passé une nouvelle nuit sous les bombardements, "
          "selon plusieurs témoins joints par téléphone, qui décrivent des immeubles effondrés.",
      "Les secours manquent de carburant et de matériel, et les hôpitaux de " + place +
          " ne reçoivent plus de médicaments depuis le début du mois, a indiqué un médecin.",
      "Les négociations sur un cessez-le-feu autour de " + place +
          " doivent reprendre la semaine prochaine, sans que les parties aient fixé de date.",
  };
}

std::string Page(const std::string& domain, int i) {
  std::string html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Reportage " +
                     std::to_string(i) + "</title><meta property=\"og:url\" content=\"https://www." +
                     domain + "/article-" + std::to_string(i) + "\"></head><body>" +
                     "<nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a></nav>" +
                     "<article><h1>Reportage " + std::to_string(i) + "</h1>";
  for (const std::string& p : OwnParagraphs(i)) html += "<p>" + p + "</p>";
  html += "<p>" + std::string(kDisclaimer) + "</p></article></body></html>";
  return html;
}

class CollectingSink : public ExtractSink {
 public:
  void OnDocument(const Document& doc) override {
    docs.push_back(doc);
    order.push_back(doc.input);
  }
  void OnError(std::string_view input, std::string_view error) override {
    errors.push_back(std::string(input) + ": " + std::string(error));
    order.push_back(std::string(input));
  }
  void OnNotice(std::string_view message) override { notices.emplace_back(message); }
  std::vector<Document> docs;
  std::vector<std::string> errors, notices, order;
};

bool InRemoved(const Document& doc, const std::string& paragraph) {
  return std::find(doc.removed.begin(), doc.removed.end(), paragraph) != doc.removed.end();
}

class CorpusPassTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("vigie_corpus_pass_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (int i = 0; i < 6; ++i) Write(std::string("a").append(std::to_string(i)).append(".html"), Page("veilleur.example", i));
    Write("a3-empty.html", "");  // an input that fails, between two pages
    Write("b.html", Page("autre-site.example", 0));
  }
  void TearDown() override {
    internal::SetCorpusSpoolBudgetForTesting(pipeline::OutcomeSpool::kDefaultMemoryBudget);
    fs::remove_all(dir_);
  }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  CollectingSink Run(bool corpus_pass, int jobs = 2) {
    ExtractOptions options;
    options.jobs = jobs;
    options.corpus_boilerplate = corpus_pass;
    CollectingSink sink;
    Extract({dir_.string()}, options, &sink);
    return sink;
  }
  std::vector<std::string> ExpectedOrder() const {
    std::vector<std::string> order;
    for (const char* name : {"a0.html", "a1.html", "a2.html", "a3-empty.html", "a3.html",
                             "a4.html", "a5.html", "b.html"}) {
      order.push_back((dir_ / name).string());
    }
    return order;
  }

  fs::path dir_;
};

TEST_F(CorpusPassTest, WithoutThePassTheDisclaimerStaysInText) {
  CollectingSink sink = Run(/*corpus_pass=*/false);
  ASSERT_EQ(sink.docs.size(), 7u);
  for (const Document& doc : sink.docs) {
    EXPECT_THAT(doc.text, HasSubstr(kDisclaimer)) << doc.input;
    EXPECT_THAT(doc.warnings, Not(Contains("corpus_boilerplate_removed")));
  }
}

TEST_F(CorpusPassTest, DisclaimerMovesToRemovedAndOwnTextStays) {
  CollectingSink sink = Run(/*corpus_pass=*/true);
  EXPECT_EQ(sink.order, ExpectedOrder());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_THAT(sink.errors[0], HasSubstr("a3-empty.html"));
  ASSERT_EQ(sink.docs.size(), 7u);
  for (int i = 0; i < 6; ++i) {
    const Document& doc = sink.docs[i];
    SCOPED_TRACE(doc.input + "\n" + doc.text);
    EXPECT_EQ(doc.domain, "veilleur.example");
    std::string own;
    for (const std::string& p : OwnParagraphs(i)) own += (own.empty() ? "" : "\n\n") + p;
    EXPECT_EQ(doc.text, own);
    EXPECT_TRUE(InRemoved(doc, kDisclaimer));
    EXPECT_THAT(doc.warnings, Contains("corpus_boilerplate_removed"));
  }
  const Document& other = sink.docs[6];
  EXPECT_EQ(other.domain, "autre-site.example");
  EXPECT_THAT(other.text, HasSubstr(kDisclaimer));
  EXPECT_FALSE(InRemoved(other, kDisclaimer));
  EXPECT_THAT(sink.notices, Contains(HasSubstr("6 repeated paragraphs moved to removed")));
}

TEST_F(CorpusPassTest, OneJobGivesTheSameDocuments) {
  CollectingSink two = Run(/*corpus_pass=*/true, 2);
  CollectingSink one = Run(/*corpus_pass=*/true, 1);
  ASSERT_EQ(one.docs.size(), two.docs.size());
  for (size_t i = 0; i < one.docs.size(); ++i) {
    EXPECT_EQ(ToJsonLine(one.docs[i]), ToJsonLine(two.docs[i]));
  }
  EXPECT_EQ(one.order, ExpectedOrder());
}

// A budget of 3 KB holds the first results; the rest, the error among them,
// go through the temporary file and must come back identical.
TEST_F(CorpusPassTest, SpilledResultsComeBackIdentical) {
  CollectingSink in_memory = Run(/*corpus_pass=*/true);
  internal::SetCorpusSpoolBudgetForTesting(3000);
  CollectingSink spilled = Run(/*corpus_pass=*/true);
  EXPECT_THAT(in_memory.notices, Not(Contains(HasSubstr("temporary file"))));
  EXPECT_THAT(spilled.notices, Contains(HasSubstr("held in a temporary file")));
  EXPECT_EQ(spilled.order, ExpectedOrder());
  EXPECT_EQ(spilled.errors, in_memory.errors);
  ASSERT_EQ(spilled.docs.size(), in_memory.docs.size());
  for (size_t i = 0; i < spilled.docs.size(); ++i) {
    EXPECT_EQ(ToJsonLine(spilled.docs[i]), ToJsonLine(in_memory.docs[i]));
  }
  EXPECT_TRUE(InRemoved(spilled.docs[5], kDisclaimer));
}

// The binary: the flag reaches the option, and stdout stays JSONL.
TEST_F(CorpusPassTest, BinaryFlagTurnsThePassOff) {
  auto run = [&](const std::string& flags) {
    std::string cmd = std::string(VIGIE_BINARY) + " extract " + flags + " '" + dir_.string() +
                      "' 2>/dev/null";
    FILE* pipe = popen(cmd.c_str(), "r");
    std::string out;
    if (pipe == nullptr) return out;
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    EXPECT_EQ(WEXITSTATUS(pclose(pipe)), 1);  // the empty input failed
    return out;
  };
  auto disclaimers_in_text = [](const std::string& out) {
    int n = 0;
    for (size_t start = 0; start < out.size();) {
      size_t nl = out.find('\n', start);
      if (nl == std::string::npos) break;
      Result<Document> doc = FromJsonLine(std::string_view(out).substr(start, nl - start));
      EXPECT_TRUE(doc.ok());
      if (doc.ok() && doc->text.find(kDisclaimer) != std::string::npos) ++n;
      start = nl + 1;
    }
    return n;
  };
  EXPECT_EQ(disclaimers_in_text(run("")), 1);  // only the other domain's page
  EXPECT_EQ(disclaimers_in_text(run("--no-corpus-boilerplate")), 7);
}

}  // namespace
}  // namespace vigie
