#include "analyse/feature_weights.h"

#include <cmath>
#include <cstdlib>

#include "analyse/tsv.h"

namespace vigie::analyse {

Result<std::unique_ptr<FeatureWeights>> FeatureWeights::Load(const std::string& path) {
  Result<std::string> read = ReadDataFile(path);
  if (!read.ok()) return read.status();
  return Parse(*read, path);
}

Result<std::unique_ptr<FeatureWeights>> FeatureWeights::Parse(std::string_view content, const std::string& name) {
  Result<TsvTable> table = TsvTable::Parse(std::string(content), name);
  if (!table.ok()) return table.status();
  VIGIE_RETURN_IF_ERROR(table->RequireColumns({"feature", "weight"}));
  const int feature = table->Column("feature"), weight = table->Column("weight");
  auto out = std::make_unique<FeatureWeights>();
  for (size_t r = 0; r < table->rows(); ++r) {
    const std::string value(table->Field(r, weight));
    char* end = nullptr;
    const float w = std::strtof(value.c_str(), &end);
    if (table->Field(r, feature).empty() || value.empty() || end != value.c_str() + value.size() || !std::isfinite(w)) {
      return Status::InvalidArgument(table->Where(r) + ": expected a feature and a finite weight");
    }
    out->weights[std::string(table->Field(r, feature))] = w;
  }
  return out;
}

}  // namespace vigie::analyse
