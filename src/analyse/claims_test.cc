#include "analyse/claims.h"
#include "analyse/claims_internal.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/gazetteer.h"

namespace vigie::analyse {
namespace {

// The data directory's lexicons and gazetteer, loaded once.
class ClaimFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load(DefaultDataDir() + "/gazetteers/fr", {GeoGazetteerDir()});
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gazetteer_ = g->release();
    Result<std::unique_ptr<ClaimFinder>> f = ClaimFinder::Load({DefaultDataDir() + "/lexicons"}, gazetteer_);
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    finder_ = f->release();
    Result<std::unique_ptr<ClaimFinder>> r = ClaimFinder::Load({DefaultDataDir() + "/lexicons"}, gazetteer_, "rules", "rules");
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    rules_ = r->release();
  }
  static void TearDownTestSuite() {
    delete rules_;
    delete finder_;
    delete gazetteer_;
  }
  // With the shipped actor and place models (data/models/claim_actor.tsv,
  // claim_place.tsv), or with the rules alone.
  static std::vector<Claim> Find(const std::string& s, const std::string& lang = "fr", bool rules = false) {
    AnalysisText text(s, lang);
    std::vector<Claim> out;
    (rules ? rules_ : finder_)->Find(text, {}, &out);
    return out;
  }
  // The candidates the chooser weighs and their features, claim by claim
  // (what vigie_eval_claims --dump-actor writes).
  static std::vector<internal::ChoiceDumpRecord> DumpActors(const std::string& s, const std::string& lang) {
    return Dump(&internal::g_actor_dump, s, lang);
  }
  // The place candidates likewise (vigie_eval_claims --dump-place).
  static std::vector<internal::ChoiceDumpRecord> DumpPlaces(const std::string& s, const std::string& lang) {
    return Dump(&internal::g_place_dump, s, lang);
  }
  // What Find appends to the dump `hook` points at, for one text.
  static std::vector<internal::ChoiceDumpRecord> Dump(std::vector<internal::ChoiceDumpRecord>** hook,
                                                      const std::string& s, const std::string& lang) {
    std::vector<internal::ChoiceDumpRecord> dump;
    *hook = &dump;
    Find(s, lang);
    *hook = nullptr;
    return dump;
  }
  // Each text gives one claim, with that place ("<null>": none).
  struct PlaceCase {
    const char* text;
    const char* lang;
    const char* place;
  };
  static void ExpectPlaces(const std::vector<PlaceCase>& cases) {
    for (const PlaceCase& c : cases) {
      SCOPED_TRACE(c.text);
      const std::vector<Claim> out = Find(c.text, c.lang);
      ASSERT_EQ(out.size(), 1u);
      EXPECT_EQ(out[0].place.value_or("<null>"), c.place);
    }
  }
  static inline Gazetteer* gazetteer_ = nullptr;
  static inline ClaimFinder* finder_ = nullptr;
  static inline ClaimFinder* rules_ = nullptr;
};

constexpr int64_t kNull = -1;

// One claim expected in a sentence: its text, counts (kNull for null) and
// approximate flag.
struct CountCase {
  const char* lang;
  const char* sentence;
  const char* claim;
  int64_t killed, injured, missing, displaced, children, civilians, military;
  bool approximate;
};

std::optional<int64_t> Opt(int64_t v) { return v == kNull ? std::nullopt : std::optional<int64_t>(v); }

