#include "store/writer.h"

#include <chrono>
#include <ctime>

#include "common/strings.h"

namespace vigie::store {
namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string UtcNow() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// The prepared key at `i` of `keys` when there is one, else FoldKey(s).
std::string KeyOf(const std::vector<std::string>* keys, size_t i, std::string_view s) {
  if (keys != nullptr && i < keys->size()) return (*keys)[i];
  return FoldKey(s);
}

void BindOptionalInt(Statement* s, int index, const std::optional<int64_t>& v) {
  if (v) {
    s->Bind(index, *v);
  } else {
    s->BindNull(index);
  }
}

}  // namespace

std::string FoldKey(std::string_view s) {
  static const text::Normalizer normalizer(text::kNormalizeForMatching);
  return CollapseWhitespace(normalizer.Fold(s));
}

std::string PublishedDay(std::string_view published) {
  if (published.size() < 4 || !IsDigits(published.substr(0, 4))) return "";
  size_t n = 4;
  if (published.size() >= 7 && published[4] == '-' && IsDigits(published.substr(5, 2))) {
    n = 7;
    if (published.size() >= 10 && published[7] == '-' && IsDigits(published.substr(8, 2))) n = 10;
  }
  return std::string(published.substr(0, n));
}

Result<Statement*> Writer::Get(Statement* slot, std::string_view sql) {
  if (!slot->valid()) {
    Result<Statement> stmt = Statement::Prepare(db_, sql);
    if (!stmt.ok()) return stmt.status();
    *slot = std::move(*stmt);
  }
  return slot;
}

Result<bool> Writer::HasFingerprint(const std::string& fingerprint) {
  auto s = Get(&find_fingerprint_, "SELECT 1 FROM versions WHERE fingerprint = ?1");
  if (!s.ok()) return s.status();
  (*s)->BindBlob(1, fingerprint);
  Result<bool> row = (*s)->Step();
  (*s)->Reset();
  return row;
}

Result<Writer::Article> Writer::FindArticle(const std::string& key) {
  auto s = Get(&find_article_,
               "SELECT article_id, versions, latest_version_id FROM articles WHERE key = ?1");
  if (!s.ok()) return s.status();
  (*s)->Bind(1, key);
  Result<bool> row = (*s)->Step();
  Article article;
  if (row.ok() && *row) {
    article = Article{(*s)->ColumnInt(0), (*s)->ColumnInt(1), (*s)->ColumnInt(2)};
  }
  (*s)->Reset();
  if (!row.ok()) return row.status();
  if (article.id != 0) return article;
  auto insert = Get(&insert_article_,
                    "INSERT INTO articles(key, versions, latest_version_id) VALUES(?1, 0, 0)");
  if (!insert.ok()) return insert.status();
  (*insert)->Bind(1, key);
  VIGIE_RETURN_IF_ERROR((*insert)->Run());
  article.id = sqlite3_last_insert_rowid(db_->get());
  return article;
}

// The article's latest version stops being latest and leaves the index:
// its queued insertion is cancelled (`*cancel`), or a removal of what was
// indexed (the stored title and text) is queued.
Status Writer::Supersede(const Article& article, std::vector<IndexEntry>* queue,
                         int64_t* cancel) {
  if (article.latest == 0) return Status::Ok();
  auto s = Get(&unlatest_, "UPDATE versions SET is_latest = 0 WHERE version_id = ?1");
  if (!s.ok()) return s.status();
  (*s)->Bind(1, article.latest);
  VIGIE_RETURN_IF_ERROR((*s)->Run());
  if (queued_insert_.count(article.latest) > 0) {
    *cancel = article.latest;
    return Status::Ok();
  }
  auto json = Get(&old_json_,
                  "SELECT c.codec, c.json, v.title FROM contract_json c JOIN versions v "
                  "ON v.version_id = c.version_id WHERE c.version_id = ?1");
  if (!json.ok()) return json.status();
  (*json)->Bind(1, article.latest);
  Result<bool> row = (*json)->Step();
  IndexEntry removal;
  removal.version_id = article.latest;
  removal.remove = true;
  Status st = row.status();
  if (st.ok() && *row) {
    std::string line;
    st = DecodeStoredJson(static_cast<int>((*json)->ColumnInt(0)), (*json)->ColumnBlob(1), &line);
    removal.title = (*json)->ColumnOptionalText(2);
    if (st.ok()) {
      Result<std::string> text = ContractStringField(line, "text");
      st = text.status();
      if (st.ok()) removal.text = std::move(*text);
    }
  }
  (*json)->Reset();
  VIGIE_RETURN_IF_ERROR(st);
  queue->push_back(std::move(removal));
  return Status::Ok();
}

