// Canonical names for the mentions of a document.
//
// DESIGN ESSAY
//
// The problem. One entity is written many ways: "Daech", "EI", "Etat
// islamique", "État islamique"; "ONU", "Nations unies"; "Bachar al-Assad",
// "Bachar el-Assad", "al-Assad", "Assad"; "Observatoire syrien des droits de
// l'homme (OSDH)" then "l'OSDH" and "l'Observatoire"; a typo, "de
// Mistoura". Researchers count and compare entities across outlets, so the
// canonical form must be the same for all of a document's mentions of one
// entity and, for the entities the gazetteer knows, the same in every
// document whatever order the corpus comes in.
//
// The key. Two spellings compare by NameKey: folded tokens (lower case, no
// accents, ASCII apostrophes), hyphens as spaces, the Arabic article's
// transcriptions (al-, el-, ad-, as-, ash-, at-, an-, ar-, az-, ez-, es-,
// er-, ul-) as "al", ben/bin/ibn as "ben". "Bachar el-Assad", "Bachar
// Al-Assad" and "Bachar al Assad" have one key.
//
// How the canonical is chosen, in this order:
// 1. Gazetteer. A mention whose key is the key of a gazetteer name of a
//    kind that suits its type (PER: persons; ORG: organisations; LOC:
//    places and countries) takes that row's canonical. Mentions with one
//    key and one type are one group.
// 2. Surnames. A PER mention whose key is the tail of a longer PER
//    mention's key ("Assad", "al-Assad" after "Bachar al-Assad") joins the
//    nearest such longer mention before it, else the first after it. This
//    wins over the gazetteer's surname rows, which are ambiguous ("Assad"
//    is Bachar's in the gazetteer, Hafez's in a document about Hafez).
// 3. Acronyms. "X Y Z (XYZ)" or "XYZ (X Y Z)": a one-token, all-capitals
//    mention of 2 to 8 letters in parentheses right after a longer mention
//    of the same type whose first letter it shares joins it, and so do the
//    document's other mentions of that acronym.
// 4. Heads. A one-word ORG mention that is the first word of exactly one
//    longer ORG name of the document ("l'Observatoire" after "Observatoire
//    syrien des droits de l'homme") joins it.
// 5. One edit. A mention of 8 letters or more that matched nothing above is
//    compared with the gazetteer's names of its kind, then with the
//    document's other names of its type (for PER, also their tails of the
//    same length): one insertion, deletion or substitution joins them
//    ("de Mistoura" -> "de Mistura"). Only one edit, only 8+ letters, and
//    only when the candidates agree on one entity: spelling variants of
//    long names are common, while two different entities one edit apart
//    are rare at that length ("Hamad"/"Hamid" are 5 letters). MEASURED
//    (2026-12-02): among the 995 distinct name keys of 8+ letters of the
//    gold set and the gazetteers, 5 pairs of different canonicals are one
//    edit apart, and 4 of them are one entity spelled two ways
//    (Jarablus/Jarablous, Jaish/Jaych/Jaïch al-Islam); the one false pair
//    is Kingston/Kingstown. On gold spans (vigie_eval_entities
//    --audit-fuzzy) the rule links 2 of 1,269 gold mentions, 0 of 4,228 in
//    fr_news and 14 of 562 in en_news (English spellings to the French
//    canonical: Zelenskiy, Addis Ababa, Philadelphia, Congress): all 16
//    right. The thresholds: from 6 letters, one edit already pairs 6
//    different entities (Chiraz/Chirac, Maduro/Majuro, Panama/Manama,
//    Pologne/Cologne, France 2/France 24); at 8 letters two edits pair 5
//    (Budapest/Bucarest, John Kerry/John Kirby, DGSI/DGSE spelled out,
//    Al Jadida/Al Jazira).
// The group's canonical is then: the gazetteer canonical of its fullest
// member that has one (so that "Assad" joined to "Hafez al-Assad" takes
// "Hafez al-Assad"); else its fullest member (most tokens, then most
// letters; a mixed-case form before an all-capitals one, "Genève" before
// "GENEVE"; the earliest on a tie), white space collapsed. Only this last
// case depends on the document, and only for entities the gazetteer does
// not know.
//
// Cost. Groups are a union-find over the mentions; surnames and heads are
// found through indexes of name tails and first words, the one-edit rule
// compares the first 2,000 distinct names of a document pairwise (a real
// article has a few dozen), so that a hostile document of a million
// mentions links in about linear time (entity_linker_test.cc: 80,000
// mentions in a quarter of a second).
#include "analyse/entity_linker.h"

