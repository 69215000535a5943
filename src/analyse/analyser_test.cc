#include "analyse/analyser.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace vigie::analyse {
namespace {

TEST(AnalyserTest, FillsQuotesWithoutEntities) {
  AnalyserOptions options;
  options.data_dir = VIGIE_DATA_DIR_DEFAULT;
  Result<std::unique_ptr<Analyser>> analyser = Analyser::Load(options);
  ASSERT_TRUE(analyser.ok()) << analyser.status().message();
  Document doc;
  doc.title = "Alep";
  doc.language = "fr";
  doc.text = "« Nous ne partirons pas », a déclaré le ministre Jean Dupont.";
  (*analyser)->Analyse(&doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].text, "Nous ne partirons pas");
  EXPECT_EQ(doc.quotes[0].speaker.value_or(""), "Jean Dupont");
  EXPECT_EQ(doc.quotes[0].cue.value_or(""), "a déclaré");
}

TEST(AnalyserTest, BadLexiconNamesFileAndLine) {
  AnalyserOptions options;
  options.data_dir = VIGIE_DATA_DIR_DEFAULT;
  options.lexicon_dirs = {VIGIE_TESTDATA_DIR "/lexicons_bad"};
  Result<std::unique_ptr<Analyser>> analyser = Analyser::Load(options);
  ASSERT_FALSE(analyser.ok());
  EXPECT_NE(analyser.status().message().find("lexicons_bad/lexicons/fr/speech_cues.tsv:3:"),
            std::string::npos)
      << analyser.status().message();
}

}  // namespace
}  // namespace vigie::analyse
