#include "analyse/geo_index.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "analyse/tsv.h"
#include "common/strings.h"

namespace vigie::analyse {
namespace {

bool ParseFloat(std::string_view s, double lo, double hi, float* out) {
  double v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || !(v >= lo && v <= hi)) return false;
  *out = static_cast<float>(v);
  return true;
}

bool ParseCountry(std::string_view s, char out[2]) {
  if (s.size() != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z') return false;
  out[0] = s[0], out[1] = s[1];
  return true;
}

}  // namespace

std::string DefaultGeoDir() {
  if (const char* env = std::getenv("VIGIE_GEO_DIR"); env != nullptr && *env != '\0') return env;
  return VIGIE_GEO_DIR_DEFAULT;
}

std::string PlaceKey(std::string_view name) {
  static const text::Normalizer normalizer;
  std::string folded = normalizer.Fold(name);
  std::string key;
  key.reserve(folded.size());
  for (char c : folded) {
    if (c == '-' || c == ' ' || c == '\t' || c == '\n') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(c);
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

Result<std::unique_ptr<GeoIndex>> GeoIndex::Load(const std::string& dir) {
  Result<TsvTable> cities = TsvTable::ReadFile(dir + "/cities.tsv");
  if (!cities.ok()) return cities.status();  // the caller says how to install it
  Result<TsvTable> countries = TsvTable::ReadFile(dir + "/countries.tsv");
  if (!countries.ok()) return countries.status();
  std::unique_ptr<GeoIndex> index(new GeoIndex());
  VIGIE_RETURN_IF_ERROR(index->AddCities(*cities));
  VIGIE_RETURN_IF_ERROR(index->AddCountries(*countries));
  return index;
}

Result<std::unique_ptr<GeoIndex>> GeoIndex::FromTables(const std::string& cities,
                                                       const std::string& countries) {
  Result<TsvTable> c = TsvTable::Parse(cities, "cities.tsv");
  if (!c.ok()) return c.status();
  Result<TsvTable> k = TsvTable::Parse(countries, "countries.tsv");
  if (!k.ok()) return k.status();
  std::unique_ptr<GeoIndex> index(new GeoIndex());
  VIGIE_RETURN_IF_ERROR(index->AddCities(*c));
  VIGIE_RETURN_IF_ERROR(index->AddCountries(*k));
  return index;
}

Status GeoIndex::AddCities(const TsvTable& t) {
  VIGIE_RETURN_IF_ERROR(t.RequireColumns({"name", "country", "lat", "lon"}));
  const int name = t.Column("name"), country = t.Column("country"), lat = t.Column("lat"),
            lon = t.Column("lon"), population = t.Column("population"),
            feature = t.Column("feature_code");
  std::vector<std::pair<std::string, GeoCandidate>> rows;
  rows.reserve(t.rows());
  for (size_t r = 0; r < t.rows(); ++r) {
    GeoCandidate c;
    if (!ParseCountry(t.Field(r, country), c.country) ||
        !ParseFloat(t.Field(r, lat), -90, 90, &c.lat) ||
        !ParseFloat(t.Field(r, lon), -180, 180, &c.lon)) {
      return Status::Corruption(t.Where(r) + ": bad country or coordinates");
    }
    std::string_view pop = t.Field(r, population);
    std::from_chars(pop.data(), pop.data() + pop.size(), c.population);
    std::string_view code = t.Field(r, feature);
    c.rank = code == "PPLC" ? 0 : StartsWith(code, "PPLA") ? 1 : 2;
    std::string key = PlaceKey(t.Field(r, name));
    if (!key.empty()) rows.emplace_back(std::move(key), c);
  }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.population > b.second.population;
  });
  cities_.reserve(rows.size());
  by_name_.reserve(rows.size());
  for (size_t i = 0; i < rows.size();) {
    size_t j = i;
    while (j < rows.size() && rows[j].first == rows[i].first) cities_.push_back(rows[j++].second);
    by_name_.emplace(std::move(rows[i].first),
                     std::make_pair(static_cast<uint32_t>(cities_.size() - (j - i)),
                                    static_cast<uint32_t>(cities_.size())));
    i = j;
  }
  return Status::Ok();
}

Status GeoIndex::AddCountries(const TsvTable& t) {
  VIGIE_RETURN_IF_ERROR(t.RequireColumns({"country", "lat", "lon"}));
  const int country = t.Column("country"), lat = t.Column("lat"), lon = t.Column("lon"),
            name = t.Column("name");
  for (size_t r = 0; r < t.rows(); ++r) {
    GeoCandidate c;
    c.rank = 0;
    if (!ParseCountry(t.Field(r, country), c.country) ||
        !ParseFloat(t.Field(r, lat), -90, 90, &c.lat) ||
        !ParseFloat(t.Field(r, lon), -180, 180, &c.lon)) {
      return Status::Corruption(t.Where(r) + ": bad country or coordinates");
    }
    countries_.emplace(std::string(c.Country()), c);
    c.population = 0xFFFFFFFFu;
    if (std::string key = PlaceKey(t.Field(r, name)); !key.empty()) {
      country_names_.emplace(std::move(key), c);
    }
  }
  return Status::Ok();
}

std::span<const GeoCandidate> GeoIndex::Cities(std::string_view key) const {
  std::string k(key);
  if (auto c = country_names_.find(k); c != country_names_.end()) return {&c->second, 1};
  auto it = by_name_.find(k);
  if (it == by_name_.end()) return {};
  return {cities_.data() + it->second.first, it->second.second - it->second.first};
}

std::optional<GeoCandidate> GeoIndex::Country(std::string_view code) const {
  auto it = countries_.find(std::string(code));
  if (it == countries_.end()) return std::nullopt;
  return it->second;
}

}  // namespace vigie::analyse