const CountCase kCountCases[] = {
    // A preposition and its noun before a breakdown's closing comma; an
    // adjective after the last noun of a list; a participle modifying the
    // victims and a second one, joined by "puis", that is the cue.
    {"fr", "Ils ont massacré des voyageurs : 26 otages, dont 18 militaires en permission, ont été tués.",
     "26 otages, dont 18 militaires en permission, ont été tués", 26, kNull, kNull, kNull, kNull, kNull, 18, false},
    {"fr", "Le même jour, quelque 900 patients, médecins et soldats hospitalisés ont été tués à l'hôpital.",
     "quelque 900 patients, médecins et soldats hospitalisés ont été tués", 900, kNull, kNull, kNull, kNull, kNull,
     kNull, true},
    {"fr", "Elles figuraient parmi les douze personnes enlevées puis portées disparues en décembre 1977.",
     "douze personnes enlevées puis portées disparues", kNull, kNull, 12, kNull, kNull, kNull, kNull, false},
    // Disappearances, lives given, people burnt alive, homicides.
    {"fr", "Comme si cela justifiait que les militaires fassent disparaître 30 000 personnes !",
     "disparaître 30 000 personnes", kNull, kNull, 30000, kNull, kNull, kNull, kNull, false},
    {"fr", "La disparition de 12 personnes a été confirmée.", "La disparition de 12 personnes", kNull, kNull, 12, kNull,
     kNull, kNull, kNull, false},
    {"en", "The junta is accused of the disappearance of 12 people in 1977.", "the disappearance of 12 people", kNull,
     kNull, 12, kNull, kNull, kNull, kNull, false},
    {"fr", "Quelque 197 653 soldats volontaires ont sacrifié leur vie en Corée.",
     "Quelque 197 653 soldats volontaires ont sacrifié leur vie", 197653, kNull, kNull, kNull, kNull, kNull, 197653,
     true},
    {"en", "More than 36,000 Americans gave their lives in Korea.", "More than 36,000 Americans gave their lives", 36000,
     kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Les soldats ont brûlé vifs 252 habitants.", "ont brûlé vifs 252 habitants", 252, kNull, kNull, kNull, kNull,
     kNull, kNull, false},
    {"fr", "Les juges ont retenu 66 homicides commis entre 1976 et 1981.", "66 homicides", 66, kNull, kNull, kNull,
     kNull, kNull, kNull, false},
    // Objects joined by "ainsi que", "as well as", after a comma or not,
    // one after another.
    {"fr", "Les combats ont tué 12 soldats, ainsi que trois civils.", "ont tué 12 soldats, ainsi que trois civils", 15,
     kNull, kNull, kNull, kNull, 3, 12, false},
    {"en", "The conflict killed 649 Argentine and 255 British servicemen, as well as three islanders.",
     "killed 649 Argentine and 255 British servicemen, as well as three islanders", 907, kNull, kNull, kNull, kNull,
     kNull, 904, false},
    // A noun and a verb joined by "et" are no two participles; not a place
    // after the victims before the comma.
    {"fr", "Ils ont détruit 168 mosquées et tué des dizaines de fidèles.", "tué des dizaines de fidèles", 20, kNull,
     kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Un kamikaze a visé une station-service de la ville et tué 14 civils.", "tué 14 civils", 14, kNull, kNull,
     kNull, kNull, 14, kNull, false},
    {"fr", "La violence a coûté la vie à 60 personnes au Venezuela, a rappelé samedi le ministre.",
     "a coûté la vie à 60 personnes", 60, kNull, kNull, kNull, kNull, kNull, kNull, false},
    // The statement ends with the victims' noun, not their party's name
    // after it; "membres de" keeps it, and so does a second noun.
    {"fr", "L'armée affirme avoir tué 25 combattants des Brigades du Hezbollah.", "avoir tué 25 combattants", 25, kNull,
     kNull, kNull, kNull, kNull, 25, false},
    {"en", "The army said it had killed 17 militants of the Tehreek-e-Taliban Pakistan (TTP) on Monday.",
     "had killed 17 militants", 17, kNull, kNull, kNull, kNull, kNull, 17, false},
    {"fr", "Elle affirme avoir éliminé dix terroristes du Jihad islamique et du Hamas.", "avoir éliminé dix terroristes",
     10, kNull, kNull, kNull, kNull, kNull, 10, false},
    {"en", "A drone strike killed three members of a Kurdish counter-terrorism unit.",
     "killed three members of a Kurdish counter-terrorism unit", 3, kNull, kNull, kNull, kNull, kNull, kNull, false},
    {"fr", "Les commandos affirment avoir tué plus de 1 000 combattants de la Swapo et soldats angolais.",
     "avoir tué plus de 1 000 combattants de la Swapo et soldats angolais", 1000, kNull, kNull, kNull, kNull, kNull,
     1000, true},
    // "morts" after "être" and an adverb or "retrouvés".
    {"fr", "Plus de 300 000 soldats ukrainiens seraient déjà morts, selon Moscou.",
     "Plus de 300 000 soldats ukrainiens seraient déjà morts", 300000, kNull, kNull, kNull, kNull, kNull, 300000, true},
    {"fr", "47 hommes ont été retrouvés tués par balles.", "47 hommes ont été retrouvés tués", 47, kNull, kNull, kNull,
     kNull, kNull, kNull, false},
    // The verb group past an aside with an acronym, "par ailleurs", a
    // relative clause of its own verb, or a first participle.
    {"fr", "Les quatre pirates de l'air, membres du Groupe islamique armé (GIA), ont été abattus.",
     "quatre pirates de l'air, membres du Groupe islamique armé (GIA), ont été abattus", 4, kNull, kNull, kNull, kNull,
     kNull, 4, false},
    {"fr", "Plusieurs centaines de détenus politiques auraient par ailleurs été pendus.",
     "Plusieurs centaines de détenus politiques auraient par ailleurs été pendus", 200, kNull, kNull, kNull, kNull, kNull,
     kNull, true},
    {"fr", "Les neuf militaires soviétiques qui se trouvaient à bord auraient péri.",
     "neuf militaires soviétiques qui se trouvaient à bord auraient péri", 9, kNull, kNull, kNull, kNull, kNull, 9, false},
    {"en", "At least 12,272 people were tortured and killed.", "At least 12,272 people were tortured and killed", 12272,
     kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Quatre opposants ont été enlevés chez eux puis abattus.", "Quatre opposants ont été enlevés chez eux puis abattus",
     4, kNull, kNull, kNull, kNull, kNull, kNull, false},
    // Displaced people killed past their breakdown, or fleeing when killed;
    // "et de" again before the second figure; a figure its cue before
    // governs is not joined to the one after it.
    {"fr", "Au moins 35 déplacés, dont 17 enfants, ont été tués vendredi par des bombes.",
     "Au moins 35 déplacés, dont 17 enfants, ont été tués", 35, kNull, kNull, kNull, 17, kNull, kNull, true},
    {"fr", "Ils sont accusés d'avoir exécuté au moins 49 hommes qui fuyaient les combats.",
     "exécuté au moins 49 hommes qui fuyaient", 49, kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Le ministère a fait état mardi de 610 morts et de plus de 4 700 blessés en Iran.",
     "610 morts et de plus de 4 700 blessés", 610, 4700, kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Le ministère reconnaît la mort de 29 soldats tchadiens et 58 blessés dans ses rangs.",
     "la mort de 29 soldats tchadiens et 58 blessés", 29, 58, kNull, kNull, kNull, kNull, 87, false},
    // One victim by its article, joined to a figure by "et".
    {"fr", "Les insurgés ont attaqué un train, tuant deux militaires et un passager.",
     "tuant deux militaires et un passager", 3, kNull, kNull, kNull, kNull, kNull, 2, false},
    {"fr", "Un ministre et au moins 13 autres personnes ont été tués.",
     "Un ministre et au moins 13 autres personnes ont été tués", 14, kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"en", "According to a conflict monitor, more than 10,400 people were killed.",
     "more than 10,400 people were killed", 10400, kNull, kNull, kNull, kNull, kNull, kNull, true},
    // An object past the place named before it.
    {"fr", "L'aviation a tué au Yémen des centaines de combattants.", "a tué au Yémen des centaines de combattants", 200,
     kNull, kNull, kNull, kNull, kNull, 200, true},
    // An infinitive after a verb that makes it a deed.
    {"fr", "Les mêmes bourreaux ont fait pendre au moins 5.000 prisonniers politiques.",
     "ont fait pendre au moins 5.000 prisonniers politiques", 5000, kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Le 26 juin, Seifeddine Rezgui a pu tuer 38 vacanciers sur la plage.", "tuer 38 vacanciers", 38, kNull, kNull,
     kNull, kNull, kNull, kNull, false},
    {"fr", "Il a vu les égorgeurs du FLN égorger ses deux frères.", "égorger ses deux frères", 2, kNull, kNull, kNull,
     kNull, kNull, kNull, false},
    // Ranks, arms and attackers are armed people; so are a party's men.
    {"fr", "Plus de 60 tankistes syriens auraient été tués.", "Plus de 60 tankistes syriens auraient été tués", 60,
     kNull, kNull, kNull, kNull, kNull, 60, true},
    {"en", "Forty CRPF jawans were killed in the blast.", "Forty CRPF jawans were killed", 40, kNull, kNull, kNull,
     kNull, kNull, 40, false},
    {"fr", "Le commandant reconnaît que 23 de leurs hommes ont été tués.", "23 de leurs hommes ont été tués", 23, kNull,
     kNull, kNull, kNull, kNull, 23, false},
    // A breakdown after the place of the figures belongs to them.
    {"fr", "Le ministère a fait état de 638 morts dans toute l'Égypte, dont 43 policiers.",
     "638 morts dans toute l'Égypte, dont 43 policiers", 638, kNull, kNull, kNull, kNull, kNull, 43, false},
    {"en", "Officials reported 130 dead in Paris and Saint-Denis, including two children.",
     "130 dead in Paris and Saint-Denis, including two children", 130, kNull, kNull, kNull, 2, kNull, kNull, false},
    // "ainsi que", "as well as" join figures as "et" does.
    {"fr", "Au moins 23 soldats ainsi que quatre civils ont été tués lundi.",
     "Au moins 23 soldats ainsi que quatre civils ont été tués", 27, kNull, kNull, kNull, kNull, 4, 23, true},
    {"en", "At least 23 soldiers as well as four civilians were killed on Monday.",
     "At least 23 soldiers as well as four civilians were killed", 27, kNull, kNull, kNull, kNull, 4, 23, true},
    // States counted are no victims to join.
    {"fr", "Dans ce conflit, qui touche une dizaine d'États de l'Inde, plus de 12 000 personnes ont été tuées.",
     "plus de 12 000 personnes ont été tuées", 12000, kNull, kNull, kNull, kNull, kNull, kNull, true},
    // Past a participle's phrase to the verb: a present participle, or a
    // past one the noun phrase took as its modifier.
    {"fr", "Cinq journalistes travaillant pour des télévisions australiennes ont été tués à Balibo.",
     "Cinq journalistes travaillant pour des télévisions australiennes ont été tués", 5, kNull, kNull, kNull, kNull,
     kNull, kNull, false},
    {"fr", "Au moins 120 suspects enfermés dans des wagons ont été tués par l'armée.",
     "Au moins 120 suspects enfermés dans des wagons ont été tués", 120, kNull, kNull, kNull, kNull, kNull, kNull,
     true},
    {"en", "Five journalists working for Australian television were killed in Balibo.",
     "Five journalists working for Australian television were killed", 5, kNull, kNull, kNull, kNull, kNull, kNull,
     false},
    // People expelled are displaced; "étaient mortes", as "étaient morts".
    {"fr", "Le gouvernement a expulsé 75 000 personnes d'origine érythréenne.",
     "a expulsé 75 000 personnes d'origine érythréenne", kNull, kNull, kNull, 75000, kNull, kNull, kNull, false},
    {"en", "Eritrea expelled some 70,000 Ethiopians in 1998.", "expelled some 70,000 Ethiopians", kNull, kNull, kNull,
     70000, kNull, kNull, kNull, true},
    {"fr", "Selon la commission, 40 000 personnes étaient mortes en détention.", "40 000 personnes étaient mortes",
     40000, kNull, kNull, kNull, kNull, kNull, kNull, false},
    // People "forced out of" a place.
    {"en", "About 250,000 people have been forced out of East Timor since September.",
     "About 250,000 people have been forced out of", kNull, kNull, kNull, 250000, kNull, kNull, kNull, true},
    // "chassé", "chassant" before the people they drove out.
    {"fr", "Les forces serbes ont tué plus de 2 000 Albanais et chassé près d'un million de personnes de leurs maisons.",
     "ont tué plus de 2 000 Albanais et chassé près d'un million de personnes de leurs maisons", 2000, kNull, kNull,
     1000000, kNull, kNull, kNull, true},
    {"fr", "Le régime a bombardé les villages, chassant plus de 1 200 paysans de leurs terres.",
     "chassant plus de 1 200 paysans de leurs terres", kNull, kNull, kNull, 1200, kNull, kNull, kNull, true},
    // "tombés au champ d'honneur" is one cue: the wounded after it join its statement.
    {"fr", "Bilan : onze militaires tombés au champ d'honneur et 19 blessés.",
     "onze militaires tombés au champ d'honneur et 19 blessés", 11, 19, kNull, kNull, kNull, kNull, 30, false},
    // A verb of loss states the figures, and an armed side's losses are its
    // fighters; a first figure's place before "et" does not split the statement.
    {"fr", "L'armée déplore quatre morts dans ses rangs.", "déplore quatre morts", 4, kNull, kNull, kNull, kNull, kNull,
     4, false},
    // A nation's adjective alone shares the next figure's noun.
    {"en", "The bombing killed 241 American and 58 French servicemen.", "killed 241 American and 58 French servicemen",
     299, kNull, kNull, kNull, kNull, kNull, 299, false},
    {"en", "The bombing killed 241 Americans and 58 French servicemen.",
     "killed 241 Americans and 58 French servicemen", 299, kNull, kNull, kNull, kNull, kNull, 58, false},
    // Comrades a unit lost are people, its fighters.
    {"en", "My company lost 19 comrades in the ambush.", "lost 19 comrades", 19, kNull, kNull, kNull, kNull, kNull, 19,
     false},
    {"fr", "Notre section a perdu 19 camarades dans l'embuscade.", "a perdu 19 camarades", 19, kNull, kNull, kNull, kNull,
     kNull, 19, false},
    // In a text written without accents, "blesses" is the participle.
    {"fr", "Il y a eu 30 blesses a Hama hier soir.", "30 blesses", kNull, 30, kNull, kNull, kNull, kNull, kNull, false},
    {"fr", "Nos combattants ont eu 14 morts et 22 blessés.", "ont eu 14 morts et 22 blessés", 14, 22, kNull, kNull,
     kNull, kNull, 36, false},
    {"fr", "Nos forces ont eu à déplorer 25 morts et 96 blessés.", "ont eu à déplorer 25 morts et 96 blessés", 25, 96,
     kNull, kNull, kNull, kNull, 121, false},
    {"fr", "Près de 1.200 de nos soldats sont morts au Sri Lanka et près de 3.000 ont été blessés.",
     "Près de 1.200 de nos soldats sont morts au Sri Lanka et près de 3.000 ont été blessés", 1200, 3000, kNull, kNull,
     kNull, kNull, 4200, true},
    // Among the victims.
    {"fr", "Deux enfants figurent parmi les victimes.", "Deux enfants figurent parmi les victimes", 2, kNull, kNull,
     kNull, 2, kNull, kNull, false},
    {"en", "Two children were among the victims.", "Two children were among the victims", 2, kNull, kNull, kNull, 2,
     kNull, kNull, false},
    // A second object after its possessive joins the figure.
    {"en", "The militants murdered a ward administrator and his two sons.",
     "murdered a ward administrator and his two sons", 3, kNull, kNull, kNull, kNull, kNull, kNull, false},
    {"fr", "Les miliciens ont tué un chef de village et ses deux fils.", "ont tué un chef de village et ses deux fils",
     3, kNull, kNull, kNull, kNull, kNull, kNull, false},
    // An imperfect "blessait"; "carbonisés"; a preposition and its noun
    // before the verb group.
    {"fr", "Le 2 mai 1962, une voiture piégée tuait 62 dockers algériens et en blessait 110 sur le port d'Alger.",
     "tuait 62 dockers algériens et en blessait 110", 62, 110, kNull, kNull, kNull, kNull, kNull, false},
    {"fr", "Des milliers de soldats irakiens en retraite ont été carbonisés par l'aviation.",
     "Des milliers de soldats irakiens en retraite ont été carbonisés", 2000, kNull, kNull, kNull, kNull, kNull, 2000,
     true},
    {"fr", "Trois policiers en service ont été tués.", "Trois policiers en service ont été tués", 3, kNull, kNull, kNull,
     kNull, kNull, 3, false},
    // "a total of": the figure after it, exact.
    {"en", "Two crashes of its jet killed a total of 346 people.", "killed a total of 346 people", 346, kNull, kNull,
     kNull, kNull, kNull, kNull, false},
    // A verb group of several words ("are believed to have died"), an
    // adverb of degree, soldiers "tombés".
    {"en", "At least 200 soldiers are believed to have died.", "At least 200 soldiers are believed to have died", 200,
     kNull, kNull, kNull, kNull, kNull, 200, true},
    {"en", "One soldier was slightly wounded by separatist fire.", "One soldier was slightly wounded", kNull, 1, kNull,
     kNull, kNull, kNull, 1, false},
    {"fr", "Hommage aux dix-neuf militaires tombés à Kamanyola.", "dix-neuf militaires tombés", 19, kNull, kNull, kNull,
     kNull, kNull, 19, false},
    // Armed people of any side are military; the occupants of a plane are
    // not.
    {"fr", "Les forces ukrainiennes ont éliminé 1 250 occupants.", "ont éliminé 1 250 occupants", 1250, kNull, kNull,
     kNull, kNull, kNull, 1250, false},
    {"fr", "Les 298 occupants de l'appareil ont été tués.", "298 occupants de l'appareil ont été tués", 298, kNull,
     kNull, kNull, kNull, kNull, kNull, false},
    {"fr", "Les 298 occupants de l'avion ont été tués.", "298 occupants de l'avion ont été tués", 298, kNull, kNull,
     kNull, kNull, kNull, kNull, false},
    {"fr", "Six de nos héros sont tombés à Tessit.", "Six de nos héros sont tombés", 6, kNull, kNull, kNull, kNull,
     kNull, 6, false},
    {"en", "The army said it had killed more than 200 Taliban.", "had killed more than 200 Taliban", 200, kNull, kNull,
     kNull, kNull, kNull, 200, true},
    // The simple past of histories; an approximation after the noun;
    // mutilated people are injured.
    {"fr", "Entre 300 et 374 hommes y furent tués.", "Entre 300 et 374 hommes y furent tués", 300, kNull, kNull, kNull,
     kNull, kNull, kNull, true},
    {"fr", "En 1962, l'OAS tua 62 dockers algériens à Alger.", "tua 62 dockers algériens", 62, kNull, kNull, kNull,
     kNull, kNull, kNull, false},
    {"fr", "6 000 Vietnamiens au moins avaient été tués.", "6 000 Vietnamiens au moins avaient été tués", 6000, kNull,
     kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Quelque 4 000 civils auraient été amputés.", "Quelque 4 000 civils auraient été amputés", kNull, 4000,
     kNull, kNull, kNull, 4000, kNull, true},
    // A noun's figure and the verb of finding after it: one statement.
    {"en", "At least 52 bodies had been recovered near the camp.", "At least 52 bodies had been recovered", 52, kNull,
     kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Les corps de 47 personnes, dont des femmes, ont été exhumés près du camp.",
     "Les corps de 47 personnes, dont des femmes, ont été exhumés", 47, kNull, kNull, kNull, kNull, kNull, kNull, false},
    // Two complements coordinated with their articles.
    {"fr", "Sept membres de l'armée et de la police ont perdu la vie.",
     "Sept membres de l'armée et de la police ont perdu la vie", 7, kNull, kNull, kNull, kNull, kNull, 7, false},
    // People driven from their villages, the verb before its figure.
    {"fr", "Les miliciens ont chassé de leurs villages quelque 6 000 personnes.",
     "ont chassé de leurs villages quelque 6 000 personnes", kNull, kNull, kNull, 6000, kNull, kNull, kNull, true},
    // An army's words for its dead and wounded; disappearances counted.
    {"en", "Two gallant soldiers paid the supreme price and three others sustained injuries.",
     "Two gallant soldiers paid the supreme price and three others sustained injuries", 2, 3, kNull, kNull, kNull, kNull,
     5, false},
    {"en", "Rights groups documented at least 7,000 disappearances.", "at least 7,000 disappearances", kNull, kNull,
     7000, kNull, kNull, kNull, kNull, true},
    // The missing still listed; wounds of a weapon treated.
    {"en", "At least 1,600 people are still listed as missing.", "At least 1,600 people are still listed as missing",
     kNull, kNull, 1600, kNull, kNull, kNull, kNull, true},
    {"en", "At least 400 people have been treated for machete wounds.",
     "At least 400 people have been treated for machete wounds", kNull, 400, kNull, kNull, kNull, kNull, kNull, true},
    // The naming quoted after "de": the figure's victims.
    {"fr", "La police a tué des dizaines de « terroristes » dans la Drenica.",
     "a tué des dizaines de « terroristes »", 20, kNull, kNull, kNull, kNull, kNull, 20, true},
    // A proportion with no comma to end it stays out of the span.
    {"fr", "Les archives recensent près de 25 000 soldats tués entre 1954 et 1962, dont un tiers par accident.",
     "près de 25 000 soldats tués", 25000, kNull, kNull, kNull, kNull, kNull, 25000, true},
    // Amputations are injuries, in the active too; present deaths, deaths
    // by beating.
    {"fr", "Les rebelles amputaient plus de 300 civils.", "amputaient plus de 300 civils", kNull, 300, kNull, kNull, kNull,
     300, kNull, true},
    {"fr", "Sept civils ont eu les mains tranchées.", "Sept civils ont eu les mains tranchées", kNull, 7, kNull, kNull,
     kNull, 7, kNull, false},
    {"fr", "Près de 3 000 personnes meurent chaque jour dans l'enclave.", "Près de 3 000 personnes meurent", 3000, kNull,
     kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Des dizaines de prisonniers ont été battus à mort.", "Des dizaines de prisonniers ont été battus à mort", 20,
     kNull, kNull, kNull, kNull, kNull, kNull, true},
    // The victims' age is who they were, not a figure.
    {"fr", "Une enquête estimait que 500.000 enfants de moins de cinq ans étaient morts depuis 1991.",
     "500.000 enfants de moins de cinq ans étaient morts", 500000, kNull, kNull, kNull, 500000, kNull, kNull, false},
    {"fr", "Au moins 30 enfants âgés de 5 à 12 ans ont été tués.", "Au moins 30 enfants âgés de 5 à 12 ans ont été tués",
     30, kNull, kNull, kNull, 30, kNull, kNull, true},
    {"en", "At least 30 children under the age of five were killed.",
     "At least 30 children under the age of five were killed", 30, kNull, kNull, kNull, 30, kNull, kNull, true},
    {"en", "At least 30 children under five were killed.", "At least 30 children under five were killed", 30, kNull,
     kNull, kNull, 30, kNull, kNull, true},
    // A participle right after a noun and before a figure is a past tense:
    // "a gunman" is no victim; a date after it is no figure.
    {"en", "On Sunday, a gunman killed five people in Halle.", "killed five people", 5, kNull, kNull, kNull, kNull,
     kNull, kNull, false},
    {"en", "Two armed groups killed more than 100 people in Arauca.", "killed more than 100 people", 100, kNull, kNull,
     kNull, kNull, kNull, kNull, true},
    {"en", "The centre has listed 97,207 people killed between 1992 and 1995.", "97,207 people killed", 97207, kNull,
     kNull, kNull, kNull, kNull, kNull, false},
    // "pu" after an indicative: an estimate of what happened.
    {"fr", "Jusqu'à 40 000 civils avaient pu être tués.", "Jusqu'à 40 000 civils avaient pu être tués", 40000, kNull,
     kNull, kNull, kNull, 40000, kNull, true},
    // Driven out: "chassés" alone.
    {"fr", "En 1999, plus de 200 000 Serbes et Roms ont été chassés du Kosovo.",
     "plus de 200 000 Serbes et Roms ont été chassés", kNull, kNull, kNull, 200000, kNull, kNull, kNull, true},
    // Gassed to death.
    {"fr", "En 1988, le régime a gazé à mort 5 000 Kurdes à Halabja.", "a gazé à mort 5 000 Kurdes", 5000, kNull,
     kNull, kNull, kNull, kNull, kNull, false},
    // Veterans and former fighters are no military any more.
    {"fr", "Plus de 400 anciens combattants ont été assassinés.", "Plus de 400 anciens combattants ont été assassinés",
     400, kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"en", "Gunmen killed 12 veterans and three soldiers.", "killed 12 veterans and three soldiers", 15, kNull, kNull,
     kNull, kNull, kNull, 3, false},
    // People driven from their homes; "liquidés"; a list of victims' nouns
    // before its verb.
    {"fr", "Plus d'un million d'Azerbaïdjanais ont été chassés de leurs foyers.",
     "Plus d'un million d'Azerbaïdjanais ont été chassés de leurs foyers", kNull, kNull, kNull, 1000000, kNull, kNull,
     kNull, true},
    {"fr", "Les couvre-feux ont chassé de chez eux 350 000 habitants.", "ont chassé de chez eux 350 000 habitants",
     kNull, kNull, kNull, 350000, kNull, kNull, kNull, false},
    {"fr", "Dimanche, 24 terroristes ont été liquidés.", "24 terroristes ont été liquidés", 24, kNull, kNull, kNull,
     kNull, kNull, 24, false},
    {"fr", "Plus de 400 paysans, syndicalistes et militants ont été assassinés.",
     "Plus de 400 paysans, syndicalistes et militants ont été assassinés", 400, kNull, kNull, kNull, kNull, kNull,
     kNull, true},
    // A demonstrative opens another phrase ("ces derniers jours": no
    // unit of the victims), past "de" a part of them ("541 de ces").
    {"fr", "Les rebelles ont tué neuf personnes ces derniers jours.", "ont tué neuf personnes", 9, kNull, kNull, kNull,
     kNull, kNull, kNull, false},
    {"fr", "Au moins 541 de ces mercenaires ont été tués.", "Au moins 541 de ces mercenaires ont été tués", 541, kNull,
     kNull, kNull, kNull, kNull, 541, true},
    // The imperfect of "exécuter"; "à eux seuls" between the verb and its
    // figure.
    {"fr", "Les miliciens exécutaient trois habitants.", "exécutaient trois habitants", 3, kNull, kNull, kNull, kNull,
     kNull, kNull, false},
    {"fr", "Les frappes ont tué à eux seuls plus de 8.900 civils.", "ont tué à eux seuls plus de 8.900 civils", 8900,
     kNull, kNull, kNull, kNull, 8900, kNull, true},
    // An article or a possessive between the verb and its figure.
    {"fr", "L'armée affirme avoir tué les 33 assaillants.", "avoir tué les 33 assaillants", 33, kNull, kNull, kNull,
     kNull, kNull, 33, false},
    {"en", "He killed his two brothers and 11 neighbours.", "killed his two brothers and 11 neighbours", 13, kNull,
     kNull, kNull, kNull, kNull, kNull, false},
    {"fr", "Les miliciens ont massacré au moins 50 civils, femmes et enfants compris.",
     "ont massacré au moins 50 civils", 50, kNull, kNull, kNull, kNull, 50, kNull, true},
    // The imperfect of killing verbs; disappearances as a missing count.
    {"fr", "En avril 1994, le régime massacrait plus de 800.000 Tutsi.", "massacrait plus de 800.000 Tutsi", 800000,
     kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "L'association recense 6.146 disparitions.", "6.146 disparitions", kNull, kNull, 6146, kNull, kNull, kNull,
     kNull, false},
    // Losses of people, the men a party lost its fighters; the others
    // continue the victims past a complement.
    {"fr", "L'armée a perdu plus de 180 hommes.", "a perdu plus de 180 hommes", 180, kNull, kNull, kNull, kNull,
     kNull, 180, true},
    {"en", "The group lost nine fighters in the clashes.", "lost nine fighters", 9, kNull, kNull, kNull, kNull, kNull,
     9, false},
    {"fr", "Huit de nos soldats sont tombés les armes à la main et 14 autres ont été blessés.",
     "Huit de nos soldats sont tombés les armes à la main et 14 autres ont été blessés", 8, 14, kNull, kNull, kNull,
     kNull, 22, false},
    {"fr", "Selon lui, jusqu'à 150.000 personnes pourraient avoir péri.", "jusqu'à 150.000 personnes pourraient avoir péri",
     150000, kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"en", "As many as 150,000 people may have died.", "As many as 150,000 people may have died", 150000, kNull, kNull,
     kNull, kNull, kNull, kNull, true},
    // Driven into exile; made to disappear.
    {"fr", "La guerre a poussé 6,8 millions de Syriens à l'exil.", "6,8 millions de Syriens à l'exil", kNull, kNull,
     kNull, 6800000, kNull, kNull, kNull, false},
    {"fr", "Le régime a fait disparaître plus de 100.000 personnes dans ses geôles.",
     "a fait disparaître plus de 100.000 personnes", kNull, kNull, 100000, kNull, kNull, kNull, kNull, true},
    // Both sides' fighters: the number of the sides counts no one.
    {"fr", "Plus de 3 000 combattants des deux camps ont été tués.",
     "Plus de 3 000 combattants des deux camps ont été tués", 3000, kNull, kNull, kNull, kNull, kNull, 3000, true},
    {"en", "More than 3,000 fighters from both sides were killed.", "More than 3,000 fighters from both sides were killed",
     3000, kNull, kNull, kNull, kNull, kNull, 3000, true},
    {"en", "The attack forced more than 4,000 people to flee their homes.", "more than 4,000 people to flee", kNull,
     kNull, kNull, 4000, kNull, kNull, kNull, true},
    // Coordinated nouns after "et de"; "laissé la vie" beside "perdu la vie".
    {"fr", "Des dizaines de soldats maliens et de paramilitaires russes y ont été tués.",
     "Des dizaines de soldats maliens et de paramilitaires russes y ont été tués", 20, kNull, kNull, kNull, kNull,
     kNull, 20, true},
    {"fr", "Douze soldats y ont laissé la vie.", "Douze soldats y ont laissé la vie", 12, kNull, kNull, kNull, kNull,
     kNull, 12, false},
    // Armed people of any side are military: bandits, shebab, separatists.
    {"fr", "L'armée affirme avoir abattu une dizaine de bandits.", "avoir abattu une dizaine de bandits", 10, kNull,
     kNull, kNull, kNull, kNull, 10, true},
    {"en", "The army said it had killed seven separatists.", "had killed seven separatists", 7, kNull, kNull, kNull,
     kNull, kNull, 7, false},
    // "un mort" after "de" is a figure; the VDP are military.
    {"fr", "Le gouverneur fait état d'un mort et 18 blessés, dont un adolescent.",
     "un mort et 18 blessés, dont un adolescent", 1, 18, kNull, kNull, 1, kNull, kNull, false},
    {"fr", "Trois VDP ont perdu la vie et cinq soldats ont été blessés.",
     "Trois VDP ont perdu la vie et cinq soldats ont été blessés", 3, 5, kNull, kNull, kNull, kNull, 8, false},
    // A toll past an article that is no figure; "with" joins the wounded.
    {"en", "The death toll from the Ukrainian strike on a bakery in Lisichansk has risen to 28.",
     "death toll from the Ukrainian strike on a bakery in Lisichansk has risen to 28", 28, kNull, kNull, kNull, kNull,
     kNull, kNull, false},
    {"en", "The death toll in Kyiv has risen to 16, with 94 wounded.", "death toll in Kyiv has risen to 16, with 94 wounded",
     16, 94, kNull, kNull, kNull, kNull, kNull, false},
    // Armed men ("armés" is no "armes"), the present of narratives, refuge
    // found abroad, losses of "des leurs".
    {"fr", "Plus de 60 hommes armés ont été tués.", "Plus de 60 hommes armés ont été tués", 60, kNull, kNull, kNull,
     kNull, kNull, 60, true},
    {"fr", "Ils tuent 17 civils irakiens.", "tuent 17 civils irakiens", 17, kNull, kNull, kNull, kNull, 17, kNull,
     false},
    {"fr", "Près de 1,5 million d'Irakiens ont trouvé refuge en Syrie.",
     "Près de 1,5 million d'Irakiens ont trouvé refuge", kNull, kNull, kNull, 1500000, kNull, kNull, kNull, true},
    {"fr", "Ils ont perdu plus de 11 000 des leurs en Syrie.", "ont perdu plus de 11 000 des leurs", 11000, kNull,
     kNull, kNull, kNull, kNull, kNull, true},
    // Killings, martyrs, the simple past, people treated for injuries.
    {"en", "At least 798 killings were recorded.", "At least 798 killings", 798, kNull, kNull, kNull, kNull, kNull,
     kNull, true},
    {"fr", "Environ 5.000 personnes périrent dans le siège.", "Environ 5.000 personnes périrent", 5000, kNull, kNull,
     kNull, kNull, kNull, kNull, true},
    {"en", "At least 15 people were treated for injuries.", "At least 15 people were treated for injuries", kNull, 15,
     kNull, kNull, kNull, kNull, kNull, true},
    // Driven from their homes; "poussé à la fuite" before its figure.
    {"en", "The war has forced more than 12 million people from their homes.",
     "more than 12 million people from their homes", kNull, kNull, kNull, 12000000, kNull, kNull, kNull, true},
    {"fr", "Les combats ont poussé à la fuite plus de 700.000 personnes.",
     "ont poussé à la fuite plus de 700.000 personnes", kNull, kNull, kNull, 700000, kNull, kNull, kNull, true},
    // Displaced people killed: the verb counts them.
    {"fr", "La milice avait déjà tué plus de 60 déplacés dans le site de Plaine Savo.", "tué plus de 60 déplacés", 60,
     kNull, kNull, kNull, kNull, kNull, kNull, true},
    // A part of the victims counted after them; a breakdown past a place.
    {"en", "An air strike hit the market, killing 20 people, nine of them children.",
     "killing 20 people, nine of them children", 20, kNull, kNull, kNull, 9, kNull, kNull, false},
    {"en", "Shelling killed at least 23 people in Kyiv, including four children.",
     "killed at least 23 people in Kyiv, including four children", 23, kNull, kNull, kNull, 4, kNull, kNull, true},
    // A share of a total: the share is the figure, the total's noun its
    // victims'.
    {"fr", "Trois des 40 soldats du poste ont été tués.", "Trois des 40 soldats du poste ont été tués", 3, kNull,
     kNull, kNull, kNull, kNull, 3, false},
    {"en", "Twelve of the 40 passengers were killed.", "Twelve of the 40 passengers were killed", 12, kNull, kNull,
     kNull, kNull, kNull, kNull, false},
    // An adverb before the casualty word; a proportion, a bracketed acronym
    // and a category of several words in the subject; a breakdown without
    // a count stays in the span, one victim after "a" or "celui d'un".
    {"fr", "Trois membres d'équipage ont été tués et quatre autres grièvement blessés, a indiqué le Centcom.",
     "Trois membres d'équipage ont été tués et quatre autres grièvement blessés", 3, 4, kNull, kNull, kNull, kNull,
     kNull, false},
    {"fr", "Au moins 35 personnes, dont une majorité de femmes et d'enfants, ont été tuées, selon un bilan.",
     "Au moins 35 personnes, dont une majorité de femmes et d'enfants, ont été tuées", 35, kNull, kNull, kNull,
     kNull, kNull, kNull, true},
    {"fr", "Au moins 23 soldats et volontaires pour la défense de la patrie (VDP) ont été tués.",
     "Au moins 23 soldats et volontaires pour la défense de la patrie (VDP) ont été tués", 23, kNull, kNull, kNull,
     kNull, kNull, 23, true},
    {"en", "Shells hit the market, killing five civilians, including a 10-year-old child, officials said.",
     "killing five civilians, including a 10-year-old child", 5, kNull, kNull, kNull, 1, 5, kNull, false},
    // Subjects with breakdowns, and the figure's noun.
    {"fr", "Au moins 12 civils, dont cinq enfants, ont été tués lundi à Homs.",
     "Au moins 12 civils, dont cinq enfants, ont été tués", 12, kNull, kNull, kNull, 5, 12, kNull, true},
    {"fr", "Trente-sept personnes ont péri dans l'explosion.", "Trente-sept personnes ont péri", 37, kNull,
     kNull, kNull, kNull, kNull, kNull, false},
    {"fr", "Le bilan s'élève à 40 morts, dont 16 enfants, et 250 blessés.",
     "40 morts, dont 16 enfants, et 250 blessés", 40, 250, kNull, kNull, 16, kNull, kNull, false},
    // Killings counted by their noun.
    {"fr", "La commission recense 50 000 assassinats entre 1976 et 1983.", "50 000 assassinats", 50000, kNull,
     kNull, kNull, kNull, kNull, kNull, false},
    {"en", "The report documents more than 3,000 executions in the province.", "more than 3,000 executions", 3000,
     kNull, kNull, kNull, kNull, kNull, kNull, true},
    // The verb that makes the figure a toll, with its auxiliary.
    {"fr", "À Abidjan, les combats ont fait au moins 270 morts, selon un bilan.", "ont fait au moins 270 morts",
     270, kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "Une frappe a visé le marché, faisant 14 morts.", "faisant 14 morts", 14, kNull, kNull, kNull, kNull,
     kNull, kNull, false},
    {"en", "The car bomb left 12 people dead in Mogadishu.", "left 12 people dead", 12, kNull, kNull, kNull, kNull,
     kNull, kNull, false},
    // Killed and injured of one statement make one claim.
    {"fr", "Deux militaires syriens ont été tués, et 37 civils ont été blessés.",
     "Deux militaires syriens ont été tués, et 37 civils ont été blessés", 2, 37, kNull, kNull, kNull, 37, 2,
     false},
    {"fr", "Selon l'ONU, 84 personnes tuées ont été identifiées.", "84 personnes tuées", 84, kNull, kNull,
     kNull, kNull, kNull, kNull, false},
    {"fr", "En trois jours, plus de 280 personnes sont décédées.", "plus de 280 personnes sont décédées", 280,
     kNull, kNull, kNull, kNull, kNull, kNull, true},
    // An apposition of ages between the figure and its verb.
    {"en", "Two Palestinian men, aged 19 and 23, were shot dead in Jenin.",
     "Two Palestinian men, aged 19 and 23, were shot dead", 2, kNull, kNull, kNull, kNull, kNull, kNull, false},
    {"fr", "Deux civils, une femme de 62 ans et son petit-fils, ont été tués à Gorlovka.",
     "Deux civils, une femme de 62 ans et son petit-fils, ont été tués", 2, kNull, kNull, kNull, kNull, 2, kNull,
     false},
    // A partitive past a possessive; "tombés en martyrs".
    {"fr", "L'armée a annoncé que trois de ses soldats avaient été tués à Beit Hanoun.",
     "trois de ses soldats avaient été tués", 3, kNull, kNull, kNull, kNull, kNull, 3, false},
    {"fr", "Douze soldats sont tombés en martyrs près d'Idleb.", "Douze soldats sont tombés en martyrs", 12, kNull,
     kNull, kNull, kNull, kNull, 12, false},
    // A party's members named alone, members of a force named by its
    // head noun, police agents (not health workers): armed people.
    {"fr", "Le parti a reconnu dans un communiqué la mort de huit de ses membres.", "la mort de huit de ses membres", 8,
     kNull, kNull, kNull, kNull, kNull, 8, false},
    {"en", "The army said it had struck the group's camps, killing 127 of its members.",
     "killing 127 of its members", 127, kNull, kNull, kNull, kNull, kNull, 127, false},
    {"fr", "Sept membres des Gardiens de la révolution ont été tués dans la frappe.",
     "Sept membres des Gardiens de la révolution ont été tués", 7, kNull, kNull, kNull, kNull, kNull, 7, false},
    {"fr", "Selon la police, 17 agents ont été tués.", "17 agents ont été tués", 17, kNull, kNull, kNull, kNull, kNull,
     17, false},
    {"fr", "Six agents de santé ont été tués.", "Six agents de santé ont été tués", 6, kNull, kNull, kNull, kNull,
     kNull, kNull, false},
    {"fr", "Plus de 400 saboteurs ont été abattus, selon l'armée.", "Plus de 400 saboteurs ont été abattus", 400,
     kNull, kNull, kNull, kNull, kNull, 400, true},
    // Idioms of death and injury: gassed, blinded, butchered, lives laid
    // down, minor injuries; a manner between the verb and its figure.
    {"fr", "Dix soldats ont été intoxiqués dans les galeries.", "Dix soldats ont été intoxiqués", kNull, 10, kNull, kNull,
     kNull, kNull, 10, false},
    {"fr", "Lors des manifestations, 44 jeunes ont perdu un œil.", "44 jeunes ont perdu un œil", kNull, 44, kNull,
     kNull, kNull, kNull, kNull, false},
    {"fr", "Le jeune homme avait tué à l'arme blanche deux policiers.", "avait tué à l'arme blanche deux policiers", 2,
     kNull, kNull, kNull, kNull, kNull, 2, false},
    {"fr", "Dix manifestants ont été blessés par balles, dont deux grièvement.",
     "Dix manifestants ont été blessés par balles, dont deux", kNull, 10, kNull, kNull, kNull, kNull, kNull,
     false},
    {"en", "In 2020, 110 farmers were butchered by Boko Haram.", "110 farmers were butchered", 110, kNull, kNull, kNull,
     kNull, kNull, kNull, false},
    {"en", "Three soldiers laid down their lives in the fighting.", "Three soldiers laid down their lives", 3, kNull,
     kNull, kNull, kNull, kNull, 3, false},
    {"en", "Two RDF soldiers sustained minor injuries.", "Two RDF soldiers sustained minor injuries", kNull, 2, kNull,
     kNull, kNull, kNull, 2, false},
    // "un autre", "a second": the victims before, continued.
    {"fr", "Un soldat arménien a été tué et un autre blessé.", "Un soldat arménien a été tué et un autre blessé", 1, 1,
     kNull, kNull, kNull, kNull, 2, false},
    {"en", "A gunman killed two men and wounded a third.", "killed two men and wounded a third", 2, 1, kNull, kNull,
     kNull, kNull, kNull, false},
    // "portant à N le nombre de", "bringing to N the number of".
    {"fr", "De nouvelles frappes ont touché la ville, portant à plus de 200 le nombre de civils tués en trois jours.",
     "plus de 200 le nombre de civils tués", 200, kNull, kNull, kNull, kNull, 200, kNull, true},
    {"en", "New strikes hit the city, bringing to 30 the number of soldiers killed since January.",
     "30 the number of soldiers killed", 30, kNull, kNull, kNull, kNull, kNull, 30, false},
    // A participle's phrase between the figure and its auxiliary.
    {"en", "Nearly 3,000 Yazidis captured by the jihadists in 2014 are still missing.",
     "Nearly 3,000 Yazidis captured by the jihadists in 2014 are still missing", kNull, kNull, 3000, kNull, kNull,
     kNull, kNull, true},
    {"fr", "Plus de 3.000 Yazidis enlevés par les jihadistes en 2014 sont toujours portés disparus.",
     "Plus de 3.000 Yazidis enlevés par les jihadistes en 2014 sont toujours portés disparus", kNull, kNull, 3000,
     kNull, kNull, kNull, kNull, true},
    // An aside between the figure and its verb may hold a date.
    {"fr", "Plus de 3.000 Yazidis, enlevés par les jihadistes en août 2014, sont toujours portés disparus.",
     "Plus de 3.000 Yazidis, enlevés par les jihadistes en août 2014, sont toujours portés disparus", kNull, kNull,
     3000, kNull, kNull, kNull, kNull, true},
    // "car" after an article is a coach, not the conjunction.
    {"fr", "Six passagers d'un car ont été tués mardi près de Mamfe.", "Six passagers d'un car ont été tués", 6, kNull,
     kNull, kNull, kNull, kNull, kNull, false},
    // Soldiers who "sont tombés" are killed.
    {"fr", "Hélas, six de nos soldats sont tombés les armes à la main.", "six de nos soldats sont tombés", 6, kNull,
     kNull, kNull, kNull, kNull, 6, false},
    // A figure and its noun in quotation marks, then the verb.
    {"fr", "Selon l'armée, « plusieurs dizaines de terroristes » ont été tués.",
     "plusieurs dizaines de terroristes » ont été tués", 20, kNull, kNull, kNull, kNull, kNull, 20, true},
    // English victims "from" their unit.
    {"en", "Three Marines from my platoon were killed in Fallujah.", "Three Marines from my platoon were killed", 3,
     kNull, kNull, kNull, kNull, kNull, 3, false},
    // More ways of dying and killing: the imperfect of "coûter la vie",
    // "envoyant en enfer", "le sacrifice suprême", "anéantis".
    {"fr", "L'embuscade coûtait la vie à trois hommes.", "coûtait la vie à trois hommes", 3, kNull, kNull, kNull,
     kNull, kNull, kNull, false},
    {"fr", "Huit de nos héros ont fait le sacrifice suprême.", "Huit de nos héros ont fait le sacrifice suprême", 8,
     kNull, kNull, kNull, kNull, kNull, 8, false},
    {"fr", "Plus de 150 soldats de l'ennemi ont été anéantis.", "Plus de 150 soldats de l'ennemi ont été anéantis", 150,
     kNull, kNull, kNull, kNull, kNull, 150, true},
    // Past a breakdown without a figure, whatever verb describes the
    // victims in it.
    {"fr", "Quarante-deux personnes, dont des patients brûlés vifs dans leur lit, y ont perdu la vie.",
     "Quarante-deux personnes, dont des patients brûlés vifs dans leur lit, y ont perdu la vie", 42, kNull, kNull,
     kNull, kNull, kNull, kNull, false},
    // Past a relative clause of one verb to the claim's verb.
    {"fr", "Des dizaines de soldats qui s'étaient rendus ont été exécutés.",
     "Des dizaines de soldats qui s'étaient rendus ont été exécutés", 20, kNull, kNull, kNull, kNull, kNull, 20, true},
    // An ordinal in the victims' complement is no figure.
    {"fr", "En mars 2000, 84 parachutistes de la 6e compagnie ont été tués près d'Oulous-Kert.",
     "84 parachutistes de la 6e compagnie ont été tués", 84, kNull, kNull, kNull, kNull, kNull, 84, false},
    // The imperfect of dying; "envoyés en enfer", as "sent to hell".
    {"fr", "Le 23 octobre 1983, 241 Marines américains périssaient dans l'attentat.",
     "241 Marines américains périssaient", 241, kNull, kNull, kNull, kNull, kNull, 241, false},
    {"fr", "Selon le commandement, trente-sept mercenaires russes ont été envoyés en enfer.",
     "trente-sept mercenaires russes ont été envoyés en enfer", 37, kNull, kNull, kNull, kNull, kNull, 37, false},
    // A group's "éléments" and the "nationalistes" of Russian communiqués
    // are fighters.
    {"fr", "L'armée a repoussé l'attaque et tué plus de 200 de ses éléments.", "tué plus de 200 de ses éléments", 200,
     kNull, kNull, kNull, kNull, kNull, 200, true},
    {"fr", "Selon l'état-major, plus de 300 nationalistes ont été éliminés près d'Avdiïvka.",
     "plus de 300 nationalistes ont été éliminés", 300, kNull, kNull, kNull, kNull, kNull, 300, true},
    // A present participle after "et" is another action, not a second
    // noun of the victims.
    // English "a" is one person, as French "un"; not "a roadside bomb";
    // the object ends before another verb of the subject.
    {"en", "A woman was killed when the shell hit her house.", "A woman was killed", 1, kNull, kNull, kNull, kNull,
     kNull, kNull, false},
    {"en", "A roadside bomb killed 16 soldiers.", "killed 16 soldiers", 16, kNull, kNull, kNull, kNull, kNull, 16, false},
    {"en", "The group said it had killed 56 soldiers and seized weapons.", "had killed 56 soldiers", 56, kNull, kNull,
     kNull, kNull, kNull, 56, false},
    {"fr", "Des hommes armés ont attaqué le village, tuant 32 personnes et incendiant des maisons.",
     "tuant 32 personnes", 32, kNull, kNull, kNull, kNull, kNull, kNull, false},
    {"en", "Gunmen attacked the village, killing 32 people and burning houses.", "killing 32 people", 32, kNull,
     kNull, kNull, kNull, kNull, kNull, false},
    // A second object joins the figure; not one with a verb of its own.
    {"en", "The bombing killed at least 170 civilians and 13 U.S. service members on Thursday.",
     "killed at least 170 civilians and 13 U.S. service members", 183, kNull, kNull, kNull, kNull, 170, 13, true},
    // A breakdown past a complement with "one".
    {"en", "Gunmen shelled the town, killing three members of one family, including two children.",
     "killing three members of one family, including two children", 3, kNull, kNull, kNull, 2, kNull, kNull,
     false},
    // A breakdown that counts no victim of a category stays out of the span.
    {"fr", "Des hommes armés ont tué six personnes, dont le chef du village, selon la police.",
     "ont tué six personnes", 6, kNull, kNull, kNull, kNull, kNull, kNull, false},
    {"en", "The raid killed 17 people, including civilians, officials said.", "killed 17 people", 17, kNull, kNull,
     kNull, kNull, kNull, kNull, false},
    {"fr", "Soixante-trois personnes ont été blessées, dont plusieurs grièvement.",
     "Soixante-trois personnes ont été blessées", kNull, 63, kNull, kNull, kNull, kNull, kNull, false},
    // Killed and displaced in one statement, past the verb that drove them out.
    {"fr", "Selon l'ONU, le conflit a fait plus de 6.000 morts et contraint près de 600.000 personnes à fuir.",
     "a fait plus de 6.000 morts et contraint près de 600.000 personnes à fuir", 6000, kNull, kNull, 600000, kNull, kNull,
     kNull, true},
    // One number over two categories counts neither; members of a
    // named armed group are armed people.
    {"en", "More than 70 soldiers and civilians have been killed, officials said.",
     "More than 70 soldiers and civilians have been killed", 70, kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"fr", "L'armée affirme avoir tué 43 membres de Boko Haram près du lac Tchad.", "avoir tué 43 membres de Boko Haram",
     43, kNull, kNull, kNull, kNull, kNull, 43, false},
    // "were among": the number before is a breakdown of the figure.
    {"en", "Forty children were among the 51 people killed in Dahyan.", "Forty children were among the 51 people killed",
     51, kNull, kNull, kNull, 40, kNull, kNull, false},
    // A partitive takes the victims' category from the sentence before.
    {"fr", "Des centaines de civils s'étaient réfugiés dans le camp. 106 d'entre eux ont été tués.",
     "106 d'entre eux ont été tués", 106, kNull, kNull, kNull, kNull, 106, kNull, false},
    // "autres civils": the victims before them are civilians too.
    {"fr", "Des roquettes ont frappé Mhardeh, tuant un enfant et blessant cinq autres civils.",
     "tuant un enfant et blessant cinq autres civils", 1, 5, kNull, kNull, 1, 6, kNull, false},
    // Numbers: separators, words, collectives, ranges.
    {"fr", "Les combats ont fait 4\u00a0000 morts.", "ont fait 4\u00a0000 morts", 4000, kNull, kNull, kNull, kNull, kNull,
     kNull, false},
    {"fr", "Les combats ont fait 4\u202f000 morts.", "ont fait 4\u202f000 morts", 4000, kNull, kNull, kNull, kNull, kNull,
     kNull, false},
    {"fr", "La guerre a fait 10.000 morts.", "a fait 10.000 morts", 10000, kNull, kNull, kNull, kNull, kNull, kNull,
     false},
    {"fr", "Quelque 1,5 million de personnes ont fui les combats.", "Quelque 1,5 million de personnes ont fui",
     kNull, kNull, kNull, 1500000, kNull, kNull, kNull, true},
    {"fr", "Une dizaine de soldats ont été blessés.", "Une dizaine de soldats ont été blessés", kNull, 10, kNull,
     kNull, kNull, kNull, 10, true},
    {"fr", "Des dizaines de civils ont été tués.", "Des dizaines de civils ont été tués", 20, kNull, kNull,
     kNull, kNull, 20, kNull, true},
    {"fr", "Des centaines de milliers de Syriens ont été déplacés.",
     "Des centaines de milliers de Syriens ont été déplacés", kNull, kNull, kNull, 200000, kNull, kNull, kNull,
     true},
    {"fr", "Le raid a fait entre 30 et 40 morts.", "a fait entre 30 et 40 morts", 30, kNull, kNull, kNull, kNull,
     kNull, kNull, true},
    {"fr", "On compte deux ou trois blessés.", "deux ou trois blessés", kNull, 2, kNull, kNull, kNull, kNull,
     kNull, true},
    {"fr", "Quatre-vingt-dix-sept combattants ont été tués.", "Quatre-vingt-dix-sept combattants ont été tués",
     97, kNull, kNull, kNull, kNull, kNull, 97, false},
    {"fr", "Au total, 250 civils ont été blessés, près de 30 sont portés disparus.",
     "250 civils ont été blessés, près de 30 sont portés disparus", kNull, 250, 30, kNull, kNull, 280, kNull,
     true},
    // Objects of a killing verb.
    {"fr", "Les frappes ont tué 14 personnes et blessé 30 autres.", "ont tué 14 personnes et blessé 30 autres",
     14, 30, kNull, kNull, kNull, kNull, kNull, false},
    {"fr", "L'explosion a coûté la vie à neuf enfants.", "a coûté la vie à neuf enfants", 9, kNull, kNull,
     kNull, 9, kNull, kNull, false},
    {"fr", "Un obus est tombé sur le marché, tuant trois femmes.", "tuant trois femmes", 3, kNull, kNull,
     kNull, kNull, kNull, kNull, false},
    // Coordinated subjects and shared categories.
    {"fr", "Cinq soldats et deux civils ont été tués.", "Cinq soldats et deux civils ont été tués", 7, kNull,
     kNull, kNull, kNull, 2, 5, false},
    {"fr", "Trois policiers ont été tués et 11 blessés.", "Trois policiers ont été tués et 11 blessés", 3, 11,
     kNull, kNull, kNull, kNull, 14, false},
    {"fr", "L'attaque a fait six morts et vingt blessés parmi les civils.",
     "a fait six morts et vingt blessés parmi les civils", 6, 20, kNull, kNull, kNull, 26, kNull, false},
    {"fr", "Un civil a été tué.", "Un civil a été tué", 1, kNull, kNull, kNull, kNull, 1, kNull, false},
    // English.
    {"en", "At least 30 people were killed and 45 wounded in the blast.",
     "At least 30 people were killed and 45 wounded", 30, 45, kNull, kNull, kNull, kNull, kNull, true},
    {"en", "The strike killed 12 civilians, including four children.",
     "killed 12 civilians, including four children", 12, kNull, kNull, kNull, 4, 12, kNull, false},
    {"en", "Dozens of soldiers died in the attack.", "Dozens of soldiers died", 24, kNull, kNull, kNull, kNull,
     kNull, 24, true},
    {"en", "Tens of thousands of people have fled the city.", "Tens of thousands of people have fled", kNull,
     kNull, kNull, 20000, kNull, kNull, kNull, true},
    {"en", "Two hundred and fifty people were reported missing.", "Two hundred and fifty people were reported missing",
     kNull, kNull, 250, kNull, kNull, kNull, kNull, false},
    {"en", "The war has left 1.5 million dead.", "has left 1.5 million dead", 1500000, kNull, kNull, kNull, kNull, kNull,
     kNull, false},
    {"en", "Between 200 and 350 civilians were killed.", "Between 200 and 350 civilians were killed", 200, kNull,
     kNull, kNull, kNull, 200, kNull, true},
    // A figure with its noun elided, for another place: one claim, the sum.
    {"fr", "La guerre a fait 2.200 morts côté palestinien, en majorité des civils, et 73 côté israélien, "
           "dont 67 soldats.",
     "a fait 2.200 morts côté palestinien, en majorité des civils, et 73 côté israélien, dont 67 soldats", 2273, kNull,
     kNull, kNull, kNull, kNull, 67, false},
    {"fr", "Le séisme a fait 17.674 morts en Turquie et 3.377 en Syrie.", "a fait 17.674 morts en Turquie et 3.377 en Syrie",
     21051, kNull, kNull, kNull, kNull, kNull, kNull, false},
    // An age in a breakdown; coordinated nouns; a breakdown after the agent.
    {"fr", "Trois Palestiniens, dont un adolescent de 16 ans, ont été tués.",
     "Trois Palestiniens, dont un adolescent de 16 ans, ont été tués", 3, kNull, kNull, kNull, 1, kNull, kNull,
     false},
    {"fr", "Au moins 14 patients et membres du personnel ont été tués.",
     "Au moins 14 patients et membres du personnel ont été tués", 14, kNull, kNull, kNull, kNull, kNull, kNull,
     true},
    {"fr", "On a retrouvé 82 civils exécutés sommairement par les milices, dont 13 enfants.",
     "82 civils exécutés sommairement par les milices, dont 13 enfants", 82, kNull, kNull, kNull, 13, 82, kNull,
     false},
    // "d'une même famille" is no figure; "other people" are not the children.
    {"fr", "Cinq membres d'une même famille ont été tués.", "Cinq membres d'une même famille ont été tués", 5,
     kNull, kNull, kNull, kNull, kNull, kNull, false},
    {"en", "The shell hit a school, killing six children and injuring 15 other people.",
     "killing six children and injuring 15 other people", 6, 15, kNull, kNull, 6, kNull, kNull, false},
    // A figure in quotation marks; refugees who died are dead, not
    // displaced; English "lost his life", "executing".
    {"fr", "Le JNIM affirme avoir tué « plus de 40 militaires » à Boulkessi.", "avoir tué « plus de 40 militaires", 40,
     kNull, kNull, kNull, kNull, kNull, 40, true},
    {"fr", "Au moins 46 réfugiés soudanais sont morts du choléra à Adré.",
     "Au moins 46 réfugiés soudanais sont morts", 46, kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"en", "One soldier lost his life and two were wounded near Kidal.", "One soldier lost his life and two were wounded",
     1, 2, kNull, kNull, kNull, kNull, 3, false},
    {"en", "Gunmen stormed the village, executing at least 20 men.", "executing at least 20 men", 20, kNull, kNull,
     kNull, kNull, kNull, kNull, true},
    // Victims named in quotation marks; members of an armed party are
    // armed people; a part of the victims' own category adds none; an
    // adverbial phrase between the verb and its figure; an agent not
    // followed by a breakdown stays out of the span.
    {"en", "Turkey said its forces had killed 14 \"PKK/YPG terrorists\" in northern Syria.",
     "had killed 14 \"PKK/YPG terrorists\"", 14, kNull, kNull, kNull, kNull, kNull, 14, false},
    {"fr", "Le raid a tué par erreur au moins 20 membres d'une milice d'autodéfense.",
     "a tué par erreur au moins 20 membres d'une milice d'autodéfense", 20, kNull, kNull, kNull, kNull, kNull, 20,
     true},
    {"en", "The strike killed three members of the Kurdish-led Syrian Democratic Forces.",
     "killed three members of the Kurdish-led Syrian Democratic Forces", 3, kNull, kNull, kNull, kNull, kNull, 3,
     false},
    {"fr", "Quatre soldats, dont un officier, ont été tués et trois autres blessés.",
     "Quatre soldats, dont un officier, ont été tués et trois autres blessés", 4, 3, kNull, kNull, kNull, kNull, 7,
     false},
    {"en", "It verified that three civilians were killed by shelling of residential areas in Tripoli, and urged "
           "both sides to stop firing.",
     "three civilians were killed", 3, kNull, kNull, kNull, kNull, 3, kNull, false},
    // One more victim by its article, with a category of victims.
    {"fr", "Une frappe a tué trois soldats et un civil près de Kidal.", "a tué trois soldats et un civil", 4, kNull,
     kNull, kNull, kNull, 1, 3, false},
    // "of the attackers": past the article to the victims.
    {"en", "SDF fighters repelled the assault and killed three of the attackers.", "killed three of the attackers", 3,
     kNull, kNull, kNull, kNull, kNull, 3, false},
    // The remains of, people forcibly disappeared, a beheading.
    {"fr", "Les restes d'au moins 139 personnes y ont été retrouvés.",
     "Les restes d'au moins 139 personnes y ont été retrouvés", 139, kNull, kNull, kNull, kNull, kNull, kNull, true},
    {"en", "At least 214 people were forcibly disappeared in the province last year.",
     "At least 214 people were forcibly disappeared", kNull, kNull, 214, kNull, kNull, kNull, kNull, true},
    {"fr", "Les assaillants ont incendié le village, décapitant au moins huit habitants.",
     "décapitant au moins huit habitants", 8, kNull, kNull, kNull, kNull, kNull, kNull, true},
};

