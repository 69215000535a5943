#include <cmath>
#include <nlohmann/json.hpp>

#include "vigie/reuse.h"

namespace vigie {

namespace {
double Round4(double v) { return std::round(v * 10000.0) / 10000.0; }
}  // namespace

std::string ReusePairJson(const ReuseIndex& index, const ReusePair& pair) {
  nlohmann::ordered_json passages = nlohmann::ordered_json::array();
  for (const ReusePassage& p : pair.passages) {
    passages.push_back(nlohmann::ordered_json{
        {"a_start", p.a_start}, {"a_end", p.a_end}, {"b_start", p.b_start}, {"b_end", p.b_end}});
  }
  nlohmann::ordered_json j{
      {"a", index.article(pair.a).id},
      {"b", index.article(pair.b).id},
      {"direction", ReuseDirectionName(pair.direction)},
      {"order_basis", pair.order_basis.empty() ? nlohmann::ordered_json(nullptr)
                                               : nlohmann::ordered_json(pair.order_basis)},
      {"containment_a", Round4(pair.containment_a)},
      {"containment_b", Round4(pair.containment_b)},
      {"jaccard", Round4(pair.jaccard)},
      {"shared", pair.shared},
      {"coverage_a", Round4(pair.coverage_a)},
      {"coverage_b", Round4(pair.coverage_b)},
      {"passages", std::move(passages)},
      {"credited", pair.credited},
  };
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace vigie
