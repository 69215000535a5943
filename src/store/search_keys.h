// SearchKeys: the terms the full-text index stores for a text, and the
// terms a query looks up, from the text layer: text::Tokenizer cuts, the
// normaliser folds, text::MatchKey stems. The FTS5 tokenizer "vigie"
// (fts_tokenizer.h) is a thin adapter over this class; the method and its
// costs are in search_keys.cc.
#ifndef VIGIE_STORE_SEARCH_KEYS_H_
#define VIGIE_STORE_SEARCH_KEYS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "store/key_cache.h"

#include "text/normalize.h"
#include "text/stemmer.h"
#include "text/tokenizer.h"

namespace vigie::store {

// Bumped whenever the keys of some text change (tokenizer, folding, stemmer
// rules): an index built with another version is rebuilt when the store is
// opened for writing (schema.cc).
inline constexpr int kSearchKeysVersion = 1;

enum class KeyMode {
  kDocument,     // every key: the match key, plus the keys of the parts of
                 // hyphenated compounds at the same position
  kQuery,        // the match key of each token
  kQueryPrefix,  // as kQuery, but the last token gives its folded form,
                 // to be matched as a prefix
};

// A query text that starts with this byte is a list of keys separated by
// single spaces, taken as they are (kQuery, kQueryPrefix): how the query
// parser writes the keys a prefix expands to (query_parser.h).
inline constexpr char kRawKeysMarker = '\x01';

struct SearchKey {
  std::string_view key;  // valid during the callback only
  size_t byte_start = 0;  // the token's bytes in the text
  size_t byte_end = 0;
  bool colocated = false;  // same position as the key before it
};

// Not thread-safe (one per FTS5 tokenizer instance, i.e. per connection and
// table): it reuses a tokenizer, a stemmer and a cache of keys by token.
class SearchKeys {
 public:
  SearchKeys();
  SearchKeys(const SearchKeys&) = delete;
  SearchKeys& operator=(const SearchKeys&) = delete;

  // Calls `emit` for each key of `text`, in text order; a non-zero return
  // from `emit` stops the scan and is returned. `text` need not be valid
  // UTF-8 (bad bytes read as U+FFFD).
  int Run(std::string_view text, KeyMode mode,
          const std::function<int(const SearchKey&)>& emit);

  // Convenience for tests and the query parser: the keys as strings.
  std::vector<std::string> Keys(std::string_view text, KeyMode mode);

  // Receives, in kDocument mode, each word whose folded form differs from
  // its match key, once per cached token: the store's vocabulary, from which
  // a prefix query learns the keys of the words that start with it.
  using FormSink = std::function<void(std::string_view form, std::string_view key)>;
  void set_form_sink(FormSink sink) { form_sink_ = std::move(sink); }
  // Makes every cached token report its form again, as if never met: for
  // a sink that now feeds another store's vocabulary, which has not seen
  // the forms reported so far (keeps the cached keys).
  void ForgetReportedForms() { cache_.ClearFlags(); }

  // Longest key, in bytes; longer ones are cut at a character boundary.
  static constexpr size_t kMaxKeyBytes = 128;

 private:
  struct Entry {
    std::string prefix;             // folded form, for prefix queries
    std::vector<std::string> keys;  // [0] the match key, then colocated ones
  };
  // The keys of `token`, from the cache or computed (and cached).
  void Lookup(std::string_view token, text::TokenKind kind, uint64_t hash, KeysView* out);
  void Fill(std::string_view token, text::TokenKind kind, Entry* entry);

  text::Tokenizer tokenizer_;
  text::Stemmer stemmer_;
  text::Normalizer normalizer_;
  std::vector<text::Token> tokens_;
  std::vector<uint64_t> hashes_;  // KeyCache::Hash of each of tokens_
  Entry scratch_;  // the keys of a token the cache does not hold
  KeyCache cache_;
  FormSink form_sink_;
};

}  // namespace vigie::store

#endif  // VIGIE_STORE_SEARCH_KEYS_H_