TEST_F(ClaimFinderTest, CountsFigures) {
  for (const CountCase& c : kCountCases) {
    SCOPED_TRACE(c.sentence);
    std::vector<Claim> claims = Find(c.sentence, c.lang);
    ASSERT_EQ(claims.size(), 1u);
    const Claim& got = claims.front();
    EXPECT_EQ(got.text, c.claim);
    EXPECT_EQ(got.kind, "casualties");
    EXPECT_EQ(got.killed, Opt(c.killed));
    EXPECT_EQ(got.injured, Opt(c.injured));
    EXPECT_EQ(got.missing, Opt(c.missing));
    EXPECT_EQ(got.displaced, Opt(c.displaced));
    EXPECT_EQ(got.children, Opt(c.children));
    EXPECT_EQ(got.civilians, Opt(c.civilians));
    EXPECT_EQ(got.military, Opt(c.military));
    EXPECT_EQ(got.approximate, c.approximate);
    ASSERT_TRUE(got.cue.has_value());
    EXPECT_FALSE(got.cue->empty());
  }
}

// Numbers that count something else are not claims.
TEST_F(ClaimFinderTest, IgnoresOtherQuantities) {
  const char* kSentences[] = {
      // Animals and things are no casualties, nor "un peu" a figure (read in
      // French novels).
      "Les chasseurs ont tué cinq lièvres et deux perdrix.",
      "Cinq chevaux sont morts dans l'incendie de l'écurie.",
      "Elle était un peu blessée au bras.",
      // Massacres counted, not people ("massacrés" without its accent).
      "La commission a recensé 626 massacres commis par l'armée.",
      "Les rebelles ont reçu 300 cartouches et deux fusils.",
      "Des obus de 155 millimètres, de fabrication occidentale, sont tombés sur le marché.",  // a calibre
      "Le vaccin a permis de sauver 300 vies.",
      "La maison comprenait deux corps de bâtiments.",  // "corps" of buildings and armies
      "Trois corps d'armée ont franchi la frontière.",
      "Il devait changer de personnalité pour l'exécution d'une œuvre inconnue.",  // no person executed
      "Si la loi avait été adoptée, 947 vies auraient été sauvées.",  // saved after the noun
      "Elle a porté secours à des blessés des deux camps.",  // "deux camps": both sides, no figure
      "Il y avait deux ailes reliées par un vaste corps central.",
      "Les rebelles ont commis un nouveau massacre dans le village, selon l'ONG.",  // not "massacré"
      "L'état-major affirme avoir « neutralisé » 51 jihadistes en 24 heures.",  // the speaker's euphemism
      // Armies' "neutralisés": killed or captured, the text does not say.
      "Selon l'état-major, 47 terroristes ont été neutralisés près de Djibo.",
      "Troops neutralised 181 terrorists in Borno, the army said.",
      "Un des blessés a été transféré à Bamako.",  // one of a group told before
      // An infinitive of intent, or of what did not happen.
      "Les jihadistes menacent de tuer 100 otages.",
      "Ils auraient pu tuer 200 personnes.",
      "Dix manifestants ont été arrêtés puis relâchés.",  // two participles, neither a casualty
      // A proportion of them, not the figure, was killed.
      "Quelque 5 000 prisonniers sont passés par l'ESMA et la plupart d'entre eux ont été tués.",
      // Aircraft shot down.
      "La DCA a abattu 19 appareils ennemis.",
      "Un Hercules C-130 affrété par les Nations unies a été abattu.",
      "Les 300 manifestants qui réclamaient la libération des détenus ont été arrêtés.",
      "C'est un des angles morts de l'enquête.",
      "Le parti a perdu 12 sièges et l'usine 3 000 emplois.",
      "Le régime a exécuté un plan de reconquête.",
      "Les machines exécutent un logiciel de contrôle.",
      "En 1997, le peuple a chassé un tyran.",  // one person driven out by an article
      "Selon l'ONU, 300 000 personnes pourraient être déplacées par les combats.",
      "Quelque 700 combattants et 4.000 civils doivent être évacués vendredi.",
      "Le convoi de 31 camions devait nourrir 78.000 personnes.",
      "Washington a débloqué 500 millions de dollars d'aide.",
      "Vingt tonnes d'aide ont été livrées à Alep.",
      "Le 13 novembre 2015, la France a été frappée.",
      "Un homme de 29 ans a été arrêté.",
      "De nombreux morts sont à déplorer.",
      "Plusieurs blessés ont été évacués.",
      "Aucun civil n'a été tué, selon l'armée.",
      "Deux drones ont été abattus.",
      "L'armée de l'air affirme avoir abattu 26 des 39 drones lancés pendant la nuit.",
      "L'armée a éliminé un grand nombre d'entre eux.",
      "Sans l'alerte, des milliers de civils auraient pu être tués.",
      "Sans l'alerte, des milliers de civils auraient même pu être tués.",
      // An article in a question counts no one.
      "Combien de soldats ont été jugés pour avoir tué un civil ?",
  };
  for (const char* s : kSentences) {
    SCOPED_TRACE(s);
    EXPECT_TRUE(Find(s).empty()) << Find(s).front().text;
  }
  const char* kEnglish[] = {
      "Some 5,000 prisoners passed through the ESMA and most of them were killed.",
      // One of the deaths counted before is no count of its own.
      "Every one of those deaths carries a British serial number.",
      "The road between Bandiagara and Bankass has become a death trap.",
      "The vaccine could save millions of lives.",  // lives saved
      "Coal has been in a slow-motion death spiral over the past ten years.",  // a figure of speech
      "The court handed down two death sentences.",
      "The company lost 3,000 jobs.",
      "Troops rescued 46 kidnapped victims in Zamfara.",
      "Amnesty documented a harrowing pattern of unlawful killings in the region.",
      "Up to a million people could be forced from their homes in the coming weeks.",
      "Some 300 buses and 20 trucks were sent; 45 percent of aid arrived.",
      "How many British soldiers have ever served a day for killing an Irishman?",
      "Instead I tried a Dead Sea Mule, but even the lime did not help.",  // a word of a name
  };
  for (const char* s : kEnglish) {
    SCOPED_TRACE(s);
    EXPECT_TRUE(Find(s, "en").empty()) << Find(s, "en").front().text;
  }
}

struct ContextCase {
  const char* lang;
  const char* text;
  const char* place;
  const char* date;
  const char* actor;
  const char* attribution;
};

