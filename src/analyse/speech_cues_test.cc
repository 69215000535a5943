#include "analyse/speech_cues.h"

#include <gtest/gtest.h>

#include <string>

#include "analyse/speaker_nouns.h"

namespace vigie::analyse {
namespace {

TEST(SpeechCuesTest, ConjugatesRegularVerbs) {
  std::vector<std::string> f = RegularForms("declarer", "fr");
  for (const char* form : {"declare", "declarent", "declarait", "declarant", "declarera"})
    EXPECT_NE(std::find(f.begin(), f.end(), form), f.end()) << form;
  f = RegularForms("exiger", "fr");
  EXPECT_NE(std::find(f.begin(), f.end(), "exigeant"), f.end());
  f = RegularForms("avertir", "fr");
  EXPECT_NE(std::find(f.begin(), f.end(), "avertit"), f.end());
  EXPECT_TRUE(RegularForms("dire", "fr").empty());
  f = RegularForms("deny", "en");
  EXPECT_NE(std::find(f.begin(), f.end(), "denied"), f.end());
}

TEST(SpeechCuesTest, MatchesFormsAndPhrases) {
  Result<SpeechCueLexicon> lex = SpeechCueLexicon::Parse(
      "# comment\nlemma\tforms\tkind\ndéclarer\t-\tque,quote\nd'après\td'apres\tsource\n"
      "faire valoir\tfait valoir\tque\n",
      "cues.tsv", "fr");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  AnalysisText text("Il a DÉCLARÉ, d’après lui, et fait valoir ceci.", "fr");
  size_t length = 0;
  const SpeechCue* cue = lex->Match(text, 2, &length);
  ASSERT_NE(cue, nullptr);
  EXPECT_EQ(cue->lemma, "déclarer");
  EXPECT_EQ(length, 1u);
  cue = lex->Match(text, 4, &length);
  ASSERT_NE(cue, nullptr);
  EXPECT_TRUE(cue->kinds & kCueSource);
  EXPECT_EQ(length, 2u);
  cue = lex->Match(text, 9, &length);
  ASSERT_NE(cue, nullptr);
  EXPECT_EQ(length, 2u);
  EXPECT_EQ(lex->Match(text, 0, &length), nullptr);
  // A phrase cut by the end of the text is no match, and nothing past the
  // last token is read (AddressSanitizer: a fuzz input ending on "fait").
  AnalysisText cut("Il fait", "fr");
  EXPECT_EQ(lex->Match(cut, 1, &length), nullptr);
}

struct BadFile {
  const char* content;
  const char* message;  // a part of the error
};

TEST(SpeechCuesTest, BadLinesNameFileAndLine) {
  const BadFile kBad[] = {
      {"déclarer\t-\tque\n", "cues.tsv: no column 'lemma' in the header line"},
      {"lemma\tforms\tkind\ndéclarer\t-\n", "cues.tsv:2: 2 fields, the header has 3"},
      {"lemma\tforms\tkind\n# c\ndéclarer\t-\tsaid\n", "cues.tsv:3: unknown kind"},
      {"lemma\tforms\tkind\ndire\t-\tque\n", "cues.tsv:2: no regular forms for 'dire'"},
      {"lemma\tforms\tkind\ndire\t\tque\n", "cues.tsv:2: empty column 'forms'"},
      {"", "cues.tsv: no header line"},
      {"lemma\tforms\tkind\n\xff\t-\tque\n", "cues.tsv:2: invalid UTF-8"},
  };
  for (const BadFile& b : kBad) {
    Result<SpeechCueLexicon> lex = SpeechCueLexicon::Parse(b.content, "cues.tsv", "fr");
    ASSERT_FALSE(lex.ok()) << b.content;
    EXPECT_NE(lex.status().message().find(b.message), std::string::npos)
        << lex.status().message();
  }
}

TEST(SpeakerNounsTest, ParsesGenderClassAndPlural) {
  Result<SpeakerNouns> nouns = SpeakerNouns::Parse(
      "noun\tgender\tclass\npréfète\tf\tperson\njournal\tm\torganisation\nsource\tf\tgeneric\n",
      "nouns.tsv");
  ASSERT_TRUE(nouns.ok()) << nouns.status().message();
  ASSERT_NE(nouns->Find("prefete"), nullptr);
  EXPECT_EQ(nouns->Find("prefete")->gender, Gender::kFeminine);
  ASSERT_NE(nouns->Find("journaux"), nullptr);
  EXPECT_EQ(nouns->Find("journaux")->noun_class, NounClass::kOrganisation);
  EXPECT_NE(nouns->Find("sources"), nullptr);
  EXPECT_EQ(nouns->Find("ministre"), nullptr);
  Result<SpeakerNouns> bad = SpeakerNouns::Parse("noun\tgender\tclass\nx\tq\tperson\n", "n.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("n.tsv:2: gender"), std::string::npos);
  ASSERT_TRUE(nouns->AddFirstNames("name\tgender\nMargaret\tf\n", "first_names.tsv").ok());
  EXPECT_EQ(nouns->FirstNameGender("margaret"), Gender::kFeminine);
}

}  // namespace
}  // namespace vigie::analyse
