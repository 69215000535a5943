// Story families: design notes.
//
// A family is an original and the articles that copied it, directly or
// through another copy. Families are the connected components of the
// pairs that are copy links: pairs in which the later article's own text
// is mostly (min_share, 0.5 by default) the earlier one's. A compilation
// page that pastes five stories is paired with each of them, but only a
// fifth of it comes from any one: it is not a copy of any, so it does not
// join five stories into one family (it stays a family of its own, linked
// to theirs by its pairs). When the order is unknown, both texts must be
// mostly the other's: mutual near-duplicates.
//
// The origin of a family is its earliest article (publication date, else
// fetch date; provenance.h). An undated member cannot be the origin unless
// no member is dated, and then the first one added stands in: `dated`
// says which.
#include "reuse/families.h"

#include <algorithm>
#include <numeric>
#include <optional>

#include "reuse/provenance.h"

namespace vigie::reuse {

bool IsCopyLink(const ReusePair& pair, double min_share) {
  switch (pair.direction) {
    case ReuseDirection::kAToB:
      return pair.containment_b >= min_share;
    case ReuseDirection::kBToA:
      return pair.containment_a >= min_share;
    case ReuseDirection::kUnknown:
      break;
  }
  return std::min(pair.containment_a, pair.containment_b) >= min_share;
}

}  // namespace vigie::reuse

namespace vigie {

namespace {

uint32_t FindRoot(std::vector<uint32_t>* parent, uint32_t x) {
  std::vector<uint32_t>& p = *parent;
  while (p[x] != x) {
    p[x] = p[p[x]];
    x = p[x];
  }
  return x;
}

// An article's date for choosing an origin: nullopt when it has none.
std::optional<reuse::Timestamp> DateOf(const ReuseArticle& a) {
  for (const std::optional<std::string>* s : {&a.published, &a.fetched}) {
    if (*s) {
      if (auto t = reuse::ParseTimestamp(**s)) return t;
    }
  }
  return std::nullopt;
}

}  // namespace

StoryFamilies FindStoryFamilies(const ReuseIndex& index, std::span<const ReusePair> pairs,
                                double min_share) {
  const uint32_t n = index.size();
  std::vector<uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  for (const ReusePair& p : pairs) {
    if (!reuse::IsCopyLink(p, min_share)) continue;
    const uint32_t x = FindRoot(&parent, p.a), y = FindRoot(&parent, p.b);
    if (x != y) parent[std::max(x, y)] = std::min(x, y);
  }
  StoryFamilies out;
  out.origin.resize(n);
  std::vector<std::optional<reuse::Timestamp>> best(n);
  std::vector<bool> seen(n, false);
  for (uint32_t d = 0; d < n; ++d) {
    const uint32_t root = FindRoot(&parent, d);
    std::optional<reuse::Timestamp> t = DateOf(index.article(d));
    if (!seen[root]) {
      seen[root] = true;
      out.origin[root] = d;
      best[root] = t;
      continue;
    }
    // Strictly earlier only: ties keep the first added.
    if (t && (!best[root] || reuse::CompareTimestamps(*t, *best[root]) < 0)) {
      out.origin[root] = d;
      best[root] = t;
    }
  }
  for (uint32_t d = 0; d < n; ++d) out.origin[d] = out.origin[FindRoot(&parent, d)];
  out.dated.resize(n);
  for (uint32_t d = 0; d < n; ++d) out.dated[d] = best[FindRoot(&parent, d)].has_value();
  return out;
}

}  // namespace vigie
