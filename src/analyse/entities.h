// EntityRecognizer: the entity layer of the analysis stage. It tags the
// names of a document (NerTagger), gives each a canonical form
// (EntityLinker) and puts places on the map (PlaceResolver), filling
// Document::entities.
#ifndef VIGIE_ANALYSE_ENTITIES_H_
#define VIGIE_ANALYSE_ENTITIES_H_

#include <memory>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/entity_linker.h"
#include "analyse/gazetteer.h"
#include "analyse/geo_index.h"
#include "analyse/ner_model.h"
#include "analyse/ner_tagger.h"
#include "analyse/place_resolver.h"
#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie::analyse {

// Where the entity layer's resources are.
struct EntityResources {
  std::string gazetteer_dir;  // data/gazetteers/fr
  std::string model;          // data/models/ner.model (French and English)
  std::string geo_dir;        // cities.tsv, countries.tsv (DefaultGeoDir())
};

// The resources of a data directory: DIR/gazetteers/fr, DIR/models/...,
// and `geo_dir` (empty: DefaultGeoDir()).
EntityResources DefaultEntityResources(const std::string& data_dir, const std::string& geo_dir);

// Thread-safe after Load: Recognize is const.
class EntityRecognizer {
 public:
  // An error names the file at fault.
  static Result<std::unique_ptr<EntityRecognizer>> Load(const EntityResources& resources);

  EntityRecognizer(const EntityRecognizer&) = delete;
  EntityRecognizer& operator=(const EntityRecognizer&) = delete;

  // Replaces `*entities` with the entities of `text`: sorted by start, not
  // overlapping, text[start:end] == entity text. `reasons`, when not null,
  // receives why each canonical was chosen.
  void Recognize(const AnalysisText& text, std::vector<Entity>* entities,
                 std::vector<LinkReason>* reasons = nullptr) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }
  const NerModel& model() const { return *model_; }

 private:
  EntityRecognizer() = default;
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<NerModel> model_;
  std::unique_ptr<GeoIndex> geo_;
  std::unique_ptr<NerTagger> tagger_;
  std::unique_ptr<EntityLinker> linker_;
  std::unique_ptr<PlaceResolver> resolver_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_ENTITIES_H_