const ContextCase kContextCases[] = {
    // A party with a name of its own is not the group it is affiliated to.
    {"fr", "Les terroristes ADF affiliés à Daech ont assassiné mardi 11 civils à Oicha.", "Oicha", "mardi",
     "terroristes ADF", nullptr},
    // "s'acharner sur" is an attack: its subject owns "ses missiles".
    {"fr", "La Russie s'acharne sur les centrales ukrainiennes. Mardi, à Kiev, ses missiles ont tué 19 personnes.",
     "Kiev", "Mardi", "Russie", nullptr},
    // A demonstrative naming of one side does not stand for the other
    // side's party named last.
    {"fr",
     "Les terroristes du Palipehutu-FNL ont attaqué lundi Kinama. Les Forces armées burundaises les ont repoussés. "
     "Dans leur fuite, ces égorgeurs ont assassiné sept civils à Kamenge.",
     "Kamenge", "lundi", "terroristes du Palipehutu-FNL", nullptr},
    {"fr",
     "Les soldats de la garde présidentielle sont entrés dans Bangui. Ils ont encerclé les rebelles. Ces soldats "
     "ont tué douze civils, selon l'ONU.",
     "Bangui", nullptr, "soldats de la garde présidentielle", "ONU"},
    // A simile between the participle and its agent.
    {"fr", "Ce jour-là, cinq jeunes de ma rue ont été abattus comme des chiens par les militaires.", nullptr, nullptr,
     "militaires", nullptr},
    // A demonstrative before a naming of its own keeps it ("ces bandes
    // armées" after "les bandits"), unless the party named before has a
    // name, the naming repeats it ("ces troupes"), is quoted or describes.
    {"fr",
     "Les bandits ont pris d'assaut les prisons. Depuis 2021, plus de 8 000 habitants ont été tués par ces bandes "
     "armées, selon l'ONU.",
     nullptr, "Depuis 2021", "bandes armées", "ONU"},
    {"fr", "Les terroristes de l'EIGS ont encerclé la mosquée. Ces égorgeurs ont tué 44 fidèles, selon le gouverneur.",
     nullptr, nullptr, "terroristes de l'EIGS", "gouverneur"},
    {"fr",
     "Les troupes irakiennes ont franchi la frontière. Ces troupes ont tué plus de 600 soldats iraniens, selon "
     "Bagdad.",
     nullptr, nullptr, "troupes irakiennes", "Bagdad"},
    {"fr",
     "Les bandes armées ont attaqué Kessab. Douze habitants ont été égorgés par ces « révolutionnaires », selon "
     "Sana.",
     "Kessab", nullptr, "bandes armées", "Sana"},
    {"fr",
     "Les séparatistes ont repris Anefis. Cette coalition de rebelles touareg affirme avoir tué 20 soldats.",
     nullptr, nullptr, "séparatistes", "coalition de rebelles touareg"},
    // Weapons coordinated share the owner after the second.
    {"fr",
     "Les avions et les drones de la coalition ont largué 7 400 bombes sur la province. Ces bombardements ont tué 559 "
     "civils, selon la Manua.",
     nullptr, nullptr, "coalition", "Manua"},
    // After a battle, a capital is where, not who ("la bataille d'Alger").
    {"fr", "Pendant la bataille d'Alger, des milliers d'Algériens sont morts en 1957, selon les historiens.", "Alger",
     "en 1957", nullptr, "historiens"},
    // An attack "d'un" party: the indefinite party is its agent, not its
    // target ("le bombardement d'une école").
    {"fr",
     "Les patriotes ont repoussé hier l'attaque d'un groupe terroriste contre le hameau. Trois patriotes sont "
     "tombés, selon la gendarmerie.",
     nullptr, "hier", "groupe terroriste", "gendarmerie"},
    // An agent counted by a figure is the party, not its number; the
    // subject of a passive attack is its target, not its agent.
    {"fr",
     "Une unité de l'armée a été attaquée mercredi par plusieurs centaines de terroristes de l'EIGS. Dix soldats "
     "ont été tués, selon l'état-major.",
     nullptr, "mercredi", "terroristes de l'EIGS", "état-major"},
    {"en",
     "An army post was attacked on Monday by militants. Ten soldiers were killed, the governor said.", nullptr,
     "on Monday", "militants", "governor"},
    // Whoever holds the positions a shell was fired from fired it; where it
    // was fired from is no date; who laid a mine set off its explosion.
    {"fr",
     "Un obus tiré depuis les positions des rebelles serbes s'est abattu jeudi soir sur la place, tuant 71 "
     "personnes, selon les médecins.",
     nullptr, "jeudi soir", "rebelles serbes", "médecins"},
    {"fr",
     "Mardi, une roquette Grad a tué douze passagers d'un autobus à Volnovakha, tirée depuis les positions des "
     "séparatistes, selon Kiev.",
     "Volnovakha", "Mardi", "séparatistes", "Kiev"},
    {"fr", "Les séparatistes ont tiré depuis leurs positions sur la ville, tuant trois civils, selon la mairie.",
     nullptr, nullptr, "séparatistes", "mairie"},
    {"fr",
     "Deux soldats ont été tués mardi dans l'explosion d'une mine posée par des rebelles, selon l'armée.", nullptr,
     "mardi", "rebelles", "armée"},
    // A name's acronym of another language, in brackets right after it,
    // stays with the naming.
    {"fr",
     "Huit soldats ont été tués jeudi dans une embuscade tendue par des rebelles communistes de la Nouvelle Armée "
     "du peuple (NPA), a annoncé l'armée.",
     nullptr, "jeudi", "rebelles communistes de la Nouvelle Armée du peuple (NPA)", "armée"},
    // A compound of nations ("saoudo-américaine") is national; an English
    // owner past two joined qualifiers is the attack's agent, not where.
    {"fr",
     "Les avions de l'agression saoudo-américaine ont pris pour cible une fête de mariage, tuant 33 civils, selon "
     "Al-Masirah.",
     nullptr, nullptr, "agression saoudo-américaine", "Al-Masirah"},
    {"en",
     "Over 51 days, Israel's air and ground campaign killed more than 2,100 Palestinians, according to a UN "
     "commission.",
     nullptr, "Over 51 days", "Israel", "UN commission"},
    // "responsible for" blames its subject; a party's proxies are its own.
    {"en", "The UN said the RSF was responsible for the deaths of 1,500 civilians in El Fasher.", "El Fasher",
     nullptr, "RSF", "UN"},
    {"fr", "À Kishishe, en novembre 2022, les supplétifs de Kigali ont exécuté au moins 160 civils.", "Kishishe",
     "en novembre 2022", "Kigali", nullptr},
    // Loyalty names its leader past the leader's description, and a
    // party's noun with its complement whole.
    {"en",
     "Gunmen loyal to the bandit kingpin Dogo Saleh attacked worshippers at a mosque in Malumfashi, killing 30 "
     "people, police said.",
     "Malumfashi", nullptr, "Dogo Saleh", "police"},
    {"fr", "Des miliciens fidèles au régime de Bachar al-Assad ont tué 25 personnes à Daraya, selon l'OSDH.", "Daraya",
     nullptr, "régime de Bachar al-Assad", "OSDH"},
    // "aggression" is an attack (English, as French "agression").
    {"en",
     "The American aggression targeted a detention centre for African migrants in Saada on Monday, killing 68 "
     "migrants, Al-Masirah reported.",
     "Saada", "on Monday", "American aggression", "Al-Masirah"},
    // An agent past coordinated places, past a place after its article,
    // past the manner of a displacement.
    {"en",
     "Tens of thousands of Tamil civilians were slaughtered in Mullivaikkal and across the Vanni by the Rajapaksa "
     "regime, according to the UN.",
     "Mullivaikkal", nullptr, "Rajapaksa regime", "UN"},
    {"en", "More than 3,000 Bosniaks were killed in and around the town by Serb extremists, according to the UN.",
     nullptr, nullptr, "Serb extremists", "UN"},
    {"fr", "Plus de 200 000 Serbes ont été chassés sous ses yeux par les extrémistes albanais, selon Belgrade.",
     nullptr, nullptr, "extrémistes albanais", "Belgrade"},
    // The enemy a side lost its men against.
    {"fr",
     "Près de 11 000 combattants kurdes sont tombés en Syrie face à l'État islamique depuis 2014, selon les FDS.",
     "Syrie", "depuis 2014", "État islamique", "FDS"},
    {"en", "In March 2004, my company lost 19 comrades to the machine guns of the Royal Nepal Army near Beni.", "Beni",
     "In March 2004", "Royal Nepal Army", nullptr},
    // The antecedent of "qui" in quotation marks.
    {"fr", "Pourtant, c'est l'« armée nationale » qui a assassiné 6 402 civils entre 2002 et 2008, selon la JEP.",
     nullptr, "entre 2002 et 2008", "armée nationale", "JEP"},
    // Members "from" a group past the group's description.
    {"en",
     "Fighters from the paramilitary Rapid Support Forces (RSF) stormed the village of Um Shagara on Wednesday, "
     "killing at least 85 people, activists said.",
     "Um Shagara", "on Wednesday", "Rapid Support Forces (RSF)", "activists"},
    // A gunman alone.
    {"fr", "Le 23 décembre 2022, un homme armé a tué trois Kurdes devant un centre culturel de la rue d'Enghien.",
     "Enghien", "Le 23 décembre 2022", "homme armé", nullptr},
    // The accused past an adverbial phrase; an acronym's definition spelt
    // with accents and a hyphen, with its group noun.
    {"fr", "Les séparatistes accusent de leur côté l'armée d'avoir tué six jeunes mercredi à Bamunka.", "Bamunka",
     "mercredi", "armée", "séparatistes"},
    {"fr",
     "Le groupe État islamique au Khorassan (EI-K) a revendiqué l'attentat de Kunduz, affirmant avoir tué 60 "
     "fidèles.",
     "Kunduz", nullptr, "groupe État islamique au Khorassan (EI-K)", "EI-K"},
    // A cathedral, an archipelago, a road's axis introduce places; a
    // heading's country is a place of last resort.
    {"fr",
     "Philippines : deux bombes ont explosé dimanche dans la cathédrale de Jolo, dans l'archipel de Sulu, faisant "
     "au moins 20 morts, selon la police.",
     "Jolo", "dimanche", nullptr, "police"},
    {"fr",
     "Centrafrique : un Casque bleu a été tué mardi dans une embuscade sur l'axe Bocaranga-Koui, selon la Minusca.",
     "Bocaranga-Koui", "mardi", nullptr, "Minusca"},
    // A known town that opens its sentence as the target of an attack.
    {"fr", "Alep a de nouveau été pilonnée mardi. Quatre civils ont été tués, selon l'OSDH.", "Alep", "mardi",
     nullptr, "OSDH"},
    // A name before its description without a comma before "qui".
    {"fr",
     "Il militait aux Noyaux prolétaires combattants (NPC), un groupuscule armé qui a tué quatre personnes en "
     "Italie.",
     "Italie", nullptr, "Noyaux prolétaires combattants (NPC)", nullptr},
    // A place inside the one before "'s", its head inside its name.
    {"en", "Militants killed at least 12 civilians on Sunday in Baghdad's Sadr City, medical sources said.",
     "Sadr City", "on Sunday", "Militants", "medical sources"},
    // A legislature is no place ("in Congress").
    {"en",
     "Those in Congress who want to cut off aid should remember Bucha. In March 2022, during the month the town "
     "was occupied, more than 400 civilians were killed, according to Ukrainian prosecutors.",
     "Bucha", "In March 2022", nullptr, "Ukrainian prosecutors"},
    // A source's common name in capitals is no place.
    {"fr", "Plus de 150 personnes auraient été tuées lundi, selon des témoins cités par des ONG.", nullptr, "lundi",
     nullptr, "témoins"},
    // The accused past where the accusation was made.
    {"fr",
     "Le porte-parole a accusé lundi sur les antennes de la RTNC l'armée rwandaise d'avoir tué plus de 2.000 "
     "Congolais à Goma depuis le 26 janvier.",
     "Goma", "depuis le 26 janvier", "armée rwandaise", "porte-parole"},
    // A claim of allegiance names the group the attackers are ("se
    // réclamant du groupe").
    {"fr",
     "Des insurgés se réclamant du groupe Etat islamique ont attaqué mardi le village de Mocímboa. Au moins 12 "
     "personnes ont été tuées, selon la police.",
     "Mocímboa", "mardi", "groupe Etat islamique", "police"},
    // So does an identification ("que les autorités présentent comme",
    // "soupçonnés d'appartenir à", "identifient comme").
    {"fr",
     "Des hommes armés, que les autorités présentent comme des rebelles du PKK, ont attaqué samedi le hameau de "
     "Pinarcik, tuant 30 villageois.",
     "Pinarcik", "samedi", "rebelles du PKK", nullptr},
    {"fr",
     "Des hommes armés soupçonnés d'appartenir au groupe Etat islamique ont attaqué dimanche un poste près de "
     "Deir ez-Zor, tuant cinq combattants kurdes.",
     "Deir ez-Zor", "dimanche", "groupe Etat islamique", nullptr},
    {"fr",
     "Au moins 14 pêcheurs ont été tués dimanche à Kaïga par des hommes armés que les habitants identifient comme "
     "des combattants de Boko Haram.",
     "Kaïga", "dimanche", "combattants de Boko Haram", nullptr},
    // Who retaliated struck ("ont riposté"); the first of two parties
    // coordinated before their verb ("lorsque policiers et militaires").
    {"fr",
     "Les rebelles houthis ont tiré des missiles vers Israël, et les États-Unis ont riposté. Leurs frappes sur le "
     "port de Ras Issa ont tué au moins 74 personnes.",
     "Ras Issa", nullptr, "États-Unis", nullptr},
    {"fr", "Au moins neuf personnes ont été tuées vendredi à Sacaba, lorsque policiers et militaires ont ouvert le feu sur une marche.",
     "Sacaba", "vendredi", "policiers", nullptr},
    {"en", "As many as 600 Uighurs were killed on Sunday in Urumqi when police and paramilitary troops opened fire on protesters.",
     "Urumqi", "on Sunday", "police", nullptr},
    // An attack named for its town: the town is where, not who; an
    // invasion's country is its target; a blockade's agent; an incursion's.
    {"fr", "L'attaque de Kenscoff a fait onze morts samedi, selon la mairie.", "Kenscoff", "samedi", nullptr, "mairie"},
    {"fr",
     "Plus de 1.000 Koweïtiens ont été tués pendant l'invasion du Koweït en 1990, selon le gouvernement koweïtien.",
     "Koweït", "en 1990", nullptr, "gouvernement koweïtien"},
    {"en", "The invasion of Kuwait in 1990 killed more than 1,000 Kuwaitis, the Kuwaiti government said.", "Kuwait",
     "in 1990", nullptr, "Kuwaiti government"},
    {"fr", "Depuis le début du blocus imposé par l'armée, au moins 40 personnes sont mortes de faim à Madaya.",
     "Madaya", "Depuis le début du blocus", "armée", nullptr},
    {"fr", "Cinq civils ont été tués jeudi lors d'une incursion des rebelles du M23 près de Goma.", "Goma", "jeudi",
     "rebelles du M23", nullptr},
    // An office's name is no place; a front's town after "défenseurs de",
    // "dans la direction de"; a dateline with its date.
    {"fr", "Au quartier général des Marines, à l'aéroport de Beyrouth, au moins 230 militaires américains ont été tués dimanche.",
     "Beyrouth", "dimanche", nullptr, nullptr},
    {"fr",
     "Les forces russes ont éliminé jusqu'à 430 militaires ukrainiens dans la direction de Koupiansk, a indiqué "
     "dimanche le ministère russe de la Défense.",
     "Koupiansk", "dimanche", "forces russes", "ministère russe de la Défense"},
    {"fr", "Cette nuit, les défenseurs de Pokrovsk ont repoussé cinq assauts. Plus de 60 assaillants ont été tués.",
     "Pokrovsk", "Cette nuit", "défenseurs de Pokrovsk", nullptr},
    {"fr",
     "Maiduguri, 12 mars 2024 (AFP) – Au moins 40 personnes ont été tuées dimanche dans l'État de Borno, selon la "
     "police.",
     "Borno", "dimanche", nullptr, "police"},
    // A place head with a complement of its own ("camp de filtration de").
    {"fr",
     "Dans le camp de filtration de Tchernokozovo, en Tchétchénie, des dizaines de prisonniers ont disparu en 2000.",
     "Tchernokozovo", "en 2000", nullptr, nullptr},
    // Plural heads of landscapes; a football ground is a venue.
    {"fr", "Plus de 400 personnes ont été tuées dans les forêts du Bastar depuis janvier, selon le comité.", "Bastar",
     "depuis janvier", nullptr, "comité"},
    {"fr", "Une roquette tombée sur un terrain de football de Majdal Shams a tué douze enfants samedi.", "Majdal Shams",
     "samedi", nullptr, nullptr},
    // Federated states in the plural.
    {"fr", "Au moins 180 civils ont été tués entre mars et mai dans les Etats du Haut-Nil et du Jonglei, selon l'ONU.",
     "Haut-Nil", "entre mars et mai", nullptr, "ONU"},
    // The object of an attack past a direction ("struck central Beirut").
    {"en", "At least 22 people were killed and 117 wounded when Israel struck central Beirut on Thursday night.",
     "Beirut", "on Thursday night", "Israel", nullptr},
    // People displaced in a country are there (those who fled to one left).
    {"fr", "Selon l'ONU, plus de 3 millions de personnes ont été déplacées en Birmanie depuis le coup d'Etat.",
     "Birmanie", "depuis le coup d'Etat", nullptr, "ONU"},
    // A capital in a dateline is where the figures of its own sentence are,
    // not those of the sentences after it.
    {"fr", "Monrovia, 31 juillet 1990 (AFP) – Environ 600 civils ont été massacrés dans une église, selon des témoins.",
     "Monrovia", "31 juillet 1990", nullptr, "témoins"},
    {"fr", "Monrovia, 31 juillet 1990 (AFP) – Les combats ont repris. Environ 600 civils ont été massacrés.", nullptr,
     "31 juillet 1990", nullptr, nullptr},
    // A participle after a complement opens a clause of its own.
    {"fr", "Les milices du régime recrutées dans les villages ont tué au moins 40 villageois à Pyu.", "Pyu", nullptr,
     "milices du régime", nullptr},
    // Not an article's first word ("In the town of"), nor a feast's name
    // before its day ("On Palm Sunday").
    {"en", "In the town of Mhardeh, rocket shells fired by the rebels killed three civilians, a source told SANA.",
     "Mhardeh", nullptr, "rebels", "source"},
    {"en", "On Palm Sunday, Russian forces fired two missiles at Sumy, killing 35 people.", "Sumy", "Sunday",
     "Russian forces", nullptr},
    // Reprisals and repression are attacks, their agent after "menées par".
    {"fr", "Plus de 1 400 civils ont été tués à Lattaquié lors de représailles menées par des miliciens, selon l'OSDH.",
     "Lattaquié", nullptr, "miliciens", "OSDH"},
    {"fr", "La répression menée par l'armée a fait 45 000 morts dans le Constantinois en mai 1945.", "Constantinois",
     "en mai 1945", "armée", nullptr},
    // A fleet is a state's force, its warships its weapons.
    {"fr",
     "Les cuirassés de la flotte américaine ont déversé leur feu hier sur le Chouf. À Kfarnabrakh, six civils ont été "
     "tués.",
     "Kfarnabrakh", "hier", "flotte américaine", nullptr},
    // A weapon's model names no party; its nation does, before its whole
    // name.
    {"en", "The rebels said 241 of their fighters had died, many of them in strikes by Kfir fighter jets.", nullptr,
     nullptr, nullptr, "rebels"},
    {"en", "Three civilians were killed by Israeli fighter jets on Monday.", nullptr, "on Monday",
     "Israeli fighter jets", nullptr},
    // The side that suffered the losses is not who caused them.
    {"fr", "Les rebelles ont attaqué la caserne mardi. L'armée déplore quatre morts dans ses rangs.", nullptr, "mardi",
     "rebelles", nullptr},
    // A group's full name, ten words long.
    {"fr",
     "Des combattants du Mouvement national de libération de l'Azawad ont attaqué lundi le camp d'Aguelhok, tuant "
     "douze soldats.",
     "Aguelhok", "lundi", "Mouvement national de libération de l'Azawad", nullptr},
    // A party's own claim: who killed gives the figure; after a claim's
    // date, the agent is the antecedent of "qui".
    {"fr", "Le JNIM a revendiqué l'attaque, affirmant dans un communiqué avoir tué 27 militaires.", nullptr, nullptr,
     "JNIM", "JNIM"},
    {"fr", "L'attaque a été revendiquée mercredi par le JNIM, qui affirme avoir tué 27 militaires.", nullptr,
     "mercredi", "JNIM", "JNIM"},
    // An imperfect of a verb of speech; a relative's verb has its object
    // after it; "selon" past an adjective of time, and no subject.
    {"fr", "Mercredi matin, la police faisait état de neuf morts à Dikwa.", "Dikwa", "Mercredi matin", nullptr,
     "police"},
    {"fr", "Selon l'ONG Acled, qui recense les violences politiques, plus de 8.000 personnes ont été tuées au "
           "Burkina Faso en 2023.",
     "Burkina Faso", "en 2023", nullptr, "ONG Acled"},
    {"fr", "Plus de 21.000 personnes ont été tuées, selon les derniers chiffres publiés jeudi soir par les autorités "
           "turques.",
     nullptr, "jeudi soir", nullptr, "autorités turques"},
    {"fr", "Au moins 86 civils ont été tués à Seytenga, selon un bilan officiel communiqué lundi par le gouvernement.",
     "Seytenga", "lundi", nullptr, "gouvernement"},
    {"fr", "Au moins 50 militaires ont été tués à Djibo, selon deux sources sécuritaires.", "Djibo", nullptr, nullptr,
     "sources sécuritaires"},
    // A negated verb of speech gives no source; "ne ... que" restricts.
    {"en", "Al-Shabaab said on its radio that it had killed 47 soldiers, a figure that could not be independently "
           "verified.",
     nullptr, nullptr, "Al-Shabaab", "Al-Shabaab"},
    {"fr", "La police de l'État ne confirme pour l'instant que 16 morts.", nullptr, nullptr, nullptr,
     "police de l'État"},
    // A county, a federated state.
    {"fr", "Au moins 17 personnes ont été tuées lundi dans le comté d'Ulang, selon un responsable local.", "Ulang",
     "lundi", nullptr, "responsable local"},
    {"fr", "Au moins 30 villageois ont été tués mardi dans l'État de Kogi, au Nigeria.", "Kogi", "mardi", nullptr,
     nullptr},
    // The impersonal "on" is no source; "selon lesquelles" gives the
    // source the relative pronoun stands for.
    {"fr", "On nous a parlé de plus de 30 morts à El Facher.", "El Facher", nullptr, nullptr, nullptr},
    {"fr", "Le Haut-Commissariat de l'ONU aux droits de l'homme dit avoir reçu des informations selon lesquelles "
           "les forces prorégime ont tué au moins 82 civils lundi.",
     nullptr, "lundi", "forces prorégime", "Haut-Commissariat de l'ONU aux droits de l'homme"},
    // A source's phrase ends before a participle ("joint par téléphone") and
    // before its verb ("a en revanche reconnu", "has received"); a report's
    // owner is the source; each figure takes the source of its own verb; a
    // relative's antecedent is the whole name given before it.
    {"fr", "Au moins six pêcheurs ont été tués, selon un chef coutumier joint par téléphone.", nullptr, nullptr,
     nullptr, "chef coutumier"},
    {"fr", "L'officier a en revanche reconnu que trois soldats avaient été tués à Wajiroko.", "Wajiroko", nullptr,
     nullptr, "officier"},
    {"en", "OHCHR has received credible reports that government-affiliated forces summarily executed at least 22 "
           "civilians in As-Sweida city.",
     "As-Sweida", nullptr, "government-affiliated forces", "OHCHR"},
    {"fr", "Le premier bilan de l'OSDH fait état de 30 morts à Douma.", "Douma", nullptr, nullptr, "OSDH"},
    {"fr", "Une évaluation sécuritaire française consultée par des journalistes évoque environ 400 morts, tandis que "
           "le collectif Justice pour Barsalogho en avance 600.",
     nullptr, nullptr, nullptr, "évaluation sécuritaire française"},
    {"fr", "Juillet a été le mois le plus meurtrier pour les civils depuis trois ans, selon la mission de "
           "surveillance des droits de l'homme de l'ONU, qui a recensé 286 civils tués et 1.388 blessés en Ukraine.",
     "Ukraine", "Juillet", nullptr, "mission de surveillance des droits de l'homme de l'ONU"},
    // A date is one whole expression: a range, two coordinated days, a
    // "since" clause up to where it says where.
    {"fr", "Entre 1969 et 1998, les groupes armés ont tué 3 500 personnes en Irlande du Nord.", "Irlande du Nord",
     "Entre 1969 et 1998", "groupes armés", nullptr},
    {"fr", "Du 3 au 5 mai, les jihadistes ont tué 50 civils à Djibo.", "Djibo", "Du 3 au 5 mai", "jihadistes",
     nullptr},
    {"en", "Militants killed 30 civilians in Borno on 28 and 29 November 2020.", "Borno",
     "on 28 and 29 November 2020", "Militants", nullptr},
    {"fr", "Depuis le début de la guerre à Gaza, plus de 40 000 personnes ont été tuées.", "Gaza",
     "Depuis le début de la guerre", nullptr, nullptr},
    // A relative's antecedent stops at the verb of speech it is the
    // inverted subject of; a verb after "mais"/"but" shares the subject of
    // the verb before it; "an earlier count" is no source.
    {"fr", "Des frappes ont visé la région de Zakho lundi, a annoncé le ministère turc de la Défense, qui fait état "
           "de 17 morts.",
     "Zakho", "lundi", nullptr, "ministère turc de la Défense"},
    {"fr", "Dans un communiqué lu lundi soir, l'armée n'a pas donné de bilan de ses pertes, mais a affirmé avoir "
           "abattu une quarantaine de terroristes.",
     nullptr, "lundi soir", "armée", "armée"},
    {"en", "The army acknowledged the attack but said five soldiers were killed.", nullptr, nullptr, nullptr, "army"},
    {"en", "Rescuers were still searching the rubble on Monday. An earlier count had put the toll at 32 dead.",
     nullptr, "on Monday", nullptr, nullptr},
    // A participle after a party starts what it does ("circulant à moto",
    // "postés sur un toit"), not its name.
    {"fr", "Des hommes armés circulant à moto ont abattu trois villageois à Tassia.", "Tassia", nullptr,
     "hommes armés", nullptr},
    {"fr", "Des soldats israéliens postés sur un toit ont tué deux civils à Jénine.", "Jénine", nullptr,
     "soldats israéliens", nullptr},
    // A verb after a group's name is not the name's.
    {"en", "Gunmen from the Islamic State Sahel Province surrounded the mosque in Fambita and opened fire. At least 44 "
           "people were killed, according to the government.",
     "Fambita", nullptr, "Islamic State Sahel Province", "government"},
    // "'s" inside a name goes on.
    {"en", "More than 30 others were wounded in Sagaing, according to a member of the local People's Defence Force.",
     "Sagaing", nullptr, nullptr, "member of the local People's Defence Force"},
    // An attack with its nation, as written, the whole attack noun.
    {"en", "At least 30 people were killed by Israeli air strikes on the Jabalia camp on Thursday.", "Jabalia",
     "on Thursday", "Israeli air strikes", nullptr},
    // A subject that names no party, and the name set between commas after
    // it, which does.
    {"fr", "En 2019, l'un d'eux, la Nouvelle IRA, a tué une journaliste lors d'une émeute à Derry.", "Derry",
     "En 2019", "Nouvelle IRA", nullptr},
    // The attackers' party, when its name follows them.
    {"fr", "Les agresseurs de l'Otan ont frappé lundi un train de voyageurs, tuant au moins 14 civils.", nullptr,
     "lundi", "Otan", nullptr},
    // Who drove people from their homes.
    {"en", "More than 65,000 people were driven from their homes by Serbian police in March.", nullptr, "in March",
     "Serbian police", nullptr},
    // Who counted, not who killed: "by the UN's own count".
    {"en", "More than 14,000 people were killed in the Donbass, by the UN's own count.", "Donbass", nullptr, nullptr,
     "UN"},
    {"en", "By Human Rights Watch's count, at least 72 civilians were killed in Sirte.", "Sirte", nullptr, nullptr,
     "Human Rights Watch"},
    // A pronoun no source stands before is the actor's own claim here.
    {"fr", "Sur le terrain, l'armée israélienne a poursuivi ses opérations à Jabaliya, où elle affirme avoir tué "
           "une cinquantaine de combattants.",
     "Jabaliya", nullptr, "armée israélienne", "armée israélienne"},
    // The same source named again, a person by the full name given before.
    {"fr", "Le ministère libanais de la Santé a annoncé mardi la fermeture de deux hôpitaux. Depuis octobre, "
           "3.500 personnes ont été tuées au Liban, selon le même ministère.",
     "Liban", "Depuis octobre", nullptr, "ministère libanais de la Santé"},
    {"fr", "Le chef de l'administration régionale, Serhiy Lyssak, a dénoncé une frappe russe sur Dnipro. Le bilan "
           "s'élève à huit morts, a précisé M. Lyssak.",
     "Dnipro", nullptr, "frappe russe", "Serhiy Lyssak"},
    // A capital named again is no surname: "À Moscou" is no full name.
    {"fr", "À Moscou, le Kremlin a dénoncé une frappe. Dans la nuit, 12 personnes ont été tuées à Belgorod, selon "
           "Moscou.",
     "Belgorod", nullptr, nullptr, "Moscou"},
    {"en", "Regional governor Oleh Syniehubov said Russian bombs hit a playground in Kharkiv. Three people were "
           "killed, Syniehubov said.",
     "Kharkiv", nullptr, "Russian bombs", "Oleh Syniehubov"},
    {"en", "Pakistan's military spokesman, Ahmed Sharif Chaudhry, said on Saturday that the strikes had killed 40 "
           "civilians.",
     nullptr, "on Saturday", nullptr, "Ahmed Sharif Chaudhry"},
    {"en", "The SDF said in a statement that its patrol was ambushed near Busayrah. It said three of the attackers "
           "were killed.",
     "Busayrah", nullptr, nullptr, "SDF"},
    {"fr", "Au moins 12 civils ont été tués mardi dans le quartier de Bab Amr à Homs, selon l'OSDH.",
     "Bab Amr", "mardi", nullptr, "OSDH"},
    {"fr", "Les raids de l'aviation russe sur Idleb ont fait 20 morts le 30 octobre, a indiqué "
           "l'Observatoire syrien des droits de l'Homme (OSDH).",
     "Idleb", "le 30 octobre", "aviation russe", "OSDH"},
    {"fr", "Les rebelles ont lancé une offensive sur le village de Tal Rifaat. Ils ont pilonné la "
           "localité pendant 48h : 15 civils ont été tués, rapporte l'agence Sana.",
     "Tal Rifaat", "pendant 48h", "rebelles", "agence Sana"},
    {"fr", "Depuis 2012, plus de 2 000 personnes y ont été tuées, selon le ministère russe de la Défense.",
     nullptr, "Depuis 2012", nullptr, "ministère russe de la Défense"},
    {"fr", "Washington a accusé Moscou. Trois enfants ont été tués à Alep par des roquettes tirées "
           "par les rebelles.",
     "Alep", nullptr, "rebelles", nullptr},
    {"en", "Five people were killed on Monday in shelling by government forces on Douma, the "
           "Syrian Observatory for Human Rights said.",
     "Douma", "on Monday", "government forces", "Syrian Observatory for Human Rights"},
    // A subject across an aside; a participle's subject is its clause's.
    {"fr", "Les rebelles, qui tiennent la ville, ont tiré des roquettes sur le quartier de Salaheddine, "
           "tuant cinq enfants.",
     "Salaheddine", nullptr, "rebelles", nullptr},
    // "imputables à": a blame, as "imputés à".
    {"fr", "Les violences ont fait entre 400 et 500 morts, imputables aux forces de sécurité.", nullptr, nullptr,
     "forces de sécurité", nullptr},
    // A subject counted ("Deux avions de l'armée"): the party, not its number.
    {"fr", "Deux avions de l'armée ivoirienne ont bombardé le camp, tuant neuf soldats français.", nullptr, nullptr,
     "armée ivoirienne", nullptr},
    {"en", "Three gunmen opened fire on the market, killing 14 people.", nullptr, nullptr, "gunmen", nullptr},
    // Who caused the dead a noun counts, right after it.
    {"en", "More than 3,000 deaths at the hands of the Fifth Brigade went unpunished.", nullptr, nullptr,
     "Fifth Brigade", nullptr},
    {"fr", "On compte plus de 200 morts causées par les milices dans la région.", nullptr, nullptr, "milices",
     nullptr},
    // An acronym the gazetteer does not know as a place names a party.
    {"fr", "Plus de 1 000 soldats sont tombés face à la LRA en 2004.", nullptr, "en 2004", "LRA", nullptr},
    {"fr", "Les forces rhodésiennes ont attaqué un camp de la ZANLA, où 300 personnes ont péri.", nullptr, nullptr,
     "forces rhodésiennes", nullptr},
    // After a comma, "et" before a noun phrase opens a clause: its subject
    // starts after "et".
    {"fr", "Le PYD n'est que la branche syrienne du PKK, et le PKK a tué 40 soldats turcs à Cizre.", "Cizre",
     nullptr, "PKK", nullptr},
    {"en", "The ministry denied it, and the rebels killed 12 villagers in Kalma.", "Kalma", nullptr, "rebels",
     nullptr},
    // The owner of an attack; a coordination of nouns as subject.
    {"fr", "Le régime syrien et son allié russe ont intensifié leurs frappes sur la Ghouta orientale, où "
           "plus de 500 civils ont péri en une semaine, d'après l'OSDH.",
     "Ghouta orientale", "en une semaine", "régime syrien", "OSDH"},
    // A claim of responsibility; an anaphoric source.
    {"fr", "L'OSDH a publié un bilan. Un attentat revendiqué par le groupe Etat islamique a fait 45 morts "
           "mardi à Kaboul, selon l'ONG.",
     "Kaboul", "mardi", "groupe Etat islamique", "OSDH"},
    // A country that nothing says is where is a party: the heading is the place.
    {"fr", "Haut-Karabakh : l'Arménie et l'Azerbaïdjan ont signé un accord. Au moins 143 civils ont été tués.",
     "Haut-Karabakh", nullptr, nullptr, nullptr},
    // People who fled: the place they left, not where they went.
    {"fr", "Plus de 150 000 personnes ont fui la Tchétchénie depuis septembre, la plupart vers l'Ingouchie voisine.",
     "Tchétchénie", "depuis septembre", nullptr, nullptr},
    // No place inside an organisation's name.
    {"fr", "L'État islamique au Khorassan a revendiqué l'attentat de l'aéroport de Kaboul, qui a fait plus de 170 "
     "morts le 26 août.",
     "Kaboul", "le 26 août", "État islamique au Khorassan", nullptr},
    // An attack named by its nationality is its agent, as written (the
    // evaluation takes it and "Washington" for one party).
    {"fr", "Que Washington s'explique sur Raqqa, où les frappes américaines ont tué 30 civils.", "Raqqa", nullptr,
     "frappes américaines", nullptr},
    // A name before its apposition, the subject of a verb of speech and
    // its infinitive.
    {"fr",
     "L'Africom, le commandement militaire américain pour l'Afrique, a annoncé avoir mené dimanche une frappe "
     "aérienne près de Jilib, tuant trois combattants.",
     "Jilib", "dimanche", "Africom", "Africom"},
    // A naming completed up to the acronym that follows it.
    {"fr",
     "Les rebelles touareg du Mouvement national de libération de l'Azawad (MNLA) ont pris le camp d'Aguelhok. Selon "
     "une source sécuritaire, au moins 70 soldats ont été tués.",
     "Aguelhok", nullptr, "Mouvement national de libération de l'Azawad (MNLA)", "source sécuritaire"},
    // A second verb after "et" shares the first one's subject.
    {"fr",
     "Les ADF ont attaqué Ntoyo dans la nuit. L'armée congolaise a confirmé l'attaque et affirme avoir abattu neuf "
     "assaillants.",
     "Ntoyo", nullptr, "armée congolaise", "armée congolaise"},
    // English: a proper name after the head noun ends the naming.
    {"en", "Near Tinzaouatene, the Tuareg-led rebel alliance CSP said it had killed 47 Malian soldiers.",
     "Tinzaouatene", nullptr, "Tuareg-led rebel alliance CSP", "Tuareg-led rebel alliance CSP"},
    // An adjective of a people before the head: the place is after "of".
    {"en", "Eritrean soldiers killed hundreds of civilians in the Tigrayan city of Axum in November 2020, Amnesty said.",
     "Axum", "in November 2020", "Eritrean soldiers", "Amnesty"},
    {"en", "Militants killed 46 people in the Barmal district of Paktika on Friday, officials said.", "Barmal",
     "on Friday", "Militants", "officials"},
    // A modal between the victims and the verb; "may" is no month.
    {"en", "As many as 150,000 people may have died in Sudan since April 2023, the former envoy said.", "Sudan",
     "since April 2023", nullptr, "former envoy"},
    // A weapon for subject makes a light verb an attack: its owner acts.
    {"en",
     "Sudan's army said on Wednesday its warplanes had struck a convoy near Mellit. In El Fasher, RSF drones hit a "
     "mosque during dawn prayers on Tuesday, killing at least 43 worshippers, the Sudan Doctors Network said.",
     "El Fasher", "on Tuesday", "RSF drones", "Sudan Doctors Network"},
    // Where the figure's source spoke is not where the figure is.
    {"fr",
     "Le CICR a recensé plus de 8 000 personnes portées disparues au Soudan depuis avril 2023, a indiqué lundi "
     "l'organisation à Genève.",
     "Soudan", "depuis avril 2023", nullptr, "CICR"},
    {"en", "More than 8,000 people have been killed in Sudan since April 2023, a spokesman told reporters in Geneva.",
     "Sudan", "since April 2023", nullptr, "spokesman"},
    // A dam, a bridge, a refinery: the name after it is a place.
    {"fr", "Cinq civils ont été tués mercredi par des drones turcs près du barrage de Tichrine, selon l'OSDH.",
     "Tichrine", "mercredi", "drones turcs", "OSDH"},
    // An insurgency an armed group wages is the group's doing, not a war's
    // total; a war named by its country, or waged by two sides, blames none.
    {"fr",
     "Le Borno est le berceau de Boko Haram, dont l'insurrection a fait plus de 40.000 morts depuis 2009, selon "
     "l'ONU.",
     nullptr, "depuis 2009", "Boko Haram", "ONU"},
    {"en", "Boko Haram's insurgency has killed more than 35,000 people in Nigeria since 2009.", "Nigeria", "since 2009",
     "Boko Haram", nullptr},
    {"en", "Syria's uprising has killed more than 350,000 people since 2011.", "Syria", "since 2011", nullptr, nullptr},
    {"fr",
     "Depuis 2009, l'insurrection des islamistes de Boko Haram et de leurs rivaux a fait plus de 40 000 morts dans "
     "le nord-est du Nigeria.",
     "Nigeria", "Depuis 2009", nullptr, nullptr},
    // Descriptions of the group named before: "the group" as an agent,
    // "les jihadistes" (a known armed group) through the pronoun after it.
    {"en", "Israel accused Hamas of using homes as cover. Rockets fired by the group killed six civilians in Israel.",
     "Israel", nullptr, "Hamas", nullptr},
    {"fr",
     "En 2014, la tribu des Chaïtat s'est révoltée contre l'État islamique. Après la révolte, les jihadistes sont "
     "revenus en force. Ils ont exécuté plus de 700 membres de la tribu à Gharanij.",
     "Gharanij", "En 2014", "État islamique", nullptr},
    // An acronym the text defines is that party, not the NGO of the same
    // letters (Reporters sans frontières); its members are the party.
    {"en", "The paramilitary Rapid Support Forces (RSF) besieged El Fasher. On Sunday, RSF fighters killed 40 people in "
     "Abu Shouk.", "Abu Shouk", "On Sunday", "Rapid Support Forces (RSF)", nullptr},
    // Undefined, the acronym is the armed group of the same initials in an
    // English text naming its country; elsewhere, still the NGO.
    {"en", "A drone strike killed 21 people in Sudan on Thursday, the health ministry said. The government blamed "
           "the RSF.",
     "Sudan", "on Thursday", "RSF", "health ministry"},
    {"en", "A drone strike killed 21 people on Thursday, the health ministry said. The government blamed the RSF.",
     nullptr, "on Thursday", nullptr, "health ministry"},
    // "tiré sur" is an attack; a source's subject ends before its
    // auxiliary and an adverb of two words ("avait d'abord annoncé"); the
    // victims' village is the place.
    {"fr", "Dimanche soir, des hommes armés ont tiré sur les habitants de Sobane Da. Le gouvernement avait d'abord "
           "annoncé 95 morts.",
     "Sobane Da", "Dimanche soir", "hommes armés", "gouvernement"},
    // A claim of responsibility denied names no claimant ("There").
    {"en", "A car bomb exploded near a market in Azaz on Saturday, killing at least 19 people. There was no "
           "immediate claim of responsibility. Turkey's defence ministry blamed the attack on PKK terrorists.",
     "Azaz", "on Saturday", "PKK terrorists", nullptr},
    // The owner of an attack after "dont" is the phrase before it, past an
    // aside with an agent and over a coordination; "whose" in English.
    {"fr", "Les rebelles et leurs alliés, armés par l'étranger, dont les obus ont tué plus de 14.000 personnes.",
     nullptr, nullptr, "rebelles", nullptr},
    {"fr", "Personne n'ignore le bilan de la coalition, dont les raids ont tué des milliers de civils.", nullptr,
     nullptr, "coalition", nullptr},
    {"en", "Nobody forgets the toll of the Saudi-led coalition, whose air raids have killed thousands of civilians.",
     nullptr, nullptr, "Saudi-led coalition", nullptr},
    // A French verb of speech after its own subject has its object after
    // it, no inverted subject ("a annoncé mercredi soir la fin de").
    {"fr", "Le gouverneur a annoncé jeudi la fin des recherches : 12 civils ont été tués dans l'explosion.", nullptr,
     "jeudi", nullptr, "gouverneur"},
    // "a-t-il précisé": the source named before, by its name after a comma.
    {"fr", "Les rebelles ont bombardé le marché de Horlivka, a déclaré le chef de la ville, Ivan Prikhodko. Sept civils "
           "ont été tués, a-t-il précisé.",
     "Horlivka", nullptr, "rebelles", "Ivan Prikhodko"},
    // The name after a description, past its complement, an article and a
    // title, with a particle's hyphen.
    {"fr", "Six militaires ont été tués, a annoncé lundi le ministre délégué à la Défense, Amadou Koné, lors d'une "
           "déclaration.",
     nullptr, "lundi", nullptr, "Amadou Koné"},
    {"fr", "Trois soldats ont été tués, a déclaré le porte-parole, le général Igor Konachenkov.", nullptr, nullptr,
     nullptr, "Igor Konachenkov"},
    {"fr", "Au moins 49 hommes ont été exécutés, a affirmé samedi le gouverneur de la province, Sohaib al-Raoui.",
     nullptr, "samedi", nullptr, "Sohaib al-Raoui"},
    // "the same group": the source named before; in English too a verb of
    // speech after its subject has no inverted one ("said its team").
    {"en", "The Doctors Network said the RSF shelled the camp. A drone then killed eight patients, according to the "
           "same group.",
     nullptr, nullptr, nullptr, "Doctors Network"},
    {"en", "Médecins Sans Frontières said its team at the hospital had received 12 dead.", nullptr, nullptr, nullptr,
     "Médecins Sans Frontières"},
    // More verbs and phrases that give a figure: "reconnaît", "a documenté",
    // "by the count of".
    {"fr", "Cinq civils ont été tués, reconnaît le gouverneur.", nullptr, nullptr, nullptr, "gouverneur"},
    {"fr", "L'ONG Airwars a documenté au moins 5 139 civils tués.", nullptr, nullptr, nullptr, "ONG Airwars"},
    {"en", "More than 150,000 people have been killed, by the count of ACLED.", nullptr, nullptr, nullptr, "ACLED"},
    {"fr", "Trois soldats ont été tués, a-t-on appris de sources sécuritaires.", nullptr, nullptr, nullptr,
     "sources sécuritaires"},
    {"en", "About 500 people were killed, according to an investigation by The Associated Press.", nullptr, nullptr,
     nullptr, "Associated Press"},
    // A group described ("Le mouvement séparatiste") is the group named
    // inside a party's naming before ("les rebelles du Front ...").
    {"fr",
     "Le gouvernement accuse les rebelles du Front de libération de l'Ogaden (FLO). Le mouvement séparatiste a "
     "revendiqué l'opération, affirmant avoir tué 65 militaires éthiopiens à Abole.",
     "Abole", nullptr, "Front de libération de l'Ogaden (FLO)", "FLO"},
    // An acronym, or a capital after a comma, is a name ("Depuis 1968, ETA
    // a tué"); an organisation's name is whole, a war's noun inside it
    // ("Gardiens de la révolution").
    {"fr", "ETA a tué 853 personnes en Espagne depuis 1968.", "Espagne", "depuis 1968", "ETA", nullptr},
    {"fr", "Depuis 1973, Iparretarrak a tué huit personnes en France.", "France", "Depuis 1973", "Iparretarrak",
     nullptr},
    {"fr", "Les Gardiens de la révolution ont tiré mercredi des missiles sur Koya, tuant 13 personnes.", "Koya",
     "mercredi", "Gardiens de la révolution", nullptr},
    // Movements named by a common noun are parties ("les maoïstes").
    {"fr", "Les maoïstes ont pris d'assaut vendredi la caserne de Ghorahi, tuant au moins 14 soldats.", "Ghorahi",
     "vendredi", "maoïstes", nullptr},
    // A place the sentence opens on is no antecedent ("À Bagdad, des
    // mercenaires qui").
    {"fr", "À Bagdad, des mercenaires qui escortaient un convoi ont tué 17 civils irakiens le 16 septembre 2007.",
     "Bagdad", "le 16 septembre 2007", "mercenaires", nullptr},
    // The agent past two places ("in Latakia and Tartus by").
    {"en", "In March, more than 1,500 civilians were killed in Latakia and Tartus by fighters loyal to the new rulers.",
     "Latakia", "In March", "fighters", nullptr},
    // The accused of an attack, whatever weapon it names ("of a drone
    // strike").
    {"en",
     "A Russian-installed official accused Kyiv of a drone strike that killed three civilians in "
     "Kamianka-Dniprovska on Wednesday.",
     "Kamianka-Dniprovska", "on Wednesday", "Kyiv", "Russian-installed official"},
    // Who accuses tells the figure; a passive blame names no source.
    {"fr", "Le parti HDP accuse les forces de sécurité d'avoir tué au moins 150 civils.", nullptr, nullptr,
     "forces de sécurité", "parti HDP"},
    // "précise le communiqué": the report noun is the inverted subject, which
    // stands for the source named before; not the phrase opening the sentence.
    {"fr", "Le bilan est lourd, selon l'armée malienne. Au cours de ces combats, onze militaires sont morts, précise "
           "le communiqué.",
     nullptr, nullptr, nullptr, "armée malienne"},
    // A war a leader owns is the leader's ("Putin's war", "la guerre de
    // Poutine"); a country's is where ("Syria's war").
    {"en", "Putin's war in Ukraine has killed more than 12,000 civilians since February 2022.", "Ukraine",
     "since February 2022", "Putin", nullptr},
    {"fr", "La guerre de Poutine a fait plus de 12 000 morts civils.", nullptr, nullptr, "Poutine", nullptr},
    // A capital's or the Kremlin's war is theirs.
    {"en", "The Kremlin's war has killed more than 14,000 Ukrainian civilians since February 2022.", nullptr,
     "since February 2022", "Kremlin", nullptr},
    {"en", "Moscow's war, waged since 1999, has killed tens of thousands of civilians in Chechnya.", "Chechnya",
     "since 1999", "Moscow", nullptr},
    // A war is the party's that launched it.
    {"fr", "En Irak, la guerre lancée en 2003 par Washington a fait plus de 100.000 morts civils.", "Irak", "en 2003",
     "Washington", nullptr},
    // Past the participle's complement ("imposée au peuple angolais par").
    {"fr", "La guerre imposée au peuple angolais par Jonas Savimbi a fait des centaines de milliers de morts depuis 1975.",
     nullptr, "depuis 1975", "Jonas Savimbi", nullptr},
    // A regime's war is the regime's; "claimed the lives of" is no speech.
    {"en", "Since 2014, the Kiev regime's war against Donbass has claimed the lives of over 13,000 people.", "Donbass",
     "Since 2014", "Kiev regime", nullptr},
    // An army that confirms a strike owns it ("a confirmé une opération",
    // "confirmed an air strike").
    {"fr", "Une frappe aérienne a touché mardi le marché de Togoga, tuant au moins 64 personnes. L'armée fédérale a "
           "confirmé une opération aérienne.",
     "Togoga", "mardi", "armée fédérale", nullptr},
    {"en", "An air strike hit a market in Togoga on Tuesday, killing at least 64 people. The federal army confirmed an "
           "air strike in the area.",
     "Togoga", "on Tuesday", "federal army", nullptr},
    // "the Paris attacks": a town an attack is named for is where, not who.
    {"en", "The cell had also organised the Paris attacks four months earlier, which killed 130 people.", "Paris",
     nullptr, nullptr, nullptr},
    // A complement that names no party names no agent further down
    // ("l'opération de sauvetage des passagers du Jaffar Express"); one
    // that names a party does ("des tirs de guérilleros de l'ELN").
    {"fr", "L'armée a annoncé la fin de l'opération de sauvetage des passagers du Jaffar Express. Selon le "
           "porte-parole, 26 otages ont été tués par les assaillants.",
     nullptr, nullptr, nullptr, "porte-parole"},
    {"fr", "Quatre soldats ont été tués mardi par des tirs de guérilleros de l'Armée de libération nationale.", nullptr,
     "mardi", "guérilleros de l'Armée de libération nationale", nullptr},
    // Two attacks share their agent ("les balles et les explosifs des").
    {"fr", "Le 3 septembre, 334 otages ont péri sous les balles et les explosifs des rebelles.", nullptr,
     "Le 3 septembre", "rebelles", nullptr},
    // Where fighters came from is not where the victims died ("venus du").
    {"fr", "Le 3 septembre, 334 otages ont péri sous les balles des bandits de Chamil Bassaïev, épaulés par des "
           "mercenaires venus du Moyen-Orient.",
     nullptr, "Le 3 septembre", "bandits de Chamil Bassaïev", nullptr},
    // Downing drones ("44 des 61 drones") is no attack on people.
    {"fr", "La Russie a lancé une attaque de drones contre Kharkiv. L'armée de l'air ukrainienne affirme avoir abattu "
           "44 des 61 drones. Le maire a fait état de neuf morts.",
     "Kharkiv", nullptr, "Russie", "maire"},
    // The subject of a verb whose object is an attack ("ont tendu une
    // embuscade"); the place the source speaks from is not the figure's.
    {"fr",
     "Des séparatistes ont tendu mardi une embuscade à un convoi près de Ndop. Trois gendarmes et un civil ont été "
     "tués, a indiqué une source sécuritaire à Bamenda.",
     "Ndop", "mardi", "séparatistes", "source sécuritaire"},
    // English: the owner of an attack past its qualifier ("Russia's
    // overnight barrage"); a name with its acronym in brackets is whole,
    // and "The Group" in it is no description.
    {"en", "Russia's overnight barrage of missiles and drones on Kyiv killed at least 14 people, the mayor said.",
     "Kyiv", "overnight", "Russia", "mayor"},
    {"en",
     "Gunmen stormed an army base near Diapaga. At least 30 soldiers were killed, two security sources said. The "
     "Group to Support Islam and Muslims (JNIM), al-Qaeda's affiliate in the Sahel, claimed the attack.",
     "Diapaga", nullptr, "Group to Support Islam and Muslims (JNIM)", "two security sources"},
    // A weapon's model is no agent: "Tomahawk cruise missiles".
    {"en", "The United States launched Tomahawk cruise missiles at the air base, killing at least six Syrian soldiers.",
     nullptr, nullptr, "United States", nullptr},
    // People killed "in villages" are not things counted.
    {"en", "On Sunday, the rebels killed 11 Christians in villages near Mocimboa.", "Mocimboa", "On Sunday", "rebels",
     nullptr},
    // "les assaillants" resolve to the naming before.
    {"fr", "Des hommes armés ont attaqué un poste de police. Les assaillants ont tué quatre policiers à Tunis.",
     "Tunis", nullptr, "hommes armés", nullptr},
    {"en", "Israeli troops shot dead three Palestinians near Nablus on Friday, the Palestinian health "
           "ministry said.",
     "Nablus", "on Friday", "Israeli troops", "Palestinian health ministry"},
    {"en", "The attack was claimed by al-Shabab, which said its fighters had killed 20 soldiers.", nullptr,
     nullptr, "al-Shabab", "al-Shabab"},
    // A pronoun for the armed party a sentence before is about; the attack
    // told before the toll.
    {"fr", "Les insurgés tiennent les collines au nord de Deraa. Mercredi soir, ils ont pilonné "
           "au mortier le quartier de Mahatta. Six civils ont été tués, selon l'agence Sana.",
     "Mahatta", "Mercredi soir", "insurgés", "agence Sana"},
    // The agent after the target and its place; not a participle's agent.
    {"fr", "Au moins 30 civils ont été tués dans l'attaque du village de Solhan, dans le nord du "
           "Burkina Faso, par des hommes armés.",
     "Solhan", nullptr, "hommes armés", nullptr},
    {"fr", "Dix civils ont été tués dans des frappes sur le quartier de Zahra, tenu par les rebelles.",
     "Zahra", nullptr, nullptr, nullptr},
    // A war's total blames no one; a war's date names no attack.
    {"fr", "L'armée a bombardé Deraa. La guerre a fait plus de 300 000 morts depuis 2011.", "Deraa",
     "depuis 2011", nullptr, nullptr},
    // The blame after the toll, past the attack: "imputé l'attentat à".
    {"fr", "Une voiture piégée a tué 32 personnes lundi à Qamichli. Les Kurdes ont imputé l'attentat "
           "à des cellules dormantes du groupe Etat islamique.",
     "Qamichli", "lundi", "groupe Etat islamique", nullptr},
    // The proper name a naming is affiliated to; a weapon alone is no one.
    {"fr", "Des jihadistes affiliés à Boko Haram ont attaqué samedi le village de Koshobe : "
           "43 paysans ont été tués.",
     "Koshobe", "samedi", "Boko Haram", nullptr},
    {"fr", "Un hélicoptère a tiré sur la foule à Alep et tué au moins 40 personnes.", "Alep", nullptr, nullptr,
     nullptr},
    // An adverb of several words between "avoir" and the verb.
    {"fr", "Les terroristes ont une nouvelle fois pilonné le quartier de Hamdaniyé, tuant quatre civils.",
     "Hamdaniyé", nullptr, "terroristes", nullptr},
    // A sentence's subject that names no party ("Les pertes militaires"),
    // a source ("L'armée russe a affirmé"), a killing verb of things ("abattu
    // 38 drones"): no actor.
    {"fr", "Les pertes militaires restent secrètes. Trois civils ont été tués à Donetsk.", "Donetsk", nullptr,
     nullptr, nullptr},
    {"fr", "L'armée russe a affirmé avoir abattu 38 drones. Le gouverneur fait état de deux blessés à Belgorod.",
     "Belgorod", nullptr, nullptr, "gouverneur"},
    // A member noun's group; a definite description of it ("le groupe
    // jihadiste") stands for its proper name.
    {"fr", "Les combattants d'Al-Chabab ont attaqué une base à Baledogle. Au moins onze militaires ont été "
           "tués. Le groupe jihadiste a revendiqué l'attaque.",
     "Baledogle", nullptr, "Al-Chabab", nullptr},
    // A claim of responsibility after the toll; a passive agent before an attack noun.
    {"fr", "Au moins 18 soldats ont été tués lundi à Inata. L'attaque a été revendiquée mardi par le GSIM.",
     "Inata", "lundi", "GSIM", nullptr},
    {"en", "Two men were shot dead by Israeli troops during a raid on Jenin.", "Jenin", nullptr, "Israeli troops",
     nullptr},
    // Mutual accusations, and a party attacking after a toll of fighting, name no actor.
    {"fr", "Au moins 56 civils ont été tués dans les combats à Khartoum. Les deux camps s'accusent "
           "mutuellement d'avoir déclenché les hostilités.",
     "Khartoum", nullptr, nullptr, nullptr},
    {"fr", "Près de 100.000 personnes ont fui les combats à El Facher. Les paramilitaires ont bombardé la "
           "ville.",
     "El Facher", nullptr, nullptr, nullptr},
    // The armed subject past two opening phrases; "l'artillerie" is a
    // force; starving a town is an attack.
    {"fr", "Dans la Ghouta orientale, en février 2018, l'aviation du régime a écrasé l'enclave. En deux "
           "semaines, plus de 1.100 civils ont été tués.",
     "Ghouta orientale", "En deux semaines", "aviation du régime", nullptr},
    {"fr", "Le 18 avril 1996, l'artillerie israélienne a pilonné un camp à Qana. 106 civils ont été tués.", "Qana",
     "Le 18 avril 1996", "artillerie israélienne", nullptr},
    {"fr", "Le régime affame la population de Madaya. Selon MSF, 23 personnes sont mortes de faim.", "Madaya",
     nullptr, "régime", "MSF"},
    // "un communiqué" is no speech verb; "le communiqué" is the source named
    // before, or none.
    {"fr", "L'armée turque a frappé lundi un véhicule près de Qamichli, tuant quatre combattants, selon un "
           "communiqué des FDS.",
     "Qamichli", "lundi", "armée turque", "FDS"},
    {"fr", "Deux civils ont été tués à Lattaquié, précise le communiqué.", "Lattaquié", nullptr, nullptr, nullptr},
    // A dislocated topic ("Quant aux X, ils").
    {"fr", "Paris oublie Mossoul. Quant aux jihadistes de Daech, ils ont exécuté au moins 300 personnes à "
           "Mossoul.",
     "Mossoul", nullptr, "Daech", nullptr},
    // Places: "l'État" alone is none; "y" is the place named last; a date
    // after a name does not make it an adjective.
    {"fr", "Des jihadistes ont attaqué samedi des paysans près de Zabarmari. Au moins 43 cultivateurs ont été "
           "tués, a indiqué le gouverneur de l'État.",
     "Zabarmari", "samedi", "jihadistes", "gouverneur de l'État"},
    {"fr", "Pendant que nos médias pleurent sur Alep, qui parle de Mossoul ? Les frappes de la coalition y ont "
           "tué au moins 5.800 civils.",
     "Mossoul", nullptr, "coalition", nullptr},
    {"fr", "Les mercenaires sont arrivés à Moura le 27 mars. Plus de 500 personnes ont été exécutées.", "Moura",
     "le 27 mars", "mercenaires", nullptr},
    // A name before ", au nord de X" lies inside X; plural heads; a head
    // of several words ("camp de déplacés de").
    {"fr", "Les barils d'explosifs du régime ont frappé vendredi Anadan, au nord d'Alep. Onze personnes ont péri.",
     "Anadan", "vendredi", "régime", nullptr},
    {"fr", "Ils ont tiré jeudi des obus sur les quartiers résidentiels de Soqaylabiyé, dans la province de Hama. "
           "Trois civils sont morts.",
     "Soqaylabiyé", "jeudi", nullptr, nullptr},
    {"fr", "Des miliciens ont attaqué le camp de déplacés de Plaine Savo, en Ituri. Au moins 60 personnes ont été tuées.",
     "Plaine Savo", nullptr, "miliciens", nullptr},
    {"en", "Air strikes on a house in Deir al-Balah killed at least 12 people.", "Deir al-Balah", nullptr, nullptr,
     nullptr},
    {"en", "Gunmen stormed a hotel in Mogadishu late on Friday. At least 32 people were killed.", "Mogadishu",
     "late on Friday", "Gunmen", nullptr},
    // Soldats of a nation were not killed by that nation's forces; an
    // acronym is given with the name it was introduced with; "à" in a
    // name is not the auxiliary "a".
    {"en", "Russian forces repelled four attacks by assault groups of the Ukrainian armed forces. Up to "
           "230 Ukrainian servicemen were killed.",
     nullptr, nullptr, "Russian forces", nullptr},
    {"fr", "Des jihadistes du Groupe de soutien à l'islam et aux musulmans (GSIM) ont attaqué mardi un camp. Le GSIM "
           "a revendiqué l'opération. Au moins 77 personnes ont été tuées.",
     nullptr, "mardi", "Groupe de soutien à l'islam et aux musulmans (GSIM)", nullptr},
    {"fr", "Des hommes armés ont attaqué un convoi. Sept soldats ont été tués. Le Front de libération du Macina et "
           "ses alliés ont revendiqué l'attaque.",
     nullptr, nullptr, "Front de libération du Macina", nullptr},
    // "the centre of X" is X, as "le centre du Mali" is "Mali".
    {"en", "At least 19 people were killed when missiles fell at the centre of Chernihiv.", "Chernihiv", nullptr, nullptr,
     nullptr},
    // A participle after "et" shares the auxiliary and the subject before.
    {"fr", "Les forces russes ont détruit un dépôt près de Kramatorsk et tué 60 soldats.", "Kramatorsk", nullptr,
     "forces russes", nullptr},
    // A naming in scare quotes is what a pronoun or a demonstrative stands
    // for; a gun is its owner's.
    {"fr", "Ils se disent « combattants de la liberté ». Leurs canons ont tué jeudi 14 civils à Alep.", "Alep",
     "jeudi", "combattants de la liberté", nullptr},
    {"fr", "Ils se disent « combattants de la liberté ». À Alep, leurs « canons de l'enfer » ont tué jeudi 14 "
           "civils.",
     "Alep", "jeudi", "combattants de la liberté", nullptr},
    {"en", "They call them \"moderate rebels\". On Sunday, those moderates fired rockets at a school in Aleppo, "
           "killing four children.",
     "Aleppo", "On Sunday", "rebels", nullptr},
    // Sources: "la même source" is the source before; "ont dit"; past "à
    // l'AFP" to the source; who was told is not the source.
    {"fr", "Un marché de Saada a été bombardé, ont rapporté des sources médicales. Une trentaine de "
           "personnes ont été blessées, selon la même source.",
     "Saada", nullptr, nullptr, "sources médicales"},
    {"fr", "Les Casques blancs ont dit avoir secouru 17 blessés à Hass.", "Hass", nullptr, nullptr,
     "Casques blancs"},
    {"fr", "Six civils ont été tués mardi à Qandil, a indiqué à l'AFP un responsable local.", "Qandil", "mardi",
     nullptr, "responsable local"},
    {"en", "Gunmen shelled a village near Mhardeh on Sunday, killing three civilians, local officials told SANA.",
     "Mhardeh",
     "on Sunday", "Gunmen", "local officials"},
    // "à l'aube" alone or after a day.
    {"fr", "Des jihadistes ont attaqué à l'aube une base à Baledogle. Au moins onze militaires ont été tués.",
     "Baledogle", "à l'aube", "jihadistes", nullptr},
    {"fr", "Au moins 86 civils ont été tués samedi à l'aube à Seytenga.", "Seytenga", "samedi à l'aube", nullptr,
     nullptr},
    // The maker of a weapon is not the attacker.
    {"en", "A jet dropped a US-made bomb on a bus in Dahyan. Forty children were among the 51 people killed.",
     "Dahyan", nullptr, nullptr, nullptr},
    // A blame two sentences after the toll.
    {"en", "A missile struck the station in Kramatorsk. The death toll rose to 57. Rescuers are still "
           "searching the rubble. Ukraine blamed Russian forces for the attack.",
     "Kramatorsk", nullptr, "Russian forces", nullptr},
    // The agent of a passive far after its participle, past the time and
    // the place.
    {"fr", "Selon le RNDDH, au moins 184 personnes ont été tuées samedi dans le quartier de Wharf Jérémie, à "
           "Port-au-Prince, par des membres du gang de Monel Félix.",
     "Wharf Jérémie", "samedi", "gang de Monel Félix", "RNDDH"},
    // The speaker of "a annoncé jeudi avoir mené".
    {"fr", "L'armée a annoncé jeudi avoir mené une frappe près de Jilib, tuant trois combattants.", "Jilib", "jeudi",
     "armée", "armée"},
    // English: a sponsor before the name, a member of a named group, a
    // country's strikes, an army's drone, the leader of an attack.
    {"en", "Iran-backed Houthis killed at least 38 people in Marib on Monday.", "Marib", "on Monday", "Houthis",
     nullptr},
    {"en", "Gunmen from the al Qaeda-linked group al-Shabaab stormed a hotel in Kismayo on Friday evening, killing "
           "at least nine people.",
     "Kismayo", "on Friday evening", "al-Shabaab", nullptr},
    {"en", "U.S. strikes on the Ras Isa fuel port killed 74 people and wounded 171, the Houthi-run health ministry "
           "said.",
     "Ras Isa", nullptr, "U.S.", "Houthi-run health ministry"},
    {"en", "At least 85 civilians were killed when a Nigerian army drone mistakenly struck villagers in Tudun Biri.",
     "Tudun Biri", nullptr, "Nigerian army", nullptr},
    {"en", "Some 1,200 people were killed in southern Israel in the Hamas-led attack of October 7.", "Israel",
     "October 7", "Hamas", nullptr},
    // Where a war is fought is not who kills; an agency reports.
    {"en", "Syria's war has killed more than 500,000 people since 2011.", "Syria", "since 2011", nullptr, nullptr},
    // English places: a name its head calls a place, not a faith's adjective
    // nor an institution.
    {"en", "The Rapid Support Forces stormed the Zamzam displacement camp on Friday. At least 100 people were "
           "killed.",
     "Zamzam", "on Friday", "Rapid Support Forces", nullptr},
    {"en", "Rebels killed at least 38 people in an attack on a Catholic church in Komanda.", "Komanda", nullptr,
     "Rebels", nullptr},
    // A live page's time stamp is no part of the subject.
    {"en", "Live: Russia-Ukraine war. 08:12 GMT Russia struck Kyiv overnight with missiles, killing at least 12 "
           "people.",
     "Kyiv", "overnight", "Russia", nullptr},
    // A group noun before the group's name; a group described, singular,
    // for a name in the plural.
    {"fr", "La milice terroriste des Forces de soutien rapide a attaqué El Fasher. Au moins 30 civils ont été tués.",
     "El Fasher", nullptr, "Forces de soutien rapide", nullptr},
    {"fr", "L'attentat a été revendiqué par les shebab. Le groupe islamiste a tué au moins 12 personnes à Mogadiscio.",
     "Mogadiscio", nullptr, "shebab", nullptr},
    // "X est responsable de" blames X; "un responsable de la milice" is
    // one of its officials, and blames no one.
    {"fr", "Au moins 40 personnes ont été tuées mardi par l'explosion d'une bombe à Bilbao. Pour le ministre, "
           "l'ETA est responsable de l'attentat.",
     "Bilbao", "mardi", "ETA", nullptr},
    {"fr", "Au moins 12 villageois ont été tués à Gwoza, a déclaré un responsable de la milice CJTF.", "Gwoza", nullptr,
     nullptr, "responsable de la milice CJTF"},
    // An adverb of degree between a blame and its party ("imputables pour
    // l'essentiel aux", "blamed largely on").
    {"fr", "Selon l'ONU, les violences ont fait au moins 400 morts à Lomé en avril, imputables pour l'essentiel aux "
           "forces de sécurité.",
     "Lomé", "en avril", "forces de sécurité", "ONU"},
    {"en", "At least 300 people were killed in Lomé in April, a toll the UN blamed largely on the security forces.",
     "Lomé", "in April", "security forces", nullptr},
    // A quarter after its town is inside it, the most specific place; an
    // island after a town is around it.
    {"fr", "Une journaliste a été tuée jeudi à Derry, dans le quartier de Creggan, lors d'émeutes.", "Creggan",
     "jeudi", nullptr, nullptr},
    {"fr", "Neuf paysans ont été abattus mardi à Sagay, sur l'île de Negros.", "Sagay", "mardi", nullptr, nullptr},
    // An unknown name opening a dated dateline is where the story was
    // filed.
    {"fr", "Jolo, 27 janvier 2019 : vingt fidèles massacrés en pleine messe par les islamistes.", "Jolo",
     "27 janvier 2019", "islamistes", nullptr},
    // "à travers", "throughout": where the figures were counted.
    {"fr", "Des islamistes ont attaqué le commissariat de Kerdassa. À travers l'Égypte, 43 policiers sont tombés en "
           "martyrs mercredi.",
     "Égypte", "mercredi", "islamistes", nullptr},
    // A name after a courtesy title is a person's, no place.
    {"fr", "À Dili, des miliciens ont attaqué lundi la résidence de Mgr Carlos Belo, où s'abritaient des familles, "
           "tuant au moins 25 personnes.",
     "Dili", "lundi", "miliciens", nullptr},
    // A nation's adjective the gazetteer also lists as a country's name
    // ("Thai") before a head and its name.
    {"en", "A bomb exploded in the southern Thai province of Narathiwat on Tuesday, killing two people.", "Narathiwat",
     "on Tuesday", nullptr, nullptr},
    // The object of an attack verb past its date.
    {"fr", "Des rebelles ont attaqué samedi soir Beni, chef-lieu du district de Myagdi, tuant au moins 34 soldats.",
     "Beni", "samedi soir", "rebelles", nullptr},
    // "dans le seul Chhattisgarh": a qualifier between the preposition and
    // the name.
    {"fr", "En 2024, plus de 200 insurgés ont été tués dans le seul Chhattisgarh.", "Chhattisgarh", "En 2024",
     nullptr, nullptr},
    // A people set before a place by a comma is no place inside it.
    {"en", "The center lists 10,317 civilians killed, 8,661 of them ethnic Albanians, in Kosovo in 1999.", "Kosovo",
     "in 1999", nullptr, nullptr},
    // Where people are based ("officials in Washington") is not where the
    // figures were.
    {"en", "Officials in Washington called it the most precise air campaign in history. In 2017, some 1,600 "
           "civilians were killed.",
     nullptr, "In 2017", nullptr, nullptr},
    // "Basilan island": a head after the name.
    {"en", "Troops killed 11 militants in the jungles of Basilan island on Friday.", "Basilan", "on Friday", "Troops",
     nullptr},
    // A relative's antecedent is the agent of a passive verb, not the verb
    // ("pris par les rebelles karens, qui affirment avoir tué"): they say they killed.
    {"fr", "Un poste militaire a été pris mardi à Myawaddy par les rebelles karens, qui affirment avoir tué dix "
           "soldats.",
     "Myawaddy", "mardi", "rebelles karens", "rebelles karens"},
    // Arrests, torture and round-ups are attacks: their agent ("arrêtées par
    // des miliciens") did it.
    {"fr", "À Relizane, plus de 200 personnes ont disparu entre 1994 et 1997 après avoir été arrêtées par des "
           "miliciens.",
     "Relizane", "entre 1994 et 1997", "miliciens", nullptr},
    // A weapon's calibre before the agent of its firing.
    {"fr", "À Horlivka, un obus de 155 mm tiré par les forces ukrainiennes a tué cinq civils samedi.", "Horlivka",
     "samedi", "forces ukrainiennes", nullptr},
    // "l'organisation", "the outfit": group nouns too.
    {"fr", "Les jihadistes de l'Etat islamique ont pris Palmyre en mai. Les corps de 40 prisonniers exécutés par "
           "l'organisation ont été retrouvés dans la ville.",
     "Palmyre", "en mai", "Etat islamique", nullptr},
    {"en",
     "Islamic State fighters seized Palmyra in May. At least 40 prisoners were executed by the outfit in Palmyra.",
     "Palmyra", "in May", "Islamic State fighters", nullptr},
    // A verb of speech ends the reported clause's subject ("said the
    // paramilitaries had killed"; English, "said soldiers killed"), not a
    // pronoun's, the speaker's ("Israël, qui a tué").
    {"en", "The Rapid Support Forces (RSF) took the city in late October. The UN human rights office said the "
           "paramilitaries had killed at least 300 people in El Fasher.",
     "El Fasher", "in late October", "Rapid Support Forces (RSF)", "UN human rights office"},
    {"en", "Residents said soldiers killed at least nine civilians in Ntumbaw on Tuesday.", "Ntumbaw", "on Tuesday",
     "soldiers", "Residents"},
    {"fr", "Israël, qui a tué cinq reporters d'Al Jazeera la semaine dernière à Gaza, prétend viser des terroristes.",
     "Gaza", "la semaine dernière", "Israël", nullptr},
    // A pronoun or a possessive after "that", "que" stands for the speaker.
    {"en", "JNIM said in a statement that its fighters had killed 64 soldiers in Boulkessi on Sunday.", "Boulkessi",
     "on Sunday", "JNIM", "JNIM"},
    {"fr", "L'armée a indiqué qu'elle avait abattu une trentaine de terroristes à Djibo.", "Djibo", nullptr,
     "armée", "armée"},
    // English possessives: the owner's forces, by their name when they
    // have one.
    {"en", "Sudan's paramilitary Rapid Support Forces (RSF) killed more than 200 people in villages around En Nahud "
           "since Saturday.",
     "En Nahud", "since Saturday", "Rapid Support Forces (RSF)", nullptr},
    {"en", "Myanmar's military killed 23 people in an air strike on a monastery in Sagaing on Friday.", "Sagaing",
     "on Friday", "Myanmar's military", nullptr},
    {"en", "Islamic State's Afghan affiliate killed at least 170 civilians at Kabul airport.", "Kabul", nullptr,
     "Islamic State's Afghan affiliate", nullptr},
    // A gazetteer's armed group past its preposition; a weapon's model is no
    // party; partisan namings of state media.
    {"en", "Fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked a camp in "
           "Boulkessi on Sunday, killing 30 soldiers.",
     "Boulkessi", "on Sunday", "Group for the Support of Islam and Muslims (JNIM)", nullptr},
    {"en", "The Kiev regime's forces struck a market in Oleshky with HIMARS rockets on Saturday, killing seven "
           "civilians.",
     "Oleshky", "on Saturday", "Kiev regime's forces", nullptr},
    {"fr", "Les bandéristes ont pilonné Donetsk dimanche, tuant deux enfants.", "Donetsk", "dimanche", "bandéristes",
     nullptr},
    // "par balle" tells the manner; a verb in "-ment" ends a name; "run by"
    // has its own agent.
    {"fr", "À Adré, MSF a soigné 83 blessés par balle arrivés d'El Geneina.", "Adré", nullptr, nullptr, nullptr},
    {"fr", "Le M23 dément toute exaction. Selon l'ONU, huit civils ont été tués à Rutshuru.", "Rutshuru", nullptr,
     "M23", "ONU"},
    // An unclaimed attack that bears a group's mark, or that the authorities suspect it of, blames it.
    {"fr", "Une fillette s'est fait exploser samedi sur un marché de Maiduguri, tuant au moins 19 personnes. "
           "L'attentat n'a pas été revendiqué, mais il porte la marque de Boko Haram.",
     "Maiduguri", "samedi", "Boko Haram", nullptr},
    {"en", "A girl blew herself up in a market in Maiduguri on Saturday, killing at least 19 people. No group claimed "
           "the attack, but it bore the hallmarks of Boko Haram.",
     "Maiduguri", "on Saturday", "Boko Haram", nullptr},
    {"fr", "Une bombe a explosé mardi à Narathiwat, tuant deux civils. L'attaque n'a pas été revendiquée, mais les "
           "autorités soupçonnent des insurgés.",
     "Narathiwat", "mardi", "insurgés", nullptr},
    // An acronym as the press writes it completes the name it spells.
    {"fr", "Mardi, près de Tame, les Forces armées révolutionnaires de Colombie (Farc) ont tué 12 soldats.", "Tame",
     "Mardi", "Forces armées révolutionnaires de Colombie (Farc)", nullptr},
    // A short verb, or a plural one in "-dent", ends a name too ("ment", "rôdent").
    {"fr", "Les coupeurs de têtes rôdent chaque nuit autour de nos villages. Dimanche, à Mozogo, 18 fidèles ont été "
           "tués dans la mosquée.",
     "Mozogo", "Dimanche", "coupeurs de têtes", nullptr},

    {"en", "At least 31 Palestinians were killed near an aid distribution site run by the Gaza Humanitarian "
           "Foundation (GHF) in Rafah.",
     "Rafah", nullptr, nullptr, nullptr},
    // Praise before a name is no part of it, nor is "et de" the name's end;
    // "fired" with its rounds; a guard of several words; a month is no
    // place; the victims' own group did not kill them; "the Somalia-based
    // group" is the group named before.
    {"fr", "La riposte ne s'est pas fait attendre : nos vaillantes Forces de défense et de sécurité ont abattu "
           "plus de 80 terroristes près de Djibo.",
     "Djibo", nullptr, "Forces de défense et de sécurité", nullptr},
    {"en", "Our brave Defence and Security Forces killed 12 terrorists near Djibo on Sunday.", "Djibo", "on Sunday",
     "Defence and Security Forces", nullptr},
    {"en", "KANO - Police fired live rounds at protesters in Kano on Thursday, killing at least six people.", "Kano",
     "on Thursday", "Police", nullptr},
    {"en", "The Libyan coast guard fired on a migrant boat near Zawiya on Friday, killing two people.", "Zawiya",
     "on Friday", "Libyan coast guard", nullptr},
    {"en", "Gunmen ambushed a police convoy in Nuevo Laredo in March, killing eight officers.", "Nuevo Laredo",
     "in March", "Gunmen", nullptr},
    {"en", "Fighters of the National Resistance Front said they had killed seven Taliban members in Panjshir.",
     "Panjshir", nullptr, "National Resistance Front", "Fighters of the National Resistance Front"},
    // Deaths from a disease have no actor.
    {"en", "Israeli strikes hit Gaza City. Four people, including a child, have died of malnutrition in Gaza in the "
           "past 24 hours.",
     "Gaza", "in the past 24 hours", nullptr, nullptr},
    // ... also when the disease is the subject.
    {"en", "The RSF denied targeting civilians. Cholera has killed more than 100 people in the camps around El "
           "Fasher.",
     "El Fasher", nullptr, nullptr, nullptr},
    {"fr", "Les paramilitaires assiègent la ville. Le choléra a déjà tué 40 personnes à Tawila.", "Tawila", nullptr,
     nullptr, nullptr},
    // A source's proper name set after its description; "the mission" is
    // the mission named before.
    {"fr", "Au moins 14 personnes ont été tuées mardi à Kaboul, selon le porte-parole de la police de la capitale, "
           "Nasrullah Hamdard.",
     "Kaboul", "mardi", nullptr, "Nasrullah Hamdard"},
    {"en", "The Minusca peacekeeping mission condemned the attack. Nine civilians were killed in Bangassou, the "
           "mission said.",
     "Bangassou", nullptr, nullptr, "Minusca"},
    // Places: a dateline or a heading is the last resort; of places of one
    // level the first, of countries the nearest; a party after "between" is
    // no place; a building's own name is less than its town; "X, quartier
    // de Y"; "U.S.-led" is an adjective; a place's English name; the object
    // of a battle.
    {"en", "MAIDUGURI - At least 43 farmers were killed in the Koshebe fields near Zabarmari on Saturday.", "Koshebe",
     "on Saturday", nullptr, nullptr},
    {"fr", "Idleb : au moins 16 civils ont été tués lundi sur un marché de Maaret al-Noomane.", "Maaret al-Noomane",
     "lundi", nullptr, nullptr},
    {"en", "Gunmen opened fire on tourists near Aru, in Anantnag district, on Tuesday, killing nine people.", "Aru",
     "on Tuesday", "Gunmen", nullptr},
    {"en", "Fighting between the army and US-backed Syrian Democratic Forces has killed 90 people in Deir ez-Zor.",
     "Deir ez-Zor", nullptr, nullptr, nullptr},
    {"fr", "Des séparatistes ont tendu une embuscade entre Bamenda et Bali, tuant six militaires.", "Bamenda",
     nullptr, "séparatistes", nullptr},
    {"fr", "Une frappe sur l'école Moustafa Hafez, dans l'ouest de Gaza-ville, a tué 13 personnes.", "Gaza-ville",
     nullptr, nullptr, nullptr},
    {"fr", "Sept femmes ont été tuées jeudi à Abobo, quartier nord d'Abidjan.", "Abobo", "jeudi", nullptr, nullptr},
    {"en", "The U.S.-led coalition bombed a house in the Mosul al-Jadida district, killing 105 civilians.",
     "Mosul al-Jadida", nullptr, "U.S.-led coalition", nullptr},
    {"en", "The regime has turned Aleppo into a slaughterhouse. More than 400 civilians have been killed since "
           "Nov. 15.",
     "Aleppo", "since Nov. 15", nullptr, nullptr},
    {"en", "In Tripoli, state television said NATO air strikes had killed 19 civilians in the Souq al-Juma district.",
     "Souq al-Juma", nullptr, "NATO", "state television"},
    {"fr", "Les autorités de Louhansk assurent qu'un civil a été tué samedi à Pionerskoïe.", "Pionerskoïe", "samedi",
     nullptr, "autorités de Louhansk"},
    {"fr", "La bataille de Raqqa touche à sa fin. Au moins 1.400 civils ont été tués dans la ville depuis juin.",
     "Raqqa", "depuis juin", nullptr, nullptr},
    // Actors: a description's proper name; the party a source speaks for is
    // not what its sentence is about; who leads a coalition did not strike;
    // "ils" after an armed party named in its own sentence.
    {"en", "The commission said 600 civilians were killed in Mai Kadra and blamed a youth group known as Samri.",
     "Mai Kadra", nullptr, "Samri", "commission"},
    {"en", "Al-Shabaab fighters overran a base at El Adde on Friday. A Somali army officer in Gedo told Reuters that "
           "63 Kenyan soldiers had died.",
     "El Adde", "on Friday", "Al-Shabaab fighters", "Somali army officer in Gedo"},
    {"fr", "Des raids aériens de la coalition menée par l'Arabie saoudite ont frappé une salle à Sanaa, tuant 140 "
           "personnes.",
     "Sanaa", nullptr, "coalition", nullptr},
    {"fr", "Dans la vieille ville, où les jihadistes de l'EI restent retranchés, ils ont exécuté dimanche une "
           "vingtaine d'habitants.",
     nullptr, "dimanche", "EI", nullptr},
    // "la ville", "le pays" in a locative phrase stand for the place of
    // their level named before, a heading's country included.
    {"fr", "Des hélicoptères ont largué dimanche des barils sur le quartier de Sakhour, dans l'est d'Alep. Dans la "
           "partie ouest de la ville, deux civils ont été blessés par des obus de mortier.",
     "Alep", "dimanche", nullptr, nullptr},
    {"en", "Iraq: protests swept Nasiriyah again on Thursday. More than 400 people have been killed in the "
           "country since October 1, a rights commission said.",
     "Iraq", "since October 1", nullptr, "rights commission"},
    // Not in a source's phrase: "le maire de la ville".
    {"fr", "Des obus sont tombés sur le quartier de Petrovski, à Donetsk. Trois civils ont été tués, a précisé le "
           "maire de la ville.",
     "Petrovski", nullptr, nullptr, "maire de la ville"},
    // Nobody claimed it: a group suspected for its past attacks is no actor.
    {"en", "A bomb tore through a Shiite mosque in Kandahar on Friday during prayers, killing at least 46 "
           "worshippers, a Taliban official said. No group immediately claimed responsibility. The local branch of "
           "the Islamic State group has carried out similar attacks on Shiite mosques in the past.",
     "Kandahar", "on Friday", nullptr, "Taliban official"},
    {"fr", "Une bombe a explosé vendredi dans une mosquée chiite de Kandahar, tuant au moins 46 fidèles. L'attentat "
           "n'a pas été revendiqué. La branche locale du groupe Etat islamique a déjà mené des attaques semblables.",
     "Kandahar", "vendredi", nullptr, nullptr},
    // A country's own body keeps its country ("its forces": the owner); the
    // victims' own noun names no one who killed them.
    {"en", "Ukraine's General Staff said on Saturday its forces had struck a Russian training ground near Kadiivka, "
           "killing about 60 servicemen.",
     "Kadiivka", "on Saturday", "Ukraine's General Staff", "Ukraine's General Staff"},
    // Where people found refuge is not where the toll is, even before a
    // second cue.
    {"fr", "Près de 1,5 million d'Irakiens ont trouvé refuge en Syrie depuis 2003, fuyant les violences.", nullptr,
     "depuis 2003", nullptr, nullptr},
    // A first predicate before the reporting verb: the source is its subject.
    {"en", "Moscow denied the report and said its troops had killed 203 militants near Moura.", "Moura", nullptr,
     "Moscow", "Moscow"},
    {"fr", "Selon lui, les soldats ont libéré 47 otages. L'officier a regretté que trois soldats aient été tués "
           "lorsque des combattants de l'Iswap ont attaqué dimanche une base à Wajiroko.",
     "Wajiroko", "dimanche", "Iswap", nullptr},
    // One soldier, a shooter, mutineers, paratroopers: the subject of an
    // active verb of killing names a party as the plural does.
    {"fr", "Un soldat a abattu trois civils lundi à Hébron.", "Hébron", "lundi", "soldat", nullptr},
    {"fr", "Le 24 juin, les mutins ont tué 13 militaires russes près de Voronej.", "Voronej", "Le 24 juin", "mutins",
     nullptr},
    {"fr", "Le 30 janvier 1972, les parachutistes ont abattu 14 manifestants à Derry.", "Derry", "Le 30 janvier 1972",
     "parachutistes", nullptr},
    {"en", "On Sunday, a gunman killed five people in Halle.", "Halle", "On Sunday", "gunman", nullptr},
    // Members gathered within a group are the group's ("regroupés au sein de").
    {"fr", "Deux policiers ont été tués dimanche à Jamundí, selon la police, qui attribue l'assaut aux dissidents des "
           "FARC regroupés au sein de l'État-major central (EMC).",
     "Jamundí", "dimanche", "État-major central (EMC)", "police"},
    // A party's noun as the attack's adjective, not a kind of attack.
    {"fr", "Les tirs d'obus rebelles sur Alep-Ouest ont tué quatre personnes lundi.", "Alep-Ouest", "lundi",
     "rebelles", nullptr},
    {"fr", "Lundi, une attaque terroriste a tué douze personnes à Bunia.", "Bunia", "Lundi", nullptr, nullptr},
    // Past the time and the place, a weapon's agent ("engin": a device).
    {"fr", "Un civil a été tué lundi à Jamundí par un engin lâché par les rebelles.", "Jamundí", "lundi", "rebelles",
     nullptr},
    // A prison's name is where, not who; the régime's prisons are its own.
    {"fr", "À la prison de Serkadji, une centaine de détenus ont été tués lors d'une mutinerie.", "Serkadji", nullptr,
     nullptr, nullptr},
    {"fr", "Des milliers de détenus sont morts dans les prisons du régime.", nullptr, nullptr, "régime", nullptr},
    {"fr", "Jeudi, 156 détenus ont été tués par les forces de sécurité de la prison.", nullptr, "Jeudi",
     "forces de sécurité de la prison", nullptr},
    // "met en cause" blames as "a mis en cause" does.
    {"fr", "Amnesty met en cause l'armée : douze villageois ont été tués lundi à Kidal.", "Kidal", "lundi", "armée",
     "Amnesty"},
    // The attack's agent past the figure that counts its men.
    {"fr", "Au moins 30 policiers ont été tués lors de l'assaut lancé dimanche par quelque 1 500 rebelles des FARC "
           "contre Mitú.",
     "Mitú", "dimanche", "rebelles des FARC", nullptr},
    {"fr", "Douze personnes ont été tuées vendredi dans le quartier de Wharf Jérémie, à Port-au-Prince, par 200 "
           "membres du gang.",
     "Wharf Jérémie", "vendredi", "gang", nullptr},
    // Blame with "des" as an article ("accuse des rebelles"), suspicion,
    // "sur le compte de".
    {"fr", "Huit villageois ont été tués lundi à Beni ; l'armée accuse des rebelles ougandais.", "Beni", "lundi",
     "rebelles ougandais", nullptr},
    {"fr", "Quatorze paysans serbes ont été tués vendredi près de Gracko. Les soupçons se portent sur des extrémistes "
           "albanais.",
     "Gracko", "vendredi", "extrémistes albanais", nullptr},
    {"fr", "Deux rangers ont été tués dimanche à Yala. L'attaque n'a pas été revendiquée, mais les autorités la "
           "mettent sur le compte des insurgés malais.",
     "Yala", "dimanche", "insurgés malais", nullptr},
    // "depuis l'attaque", "since the assault": the toll of the attack told
    // before, not a period's total.
    {"fr", "Lundi, la coalition de gangs Viv Ansanm a attaqué Mirebalais. Plus de 5.000 habitants ont fui la ville "
           "depuis l'attaque, selon l'OIM.",
     "Mirebalais", "depuis l'attaque", "coalition de gangs Viv Ansanm", "OIM"},
    {"en", "On Friday the Rapid Support Forces stormed the Zamzam camp. More than 400,000 people have fled since the "
           "assault, the IOM said.",
     "Zamzam", "since the assault", "Rapid Support Forces", "IOM"},
    // Fled before a party's advance or after its threats.
    {"fr", "En une semaine, plus de 100.000 Arméniens ont fui le Karabakh devant l'avancée des troupes de Bakou, selon "
           "le HCR.",
     "Karabakh", "En une semaine", "Bakou", "HCR"},
    {"fr", "La semaine dernière, près de 4.000 personnes ont fui les villages de Tougan après des menaces de groupes "
           "armés.",
     "Tougan", "La semaine dernière", "groupes armés", nullptr},
    {"en", "In August 2014, more than 120,000 Christians fled the Islamic State group's advance across the Nineveh "
           "Plains.",
     "Nineveh Plains", "In August 2014", "Islamic State group", nullptr},
    // A point of the compass alone names no party.
    {"fr", "Depuis mardi, plus de 400 soldats sont tombés à Majnoun, selon le quartier général des opérations du "
           "Sud.",
     "Majnoun", "Depuis mardi", nullptr, "quartier général des opérations du Sud"},
    // Existential "there" is no source; an NGO "believes": it gives the
    // figure, and "the organization" names no armed group.
    {"en", "From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths.", nullptr,
     "From 2010 to 2015", nullptr, nullptr},
    {"en", "Amnesty International documented the crackdown on protesters. The organization believes that as many as "
           "200 have been killed.",
     nullptr, nullptr, nullptr, "Amnesty International"},
    // "claimed" with the figure as its object caused the deaths; with a
    // clause, someone speaks.
    {"en", "The conflict has claimed at least 5,000 lives, according to the UN.", nullptr, nullptr, nullptr, "UN"},
    {"en", "The war has claimed more than 300,000 lives.", nullptr, nullptr, nullptr, nullptr},
    {"en", "Al-Shabaab claimed 20 soldiers were killed.", nullptr, nullptr, nullptr, "Al-Shabaab"},
    // Gas is a weapon: by its owner ("ses gaz"), never a party itself.
    {"fr", "Le régime baasiste de Bagdad a de nouveau fait usage d'armes chimiques à Majnoun. Depuis mardi, 1.100 "
           "soldats ont été blessés par ses gaz moutarde.",
     "Majnoun", "Depuis mardi", "régime baasiste", nullptr},
    {"en", "About 2,500 soldiers have been injured by chemical agents in Majnoun.", "Majnoun", nullptr, nullptr, nullptr},
    // The victims' town: "habitants de", "residents of".
    {"fr", "Jeudi, les gangs ont massacré au moins 115 habitants de Pont-Sondé.", "Pont-Sondé", "Jeudi", "gangs",
     nullptr},
    {"en", "On Sunday, gunmen killed 20 residents of Tudun Biri.", "Tudun Biri", "On Sunday", "gunmen", nullptr},
    // A name that opens on a party's noun is no place.
    {"fr", "Les combats qui opposent l'armée birmane à l'Armée pour l'indépendance kachin (KIA) autour de Bhamo ont "
           "fait au moins 30 morts parmi les civils.",
     "Bhamo", nullptr, nullptr, nullptr},
};

