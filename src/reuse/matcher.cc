// ReuseMatcher: verification of candidates on the texts, then the
// description of each reported pair.
//
// Verification is exact: both texts are shingled again and their sets of
// 64-bit shingle hashes intersected, so a reported containment is the true
// share of shingles (up to 64-bit hash collisions), whatever the candidate
// stage estimated. Texts are asked of the TextSource, shingled, and kept in
// a small cache (the last 64 articles): an article that copied several
// others, and the members of a story family, are verified against each
// other in a row.
//
// The decision. A pair is reported when half of one text's 3-grams are in
// the other (containment) or when the passages the two share cover half of
// one text (coverage). The measure is the share of the shorter
// article that the two share; containment undercounts it when the copy is
// edited (a changed word costs three 3-grams), coverage does not (an edit
// inside a passage keeps the passage whole), and containment still catches
// what alignment drops (passages under 8 words). On bench/reuse_eval.cc
// (4,766 positive pairs, 2026-12-02), at 0.5:
//
//   rule                       reported  recall  precision  strict precision
//   containment >= 0.5           4,704   0.9830    1.0000       0.9960
//   coverage >= 0.5              4,736   0.9889    1.0000       0.9951
//   either >= 0.5                4,739   0.9895    1.0000       0.9951
//   containment >= 0.4           4,802   0.9897    1.0000       0.9823
//
// ("strict" counts as false the related pairs that share under half.) The
// remaining misses are pairs no candidate channel proposes (candidates.cc).
// Lowering containment to 0.4 buys the same recall with four times the
// related-below-half pairs; coverage buys it at 0.5.
#include <algorithm>
#include <list>
#include <unordered_map>

#include "reuse/align.h"
#include "reuse/provenance.h"
#include "reuse/shingles.h"
#include "vigie/reuse.h"

namespace vigie {

namespace {

constexpr size_t kCacheEntries = 64;

// Pairs under this containment are not aligned, whatever min_coverage: a
// pair of texts whose passages cover half of one shares a good fifth of its
// 3-grams even through heavy edits (the double-spun siblings of the
// evaluation share 0.3 to 0.4), and alignment costs more than counting.
constexpr double kAlignFloor = 0.2;

struct Shingled {
  std::string text;
  reuse::ShingledText shingled;
  std::vector<uint64_t> set;
};

}  // namespace

struct ReuseMatcher::Impl {
  Impl(const ReuseIndex* i, const TextSource* t, const ReuseThresholds& th)
      : index(i), texts(t), thresholds(th), shingler(i->params().shingle_words) {
    align.shingle_words = i->params().shingle_words;
    align.min_passage_words = th.min_passage_words;
  }

  Result<const Shingled*> Get(uint32_t doc) {
    auto it = where.find(doc);
    if (it != where.end()) {
      lru.splice(lru.begin(), lru, it->second);
      return &it->second->second;
    }
    Result<std::string> text = texts->Text(doc);
    if (!text.ok()) return text.status();
    if (lru.size() >= kCacheEntries) {
      where.erase(lru.back().first);
      lru.pop_back();
    }
    lru.emplace_front(doc, Shingled());
    Shingled& s = lru.front().second;
    s.text = std::move(*text);
    shingler.Shingle(s.text, &s.shingled);
    reuse::SortedSet(s.shingled.shingles, &s.set);
    where[doc] = lru.begin();
    return &s;
  }

  // The set figures; false when the pair cannot be reported whatever its
  // passages.
  bool Measure(const Shingled& a, const Shingled& b, ReusePair* pair) const {
    pair->shared = reuse::IntersectionSize(a.set, b.set);
    const double shared = static_cast<double>(pair->shared);
    pair->containment_a = a.set.empty() ? 0 : shared / static_cast<double>(a.set.size());
    pair->containment_b = b.set.empty() ? 0 : shared / static_cast<double>(b.set.size());
    const double uni = static_cast<double>(a.set.size() + b.set.size()) - shared;
    pair->jaccard = uni > 0 ? shared / uni : 0;
    const double floor = std::min(thresholds.min_containment, kAlignFloor);
    return pair->shared >= static_cast<size_t>(thresholds.min_shared) &&
           std::max(pair->containment_a, pair->containment_b) >= floor &&
           pair->jaccard >= thresholds.min_jaccard;
  }

