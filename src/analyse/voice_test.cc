#include "analyse/voice.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/utf8.h"

namespace vigie::analyse {
namespace {

// The marked regions of `text`, as strings.
std::vector<std::string> Marked(const std::string& text) {
  const AnalysisText analysis(text, "fr");
  const AuthorVoice voice(analysis, {});
  std::vector<std::string> out;
  for (const QuotedRegion& r : voice.regions()) {
    if (r.marked) out.emplace_back(analysis.Slice(r.start, r.end));
  }
  return out;
}

TEST(AuthorVoiceTest, FindsQuotationMarks) {
  struct Case {
    const char* text;
    std::vector<std::string> regions;
  } cases[] = {
      {"Il parle d'une « erreur » à Deir ez-Zor.", {"« erreur »"}},
      {"« Nous avons dit “non” », a-t-il affirmé.", {"« Nous avons dit “non” »", "“non”"}},
      {"He said \"we will win\" and left.", {"\"we will win\""}},
      {"the so-called 'moderate rebels' keep shelling", {"'moderate rebels'"}},
      // Apostrophes open nothing.
      {"l'armée et les rebels' positions, l’ONU", {}},
      // A guillemet left open runs to the paragraph's end, not further.
      {"« Nous resterons jusqu'au bout.\n\nSuite.", {"« Nous resterons jusqu'au bout."}},
      {"Un » fermant seul.", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Marked(c.text), c.regions) << c.text;
}

TEST(AuthorVoiceTest, QuotedCountsEnclosingRegionsAndQuoteLayerSpans) {
  const std::string text = "La « barbarie » russe, dit-il. Le ministre a affirmé que tout allait bien.";
  const AnalysisText analysis(text, "fr");
  Quote quote;
  quote.start = 31;
  quote.end = static_cast<int64_t>(CodePointCount(text));
  const AuthorVoice voice(analysis, {quote});
  ASSERT_EQ(voice.regions().size(), 2u);
  EXPECT_TRUE(voice.Quoted(5, 13));   // barbarie
  EXPECT_TRUE(voice.Quoted(3, 15));   // « barbarie », exactly the region
  EXPECT_FALSE(voice.QuotedBeyond(3, 15));
  EXPECT_NE(voice.MarkedExactly(3, 15), nullptr);
  EXPECT_EQ(voice.MarkedExactly(5, 13), nullptr);
  EXPECT_FALSE(voice.Quoted(0, 2));    // La
  EXPECT_TRUE(voice.Quoted(34, 42));   // ministre, in the quote layer's span
  EXPECT_FALSE(voice.Quoted(20, 35));  // across a region's edge
}

TEST(AuthorVoiceTest, InterviewQuestions) {
  struct Case {
    const char* text;
    std::vector<bool> interviewer;  // per sentence
  } cases[] = {
      // Two question paragraphs, each answered: an interview.
      {"Que cherche Moscou ?\n\nUne base navale.\n\nEt l'Iran ?\n\nUne route vers la mer.",
       {true, false, true, false}},
      // One alone: an op-ed's question.
      {"Que cherche Moscou ?\n\nUne base navale.", {false, false}},
      // A question inside a paragraph is never the interviewer's.
      {"Que cherche Moscou ? Une base.\n\nRien.\n\nEt l'Iran ? Une route.\n\nRien.",
       {false, false, false, false, false, false}},
      // "Question :" marks the interviewer whatever follows.
      {"Question : que cherche Moscou ?", {true}},
      // An interview run on in one paragraph: a turn opening on a dash
      // answers the question.
      {"Ne faudrait-il pas parler de libération ? – Évidemment. Et les bombardements ? – La guerre est sale.",
       {true, false, true, false}},
      // Without the dash, the author's own question.
      {"Ne faudrait-il pas parler de libération ? Évidemment.", {false, false}},
  };
  for (const Case& c : cases) {
    const AnalysisText analysis(c.text, "fr");
    const AuthorVoice voice(analysis, {});
    ASSERT_EQ(analysis.sentences().size(), c.interviewer.size()) << c.text;
    for (size_t s = 0; s < c.interviewer.size(); ++s) {
      EXPECT_EQ(voice.InterviewQuestion(s), c.interviewer[s]) << c.text << " sentence " << s;
    }
  }
}

}  // namespace
}  // namespace vigie::analyse