Result<int64_t> Writer::InsertVersion(const Document& doc, const Article& article,
                                      const PreparedDocument& prepared) {
  auto s = Get(&insert_version_,
               "INSERT INTO versions(article_id, number, is_latest, fingerprint, doc_id, input, "
               "format, url, domain, outlet, outlet_key, title, published, published_day, "
               "fetched, language, text_bytes, ingested_at) VALUES(?1, ?2, 1, ?3, ?4, ?5, ?6, "
               "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
  if (!s.ok()) return s.status();
  Statement* v = *s;
  v->Bind(1, article.id);
  v->Bind(2, article.versions + 1);
  v->BindBlob(3, prepared.fingerprint);
  v->Bind(4, doc.id);
  v->Bind(5, doc.input);
  v->Bind(6, FormatName(doc.format));
  v->Bind(7, doc.url);
  v->Bind(8, doc.domain);
  v->Bind(9, doc.outlet);
  v->Bind(10, prepared.outlet_key);
  v->Bind(11, doc.title);
  v->Bind(12, doc.published);
  std::string day = doc.published ? PublishedDay(*doc.published) : "";
  v->Bind(13, day.empty() ? std::nullopt : std::optional<std::string>(day));
  v->Bind(14, doc.fetched);
  v->Bind(15, doc.language);
  v->Bind(16, static_cast<int64_t>(doc.text.size()));
  v->Bind(17, UtcNow());
  VIGIE_RETURN_IF_ERROR(v->Run());
  int64_t version_id = sqlite3_last_insert_rowid(db_->get());
  auto a = Get(&update_article_,
               "UPDATE articles SET versions = versions + 1, latest_version_id = ?2 "
               "WHERE article_id = ?1");
  if (!a.ok()) return a.status();
  (*a)->Bind(1, article.id);
  (*a)->Bind(2, version_id);
  VIGIE_RETURN_IF_ERROR((*a)->Run());
  return version_id;
}

Status Writer::StoreJson(int64_t version_id, Codec codec, std::string_view stored,
                         bool replace) {
  auto s = replace ? Get(&replace_json_,
                         "UPDATE contract_json SET codec = ?2, json = ?3 WHERE version_id = ?1")
                   : Get(&insert_json_,
                         "INSERT INTO contract_json(version_id, codec, json) VALUES(?1, ?2, ?3)");
  if (!s.ok()) return s.status();
  (*s)->Bind(1, version_id);
  (*s)->Bind(2, static_cast<int64_t>(codec));
  (*s)->BindBlob(3, stored);
  return (*s)->Run();
}

// Authors and credits: part of the version's content, written once.
Status Writer::InsertLists(int64_t version_id, const Document& doc,
                           const PreparedDocument& prepared) {
  auto a = Get(&insert_author_,
               "INSERT INTO authors(version_id, n, name, name_id) VALUES(?1, ?2, ?3, ?4)");
  if (!a.ok()) return a.status();
  for (size_t i = 0; i < doc.authors.size(); ++i) {
    Result<int64_t> id = NameId(doc.authors[i], KeyOf(&prepared.author_keys, i, doc.authors[i]));
    if (!id.ok()) return id.status();
    (*a)->Bind(1, version_id);
    (*a)->Bind(2, static_cast<int64_t>(i));
    (*a)->Bind(3, doc.authors[i]);
    (*a)->Bind(4, *id);
    VIGIE_RETURN_IF_ERROR((*a)->Run());
  }
  auto c = Get(&insert_credit_,
               "INSERT INTO credits(version_id, n, name, url, relation) VALUES(?1, ?2, ?3, ?4, ?5)");
  if (!c.ok()) return c.status();
  for (size_t i = 0; i < doc.credits.size(); ++i) {
    const Credit& credit = doc.credits[i];
    (*c)->Bind(1, version_id);
    (*c)->Bind(2, static_cast<int64_t>(i));
    (*c)->Bind(3, credit.name);
    (*c)->Bind(4, credit.url);
    (*c)->Bind(5, CreditRelationName(credit.relation));
    VIGIE_RETURN_IF_ERROR((*c)->Run());
  }
  return Status::Ok();
}

Result<int64_t> Writer::NameId(const std::string& name, const std::string& key) {
  auto s = Get(&name_,
               "INSERT INTO names(name, key) VALUES(?1, ?2) "
               "ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING name_id");
  if (!s.ok()) return s.status();
  (*s)->Bind(1, name);
  (*s)->Bind(2, key);
  Result<bool> row = (*s)->Step();
  int64_t id = row.ok() && *row ? (*s)->ColumnInt(0) : 0;
  (*s)->Reset();
  if (!row.ok()) return row.status();
  return id;
}

Status Writer::InsertQuotes(int64_t version_id, const Document& doc) {
  auto s = Get(&insert_quote_,
               "INSERT INTO quotes(version_id, n, text, start, end, kind, speaker_id, speaker, "
               "speaker_start, speaker_end, cue) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
               "?11)");
  if (!s.ok()) return s.status();
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    std::optional<int64_t> speaker_id;
    if (q.speaker && !q.speaker->empty()) {
      Result<int64_t> id = NameId(*q.speaker, FoldKey(*q.speaker));
      if (!id.ok()) return id.status();
      speaker_id = *id;
    }
    Statement* st = *s;
    st->Bind(1, version_id);
    st->Bind(2, static_cast<int64_t>(i));
    st->Bind(3, q.text);
    st->Bind(4, q.start);
    st->Bind(5, q.end);
    st->Bind(6, q.kind);
    BindOptionalInt(st, 7, speaker_id);
    st->Bind(8, q.speaker);
    BindOptionalInt(st, 9, q.speaker_start);
    BindOptionalInt(st, 10, q.speaker_end);
    st->Bind(11, q.cue);
    VIGIE_RETURN_IF_ERROR(st->Run());
  }
  return Status::Ok();
}

