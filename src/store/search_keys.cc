// Search keys: design notes.
//
// What a reader expects. A researcher typing `munition` wants `munitions`,
// `réfugié` wants `Réfugiés` and `refugies`, `l'ONU` wants `l’ONU`, and
// `"aide humanitaire"` wants the phrase whatever its inflection. So the
// index stores, for each word of the text, its match key (text::MatchKey:
// case and accents folded, regular feminine endings made masculine, then
// the French Snowball stem, the same key the analysis layers match lexicons
// with), and a query is cut and keyed by the same code, so both sides
// always agree. Tokens come from text::Tokenizer, so French elisions are
// split (`l'` `onu`) as everywhere else in Vigie; punctuation and symbols
// are not indexed.
//
// Colocated keys (FTS5_TOKEN_COLOCATED: same position, so phrases still
// work). Two things a stem alone cannot answer:
//   * prefixes: `munitio*` must find `munitions`, whose stem is `munit`,
//     shorter than the prefix. So a word whose folded form differs from its
//     stem also stores the folded form, and a prefix query looks the folded
//     prefix up (it then finds stems and folded forms that start with it:
//     both are right).
//   * compounds: the tokenizer keeps `Alep-Est` and `États-Unis` whole (the
//     treebanks' convention), but `Alep` must find `Alep-Est`. A hyphenated
//     word also stores the key of each part. A query for the compound looks
//     up the whole key, so `Alep-Est` does not find `Alep est`.
// The price is the size of the index; measured on the benchmark corpus
// (doc/benchmarks.md), the colocated keys make it about a third larger,
// and the store stays well inside its size budget.
//
// Numbers, URLs and e-mail addresses are folded but not stemmed. A key is
// at most kMaxKeyBytes (a pasted 2 KB URL would otherwise be one huge
// term); both sides cut alike.
//
// Language. The index is one FTS5 table with one tokenizer, and a query does
// not say which language it is in, so every text is keyed with the French
// rules (French first). English words are still found by their folded form
// and, mostly, by a French stem shared with their other forms (`attacks` and
// `attack` meet; `running` and `run` do not).
//
// Cost. Stemming is the expensive step (3 to 4 million words a second);
// news vocabulary is Zipfian, so keys are cached by the token's bytes (a
// cache of up to 256 Ki tokens, emptied when full): on the benchmark corpus
// almost every token is a hit and keying runs at tokenizer speed.
#include "store/search_keys.h"

namespace vigie::store {
namespace {

constexpr size_t kMaxCacheEntries = size_t{1} << 18;

bool Indexed(text::TokenKind kind) {
  return kind != text::TokenKind::kPunct && kind != text::TokenKind::kSymbol;
}

// `s` cut to at most SearchKeys::kMaxKeyBytes, at a character boundary.
void CapKey(std::string* s) {
  if (s->size() <= SearchKeys::kMaxKeyBytes) return;
  size_t n = SearchKeys::kMaxKeyBytes;
  while (n > 0 && (static_cast<unsigned char>((*s)[n]) & 0xC0) == 0x80) --n;
  s->resize(n);
}

void AddUnique(std::string key, std::vector<std::string>* keys) {
  if (key.empty()) return;
  for (const std::string& k : *keys) {
    if (k == key) return;
  }
  keys->push_back(std::move(key));
}

}  // namespace

SearchKeys::SearchKeys()
    : tokenizer_(text::TokenizerLanguage::kFrench),
      stemmer_(text::StemmerLanguage::kFrench),
      normalizer_(text::kNormalizeForMatching) {}

void SearchKeys::Fill(std::string_view token, text::TokenKind kind, Entry* entry) {
  entry->prefix = normalizer_.Fold(token);
  CapKey(&entry->prefix);
  if (entry->prefix.empty()) return;
  if (kind != text::TokenKind::kWord) {
    entry->keys.push_back(entry->prefix);
    return;
  }
  std::string stem;
  text::MatchKey(entry->prefix, &stemmer_, &stem);
  CapKey(&stem);
  if (stem.empty()) stem = entry->prefix;
  entry->keys.push_back(std::move(stem));
  AddUnique(entry->prefix, &entry->keys);
  // Parts of a hyphenated compound (not of a clitic such as "-t-il").
  const std::string& folded = entry->prefix;
  if (folded.size() > 2 && folded.front() != '-' && folded.find('-') != std::string::npos) {
    size_t start = 0;
    while (start <= folded.size()) {
      size_t dash = folded.find('-', start);
      if (dash == std::string::npos) dash = folded.size();
      std::string_view part(folded.data() + start, dash - start);
      if (!part.empty()) {
        std::string part_key;
        text::MatchKey(part, &stemmer_, &part_key);
        AddUnique(std::move(part_key), &entry->keys);
        AddUnique(std::string(part), &entry->keys);
      }
      start = dash + 1;
    }
  }
}

const SearchKeys::Entry& SearchKeys::Lookup(std::string_view token, text::TokenKind kind) {
  scratch_.assign(token);
  scratch_.push_back(static_cast<char>('0' + static_cast<int>(kind)));
  auto it = cache_.find(scratch_);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= kMaxCacheEntries) cache_.clear();
  Entry entry;
  Fill(token, kind, &entry);
  return cache_.emplace(scratch_, std::move(entry)).first->second;
}

// Ill-formed UTF-8 needs no repair here: the tokenizer reads each bad byte
// as U+FFFD and keeps the caller's byte offsets, and folding does the same.
int SearchKeys::Run(std::string_view text, KeyMode mode,
                    const std::function<int(const SearchKey&)>& emit) {
  tokenizer_.Tokenize(text, &tokens_);
  size_t last = tokens_.size();
  for (size_t i = tokens_.size(); i-- > 0;) {
    if (Indexed(tokens_[i].kind)) {
      last = i;
      break;
    }
  }
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const text::Token& t = tokens_[i];
    if (!Indexed(t.kind)) continue;
    const Entry& entry = Lookup(text::TokenText(text, t), t.kind);
    if (entry.keys.empty()) continue;
    if (mode == KeyMode::kQueryPrefix && i == last) {
      if (entry.prefix.empty()) continue;
      if (int rc = emit(SearchKey{entry.prefix, t.byte_start, t.byte_end, false})) return rc;
      continue;
    }
    size_t n = mode == KeyMode::kDocument ? entry.keys.size() : 1;
    for (size_t k = 0; k < n && k < entry.keys.size(); ++k) {
      if (int rc = emit(SearchKey{entry.keys[k], t.byte_start, t.byte_end, k > 0})) return rc;
    }
  }
  return 0;
}

std::vector<std::string> SearchKeys::Keys(std::string_view text, KeyMode mode) {
  std::vector<std::string> out;
  Run(text, mode, [&](const SearchKey& key) {
    out.emplace_back(key.key);
    return 0;
  });
  return out;
}

}  // namespace vigie::store
