#include "text/language.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "common/utf8.h"

namespace vigie::text {
namespace {

// Paragraphs written for these tests, in the register of news pages.
constexpr char kFrench[] =
    "Le conseil municipal a voté mardi soir le nouveau plan de circulation du centre-ville. "
    "Selon le maire, les travaux commenceront au printemps et dureront près de deux ans, "
    "tandis que les commerçants craignent une baisse de la fréquentation pendant le chantier.";
constexpr char kEnglish[] =
    "The city council approved the new traffic plan for the town centre on Tuesday evening. "
    "According to the mayor, work will begin in the spring and last nearly two years, while "
    "shop owners fear that fewer customers will come during the construction.";
constexpr char kGerman[] =
    "Der Stadtrat hat am Dienstagabend den neuen Verkehrsplan für die Innenstadt beschlossen. "
    "Nach Angaben des Bürgermeisters beginnen die Arbeiten im Frühjahr und dauern fast zwei "
    "Jahre, während die Händler einen Rückgang der Kundschaft während der Bauzeit befürchten.";
constexpr char kSpanish[] =
    "El ayuntamiento aprobó el martes por la noche el nuevo plan de tráfico del centro de la "
    "ciudad. Según el alcalde, las obras comenzarán en primavera y durarán casi dos años, "
    "mientras que los comerciantes temen una caída de la clientela durante las obras.";

class LanguageIdentifierTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::unique_ptr<LanguageIdentifier>> loaded =
        LanguageIdentifier::Load(DefaultLanguageModelPath());
    // scripts/setup installs the model; without it this suite must fail,
    // not skip, or a broken setup would pass CI silently.
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    id_ = std::move(*loaded).release();
  }
  static void TearDownTestSuite() {
    delete id_;
    id_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(id_, nullptr); }

  static LanguageIdentifier* id_;
};

LanguageIdentifier* LanguageIdentifierTest::id_ = nullptr;

struct Case {
  const char* name;
  const char* text;
  const char* language;
};

TEST_F(LanguageIdentifierTest, IdentifiesParagraphsWithConfidence) {
  const Case kCases[] = {
      {"french", kFrench, "fr"},
      {"english", kEnglish, "en"},
      {"german", kGerman, "de"},
      {"spanish", kSpanish, "es"},
  };
  for (const Case& c : kCases) {
    LanguageGuess guess = id_->Identify(c.text);
    EXPECT_EQ(guess.language, c.language) << c.name;
    EXPECT_GT(guess.confidence, 0.9) << c.name;
    EXPECT_LE(guess.confidence, 1.0) << c.name;
  }
}

TEST_F(LanguageIdentifierTest, ReadsEveryParagraphNotOnlyTheFirstLine) {
  // fastText stops at a newline; the identifier must see past it. The first
  // line alone reads as English; the paragraphs after it say French.
  ASSERT_EQ(id_->Identify("Live updates: breaking news from the city").language, "en");
  std::string text =
      std::string("Live updates: breaking news from the city\n\n") + kFrench + "\n\n" + kFrench;
  LanguageGuess guess = id_->Identify(text);
  EXPECT_EQ(guess.language, "fr");
  EXPECT_GT(guess.confidence, 0.9);
}

TEST_F(LanguageIdentifierTest, AllCapitalsHeadlineIsIdentified) {
  // Read as written, the model gives this headline under 0.3.
  LanguageGuess guess =
      id_->Identify("LE GOUVERNEMENT ANNONCE UNE HAUSSE DES PRIX DE L'ÉNERGIE");
  EXPECT_EQ(guess.language, "fr");
  EXPECT_GT(guess.confidence, 0.9);
  guess = id_->Identify("DER STADTRAT HAT DEN NEUEN VERKEHRSPLAN BESCHLOSSEN");
  EXPECT_EQ(guess.language, "de");
  EXPECT_GT(guess.confidence, 0.9);
}

