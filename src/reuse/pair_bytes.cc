// ReusePair as bytes, for a store that keeps the pairs of earlier runs
// (doc/design.md#reuse). Layout (varints unless said): version (1),
// direction byte, order basis byte (0 none, 1 published, 2 fetched), shared,
// containment_a, containment_b, jaccard, coverage_a, coverage_b (fixed64
// IEEE doubles), credited byte, passage count, per passage a_start a_end
// b_start b_end. The two articles are the caller's keys, not in the bytes.
#include <bit>
#include <cmath>

#include "reuse/bytes.h"
#include "vigie/reuse.h"

namespace vigie {

namespace {

constexpr uint64_t kPairVersion = 1;

bool GetDouble(reuse::ByteReader* in, double* v) {
  uint64_t bits = 0;
  if (!in->GetFixed64(&bits)) return false;
  *v = std::bit_cast<double>(bits);
  return std::isfinite(*v) && *v >= 0 && *v <= 1;
}

}  // namespace

std::string SerializeReusePair(const ReusePair& pair) {
  std::string out;
  reuse::PutVarint(&out, kPairVersion);
  out.push_back(static_cast<char>(pair.direction));
  out.push_back(pair.order_basis == "published" ? 1 : pair.order_basis == "fetched" ? 2 : 0);
  reuse::PutVarint(&out, pair.shared);
  for (double v : {pair.containment_a, pair.containment_b, pair.jaccard, pair.coverage_a,
                   pair.coverage_b}) {
    reuse::PutFixed64(&out, std::bit_cast<uint64_t>(v));
  }
  out.push_back(pair.credited ? 1 : 0);
  reuse::PutVarint(&out, pair.passages.size());
  for (const ReusePassage& p : pair.passages) {
    for (int64_t v : {p.a_start, p.a_end, p.b_start, p.b_end}) {
      reuse::PutVarint(&out, static_cast<uint64_t>(v));
    }
  }
  return out;
}

Result<ReusePair> ParseReusePair(std::string_view bytes, uint32_t a, uint32_t b) {
  reuse::ByteReader in(bytes);
  ReusePair p;
  p.a = a;
  p.b = b;
  uint64_t version = 0, shared = 0, count = 0;
  std::string_view direction, basis, credited;
  if (!in.GetVarint(&version) || version != kPairVersion) {
    return Status::Corruption("reuse pair: unknown version");
  }
  if (!in.GetBytes(1, &direction) || static_cast<uint8_t>(direction[0]) > 2 ||
      !in.GetBytes(1, &basis) || static_cast<uint8_t>(basis[0]) > 2 || !in.GetVarint(&shared)) {
    return Status::Corruption("reuse pair: bad header");
  }
  p.direction = static_cast<ReuseDirection>(direction[0]);
  p.order_basis = basis[0] == 1 ? "published" : basis[0] == 2 ? "fetched" : "";
  p.shared = static_cast<size_t>(shared);
  for (double* v : {&p.containment_a, &p.containment_b, &p.jaccard, &p.coverage_a, &p.coverage_b}) {
    if (!GetDouble(&in, v)) return Status::Corruption("reuse pair: bad share");
  }
  if (!in.GetBytes(1, &credited) || static_cast<uint8_t>(credited[0]) > 1 ||
      !in.GetVarint(&count) || count > in.remaining() / 4) {
    return Status::Corruption("reuse pair: bad passages");
  }
  p.credited = credited[0] == 1;
  for (uint64_t i = 0; i < count; ++i) {
    uint64_t v[4];
    for (uint64_t& x : v) {
      if (!in.GetVarint(&x) || x > (uint64_t{1} << 40)) {
        return Status::Corruption("reuse pair: bad passage");
      }
    }
    if (v[0] > v[1] || v[2] > v[3]) return Status::Corruption("reuse pair: bad passage");
    p.passages.push_back(ReusePassage{static_cast<int64_t>(v[0]), static_cast<int64_t>(v[1]),
                                      static_cast<int64_t>(v[2]), static_cast<int64_t>(v[3])});
  }
  if (!in.empty()) return Status::Corruption("reuse pair: trailing bytes");
  return p;
}

}  // namespace vigie
