#include "vigie/store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <thread>
#include <tuple>
#include <string>
#include <vector>

#include "store/fts_tokenizer.h"
#include "store/search_keys.h"

namespace vigie {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

Document Article(std::string id, std::string url, std::string title, std::string text) {
  Document d;
  d.id = std::move(id);
  d.input = "test#" + d.id;
  d.format = Format::kJsonl;
  if (!url.empty()) {
    d.url = url;
    d.domain = "example.org";
  }
  d.outlet = "Le Quotidien";
  d.title = std::move(title);
  d.text = std::move(text);
  d.published = "2016-11-02";
  d.language = "fr";
  d.authors = {"Jeanne Martin"};
  return d;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vigie_store_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "store.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> Open(StoreOptions options = {}) {
    auto store = Store::Open(path_, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  std::vector<std::string> Export(Store* store, bool all = false) {
    std::vector<std::string> lines;
    EXPECT_TRUE(store->Export(all, [&](std::string_view l) {
                       lines.emplace_back(l);
                       return true;
                     }).ok());
    return lines;
  }

  std::vector<std::string> Titles(Store* store, SearchRequest request) {
    auto hits = store->Search(request);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    std::vector<std::string> titles;
    if (hits.ok()) {
      for (const SearchHit& h : *hits) titles.push_back(h.title.value_or(""));
    }
    return titles;
  }

  fs::path dir_;
  std::string path_;
};

TEST_F(StoreTest, IngestIsIdempotentAndKeepsVersions) {
  auto store = Open();
  Document a = Article("a", "https://example.org/a", "Alep", "Les munitions manquent à Alep.");
  Document b = Article("b", "", "Mossoul", "Des réfugiés quittent Mossoul.");
  EXPECT_EQ(*store->Ingest(a), IngestAction::kAdded);
  EXPECT_EQ(*store->Ingest(b), IngestAction::kAdded);
  EXPECT_EQ(*store->Ingest(a), IngestAction::kAlreadyStored);
  Document moved = a;
  moved.input = "elsewhere.jsonl#9";  // same page, another path: same version
  EXPECT_EQ(*store->Ingest(moved), IngestAction::kAlreadyStored);
  Document updated = a;
  updated.text += "\n\nMise à jour : un convoi est arrivé.";
  EXPECT_EQ(*store->Ingest(updated), IngestAction::kNewVersion);
  EXPECT_EQ(*store->Ingest(a), IngestAction::kAlreadyStored);  // old content: known
  ASSERT_TRUE(store->Flush().ok());
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 2);
  EXPECT_EQ(stats->versions, 3);
  EXPECT_THAT(Export(store.get()), ElementsAre(ToJsonLine(updated), ToJsonLine(b)));
  EXPECT_THAT(Export(store.get(), true),
              ElementsAre(ToJsonLine(a), ToJsonLine(updated), ToJsonLine(b)));
  EXPECT_TRUE(store->Check().ok()) << store->Check().ToString();
  // Only the latest version is searched.
  SearchRequest convoi;
  convoi.query = "convoi";
  EXPECT_THAT(Titles(store.get(), convoi), ElementsAre("Alep"));
}

// `vigie ingest` computes the full-text keys on its worker threads
// (Store::Prepare) and the tokenizer replays them: the index must hold
// exactly what the tokenizer computes itself, key by key and position by
// position (fts5vocab lists every instance).
TEST_F(StoreTest, KeysPreparedOnAnotherThreadAreTheTokenizersOwn) {
  std::vector<Document> docs = {
      Article("1", "https://example.org/1", "Réfugiés à Alep-Est",
              "Les réfugiés de l’ONU reçoivent des munitions.\n\nL'aide arrive-t-elle ?"),
      Article("2", "https://example.org/2", "Deux",
              "Des États-Unis à Deir ez-Zor : 1 500 morts, 12,5 % et http://x.org/a?b=c."),
      Article("3", "", "", "Sans titre ; l’« opposition armée » répond."),
  };
  docs[2].title.reset();
  {
    auto store = Open();
    std::vector<std::shared_ptr<PreparedDocument>> prepared(docs.size());
    std::thread worker([&] {
      for (size_t i = 0; i < docs.size(); ++i) prepared[i] = store->Prepare(docs[i]);
    });
    worker.join();
    for (size_t i = 0; i < docs.size(); ++i) {
      EXPECT_EQ(*store->Ingest(docs[i], prepared[i]), IngestAction::kAdded);
    }
    ASSERT_TRUE(store->Flush().ok());
    EXPECT_TRUE(store->Check().ok()) << store->Check().ToString();
    SearchRequest r;
    r.query = "munition";
    EXPECT_THAT(Titles(store.get(), r), ElementsAre("Réfugiés à Alep-Est"));
  }
  // What the index holds: (version, column, position, key).
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  ASSERT_TRUE(store::RegisterFtsTokenizer(db, nullptr).ok());
  ASSERT_EQ(sqlite3_exec(db, "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search, instance)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  using Instance = std::tuple<int64_t, std::string, int64_t, std::string>;
  std::vector<Instance> indexed;
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT doc, col, offset, term FROM temp.v", -1, &stmt, nullptr),
            SQLITE_OK);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    indexed.emplace_back(sqlite3_column_int64(stmt, 0),
                         reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)),
                         sqlite3_column_int64(stmt, 2),
                         reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  // What the tokenizer computes (version ids follow the ingest order).
  std::vector<Instance> expected;
  store::SearchKeys keys;
  for (size_t i = 0; i < docs.size(); ++i) {
    auto add = [&](const std::string& column, std::string_view text) {
      int64_t position = -1;
      keys.Run(text, store::KeyMode::kDocument, [&](const store::SearchKey& k) {
        if (!k.colocated) ++position;
        expected.emplace_back(static_cast<int64_t>(i + 1), column, position, std::string(k.key));
        return 0;
      });
    };
    if (docs[i].title) add("title", *docs[i].title);
    add("text", docs[i].text);
  }
  std::sort(indexed.begin(), indexed.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_GT(expected.size(), 30u);
  EXPECT_EQ(indexed, expected);
}

// A prefix query finds `munitions` (key `munit`) through the store's
// vocabulary, to which a thread reports each word form once: once per store,
// not once per process. A second store keyed on the same thread (or the
// next test's) must learn the form too, however the keys were prepared.
TEST_F(StoreTest, EveryStoreLearnsTheWordFormsOfItsDocuments) {
  SearchRequest r;
  r.query = "munitio*";
  const Document doc = Article("1", "https://example.org/1", "Un", "Des munitions arrivent.");
  for (int i = 0; i < 2; ++i) {
    path_ = (dir_ / ("store" + std::to_string(i) + ".db")).string();
    auto store = Open();
    ASSERT_TRUE(store->Ingest(doc).ok());
    EXPECT_THAT(Titles(store.get(), r), ElementsAre("Un")) << "store " << i;
  }
  // One worker prepares for `a`, `b`, then `a` again. `again` (prepared
  // for `a` after `doc`, so without forms of its own) goes to a third store,
  // which prepares it again.
  path_ = (dir_ / "a.db").string();
  auto a = Open();
  path_ = (dir_ / "b.db").string();
  auto b = Open();
  path_ = (dir_ / "c.db").string();
  auto c = Open();
  const Document other = Article("2", "https://example.org/2", "Deux", "Des munitions.");
  std::shared_ptr<PreparedDocument> for_a, for_b, again;
  std::thread worker([&] {
    for_a = a->Prepare(doc);
    for_b = b->Prepare(doc);
    for_a = a->Prepare(doc);
    again = a->Prepare(other);
  });
  worker.join();
  ASSERT_TRUE(a->Ingest(doc, for_a).ok());
  ASSERT_TRUE(b->Ingest(doc, for_b).ok());
  ASSERT_TRUE(c->Ingest(other, again).ok());
  EXPECT_THAT(Titles(a.get(), r), ElementsAre("Un"));
  EXPECT_THAT(Titles(b.get(), r), ElementsAre("Un"));
  EXPECT_THAT(Titles(c.get(), r), ElementsAre("Deux"));
}

TEST_F(StoreTest, SearchesStemsAccentsElisionsPhrasesAndOperators) {
  auto store = Open();
  ASSERT_TRUE(store->Ingest(Article("1", "https://example.org/1", "Un",
                                    "Les réfugiés de l’ONU reçoivent des munitions."))
                  .ok());
  ASSERT_TRUE(store->Ingest(Article("2", "https://example.org/2", "Deux",
                                    "L'aide humanitaire arrive à Alep-Est."))
                  .ok());
  ASSERT_TRUE(store->Ingest(Article("3", "https://example.org/3", "Trois",
                                    "Une aide militaire, pas humanitaire."))
                  .ok());
  ASSERT_TRUE(store->Ingest(Article("4", "https://example.org/4", "Quatre",
                                    "Des refugies attendent a la frontiere."))
                  .ok());
  struct Case {
    const char* query;
    std::vector<std::string> titles;  // sorted
  } cases[] = {
      {"munition", {"Un"}},
      {"réfugié", {"Quatre", "Un"}},
      {"REFUGIE", {"Quatre", "Un"}},
      {"Réfugiées", {"Quatre", "Un"}},
      {"\"refugies de\"", {"Un"}},
      {"onu", {"Un"}},
      {"l'ONU", {"Un"}},
      {"\"aide humanitaire\"", {"Deux"}},
      {"aide humanitaire", {"Deux", "Trois"}},
      {"aide NOT militaire", {"Deux"}},
      {"aide -militaire", {"Deux"}},
      {"munitions OR militaire", {"Trois", "Un"}},
      {"humanit*", {"Deux", "Trois"}},
      {"munitio*", {"Un"}},
      {"Alep", {"Deux"}},
      {"Alep-Est", {"Deux"}},
      {"title:deux", {"Deux"}},
      {"(aide OR munitions) AND -militaire", {"Deux", "Un"}},
  };
  for (const Case& c : cases) {
    SearchRequest r;
    r.query = c.query;
    std::vector<std::string> got = Titles(store.get(), r);
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, c.titles) << c.query;
  }
}

TEST_F(StoreTest, RanksByRelevanceTheTitleWeighingMore) {
  auto store = Open();
  const std::string filler = " Le reste du texte parle d'autre chose, longuement, sans détour.";
  ASSERT_TRUE(store->Ingest(Article("1", "", "Once", "Un convoi." + filler + filler)).ok());
  ASSERT_TRUE(store->Ingest(Article("2", "", "Thrice", "Convoi, convoi, convoi." + filler)).ok());
  ASSERT_TRUE(store->Ingest(Article("3", "", "Le convoi", "Un convoi." + filler + filler)).ok());
  SearchRequest r;
  r.query = "convoi";
  EXPECT_THAT(Titles(store.get(), r), ElementsAre("Thrice", "Le convoi", "Once"));
  auto hits = store->Search(r);
  ASSERT_TRUE(hits.ok());
  for (size_t i = 1; i < hits->size(); ++i) EXPECT_GT((*hits)[i - 1].score, (*hits)[i].score);
  r.limit = 1;
  EXPECT_THAT(Titles(store.get(), r), ElementsAre("Thrice"));
}

TEST_F(StoreTest, FiltersAndSnippets) {
  auto store = Open();
  Document a = Article("1", "https://www.example.org/1", "Un", "Le convoi est arrivé hier soir.");
  Document b = Article("2", "https://news.other.net/2", "Deux", "Un autre convoi est parti.");
  b.domain = "news.other.net";
  b.outlet = "Autre Média";
  b.published = "2017-03-04T10:00:00Z";
  b.language = "en";
  b.authors = {"John Smith"};
  ASSERT_TRUE(store->Ingest(a).ok());
  ASSERT_TRUE(store->Ingest(b).ok());
  SearchRequest r;
  r.query = "convoi";
  r.outlets = {"autre media"};
  EXPECT_THAT(Titles(store.get(), r), ElementsAre("Deux"));
  r = {};
  r.query = "convoi";
  r.domains = {"other.net"};
  EXPECT_THAT(Titles(store.get(), r), ElementsAre("Deux"));
  r.domains = {"example.org"};
  EXPECT_THAT(Titles(store.get(), r), ElementsAre("Un"));
  r = {};
  r.query = "convoi";
  r.since = "2017";
  EXPECT_THAT(Titles(store.get(), r), ElementsAre("Deux"));
  r.since.reset();
  r.until = "2016-11";
  EXPECT_THAT(Titles(store.get(), r), ElementsAre("Un"));
  r = {};
  r.author = "smith";
  EXPECT_THAT(Titles(store.get(), r), ElementsAre("Deux"));
  r = {};
  r.languages = {"fr"};
  EXPECT_THAT(Titles(store.get(), r), ElementsAre("Un"));
  r = {};
  r.query = "arriver";
  auto hits = store->Search(r);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  const SearchHit& h = (*hits)[0];
  EXPECT_EQ(h.snippet, "Le convoi est arrivé hier soir.");
  ASSERT_EQ(h.highlights.size(), 1u);
  EXPECT_EQ(h.highlights[0], std::make_pair(int64_t{14}, int64_t{20}));
  EXPECT_GT(h.score, 0);
  EXPECT_THAT(h.authors, ElementsAre("Jeanne Martin"));
  r.since = "2016-13-45x";
  EXPECT_FALSE(store->Search(r).ok());
}

TEST_F(StoreTest, SearchesAnalysisLayers) {
  auto store = Open();
  Document a = Article("1", "https://example.org/1", "Un",
                       "« Nous tiendrons », a déclaré Vladimir Poutine. 40 morts.");
  a.quotes.push_back(Quote{"Nous tiendrons", 2, 16, "direct", "Vladimir Poutine", 32, 48,
                           "a déclaré"});
  Claim claim;
  claim.text = "40 morts";
  claim.start = 50;
  claim.end = 58;
  claim.kind = "casualties";
  claim.killed = 40;
  claim.cue = "morts";
  a.claims.push_back(claim);
  a.labels.push_back(Label{"terroristes", 0, 1, "terroriste", "rebels", "pejorative", "fr/labels.tsv:45", 0.9, {}});
  a.techniques.push_back(Technique{"Loaded_Language", 0, 1, "«", "cue"});
  Document b = Article("2", "https://example.org/2", "Deux", "Rien à signaler.");
  ASSERT_TRUE(store->Ingest(a).ok());
  ASSERT_TRUE(store->Ingest(b).ok());
  SearchRequest r;
  r.quotes_by = "poutine";
  auto hits = store->Search(r);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  ASSERT_EQ((*hits)[0].quotes.size(), 1u);
  EXPECT_THAT((*hits)[0].quotes[0], HasSubstr("\"speaker\":\"Vladimir Poutine\""));
  EXPECT_THAT((*hits)[0].snippet, HasSubstr("Nous tiendrons"));
  r = {};
  r.claims = true;
  r.label = "Terroriste";
  r.technique = "loaded_language";
  hits = store->Search(r);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].claims.size(), 1u);
  EXPECT_EQ((*hits)[0].labels.size(), 1u);
  EXPECT_EQ((*hits)[0].techniques.size(), 1u);
  r = {};
  r.quotes_by = "poutine";
  r.query = "signaler";
  hits = store->Search(r);
  ASSERT_TRUE(hits.ok());
  EXPECT_THAT(*hits, IsEmpty());
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  ASSERT_EQ(stats->top_speakers.size(), 1u);
  EXPECT_EQ(stats->top_speakers[0].key, "Vladimir Poutine");
  EXPECT_TRUE(store->Check().ok()) << store->Check().ToString();
}

