#include "store/fts_tokenizer.h"

#include <new>
#include <string>

#include "store/prepared.h"
#include "store/search_keys.h"

namespace vigie::store {
namespace {

struct Instance {
  SearchKeys keys;
  const FtsWriteState* state = nullptr;  // null on a read-only connection
};

// The prepared keys of `text`, if the writer announced them.
const IndexKeys* PreparedKeys(const FtsWriteState* state, std::string_view text) {
  if (state == nullptr) return nullptr;
  for (const FtsWriteState::Prepared& p : state->prepared) {
    if (p.text.size() == text.size() &&
        (p.text.data() == text.data() || p.text.compare(text) == 0)) {
      return p.keys;
    }
  }
  return nullptr;
}

int Create(void* context, const char**, int, Fts5Tokenizer** out) {
  try {
    auto* instance = new Instance();
    if (auto* forms = static_cast<FtsWriteState*>(context)) {
      instance->state = forms;
      instance->keys.set_form_sink([forms](std::string_view form, std::string_view key) {
        forms->pending.emplace_back(form, key);
      });
    }
    *out = reinterpret_cast<Fts5Tokenizer*>(instance);
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* tokenizer) { delete reinterpret_cast<Instance*>(tokenizer); }

KeyMode ModeOf(int flags) {
  if ((flags & FTS5_TOKENIZE_QUERY) != 0) {
    return (flags & FTS5_TOKENIZE_PREFIX) != 0 ? KeyMode::kQueryPrefix : KeyMode::kQuery;
  }
  return KeyMode::kDocument;  // FTS5_TOKENIZE_DOCUMENT and FTS5_TOKENIZE_AUX
}

int Tokenize(Fts5Tokenizer* tokenizer, void* ctx, int flags, const char* text, int bytes,
             int (*token)(void*, int, const char*, int, int, int)) {
  if (text == nullptr || bytes <= 0) return SQLITE_OK;
  auto* instance = reinterpret_cast<Instance*>(tokenizer);
  const std::string_view input(text, static_cast<size_t>(bytes));
  auto emit = [&](const SearchKey& key) {
    return token(ctx, key.colocated ? FTS5_TOKEN_COLOCATED : 0, key.key.data(),
                 static_cast<int>(key.key.size()), static_cast<int>(key.byte_start),
                 static_cast<int>(key.byte_end));
  };
  const KeyMode mode = ModeOf(flags);
  if (mode == KeyMode::kDocument) {
    if (const IndexKeys* keys = PreparedKeys(instance->state, input)) return keys->Replay(emit);
  }
  try {
    return instance->keys.Run(input, mode, emit);
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  }
}

fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

Status RegisterFtsTokenizer(sqlite3* db, FtsWriteState* forms) {
  fts5_api* api = Fts5Api(db);
  if (api == nullptr || api->iVersion < 2) {
    return Status::Unsupported("this SQLite has no FTS5 (full-text search)");
  }
  fts5_tokenizer methods{Create, Delete, Tokenize};
  if (api->xCreateTokenizer(api, kFtsTokenizerName, forms, &methods, nullptr) != SQLITE_OK) {
    return Status::IoError(std::string("cannot register the FTS5 tokenizer: ") +
                           sqlite3_errmsg(db));
  }
  return Status::Ok();
}

Status SaveNewForms(Db* db, FtsWriteState* forms) {
  if (forms == nullptr || forms->pending.empty()) return Status::Ok();
  Result<Statement> insert =
      Statement::Prepare(db, "INSERT OR IGNORE INTO vocabulary(form, key) VALUES(?1, ?2)");
  if (!insert.ok()) return insert.status();
  for (const auto& [form, key] : forms->pending) {
    insert->BindTextRef(1, form);
    insert->BindTextRef(2, key);
    VIGIE_RETURN_IF_ERROR(insert->Run());
  }
  forms->pending.clear();
  return Status::Ok();
}

}  // namespace vigie::store
