// The corpus store's benchmark (scripts/bench-store runs it; figures in
// doc/benchmarks.md).
//
//   vigie_store_bench ingest --db DB FILE.jsonl [--limit N] [--batch N]
//     Contract documents (`vigie extract` output) are read and parsed first,
//     untimed; then Store::Ingest of every one and the final Flush are
//     timed, by wall clock and by the thread's CPU time: the store's own
//     cost per document, without extraction.
//   vigie_store_bench search --db DB [--reps N]
//     A fixed set of realistic queries (single words, phrases, AND / OR /
//     NOT, prefixes, with and without filters, analysis layers), each run --reps
//     times after one warm-up run; latency percentiles per kind of query and
//     over all runs, and the hits of each query.
//   vigie_store_bench sizes --db DB
//     The database file against the clean text (latest versions) and the
//     full-text index (pages of the search_* tables, from dbstat):
//     file / (text + index) and file / text, and where the bytes are.
#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "store/search_keys.h"
#include "vigie/document.h"
#include "vigie/store.h"

namespace vigie::bench {
namespace {

using Clock = std::chrono::steady_clock;

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

struct Args {
  std::string mode, db, file;
  int64_t limit = 0;
  int batch = 1000;
  int reps = 10;
};

int Ingest(const Args& args) {
  std::ifstream in(args.file);
  std::vector<Document> docs;
  size_t text_bytes = 0;
  for (std::string line; std::getline(in, line);) {
    Result<Document> doc = FromJsonLine(line);
    if (!doc.ok()) {
      std::fprintf(stderr, "bad line: %s\n", doc.status().message().c_str());
      return 1;
    }
    text_bytes += doc->text.size();
    docs.push_back(std::move(*doc));
    if (args.limit > 0 && static_cast<int64_t>(docs.size()) >= args.limit) break;
  }
  StoreOptions options;
  options.batch_documents = args.batch;
  auto store = Store::Open(args.db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  std::map<IngestAction, int64_t> actions;
  double cpu0 = ThreadCpuSeconds();
  auto t0 = Clock::now();
  for (const Document& d : docs) {
    Result<IngestAction> a = (*store)->Ingest(d);
    if (!a.ok()) {
      std::fprintf(stderr, "%s: %s\n", d.input.c_str(), a.status().ToString().c_str());
      return 1;
    }
    ++actions[*a];
  }
  Status st = (*store)->Flush();
  double wall = Seconds(t0, Clock::now());
  double cpu = ThreadCpuSeconds() - cpu0;
  if (!st.ok()) return 1;
  std::printf("store ingest: %zu documents, %.1f MB of text: %.2f s wall (%.0f docs/s), "
              "%.2f s CPU (%.0f docs/s, %.1f MB/s); added %lld, new versions %lld, "
              "already stored %lld\n",
              docs.size(), text_bytes / 1e6, wall, docs.size() / wall, cpu, docs.size() / cpu,
              text_bytes / 1e6 / cpu, static_cast<long long>(actions[IngestAction::kAdded]),
              static_cast<long long>(actions[IngestAction::kNewVersion]),
              static_cast<long long>(actions[IngestAction::kAlreadyStored]));
  return 0;
}

// The full-text index's keys alone (store::SearchKeys in document mode,
// as the FTS5 tokenizer runs it), over the texts of FILE.jsonl.
int Keys(const Args& args) {
  std::ifstream in(args.file);
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    Result<Document> doc = FromJsonLine(line);
    if (!doc.ok()) continue;
    bytes += doc->text.size();
    texts.push_back(std::move(doc->text));
    if (args.limit > 0 && static_cast<int64_t>(texts.size()) >= args.limit) break;
  }
  for (int pass = 0; pass < 2; ++pass) {
    store::SearchKeys keys;
    int64_t forms = 0;
    keys.set_form_sink([&](std::string_view, std::string_view) { ++forms; });
    int64_t n = 0, colocated = 0;
    double cpu0 = ThreadCpuSeconds();
    for (const std::string& t : texts) {
      keys.Run(t, store::KeyMode::kDocument, [&](const store::SearchKey& k) {
        ++n;
        colocated += k.colocated ? 1 : 0;
        return 0;
      });
    }
    double cpu = ThreadCpuSeconds() - cpu0;
    std::printf("keys (pass %d): %zu texts, %.1f MB, %lld keys (%lld colocated), %lld new "
                "forms: %.2f s CPU, %.1f MB/s, %.1f M keys/s\n",
                pass + 1, texts.size(), bytes / 1e6, static_cast<long long>(n),
                static_cast<long long>(colocated), static_cast<long long>(forms), cpu,
                bytes / 1e6 / cpu, n / 1e6 / cpu);
  }
  return 0;
}

struct Query {
  const char* kind;
  SearchRequest request;
};

SearchRequest Q(const char* query) {
  SearchRequest r;
  r.query = query;
  return r;
}

std::vector<Query> Queries() {
  std::vector<Query> q;
  for (const char* w : {"gouvernement", "santé", "président", "réfugiés", "munitions",
                        "élections", "Europe", "hôpital", "guerre", "économie", "police",
                        "ministre", "enfants", "patient", "tribunal"}) {
    q.push_back({"word", Q(w)});
  }
  for (const char* p : {"\"premier ministre\"", "\"Union européenne\"", "\"conseil municipal\"",
                        "\"droits de l'homme\"", "\"chef de l'État\"", "\"effets indésirables\"",
                        "\"Parlement européen\"", "\"mise à jour\""}) {
    q.push_back({"phrase", Q(p)});
  }
  for (const char* b : {"gouvernement AND santé", "guerre OR conflit", "police -manifestation",
                        "ministre NOT président", "(France OR Allemagne) AND économie",
                        "enfants école", "hôpital AND (médecin OR infirmière)",
                        "\"premier ministre\" AND réforme"}) {
    q.push_back({"boolean", Q(b)});
  }
  for (const char* p : {"économ*", "polit*", "hôpit*", "gouvern*", "internation*", "réfug*",
                        "constitution*"}) {
    q.push_back({"prefix", Q(p)});
  }
  auto filtered = [&](const char* query, auto&& set) {
    SearchRequest r = Q(query);
    set(&r);
    q.push_back({"filtered", r});
  };
  filtered("gouvernement", [](SearchRequest* r) { r->languages = {"fr"}; });
  filtered("santé", [](SearchRequest* r) { r->since = "2020"; });
  filtered("président", [](SearchRequest* r) {
    r->since = "2018-01";
    r->until = "2019-06-30";
  });
  filtered("guerre", [](SearchRequest* r) { r->outlets = {"Le Courrier de Lorraine"}; });
  filtered("\"premier ministre\"", [](SearchRequest* r) { r->author = "Martin"; });
  filtered("économ*", [](SearchRequest* r) { r->languages = {"en", "de"}; });
  filtered("police", [](SearchRequest* r) { r->domains = {"l-independant-du-levant.info"}; });
  filtered("", [](SearchRequest* r) { r->outlets = {"La Phare de l'Est"}; });
  filtered("", [](SearchRequest* r) {
    r->since = "2024-12";
    r->languages = {"fr"};
  });
  filtered("", [](SearchRequest* r) { r->author = "Nadia Benali"; });
  // The analysis layers (hits on a store ingested with the analysis).
  auto layer = [&](const char* query, auto&& set) {
    SearchRequest r = Q(query);
    set(&r);
    q.push_back({"layer", r});
  };
  layer("", [](SearchRequest* r) { r->claims = true; });
  layer("", [](SearchRequest* r) { r->quotes_by = "Rodolphe"; });
  layer("", [](SearchRequest* r) { r->label = "régime"; });
  layer("", [](SearchRequest* r) { r->technique = "Doubt"; });
  layer("guerre", [](SearchRequest* r) { r->technique = "Loaded_Language"; });
  layer("gouvernement", [](SearchRequest* r) { r->claims = true; });
  return q;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

int Search(const Args& args) {
  StoreOptions options;
  options.read_only = true;
  auto store = Store::Open(args.db, options);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  std::map<std::string, std::vector<double>> by_kind;
  std::vector<double> all;
  for (const Query& q : Queries()) {
    std::vector<double> ms;
    size_t hits = 0;
    for (int rep = 0; rep <= args.reps; ++rep) {
      auto t0 = Clock::now();
      auto r = (*store)->Search(q.request);
      double elapsed = Seconds(t0, Clock::now()) * 1e3;
      if (!r.ok()) {
        std::fprintf(stderr, "%s: %s\n", q.request.query.c_str(), r.status().ToString().c_str());
        return 1;
      }
      hits = r->size();
      if (rep == 0) continue;  // warm-up
      ms.push_back(elapsed);
      by_kind[q.kind].push_back(elapsed);
      all.push_back(elapsed);
    }
    std::printf("  %-9s %-42s %3zu hits  p50 %7.2f ms  max %7.2f ms\n", q.kind,
                q.request.query.empty() ? "(filters only)" : q.request.query.c_str(), hits,
                Percentile(ms, 0.5), Percentile(ms, 1.0));
  }
  std::printf("\n%-10s %6s %9s %9s %9s %9s\n", "queries", "runs", "p50 ms", "p90 ms", "p99 ms",
              "max ms");
  for (const auto& [kind, v] : by_kind) {
    std::printf("%-10s %6zu %9.2f %9.2f %9.2f %9.2f\n", kind.c_str(), v.size(),
                Percentile(v, 0.5), Percentile(v, 0.9), Percentile(v, 0.99), Percentile(v, 1.0));
  }
  std::printf("%-10s %6zu %9.2f %9.2f %9.2f %9.2f\n", "all", all.size(), Percentile(all, 0.5),
              Percentile(all, 0.9), Percentile(all, 0.99), Percentile(all, 1.0));
  return 0;
}

int64_t QueryInt(sqlite3* db, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    v = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  return v;
}

int Sizes(const Args& args) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(args.db.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "cannot open %s\n", args.db.c_str());
    return 1;
  }
  int64_t file = QueryInt(db, "PRAGMA page_count") * QueryInt(db, "PRAGMA page_size");
  int64_t text = QueryInt(db, "SELECT sum(text_bytes) FROM versions WHERE is_latest = 1");
  int64_t all_text = QueryInt(db, "SELECT sum(text_bytes) FROM versions");
  int64_t index = QueryInt(db, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'");
  int64_t json = QueryInt(
      db, "SELECT sum(pgsize) FROM dbstat WHERE name = 'contract_json' OR name LIKE "
          "'sqlite_autoindex_contract_json%'");
  int64_t articles = QueryInt(db, "SELECT count(*) FROM articles");
  int64_t versions = QueryInt(db, "SELECT count(*) FROM versions");
  std::printf("%lld articles, %lld versions; file %.1f MB; clean text %.1f MB (latest "
              "versions; %.1f MB all versions); full-text index %.1f MB; contract JSON "
              "(zstd) %.1f MB; the rest %.1f MB\n",
              static_cast<long long>(articles), static_cast<long long>(versions), file / 1e6,
              text / 1e6, all_text / 1e6, index / 1e6, json / 1e6,
              (file - index - json) / 1e6);
  std::printf("file / (text + index) = %.2f; file / text = %.2f; index / text = %.2f\n",
              static_cast<double>(file) / static_cast<double>(text + index),
              static_cast<double>(file) / static_cast<double>(text),
              static_cast<double>(index) / static_cast<double>(text));
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT name, sum(pgsize) AS b FROM dbstat GROUP BY name ORDER BY b DESC "
                     "LIMIT 12",
                     -1, &stmt, nullptr);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    std::printf("  %-32s %8.1f MB\n", reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                sqlite3_column_int64(stmt, 1) / 1e6);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return 0;
}

int Usage() {
  std::fprintf(stderr,
               "usage: vigie_store_bench ingest --db DB FILE.jsonl [--limit N] [--batch N]\n"
               "       vigie_store_bench search --db DB [--reps N]\n"
               "       vigie_store_bench sizes --db DB\n"
               "       vigie_store_bench keys FILE.jsonl [--limit N]\n");
  return 2;
}

}  // namespace
}  // namespace vigie::bench

int main(int argc, char** argv) {
  using namespace vigie::bench;
  if (argc < 2) return Usage();
  Args args;
  args.mode = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--db") args.db = next();
    else if (a == "--limit") args.limit = std::atoll(next().c_str());
    else if (a == "--batch") args.batch = std::atoi(next().c_str());
    else if (a == "--reps") args.reps = std::atoi(next().c_str());
    else args.file = a;
  }
  if (args.db.empty() && args.mode != "keys") return Usage();
  if (args.mode == "ingest" && !args.file.empty()) return Ingest(args);
  if (args.mode == "search") return Search(args);
  if (args.mode == "sizes") return Sizes(args);
  if (args.mode == "keys" && !args.file.empty()) return Keys(args);
  return Usage();
}