// Actors the learned chooser (the default) names among the candidates
// where the rules' order names none.
const ContextCase kChooserCases[] = {
    // A weapon's model is no party: its owner is ("dont les B-52").
    {"fr", "Les impérialistes américains, dont les B-52 ont tué des centaines de paysans au Cambodge en 1970, n'ont "
           "jamais été jugés.",
     "Cambodge", "en 1970", "impérialistes américains", nullptr},
    // Soldiers named by their nation's name ("U.S. Marines"): no naming
    // with that name killed them ("U.S. Army uniforms"). The subject past
    // its headcount ("About 15").
    {"en",
     "About 15 Taliban fighters dressed in U.S. Army uniforms attacked Camp Bastion late on Friday, killing two U.S. "
     "Marines and wounding nine other troops.",
     "Camp Bastion", "late on Friday", "Taliban fighters", nullptr},
    // A claim of responsibility past its date, in the sentence after the
    // toll; the group, not the organisation its description names.
    {"fr", "Au moins 25 soldats ont été tués lundi dans l'attaque d'un camp à Boulkessi. L'attaque a été "
           "revendiquée dans la soirée par le JNIM, la branche sahélienne d'Al-Qaïda.",
     "Boulkessi", "lundi", "JNIM", nullptr},
    // An attack named by its nation, in the sentence before or past its
    // qualifiers, as written; a live page's time zone is no part of it.
    {"fr", "Des frappes turques ont visé jeudi des positions kurdes autour de Kobané. Onze combattants et quatre "
           "civils ont été tués.",
     "Kobané", "jeudi", "frappes turques", nullptr},
    {"fr", "Une bombe aérienne guidée russe a frappé un immeuble de Kharkiv, tuant quatre personnes.", "Kharkiv",
     "<null>", "bombe aérienne guidée russe", nullptr},
    {"en", "A Russian glide bomb hit a building in Kharkiv on Friday, killing three people.", "Kharkiv", "on Friday",
     "Russian glide bomb", nullptr},
    {"en", "14:05 GMT Israeli strikes on the village of Maifadoun killed seven people on Tuesday.", "Maifadoun",
     "on Tuesday", "Israeli strikes", nullptr},
    // "three of the attackers" were killed by the defenders, not by the
    // attackers named before.
    {"en", "Islamic State militants attacked a prison in Hasakah on Thursday. SDF fighters repelled the assault and "
           "killed three of the attackers.",
     "Hasakah", "on Thursday", "SDF fighters", nullptr},
    // Forces loyal to someone are his.
    {"en", "Forces loyal to Muammar Gaddafi pounded Misrata on Tuesday, killing at least 12 people.", "Misrata",
     "on Tuesday", "Muammar Gaddafi", nullptr},
    // The agent past a weapon's model.
    {"fr", "Hier, les roquettes Grad de Kadhafi ont frappé Misrata, tuant au moins 17 personnes.", "Misrata", "Hier",
     "Kadhafi", nullptr},
    // A place named after a battle or a massacre is where, not who.
    {"fr", "La bataille de Tinzaouatène, en juillet 2024, l'a montré : des dizaines de soldats y ont été tués.",
     "Tinzaouatène", "en juillet 2024", "<null>", nullptr},
    // Soldiers the text calls its own were not killed by its own forces.
    {"fr", "Le poste de Gao a été la cible lundi d'une attaque de groupes armés terroristes. La riposte des "
           "Forces armées nationales, appuyées par l'aviation, a permis de repousser l'assaut. Huit de nos soldats "
           "sont tombés à Gao.",
     "Gao", "lundi", "groupes armés terroristes", nullptr},
    // Abductions and hostages told after the toll: their subject did it.
    {"fr", "Le 7 octobre, près de 1 200 personnes ont été massacrées en Israël. Les terroristes du Hamas ont violé, "
           "pris des enfants en otage.",
     "Israël", "Le 7 octobre", "terroristes du Hamas", nullptr},
    {"en", "At least 40 villagers were killed on Sunday. Bandits also abducted 20 women.", "<null>", "on Sunday",
     "Bandits", nullptr},
    // An attack's agent after a comma, in the sentence after the toll
    // ("L'attaque, menée par").
    {"fr", "Le massacre a fait 85 morts. L'attaque, menée par les rebelles, a duré plusieurs heures.", "<null>",
     "<null>", "rebelles", nullptr},
};

