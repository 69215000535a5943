#include "analyse/quotes.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "common/utf8.h"

namespace vigie::analyse {
namespace {

const QuoteFinder& Finder() {
  static const QuoteFinder* finder = [] {
    Result<QuoteFinder> f = QuoteFinder::Load(VIGIE_DATA_DIR_DEFAULT);
    EXPECT_TRUE(f.ok()) << f.status().message();
    return new QuoteFinder(std::move(*f));
  }();
  return *finder;
}

// One expected quotation: its text, kind, speaker ("" for null) and a part
// of its cue.
struct Expected {
  const char* text;
  const char* kind;
  const char* speaker;
  const char* cue;
};

struct Case {
  const char* name;
  const char* text;  // the title is the first paragraph
  std::vector<Expected> quotes;
  const char* language = "fr";
};

std::vector<Quote> FindQuotes(const std::string& text, const char* language,
                       const std::vector<Entity>& entities = {}) {
  AnalysisText at(text, language);
  std::vector<Quote> out;
  Finder().Find(at, text.substr(0, text.find("\n\n")), entities, &out);
  for (const Quote& q : out) {  // the contract: text[start:end] == quote.text
    EXPECT_EQ(std::string(CodePointSubstr(text, q.start, q.end)), q.text);
    if (q.speaker_start) {
      EXPECT_LT(*q.speaker_start, *q.speaker_end);
      EXPECT_TRUE(q.speaker.has_value());
    }
  }
  return out;
}

const Case kCases[] = {
    {"GuillemetsThenInversion",
     "Titre\n\n« Nous ne céderons rien », a déclaré le ministre Jean Dupont.",
     {{"Nous ne céderons rien", "direct", "Jean Dupont", "a déclaré"}}},
    {"PronounSkipsNearerManByGender",
     "Titre\n\nLa ministre Claire Martin a visité l'usine avec le préfet Paul Durand. "
     "« C'est un jour important », a-t-elle ajouté.",
     {{"C'est un jour important", "direct", "Claire Martin", "a-t-elle ajouté"}}},
    {"PersonOverGroupAndAgency",
     "Titre\n\n« Nous refusons cette trêve », a déclaré Ali Hassan, du groupe rebelle Fastaqim, "
     "à l'agence Reuters.",
     {{"Nous refusons cette trêve", "direct", "Ali Hassan", "a déclaré"}}},
    {"UnnamedSourceIsNull",
     "Titre\n\n« Tout a brûlé en une nuit », a raconté un habitant du quartier.",
     {{"Tout a brûlé en une nuit", "direct", "", "a raconté"}}},
    {"QueClause",
     "Titre\n\nLe porte-parole Marc Petit a affirmé jeudi que la situation était sous contrôle.",
     {{"la situation était sous contrôle", "indirect", "Marc Petit", "a affirmé"}}},
    {"SelonBefore",
     "Titre\n\nSelon le diplomate Pierre Blanc, les négociations reprendront lundi à Genève.",
     {{"les négociations reprendront lundi à Genève", "indirect", "Pierre Blanc", "Selon"}}},
    {"SelonAfterUnnamed",
     "Titre\n\nDes centaines de détenus ont disparu depuis mars, selon une source sécuritaire.",
     {{"Des centaines de détenus ont disparu depuis mars", "indirect", "", "selon"}}},
    {"DapresAndAEnCroire",
     "Titre\n\nD'après Amnesty International (AI), la prison compte 3 000 détenus. "
     "Le camp est plein, à en croire le maire Luc Garnier.",
     {{"la prison compte 3 000 détenus", "indirect", "Amnesty International", "D'après"},
      {"Le camp est plein", "indirect", "Luc Garnier", "à en croire"}}},
    {"InvertedIndirect",
     "Titre\n\nLes négociations reprendront lundi, a indiqué le diplomate Pierre Blanc.",
     {{"Les négociations reprendront lundi", "indirect", "Pierre Blanc", "a indiqué"}}},
    {"ScareQuotesAndNamesAreNoQuotes",
     "Titre\n\nLes « rebelles modérés » ont quitté la ville après l'opération « Tempête du "
     "désert », et le « cessez-le-feu » n'a pas tenu.",
     {}},
    {"BannerIsNoQuote",
     "Titre\n\nUne banderole proclamait « Faire battre le cœur de la France » devant la mairie.",
     {}},
    {"AccuseComplement",
     "Titre\n\nLe président Paul Martin accuse Moscou de mentir sur ses pertes.",
     {{"Moscou de mentir sur ses pertes", "indirect", "Paul Martin", "accuse"}}},
    {"DenyObject",
     "Titre\n\nLe porte-parole Marc Petit a démenti toute implication de son pays.",
     {{"toute implication de son pays", "indirect", "Marc Petit", "a démenti"}}},
    {"ParticipleGoesOnWithSpeaker",
     "Titre\n\n« C'est de la barbarie », a lancé l'ambassadrice Anne Roy, accusant Paris de "
     "mentir sur son rôle.",
     {{"C'est de la barbarie", "direct", "Anne Roy", "a lancé"},
      {"Paris de mentir sur son rôle", "indirect", "Anne Roy", "accusant"}}},
    {"NestedQuoteIsPartOfOuter",
     "Titre\n\n« Il m'a dit : “partez” et je suis parti », raconte Karim Saleh.",
     {{"Il m'a dit : “partez” et je suis parti", "direct", "Karim Saleh", "raconte"}}},
    {"FrenchMultiParagraphQuote",
     "Titre\n\nLe chercheur Luc Morel s'en explique :\n\n« Tout reposait sur une fiction.\n\n"
     "« Personne n'y croyait vraiment. »",
     {{"Tout reposait sur une fiction.\n\n« Personne n'y croyait vraiment.", "direct",
       "Luc Morel", "explique"}}},
    {"UnclosedQuoteRunsToParagraphEnd",
     "Titre\n\nLe maire Henri Roux a prévenu : « Nous ne partirons pas sans nos morts.\n\n"
     "La ville compte ses blessés.",
     {{"Nous ne partirons pas sans nos morts.", "direct", "Henri Roux", "a prévenu"}}},
    {"InciseSplitsTheQuote",
     "Titre\n\n« Ce soir, la gauche relève la tête, a lancé Benoît Hamon. Elle se tourne vers "
     "l'avenir. »",
     {{"Ce soir, la gauche relève la tête", "direct", "Benoît Hamon", "a lancé"},
      {"Elle se tourne vers l'avenir.", "direct", "Benoît Hamon", "a lancé"}}},
    {"DescriptionResolvesToLastPerson",
     "Titre\n\nLe ministre Jean Dupont est arrivé lundi à Bamako. « Nous resterons aux côtés "
     "du Mali », a assuré le ministre.",
     {{"Nous resterons aux côtés du Mali", "direct", "Jean Dupont", "a assuré"}}},
    {"ContinuationKeepsSpeaker",
     "Titre\n\n« Nous manquons de tout », a déclaré le docteur Samir Haddad. « Les enfants "
     "meurent faute de soins. »",
     {{"Nous manquons de tout", "direct", "Samir Haddad", "a déclaré"},
      {"Les enfants meurent faute de soins.", "direct", "Samir Haddad", "continuation"}}},
    {"HeadlineNameColon",
     "Bachar al-Assad : « Nous libérerons chaque mètre du pays »\n\nLe texte suit.",
     {{"Nous libérerons chaque mètre du pays", "direct", "Bachar al-Assad", ":"}}},
    {"QueFullyQuotedIsDirect",
     "Titre\n\nLe président Ibrahim Keïta a reconnu, lors d'un discours à Gao, que « la sécurité "
     "du Mali ne peut pas être confiée à d'autres ».",
     {{"la sécurité du Mali ne peut pas être confiée à d'autres", "direct", "Ibrahim Keïta",
       "a reconnu"}}},
    {"SelonLequelQuotesTheAntecedent",
     "Titre\n\nIl cite un diplomate selon lequel « personne ne réussira à imposer la paix ».",
     {{"personne ne réussira à imposer la paix", "direct", "", "selon lequel"}}},
    {"ChantedSloganIsAQuoteOfTheCrowd",
     "Titre\n\nDes militants scandaient « Hamon président ! » devant le siège.",
     {{"Hamon président !", "direct", "", "scandaient"}}},
    {"HeadlineWithTitrer",
     "Titre\n\nLe quotidien Libération titre « Alep, le silence ».",
     {{"Alep, le silence", "direct", "Libération", "titre"}}},
    {"UnattributedHeadlineQuoteHasNoSpeaker",
     "Syrie : « La guerre est finie pour nous »\n\nLe ministre Jean Dupont est arrivé.",
     {{"La guerre est finie pour nous", "direct", "", "headline"}}},
    {"TranslationGlossTakesTheSameSpeaker",
     "Titre\n\n« Wir schaffen das » – « nous y arriverons » –, avait lancé Angela Merkel.",
     {{"Wir schaffen das", "direct", "Angela Merkel", "avait lancé"},
      {"nous y arriverons", "direct", "Angela Merkel", "avait lancé"}}},
    {"NegatedPassiveAndInfinitiveCuesReportNothing",
     "Titre\n\nLe rapport ne dit pas que la ville est tombée. Le ministre Paul Roux est accusé "
     "de corruption. On peut dire que la guerre est finie. Un chercheur dit « généraliste » "
     "a publié un travail exigeant « des années de terrain ».",
     {}},
    {"InfinitiveAfterAvantDeGoesOnWithTheSubject",
     "Titre\n\nLe ministre Paul Roux a démenti toute implication, avant d'annoncer "
     "l'ouverture d'une enquête.",
     {{"toute implication", "indirect", "Paul Roux", "a démenti"},
      {"l'ouverture d'une enquête", "indirect", "Paul Roux", "annoncer"}}},
    {"InciseVerbOnlyAfterAQuote",
     "Titre\n\n« Nous tiendrons », poursuit le diplomate Jean Valois. La ville poursuit sa "
     "reconstruction.",
     {{"Nous tiendrons", "direct", "Jean Valois", "poursuit"}}},
    {"EnglishSaid",
     "Title\n\n“We will not give up,” said John Smith. “The vote is next week,” he said.",
     {{"We will not give up,", "direct", "John Smith", "said"},
      {"The vote is next week,", "direct", "John Smith", "said"}},
     "en"},
    {"EnglishReportedSpeech",
     "Title\n\nThe minister said the talks would resume on Monday. The strikes killed 30 "
     "people, according to the United Nations.",
     {{"the talks would resume on Monday", "indirect", "", "said"},
      {"The strikes killed 30 people", "indirect", "United Nations", "according to"}},
     "en"},
};

TEST(QuoteFinderTest, TableOfCases) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    std::vector<Quote> got = FindQuotes(c.text, c.language);
    ASSERT_EQ(got.size(), c.quotes.size());
    for (size_t i = 0; i < got.size(); ++i) {
      const Expected& e = c.quotes[i];
      EXPECT_EQ(got[i].text, e.text);
      EXPECT_EQ(got[i].kind, e.kind);
      EXPECT_EQ(got[i].speaker.value_or(""), e.speaker);
      EXPECT_NE(got[i].cue.value_or("").find(e.cue), std::string::npos)
          << "cue " << got[i].cue.value_or("");
    }
  }
}

