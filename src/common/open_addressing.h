// Linear-probing hash tables of slots (KeyCache, the language identifier's
// word cache): a power-of-two vector of Slot, each with a `uint64_t hash`
// that is 0 only in an empty slot.
#ifndef VIGIE_COMMON_OPEN_ADDRESSING_H_
#define VIGIE_COMMON_OPEN_ADDRESSING_H_

#include <cstddef>
#include <vector>

namespace vigie {

// Doubles `*slots` and puts every occupied slot back where a lookup of its
// hash will find it.
template <typename Slot>
void DoubleSlots(std::vector<Slot>* slots) {
  std::vector<Slot> old(slots->size() * 2);
  old.swap(*slots);
  const size_t mask = slots->size() - 1;
  for (const Slot& slot : old) {
    if (slot.hash == 0) continue;
    size_t i = slot.hash & mask;
    while ((*slots)[i].hash != 0) i = (i + 1) & mask;
    (*slots)[i] = slot;
  }
}

}  // namespace vigie

#endif  // VIGIE_COMMON_OPEN_ADDRESSING_H_