// The chooser is fitted to the gold sets, not to these cases: it must name
// all but three of their actors. Measured (twenty-sixth session): refitted
// with the sets of that session, it names no one, by under 0.1, for the
// two deeds told after the toll ("Les terroristes du Hamas ont violé, pris
// des enfants en otage", "Bandits also abducted 20 women"); the weights
// before them named both. Twenty-seventh session: refitted with four more
// sets, it names no one, by 0.04, for "Le massacre a fait 85 morts.
// L'attaque, menée par les rebelles, a duré" (a toll in "morts" weighs
// against a non-state party: -0.79).
TEST_F(ClaimFinderTest, ChooserNamesActorsTheRulesMiss) {
  size_t right = 0;
  std::string wrong;
  for (const ContextCase& c : kChooserCases) {
    SCOPED_TRACE(c.text);
    std::vector<Claim> claims = Find(c.text, c.lang);
    ASSERT_EQ(claims.size(), 1u);
    EXPECT_EQ(claims[0].place.value_or("<null>"), c.place);
    EXPECT_EQ(claims[0].date.value_or("<null>"), c.date);
    EXPECT_EQ(claims[0].attribution, std::nullopt);
    if (claims[0].actor.value_or("<null>") == c.actor) {
      ++right;
    } else {
      wrong += std::string(c.text) + " -> " + claims[0].actor.value_or("<null>") + "\n";
    }
  }
  EXPECT_GE(right + 3, std::size(kChooserCases)) << wrong;
}

// A date after a second figure of the sentence is that figure's: the first
// toll is the day's, not a period's ("depuis le 27 septembre").
TEST_F(ClaimFinderTest, ADateAfterALaterFigureIsThatFiguresOwn) {
  std::vector<Claim> claims =
      Find("Les forces azerbaïdjanaises ont pilonné samedi la ville de Martouni. Trois civils ont été tués, a indiqué "
           "le médiateur, qui fait état de plus de 40 civils tués depuis le 27 septembre.",
           "fr");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].date.value_or("<null>"), "samedi");
  EXPECT_EQ(claims[0].actor.value_or("<null>"), "forces azerbaïdjanaises");
  EXPECT_EQ(claims[1].date.value_or("<null>"), "depuis le 27 septembre");
}

// "tirant sur" is a verb of attack: the clause's subject is its agent, not
// only the sentence's topic.
TEST_F(ClaimFinderTest, ShootingAtIsAnAttack) {
  const std::vector<internal::ChoiceDumpRecord> dump =
      DumpActors("Des hommes armés ont déferlé sur le village, tirant sur tout ce qui bougeait. Des milliers "
                 "d'habitants ont fui.",
                 "fr");
  ASSERT_EQ(dump.size(), 1u);
  bool subject = false;
  for (const auto& [text, features] : dump[0].candidates) {
    for (const auto& [f, v] : features) subject = subject || (text == "hommes armés" && f == "subject");
  }
  EXPECT_TRUE(subject);
}

// Whether the first claim's candidate `name` has `feature`.
// The names of the first claim's candidates, "" for "no actor" first.
std::vector<std::string> CandidateNames(const std::vector<internal::ChoiceDumpRecord>& dump) {
  std::vector<std::string> out;
  if (!dump.empty()) {
    for (const auto& [name, features] : dump[0].candidates) out.push_back(name);
  }
  return out;
}

bool HasCandidateFeature(const std::vector<internal::ChoiceDumpRecord>& dump, std::string_view name,
                         std::string_view feature) {
  if (dump.empty()) return false;
  for (const auto& [text, features] : dump[0].candidates) {
    if (text != name) continue;
    for (const auto& [f, v] : features) {
      if (f == feature) return true;
    }
  }
  return false;
}

// A unit named by its ordinal ("la 5e brigade", "la cinquième division")
// is a party, and its ordinal no figure.
TEST_F(ClaimFinderTest, AUnitNamedByItsOrdinalIsAnActor) {
  auto actor = [](const std::string& text) {
    const std::vector<Claim> out = Find(text);
    return out.size() == 1 ? out[0].actor.value_or("<null>") : "<" + std::to_string(out.size()) + " claims>";
  };
  EXPECT_EQ(actor("En 1983, la 5e brigade a tué au moins 2 000 civils dans le Matabeleland."), "5e brigade");
  EXPECT_EQ(actor("En 1983, la cinquième brigade a tué au moins 2 000 civils."), "cinquième brigade");
  EXPECT_EQ(actor("Le 57e régiment a tué 40 villageois."), "57e régiment");
  const std::vector<Claim> out = Find("En 1983, la 5e brigade a tué au moins 2 000 civils.");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].killed, 2000);
}

// A place after its locative is where, not who: no candidate, even where
// a relative clause after it has the verb ("in southern Lebanon that
// killed"); a naming that only begins with a place still is one.
TEST_F(ClaimFinderTest, APlaceAfterItsLocativeIsNoActorCandidate) {
  const auto names = CandidateNames;
  const auto english = names(DumpActors(
      "Israel responded with air strikes on bridges and roads in southern Lebanon that killed at least 40 "
      "civilians, officials said.",
      "en"));
  ASSERT_FALSE(english.empty());
  for (const std::string& n : english) EXPECT_EQ(n.find("Lebanon"), std::string::npos) << n;
  const auto french = names(DumpActors("Des obus tirés par l'armée sur des positions en Syrie ont tué 12 civils.", "fr"));
  ASSERT_FALSE(french.empty());
  EXPECT_EQ(std::count(french.begin(), french.end(), "Syrie"), 0);
  EXPECT_EQ(std::count(french.begin(), french.end(), "armée"), 1);
  const auto unit = names(DumpActors(
      "Gunmen attacked a checkpoint in Hama on Monday. Officers at the Hama Police Command killed two of them.", "en"));
  EXPECT_EQ(std::count(unit.begin(), unit.end(), "Hama"), 0);
  EXPECT_EQ(std::count(unit.begin(), unit.end(), "Hama Police Command"), 1);
}

// A party's noun in a phrase that names none (lexicon role not_party):
// "un régime alimentaire", "the sanctions regime" are no candidates; "le
// régime" alone still is.
TEST_F(ClaimFinderTest, ARegimeThatIsADietIsNoParty) {
  auto has = [](const std::vector<internal::ChoiceDumpRecord>& dump, std::string_view name) {
    const std::vector<std::string> names = CandidateNames(dump);
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return n.find(name) != std::string::npos; });
  };
  EXPECT_FALSE(has(DumpActors("Gaza : 28 enfants sont morts de faim depuis janvier, selon l'OMS, qui décrit des "
                              "familles survivant avec un régime alimentaire de misère.",
                              "fr"),
                   "régime"));
  EXPECT_FALSE(has(DumpActors("Le régime des pluies a fait 40 morts dans les inondations.", "fr"), "régime"));
  EXPECT_FALSE(has(DumpActors("The sanctions regime has killed 500 children, the report said.", "en"), "regime"));
  EXPECT_TRUE(has(DumpActors("Syrie : le régime a tué 40 civils à Douma.", "fr"), "régime"));
}

// "il" and "elle" agree in gender with the naming they stand for, where
// its article says it: "il" is not "la police", "elle" is.
TEST_F(ClaimFinderTest, APronounAgreesInGender) {
  EXPECT_FALSE(HasCandidateFeature(
      DumpActors("Le tireur a été arrêté, a annoncé la police. Il a tué 85 personnes sur l'île.", "fr"), "police",
      "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("La milice a attaqué le village, a annoncé la police. Elle a tué 85 personnes.", "fr"), "milice",
      "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Le groupe armé a attaqué le village, a annoncé la police. Il a tué 85 personnes.", "fr"),
      "groupe armé", "subject_same"));
}