#include <algorithm>
#include <numeric>

#include "common/strings.h"
#include "common/utf8.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace vigie::analyse {
namespace {

bool IsParticle(std::string_view p) {
  static constexpr std::string_view kParticles[] = {"al", "el", "ad", "ed", "as", "ash", "at",
                                                    "an", "ar", "az", "ez", "es", "er", "ul"};
  return std::find(std::begin(kParticles), std::end(kParticles), p) != std::end(kParticles);
}

void AppendKeyParts(std::string_view folded, std::string* key) {
  size_t pos = 0;
  while (pos <= folded.size()) {
    size_t cut = folded.find_first_of("- ", pos);
    if (cut == std::string_view::npos) cut = folded.size();
    std::string_view part = folded.substr(pos, cut - pos);
    if (!part.empty()) {
      if (!key->empty()) key->push_back(' ');
      if (IsParticle(part)) {
        key->append("al");
      } else if (part == "bin" || part == "ibn") {
        key->append("ben");
      } else {
        key->append(part);
      }
    }
    pos = cut + 1;
  }
}

bool KindSuits(GazetteerKind kind, int type) {
  switch (type) {
    case 0: return kind == GazetteerKind::kPerson;
    case 1: return kind == GazetteerKind::kOrganisation;
    case 2: return kind == GazetteerKind::kPlace || kind == GazetteerKind::kCountry;
    default: return false;
  }
}

size_t Letters(std::string_view key) {
  return key.size() - static_cast<size_t>(std::count(key.begin(), key.end(), ' '));
}

// `key`'s last `n` space-separated parts, or empty if it has fewer.
std::string_view Tail(std::string_view key, size_t n) {
  size_t pos = key.size();
  for (size_t k = 0; k < n; ++k) {
    if (pos == 0) return {};
    size_t space = key.rfind(' ', pos - 1);
    pos = space == std::string_view::npos ? 0 : space;
    if (k + 1 < n && pos == 0) return {};
  }
  return pos == 0 ? key : key.substr(pos + 1);
}

size_t Parts(std::string_view key) {
  return key.empty() ? 0 : 1 + static_cast<size_t>(std::count(key.begin(), key.end(), ' '));
}

bool HasLower(std::string_view s) {
  for (size_t pos = 0; pos < s.size();)
    if (text::IsLowerChar(DecodeUtf8(s, &pos))) return true;
  return false;
}

}  // namespace

const char* LinkReasonName(LinkReason reason) {
  switch (reason) {
    case LinkReason::kGazetteer: return "gazetteer";
    case LinkReason::kSurname: return "surname";
    case LinkReason::kAcronym: return "acronym";
    case LinkReason::kHead: return "head";
    case LinkReason::kFuzzyGazetteer: return "fuzzy_gazetteer";
    case LinkReason::kFuzzyDocument: return "fuzzy_document";
    case LinkReason::kFullest: return "fullest";
  }
  return "fullest";
}

size_t GluedPrefixBytes(std::string_view token) {
  if (token.size() < 4 || (token[0] != 'e' && token[0] != 'E') || token[1] != 'x' ||
      token[2] != '-') {
    return 0;
  }
  size_t pos = 3;
  return text::IsUpperChar(DecodeUtf8(token, &pos)) ? 3 : 0;
}

std::string NameKey(const AnalysisText& text, size_t begin, size_t end) {
  std::string key;
  for (size_t i = begin; i < end; ++i) {
    std::string_view folded = text.Folded(i);
    if (i == begin && GluedPrefixBytes(text.TokenText(i)) > 0) folded.remove_prefix(3);
    AppendKeyParts(folded, &key);
  }
  return key;
}

