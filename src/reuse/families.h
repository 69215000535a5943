// Story families: the copies of one original, grouped (design notes in
// families.cc).
#ifndef VIGIE_REUSE_FAMILIES_H_
#define VIGIE_REUSE_FAMILIES_H_

#include <cstdint>
#include <span>
#include <vector>

#include "vigie/reuse.h"

namespace vigie::reuse {

// True when the pair makes its later article a copy of the earlier one
// (most of the later article is the earlier one's text), the link that
// joins two articles into one family.
bool IsCopyLink(const ReusePair& pair, double min_share);

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_FAMILIES_H_
