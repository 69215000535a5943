#include "text/lemmatizer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace vigie::text {
namespace {

// A small lexicon in the Lefff's own format and spelling, with the
// ambiguities the choice rules are about.
constexpr char kLexicon[] =
    "-t-il\tcln\tcln\t3ms\n"
    "-t-il\tilimp\tilimp\t3ms\n"
    "Paris\tnp\tParis\tms\n"
    "Son\tnp\tSon\t\n"
    "coeur\tnc\tcoeur\tms\n"
    "est\tadj\test\t\n"
    "est\tauxEtre\têtre\tP3s\n"
    "est\tnc\test\tms\n"
    "est\tv\têtre\tP3s\n"
    "fait\tadj\tfaire\tKms\n"
    "fait\tadj\tfait\tms\n"
    "fait\tnc\tfait\tms\n"
    "fait\tv\tfaire\tKms\n"
    "fait\tv\tfaire\tP3s\n"
    "il\tcln\tcln\t3ms\n"
    "il\tilimp\tilimp\t3ms\n"
    "jours\tnc\tjour\tmp\n"
    "jours\tnc\tjours\tmp\n"
    "jusqu'\tadv\tjusque\te\n"
    "jusqu'\tprep\tjusque\te\n"
    "l'\tcla\tcla\t3fs\n"
    "l'\tcla\tcla\t3ms\n"
    "l'\tdet\tle\ts\n"
    "le\tcla\tcla\t3ms\n"
    "le\tdet\tle\tms\n"
    "M.\tnc\tMonsieur\tms\n"
    "mg\tnc\tmilligramme\tm\n"
    "paris\tnc\tpari\tmp\n"
    "qu'\tprel\tque\t\n"
    "qu'\tpri\tque?\t\n"
    "qu'\tque\tque\te\n"
    "réfugiés\tnc\tréfugié\tmp\n"
    "réfugiés\tv\tréfugier\tKmp\n"
    "se\tclr\tclr\t3s\n"
    "son\tdet\tson\tms\n"
    "son\tnc\tson\tms\n"
    "États\tnc\tÉtat\tmp\n"
    "États-Unis\tnp\tÉtats-Unis d'Amérique\tmp\n"
    "!\tponcts\t!\t\n"
    "_NUMBER\tnc\t_NUMBER\t\n";

struct LemmaCase {
  const char* word;
  const char* lemma;  // nullptr: no lemma
};

const LemmaCase kCases[] = {
    {"est", "être"},          // auxiliary before noun and adjective
    {"fait", "faire"},        // participle reading before the adjective's own
    {"jours", "jour"},        // a plural-only self lemma loses
    {"réfugiés", "réfugié"},  // noun before verb
    {"il", "lui"},            // UD's stressed pronoun lemmas
    {"-t-il", "lui"},
    {"se", "soi"},
    {"l'", "le"},       // determiner before clitic
    {"l\u2019", "le"},  // typographic apostrophe
    {"L\u2019", "le"},
    {"qu\u2019", "que"},
    {"jusqu'", "jusque"},
    {"Le", "le"},        // capitalised: as written, then lower case
    {"Paris", "Paris"},  // a name stays itself
    {"paris", "pari"},
    {"Son", "son"},                // a function word wins over a name
    {"États-Unis", "États-Unis"},  // not the Lefff's "États-Unis d'Amérique"
    {"États", "état"},             // common nouns in lower case
    {"RÉFUGIÉS", "réfugié"},       // all capitals: lower case
    {"mg", "mg"},                  // symbols and acronyms stay
    {"M.", "monsieur"},
    {"coeur", "coeur"},
    {"cœur", "cœur"},  // the ligature the Lefff spells "oe"
    {"Cœur", "cœur"},
    {"inconnu", nullptr},
    {"!", nullptr},        // punctuation: no lemma
    {"_NUMBER", nullptr},  // placeholders are not words
    {"42", nullptr},
    {"", nullptr},
    {"l\xe2\x80", nullptr},  // truncated UTF-8
    {"\xff\xfe", nullptr},
};

std::unique_ptr<Lemmatizer> Small() {
  Result<std::unique_ptr<Lemmatizer>> lex = Lemmatizer::LoadFromString(kLexicon, "test");
  EXPECT_TRUE(lex.ok()) << lex.status().ToString();
  return lex.ok() ? std::move(lex).value() : nullptr;
}

TEST(LemmatizerTest, ChoosesOneLemmaPerToken) {
  std::unique_ptr<Lemmatizer> lex = Small();
  ASSERT_NE(lex, nullptr);
  for (const LemmaCase& c : kCases) {
    std::optional<std::string_view> lemma = lex->Lemma(c.word);
    if (c.lemma == nullptr) {
      EXPECT_FALSE(lemma.has_value()) << c.word << " -> " << *lemma;
    } else {
      EXPECT_EQ(lemma.value_or("(none)"), c.lemma) << c.word;
    }
  }
}

TEST(LemmatizerTest, CountsWhatItSkips) {
  std::unique_ptr<Lemmatizer> lex = Small();
  ASSERT_NE(lex, nullptr);
  EXPECT_EQ(lex->stats().lines, 40u);
  EXPECT_EQ(lex->stats().malformed, 0u);
  EXPECT_EQ(lex->stats().ignored, 2u);  // "!" and "_NUMBER"
  EXPECT_EQ(lex->stats().forms, 21u);   // 20 forms + "cœur"
  EXPECT_GT(lex->MemoryBytes(), 0u);
}

TEST(LemmatizerTest, SkipsMalformedLines) {
  std::string text =
      "chat\tnc\tchat\tms\n"
      "chats\tnc\tchat\tmp\r\n"  // CRLF is fine
      "chien\tnc\tchien\tms\n"
      "chienne\tnc\tchien\tfs\n"
      "chiennes\tnc\tchien\tfp\n"
      "no tabs at all\n"    // malformed
      "a\tb\tc\n"           // 3 fields
      "a\tb\tc\td\te\n"     // 5 fields
      "\tnc\tx\t\n"         // empty form
      "bad\xff\tnc\tx\t\n"  // invalid UTF-8
      "\n\n"                // blank lines are not counted
      "chiens\tnc\tchien\tmp\n" +
      std::string(300, 'x') + "\tnc\tx\t\n";  // over 255 bytes
  Result<std::unique_ptr<Lemmatizer>> lex = Lemmatizer::LoadFromString(text);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ((*lex)->stats().lines, 12u);
  EXPECT_EQ((*lex)->stats().malformed, 6u);
  EXPECT_EQ((*lex)->Lemma("chats").value_or(""), "chat");
  EXPECT_EQ((*lex)->Lemma("chiens").value_or(""), "chien");
}

TEST(LemmatizerTest, RefusesWhatIsNotALexicon) {
  for (std::string_view text : {std::string_view(""), std::string_view("\n\n"),
                                std::string_view("hello world\nthis is text\n"),
                                std::string_view("a\tb\tc\td\nx\ny\nz\n")}) {
    Result<std::unique_ptr<Lemmatizer>> lex = Lemmatizer::LoadFromString(text, "junk");
    ASSERT_FALSE(lex.ok()) << text;
    EXPECT_EQ(lex.status().code(), Status::Code::kCorruption);
    EXPECT_NE(lex.status().message().find("junk"), std::string::npos);
  }
}

TEST(LemmatizerTest, NeverGivesAnEmptyLemma) {
  // Found by fuzzing: a clitic that is all hyphens, an interrogative that is
  // all question mark.
  Result<std::unique_ptr<Lemmatizer>> lex =
      Lemmatizer::LoadFromString("-t-\tcln\tcln\t3s\nx\tpri\t?\t\n");
  ASSERT_TRUE(lex.ok());
  EXPECT_EQ((*lex)->Lemma("-t-").value_or(""), "-t-");
  EXPECT_EQ((*lex)->Lemma("x").value_or(""), "x");
}

TEST(LemmatizerTest, UnsortedInputIsGrouped) {
  Result<std::unique_ptr<Lemmatizer>> lex = Lemmatizer::LoadFromString(
      "est\tnc\test\tms\n"
      "chat\tnc\tchat\tms\n"
      "est\tv\têtre\tP3s\n"
      "est\tauxEtre\têtre\tP3s\n");
  ASSERT_TRUE(lex.ok());
  EXPECT_EQ((*lex)->Lemma("est").value_or(""), "être");
  EXPECT_EQ((*lex)->stats().forms, 2u);
}

TEST(LemmatizerTest, MissingFileIsNotFound) {
  Result<std::unique_ptr<Lemmatizer>> lex = Lemmatizer::Load("/nonexistent/lefff.mlex");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), Status::Code::kNotFound);
  LazyLemmatizer lazy("/nonexistent/lefff.mlex");
  EXPECT_FALSE(lazy.Get().ok());
  EXPECT_EQ(lazy.Get().status().code(), Status::Code::kNotFound);  // same answer again
}

