// Writer: puts one document into the store's tables: the article, a new
// version (or none when its content is there), the contract JSON, the rows
// of every list and the full-text index. Statements are prepared once.
#ifndef VIGIE_STORE_WRITER_H_
#define VIGIE_STORE_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/doc_codec.h"
#include "store/fts_tokenizer.h"
#include "store/prepared.h"
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
//
// The full-text index is written at the end of the batch (FlushIndex), not
// document by document: FTS5 writes its pending terms out as a new segment
// at every savepoint, so indexing inside each document's savepoint made one
// tiny segment per document and merging them cost most of the ingest time.
// Held back, a batch's terms go out as a few large segments.
class Writer {
 public:
  // `forms`: the connection's new forms (fts_tokenizer.h), written to the
  // vocabulary with the index entries.
  Writer(Db* db, FtsWriteState* forms) : db_(db), forms_(forms) {}

  // The tables of one document, with what Store::Prepare computed of it
  // (its index keys are moved out); its index entries wait for FlushIndex.
  // On an error nothing is queued (the caller rolls the document back).
  Result<IngestAction> Add(const Document& doc, PreparedDocument* prepared);
  Status ReplaceLayers(int64_t version_id, const Document& doc);

  // Writes the queued index entries, in order. REQUIRES: inside the batch's
  // transaction, outside any savepoint.
  Status FlushIndex();
  // Forgets the queued entries (the batch was rolled back).
  void DiscardIndex();

 private:
  struct Article {
    int64_t id = 0;
    int64_t versions = 0;
    int64_t latest = 0;
  };
  Result<Statement*> Get(Statement* slot, std::string_view sql);
  Result<bool> HasFingerprint(const std::string& fingerprint);
  Result<Article> FindArticle(const std::string& key);
  // An index change waiting for FlushIndex.
  struct IndexEntry {
    int64_t version_id = 0;
    bool remove = false;  // FTS5 'delete' of what was indexed
    bool cancelled = false;
    std::optional<std::string> title;
    std::string text;
    // An insertion's prepared keys of title and text (Store::Prepare),
    // replayed by the tokenizer; a removal has none (the tokenizer computes
    // them).
    IndexKeys title_keys{}, text_keys{};
  };
  Status Supersede(const Article& article, std::vector<IndexEntry>* queue, int64_t* cancel);
  Result<int64_t> InsertVersion(const Document& doc, const Article& article,
                                const PreparedDocument& prepared);
  Status StoreJson(int64_t version_id, Codec codec, std::string_view stored, bool replace);
  Status InsertLists(int64_t version_id, const Document& doc, const PreparedDocument& prepared);
  // `prepared` may be null (re-analysis): keys are then folded here.
  Status InsertAnalysis(int64_t version_id, const Document& doc,
                        const PreparedDocument* prepared);
  Status InsertEntities(int64_t version_id, const Document& doc,
                        const PreparedDocument* prepared);
  Status InsertLabels(int64_t version_id, const Document& doc, const PreparedDocument* prepared);
  Status InsertTechniques(int64_t version_id, const Document& doc);
  Status InsertQuotes(int64_t version_id, const Document& doc);
  Status InsertClaims(int64_t version_id, const Document& doc);
  Status IndexText(const IndexEntry& entry);
  // The id of a person's name (author or speaker) in the names table.
  // `key`: its FoldKey.
  Result<int64_t> NameId(const std::string& name, const std::string& key);

  Db* db_;
  FtsWriteState* forms_;
  JsonCompressor compressor_;
  std::string json_buffer_;
  std::vector<IndexEntry> index_queue_;
  std::unordered_map<int64_t, size_t> queued_insert_;  // version_id -> index_queue_ position
  Statement find_fingerprint_, find_article_, insert_article_, update_article_, unlatest_,
      insert_version_, insert_json_, replace_json_, insert_author_, insert_credit_,
      insert_entity_, insert_quote_, insert_claim_, insert_label_, insert_technique_,
      name_, index_, unindex_, old_title_, old_json_, version_fingerprint_, set_language_;
};

}  // namespace vigie::store

#endif  // VIGIE_STORE_WRITER_H_
