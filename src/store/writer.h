// Writer: puts one document into the store's tables: the article, a new
// version (or none when its content is there), the contract JSON, the rows
// of every list and the full-text index. Statements are prepared once.
#ifndef VIGIE_STORE_WRITER_H_
#define VIGIE_STORE_WRITER_H_

#include <cstdint>
#include <string>

#include "store/doc_codec.h"
#include "store/sqlite.h"
#include "text/normalize.h"
#include "vigie/document.h"
#include "vigie/status.h"
#include "vigie/store.h"

namespace vigie::store {

// The form under which names, outlets and terms are compared: folded for
// matching (case, accents, typographic punctuation) with white space
// collapsed.
std::string FoldKey(std::string_view s);

// The publication day a filter compares: the leading YYYY-MM-DD (or YYYY-MM,
// YYYY) of an ISO 8601 date; empty when `published` does not start so.
std::string PublishedDay(std::string_view published);

// Not thread-safe; borrows `db`, which must outlive it. Callers hold a
// transaction around each call (Store does: each document in a savepoint of
// the batch).
class Writer {
 public:
  explicit Writer(Db* db) : db_(db) {}

  Result<IngestAction> Add(const Document& doc);
  Status ReplaceLayers(int64_t version_id, const Document& doc);

 private:
  struct Article {
    int64_t id = 0;
    int64_t versions = 0;
    int64_t latest = 0;
  };
  Result<Statement*> Get(Statement* slot, std::string_view sql);
  Result<bool> HasFingerprint(const std::string& fingerprint);
  Result<Article> FindArticle(const std::string& key);
  Status Supersede(const Article& article);
  Result<int64_t> InsertVersion(const Document& doc, const Article& article,
                                const std::string& fingerprint);
  Status StoreJson(int64_t version_id, const Document& doc, bool replace);
  Status InsertLists(int64_t version_id, const Document& doc);
  Status InsertAnalysis(int64_t version_id, const Document& doc);
  Status InsertQuotes(int64_t version_id, const Document& doc);
  Status InsertClaims(int64_t version_id, const Document& doc);
  Status IndexText(int64_t version_id, const Document& doc, bool remove);
  Result<int64_t> SpeakerId(const std::string& name);

  Db* db_;
  JsonCompressor compressor_;
  std::string json_buffer_;
  Statement find_fingerprint_, find_article_, insert_article_, update_article_, unlatest_,
      insert_version_, insert_json_, replace_json_, insert_author_, insert_credit_,
      insert_entity_, insert_quote_, insert_claim_, insert_label_, insert_technique_,
      speaker_, index_, unindex_, old_title_, old_json_, version_fingerprint_, set_language_;
};

}  // namespace vigie::store

#endif  // VIGIE_STORE_WRITER_H_