Status Writer::InsertClaims(int64_t version_id, const Document& doc) {
  auto s = Get(&insert_claim_,
               "INSERT INTO claims(version_id, n, text, start, end, kind, killed, injured, "
               "missing, displaced, children, civilians, military, approximate, place, date, "
               "actor, attribution, cue) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
               "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
  if (!s.ok()) return s.status();
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    Statement* st = *s;
    st->Bind(1, version_id);
    st->Bind(2, static_cast<int64_t>(i));
    st->Bind(3, c.text);
    st->Bind(4, c.start);
    st->Bind(5, c.end);
    st->Bind(6, c.kind);
    int index = 7;
    for (const std::optional<int64_t>* count :
         {&c.killed, &c.injured, &c.missing, &c.displaced, &c.children, &c.civilians,
          &c.military}) {
      BindOptionalInt(st, index++, *count);
    }
    st->Bind(14, static_cast<int64_t>(c.approximate ? 1 : 0));
    st->Bind(15, c.place);
    st->Bind(16, c.date);
    st->Bind(17, c.actor);
    st->Bind(18, c.attribution);
    st->Bind(19, c.cue);
    VIGIE_RETURN_IF_ERROR(st->Run());
  }
  return Status::Ok();
}

// Entities, quotes, claims, labels and techniques: what re-analysis replaces.
Status Writer::InsertAnalysis(int64_t version_id, const Document& doc,
                              const PreparedDocument* prepared) {
  VIGIE_RETURN_IF_ERROR(InsertEntities(version_id, doc, prepared));
  VIGIE_RETURN_IF_ERROR(InsertQuotes(version_id, doc));
  VIGIE_RETURN_IF_ERROR(InsertClaims(version_id, doc));
  VIGIE_RETURN_IF_ERROR(InsertLabels(version_id, doc, prepared));
  return InsertTechniques(version_id, doc);
}

