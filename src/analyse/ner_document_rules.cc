// Document-level rules over the tagger's spans.
//
// The tagger decides each sentence alone, so one document can call
// "Horizons Monde" ORG in one sentence and LOC in the next, or miss it in a
// headline; and it does not know that a span the gazetteer holds as a
// country ("Le Yémen" at a sentence start) is a place. Four rules, in
// order:
// 1. Article: a span that starts with le/la/les/l' and is not a gazetteer
//    name, while the rest of it is ("Le Yémen"), loses the article ("Le
//    Caire", "La Haye" are gazetteer names and keep theirs).
// 2. Gazetteer type: a span that is exactly a gazetteer name whose entries
//    all give one type (PER people, ORG organisations, LOC places and
//    countries) takes that type.
// 3. One type per name (off): the mentions of one name (NameKey) take the
//    type most of them have (the first mention's on a tie).
// 4. Propagation: a name of two or more tokens tagged once is tagged
//    wherever else it is written, capitalised, in one sentence, outside
//    other spans; so is the last word of a person's name alone ("Merz"
//    after "Friedrich Merz", which the tagger misses at a sentence start).
// MEASURED (2026-12-02, dev half of the quotes_fr gold, micro F1 over PER,
// ORG, LOC; VIGIE_NER_RULES=bits runs a subset): none 0.937; rule 1 alone
// 0.937 (the span is right but keeps the tagger's type), 2 alone 0.937,
// 1+2 0.939; rule 3 alone 0.937 (one LOC lost, one PER false positive:
// the majority is as often wrong as the first sentence), 4 alone 0.937 (no
// change on dev, whose names are mostly tagged every time; kept for real
// articles, whose headlines and captions repeat the names of the body);
// 1+2+4 0.939, all four 0.938. On: 1, 2, 4. Surnames alone in rule 4:
// dev unchanged, Europeana 0.690 -> 0.689; kept for the sentence-initial
// surnames of real articles ("Merz a ensuite rejoint Varsovie.").
#include "analyse/ner_document_rules.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "analyse/entity_linker.h"
#include "common/utf8.h"
#include "text/tokenizer.h"

