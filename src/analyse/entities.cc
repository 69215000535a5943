#include "analyse/entities.h"

#include "analyse/ner_document_rules.h"


namespace vigie::analyse {

EntityResources DefaultEntityResources(const std::string& data_dir, const std::string& geo_dir) {
  EntityResources r;
  r.gazetteer_dir = data_dir + "/gazetteers/fr";
  r.model = data_dir + "/models/ner.model";
  r.geo_dir = geo_dir.empty() ? DefaultGeoDir() : geo_dir;
  return r;
}

Result<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Load(const EntityResources& r) {
  std::unique_ptr<EntityRecognizer> e(new EntityRecognizer());
  auto geo = GeoIndex::Load(r.geo_dir);  // first: a missing geo directory is named by its cities.tsv
  if (!geo.ok()) return geo.status();
  e->geo_ = std::move(*geo);
  auto gazetteer = Gazetteer::Load(r.gazetteer_dir, {GeoGazetteerDir(r.geo_dir)});
  if (!gazetteer.ok()) return gazetteer.status();
  e->gazetteer_ = std::move(*gazetteer);
  auto model = NerModel::Load(r.model);
  if (!model.ok()) return model.status();
  e->model_ = std::move(*model);
  e->tagger_ = std::make_unique<NerTagger>(e->model_.get(), e->gazetteer_.get());
  e->linker_ = std::make_unique<EntityLinker>(e->gazetteer_.get());
  e->resolver_ = std::make_unique<PlaceResolver>(e->gazetteer_.get(), e->geo_.get());
  return e;
}

void EntityRecognizer::Recognize(const AnalysisText& text, std::vector<Entity>* entities,
                                 std::vector<LinkReason>* reasons) const {
  entities->clear();
  if (reasons != nullptr) reasons->clear();
  std::vector<NerSpan> spans;
  tagger_->Tag(text, &spans);
  ApplyDocumentRules(text, gazetteer_.get(), &spans);
  std::vector<LinkedMention> links;
  linker_->Link(text, spans, &links);
  std::vector<std::optional<Geo>> geo;
  resolver_->Resolve(text, spans, links, &geo);
  entities->reserve(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    Entity e;
    e.start = text.tokens()[spans[i].token_begin].start +
              static_cast<int64_t>(GluedPrefixBytes(text.TokenText(spans[i].token_begin)));
    e.end = text.tokens()[spans[i].token_end - 1].end;
    e.text = std::string(text.Slice(e.start, e.end));
    e.type = kNerTypeNames[spans[i].type];
    e.canonical = std::move(links[i].canonical);
    e.geo = std::move(geo[i]);
    entities->push_back(std::move(e));
    if (reasons != nullptr) reasons->push_back(links[i].reason);
  }
}

}  // namespace vigie::analyse
