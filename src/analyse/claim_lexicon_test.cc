#include "analyse/claim_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyse/analyser.h"

namespace vigie::analyse {
namespace {

const char kHeader[] = "# a comment\nphrase\trole\tvalue\n";

TEST(ClaimLexiconTest, MatchesFoldedPhrasesOfTheDocumentLanguage) {
  auto l = ClaimLexicon::FromTables({
      {"fr", "casualties.tsv", std::string(kHeader) + "tués\tkilled\tparticiple\nperdu la vie\tkilled\tintransitive\n"},
      {"fr", "numbers.tsv", std::string(kHeader) + "plus d'\tapprox\t\nvingt\tnumber\t20\n"},
      {"en", "casualties.tsv", std::string(kHeader) + "killed\tkilled\tparticiple\n"},
  });
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  AnalysisText text("TUES, perdu la vie, plus d’un, KILLED", "fr");
  ClaimMarks fr(**l, text, ClaimLexicon::kFrench);
  fr.MarkParagraph(0);
  EXPECT_TRUE(fr.Has(0, ClaimRole::kKilled));
  EXPECT_EQ(fr.Length(2, ClaimRole::kKilled), 3u);
  EXPECT_EQ(static_cast<CueForm>(fr.Longest(2, ClaimRole::kKilled)->value), CueForm::kIntransitive);
  EXPECT_EQ(fr.Length(6, ClaimRole::kApprox), 2u);  // "plus d’" with a typographic apostrophe
  EXPECT_FALSE(fr.Has(10, ClaimRole::kKilled));     // English entries are not matched in French
  ClaimMarks both(**l, text, ClaimLexicon::kFrench | ClaimLexicon::kEnglish);
  both.MarkParagraph(0);
  EXPECT_TRUE(both.Has(10, ClaimRole::kKilled));
  EXPECT_EQ((*l)->WordValue("vingt", ClaimRole::kNumber, ClaimLexicon::kFrench), 20);
  EXPECT_EQ((*l)->WordValue("vingt", ClaimRole::kNumber, ClaimLexicon::kEnglish), -1);
}

TEST(ClaimLexiconTest, ShortWordsKeepTheirAccents) {
  // "a" (has) and "à" (at) fold alike but are different words; a capital
  // often drops the accent ("A Alep").
  auto l = ClaimLexicon::FromTables({
      {"fr", "casualties.tsv", std::string(kHeader) + "tués\tkilled\tparticiple\n"},
      {"fr", "claim_context.tsv", std::string(kHeader) + "a\taux_have\t\nà\tlocative\t\n"},
  });
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  AnalysisText text("Il a fui à Alep. A Homs", "fr");
  ClaimMarks m(**l, text, ClaimLexicon::kFrench);
  m.MarkParagraph(0);
  EXPECT_TRUE(m.Has(1, ClaimRole::kAuxHave));
  EXPECT_FALSE(m.Has(1, ClaimRole::kLocative));
  EXPECT_TRUE(m.Has(3, ClaimRole::kLocative));
  EXPECT_FALSE(m.Has(3, ClaimRole::kAuxHave));
  EXPECT_TRUE(m.Has(6, ClaimRole::kLocative));  // "A Homs"
}

TEST(ClaimLexiconTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* contents;
    const char* error;
  } cases[] = {
      {"phrase\trole\tvalue\ntués\tkiled\tparticiple\n", "casualties.tsv:2: unknown role \"kiled\""},
      {"phrase\trole\tvalue\ntués\tkilled\tverb\n", "casualties.tsv:2: bad value \"verb\" for role killed"},
      {"phrase\trole\tvalue\nvingt\tnumber\tvingt\n", "casualties.tsv:2: bad value"},
      {"phrase\trole\nvingt\tnumber\n", "casualties.tsv"},
  };
  for (const Case& c : cases) {
    auto l = ClaimLexicon::FromTables({{"fr", "casualties.tsv", c.contents}});
    ASSERT_FALSE(l.ok());
    EXPECT_NE(l.status().message().find(c.error), std::string::npos) << l.status().message();
  }
}

// The words the actor and date rules read are entries of their own roles,
// each in its language's file.
TEST(ClaimLexiconTest, TheRulesWordsAreEntriesOfTheirLanguage) {
  auto l = ClaimLexicon::Load({DefaultDataDir() + "/lexicons"});
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  const ClaimLexicon& x = **l;
  EXPECT_GE(x.WordValue("backed", ClaimRole::kSponsor, ClaimLexicon::kEnglish), 0);
  EXPECT_EQ(x.WordValue("backed", ClaimRole::kSponsor, ClaimLexicon::kFrench), -1);
  EXPECT_GE(x.WordValue("made", ClaimRole::kMaker, ClaimLexicon::kEnglish), 0);
  EXPECT_GE(x.WordValue("assaillants", ClaimRole::kUnnamedAttacker, ClaimLexicon::kFrench), 0);
  EXPECT_GE(x.WordValue("gunmen", ClaimRole::kUnnamedAttacker, ClaimLexicon::kEnglish), 0);
  EXPECT_GE(x.WordValue("armes", ClaimRole::kArmed, ClaimLexicon::kFrench), 0);  // folded "armés"
  EXPECT_GE(x.WordValue("ministere", ClaimRole::kOffice, ClaimLexicon::kFrench), 0);
  EXPECT_GE(x.WordValue("gmt", ClaimRole::kTimeZone, ClaimLexicon::kFrench), 0);
  EXPECT_GE(x.WordValue("decennies", ClaimRole::kPeriodWord, ClaimLexicon::kFrench), 0);
  EXPECT_GE(x.WordValue("abou", ClaimRole::kNameParticle, ClaimLexicon::kFrench), 0);
  EXPECT_EQ(x.WordValue("soldats", ClaimRole::kUnnamedAttacker, ClaimLexicon::kFrench), -1);
}

TEST(ClaimLexiconTest, LoadsTheDataAndUsersAdditions) {
  auto l = ClaimLexicon::Load({DefaultDataDir() + "/lexicons"});
  ASSERT_TRUE(l.ok()) << l.status().ToString();
  EXPECT_GT((*l)->entries().size(), 1000u);
  EXPECT_FALSE(ClaimLexicon::Load({"/nonexistent"}).ok());
  // A users' directory without files adds nothing and is no error.
  EXPECT_TRUE(ClaimLexicon::Load({DefaultDataDir() + "/lexicons", "/nonexistent"}).ok());
}

}  // namespace
}  // namespace vigie::analyse
