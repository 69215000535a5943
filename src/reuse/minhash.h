// MinHash sketches of shingle sets and the keys of their LSH bands.
// Two sets of Jaccard similarity J agree on each MinHash value with
// probability J; cut into b bands of r values, they agree on some whole band
// with probability 1 - (1 - J^r)^b, the S-curve that turns a similarity
// threshold into bucket collisions. The parameters are chosen in
// candidates.cc.
#ifndef VIGIE_REUSE_MINHASH_H_
#define VIGIE_REUSE_MINHASH_H_

#include <cstdint>
#include <span>
#include <vector>

namespace vigie::reuse {

// K hash functions h_k(x) = high 32 bits of (x * a_k + c_k) mod 2^64, with
// odd a_k: the shingles are already XXH3 hashes, so one multiply-add is a
// good enough permutation of them (Dietzfelbinger's multiply-shift).
// Immutable after construction; thread-safe.
class MinHasher {
 public:
  MinHasher(int k, uint64_t seed);

  int k() const { return static_cast<int>(mul_.size()); }

  // out[k] = min over x in `set` of h_k(x); all 0xFFFFFFFF for an empty set.
  void Sketch(std::span<const uint64_t> set, std::vector<uint32_t>* out) const;

 private:
  std::vector<uint64_t> mul_, add_;
};

// One 32-bit key per band of `rows` consecutive values of `sketch`
// (XXH3 of the band, seeded by its index, so that equal values in two
// different bands never collide). REQUIRES: sketch.size() == bands * rows.
void BandKeys(std::span<const uint32_t> sketch, int bands, int rows,
              std::vector<uint32_t>* out);

// The probability that two sets of similarity `jaccard` agree on some band.
double BandCollisionProbability(double jaccard, int bands, int rows);

// SplitMix64: the stream of constants the hashers draw from their seed.
uint64_t SplitMix64(uint64_t* state);

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_MINHASH_H_