// What is thrown wounds for whoever threw it ("des projectiles lancés par
// des manifestants"); a quoted attack's adjective names no party (« attentat
// terroriste »); a shootout is fighting, no one's name.
TEST_F(ClaimFinderTest, ProjectilesAndShootoutsAreNoParties) {
  auto actor = [](const std::string& text) {
    const std::vector<Claim> out = Find(text);
    return out.size() == 1 ? out[0].actor.value_or("<null>") : "<" + std::to_string(out.size()) + " claims>";
  };
  EXPECT_EQ(actor("Paris : 31 policiers ont été blessés samedi par des projectiles lancés par des manifestants."),
            "manifestants");
  const auto dump = DumpActors(
      "La communauté kurde dénonce un « attentat terroriste ». 31 policiers ont été blessés par des jets de "
      "projectiles.",
      "fr");
  ASSERT_FALSE(dump.empty());
  for (const auto& [text, features] : dump[0].candidates) {
    EXPECT_NE(text, "terroriste");
    EXPECT_EQ(text.find("projectiles"), std::string::npos) << text;
  }
  const auto english = DumpActors("One suspect was killed in a shootout with security forces.", "en");
  ASSERT_FALSE(english.empty());
  for (const auto& [text, features] : english[0].candidates) EXPECT_EQ(text.find("shootout"), std::string::npos);
}

// One person acting alone, named by an indefinite article and a noun of
// the lexicon role lone_attacker or a demonym, is a party: "un
// automobiliste a foncé dans la foule, tuant", "a student killed", "un
// Algérien a tué"; not one of the victims.
TEST_F(ClaimFinderTest, ALoneAttackerIsAParty) {
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Magdebourg : un automobiliste a foncé vendredi dans la foule d'un marché de Noël, tuant cinq "
                 "personnes.",
                 "fr"),
      "automobiliste", "same"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Quebec: a student killed six worshippers at a mosque.", "en"),
                                  "student", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Paris : un Algérien a tué deux passants.", "fr"), "Algérien",
                                  "subject_same"));
  // Named before the apposition that describes them: the person.
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Oslo : Anders Behring Breivik, un Norvégien de 32 ans, a tué 77 personnes.", "fr"),
      "Anders Behring Breivik", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Charleston: Dylann Roof, a 21-year-old white man, killed nine worshippers.", "en"), "Dylann Roof",
      "subject_same"));
  // One of the victims is none: "un étudiant a été blessé".
  for (const char* text : {"Québec : l'homme a été tué et six fidèles ont été blessés.",
                           "Paris : un étudiant a été blessé par balle."}) {
    for (const auto& record : DumpActors(text, "fr")) {
      for (const auto& [name, features] : record.candidates) {
        EXPECT_NE(name, "homme");
        EXPECT_NE(name, "étudiant");
      }
    }
  }
}

// A share of the victims between the figure and "par"/"by" (lexicon role
// share) does not hide the agent: "tués depuis 2022, en immense majorité
// par les forces russes", "killed, most of them by security forces".
TEST_F(ClaimFinderTest, AShareOfTheVictimsBeforeTheAgent) {
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Selon l'ONU, plus de 12 000 civils ont été tués en Ukraine depuis février 2022, en immense "
                 "majorité par les forces russes.",
                 "fr"),
      "forces russes", "agent_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("At least 23 people were killed in Caracas, most of them by security forces, according to the UN.",
                 "en"),
      "security forces", "agent_same"));
}

// "attribue la plupart de ces meurtres à des cellules de l'EI": murders
// are attacks, blamed on the party after "à", not a party themselves.
TEST_F(ClaimFinderTest, MurdersAreBlamedOnTheirAgent) {
  const auto dump = DumpActors(
      "Syrie : au moins 47 personnes ont été tuées depuis janvier dans le camp d'al-Hol, selon l'ONU, qui "
      "attribue la plupart de ces meurtres à des cellules de l'EI.",
      "fr");
  ASSERT_FALSE(dump.empty());
  for (const std::string& name : CandidateNames(dump)) EXPECT_EQ(name.find("meurtres"), std::string::npos) << name;
  EXPECT_TRUE(HasCandidateFeature(dump, "EI", "blame_same"));
}

// Who a claim's subject is, however the naming is built: an armed group
// of the gazetteer as a lower-case adjective ("des cavaliers janjawid"),
// a party named again ("la même police"), a number after the article
// ("ces deux groupes jihadistes"), gunners ("les artilleurs tadjiks").
TEST_F(ClaimFinderTest, SubjectsNamedInManyWays) {
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Jeudi, des cavaliers janjawid ont attaqué le village de Tawila, tuant 35 civils.", "fr"),
      "cavaliers janjawid", "same"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Tunis : la même police a tué plus de 300 manifestants.", "fr"),
                                  "police", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Selon Acled, ces deux groupes jihadistes ont tué plus de 1 200 personnes.", "fr"),
      "groupes jihadistes", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("These two militias killed 40 civilians in the town.", "en"),
                                  "militias", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("En septembre, les artilleurs tadjiks ont tué trois écoliers dans le village de Boz-Adyr.", "fr"),
      "artilleurs tadjiks", "subject_same"));
}

// A country or a capital after a ruler's noun (lexicon role ruler) is the
// seat of its power, part of the naming and no place: "le régime de
// Kiev", "les soldats du régime de Damas".
TEST_F(ClaimFinderTest, ARulersSeatIsPartOfItsNaming) {
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Le régime de Kiev a tué onze civils à Donetsk.", "fr"),
                                  "régime de Kiev", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Les soldats du régime de Damas ont tué onze civils.", "fr"),
                                  "soldats du régime de Damas", "subject_same"));
  const std::vector<Claim> claims = Find("Les soldats du régime de Damas ont tué onze civils.", "fr");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_FALSE(claims[0].place.has_value()) << *claims[0].place;
}

// Misreadings of a sentence's parties, mended: the complement of an
// attack with an agent after it is its target ("le bombardement chimique
// de Sardacht par le régime baasiste"); a name after the locative that
// opens a sentence is where, not the antecedent of "qui" ("à Senkata, les
// militaires qui gardent l'usine tuent"); a relative's verb and object
// are no naming ("un autocar qui reliait Mandera à Nairobi et exécuté");
// "multiplier les attentats" is an attack, its subject a party.
TEST_F(ClaimFinderTest, PartiesOfASentenceReadRight) {
  auto dump = DumpActors(
      "L'Iran commémore le bombardement chimique de Sardacht par le régime baasiste, qui avait fait 119 martyrs.",
      "fr");
  EXPECT_TRUE(HasCandidateFeature(dump, "régime baasiste", "agent_same"));
  for (const std::string& name : CandidateNames(dump)) EXPECT_NE(name, "Sardacht");
  dump = DumpActors("Le 19, à Senkata, les militaires qui gardent l'usine de gaz tuent dix habitants d'El Alto.",
                    "fr");
  EXPECT_TRUE(HasCandidateFeature(dump, "militaires", "subject_same"));
  for (const std::string& name : CandidateNames(dump)) EXPECT_NE(name, "Senkata");
  dump = DumpActors(
      "Kenya : des hommes armés ont arrêté un autocar qui reliait Mandera à Nairobi et exécuté 28 passagers.",
      "fr");
  EXPECT_TRUE(HasCandidateFeature(dump, "hommes armés", "subject_same"));
  for (const std::string& name : CandidateNames(dump)) EXPECT_EQ(name.find("reliait"), std::string::npos) << name;
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("L'OAS a multiplié les attentats à Alger. L'organisation a abattu 20 personnes.", "fr"), "OAS",
      "subject_prev1"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Une dizaine de militaires ont été blessés par les bâtons de dynamite des terroristes.", "fr"),
      "terroristes", "agent_same"));
  // The subject of a passive verb of casualties is a victim, not a party
  // ("Un gendarme ... a été enlevé lundi puis décapité"); one accused of a
  // killing is not.
  dump = DumpActors(
      "Un gendarme en poste à Muyuka a été enlevé lundi puis décapité par des coupeurs de têtes. Deux civils ont "
      "été blessés par balle au cours du même raid.",
      "fr");
  ASSERT_GE(dump.size(), 2u);
  for (const auto& [name, features] : dump[1].candidates) EXPECT_NE(name, "gendarme");
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Les rebelles ont été accusés d'avoir tué 30 civils.", "fr"), "rebelles",
                                  "blame_same"));
  // A name that opens on a place's noun ("Front patriotique"), and a
  // French name with lower-case words spelt by its acronym ("Front uni
  // pour le changement (FUC)").
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Le Front patriotique a tué 350 civils.", "fr"), "Front patriotique",
                                  "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Le 13 avril 2006, l'assaut du Front uni pour le changement (FUC) sur la capitale a fait plus de "
                 "350 morts.",
                 "fr"),
      "Front uni pour le changement (FUC)", "agent_same"));
  // English: a verb after "and" shares the subject of the past tense
  // before it.
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Security forces ended the 12-hour siege on Saturday morning and killed all four attackers.", "en"),
      "Security forces", "subject_same"));
}

// Words other than "par" before an agent (lexicon role agent_phrase):
// "entre les mains des services de sécurité", "sous les coups des agents
// de la DDS", "at the hands of the Kaniyat"; not a naming of no party
// ("sous le feu des critiques").
TEST_F(ClaimFinderTest, AnAgentAfterOtherWordsThanBy) {
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Plus de 8.000 Baloutches ont disparu depuis 2000 entre les mains des services de sécurité "
                 "pakistanais.",
                 "fr"),
      "services de sécurité pakistanais", "agent_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("En 1987, 17 hommes sont morts sous les coups des agents de la DDS.", "fr"), "DDS", "agent_same"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("At least 250 people disappeared at the hands of the Kaniyat.", "en"),
                                  "Kaniyat", "agent_same"));
  const auto dump = DumpActors("Le ministre est sous le feu des critiques après la mort de 12 manifestants.", "fr");
  for (const std::string& name : CandidateNames(dump)) EXPECT_EQ(name.find("critiques"), std::string::npos);
}

// The subject of a light verb before its toll caused it, when it names a
// party ("le PKK a fait 40 000 morts", "les troupes d'al-Majid ont fait
// disparaître"); an insurgency that "a fait 40 000 morts" names none.
TEST_F(ClaimFinderTest, TheSubjectOfALightVerbCausedTheToll) {
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Paris s'indigne. Qui se souvient que le PKK a fait plus de 40 000 morts en Turquie depuis 1984 ?",
                 "fr"),
      "PKK", "subject_of_cue"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Selon l'accusation, les troupes d'al-Majid ont fait disparaître "
                                             "quelque 180.000 Kurdes dans le nord de l'Irak en 1988.",
                                             "fr"),
                                  "al-Majid", "subject_of_cue"));
  const auto war = DumpActors(
      "Depuis 2009, l'insurrection des islamistes de Boko Haram a fait plus de 40 000 morts dans le nord-est du "
      "Nigeria.",
      "fr");
  for (const std::string& name : CandidateNames(war)) EXPECT_FALSE(HasCandidateFeature(war, name, "subject_of_cue"));
}

// A possessive before a weapon or an attack stands for its owner: the
// party named before ("un de ses drones"), or the speaker whose "que"
// opens the clause, past a date between commas or a participle
// ("New Delhi affirme que, le 7 mai, ses frappes", "a reconnu qu'une mine
// posée par ses combattants").
TEST_F(ClaimFinderTest, APossessiveStandsForTheWeaponsOwner) {
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("L'armée nigériane a reconnu mardi qu'un de ses drones avait bombardé des villageois à Tudun Biri. "
                 "Au moins 85 civils ont été tués.",
                 "fr"),
      "armée nigériane", "subject_prev1"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("New Delhi affirme que, le 7 mai, ses frappes ont tué plus de 100 combattants au Pakistan.", "fr"),
      "New Delhi", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("La NPA a reconnu qu'une mine posée par ses combattants avait tué deux civils à Masbate.", "fr"), "NPA",
      "agent_same"));
  // "les mêmes égorgeurs du TTP" has a name of its own: what "leurs" stands for.
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Dix ans plus tard, les mêmes égorgeurs du TTP paradent à Kaboul. En 2023, leurs attaques ont tué "
                 "plus de 500 policiers et soldats au Khyber Pakhtunkhwa.",
                 "fr"),
      "égorgeurs du TTP", "pronoun"));
}

// Namings that used to stop short: after a doubt and its quotes (lexicon
// role so_called), a quoted noun and the name after it, a country after a
// state's force, a place inside a name, an acronym in brackets; and a
// people in the plural is its state's side.
TEST_F(ClaimFinderTest, NamingsReadWhole) {
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Les soi-disant « rebelles modérés » ont tué 12 civils à Alep.", "fr"),
                                  "rebelles modérés", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Les terroristes de la soi-disant « Armée de libération du Baloutchistan » ont tué 12 civils à "
                 "Karachi.",
                 "fr"),
      "terroristes de la soi-disant « Armée de libération du Baloutchistan »", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Sept militaires ont été tués samedi dans une embuscade. Le ministère a "
                                             "attribué l'attaque à des « terroristes » du Sentier lumineux.",
                                             "fr"),
                                  "« terroristes » du Sentier lumineux", "blame_next1"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Les forces impérialistes des Etats-Unis ont bombardé une embarcation de pêcheurs, tuant ses six "
                 "occupants.",
                 "fr"),
      "forces impérialistes des Etats-Unis", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Bilan : 40 morts et plus de 100 blessés. Les terroristes de l'Émirat du Caucase revendiquent le "
                 "carnage.",
                 "fr"),
      "terroristes de l'Émirat du Caucase", "blame_next1"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("À l'aube, les Russes ont tiré une salve de missiles sur Saltivka, tuant six civils.", "fr"), "Russes",
      "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("At least 12 civilians were killed when Saudi jets bombed a market in Saada on Sunday.", "en"),
      "Saudi jets", "subject_same"));
}

// English: a state force's noun before the attack is its agent ("an army
// bombing"), not a kind of violence ("gang violence"); the agent of a share
// of the victims past its own participle ("many of them shot by police").
TEST_F(ClaimFinderTest, AgentsBeforeTheAttackAndAfterAShare) {
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("A senator revealed that an army bombing of a camp in August killed at least 18 people.", "en"),
      "army", "agent_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Nobody mentions the police raids that killed at least 40 people in Cité Soleil.", "en"), "police",
      "agent_same"));
  const std::vector<std::string> gang =
      CandidateNames(DumpActors("Gang violence has displaced more than a million people.", "en"));
  EXPECT_THAT(gang, ::testing::Not(::testing::Contains("gang")));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Up to 1,400 people were killed in three weeks, many of them shot by police with rifles.", "en"),
      "police", "agent_same"));
  // The weapons of armed men are not their name; "responsable d'au moins"
  // blames its subject.
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Des hommes armés de fusils d'assaut ont attaqué la rédaction, tuant douze personnes.", "fr"),
      "hommes armés", "topic_same"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("La police était responsable d'au moins 25 morts.", "fr"), "police",
                                  "blame_same"));
  // The enemy's soldiers are not the state force's own; a revolt crushed.
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Les troupes gouvernementales ont tué plus de 500 soldats ennemis.", "fr"), "troupes gouvernementales",
      "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Some 30,000 Malagasy were killed when the colonial army crushed the revolt of 1947.", "en"),
      "colonial army", "subject_same"));
  // The members after "dont" are the antecedent's, past its apposition.
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("L'armée combat le Front national kuki-chin, un groupe armé ethnique, dont les combattants ont tué "
                 "trois soldats en mai.",
                 "fr"),
      "Front national kuki-chin", "subject_same"));
  // A legal state is no party: "régime d'exception".
  const std::vector<std::string> exception = CandidateNames(DumpActors(
      "Depuis l'entrée en vigueur du régime d'exception, au moins 350 détenus sont morts dans les prisons.", "fr"));
  EXPECT_THAT(exception, ::testing::Not(::testing::Contains(::testing::HasSubstr("régime"))));
}

// The subject past an aside or a clause: a branch's own name in the aside
// (lexicon role branch), the antecedent of "qui" from its determiner on,
// and an English coordinated subject past a participle before "to".
TEST_F(ClaimFinderTest, SubjectsPastAsidesAndClauses) {
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Plus de 220 personnes ont été blessées. Une faction dissidente du Tehreek-e-Taliban Pakistan (TTP), "
                 "le Jamaat-ul-Ahrar, a revendiqué l'attaque.",
                 "fr"),
      "Jamaat-ul-Ahrar", "blame_next1"));
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Son régime a couvert le groupe Colina, un escadron de la mort qui a tué 15 personnes à Barrios "
                 "Altos en novembre 1991.",
                 "fr"),
      "groupe Colina", "subject_same"));
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Islamist militants linked to al Qaeda and Islamic State have killed "
                                             "thousands of people across the central Sahel.",
                                             "en"),
                                  "Islamist militants", "subject_same"));
}

// Not parties: armed men are not the victims their noun repeats, and an
// infinitive after a plural is no part of its naming.
TEST_F(ClaimFinderTest, VictimsAndVerbsAreNoNamings) {
  EXPECT_TRUE(HasCandidateFeature(
      DumpActors("Mardi soir, à Katoyi, trois hommes ont été abattus par des hommes armés en uniforme.", "fr"),
      "hommes armés", "agent_same"));
  const std::vector<std::string> names = CandidateNames(DumpActors(
      "Un réfugié affirme avoir vu des soldats achever une vingtaine de blessés dans le centre d'Andijan.", "fr"));
  EXPECT_NE(std::find(names.begin(), names.end(), "soldats"), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), "soldats achever"), names.end());
}

// A demonstrative stands for the party named before, and its own naming
// is offered beside it, marked: "Les terroristes des PDF ... ces bandes
// armées ont assassiné".
TEST_F(ClaimFinderTest, ADemonstrativeOffersItsOwnNaming) {
  const auto dump = DumpActors(
      "Les terroristes des PDF ont incendié le marché de Kanbalu. Depuis janvier, ces bandes armées ont "
      "assassiné sept administrateurs de village.",
      "fr");
  EXPECT_TRUE(HasCandidateFeature(dump, "bandes armées", "demonstrative_own"));
  EXPECT_TRUE(HasCandidateFeature(dump, "bandes armées", "subject_same"));
  const std::vector<std::string> names = CandidateNames(dump);
  EXPECT_TRUE(std::any_of(names.begin(), names.end(),
                          [](const std::string& n) { return n.find("PDF") != std::string::npos; }));
}

// Ranks: the parties of the claim's sentence by distance to the figures,
// then the others in the order they are named; and within the nearest
// sentence each is named in, the first named first.
TEST_F(ClaimFinderTest, ActorCandidatesCarryTheirRanks) {
  const auto dump = DumpActors(
      "Les rebelles et les miliciens ont attaqué le village lundi. L'armée a riposté. Douze civils ont été tués "
      "par les soldats.",
      "fr");
  ASSERT_FALSE(dump.empty());
  EXPECT_TRUE(HasCandidateFeature(dump, "soldats", "rank0"));
  EXPECT_TRUE(HasCandidateFeature(dump, "soldats", "rank_same_0"));
  EXPECT_TRUE(HasCandidateFeature(dump, "armée", "rank_prev1_0"));
  EXPECT_TRUE(HasCandidateFeature(dump, "rebelles", "rank_prev2_0"));
  EXPECT_TRUE(HasCandidateFeature(dump, "miliciens", "rank_prev2_1"));
  EXPECT_FALSE(HasCandidateFeature(dump, "rebelles", "rank0"));
  // "no actor" has none.
  for (const auto& [f, v] : dump[0].candidates[0].second) EXPECT_FALSE(f.starts_with("rank")) << f;
}

// A dateline's colon opens the sentence: "Soudan du Sud : des hommes armés"
// are its topic.
TEST_F(ClaimFinderTest, ATopicAfterADatelinesColon) {
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Soudan du Sud : des hommes armés, dont certains portaient l'uniforme, "
                                         "sont entrés mardi dans le camp de Malakal. Au moins 18 personnes ont "
                                         "été tuées.",
                                         "fr"),
                              "hommes armés", "topic"));
}

// "..., incendiant des abris et tirant sur les déplacés": the second gerund
// is the clause's subject's attack too.
TEST_F(ClaimFinderTest, TwoGerundsShareTheirSubject) {
  EXPECT_TRUE(HasCandidateFeature(DumpActors("Des hommes armés, dont certains portaient l'uniforme de l'armée "
                                         "régulière, ont pénétré dans la nuit de mercredi à jeudi dans le camp de "
                                         "protection des civils de l'ONU à Malakal, incendiant des abris et "
                                         "tirant sur les déplacés. L'attaque a fait au moins 18 morts.",
                                         "fr"),
                              "hommes armés", "subject"));
}

// "les mêmes groupes armés", "the same armed group": the party named
// before, not a naming of its own.
TEST_F(ClaimFinderTest, TheSameGroupIsTheOneNamedBefore) {
  std::vector<Claim> claims =
      Find("Cinq casques bleus ont été tués lundi dans une embuscade tendue par des miliciens anti-balaka. Samedi, "
           "les mêmes groupes armés ont attaqué le quartier de Tokoyo, tuant au moins 115 civils.",
           "fr");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].actor.value_or("<null>"), "miliciens anti-balaka");
  claims = Find("Gunmen from a Kuki armed group attacked the village of Zou on Monday. On Friday the same armed "
                "group killed 11 villagers in Moreh.",
                "en");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims.back().actor.value_or("<null>"), "Kuki armed group");
}

// The chooser's word features: each candidate's words, folded, without
// function words, a plural's "s" dropped; its head's word with who the
// victims are; the claim's words with whether the candidate is a state's
// force.
TEST_F(ClaimFinderTest, DescribesCandidatesByTheirWords) {
  const std::vector<internal::ChoiceDumpRecord> dump =
      DumpActors("Les forces de l'ordre ont abattu trois terroristes. Les rebelles ont tué deux civils.", "fr");
  ASSERT_EQ(dump.size(), 2u);
  auto features = [&](const internal::ChoiceDumpRecord& r, std::string_view name) {
    std::vector<std::string> out;
    for (const auto& [text, fs] : r.candidates) {
      if (text != name) continue;
      for (const auto& [f, v] : fs) {
        if (f.find(':') != std::string::npos) out.push_back(f);
      }
    }
    return out;
  };
  EXPECT_THAT(features(dump[0], "forces de l'ordre"),
              ::testing::IsSupersetOf({"cw:force", "cw:ordre", "stw:abattu", "stw:terroriste", "stw:troi"}));
  EXPECT_THAT(features(dump[1], "rebelles"), ::testing::IsSupersetOf({"cw:rebelle", "nsw:tue", "nsw:civil"}));
  for (const std::string& f : features(dump[0], "forces de l'ordre")) {
    EXPECT_NE(f, "cw:de");
    EXPECT_NE(f, "cw:l");
  }
}

// The words around each mention of a candidate: the two before it, the one
// after it and its cue's ("contre les rebelles": the rebels suffer the
// attack; "accuse l'armée": the army is blamed).
TEST_F(ClaimFinderTest, DescribesCandidatesByTheWordsAroundTheirMentions) {
  const std::vector<internal::ChoiceDumpRecord> dump = DumpActors(
      "L'armée a lancé lundi une offensive contre les rebelles. Selon l'ONG, les soldats ont tué douze civils.",
      "fr");
  ASSERT_EQ(dump.size(), 1u);
  std::vector<std::string> army, rebels, soldiers;
  for (const auto& [text, fs] : dump[0].candidates) {
    for (const auto& [f, v] : fs) {
      if (text == "rebelles") rebels.push_back(f);
      if (text == "armée") army.push_back(f);
      if (text == "soldats") soldiers.push_back(f);
    }
  }
  EXPECT_THAT(rebels, ::testing::IsSupersetOf({"mp1:les", "mp2:contre", "mn1:."}));
  EXPECT_THAT(army, ::testing::Contains("mn1:a"));
  EXPECT_THAT(soldiers, ::testing::IsSupersetOf({"mp1:les", "mp2:,", "mat:tue"}));
}

// "No actor" knows when the claim's own sentence names a weapon as the
// agent, and only then.
TEST_F(ClaimFinderTest, NoActorKnowsAWeaponAgent) {
  auto null_features = [&](const char* text, const char* lang) {
    const std::vector<internal::ChoiceDumpRecord> dump = DumpActors(text, lang);
    std::vector<std::string> out;
    if (dump.size() == 1 && !dump[0].candidates.empty()) {
      for (const auto& [f, v] : dump[0].candidates[0].second) out.push_back(f);
    }
    return out;
  };
  EXPECT_THAT(null_features("Deux soldats ont été tués mardi par un engin piégé à Maroun al-Ras.", "fr"),
              ::testing::Contains("null_weapon_agent"));
  EXPECT_THAT(null_features("Three soldiers were killed by a roadside bomb near Kandahar.", "en"),
              ::testing::Contains("null_weapon_agent"));
  EXPECT_THAT(null_features("Deux soldats ont été tués mardi par les rebelles.", "fr"),
              ::testing::Not(::testing::Contains("null_weapon_agent")));
}

// A possessive after a verb of speech stands for the speaker ("JNIM said
// its fighters"), unless the speaker is plural and the owner singular ("UN
// investigators say its militants": the group named before).
TEST_F(ClaimFinderTest, ASingularOwnerIsNoPluralSpeaker) {
  auto names = [&](const char* text) {
    std::vector<std::string> out;
    for (const internal::ChoiceDumpRecord& r : DumpActors(text, "en")) {
      for (const auto& c : r.candidates) out.push_back(c.first);
    }
    return out;
  };
  EXPECT_THAT(names("By 2019 the Islamic State was claiming the raids, and UN investigators say its militants have "
                    "killed more than 6,000 civilians in North Kivu since 2014."),
              ::testing::Not(::testing::Contains("UN investigators")));
  EXPECT_THAT(names("JNIM said in a statement that its fighters had killed 12 soldiers near Djibo."),
              ::testing::Contains("JNIM"));
}

// A generic naming ("Rebels", sentence-initial) lends its evidence to the
// one armed group of the gazetteer the paragraph names, under either of its
// names ("Allied Democratic Forces", "ADF"): the chooser weighs both.
TEST_F(ClaimFinderTest, LendsAGenericNamingsEvidenceToTheOneGroupNamed) {
  const std::vector<internal::ChoiceDumpRecord> dump =
      DumpActors("Rebels stormed a church in Komanda on Sunday, killing at least 43 worshippers. The Allied "
                 "Democratic Forces (ADF) are active in the region. The ADF denied it.",
                 "en");
  ASSERT_FALSE(dump.empty());
  auto has = [&](std::string_view name, std::string_view feature) {
    for (const auto& [text, features] : dump[0].candidates) {
      if (!text.starts_with(name)) continue;
      for (const auto& [f, v] : features) {
        if (f == feature) return true;
      }
    }
    return false;
  };
  EXPECT_TRUE(has("Rebels", "describes_named"));
  EXPECT_TRUE(has("Allied Democratic Forces", "described_by"));
}