Status Writer::InsertEntities(int64_t version_id, const Document& doc,
                              const PreparedDocument* prepared) {
  auto e = Get(&insert_entity_,
               "INSERT INTO entities(version_id, n, text, start, end, type, canonical, "
               "canonical_key, lat, lon, country) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
               "?10, ?11)");
  if (!e.ok()) return e.status();
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& x = doc.entities[i];
    Statement* st = *e;
    st->Bind(1, version_id);
    st->Bind(2, static_cast<int64_t>(i));
    st->Bind(3, x.text);
    st->Bind(4, x.start);
    st->Bind(5, x.end);
    st->Bind(6, x.type);
    st->Bind(7, x.canonical);
    st->Bind(8, KeyOf(prepared ? &prepared->entity_keys : nullptr, i, x.canonical));
    if (x.geo) {
      st->BindDouble(9, x.geo->lat);
      st->BindDouble(10, x.geo->lon);
    } else {
      st->BindNull(9);
      st->BindNull(10);
    }
    st->Bind(11, x.geo ? std::optional<std::string>(x.geo->country) : std::nullopt);
    VIGIE_RETURN_IF_ERROR(st->Run());
  }
  return Status::Ok();
}

Status Writer::InsertLabels(int64_t version_id, const Document& doc,
                            const PreparedDocument* prepared) {
  auto l = Get(&insert_label_,
               "INSERT INTO labels(version_id, n, text, start, end, term, term_key, text_key, "
               "target, stance) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  if (!l.ok()) return l.status();
  for (size_t i = 0; i < doc.labels.size(); ++i) {
    const Label& x = doc.labels[i];
    Statement* st = *l;
    st->Bind(1, version_id);
    st->Bind(2, static_cast<int64_t>(i));
    st->Bind(3, x.text);
    st->Bind(4, x.start);
    st->Bind(5, x.end);
    st->Bind(6, x.term);
    st->Bind(7, KeyOf(prepared ? &prepared->label_term_keys : nullptr, i, x.term));
    st->Bind(8, KeyOf(prepared ? &prepared->label_text_keys : nullptr, i, x.text));
    st->Bind(9, x.target);
    st->Bind(10, x.stance);
    VIGIE_RETURN_IF_ERROR(st->Run());
  }
  return Status::Ok();
}

Status Writer::InsertTechniques(int64_t version_id, const Document& doc) {
  auto t = Get(&insert_technique_,
               "INSERT INTO techniques(version_id, n, technique, start, end, text, cue) "
               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!t.ok()) return t.status();
  for (size_t i = 0; i < doc.techniques.size(); ++i) {
    const Technique& x = doc.techniques[i];
    Statement* st = *t;
    st->Bind(1, version_id);
    st->Bind(2, static_cast<int64_t>(i));
    st->Bind(3, x.technique);
    st->Bind(4, x.start);
    st->Bind(5, x.end);
    st->Bind(6, x.text);
    st->Bind(7, x.cue);
    VIGIE_RETURN_IF_ERROR(st->Run());
  }
  return Status::Ok();
}

Status Writer::IndexText(const IndexEntry& entry) {
  auto s = entry.remove ? Get(&unindex_,
                              "INSERT INTO search(search, rowid, title, text) "
                              "VALUES('delete', ?1, ?2, ?3)")
                        : Get(&index_, "INSERT INTO search(rowid, title, text) VALUES(?1, ?2, ?3)");
  if (!s.ok()) return s.status();
  (*s)->Bind(1, entry.version_id);
  (*s)->Bind(2, entry.title);
  (*s)->BindTextRef(3, entry.text);
  if (!entry.remove) {
    if (entry.title) forms_->prepared.push_back({*entry.title, &entry.title_keys});
    forms_->prepared.push_back({entry.text, &entry.text_keys});
  }
  Status st = (*s)->Run();
  forms_->prepared.clear();
  return st;
}

Status Writer::FlushIndex() {
  Status st;
  for (const IndexEntry& entry : index_queue_) {
    if (entry.cancelled) continue;
    st = IndexText(entry);
    if (!st.ok()) break;
  }
  DiscardIndex();
  if (st.ok()) st = SaveNewForms(db_, forms_);
  return st;
}

void Writer::DiscardIndex() {
  index_queue_.clear();
  queued_insert_.clear();
  // Forms reported by a rolled-back batch are not lost: a token reports its
  // form once per cache, so keep them for the next batch (their documents
  // will be stored again by the next run; extra rows are harmless).
}

Result<IngestAction> Writer::Add(const Document& doc, PreparedDocument* prepared) {
  Result<bool> known = HasFingerprint(prepared->fingerprint);
  if (!known.ok()) return known.status();
  if (*known) return IngestAction::kAlreadyStored;
  Result<Article> article = FindArticle(prepared->article_key);
  if (!article.ok()) return article.status();
  std::vector<IndexEntry> queue;
  int64_t cancel = 0;
  VIGIE_RETURN_IF_ERROR(Supersede(*article, &queue, &cancel));
  Result<int64_t> version_id = InsertVersion(doc, *article, *prepared);
  if (!version_id.ok()) return version_id.status();
  VIGIE_RETURN_IF_ERROR(
      StoreJson(*version_id, prepared->codec, prepared->json, /*replace=*/false));
  VIGIE_RETURN_IF_ERROR(InsertLists(*version_id, doc, *prepared));
  VIGIE_RETURN_IF_ERROR(InsertAnalysis(*version_id, doc, prepared));
  // Done: queue the index changes (nothing above can fail any more).
  if (cancel != 0) {
    index_queue_[queued_insert_[cancel]].cancelled = true;
    queued_insert_.erase(cancel);
  }
  for (IndexEntry& e : queue) index_queue_.push_back(std::move(e));
  queued_insert_[*version_id] = index_queue_.size();
  IndexEntry insert{*version_id, false, false, doc.title, doc.text};
  insert.title_keys = std::move(prepared->title_keys);
  insert.text_keys = std::move(prepared->text_keys);
  index_queue_.push_back(std::move(insert));
  return article->versions == 0 ? IngestAction::kAdded : IngestAction::kNewVersion;
}

Status Writer::ReplaceLayers(int64_t version_id, const Document& doc) {
  auto s = Get(&version_fingerprint_, "SELECT fingerprint FROM versions WHERE version_id = ?1");
  if (!s.ok()) return s.status();
  (*s)->Bind(1, version_id);
  Result<bool> row = (*s)->Step();
  std::string stored = row.ok() && *row ? std::string((*s)->ColumnBlob(0)) : std::string();
  (*s)->Reset();
  if (!row.ok()) return row.status();
  if (stored.empty()) return Status::NotFound("no version " + std::to_string(version_id));
  if (stored != Fingerprint(doc)) {
    return Status::InvalidArgument("the document's content is not that of version " +
                                   std::to_string(version_id));
  }
  for (const char* table : {"entities", "quotes", "claims", "labels", "techniques"}) {
    VIGIE_RETURN_IF_ERROR(db_->Exec(std::string("DELETE FROM ") + table +
                                    " WHERE version_id = " + std::to_string(version_id)));
  }
  Codec codec = compressor_.Compress(ToJsonLine(doc), &json_buffer_);
  VIGIE_RETURN_IF_ERROR(StoreJson(version_id, codec, json_buffer_, /*replace=*/true));
  auto l = Get(&set_language_, "UPDATE versions SET language = ?2 WHERE version_id = ?1");
  if (!l.ok()) return l.status();
  (*l)->Bind(1, version_id);
  (*l)->Bind(2, doc.language);
  VIGIE_RETURN_IF_ERROR((*l)->Run());
  return InsertAnalysis(version_id, doc, nullptr);
}

}  // namespace vigie::store
