#include "analyse/phrase_index.h"

#include <algorithm>
#include <tuple>
#include <cstdlib>

namespace vigie::analyse {

uint32_t PhraseIndex::Builder::AddList(std::string name, std::vector<std::string> phrases) {
  const auto list = static_cast<uint32_t>(names_.size());
  names_.push_back(std::move(name));
  for (size_t i = 0; i < phrases.size(); ++i) {
    phrases_.push_back(std::move(phrases[i]));
    list_of_.push_back(list);
    item_of_.push_back(static_cast<uint32_t>(i));
  }
  return list;
}

Result<PhraseIndex> PhraseIndex::Builder::Build() {
  Result<PhraseMatcher> matcher = PhraseMatcher::Build(phrases_);
  if (!matcher.ok()) {
    // The matcher names the phrase by its global index; say which list.
    const std::string message = matcher.status().message();
    size_t global = 0;
    if (message.rfind("phrase ", 0) == 0) global = std::strtoul(message.c_str() + 7, nullptr, 10);
    if (global < list_of_.size()) {
      return Status::InvalidArgument(names_[list_of_[global]] + ": phrase " +
                                     std::to_string(item_of_[global]) + ": " + message);
    }
    return matcher.status();
  }
  PhraseIndex index;
  index.matcher_ = std::move(*matcher);
  index.names_ = std::move(names_);
  index.list_of_ = std::move(list_of_);
  index.item_of_ = std::move(item_of_);
  phrases_.clear();
  return index;
}

void PhraseIndex::Scan(const AnalysisText& text, std::vector<PhraseHit>* hits) const {
  hits->clear();
  const text::NormalizedText& folded = text.normalized();
  std::vector<PhraseMatch> matches;
  matcher_.Scan(folded.text(), &matches);
  hits->reserve(matches.size());
  for (const PhraseMatch& m : matches) {
    PhraseHit h;
    h.list = list_of_[m.phrase];
    h.item = item_of_[m.phrase];
    std::tie(h.start, h.end) = folded.SourceSpan(m.begin, m.end);
    hits->push_back(h);
  }
  // By start, longest first: insertion sort, as the matcher's order (by
  // end) is nearly that already.
  auto before = [](const PhraseHit& a, const PhraseHit& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    if (a.list != b.list) return a.list < b.list;
    return a.item < b.item;
  };
  std::vector<PhraseHit>& v = *hits;
  for (size_t i = 1; i < v.size(); ++i) {
    if (!before(v[i], v[i - 1])) continue;
    const PhraseHit h = v[i];
    size_t j = i;
    for (; j > 0 && before(h, v[j - 1]); --j) v[j] = v[j - 1];
    v[j] = h;
  }
  // Tokens, walking forward with the starts.
  const std::vector<text::Token>& tokens = text.tokens();
  size_t k = 0;
  for (PhraseHit& h : v) {
    while (k < tokens.size() && tokens[k].end <= h.start) ++k;
    h.token_begin = k;
    h.token_end = k;
    while (h.token_end < tokens.size() && tokens[h.token_end].start < h.end) ++h.token_end;
  }
}

}  // namespace vigie::analyse