TEST_F(StoreTest, ReplaceLayersKeepsTheVersion) {
  auto store = Open();
  Document a = Article("1", "https://example.org/1", "Un", "Des terroristes ont frappé.");
  ASSERT_TRUE(store->Ingest(a).ok());
  auto stored = store->ReadVersions(0, 10);
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->size(), 1u);
  Document doc = (*stored)[0].doc;
  doc.labels.push_back(Label{"terroristes", 4, 15, "terroriste", "rebels", "pejorative", "fr/labels.tsv:45", 0.9, {}});
  ASSERT_TRUE(store->ReplaceLayers((*stored)[0].version_id, doc).ok());
  Document changed = doc;
  changed.text = "autre";
  EXPECT_FALSE(store->ReplaceLayers((*stored)[0].version_id, changed).ok());
  EXPECT_THAT(Export(store.get()), ElementsAre(ToJsonLine(doc)));
  EXPECT_EQ(*store->Ingest(a), IngestAction::kAlreadyStored);
  EXPECT_TRUE(store->Check().ok()) << store->Check().ToString();
}

TEST_F(StoreTest, ReopensAndRefusesForeignFiles) {
  {
    auto store = Open();
    ASSERT_TRUE(store->Ingest(Article("1", "", "Un", "texte")).ok());
  }
  StoreOptions ro;
  ro.read_only = true;
  auto reopened = Store::Open(path_, ro);
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  EXPECT_EQ((*reopened)->Stats()->articles, 1);
  EXPECT_FALSE((*reopened)->Ingest(Article("2", "", "Deux", "texte")).ok());
  EXPECT_EQ(Store::Open((dir_ / "missing.db").string(), ro).status().code(),
            Status::Code::kNotFound);
  std::string foreign = (dir_ / "foreign.db").string();
  {
    auto other = Store::Open(foreign);  // creates a store...
    ASSERT_TRUE(other.ok());
  }
  {
    std::FILE* f = std::fopen((dir_ / "text.db").c_str(), "w");
    std::fputs("not a database at all, just some text that is long enough to matter", f);
    std::fclose(f);
  }
  EXPECT_FALSE(Store::Open((dir_ / "text.db").string()).ok());
}

