#include "analyse/techniques.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyse/lexicon_test_util.h"

namespace vigie::analyse {
namespace {

using testing::Analyse;
using testing::LoadedLexicon;

// "technique|text" per finding, in order.
std::vector<std::string> Techniques(const std::string& text, const std::string& language = "fr",
                                    const std::vector<Quote>& quotes = {}) {
  std::vector<std::string> out;
  for (const Technique& t : Analyse(LoadedLexicon::Data(), text, language, quotes).techniques) {
    out.push_back(t.technique + "|" + t.text);
  }
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> techniques;
};

// Paragraphs written for these tests (not from the gold set), run with the
// data directory's lexicons.
TEST(TechniqueFinderTest, FrenchCuesLabelsAndRules) {
  const Case cases[] = {
      // A name-calling label, a strong cue, then a question and a slogan that
      // the opinion shown lets through.
      {"Les mercenaires pilonnent la ville. Et que dire de Paris, qui leur vend des armes ? "
       "Honte aux complices !",
       {"Name_Calling-Labeling|mercenaires",
        "Whataboutism|Et que dire de Paris, qui leur vend des armes ?",
        "Rhetorical_Question|Et que dire de Paris, qui leur vend des armes ?",
        "Slogans|Honte aux complices !"}},
      // A slogan that waves the flag is a slogan.
      {"Les mercenaires pilonnent la ville. Et que dire de Paris, qui leur vend des armes ? "
       "La patrie ou la mort, nous vaincrons !",
       {"Name_Calling-Labeling|mercenaires", "Whataboutism|Et que dire de Paris, qui leur vend des armes ?",
        "Rhetorical_Question|Et que dire de Paris, qui leur vend des armes ?",
        "Slogans|La patrie ou la mort, nous vaincrons !"}},
      // Scare quotes and "soi-disant" are Doubt, not name-calling.
      {"Les obus des « révolutionnaires » tombent sur la ville, comme par hasard.",
       {"Doubt|« révolutionnaires »", "Doubt|comme par hasard"}},
      {"Les soi-disant rebelles modérés bombardent les écoles.",
       {"Doubt|soi-disant rebelles modérés"}},
      // "terroristes" for the Islamic State is a label, not name-calling.
      {"Les terroristes de l'EI ont pris la ville après des combats.", {}},
      // An adjective is not a name called.
      {"Le PKK est classé organisation terroriste après des attentats et des combats.", {}},
      // A weak cue alone stays silent; two weak cues show an opinion.
      // "occupation" (`gate evidence`) shows one but is no finding.
      {"L'occupation de la ville a duré trois ans.", {}},
      {"Cette fable de l'occupation ne trompe personne.", {"Loaded_Language|fable"}},
      {"Cette fable ne trompe personne.", {}},
      // A cue inside a longer one is its part.
      {"Les va-t-en-guerre s'agitent. Les forces d'occupation pillent le pétrole syrien.",
       {"Name_Calling-Labeling|va-t-en-guerre", "Name_Calling-Labeling|forces d'occupation"}},
      // "libération" is no cue: the ordinary word for a city retaken, and a
      // person's release.
      {"Cette fable de l'occupation ne trompe personne. Ils ont fêté la libération de la ville.",
       {"Loaded_Language|fable"}},
      // An evaluative adjective makes a naming a name-calling.
      {"Le régime assassin de Damas bombarde Alep.",
       {"Name_Calling-Labeling|régime assassin de Damas"}},
      // A government called terrorist: no label, an insult.
      {"L'armée terroriste bombarde nos villages.", {"Name_Calling-Labeling|armée terroriste"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Techniques(c.text), c.techniques) << c.text;
}

TEST(TechniqueFinderTest, OnlyTheAuthorsVoice) {
  const Case cases[] = {
      // The speaker's words, in quotation marks.
      {"Le ministre a dénoncé « la barbarie des mercenaires, comme par hasard ».", {}},
      // A question answered at once is not rhetorical, nor an interviewer's.
      {"Les va-t-en-guerre s'agitent. Qui se cache derrière cette ONG ? Un homme seul.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      {"Les va-t-en-guerre s'agitent. Mais qui les finance ? Des fondations étrangères.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      {"Les va-t-en-guerre s'agitent. Pourquoi ? « Ils vendent des armes », dit-il.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      // A question word anywhere, answered by an indefinite noun phrase.
      // Answered by a negative word, an announced answer, or a pronoun
      // taking up the subject.
      {"Les va-t-en-guerre s'agitent. Qui a fait naître Daech ? La réponse tient en un mot : Washington.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      {"Les va-t-en-guerre s'agitent. Quinze ans de mission, pour quel résultat ? Aucun.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      // A name alone opening the paragraph announces its topic.
      {"Boutcha ? Comme par hasard, les corps apparaissent juste avant les négociations.",
       {"Doubt|Comme par hasard"}},
      {"Les va-t-en-guerre s'agitent. Et que fait l'Europe ? Elle ouvre grand ses portes.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      {"Les va-t-en-guerre s'agitent. Neuf ans au Sahel, et pour quel bilan ? Des milliers de morts.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      // Answered by names listed, or by "parce que"; a question left open is
      // rhetorical.
      {"Les va-t-en-guerre s'agitent. Qui paie leurs armes ? Le Qatar, l'Arabie saoudite et nos gouvernements.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      {"Les va-t-en-guerre s'agitent. Pourquoi Paris se tait-il ? Parce que ses alliés les financent.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      // A question echoing the quotation before it, taken up next; an
      // answer on the question's own pronoun.
      {"Les va-t-en-guerre s'agitent. Damas parle d'« excès individuels ». Des excès individuels ? Quand on vide "
       "un quartier, c'est un plan.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      {"Les va-t-en-guerre s'agitent. Est-il vraiment question de démocratie ? Il est question de pétrole.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      {"Les va-t-en-guerre s'agitent. Qui paie leurs armes ? Nous le savons tous depuis longtemps.",
       {"Name_Calling-Labeling|va-t-en-guerre", "Rhetorical_Question|Qui paie leurs armes ?"}},
      // An interviewer's question answered by a dash-led turn: neither the
      // question nor its loaded words are the author's.
      {"Les va-t-en-guerre s'agitent. Ne faudrait-il pas parler de libération ? – Évidemment.",
       {"Name_Calling-Labeling|va-t-en-guerre"}},
      // A run of short questions is one finding; a short noun-phrase question
      // insinuates.
      {"Les va-t-en-guerre s'agitent. Et Mossoul ? Et Raqqa ? Une coïncidence ?",
       {"Name_Calling-Labeling|va-t-en-guerre", "Rhetorical_Question|Et Mossoul ? Et Raqqa ?",
        "Rhetorical_Question|Une coïncidence ?", "Doubt|Une coïncidence ?"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Techniques(c.text), c.techniques) << c.text;
}

TEST(TechniqueFinderTest, QuotesFromTheQuoteLayerAreNotTheAuthors) {
  const std::string text = "Les va-t-en-guerre s'agitent. Le ministre a dit que c'était une fable.";
  EXPECT_EQ(Techniques(text), (std::vector<std::string>{"Name_Calling-Labeling|va-t-en-guerre",
                                                        "Loaded_Language|fable"}));
  Quote q;  // the reported speech, as the quote layer gives it
  q.start = 30;
  q.end = 70;
  q.kind = "indirect";
  EXPECT_EQ(Techniques(text, "fr", {q}),
            (std::vector<std::string>{"Name_Calling-Labeling|va-t-en-guerre"}));
}

TEST(TechniqueFinderTest, NewsQuestionsAndExclamationsStaySilent) {
  const char* cases[] = {
      "Que cherche Moscou en Syrie ? Une base navale, selon les diplomates.",
      "Faut-il négocier avec Damas ? Les capitales européennes hésitent.",
      "Bienvenue à tous ! Bonne lecture !",
      "La campagne #BringBackOurGirls a fait le tour du monde.",
      // "prétendu" as a verb, not a doubt on a naming.
      "Vous m'accusez parce que j'aurais prétendu que la guerre était finie.",
      "Le ministre a toujours prétendu le contraire.",
  };
  for (const char* text : cases) EXPECT_EQ(Techniques(text), std::vector<std::string>{}) << text;
}

TEST(TechniqueFinderTest, English) {
  const Case cases[] = {
      {"The warmongers want another war. What about Yemen? Not in our name! #NoWar",
       {"Name_Calling-Labeling|warmongers", "Whataboutism|What about Yemen?",
        "Rhetorical_Question|What about Yemen?", "Slogans|Not in our name!", "Slogans|#NoWar"}},
      {"Officials said so-called neobanks grew; the so-called sharing economy too.", {}},
      {"The People's Liberation Army held drills.", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Techniques(c.text, "en"), c.techniques) << c.text;
}

TEST(TechniqueFinderTest, CuesNameTheirSource) {
  testing::Findings f =
      Analyse(LoadedLexicon::Data(), "Les égorgeurs frappent, comme par hasard. Et Mossoul ?", "fr");
  ASSERT_EQ(f.techniques.size(), 3u);
  EXPECT_EQ(f.techniques[0].cue, "labels.tsv: égorgeur");
  EXPECT_EQ(f.techniques[1].cue, "techniques.tsv: comme par hasard");
  EXPECT_EQ(f.techniques[2].cue, "rule: rhetorical question");
}

}  // namespace
}  // namespace vigie::analyse
