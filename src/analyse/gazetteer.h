// Gazetteer: the curated name tables of data/gazetteers/<lang>/ (people,
// organisations, places, countries and their demonyms, titles and roles,
// organisation head nouns), loaded once into a trie over the folded tokens
// of each name (text::Normalizer, kNormalizeForMatching), so that "États-
// Unis", "ETATS-UNIS" and "Etats-Unis" are one path, and a walk from any
// token of a document finds every name that starts there without building
// a string.
//
// Every *.tsv file of the directory is read; its columns say what it holds
// (data/gazetteers/README.md): `name canonical ... lat lon` places,
// `name canonical country demonym_adjectives` countries, `name canonical
// type` organisations, `name canonical` people, `cue kind` titles and
// roles, `head type` organisation heads. A file whose columns match none
// of these, a row without its required fields or a bad coordinate is a load
// error naming file:line.
#ifndef VIGIE_ANALYSE_GAZETTEER_H_
#define VIGIE_ANALYSE_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyse/analysis_text.h"
#include "text/normalize.h"
#include "text/tokenizer.h"
#include "vigie/status.h"

namespace vigie::analyse {

class TsvTable;

enum class GazetteerKind : uint8_t {
  kPerson,
  kOrganisation,
  kPlace,    // exonyms.tsv and the like: cities, regions, seas
  kCountry,  // countries.tsv
  kDemonym,  // a country's demonym adjective ("syrien", "syriennes")
  kTitle,    // honorific, rank ("M.", "le général")
  kRole,     // function ("le président", "l'ambassadeur")
  kOrgHead,  // noun that opens an organisation name ("ministère de")
};
inline constexpr int kGazetteerKinds = 8;

struct GazetteerEntry {
  GazetteerKind kind = GazetteerKind::kPerson;
  // The name as the file writes it, and the canonical form it points at
  // (the name itself for titles, heads and demonyms).
  std::string name;
  std::string canonical;
  std::string country;  // ISO 3166-1 alpha-2 or empty
  std::string detail;   // place kind (capital, city...), organisation type
  bool has_coordinates = false;
  double lat = 0, lon = 0;
  // Matched only on tokens written exactly as `name` (abbreviated titles
  // "M." "Me" "Dr", acronyms "EI" "AP"), not on any spelling folding to it.
  bool case_sensitive = false;
};

// Immutable after Load; thread-safe.
class Gazetteer {
 public:
  // Loads every *.tsv file under `dir` (in file-name order), then those of
  // each of `more` (the English country names and capitals scripts/setup
  // writes under the geo directory: GeoGazetteerDir()).
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& dir, const std::vector<std::string>& more = {});
  // The same from tables already in memory (tests): file name -> contents.
  static Result<std::unique_ptr<Gazetteer>> FromTables(
      const std::vector<std::pair<std::string, std::string>>& files);

  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const GazetteerEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }  // entries, ids 0 to size() - 1

  // Calls fn(length, id) for every entry whose name starts at token `begin`
  // of `text` and ends before token `end`, shortest first: `length` tokens,
  // `id` the entry (of any kind). No allocation.
  template <typename Fn>
  void ForEachMatch(const AnalysisText& text, size_t begin, size_t end, Fn&& fn) const;

  // The entries whose name is exactly tokens [begin, end) of `text`.
  std::span<const uint32_t> Exact(const AnalysisText& text, size_t begin, size_t end) const;

  // The entries whose name folds to the same tokens as `phrase` (tokenized
  // with the French rules): for names that are not in a document.
  std::vector<uint32_t> Lookup(std::string_view phrase) const;

  // Trie walk, for callers with their own tokens: the node reached from
  // `node` by one folded token, or kNoNode. The root is kRoot.
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNoNode = 0xFFFFFFFFu;
  uint32_t Step(uint32_t node, std::string_view folded_token) const;
  std::span<const uint32_t> EntriesAt(uint32_t node) const {
    const Node& n = nodes_[node];
    return {ids_.data() + n.entries_begin, n.entries_end - n.entries_begin};
  }

 private:
  Gazetteer() = default;
  struct Node {
    uint32_t parent = kNoNode;
    uint32_t token_offset = 0, token_size = 0;  // into token_pool_
    uint32_t entries_begin = 0, entries_end = 0;  // into ids_
  };
  Status AddTable(const TsvTable& table);
  void Add(GazetteerEntry entry);
  void Finish();
  bool Accepts(const GazetteerEntry& e, const AnalysisText& text, size_t begin,
               size_t end) const;

  text::Normalizer normalizer_;
  text::Tokenizer tokenizer_;  // used while loading only
  std::vector<GazetteerEntry> entries_;
  std::vector<Node> nodes_;
  std::string token_pool_;
  std::unordered_multimap<uint64_t, uint32_t> edges_;  // hash(parent, token) -> children
  std::vector<uint32_t> ids_;                      // entry ids grouped by node
  std::vector<std::vector<uint32_t>> pending_;     // per node, while loading
  std::set<std::pair<std::string, std::string>> demonyms_seen_;  // (demonym, country), while loading
};

// The gazetteer tables scripts/setup derives from npm data (English country
// names, demonyms and capitals): `geo_dir`/gazetteer, DefaultGeoDir()'s when
// empty.
std::string GeoGazetteerDir(const std::string& geo_dir = "");

template <typename Fn>
void Gazetteer::ForEachMatch(const AnalysisText& text, size_t begin, size_t end, Fn&& fn) const {
  uint32_t node = kRoot;
  for (size_t i = begin; i < end; ++i) {
    node = Step(node, text.Folded(i));
    if (node == kNoNode) return;
    for (uint32_t id : EntriesAt(node))
      if (Accepts(entries_[id], text, begin, i + 1)) fn(i + 1 - begin, id);
  }
}

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_GAZETTEER_H_