TEST_F(LanguageIdentifierTest, EmptyOrTooShortTextHasNoLanguage) {
  const char* kCases[] = {
      "",
      "   \n\n\t ",
      "Oui.",
      "12/11/2016 — 14:32",
      "!!! ??? ... 42 %",
      "© 2016 — 01 23 45 67 89",
  };
  for (const char* text : kCases) {
    LanguageGuess guess = id_->Identify(text);
    EXPECT_EQ(guess.language, "") << "'" << text << "'";
    EXPECT_EQ(guess.confidence, 0.0) << "'" << text << "'";
  }
}

TEST_F(LanguageIdentifierTest, MixedTextIsLessCertainThanPureText) {
  // Half French, half English: either answer is defensible, but the model
  // must say it is less sure than on either language alone.
  std::string mixed = std::string(kFrench) + "\n\n" + kEnglish;
  LanguageGuess guess = id_->Identify(mixed);
  EXPECT_TRUE(guess.language == "fr" || guess.language == "en") << guess.language;
  EXPECT_LT(guess.confidence, id_->Identify(kFrench).confidence);
  EXPECT_LT(guess.confidence, id_->Identify(kEnglish).confidence);
}

TEST_F(LanguageIdentifierTest, FrenchArticleWithAnEnglishQuoteIsFrench) {
  std::string text = std::string(kFrench) +
                     " « We will not give up », a déclaré le porte-parole. " + kFrench;
  LanguageGuess guess = id_->Identify(text);
  EXPECT_EQ(guess.language, "fr");
  EXPECT_GT(guess.confidence, 0.8);
}

TEST_F(LanguageIdentifierTest, LongTextIsCutOnACharacterBoundary) {
  // Multi-byte characters at every position around the sample limit: the
  // cut must never split one (fastText would see invalid UTF-8).
  for (size_t pad = 0; pad < 4; ++pad) {
    std::string text(pad, 'a');
    text += ' ';
    while (text.size() < 20000) text += "Élève à l'école, été déjà passé. ";
    LanguageGuess guess = id_->Identify(text);
    EXPECT_EQ(guess.language, "fr") << pad;
    EXPECT_GT(guess.confidence, 0.5) << pad;
  }
}

TEST_F(LanguageIdentifierTest, IdentifyIsSafeFromSeveralThreads) {
  const std::vector<std::pair<const char*, const char*>> kTexts = {
      {kFrench, "fr"}, {kEnglish, "en"}, {kGerman, "de"}, {kSpanish, "es"}};
  std::vector<int> wrong(kTexts.size(), 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < kTexts.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        if (id_->Identify(kTexts[t].first).language != kTexts[t].second) ++wrong[t];
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (size_t t = 0; t < kTexts.size(); ++t) EXPECT_EQ(wrong[t], 0) << kTexts[t].second;
}

// The identifier computes the n-gram rows of a word itself, from a flat copy
// of the pruned model's table: they must be fastText's, in fastText's order,
// for every kind of word (ASCII, accented, other scripts, one letter, long).
TEST_F(LanguageIdentifierTest, SubwordRowsAreFastTextsOwn) {
  std::vector<std::string> words = {"<>", "<a>", "<l'>", "<été>", "<œuvre>", "<ß>",
                                    "<Алеппо>", "<北京>", "<مرحبا>", "<😀x>", "<x\xC3>"};
  for (const char* text : {kFrench, kEnglish, kGerman, kSpanish}) {
    std::string_view t(text);
    size_t pos = 0;
    while (pos < t.size()) {
      size_t end = t.find(' ', pos);
      if (end == std::string_view::npos) end = t.size();
      words.push_back("<" + std::string(t.substr(pos, end - pos)) + ">");
      pos = end + 1;
    }
  }
  words.push_back("<" + std::string(300, 'z') + ">");
  size_t nonempty = 0;
  for (const std::string& w : words) {
    std::vector<int32_t> ours = id_->SubwordRowsOf(w);
    EXPECT_EQ(ours, id_->ReferenceSubwordRowsOf(w)) << w;
    nonempty += !ours.empty();
  }
  EXPECT_GT(nonempty, words.size() / 2);  // the model keeps n-grams: the test compares rows
}

TEST(LanguageIdentifierLoadTest, MissingModelIsNotFound) {
  auto loaded = LanguageIdentifier::Load("/nonexistent/lid.176.ftz");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kNotFound);
  // A directory is not a model either.
  loaded = LanguageIdentifier::Load(std::filesystem::temp_directory_path().string());
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kNotFound);
}