TEST(QuoteFinderTest, InterviewAnswersGoToTheIntervieweeNotTheQuestions) {
  const std::string text =
      "« La paix est encore possible », selon le diplomate Jean Valois\n\n"
      "Propos recueillis par Marie Dupuis\n\n"
      "Diplomate de carrière, Jean Valois a négocié plusieurs trêves au Proche-Orient.\n\n"
      "Comment voyez-vous la suite des négociations ?\n\n"
      "Avec prudence. Les deux camps sont épuisés, mais personne ne veut céder le premier.\n\n"
      "Certains vous accusent de naïveté.\n\n"
      "La naïveté serait de croire que la guerre finira seule. Qui peut le croire ?\n\n"
      "Je continuerai à parler avec tout le monde.\n\n"
      "Que demandez-vous aux Européens ?\n\n"
      "De tenir leurs promesses.\n\n"
      "Entretien réalisé par Marie Dupuis";
  std::vector<Quote> got = FindQuotes(text, "fr");
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].text, "La paix est encore possible");
  EXPECT_EQ(got[0].speaker.value_or(""), "Jean Valois");
  EXPECT_EQ(got[1].text,
            "Avec prudence. Les deux camps sont épuisés, mais personne ne veut céder le premier.");
  EXPECT_EQ(got[1].cue.value_or(""), "interview");
  EXPECT_EQ(got[1].speaker.value_or(""), "Jean Valois");
  EXPECT_EQ(got[2].text, "de naïveté");  // a report inside a question, speaker unnamed
  EXPECT_FALSE(got[2].speaker.has_value());
  // An answer over two paragraphs, the first ending with a rhetorical question.
  EXPECT_EQ(got[3].text,
            "La naïveté serait de croire que la guerre finira seule. Qui peut le croire ?\n\n"
            "Je continuerai à parler avec tout le monde.");
  EXPECT_EQ(got[4].text, "De tenir leurs promesses.");
  for (const Quote& q : got) EXPECT_NE(q.speaker.value_or(""), "Marie Dupuis");
}

