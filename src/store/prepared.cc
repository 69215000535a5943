#include "store/prepared.h"

#include <memory>

#include "store/writer.h"
#include "vigie/store.h"

namespace vigie {
namespace store {

void IndexKeys::Compute(SearchKeys* keys, std::string_view text) {
  arena_.clear();
  keys_.clear();
  keys->Run(text, KeyMode::kDocument, [&](const SearchKey& key) {
    keys_.push_back(Key{static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.key.size()),
                        static_cast<uint32_t>(key.byte_start), static_cast<uint32_t>(key.byte_end),
                        key.colocated});
    arena_.append(key.key);
    return 0;
  });
}

namespace {

// What a thread keeps from one document to the next: the search keys' cache
// and a zstd context.
struct PrepareState {
  SearchKeys keys;
  JsonCompressor compressor;
  std::vector<std::pair<std::string, std::string>>* forms = nullptr;
  // The store whose vocabulary the forms reported so far went to. The key
  // cache reports a token's form once (SearchKeys::set_form_sink), so a
  // thread that prepares for another store (a second store in the same
  // process, or the next test) must report every form again: else that
  // store's vocabulary never learns the forms of words this thread met
  // before, and its prefix queries miss them (`munitio*` and `munitions`).
  uint64_t store_id = 0;

  PrepareState() {
    keys.set_form_sink([this](std::string_view form, std::string_view key) {
      if (forms != nullptr) forms->emplace_back(form, key);
    });
  }
};

}  // namespace
}  // namespace store

std::shared_ptr<PreparedDocument> Store::Prepare(const Document& doc) const {
  thread_local store::PrepareState state;
  if (state.store_id != id_) {
    state.keys.ForgetReportedForms();
    state.store_id = id_;
  }
  auto p = std::make_shared<PreparedDocument>();
  p->store_id = id_;
  p->fingerprint = store::Fingerprint(doc);
  p->article_key = store::ArticleKey(doc);
  if (doc.outlet) p->outlet_key = store::FoldKey(*doc.outlet);
  p->codec = state.compressor.Compress(ToJsonLine(doc), &p->json);
  state.forms = &p->forms;
  if (doc.title) p->title_keys.Compute(&state.keys, *doc.title);
  p->text_keys.Compute(&state.keys, doc.text);
  state.forms = nullptr;
  for (const std::string& a : doc.authors) p->author_keys.push_back(store::FoldKey(a));
  for (const Entity& e : doc.entities) p->entity_keys.push_back(store::FoldKey(e.canonical));
  for (const Label& l : doc.labels) {
    p->label_term_keys.push_back(store::FoldKey(l.term));
    p->label_text_keys.push_back(store::FoldKey(l.text));
  }
  return p;
}

}  // namespace vigie