TEST_F(LanguageIdentifierTest, ParagraphRunsFollowTheLanguages) {
  // French, French, a short line, English, English, German.
  const std::string text = std::string(kFrench) + "\n\n" + kFrench + "\n\nSource : AP\n\n" +
                           kEnglish + "\n\n" + kEnglish + "\n\n" + kGerman;
  std::vector<LanguageSpan> runs = id_->IdentifyParagraphs(text);
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].language, "fr");
  EXPECT_EQ(runs[1].language, "en");
  EXPECT_EQ(runs[2].language, "de");
  const int64_t french = static_cast<int64_t>(CodePointCount(kFrench));
  const int64_t english = static_cast<int64_t>(CodePointCount(kEnglish));
  EXPECT_EQ(runs[0].start, 0);
  // The short line is too short to tell and stays with the run before it.
  EXPECT_EQ(runs[0].end, 2 * french + 2 + 2 + 11);
  EXPECT_EQ(runs[1].start, runs[0].end + 2);
  EXPECT_EQ(runs[1].end, runs[1].start + 2 * english + 2);
  EXPECT_EQ(runs[2].end, static_cast<int64_t>(CodePointCount(text)));
  for (const LanguageSpan& r : runs) EXPECT_GT(r.confidence, 0.8);
}

TEST_F(LanguageIdentifierTest, ParagraphRunsOfShortOrEmptyText) {
  EXPECT_TRUE(id_->IdentifyParagraphs("").empty());
  EXPECT_TRUE(id_->IdentifyParagraphs("\n\n  \n").empty());
  EXPECT_TRUE(id_->IdentifyParagraphs("Oui.").empty());
  // Paragraphs each too short, together enough: one run for the whole.
  std::vector<LanguageSpan> runs = id_->IdentifyParagraphs(
      "  Le maire a parlé.\n\nLes travaux commencent.\n\nIls dureront deux ans.\n");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].language, "fr");
  EXPECT_EQ(runs[0].start, 2);
  EXPECT_EQ(runs[0].end, 2 + 17 + 2 + 23 + 2 + 22);
}

TEST(LanguageIdentifierLoadTest, GarbageModelIsCorruptionNotACrash) {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / "vigie_language_test_garbage.ftz";
  {
    std::ofstream out(path, std::ios::binary);
    out << "this is not a fastText model, only some bytes\n";
  }
  auto loaded = LanguageIdentifier::Load(path.string());
  std::filesystem::remove(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kCorruption);
}

TEST(LanguageModelPathTest, EnvironmentOverridesTheBuiltInPath) {
  const char* saved = std::getenv("VIGIE_LID_MODEL");
  std::string saved_value = saved ? saved : "";
  unsetenv("VIGIE_LID_MODEL");
  EXPECT_EQ(DefaultLanguageModelPath(), VIGIE_LID_MODEL_DEFAULT);
  setenv("VIGIE_LID_MODEL", "/models/lid.176.bin", 1);
  EXPECT_EQ(DefaultLanguageModelPath(), "/models/lid.176.bin");
  if (saved) {
    setenv("VIGIE_LID_MODEL", saved_value.c_str(), 1);
  } else {
    unsetenv("VIGIE_LID_MODEL");
  }
}

}  // namespace
}  // namespace vigie::text