// Runs `sql` on the store's file with a bare connection (no tokenizer).
void RawSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
}

TEST_F(StoreTest, SchemaVersionsAndIndexRebuilds) {
  {
    auto store = Open();
    ASSERT_TRUE(store->Ingest(Article("1", "", "Un", "Les munitions manquent.")).ok());
  }
  // Keys made by another tokenizer: a read-only open refuses, a writable
  // one rebuilds the index (and the vocabulary) from the stored texts.
  RawSql(path_, "UPDATE meta SET value = '0' WHERE key = 'search_keys_version';"
                "DELETE FROM vocabulary;");
  StoreOptions ro;
  ro.read_only = true;
  auto refused = Store::Open(path_, ro);
  ASSERT_FALSE(refused.ok());
  EXPECT_THAT(refused.status().message(), HasSubstr("rebuild"));
  {
    auto store = Open();
    SearchRequest r;
    r.query = "munitio*";
    EXPECT_THAT(Titles(store.get(), r), ElementsAre("Un"));
    EXPECT_TRUE(store->Check().ok());
  }
  EXPECT_TRUE(Store::Open(path_, ro).ok());
  // Written by a newer vigie: refused, whatever the mode.
  RawSql(path_, "PRAGMA user_version = 99;");
  auto newer = Store::Open(path_);
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().code(), Status::Code::kUnsupported);
  EXPECT_THAT(newer.status().message(), HasSubstr("newer vigie"));
}

TEST_F(StoreTest, EmptyQueriesAndBadQueriesAreErrors) {
  auto store = Open();
  SearchRequest r;
  EXPECT_EQ(store->Search(r).status().code(), Status::Code::kInvalidArgument);
  r.query = "(munitions";
  EXPECT_EQ(store->Search(r).status().code(), Status::Code::kInvalidArgument);
  r.query = "!!!";
  EXPECT_EQ(store->Search(r).status().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace vigie