TEST(QuoteFinderTest, TheTitlesSpeakerIsTheInterviewee) {
  const std::string text =
      "Vladimir Poutine « ne cédera pas », prévient l'opposant Alexeï Ivanov\n\n"
      "L'opposant Alexeï Ivanov vit en exil depuis 2015. Il a répondu à nos questions.\n\n"
      "Que pensez-vous des élections ?\n\nElles sont jouées d'avance.\n\n"
      "Reviendrez-vous à Moscou ?\n\nQuand ce sera possible.";
  std::vector<Quote> got = FindQuotes(text, "fr");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].text, "ne cédera pas");
  EXPECT_EQ(got[0].speaker.value_or(""), "Alexeï Ivanov");
  EXPECT_EQ(got[1].speaker.value_or(""), "Alexeï Ivanov");
  EXPECT_EQ(got[2].text, "Quand ce sera possible.");
}

// Text inputs keep the title in Document::title only.
TEST(QuoteFinderTest, InterviewWithTheTitleOutsideTheText) {
  const std::string title = "« Le Sahel brûle » : entretien avec l'anthropologue Marc Dubois";
  const std::string text =
      "Marc Dubois travaille depuis vingt ans au Mali.\n\n"
      "Quelle est la situation dans le centre du pays, deux ans après le début des violences ?\n\n"
      "Elle empire chaque mois. Les villages se vident.\n\n"
      "Pourquoi l'armée ne parvient-elle pas à reprendre le contrôle des zones rurales ?\n\n"
      "Parce qu'elle n'a ni les hommes ni la confiance des habitants.";
  AnalysisText at(text, "fr");
  std::vector<Quote> got;
  Finder().Find(at, title, {}, &got);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "Elle empire chaque mois. Les villages se vident.");
  EXPECT_EQ(got[0].speaker.value_or(""), "Marc Dubois");
  EXPECT_EQ(got[1].speaker.value_or(""), "Marc Dubois");
}