std::string NameKey(std::string_view name) {
  std::vector<text::Token> tokens = text::Tokenize(name);
  std::string key;
  for (const text::Token& t : tokens)
    AppendKeyParts(text::FoldForMatching(text::TokenText(name, t)), &key);
  return key;
}

bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

EntityLinker::EntityLinker(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {
  if (gazetteer_ == nullptr) return;
  for (uint32_t id = 0; id < gazetteer_->entries().size(); ++id) {
    const GazetteerEntry& e = gazetteer_->entry(id);
    if (e.kind != GazetteerKind::kPerson && e.kind != GazetteerKind::kOrganisation &&
        e.kind != GazetteerKind::kPlace && e.kind != GazetteerKind::kCountry) {
      continue;
    }
    std::string key = NameKey(e.name);
    if (key.empty()) continue;
    if (Letters(key) >= 7) by_length_[key.size()].emplace_back(key, id);
    by_key_[std::move(key)].push_back(id);
  }
}

void EntityLinker::Known(std::string_view key, int type, std::vector<uint32_t>* ids) const {
  ids->clear();
  auto it = by_key_.find(std::string(key));
  if (it == by_key_.end()) return;
  for (uint32_t id : it->second)
    if (KindSuits(gazetteer_->entry(id).kind, type)) ids->push_back(id);
}

bool EntityLinker::FuzzyKnown(std::string_view key, int type, std::vector<uint32_t>* ids) const {
  ids->clear();
  if (Letters(key) < 8) return false;
  const std::string* canonical = nullptr;
  for (size_t len = key.size() - 1; len <= key.size() + 1; ++len) {
    auto it = by_length_.find(len);
    if (it == by_length_.end()) continue;
    for (const auto& [k, id] : it->second) {
      const GazetteerEntry& e = gazetteer_->entry(id);
      if (!KindSuits(e.kind, type) || !WithinOneEdit(key, k)) continue;
      if (canonical != nullptr && *canonical != e.canonical) return false;  // ambiguous
      canonical = &e.canonical;
      ids->push_back(id);
    }
  }
  return !ids->empty();
}

struct EntityLinker::Mention {
  size_t begin = 0, end = 0;
  int type = 0;
  std::string key, surface;
  std::vector<uint32_t> known;
  LinkReason reason = LinkReason::kFullest;
  size_t parent = 0;
  bool mixed_case = false;
};

namespace {

template <typename M>
size_t Find(std::vector<M>& m, size_t i) {
  while (m[i].parent != i) i = m[i].parent = m[m[i].parent].parent;
  return i;
}

template <typename M>
void Union(std::vector<M>& m, size_t a, size_t b) {
  a = Find(m, a), b = Find(m, b);
  if (a == b) return;
  if (b < a) std::swap(a, b);
  m[b].parent = a;
}

bool IsAcronym(std::string_view surface) {
  size_t letters = 0;
  for (size_t pos = 0; pos < surface.size();) {
    char32_t c = DecodeUtf8(surface, &pos);
    if (text::IsLowerChar(c) || c == ' ') return false;
    letters += text::IsUpperChar(c);
  }
  return letters >= 2 && letters <= 8;
}

}  // namespace

void EntityLinker::Group(const AnalysisText& text, const std::vector<NerSpan>& spans,
                         std::vector<Mention>* out) const {
  std::vector<Mention>& m = *out;
  m.resize(spans.size());
  std::unordered_map<std::string, size_t> first_of_key;
  for (size_t i = 0; i < spans.size(); ++i) {
    Mention& x = m[i];
    x.begin = spans[i].token_begin, x.end = spans[i].token_end, x.type = spans[i].type;
    x.parent = i;
    x.key = NameKey(text, x.begin, x.end);
    x.surface = CollapseWhitespace(text.Slice(text.tokens()[x.begin].start,
                                              text.tokens()[x.end - 1].end));
    x.surface.erase(0, GluedPrefixBytes(x.surface));
    x.mixed_case = HasLower(x.surface);
    if (gazetteer_ != nullptr) Known(x.key, x.type, &x.known);
    if (!x.known.empty()) x.reason = LinkReason::kGazetteer;
    auto [it, added] = first_of_key.emplace(std::to_string(x.type) + '\t' + x.key, i);
    if (!added) Union(m, it->second, i);
  }
  LinkAcronyms(text, &m);
  LinkSurnames(&m);
  LinkHeads(first_of_key, &m);
  LinkOneEdit(first_of_key, &m);
}

// "X Y Z (XYZ)" and "XYZ (X Y Z)".
void EntityLinker::LinkAcronyms(const AnalysisText& text, std::vector<Mention>* mentions) const {
  std::vector<Mention>& m = *mentions;
  const size_t ntokens = text.tokens().size();
  for (size_t i = 0; i + 1 < m.size(); ++i) {
    Mention &a = m[i], &b = m[i + 1];
    if (a.type != b.type || b.begin != a.end + 1 || b.end >= ntokens ||
        text.TokenText(a.end) != "(" || text.TokenText(b.end) != ")") {
      continue;
    }
    Mention* acronym = IsAcronym(b.surface) && b.end - b.begin == 1 ? &b : &a;
    Mention* full = acronym == &b ? &a : &b;
    if (!IsAcronym(acronym->surface) || acronym->end - acronym->begin != 1 ||
        full->end - full->begin < 2 || acronym->key.empty() || full->key.empty() ||
        acronym->key[0] != full->key[0]) {
      continue;
    }
    Union(m, i, i + 1);
    if (acronym->known.empty()) acronym->reason = LinkReason::kAcronym;
  }
}

// A PER mention that ends a longer one joins the nearest before, else the
// first after. The tails of every longer name are indexed once, so that a
// document of a million mentions costs m log m, not m squared.
void EntityLinker::LinkSurnames(std::vector<Mention>* mentions) const {
  std::vector<Mention>& m = *mentions;
  std::unordered_map<std::string_view, std::vector<size_t>> by_tail;  // in mention order
  for (size_t j = 0; j < m.size(); ++j) {
    if (m[j].type != 0) continue;
    const size_t parts = Parts(m[j].key);
    for (size_t k = 1; k < parts; ++k) by_tail[Tail(m[j].key, k)].push_back(j);
  }
  for (size_t i = 0; i < m.size(); ++i) {
    if (m[i].type != 0) continue;
    auto it = by_tail.find(m[i].key);
    if (it == by_tail.end()) continue;
    const std::vector<size_t>& longer = it->second;
    auto after = std::upper_bound(longer.begin(), longer.end(), i);
    size_t best = after != longer.begin() ? *(after - 1) : *after;
    Union(m, i, best);
    m[i].reason = LinkReason::kSurname;
  }
}

// A one-word ORG mention that opens exactly one longer ORG name (of 3 words
// or more) joins it. Distinct names only: mentions of one key are one
// group already.
void EntityLinker::LinkHeads(const std::unordered_map<std::string, size_t>& first_of_key,
                             std::vector<Mention>* mentions) const {
  std::vector<Mention>& m = *mentions;
  std::unordered_map<std::string_view, std::vector<size_t>> by_head;
  for (const auto& [typed_key, j] : first_of_key) {
    if (m[j].type != 1 || Parts(m[j].key) < 3) continue;
    std::string_view key = m[j].key;
    by_head[key.substr(0, key.find(' '))].push_back(j);
  }
  for (size_t i = 0; i < m.size(); ++i) {
    const Mention& x = m[i];
    if (x.type != 1 || Parts(x.key) != 1 || !x.known.empty() || !x.mixed_case) continue;
    auto it = by_head.find(x.key);
    if (it == by_head.end()) continue;
    size_t root = m.size();
    for (size_t j : it->second) {
      size_t r = Find(m, j);
      if (root < m.size() && root != r) {  // two candidates: ambiguous
        root = m.size() + 1;
        break;
      }
      root = r;
    }
    if (root < m.size()) {
      Union(m, i, root);
      m[i].reason = LinkReason::kHead;
    }
  }
}

// One edit from a gazetteer name, else from another name of the document,
// for a long name that nothing else linked. The document's names are
// compared pairwise, distinct names only, and only the first
// kMaxOneEditNames of them: a real article names a few dozen entities; a
// hostile one must not cost the square of a million.
void EntityLinker::LinkOneEdit(const std::unordered_map<std::string, size_t>& first_of_key,
                               std::vector<Mention>* mentions) const {
  constexpr size_t kMaxOneEditNames = 2000;
  std::vector<Mention>& m = *mentions;
  std::vector<size_t> size(m.size(), 0);
  for (size_t i = 0; i < m.size(); ++i) ++size[Find(m, i)];
  std::vector<bool> joined(m.size(), false);  // by this rule, after `size` was taken
  std::vector<size_t> names;  // first mention of each distinct name, in order
  for (const auto& [typed_key, j] : first_of_key) names.push_back(j);
  std::sort(names.begin(), names.end());
  if (names.size() > kMaxOneEditNames) names.resize(kMaxOneEditNames);
  for (size_t i : names) {
    Mention& x = m[i];
    if (x.reason != LinkReason::kFullest || Letters(x.key) < 8 || x.type > 2) continue;
    if (size[Find(m, i)] > 1 || joined[i]) continue;  // already grouped
    if (gazetteer_ != nullptr && FuzzyKnown(x.key, x.type, &x.known)) {
      x.reason = LinkReason::kFuzzyGazetteer;
      continue;
    }
    const size_t parts = Parts(x.key);
    for (size_t j : names) {
      if (j == i || m[j].type != x.type || m[j].key == x.key) continue;
      std::string_view other = m[j].key;
      if (x.type == 0 && Parts(other) > parts) other = Tail(other, parts);
      if (Letters(other) >= 8 && WithinOneEdit(x.key, other)) {
        Union(m, i, j);
        joined[i] = joined[j] = true;
        x.reason = LinkReason::kFuzzyDocument;
        break;
      }
    }
  }
}

// Whether `b` is a fuller form than `a` (null: none yet): more words, then
// mixed case over all capitals, then more letters; the earlier on a tie.
bool EntityLinker::Fuller(const Mention* a, const Mention& b) {
  if (a == nullptr) return true;
  size_t pa = Parts(a->key), pb = Parts(b.key);
  if (pa != pb) return pb > pa;
  if (a->mixed_case != b.mixed_case) return b.mixed_case;
  return Letters(b.key) > Letters(a->key);
}

void EntityLinker::Link(const AnalysisText& text, const std::vector<NerSpan>& spans,
                        std::vector<LinkedMention>* out) const {
  out->clear();
  std::vector<Mention> m;
  Group(text, spans, &m);
  for (size_t i = 0; i < m.size(); ++i) m[i].parent = Find(m, i);
  // One pass over the mentions: each group's fullest member, and its
  // fullest member known to the gazetteer.
  std::vector<const Mention*> known(m.size(), nullptr), fullest(m.size(), nullptr);
  std::vector<std::vector<uint32_t>> entries(m.size());
  for (const Mention& x : m) {
    if (!x.known.empty() && Fuller(known[x.parent], x)) known[x.parent] = &x;
    if (Fuller(fullest[x.parent], x)) fullest[x.parent] = &x;
    std::vector<uint32_t>& e = entries[x.parent];
    for (uint32_t id : x.known)
      if (std::find(e.begin(), e.end(), id) == e.end()) e.push_back(id);
  }
  std::vector<std::string> canonical(m.size());
  for (size_t r = 0; r < m.size(); ++r) {
    if (fullest[r] == nullptr) continue;
    canonical[r] = known[r] != nullptr ? gazetteer_->entry(known[r]->known.front()).canonical
                                       : fullest[r]->surface;
    std::sort(entries[r].begin(), entries[r].end());
  }
  out->resize(m.size());
  for (size_t i = 0; i < m.size(); ++i) {
    LinkedMention& l = (*out)[i];
    l.canonical = canonical[m[i].parent];
    l.cluster = m[i].parent;
    l.reason = m[i].reason;
    l.entries = entries[m[i].parent];
  }
}

}  // namespace vigie::analyse
