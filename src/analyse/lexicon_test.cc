#include "analyse/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/analysis_text.h"
#include "analyse/lexicon_matches.h"

namespace vigie::analyse {
namespace {

constexpr char kLabels[] =
    "# comment\n"
    "term\ttarget\tstance\tforms\twhen\tnot_before\tnot_after\tflags\ttechnique\tgate\n"
    "groupe armé\tarmed_opposition\tneutral\t*\t\t\t\tcontext\t\t\n"
    "terroriste\tjihadist_groups\tpejorative\t*\tfollows:jihadist_name\t\tprésumé\t\t\t\n"
    "terroriste\tarmed_opposition\tpejorative\t*\t\t\tprésumé\t\tName_Calling-Labeling\t\n"
    "régime\tgovernment_forces\tpejorative\trégime, régimes\t\t\tfiscal, de retraite\textend\t\t\n";
constexpr char kCues[] =
    "phrase\ttechnique\tspan\tgate\n"
    "comme par hasard\tDoubt\t\t\n"
    "et que dire de\tWhataboutism\tsentence\t\n"
    "fable\tLoaded_Language\tcue\topinion\n";
constexpr char kClasses[] =
    "phrase\tclass\tforms\n"
    "EI\tjihadist_name\t\n"
    "frappe\tconflict\t*\n"
    "face à\tpreposition\t\n";

TEST(LexiconTest, ReadsTheThreeKindsOfTable) {
  auto lex = Lexicon::FromFiles(
      {{"fr/labels.tsv", kLabels}, {"fr/techniques.tsv", kCues}, {"fr/context.tsv", kClasses}});
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const Lexicon& l = **lex;
  EXPECT_EQ(l.languages(), std::vector<std::string>{"fr"});
  ASSERT_EQ(l.label_terms().size(), 3u);
  const LabelTerm& groupe = l.label_terms()[0];
  EXPECT_EQ(groupe.term, "groupe armé");
  EXPECT_EQ(groupe.forms, (std::vector<std::string>{"groupe armé", "groupes armés"}));
  const LabelTerm& terroriste = l.label_terms()[1];
  ASSERT_EQ(terroriste.rows.size(), 2u);
  // The conditional row comes first, then the default.
  const LabelRow& conditional = l.label_rows()[terroriste.rows[0]];
  EXPECT_EQ(conditional.target, "jihadist_groups");
  ASSERT_EQ(conditional.when.size(), 1u);
  EXPECT_EQ(conditional.when[0].kind, LabelCondition::Kind::kFollows);
  EXPECT_EQ(conditional.when[0].class_id, l.ClassId("jihadist_name"));
  const LabelRow& fallback = l.label_rows()[terroriste.rows[1]];
  EXPECT_EQ(fallback.technique, "Name_Calling-Labeling");
  EXPECT_EQ(fallback.where, "fr/labels.tsv:5");
  EXPECT_EQ(fallback.not_after, (std::vector<TokenSeq>{{"presume"}}));
  const LabelRow& regime = l.label_rows()[l.label_terms()[2].rows[0]];
  EXPECT_EQ(regime.flags, static_cast<uint32_t>(kLabelExtends));
  EXPECT_EQ(regime.not_after, (std::vector<TokenSeq>{{"fiscal"}, {"de", "retraite"}}));

  ASSERT_EQ(l.cues().size(), 3u);
  EXPECT_EQ(l.cues()[1].span, CueSpan::kSentence);
  EXPECT_TRUE(l.cues()[2].needs_opinion);
  EXPECT_EQ(l.cues()[2].file, "techniques.tsv");
  EXPECT_EQ(l.ClassId("conflict"), 1);
  EXPECT_EQ(l.TokenClasses(0, "ei"), 1u);
  EXPECT_EQ(l.TokenClasses(0, "frappes"), 2u);
  EXPECT_EQ(l.TokenClasses(0, "face"), 0u);  // "face à" is matched as a phrase
  EXPECT_EQ(l.ClassId("nothing"), -1);
  // 2 + 2 + 2 label forms, 3 cues, "face à"; the other class phrases are one
  // token each, looked up, not matched.
  EXPECT_EQ(l.phrase_count(), 10u);
}

TEST(LexiconTest, ErrorsNameTheFileAndLine) {
  const std::string header = "term\ttarget\tstance\tforms\twhen\tflags\ttechnique\tgate\n";
  struct Case {
    std::string name, content;
    const char* message;
  } cases[] = {
      {"fr/l.tsv", header + "rebelle\tOpposition\tneutral\t\t\t\t\t\n", "fr/l.tsv:2: bad target"},
      {"fr/l.tsv", header + "rebelle\topp\tneutre\t\t\t\t\t\n", "fr/l.tsv:2: bad stance 'neutre'"},
      {"fr/l.tsv", header + "rebelle\topp\tneutral\t\t\tloud\t\t\n", "bad flag 'loud'"},
      {"fr/l.tsv", header + "rebelle\topp\tneutral\t\t\t\tName_Calling\t\n",
       "unknown technique 'Name_Calling'"},
      {"fr/l.tsv", header + "rebelle\topp\tneutral\t\tnear:x\t\t\t\n", "bad condition 'near:x'"},
      {"fr/l.tsv", header + "rebelle\topp\tneutral\t\tfollows:nowhere\t\t\t\n",
       "fr/l.tsv:2: no class 'nowhere'"},
      {"fr/l.tsv", header + "rebelle\topp\tneutral\t\t\t\t\talways\n", "bad gate 'always'"},
      {"fr/l.tsv", header + "\topp\tneutral\t\t\t\t\t\n", "fr/l.tsv:2: empty term"},
      {"fr/l.tsv", header + "rebelle\topp\tneutral\t , \xC2\xAD\t\t\t\t\n", "fr/l.tsv:2: empty form"},
      {"fr/c.tsv", "phrase\ttechnique\tspan\nx\tDoubt\tparagraph\n", "bad span 'paragraph'"},
      {"fr/c.tsv", "phrase\ttechnique\nx\tdoubt\n", "unknown technique 'doubt'"},
      {"fr/k.tsv", "phrase\tclass\nx\tJihadist Name\n", "fr/k.tsv:2: bad class"},
      {"fr/x.tsv", "name\tcanonical\nx\ty\n", "fr/x.tsv: unknown lexicon table"},
      {"labels.tsv", header, "not under a language directory"},
      {"fr/l.tsv", "term\ttarget\nrebelle\topp\n", "stance"},
      {"fr/l.tsv", "term\ttarget\tstance\nrebelle\topp\n", "fr/l.tsv:2"},
  };
  for (const Case& c : cases) {
    auto lex = Lexicon::FromFiles({{c.name, c.content}});
    ASSERT_FALSE(lex.ok()) << c.content;
    EXPECT_NE(lex.status().message().find(c.message), std::string::npos)
        << lex.status().message() << " -- expected: " << c.message;
  }
}

TEST(LexiconTest, LaterFilesReplaceRowsAndAddTerms) {
  auto lex = Lexicon::FromFiles(
      {{"fr/labels.tsv", kLabels},
       {"fr/context.tsv", kClasses},
       {"fr/mine.tsv",
        "term\ttarget\tstance\tforms\n"
        "groupe armé\tarmed_opposition\tpejorative\tgroupes armés\n"
        "milicien\tgovernment_forces\tneutral\t*\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  const Lexicon& l = **lex;
  ASSERT_EQ(l.label_terms().size(), 4u);
  const LabelRow& replaced = l.label_rows()[l.label_terms()[0].rows[0]];
  EXPECT_EQ(replaced.stance, Stance::kPejorative);
  EXPECT_EQ(replaced.flags, 0u);
  EXPECT_EQ(l.label_terms()[3].term, "milicien");
}

TEST(LexiconTest, HitsAreKeptInTheirParagraphsLanguage) {
  auto lex = Lexicon::FromFiles({{"fr/labels.tsv", kLabels},
                                 {"fr/context.tsv", kClasses},
                                 {"en/labels.tsv", "term\ttarget\tstance\nregime\tgov\tpejorative\n"},
                                 {"en/c.tsv", "phrase\ttechnique\nas if by chance\tDoubt\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  PhraseIndex::Builder builder;
  (*lex)->Register(&builder);
  Result<PhraseIndex> index = builder.Build();
  ASSERT_TRUE(index.ok());

  const std::string text =
      "Le régime et comme par hasard une frappe.\n\nThe regime, as if by chance.\n\nLe régime.";
  const AnalysisText analysis(text, "fr");
  std::vector<PhraseHit> hits;
  index->Scan(analysis, &hits);
  // The second paragraph is English, the third German: no lexicon.
  const std::vector<LanguageRun> runs{{0, 41, "fr", 1}, {43, 71, "en", 1}, {73, 83, "de", 1}};
  const LexiconMatches m(**lex, analysis, hits, runs, "fr");
  EXPECT_EQ(m.ParagraphLanguage(0), (*lex)->Language("fr"));
  EXPECT_EQ(m.ParagraphLanguage(1), (*lex)->Language("en"));
  EXPECT_EQ(m.ParagraphLanguage(2), -1);
  ASSERT_EQ(m.labels().size(), 2u);
  EXPECT_EQ(analysis.Slice(m.labels()[0].start, m.labels()[0].end), "régime");
  EXPECT_EQ(analysis.Slice(m.labels()[1].start, m.labels()[1].end), "regime");
  ASSERT_EQ(m.cues().size(), 1u);  // "as if by chance"; no French cue table here
  // "frappe", a one-token class phrase, is looked up token by token.
  const int conflict = (*lex)->ClassId("conflict");
  EXPECT_NE((*lex)->TokenClasses((*lex)->Language("fr"), "frappes") & (uint64_t{1} << conflict), 0u);
  size_t frappe = 0;
  while (analysis.TokenText(frappe) != "frappe") ++frappe;
  std::optional<PhraseHit> hit = m.ClassStartingAt(conflict, frappe);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(analysis.Slice(hit->start, hit->end), "frappe");
  EXPECT_EQ(hit->token_end, frappe + 1);
  EXPECT_TRUE(m.ClassEndingAt(conflict, frappe + 1).has_value());
  EXPECT_FALSE(m.ClassStartingAt(conflict, frappe + 1).has_value());
  EXPECT_TRUE(m.ClassInTokens(conflict, 0, frappe + 1));
  EXPECT_FALSE(m.ClassInTokens(conflict, frappe + 1, analysis.tokens().size()));
  EXPECT_FALSE(m.ClassStartingAt(-1, 0).has_value());
}

TEST(LexiconTest, ClassPhrasesOfSeveralTokensEndBeforeTheNextOne) {
  auto lex = Lexicon::FromFiles({{"fr/labels.tsv", kLabels},
                                 {"fr/context.tsv", "phrase\tclass\tforms\nEI\tjihadist_name\t\nparle de\treported_naming\t\n"}});
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  PhraseIndex::Builder builder;
  (*lex)->Register(&builder);
  Result<PhraseIndex> index = builder.Build();
  ASSERT_TRUE(index.ok());
  const AnalysisText analysis("Le ministre parle de « terroristes ».", "fr");
  std::vector<PhraseHit> hits;
  index->Scan(analysis, &hits);
  const LexiconMatches m(**lex, analysis, hits, {{0, 37, "fr", 1}}, "fr");
  const int reported = (*lex)->ClassId("reported_naming");
  size_t mark = 0;
  while (analysis.TokenText(mark) != "\u00ab") ++mark;
  std::optional<PhraseHit> hit = m.ClassEndingAt(reported, mark);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(analysis.Slice(hit->start, hit->end), "parle de");
}

TEST(LexiconTest, TheDataLexiconsLoad) {
  auto lex = Lexicon::Load({DefaultDataDir() + "/lexicons"});
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_GE((*lex)->Language("fr"), 0);
  EXPECT_GE((*lex)->Language("en"), 0);
  EXPECT_GT((*lex)->label_terms().size(), 100u);
  EXPECT_GT((*lex)->cues().size(), 300u);
  for (const char* name : {"conflict", "jihadist_name", "negation", "determiner", "doubt_modifier",
                           "nationality", "question_word", "interjection"}) {
    EXPECT_GE((*lex)->ClassId(name), 0) << name;
  }
}

TEST(LexiconTest, MissingDirectoryIsNotFound) {
  auto lex = Lexicon::Load({"/nonexistent/lexicons"});
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace vigie::analyse
