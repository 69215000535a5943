#include "analyse/entities.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "analyse/analyser.h"
#include "common/utf8.h"

namespace vigie::analyse {
namespace {

// Time limits catch quadratic blow-ups; sanitizer and debug builds run
// several times slower.
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
constexpr double kSlowBuildFactor = 20;
#else
constexpr double kSlowBuildFactor = 1;
#endif

const EntityRecognizer& Recognizer() {
  static const EntityRecognizer* r = [] {
    auto loaded = EntityRecognizer::Load(DefaultEntityResources(DefaultDataDir(), ""));
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return loaded.ok() ? loaded->release() : nullptr;
  }();
  return *r;
}

const Entity* Find(const std::vector<Entity>& entities, std::string_view text) {
  for (const Entity& e : entities)
    if (e.text == text) return &e;
  return nullptr;
}

TEST(EntityRecognizerTest, FrenchWireDispatch) {
  const std::string s =
      "DAMAS (AFP) - Le président Bachar el-Assad a reçu samedi à Damas l'émissaire de l'ONU, "
      "Staffan de Mistura. Selon l'Observatoire syrien des droits de l'homme (OSDH), les "
      "combats ont repris à Alep. Assad a remercié la Russie.\n\nL'OSDH, basé au Royaume-Uni, "
      "affirme que Daech recule.";
  AnalysisText text(s, "fr");
  std::vector<Entity> entities;
  Recognizer().Recognize(text, &entities);
  int64_t previous_end = 0;
  for (const Entity& e : entities) {
    EXPECT_GE(e.start, previous_end);
    EXPECT_LT(e.start, e.end);
    EXPECT_EQ(CodePointSubstr(s, e.start, e.end), e.text);
    previous_end = e.end;
  }
  struct Want {
    const char* text;
    const char* type;
    const char* canonical;
    const char* country;  // "" = no geo
  } wants[] = {
      {"DAMAS", "LOC", "Damas", "SY"},
      {"AFP", "ORG", "Agence France-Presse", ""},
      {"Bachar el-Assad", "PER", "Bachar al-Assad", ""},
      {"Alep", "LOC", "Alep", "SY"},
      {"Assad", "PER", "Bachar al-Assad", ""},
      {"Russie", "LOC", "Russie", "RU"},
      {"OSDH", "ORG", "Observatoire syrien des droits de l'homme", ""},
      {"Daech", "ORG", "Etat islamique", ""},
  };
  for (const Want& w : wants) {
    const Entity* e = Find(entities, w.text);
    ASSERT_NE(e, nullptr) << w.text;
    EXPECT_EQ(e->type, w.type) << w.text;
    EXPECT_EQ(e->canonical, w.canonical) << w.text;
    EXPECT_EQ(e->geo ? e->geo->country : "", w.country) << w.text;
  }
}

TEST(EntityRecognizerTest, HostileTextIsData) {
  const std::string cases[] = {"", " ", "(((((", "A", "\xEF\xBF\xBD\xEF\xBF\xBD", "M. M. M. M.",
                               std::string(5000, 'X'), "« »  « »", "Al-Al-Al-Al- (AL) (AL)"};
  for (const std::string& s : cases) {
    AnalysisText text(s, "fr");
    std::vector<Entity> entities;
    Recognizer().Recognize(text, &entities);
    for (const Entity& e : entities) EXPECT_EQ(CodePointSubstr(s, e.start, e.end), e.text);
  }
}

// Many names in one document: the document rules and the linker stay
// about linear.
TEST(EntityRecognizerTest, ManyNamesInOneDocument) {
  std::string s;
  for (int i = 0; i < 20000; ++i) {
    s += "M. Jean Durandeau" + std::to_string(i) + " a rencontré Jean Durandeau" +
         std::to_string(i % 50) + " à Paris. Durandeau" + std::to_string(i) + " est reparti. ";
  }
  AnalysisText text(s, "fr");
  std::vector<Entity> entities;
  auto start = std::chrono::steady_clock::now();
  Recognizer().Recognize(text, &entities);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(entities.size(), 20000u);
  EXPECT_LT(seconds, 20.0 * kSlowBuildFactor);
}

TEST(EntityRecognizerTest, MissingResourcesNameTheFile) {
  EntityResources r = DefaultEntityResources(DefaultDataDir(), "");
  r.model = "/nonexistent/ner.model";
  auto loaded = EntityRecognizer::Load(r);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("/nonexistent/ner.model"), std::string::npos);
  r = DefaultEntityResources(DefaultDataDir(), "/nonexistent/geo");
  loaded = EntityRecognizer::Load(r);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("/nonexistent/geo/cities.tsv"), std::string::npos);
}

}  // namespace
}  // namespace vigie::analyse