TEST_F(ClaimFinderTest, OffersTheSideOfANationalAttack) {
  // The candidates the chooser weighs, by text, for the text's one claim.
  auto Candidates = [&](const char* text, const char* lang) {
    const std::vector<internal::ChoiceDumpRecord> dump = DumpActors(text, lang);
    return dump.size() == 1 ? CandidateNames(dump) : std::vector<std::string>{};
  };
  // Named elsewhere in the window: "Israeli fire" -> "Israeli military".
  EXPECT_THAT(Candidates("At least 31 Palestinians were killed on Sunday by Israeli fire near a food distribution "
                         "site in Rafah. Witnesses said troops opened fire. The Israeli military said its soldiers "
                         "had fired warning shots.",
                         "en"),
              ::testing::Contains("Israeli military"));
  // Defenders are a party; the side that "a perdu" soldiers did not kill
  // them, even when "tués" is the cue.
  EXPECT_THAT(Candidates("Nos défenseurs ont repoussé 42 assauts des occupants près de Bakhmout. L'ennemi a perdu "
                         "610 soldats tués, selon l'état-major.",
                         "fr"),
              ::testing::AllOf(::testing::Contains("défenseurs"), ::testing::Not(::testing::Contains("ennemi"))));
  // Named nowhere: the attack as written.
  EXPECT_THAT(Candidates("A Ukrainian missile struck an apartment block in Kursk on Friday, killing three people.",
                         "en"),
              ::testing::Contains("Ukrainian missile"));
  // A capital that stands aside, silent or accusing, does not name the
  // side: the attack as written.
  EXPECT_THAT(Candidates("Three people were killed on Friday when a Ukrainian missile struck an apartment block in "
                         "Kursk. Kyiv, which rarely comments on strikes, did not respond.",
                         "en"),
              ::testing::AllOf(::testing::Contains("Ukrainian missile"), ::testing::Not(::testing::Contains("Kyiv"))));
  EXPECT_THAT(Candidates("Deux civils ont été tués mercredi à Belgorod par une frappe de drone ukrainien. Kiev ne "
                         "commente pas ce type d'informations.",
                         "fr"),
              ::testing::AllOf(::testing::Contains("drone ukrainien"), ::testing::Not(::testing::Contains("Kiev"))));
  EXPECT_THAT(Candidates("Azerbaijani shelling killed two civilians overnight in Stepanakert. Baku accused Armenian "
                         "forces of provocations.",
                         "en"),
              ::testing::Not(::testing::Contains("Baku")));
  // Speaking of its attack, a denial included, it is the side.
  EXPECT_THAT(Candidates("Des frappes turques ont visé jeudi des positions kurdes autour de Kobané. Onze combattants "
                         "ont été tués. Ankara affirme ne viser que des terroristes.",
                         "fr"),
              ::testing::Contains("Ankara"));
  // One candidate per party: a name with and without its acronym, an
  // English naming without its article.
  const std::vector<std::string> rsf = Candidates(
      "Les Forces de soutien rapide (FSR) ont encerclé El Fasher. Les Forces de soutien rapide ont tué 30 civils "
      "dans le camp de Zamzam.",
      "fr");
  EXPECT_EQ(std::count_if(rsf.begin(), rsf.end(),
                          [](const std::string& c) { return c.starts_with("Forces de soutien rapide"); }),
            1);
  EXPECT_THAT(Candidates("The Israeli military said it had hit targets. At least 20 people were killed in Gaza.", "en"),
              ::testing::Contains("Israeli military"));
  // Victims who are fighters named generically: the party not named that
  // way is marked as against them, the generic naming as their own side.
  {
    const std::vector<internal::ChoiceDumpRecord> dump = DumpActors(
        "Les unités des FAMa ont repoussé jeudi les terroristes à Anéfis. Une vingtaine d'assaillants ont été "
        "abattus.",
        "fr");
    ASSERT_EQ(dump.size(), 1u);
    auto has_in = [](const internal::ChoiceDumpRecord& record, std::string_view name, std::string_view feature) {
      for (const auto& [candidate, features] : record.candidates) {
        if (candidate != name) continue;
        for (const auto& [f, v] : features) {
          if (f == feature) return true;
        }
      }
      return false;
    };
    auto has = [&](std::string_view name, std::string_view feature) { return has_in(dump[0], name, feature); };
    EXPECT_TRUE(has("FAMa", "against_fighters_killed"));
    EXPECT_TRUE(has("terroristes", "generic_as_fighters_killed"));
    // The subject of a verb of beating back ("ont repoussé") is the
    // defender, the agent of the attack beaten back the attacker.
    EXPECT_TRUE(has("FAMa", "repeller_fighters_killed"));
    const std::vector<internal::ChoiceDumpRecord> soldiers = DumpActors(
        "Les FAMa ont repoussé jeudi une attaque des rebelles à Anéfis. Cinq soldats ont été tués.", "fr");
    ASSERT_EQ(soldiers.size(), 1u);
    EXPECT_TRUE(has_in(soldiers[0], "FAMa", "repeller"));
    EXPECT_TRUE(has_in(soldiers[0], "rebelles", "repelled"));
    EXPECT_FALSE(has_in(soldiers[0], "FAMa", "subject_of_cue"));
    // The subject the claim's own verb shares ("ont repoussé ... et tué").
    const std::vector<internal::ChoiceDumpRecord> shared = DumpActors(
        "Les FAMa ont repoussé jeudi une attaque des rebelles contre le camp d'Anéfis et tué plus de 200 de leurs "
        "éléments.",
        "fr");
    ASSERT_EQ(shared.size(), 1u);
    EXPECT_TRUE(has_in(shared[0], "FAMa", "subject_of_cue"));
    EXPECT_FALSE(has_in(shared[0], "rebelles", "subject_of_cue"));
    // A gerund after a verb of beating back: its subject.
    const std::vector<internal::ChoiceDumpRecord> gerund = DumpActors(
        "Les forces yéménites ont repoussé une attaque des mercenaires soudanais, tuant des dizaines d'entre eux.",
        "fr");
    ASSERT_EQ(gerund.size(), 1u);
    EXPECT_TRUE(has_in(gerund[0], "forces yéménites", "subject_of_cue"));
    // A feature on a candidate of a paragraph's one claim, or its absence.
    struct FeatureCase {
      const char* text;
      const char* lang;
      const char* name;
      const char* feature;
      bool present;
    };
    const char* const aden =
        "Au moins 22 personnes ont été tuées à Aden. Une attaque a été menée par les rebelles contre le port.";
    const char* const ago =
        "Il y a vingt ans, le 25 juillet 1995, une bombe explosait à la station Saint-Michel, tuant huit personnes. "
        "L'attentat a été revendiqué par le GIA.";
    const FeatureCase feature_cases[] = {
        // What the sentence says of an attack told before is who made it,
        // as a claim of responsibility would; not of an attack it tells anew.
        {"Trois explosions ont secoué l'aéroport d'Aden, faisant au moins 22 morts. Cette attaque a été perpétrée par "
         "les milices houthies.",
         "fr", "milices houthies", "about_attack", true},
        {"At least 89 people died in Khan Sheikhoun on Tuesday. Investigators concluded that the attack had been "
         "carried out by the Syrian government.",
         "en", "Syrian government", "about_attack", true},
        {aden, "fr", "rebelles", "agent", true},
        // A weapon's name does not hide its owner after it.
        {"Samedi, 63 militaires russes ont été tués par une frappe de HIMARS des forces ukrainiennes.", "fr",
         "forces ukrainiennes", "agent", true},
        {aden, "fr", "rebelles", "about_attack", false},
        // A year's total, not "il y a vingt ans", a point in time.
        {ago, "fr", "GIA", "about_attack", true},
        {ago, "fr", "GIA", "cand_total_period", false},
        {"En 1995, une centaine de personnes ont été tuées dans des attentats à Alger. Le GIA en a revendiqué "
         "plusieurs.",
         "fr", "GIA", "cand_total_period", true},
        // A war's total, not a party named for a revolution.
        {"La guerre a fait plus de 500 000 morts en Syrie depuis 2011. L'OSDH accuse le régime.", "fr", "régime",
         "cand_total_war", true},
        {"Téhéran a accusé Israël d'avoir mené lundi la frappe sur son consulat. Sept membres des Gardiens de la "
         "révolution ont été tués.",
         "fr", "Israël", "cand_total_war", false},
        // People displaced, and no one killed: a party of another sentence
        // rarely drove them out.
        {"Des séparatistes armés ont attaqué un marché de Bamenda. Plus de 600.000 personnes ont fui leurs foyers.",
         "fr", "séparatistes armés", "cand_displaced_elsewhere", true},
        {"Des séparatistes armés ont attaqué un marché de Bamenda. Sept personnes ont été tuées.", "fr",
         "séparatistes armés", "cand_displaced_elsewhere", false},
        // A spokesman "for" a party speaks for it.
        {"A spokesman for the PDF said its fighters had killed 11 soldiers in an ambush on Saturday near the "
         "village.",
         "en", "PDF", "subject_same", true},
        // A French object pronoun before the auxiliary of a coordinated
        // verb: the subject before "et" ("Ils ... et en ont abattu").
        {"Des combattants de Boko Haram ont fait irruption dimanche dans le village. Ils ont rassemblé les hommes "
         "devant la mosquée et en ont abattu au moins 37, a raconté un chef de milice.",
         "fr", "Boko Haram", "subject_same", true},
        // A speaker's infinitive past an adverb of several words ("de leur
        // côté"); a speaker's gerund, the subject of the clause before it.
        {"Les Forces de défense du peuple (PDF), bras armé de la résistance, affirment de leur côté avoir tué plus "
         "de 300 soldats.",
         "fr", "Forces de défense du peuple (PDF)", "source_subject", true},
        {"L'armée pakistanaise a annoncé mercredi soir la fin de l'opération de sauvetage, affirmant avoir tué les 33 "
         "assaillants.",
         "fr", "armée pakistanaise", "source_subject", true},
        // An aside that lists, between the subject and its verb.
        {"La coalition gouvernementale, composée des FARDC, des FDLR, des Wazalendo et de mercenaires étrangers, a "
         "bombardé Masisi, tuant sept civils.",
         "fr", "coalition gouvernementale", "subject_same", true},
        // Claimed in a group's name.
        {"Une camionnette piégée a explosé devant l'ambassade, tuant au moins 49 personnes. L'attentat a été revendiqué "
         "par téléphone au nom de l'Organisation du Jihad islamique.",
         "fr", "Jihad islamique", "about_attack", true},
        // A toll or the blame itself given to its agent.
        {"Au moins 70 personnes ont été tuées jeudi à Amman. Le commandement des fedayin impute ce bilan aux troupes "
         "gouvernementales.",
         "fr", "troupes gouvernementales", "blame", true},
        {"La commission retenait entre 700 et 800 morts et en attribuait la responsabilité directe aux Phalanges.", "fr",
         "Phalanges", "blame", true},
        // English drops "that": a pronoun after a verb of speech and its
        // complement, or after an aside, stands for the speaker.
        {"The army said in a statement it had killed 140 Fano fighters.", "en", "army", "source_subject", true},
        {"The separatists of the CSP alliance, who led the attack, said they had killed 47 Malian soldiers.", "en",
         "separatists of the CSP alliance", "source_subject", true},
    };
    for (const FeatureCase& c : feature_cases) {
      const std::vector<internal::ChoiceDumpRecord> d = DumpActors(c.text, c.lang);
      ASSERT_EQ(d.size(), 1u) << c.text;
      EXPECT_EQ(has_in(d[0], c.name, c.feature), c.present) << c.text << " " << c.name << " " << c.feature;
    }
  }
  // A candidate offered, or one left out (nullptr: no such check).
  struct OfferCase {
    const char* text;
    const char* lang;
    const char* offered;
    const char* left_out;
  };
  const OfferCase offer_cases[] = {
      // A short verb ends a name: "ment", "poursuivra".
      {"Au Guatemala, la junte de Palacio Nacional ment : cent mille disparus attendent toujours justice.", "fr",
       "junte de Palacio Nacional", "junte de Palacio Nacional ment"},
      // The party the fighters killed belong to did not kill them; a
      // woman's children are no party's.
      {"Au printemps, les mercenaires de Wagner ont pris Bakhmout, tout en reconnaissant que 20 000 des leurs étaient "
       "morts.",
       "fr", nullptr, "mercenaires de Wagner"},
      {"L'armée azerbaïdjanaise a lancé mardi une offensive dans le Haut-Karabakh. Bakou a reconnu jeudi la mort de "
       "192 de ses soldats.",
       "fr", nullptr, "armée azerbaïdjanaise"},
      {"Les rebelles ont bombardé Douma, tuant une femme et ses deux enfants.", "fr", "rebelles", nullptr},
      // Violence kills, but names no party.
      {"Le projet Iraq Body Count recense plus de 100 000 civils tués par la violence depuis mars 2003.", "fr",
       nullptr, "violence"},
      // Soldiers named by another soldier's noun are the wounded soldiers'
      // side.
      {"Une colonne de terroristes a attaqué le poste de Kolofata. Nos soldats les attendaient de pied ferme. Deux "
       "militaires ont été légèrement blessés au cours de cette lâche attaque.",
       "fr", nullptr, "soldats"},
      // A party blamed is the accused, whatever follows it: no attack
      // blamed "to" a place after it.
      {"Gunmen killed eight people in Samaniego on Saturday. The governor blamed armed groups fighting over cocaine "
       "routes to the Pacific.",
       "en", "armed groups", "Pacific"},
      // "of" and common nouns naming no one is the charge, not the name's
      // complement.
      {"Shelling killed seven civilians in Gori on Tuesday. Separatist leaders accuse Georgian troops of atrocities.",
       "en", "Georgian troops", "Georgian troops of atrocities"},
      // Who counted, with a plural's possessive, is no agent.
      {"Some 300,000 people died and 2.7 million were driven from their homes, by the United Nations' estimate.", "en",
       nullptr, "United Nations"},
  };
  for (const OfferCase& c : offer_cases) {
    const std::vector<std::string> offered = Candidates(c.text, c.lang);
    if (c.offered != nullptr) {
      EXPECT_THAT(offered, ::testing::Contains(c.offered)) << c.text;
    }
    if (c.left_out != nullptr) {
      EXPECT_THAT(offered, ::testing::Not(::testing::Contains(c.left_out))) << c.text;
    }
  }
  // Not beside a candidate inside it: "US strikes" offers "US" alone.
  EXPECT_THAT(Candidates("US strikes on the Ras Isa fuel port killed 74 people.", "en"),
              ::testing::Not(::testing::Contains("US strikes")));
}

TEST_F(ClaimFinderTest, FindsPlaceDateActorAndSource) {
  auto expect = [](const std::optional<std::string>& got, const char* want) {
    if (want == nullptr) EXPECT_EQ(got, std::nullopt) << *got;
    else EXPECT_EQ(got.value_or("<null>"), want);
  };
  // The rules' order gives every actor of the table; the learned chooser
  // (the default) may weigh the same candidates otherwise: it must agree on
  // all but seven. Measured with the word features (twenty-sixth session),
  // five cases within 0.15 of the other choice: it names the source of a
  // toll of its enemies ("SDF", "Al-Shabaab claimed 20 soldiers were
  // killed"), the army that shot down drones for the wounded of the next
  // sentence, the party that holds the district struck ("tenu par les
  // rebelles"), and no one where an unclaimed attack is blamed in the next
  // sentence ("insurgés malais"). The weights before them disagreed on one.
  // With the words around each mention (thirty-first session), seven: no
  // one for the soldiers killed after the MNLA took their camp, and no one
  // for "Leurs canons" after a party's quoted name for itself, in both its
  // cases (the cue's word, "mat:tue", weighs against a candidate, and its
  // quote mark after it); the drones' army is now the rules' choice.
  // With the candidates' ranks (thirty-third session), seven again: the
  // MNLA's and the Malay insurgents' cases and one of "Leurs canons" now
  // agree; the drones' army is back; no one for the soldiers killed in an
  // attack by the EIGS's "terroristes" (the generic naming weighs against
  // a group named in the same phrase); and the army for hostages killed
  // "par les assaillants", because the rules read "les assaillants" as the
  // party named before, the army, which the ranks now favour as the only
  // candidate over no one.
  //
  // The learned place chooser (the default, data/models/claim_place.tsv)
  // must agree with the rules' place on all but five. The gold sets almost
  // always give a place, so it gives one where the rules give none: the
  // town retaken in the sentence before ("ont repris Anefis"), a dateline's
  // capital for the next sentence ("Monrovia, 31 juillet 1990 (AFP)"), the
  // train of a hostage taking ("Jaffar Express"), where refugees found
  // refuge ("en Syrie"), and one wrong: a collective's name ("le collectif
  // Justice pour Barsalogho").
  size_t model_agrees = 0, place_agrees = 0, cases = 0;
  std::string differs, places_differ;
  for (const ContextCase& c : kContextCases) {
    SCOPED_TRACE(c.text);
    std::vector<Claim> claims = Find(c.text, c.lang, /*rules=*/true);
    ASSERT_EQ(claims.size(), 1u) << (claims.empty() ? "" : claims[1].text);
    expect(claims[0].place, c.place);
    expect(claims[0].date, c.date);
    expect(claims[0].actor, c.actor);
    expect(claims[0].attribution, c.attribution);
    std::vector<Claim> model = Find(c.text, c.lang);
    ASSERT_EQ(model.size(), 1u);
    if (model[0].place == claims[0].place) {
      ++place_agrees;
    } else {
      places_differ += std::string(c.text) + " -> " + model[0].place.value_or("<null>") + "\n";
    }
    EXPECT_EQ(model[0].attribution, claims[0].attribution);
    ++cases;
    if (model[0].actor == (c.actor == nullptr ? std::nullopt : std::optional<std::string>(c.actor))) {
      ++model_agrees;
    } else {
      differs += std::string(c.text) + " -> " + model[0].actor.value_or("<null>") + "\n";
    }
  }
  EXPECT_GE(model_agrees + 7, cases) << differs;
  EXPECT_GE(place_agrees + 5, cases) << places_differ;
}

// The place chooser's candidates: "no place" first, then the places the
// rules weigh, the rules' own choice marked, and names nothing says are
// places ("loose"), the place of a town that opens its sentence among
// them; never a sentence's capitalised first word, an organisation the
// gazetteer knows, a weapon's name, nor where the source speaks from.
TEST_F(ClaimFinderTest, PlaceCandidatesOfferWhatTheRulesWeighAndLooseNames) {
  auto names = [](const internal::ChoiceDumpRecord& r) {
    std::vector<std::string> out;
    for (const auto& [name, features] : r.candidates) out.push_back(name);
    return out;
  };
  auto has = [](const internal::ChoiceDumpRecord& r, std::string_view name, std::string_view feature) {
    return HasCandidateFeature({r}, name, feature);
  };
  {
    const std::vector<internal::ChoiceDumpRecord> dump = DumpPlaces(
        "Kampala découvre ce que Beni vit depuis sept ans. Mardi, deux bombes ont tué sept personnes à Nakasero.",
        "fr");
    ASSERT_EQ(dump.size(), 1u);
    EXPECT_EQ(dump[0].candidates.front().first, "");
    EXPECT_TRUE(has(dump[0], "Nakasero", "rule"));
    EXPECT_TRUE(has(dump[0], "Nakasero", "back:0"));
    EXPECT_TRUE(has(dump[0], "Kampala", "loose"));
    EXPECT_TRUE(has(dump[0], "Kampala", "back:1"));
    EXPECT_THAT(names(dump[0]), ::testing::Not(::testing::Contains("Mardi")));
  }
  {
    const std::vector<internal::ChoiceDumpRecord> dump = DumpPlaces(
        "Le Pentagone a confirmé l'opération. Amnesty International a compté 200 morts après le tir de Tomahawk "
        "sur Shayrat.",
        "fr");
    ASSERT_EQ(dump.size(), 1u);
    const std::vector<std::string> offered = names(dump[0]);
    EXPECT_THAT(offered, ::testing::Not(::testing::Contains("Le")));
    EXPECT_THAT(offered, ::testing::Not(::testing::Contains("Amnesty International")));
    EXPECT_THAT(offered, ::testing::Not(::testing::Contains("International")));
    EXPECT_THAT(offered, ::testing::Not(::testing::Contains("Tomahawk")));
    EXPECT_THAT(offered, ::testing::Contains("Shayrat"));
  }
  {
    const std::vector<internal::ChoiceDumpRecord> dump = DumpPlaces(
        "Six militaires ont été tués à Ménaka, a annoncé lundi à Bamako le ministre de la Défense.", "fr");
    ASSERT_EQ(dump.size(), 1u);
    EXPECT_TRUE(has(dump[0], "Ménaka", "rule"));
    EXPECT_THAT(names(dump[0]), ::testing::Not(::testing::Contains("Bamako")));
  }
}

// The learned place chooser gives the place that only a loose name says,
// which the rules leave out; the rules keep to theirs.
TEST_F(ClaimFinderTest, PlaceChooserTakesTheTownThatOpensTheStory) {
  const std::string text = "Kampala découvre ce que Beni vit depuis sept ans. Mardi, deux bombes ont tué sept personnes.";
  const std::vector<Claim> model = Find(text, "fr");
  ASSERT_EQ(model.size(), 1u);
  EXPECT_EQ(model[0].place.value_or("<null>"), "Kampala");
  const std::vector<Claim> rules = Find(text, "fr", /*rules=*/true);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].place, std::nullopt);
}

TEST(ClaimFinderLoadTest, NamesAMissingPlaceModel) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load(DefaultDataDir() + "/gazetteers/fr", {GeoGazetteerDir()});
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Result<std::unique_ptr<ClaimFinder>> f =
      ClaimFinder::Load({DefaultDataDir() + "/lexicons"}, g->get(), "", ::testing::TempDir() + "/no_such_model.tsv");
  ASSERT_FALSE(f.ok());
  EXPECT_THAT(f.status().ToString(), ::testing::HasSubstr("no_such_model.tsv"));
}

TEST(ActorWeightsTest, LoadsWeightsAndNamesTheBadLine) {
  const std::string dir = ::testing::TempDir();
  {
    std::FILE* f = std::fopen((dir + "/good.tsv").c_str(), "w");
    std::fputs("# comment\nfeature\tweight\nblame\t1.5\nnull\t-0.25\n", f);
    std::fclose(f);
  }
  Result<std::unique_ptr<ActorWeights>> good = ActorWeights::Load(dir + "/good.tsv");
  ASSERT_TRUE(good.ok()) << good.status().ToString();
  EXPECT_FLOAT_EQ((*good)->weights.at("blame"), 1.5f);
  EXPECT_FLOAT_EQ((*good)->weights.at("null"), -0.25f);
  {
    std::FILE* f = std::fopen((dir + "/bad.tsv").c_str(), "w");
    std::fputs("feature\tweight\nblame\t1.5\nnull -0.25\n", f);
    std::fclose(f);
  }
  Result<std::unique_ptr<ActorWeights>> bad = ActorWeights::Load(dir + "/bad.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("bad.tsv:3"), std::string::npos) << bad.status().ToString();
  Result<std::unique_ptr<ActorWeights>> nan = ActorWeights::Parse("feature\tweight\nblame\tabc\n", "nan.tsv");
  ASSERT_FALSE(nan.ok());
  EXPECT_NE(nan.status().ToString().find("nan.tsv:2"), std::string::npos) << nan.status().ToString();
  EXPECT_FALSE(ActorWeights::Load(dir + "/missing.tsv").ok());
}

// The chooser takes the highest score; "no actor" is candidate 0.
TEST(ActorWeightsTest, ChoosesTheHighestScore) {
  ActorWeights w;
  w.weights = {{"null", 0.5f}, {"blame", 1.0f}, {"named", -1.0f}};
  std::vector<internal::ChoiceCandidate> cands(3);
  cands[0].features = {{"null", 1.0f}};
  cands[1].features = {{"named", 1.0f}};
  cands[2].features = {{"blame", 1.0f}, {"named", 0.25f}};
  EXPECT_EQ(internal::ChooseCandidate(w, cands), 2u);
  cands[2].features = {{"blame", 0.25f}};
  EXPECT_EQ(internal::ChooseCandidate(w, cands), 0u);
}

// The words the actor rules read are lexicon entries: a user's directory
// adds one without a rebuild ("bankrolled" as a sponsor, like "backed").
TEST_F(ClaimFinderTest, UsersLexiconsExtendTheActorRules) {
  const std::string dir = ::testing::TempDir() + "/vigie_user_lexicons";
  std::filesystem::create_directories(dir + "/en");
  {
    std::FILE* f = std::fopen((dir + "/en/claim_context.tsv").c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("phrase\trole\tvalue\nbankrolled\tsponsor\t\n", f);
    std::fclose(f);
  }
  const std::string s = "Tehran-bankrolled Houthi rebels fired a missile at the market, killing 12 people.";
  std::vector<Claim> shipped = Find(s, "en");
  ASSERT_EQ(shipped.size(), 1u);
  EXPECT_EQ(shipped[0].actor, "Tehran-bankrolled Houthi rebels");
  Result<std::unique_ptr<ClaimFinder>> user = ClaimFinder::Load({DefaultDataDir() + "/lexicons", dir}, gazetteer_);
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  AnalysisText text(s, "en");
  std::vector<Claim> out;
  (*user)->Find(text, {}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].actor, "Houthi rebels");
}

TEST_F(ClaimFinderTest, SpansAreCodePointsOfTheText) {
  const std::string s = "« Horreur » : à Alep-Est, près de 50 personnes ont été blessées.";
  std::vector<Claim> claims = Find(s);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].start, 26);  // code points, not bytes
  EXPECT_EQ(claims[0].text, "près de 50 personnes ont été blessées");
  EXPECT_EQ(claims[0].place, "Alep-Est");
}

TEST_F(ClaimFinderTest, EntitiesGivePlacesTheGazetteerDoesNotKnow) {
  const std::string s = "Sept civils ont été tués à Kafr Nabudah jeudi.";
  AnalysisText text(s, "fr");
  std::vector<Entity> entities = {{"Kafr Nabudah", 27, 39, "LOC", "Kafr Nabudah", std::nullopt}};
  std::vector<Claim> out;
  finder_->Find(text, entities, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].place, "Kafr Nabudah");
}

// The entity layer takes unknown places for people and known ones for
// organisations: a head after the name ("the Abu Shouk camp") says place,
// and a place of the gazetteer is one whatever the model says.
// Names after a locative that are not where the figures were: a party
// blamed ("aux Phalanges", "à Kiev"), where nobody cared ("sans que
// personne à Paris ne s'en émeuve"), where a figure was announced before it
// ("a annoncé mardi à Damas que").
TEST_F(ClaimFinderTest, LocativesThatAreNotTheFiguresPlace) {
  ExpectPlaces({
      {"La commission retenait entre 700 et 800 morts et en attribuait la responsabilité aux Phalanges.", "fr",
       "<null>"},
      {"Au moins 12 civils ont été tués, et Moscou impute l'attaque à Kiev.", "fr", "<null>"},
      {"Plus de 60 000 personnes ont dû fuir leurs maisons, sans que personne à Paris ne s'en émeuve.", "fr",
       "<null>"},
      {"More than 60,000 people fled their homes and nobody in London cared.", "en", "<null>"},
      {"Le ministère a annoncé mardi à Damas que 30 personnes avaient été tuées dans la province de Lattaquié.", "fr",
       "Lattaquié"},
  });
}

// A capital counts after a head that names a part of it ("dans les rues de
// Bangui", "in the Libyan capital Tripoli"), and so do the names after a
// road's, a front's or a slum's.
TEST_F(ClaimFinderTest, PlacesAfterTheirHeads) {
  ExpectPlaces({
      {"Les policiers ont abattu au moins 24 personnes dans les bidonvilles de Nairobi.", "fr", "Nairobi"},
      {"Près d'un millier de morts dans les rues de Bangui en deux jours.", "fr", "Bangui"},
      {"Deux soldats ont été tués par l'explosion d'une mine sur la route de Kampot.", "fr", "Kampot"},
      {"Plus de 35 mercenaires ont été tués sur le front d'Al-Jawf.", "fr", "Al-Jawf"},
      {"Clashes in the Libyan capital Tripoli killed at least 55 people.", "en", "Tripoli"},
      // A building's own name, its head inside it, is less than its town.
      {"Gunmen killed 21 people in a siege of the Hayat Hotel in Mogadishu on Friday.", "en", "Mogadishu"},
      {"Drones killed at least 300 people at the Saudi Maternity Hospital in El Fasher.", "en", "El Fasher"},
      // A town's own head is no institution's ("Gaza City"), a school's is.
      {"At least 112 people were killed near an aid convoy in Gaza City on Thursday.", "en", "Gaza"},
      {"Twelve people were killed at the London School of Hygiene.", "en", "<null>"},
      // A building's or a parish's town, the town at whose entrance.
      {"Au moins 27 civils ont été tués dimanche par une frappe sur un immeuble de Cana.", "fr", "Cana"},
      {"Trois personnes ont été tuées par une frappe sur une voiture à l'entrée de Nabatieh.", "fr", "Nabatieh"},
      {"Syrie : un attentat au cœur de Damas a tué mercredi trois responsables.", "fr", "Damas"},
      {"Sept soldats ont été tués dimanche dans une attaque contre un poste proche de Dilling.", "fr", "Dilling"},
      {"Au moins 66 soldats ont été tués dans les casernes de Giyada, a annoncé le ministre.", "fr", "Giyada"},
      {"On Sunday, a drone strike on a health centre in nearby Dejen killed eight people.", "en", "Dejen"},
      // Places named together: the first keeps its rank against the second,
      // which its apposition raised.
      {"Au moins 27 personnes ont été tuées mardi à Jaramana et Sahnaya, près de Damas, selon l'OSDH.", "fr",
       "Jaramana"},
      // A pass names its locality; an operation's name is none, whatever
      // place follows it.
      {"Le bilan de l'attaque du Jaffar Express, les 11 et 12 mars dans le défilé de Bolan. 26 otages ont perdu la "
       "vie.",
       "fr", "Bolan"},
      {"Lors de l'opération Speedy Express, dans la province de Kien Hoa, la division affirma avoir tué 10 899 "
       "combattants ennemis.",
       "fr", "Kien Hoa"},
      // A heading of a place and its date opens the story.
      {"Haditha, 19 novembre 2005. Ce jour-là, des marines ont tué 24 civils.", "fr", "Haditha"},
  });
}

// The place a source speaks for is the claim's when the text names no
// other, not when it does.
TEST_F(ClaimFinderTest, TheSourcesPlaceWhenThereIsNoOther) {
  ExpectPlaces({
      {"Le ministère de la Santé de Gaza a fait état jeudi de 61 158 morts.", "fr", "Gaza"},
      {"Iran's health ministry said on Monday that 610 people were killed.", "en", "Iran"},
      {"Le ministère de la Santé de Gaza a fait état jeudi de 30 morts à Rafah.", "fr", "Rafah"},
  });
}

TEST_F(ClaimFinderTest, PlacesTheEntityLayerMistypes) {
  struct Case {
    const char* text;
    Entity entity;
    const char* place;
  };
  const Case cases[] = {
      {"RSF fighters stormed the Abu Shouk camp on Sunday, killing at least 40 people.",
       {"Abu Shouk", 25, 34, "PER", "Abu Shouk", std::nullopt},
       "Abu Shouk"},
      {"Russian strikes hit Kharkiv on Friday, killing seven people.",
       {"Kharkiv", 20, 27, "ORG", "Kharkiv", std::nullopt},
       "Kharkiv"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    AnalysisText text(c.text, "en");
    std::vector<Claim> out;
    finder_->Find(text, {c.entity}, &out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].place.value_or("<null>"), c.place);
  }
}

TEST_F(ClaimFinderTest, BadInputIsData) {
  for (const char* s : {"", " ", "tués", "0 morts", "99999999999999999999 morts", "\xff\xfe morts",
                        "entre et morts", "des dizaines de", "plus de de de 3"}) {
    std::vector<Claim> out = Find(s);
    for (const Claim& c : out) EXPECT_LE(c.end, static_cast<int64_t>(std::string(s).size()));
  }
}

}  // namespace
}  // namespace vigie::analyse