TEST(LemmatizerTest, LooksUpFromManyThreads) {
  std::unique_ptr<Lemmatizer> lex = Small();
  ASSERT_NE(lex, nullptr);
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        const LemmaCase& c = kCases[i % std::size(kCases)];
        std::optional<std::string_view> lemma = lex->Lemma(c.word);
        if (lemma.has_value() != (c.lemma != nullptr) || (lemma && *lemma != c.lemma)) ++wrong;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

// The real lexicon, when scripts/setup has installed it.
TEST(LemmatizerTest, LefffGivesNewsWordsTheirLemmas) {
  std::string path = DefaultLefffPath();
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no Lefff at " << path;
  LazyLemmatizer lazy(path);
  Result<const Lemmatizer*> lex = lazy.Get();
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ((*lex)->stats().malformed, 0u);
  const LemmaCase cases[] = {
      {"réfugiés", "réfugié"},
      {"munitions", "munition"},
      {"a", "avoir"},
      {"ont", "avoir"},
      {"déclaré", "déclarer"},
      {"affirme", "affirmer"},
      {"tués", "tuer"},
      {"rebelles", "rebelle"},
      {"terroristes", "terroriste"},
      {"Selon", "selon"},
      {"l’", "le"},
      {"d’", "de"},
      {"qu’", "que"},
      {"jusqu'", "jusque"},
      {"-t-il", "lui"},
      {"-elle", "lui"},
      {"Ils", "eux"},
      {"était", "être"},
      {"frappes", "frappe"},
      {"civils", "civil"},
      {"œuvres", "œuvre"},
      {"Syrie", "Syrie"},
      {"Washington", "Washington"},
  };
  for (const LemmaCase& c : cases)
    EXPECT_EQ((*lex)->Lemma(c.word).value_or("(none)"), c.lemma) << c.word;
  EXPECT_FALSE((*lex)->Lemma("xqzw").has_value());
}

}  // namespace
}  // namespace vigie::text
