// EntityLinker: gives every name the tagger found a canonical form that is
// the same for all mentions of one entity in a document and, when the
// gazetteer knows the entity, the same in every document. The rules and
// their measurements are in entity_linker.cc.
#ifndef VIGIE_ANALYSE_ENTITY_LINKER_H_
#define VIGIE_ANALYSE_ENTITY_LINKER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/gazetteer.h"
#include "analyse/ner_tagger.h"

namespace vigie::analyse {

// Why a mention got its canonical form (for evaluation and tracing).
enum class LinkReason : uint8_t {
  kGazetteer,       // its name is a gazetteer alias
  kSurname,         // a PER mention that ends a longer one of the document
  kAcronym,         // an acronym introduced in parentheses, or its expansion
  kHead,            // an ORG head word alone ("l'Observatoire") after the full name
  kFuzzyGazetteer,  // one edit from a gazetteer name (8+ letters)
  kFuzzyDocument,   // one edit from a longer name of the document
  kFullest,         // none of the above: the fullest mention of its group
};
const char* LinkReasonName(LinkReason reason);

struct LinkedMention {
  std::string canonical;
  // The cluster of mentions of one entity (index of its first mention).
  size_t cluster = 0;
  LinkReason reason = LinkReason::kFullest;
  // The gazetteer entries the cluster's names matched (places and
  // countries for the place resolver), in gazetteer order.
  std::vector<uint32_t> entries;
};

// The key under which two spellings of a name are the same: folded tokens,
// hyphens as spaces, Arabic article particles (al-, el-, ad-, as-...) as
// "al", ben/bin/ibn as "ben": "Bachar el-Assad" = "Bachar Al Assad".
std::string NameKey(const AnalysisText& text, size_t begin, size_t end);
std::string NameKey(std::string_view name);

// Bytes of a prefix that qualifies the name it is glued to and is not part
// of it: "ex-" in "l'ex-Front al-Nosra" (the tokenizer keeps hyphenated
// words whole). 0 when `token` has none.
size_t GluedPrefixBytes(std::string_view token);

// True when `a` and `b` are at most one insertion, deletion or substitution
// apart.
bool WithinOneEdit(std::string_view a, std::string_view b);

// Immutable after construction; thread-safe. Borrows the gazetteer (may be
// null), which must outlive it.
class EntityLinker {
 public:
  explicit EntityLinker(const Gazetteer* gazetteer);

  // One LinkedMention per span, in order. REQUIRES: spans sorted, not
  // overlapping, within `text`.
  void Link(const AnalysisText& text, const std::vector<NerSpan>& spans,
            std::vector<LinkedMention>* out) const;

 private:
  struct Mention;
  // Gazetteer entries named `key` whose kind suits `type`.
  void Known(std::string_view key, int type, std::vector<uint32_t>* ids) const;
  bool FuzzyKnown(std::string_view key, int type, std::vector<uint32_t>* ids) const;
  void Group(const AnalysisText& text, const std::vector<NerSpan>& spans,
             std::vector<Mention>* m) const;
  void LinkAcronyms(const AnalysisText& text, std::vector<Mention>* m) const;
  void LinkSurnames(std::vector<Mention>* m) const;
  void LinkHeads(const std::unordered_map<std::string, size_t>& first_of_key,
                 std::vector<Mention>* m) const;
  void LinkOneEdit(const std::unordered_map<std::string, size_t>& first_of_key,
                   std::vector<Mention>* m) const;
  static bool Fuller(const Mention* a, const Mention& b);

  const Gazetteer* gazetteer_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;
  // Keys of 8+ bytes by length, for the one-edit search.
  std::unordered_map<size_t, std::vector<std::pair<std::string, uint32_t>>> by_length_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_ENTITY_LINKER_H_
