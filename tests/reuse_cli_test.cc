// `vigie reuse` end to end: the binary over a small JSONL corpus (an
// original, a credited copy, an uncredited trimmed copy, a compilation, an
// unrelated article), checked line by line.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "store_testing.h"

namespace {

// Standard output of `vigie reuse <args...>`, and its exit status.
std::string RunVigieReuse(const std::filesystem::path& dir, std::vector<std::string> args,
                          int* status) {
  args.insert(args.begin(), "reuse");
  vigie::testing::RunResult r = vigie::testing::Vigie(dir, args);
  *status = r.status;
  return r.out;
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  size_t pos = 0;
  while (pos < out.size()) {
    size_t end = out.find('\n', pos);
    if (end == std::string::npos) end = out.size();
    if (end > pos) lines.push_back(nlohmann::json::parse(out.substr(pos, end - pos)));
    pos = end + 1;
  }
  return lines;
}

const char* kStory[] = {
    "Les autorités de la région ont annoncé mercredi l'évacuation de trois villages situés le long "
    "du fleuve, menacés par la crue qui a déjà emporté deux ponts et coupé la route principale.",
    "Selon le préfet, plus de mille deux cents habitants ont été relogés dans des gymnases et des "
    "écoles, où la Croix-Rouge distribue des repas chauds et des couvertures depuis la nuit.",
    "Les météorologues prévoient encore quarante-huit heures de pluies continues sur le massif, ce "
    "qui laisse craindre une seconde montée des eaux avant la fin de la semaine prochaine.",
    "Le ministre de l'Intérieur doit se rendre sur place jeudi matin pour rencontrer les élus et "
    "les équipes de secours engagées depuis le début des inondations dans tout le département.",
};

std::string Para(int from, int to) {
  std::string s;
  for (int i = from; i < to; ++i) s += (s.empty() ? "" : "\n\n") + std::string(kStory[i]);
  return s;
}

class ReuseCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("vigie_reuse_cli_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    std::ofstream out(dir_ / "corpus.jsonl");
    auto line = [&](const char* id, const char* outlet, const char* url, const char* published,
                    const std::string& text) {
      out << nlohmann::json{{"id", id}, {"outlet", outlet}, {"url", url},
                            {"published", published}, {"title", std::string("Titre ") + id},
                            {"text", text}}
                 .dump()
          << "\n";
    };
    line("orig", "La Dépêche du Fleuve", "https://depeche-fleuve.example/crue", "2024-03-01T08:00:00Z",
         Para(0, 4));
    line("copy", "Info Libre", "https://info-libre.example/a1", "2024-03-01T12:00:00Z",
         Para(0, 4) + "\n\nSource : La Dépêche du Fleuve");
    line("trim", "Le Relais", "https://relais.example/b", "2024-03-02", Para(0, 2));
    line("compil", "Revue du Jour", "https://revue.example/c", "2024-03-03",
         "Voici notre revue de presse de la semaine, avec les sujets qui ont marqué nos lecteurs "
         "dans toutes les régions du pays et au-delà des frontières.\n\n" + Para(1, 4) +
         "\n\nDans un tout autre registre, le festival de musique a fermé ses portes dimanche "
         "après avoir accueilli plus de quarante mille spectateurs venus de toute l'Europe pour "
         "trois jours de concerts en plein air sous un soleil radieux.\n\nEnfin, la bibliothèque "
         "municipale rouvrira lundi après six mois de travaux, avec une nouvelle salle de lecture "
         "pour les enfants et un fonds de bandes dessinées entièrement renouvelé.\n\nLe club de "
         "football local a remporté samedi son cinquième match consécutif, une série inédite "
         "depuis sa montée en division supérieure il y a maintenant plus de dix ans, devant un "
         "stade comble et des supporters venus en nombre.");
    line("other", "Le Relais", "https://relais.example/d", "2024-03-02",
         "Le conseil municipal a voté hier soir le budget de l'année, marqué par une hausse des "
         "dépenses d'entretien des routes et une baisse des subventions aux associations sportives.");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Corpus() const { return (dir_ / "corpus.jsonl").string(); }

  std::filesystem::path dir_;
};

TEST_F(ReuseCliTest, PairsWithDirectionCreditAndPassages) {
  int status = -1;
  std::vector<nlohmann::json> pairs = Lines(RunVigieReuse(dir_, {"--jobs", "2", Corpus()}, &status));
  EXPECT_EQ(status, 0);
  std::map<std::string, nlohmann::json> by;
  for (const auto& p : pairs) by[p["a"].get<std::string>() + ">" + p["b"].get<std::string>()] = p;
  ASSERT_TRUE(by.count("orig>copy"));
  ASSERT_TRUE(by.count("orig>trim"));
  ASSERT_TRUE(by.count("orig>compil"));
  for (const auto& [k, p] : by) {
    EXPECT_EQ(k.find("other"), std::string::npos) << k;
    for (const char* key : {"a", "b", "direction", "containment_a", "containment_b", "jaccard",
                            "passages", "credited"}) {
      EXPECT_TRUE(p.contains(key)) << key;
    }
  }
  const nlohmann::json& copy = by["orig>copy"];
  EXPECT_EQ(copy["direction"], "a_to_b");
  EXPECT_EQ(copy["order_basis"], "published");
  EXPECT_TRUE(copy["credited"].get<bool>());
  EXPECT_DOUBLE_EQ(copy["containment_a"].get<double>(), 1.0);
  const nlohmann::json& trim = by["orig>trim"];
  EXPECT_FALSE(trim["credited"].get<bool>());
  EXPECT_DOUBLE_EQ(trim["containment_b"].get<double>(), 1.0);
  ASSERT_EQ(trim["passages"].size(), 1u);
  // The passage of the trimmed copy is its whole text, in code points.
  const nlohmann::json& p = trim["passages"][0];
  EXPECT_EQ(p["b_start"], 0);
  EXPECT_EQ(p["b_end"].get<int64_t>() + 1,
            static_cast<int64_t>(vigie::CodePointCount(Para(0, 2))));  // the final period
  const nlohmann::json& compil = by["orig>compil"];
  EXPECT_LT(compil["containment_b"].get<double>(), 0.5);  // the page holds more
  EXPECT_GE(compil["coverage_a"].get<double>(), 0.7);
}

TEST_F(ReuseCliTest, OfGraphFamiliesAndErrors) {
  int status = -1;
  nlohmann::json of = nlohmann::json::parse(RunVigieReuse(dir_, {"--of", "orig", Corpus()}, &status));
  EXPECT_EQ(status, 0);
  EXPECT_EQ(of["origin"]["id"], "orig");
  EXPECT_EQ(of["copies"].size(), 3u);  // copy, trim, compil
  EXPECT_EQ(of["family"].size(), 3u);  // not the compilation
  of = nlohmann::json::parse(RunVigieReuse(dir_, {"--of", "trim", Corpus()}, &status));
  EXPECT_EQ(of["origin"]["id"], "orig");
  EXPECT_EQ(of["sources"].size(), 2u);  // orig, and copy (published earlier)

  const std::string gexf = RunVigieReuse(dir_, {"--format", "gexf", Corpus()}, &status);
  EXPECT_EQ(status, 0);
  EXPECT_NE(gexf.find("label=\"La Dépêche du Fleuve\""), std::string::npos);
  EXPECT_NE(gexf.find("</gexf>"), std::string::npos);
  const std::string csv = RunVigieReuse(dir_, {"--format", "csv", Corpus()}, &status);
  EXPECT_NE(csv.find("La Dépêche du Fleuve,Info Libre,Directed,1,1,1.0000,1,1"), std::string::npos)
      << csv;
  nlohmann::json graph = nlohmann::json::parse(RunVigieReuse(dir_, {"--format", "json", Corpus()}, &status));
  EXPECT_EQ(graph["nodes"].size(), 4u);
  std::vector<nlohmann::json> families = Lines(RunVigieReuse(dir_, {"--format", "families", Corpus()}, &status));
  ASSERT_EQ(families.size(), 1u);
  EXPECT_EQ(families[0]["origin"], "orig");

  RunVigieReuse(dir_, {"--of", "nobody", Corpus()}, &status);
  EXPECT_EQ(status, 1);
  RunVigieReuse(dir_, {"--format", "dot", Corpus()}, &status);
  EXPECT_EQ(status, 2);
  RunVigieReuse(dir_, {Corpus(), (dir_ / "missing.jsonl").string()}, &status);
  EXPECT_EQ(status, 1);
}

}  // namespace