TEST(QuoteFinderTest, LabelledInterview) {
  const std::string text =
      "Entretien avec Karim Haddad\n\n"
      "Membre de l'opposition, Karim Haddad part pour Genève.\n\n"
      "Horizons : Pourquoi y aller ?\n\n"
      "Karim Haddad : Parce que la chaise vide ne protège personne.\n\n"
      "Horizons : Et ensuite ?\n\n"
      "Karim Haddad : Nous verrons bien.";
  std::vector<Quote> got = FindQuotes(text, "fr");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "Parce que la chaise vide ne protège personne.");
  EXPECT_EQ(got[0].speaker.value_or(""), "Karim Haddad");
  EXPECT_EQ(got[1].text, "Nous verrons bien.");
}

TEST(QuoteFinderTest, QuestionAndAnswerLabelsAndDashes) {
  const std::string labels =
      "« Nous reviendrons », promet Leïla Haddad\n\n"
      "Militante à Alep, Leïla Haddad a quitté la ville en décembre.\n\n"
      "Q : Que vous reste-t-il ?\n\nR : Mes souvenirs, et ma colère.\n\n"
      "Q : Reviendrez-vous ?\n\nR : Oui, un jour.";
  std::vector<Quote> got = FindQuotes(labels, "fr");
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1].text, "Mes souvenirs, et ma colère.");
  EXPECT_EQ(got[1].speaker.value_or(""), "Leïla Haddad");
  EXPECT_EQ(got[2].text, "Oui, un jour.");
  const std::string dashes =
      "Entretien avec le docteur Paul Girard\n\n"
      "Le docteur Paul Girard dirige un hôpital de campagne.\n\n"
      "— Combien de blessés recevez-vous ?\n\n— Une centaine par jour, parfois plus.\n\n"
      "— Manquez-vous de médicaments ?\n\n— De tout, surtout d'anesthésiants.";
  got = FindQuotes(dashes, "fr");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "Une centaine par jour, parfois plus.");
  EXPECT_EQ(got[0].speaker.value_or(""), "Paul Girard");
  EXPECT_EQ(got[1].cue.value_or(""), "interview");
}

TEST(QuoteFinderTest, EntitiesGiveCanonicalNames) {
  const std::string text = "Titre\n\nLe chef de l'Etat, Assad, a déclaré que la guerre était gagnée.";
  AnalysisText at(text, "fr");
  Entity e;
  e.text = "Assad";
  e.start = static_cast<int64_t>(CodePointCount(text.substr(0, text.find("Assad"))));
  e.end = e.start + 5;
  e.type = "PER";
  e.canonical = "Bachar al-Assad";
  ASSERT_EQ(std::string(CodePointSubstr(text, e.start, e.end)), "Assad");
  std::vector<Quote> got = FindQuotes(text, "fr", {e});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker.value_or(""), "Bachar al-Assad");
  EXPECT_EQ(got[0].speaker_start.value_or(-1), e.start);
  EXPECT_EQ(got[0].text, "la guerre était gagnée");
}

TEST(QuoteFinderTest, NothingFromEmptyOrOddText) {
  // The last four end on the comma after a quotation, where an attribution
  // would start (AttributionAfter read the sentence of the token past the
  // end).
  for (const char* text : {"", "«", "» « »", "\"\"\"", "— — —", "« selon », a-t-il", ", selon",
                           "Il l'a dit : « Nous partirons »,", "« Nous partirons » –,",
                           "« Nous partirons »,\n\n,", "He said: “We will leave,”"}) {
    SCOPED_TRACE(text);
    FindQuotes(text, "fr");
    FindQuotes(text, "en");
  }
}

}  // namespace
}  // namespace vigie::analyse