namespace vigie::analyse {
namespace {

// The rules on, as a bit set (VIGIE_NER_RULES overrides it, for measuring
// each rule alone).
unsigned Rules() {
  static const unsigned rules = [] {
    const char* env = std::getenv("VIGIE_NER_RULES");
    return env != nullptr ? static_cast<unsigned>(std::strtoul(env, nullptr, 0)) : 0xBu;
  }();
  return rules;
}

// The one type the gazetteer gives tokens [begin, end) (without a glued
// "ex-"), -1 if none, -2 if several.
int GazetteerType(const Gazetteer& g, const AnalysisText& text, size_t begin, size_t end) {
  int type = -1;
  uint32_t node = Gazetteer::kRoot;
  for (size_t i = begin; i < end && node != Gazetteer::kNoNode; ++i) {
    std::string_view folded = text.Folded(i);
    if (i == begin) folded.remove_prefix(GluedPrefixBytes(text.TokenText(i)));
    node = g.Step(node, folded);
  }
  if (node == Gazetteer::kNoNode || begin == end) return -1;
  for (uint32_t id : g.EntriesAt(node)) {
    int t;
    switch (g.entry(id).kind) {
      case GazetteerKind::kPerson: t = 0; break;
      case GazetteerKind::kOrganisation: t = 1; break;
      case GazetteerKind::kPlace:
      case GazetteerKind::kCountry: t = 2; break;
      default: continue;
    }
    if (type >= 0 && type != t) return -2;  // ambiguous
    type = t;
  }
  return type;
}

bool IsArticle(std::string_view folded) {
  return folded == "le" || folded == "la" || folded == "les" || folded == "l'";
}

bool Capitalised(const AnalysisText& text, size_t i) {
  std::string_view word = text.TokenText(i);
  size_t pos = 0;
  return !word.empty() && text::IsUpperChar(DecodeUtf8(word, &pos));
}

void Propagate(const AnalysisText& text, std::vector<NerSpan>* spans) {
  // Keyed by views of the text's folded tokens, which outlive the map: no
  // string is built per token.
  // Distinct names only, and at most kMaxNamesPerWord per first word, so
  // that a hostile document of a million names costs no more than a real one
  // per token.
  constexpr size_t kMaxNamesPerWord = 32;
  std::unordered_map<std::string_view, std::vector<NerSpan>> by_first;
  auto add = [&](const NerSpan& s) {
    std::vector<NerSpan>& names = by_first[text.Folded(s.token_begin)];
    if (names.size() >= kMaxNamesPerWord) return;
    for (const NerSpan& o : names) {
      if (o.token_end - o.token_begin != s.token_end - s.token_begin) continue;
      bool same = true;
      for (size_t k = 1; k < s.token_end - s.token_begin && same; ++k)
        same = text.Folded(o.token_begin + k) == text.Folded(s.token_begin + k);
      if (same) return;
    }
    names.push_back(s);
  };
  for (const NerSpan& s : *spans) {
    if (s.token_end - s.token_begin < 2) continue;
    add(s);
    // A person's surname alone: "Merz" after "Friedrich Merz".
    const size_t last = s.token_end - 1;
    if (s.type == 0 && Capitalised(text, last) && CodePointCount(text.TokenText(last)) >= 3) {
      add(NerSpan{last, last + 1, 0});
    }
  }
  if (by_first.empty()) return;
  std::vector<NerSpan> added;
  size_t next = 0;  // the first span not ending before token i
  const size_t n = text.tokens().size();
  for (size_t i = 0; i < n; ++i) {
    while (next < spans->size() && (*spans)[next].token_end <= i) ++next;
    if (next < spans->size() && (*spans)[next].token_begin <= i) continue;
    auto it = by_first.find(text.Folded(i));
    if (it == by_first.end() || !Capitalised(text, i)) continue;
    for (const NerSpan& s : it->second) {
      const size_t len = s.token_end - s.token_begin;
      if (i + len > n || text.SentenceOfToken(i) != text.SentenceOfToken(i + len - 1)) continue;
      if (next < spans->size() && (*spans)[next].token_begin < i + len) continue;
      bool same = true;
      for (size_t k = 1; k < len && same; ++k)
        same = text.Folded(i + k) == text.Folded(s.token_begin + k);
      if (!same) continue;
      added.push_back(NerSpan{i, i + len, s.type});
      i += len - 1;
      break;
    }
  }
  if (added.empty()) return;
  spans->insert(spans->end(), added.begin(), added.end());
  std::sort(spans->begin(), spans->end(),
            [](const NerSpan& a, const NerSpan& b) { return a.token_begin < b.token_begin; });
}

}  // namespace

void ApplyDocumentRules(const AnalysisText& text, const Gazetteer* gazetteer,
                        std::vector<NerSpan>* spans) {
  const unsigned rules = Rules();
  if (gazetteer != nullptr) {
    for (NerSpan& s : *spans) {
      if ((rules & 1) && s.token_end - s.token_begin >= 2 && IsArticle(text.Folded(s.token_begin)) &&
          GazetteerType(*gazetteer, text, s.token_begin, s.token_end) == -1 &&
          GazetteerType(*gazetteer, text, s.token_begin + 1, s.token_end) >= 0) {
        ++s.token_begin;
      }
      if (rules & 2) {
        int type = GazetteerType(*gazetteer, text, s.token_begin, s.token_end);
        if (type >= 0) s.type = type;
      }
    }
  }
  if (rules & 4) {
    std::unordered_map<std::string, std::array<int, kNerTypes + 1>> votes;  // + first type
    std::vector<std::string> keys(spans->size());
    for (size_t i = 0; i < spans->size(); ++i) {
      const NerSpan& s = (*spans)[i];
      keys[i] = NameKey(text, s.token_begin, s.token_end);
      auto [it, added] = votes.try_emplace(keys[i]);
      if (added) it->second = {0, 0, 0, 0, s.type};
      ++it->second[s.type];
    }
    for (size_t i = 0; i < spans->size(); ++i) {
      const auto& v = votes[keys[i]];
      int best = v[kNerTypes];
      for (int t = 0; t < kNerTypes; ++t)
        if (v[t] > v[best]) best = t;
      (*spans)[i].type = best;
    }
  }
  if (rules & 8) Propagate(text, spans);
}

}  // namespace vigie::analyse