  // After Describe: whether the pair is reported.
  bool Passes(const ReusePair& pair) const {
    return std::max(pair.containment_a, pair.containment_b) >= thresholds.min_containment ||
           std::max(pair.coverage_a, pair.coverage_b) >= thresholds.min_coverage;
  }

  void Describe(const Shingled& a, const Shingled& b, ReusePair* pair) {
    pair->passages = reuse::AlignPassages(a.shingled, b.shingled, align, &align_scratch);
    int64_t covered_a = 0, covered_b = 0;
    for (const ReusePassage& p : pair->passages) {
      covered_a += p.a_end - p.a_start;
      covered_b += p.b_end - p.b_start;
    }
    // Passages overlap in neither text (align.cc); the bound keeps coverage
    // a share even if they did.
    covered_a = std::min(covered_a, a.shingled.text_length);
    covered_b = std::min(covered_b, b.shingled.text_length);
    const int64_t len_a = a.shingled.text_length, len_b = b.shingled.text_length;
    pair->coverage_a = len_a > 0 ? static_cast<double>(covered_a) / static_cast<double>(len_a) : 0;
    pair->coverage_b = len_b > 0 ? static_cast<double>(covered_b) / static_cast<double>(len_b) : 0;
    const ReuseArticle& art_a = index->article(pair->a);
    const ReuseArticle& art_b = index->article(pair->b);
    pair->direction = reuse::OrderArticles(art_a, art_b, &pair->order_basis);
    pair->credited = false;
    if (pair->direction == ReuseDirection::kAToB) {
      pair->credited = reuse::CreditsEarlier(art_b, b.text, art_a);
    } else if (pair->direction == ReuseDirection::kBToA) {
      pair->credited = reuse::CreditsEarlier(art_a, a.text, art_b);
    }
  }

  const ReuseIndex* index;
  const TextSource* texts;
  ReuseThresholds thresholds;
  reuse::Shingler shingler;
  reuse::AlignOptions align;
  reuse::AlignScratch align_scratch;
  std::list<std::pair<uint32_t, Shingled>> lru;
  std::unordered_map<uint32_t, std::list<std::pair<uint32_t, Shingled>>::iterator> where;
  std::vector<ReuseCandidate> candidates;
};

ReuseMatcher::ReuseMatcher(const ReuseIndex* index, const TextSource* texts,
                           const ReuseThresholds& thresholds)
    : impl_(std::make_unique<Impl>(index, texts, thresholds)) {}
ReuseMatcher::~ReuseMatcher() = default;

Status ReuseMatcher::PairsOf(uint32_t doc, std::vector<ReusePair>* out) {
  Impl& m = *impl_;
  out->clear();
  m.index->Candidates(doc, m.thresholds, &m.candidates);
  if (m.candidates.empty()) return Status::Ok();
  // The entry of `doc` must stay in the cache while its candidates come in:
  // copy what is needed of it.
  Result<const Shingled*> got = m.Get(doc);
  if (!got.ok()) return got.status();
  Shingled b = **got;
  Status status;
  for (const ReuseCandidate& c : m.candidates) {
    Result<const Shingled*> a = m.Get(c.doc);
    if (!a.ok()) {
      status = a.status();
      continue;
    }
    ReusePair pair;
    pair.a = c.doc;
    pair.b = doc;
    if (!m.Measure(**a, b, &pair)) continue;
    m.Describe(**a, b, &pair);
    if (m.Passes(pair)) out->push_back(std::move(pair));
  }
  return status;
}

Result<ReusePair> ReuseMatcher::Describe(uint32_t a, uint32_t b, bool* reported) {
  Impl& m = *impl_;
  Result<const Shingled*> got_b = m.Get(b);
  if (!got_b.ok()) return got_b.status();
  Shingled sb = **got_b;
  Result<const Shingled*> got_a = m.Get(a);
  if (!got_a.ok()) return got_a.status();
  ReusePair pair;
  pair.a = a;
  pair.b = b;
  *reported = m.Measure(**got_a, sb, &pair);
  m.Describe(**got_a, sb, &pair);
  *reported = *reported && m.Passes(pair);
  return pair;
}

std::string_view ReuseDirectionName(ReuseDirection direction) {
  switch (direction) {
    case ReuseDirection::kAToB:
      return "a_to_b";
    case ReuseDirection::kBToA:
      return "b_to_a";
    case ReuseDirection::kUnknown:
      break;
  }
  return "unknown";
}

}  // namespace vigie
