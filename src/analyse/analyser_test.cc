#include "analyse/analyser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "common/utf8.h"

namespace vigie::analyse {
namespace {

TEST(AnalyserTest, FillsQuotesWithTheirSpeakers) {
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

TEST(AnalyserTest, FillsEntitiesAndSkipsHugeTexts) {
  Result<std::unique_ptr<Analyser>> analyser = Analyser::Load(AnalyserOptions{});
  ASSERT_TRUE(analyser.ok()) << analyser.status().ToString();
  Document doc;
  doc.text = "Alep : reprise des combats\n\nDAMAS (AFP) - L’armée de Bachar al-Assad avance.";
  doc.language = "fr";
  (*analyser)->Analyse(&doc);
  ASSERT_FALSE(doc.entities.empty());
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    EXPECT_EQ(CodePointSubstr(doc.text, e.start, e.end), e.text);
    if (i > 0) {
      EXPECT_LE(doc.entities[i - 1].end, e.start);
    }
  }
  EXPECT_TRUE(doc.warnings.empty());

  Document huge;
  huge.text.assign(Analyser::kMaxAnalysedBytes + 1, 'a');
  huge.entities.push_back(Entity{});
  (*analyser)->Analyse(&huge);
  EXPECT_TRUE(huge.entities.empty());
  EXPECT_EQ(huge.warnings, std::vector<std::string>{"analysis_skipped_text_too_long"});
}

// The entity layer's places reach the labels: "nos soldats" of a dateline
// in Turkey, in a paragraph about Syria, are foreign forces; at home, the
// government's. Every label, whatever the confidence model thinks of it:
// the rules are under test.
TEST(AnalyserTest, LabelsReadTheDatelinesCountry) {
  AnalyserOptions options;
  options.all_labels = true;
  Result<std::unique_ptr<Analyser>> analyser = Analyser::Load(options);
  ASSERT_TRUE(analyser.ok()) << analyser.status().ToString();
  auto soldiers = [&](const std::string& text) {
    Document doc;
    doc.language = "fr";
    doc.text = text;
    (*analyser)->Analyse(&doc);
    for (const Label& l : doc.labels) {
      if (l.term == "nos soldats") return l.target;
    }
    return std::string("none");
  };
  EXPECT_EQ(soldiers("Ankara – L'armée turque a frappé des positions terroristes en Syrie. Deux de nos "
                     "soldats sont tombés près d'Afrin."),
            "foreign_forces");
  EXPECT_EQ(soldiers("Bamako, ORTM – Une attaque terroriste a visé le camp de Ménaka. Deux de nos "
                     "soldats sont tombés."),
            "government_forces");
}

TEST(AnalyserTest, MissingDataDirectoryIsAnError) {
  AnalyserOptions options;
  options.data_dir = "/nonexistent/data";
  EXPECT_FALSE(Analyser::Load(options).ok());
}

}  // namespace
}  // namespace vigie::analyse
