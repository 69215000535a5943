// MinHash: design notes.
//
// K independent hash functions over the set (rather than one-permutation
// hashing with densification): an article has a few hundred distinct
// shingles and K = 60, so the 30,000 multiply-adds per article cost some
// 15 microseconds on one core, a small part of signing (normalising and
// hashing the words costs more); K functions keep the textbook variance for
// small sets, where one-permutation hashing leaves bins empty. The values
// are 32 bits: two different shingles collide under one function with
// probability 2^-32, far below the sampling error of K = 60.
#include "reuse/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie::reuse {

uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

MinHasher::MinHasher(int k, uint64_t seed) {
  uint64_t state = seed;
  mul_.resize(static_cast<size_t>(k));
  add_.resize(static_cast<size_t>(k));
  for (int i = 0; i < k; ++i) {
    mul_[i] = SplitMix64(&state) | 1;
    add_[i] = SplitMix64(&state);
  }
}

void MinHasher::Sketch(std::span<const uint64_t> set, std::vector<uint32_t>* out) const {
  const size_t k = mul_.size();
  out->assign(k, std::numeric_limits<uint32_t>::max());
  uint32_t* mins = out->data();
  const uint64_t* mul = mul_.data();
  const uint64_t* add = add_.data();
  for (uint64_t x : set) {
    for (size_t i = 0; i < k; ++i) {
      uint32_t h = static_cast<uint32_t>((x * mul[i] + add[i]) >> 32);
      mins[i] = std::min(mins[i], h);
    }
  }
}

void BandKeys(std::span<const uint32_t> sketch, int bands, int rows, std::vector<uint32_t>* out) {
  out->resize(static_cast<size_t>(bands));
  for (int b = 0; b < bands; ++b) {
    uint64_t h = XXH3_64bits_withSeed(sketch.data() + static_cast<size_t>(b) * rows,
                                      static_cast<size_t>(rows) * sizeof(uint32_t),
                                      static_cast<uint64_t>(b));
    (*out)[b] = static_cast<uint32_t>(h >> 32);
  }
}

double BandCollisionProbability(double jaccard, int bands, int rows) {
  return 1.0 - std::pow(1.0 - std::pow(jaccard, rows), bands);
}

}  // namespace vigie::reuse
