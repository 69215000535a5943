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
// Prefixes. `munitio*` must find `munitions`, whose key `munit` is shorter
// than the prefix, so a native FTS5 prefix query over keys is not enough.
// The first version also stored each word's folded form beside its key
// (FTS5_TOKEN_COLOCATED) and looked prefixes up among both: on the
// benchmark corpus that made the index 1.13 times the text instead of 0.75,
// and ingestion 40 % slower (2,160 against 3,030 documents a second for the
// store alone). Instead, each word whose folded form differs from its key is
// reported once (set_form_sink) to the store's vocabulary table (form ->
// key, a few tens of thousands of rows), and a prefix query is the native
// prefix query OR the keys of the vocabulary's forms that start with the
// prefix (query_parser.cc), which finds the same documents.
//
// Compounds. The tokenizer keeps `Alep-Est` and `États-Unis` whole (the
// treebanks' convention), but `Alep` must find `Alep-Est`: a hyphenated word
// also stores the key of each part at its position (FTS5_TOKEN_COLOCATED,
// so phrases still work). A query for the compound looks up the whole key,
// so `Alep-Est` does not find `Alep est`.
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
// news vocabulary is Zipfian, so keys are cached by the token's bytes
// (key_cache.h, up to 48 MB, emptied when full): on the benchmark corpus
// almost every token is a hit. A node-based std::unordered_map of strings
// made each hit four or five cache misses, and inside SQLite, whose page
// cache and FTS5 hash evict ours, that was a fifth of the store's ingest
// time; the flat cache halved it (vigie_store_bench keys: 4.4 to 6.5 M keys
// a second).
#include "store/search_keys.h"

#include <algorithm>

namespace vigie::store {
namespace {

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
        CapKey(&part_key);
        AddUnique(std::move(part_key), &entry->keys);
      }
      start = dash + 1;
    }
  }
}

void SearchKeys::Lookup(std::string_view token, text::TokenKind kind, uint64_t hash,
                        KeysView* out) {
  const auto k = static_cast<uint8_t>(kind);
  if (cache_.Find(token, k, hash, out)) return;
  scratch_.prefix.clear();
  scratch_.keys.clear();
  Fill(token, kind, &scratch_);
  cache_.Insert(token, k, scratch_.prefix, scratch_.keys, out);
}

// Ill-formed UTF-8 needs no repair here: the tokenizer reads each bad byte
// as U+FFFD and keeps the caller's byte offsets, and folding does the same.
int SearchKeys::Run(std::string_view text, KeyMode mode,
                    const std::function<int(const SearchKey&)>& emit) {
  if (mode != KeyMode::kDocument && !text.empty() && text[0] == kRawKeysMarker) {
    for (size_t start = 1; start < text.size();) {
      size_t space = std::min(text.find(' ', start), text.size());
      if (space > start) {
        std::string_view key = text.substr(start, std::min(space - start, kMaxKeyBytes));
        while (key.size() < space - start && !key.empty() &&
               (static_cast<unsigned char>(text[start + key.size()]) & 0xC0) == 0x80) {
          key.remove_suffix(1);  // a character cut in two: as CapKey cuts
        }
        if (!key.empty()) {
          if (int rc = emit(SearchKey{key, start, space, false})) return rc;
        }
      }
      start = space + 1;
    }
    return 0;
  }
  tokenizer_.Tokenize(text, &tokens_);
  size_t last = tokens_.size();
  for (size_t i = tokens_.size(); i-- > 0;) {
    if (Indexed(tokens_[i].kind)) {
      last = i;
      break;
    }
  }
  // Cache lookups are memory-bound: ask for the slots of the tokens
  // kSlotAhead ahead, and for the records of those kRecordAhead ahead, whose
  // slots have arrived by then (vigie_store_bench keys: 8.1 to 9.9 M keys
  // a second; 8 % of `vigie ingest --no-analyse` before, under 5 after).
  constexpr size_t kSlotAhead = 8, kRecordAhead = 4;
  hashes_.resize(tokens_.size());
  for (size_t j = 0; j < tokens_.size(); ++j) {
    const text::Token& t = tokens_[j];
    hashes_[j] = KeyCache::Hash(text::TokenText(text, t), static_cast<uint8_t>(t.kind));
  }
  for (size_t j = 0; j < std::min(kSlotAhead, tokens_.size()); ++j) {
    cache_.PrefetchSlot(hashes_[j]);
  }
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (i + kSlotAhead < tokens_.size()) cache_.PrefetchSlot(hashes_[i + kSlotAhead]);
    if (i + kRecordAhead < tokens_.size()) cache_.PrefetchRecord(hashes_[i + kRecordAhead]);
    const text::Token& t = tokens_[i];
    if (!Indexed(t.kind)) continue;
    KeysView entry;
    Lookup(text::TokenText(text, t), t.kind, hashes_[i], &entry);
    if (entry.count == 0) continue;
    if (mode == KeyMode::kDocument && form_sink_ && (entry.flags == nullptr || *entry.flags == 0)) {
      if (entry.flags != nullptr) *entry.flags = 1;
      if (t.kind == text::TokenKind::kWord && entry.prefix != entry.keys[0]) {
        form_sink_(entry.prefix, entry.keys[0]);
      }
    }
    if (mode == KeyMode::kQueryPrefix && i == last) {
      if (entry.prefix.empty()) continue;
      if (int rc = emit(SearchKey{entry.prefix, t.byte_start, t.byte_end, false})) return rc;
      continue;
    }
    size_t n = mode == KeyMode::kDocument ? entry.count : 1;
    for (size_t k = 0; k < n; ++k) {
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
