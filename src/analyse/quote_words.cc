#include "analyse/quote_words.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "common/strings.h"

namespace vigie::analyse {
namespace {

struct Entry {
  std::string_view word;
  WordClass word_class;
};

// Hash maps and sets built once (each in its own function-local static, so
// that initialisation is thread-safe): one hash per look-up, as every token
// of every document is classified. The first entry of a word wins.
using ClassMap = std::unordered_map<std::string_view, WordClass>;
using WordSet = std::unordered_set<std::string_view>;

template <size_t N>
const ClassMap* MakeMap(const std::array<Entry, N>& table) {
  auto* m = new ClassMap();
  for (const Entry& e : table) m->emplace(e.word, e.word_class);
  return m;
}

template <size_t N>
const WordSet* MakeSet(const std::string_view (&list)[N]) {
  return new WordSet(std::begin(list), std::end(list));
}

WordClass Lookup(const ClassMap& map, std::string_view word) {
  auto it = map.find(word);
  return it == map.end() ? WordClass::kOther : it->second;
}

using W = WordClass;

constexpr std::array kFrench = {
    Entry{"le", W::kDefinite}, Entry{"la", W::kDefinite}, Entry{"l'", W::kDefinite},
    Entry{"les", W::kDefinite}, Entry{"ce", W::kDefinite}, Entry{"cet", W::kDefinite},
    Entry{"cette", W::kDefinite}, Entry{"ces", W::kDefinite}, Entry{"son", W::kDefinite},
    Entry{"sa", W::kDefinite}, Entry{"ses", W::kDefinite}, Entry{"leurs", W::kDefinite},
    Entry{"notre", W::kDefinite}, Entry{"nos", W::kDefinite}, Entry{"votre", W::kDefinite},
    Entry{"vos", W::kDefinite}, Entry{"mon", W::kDefinite}, Entry{"ma", W::kDefinite},
    Entry{"mes", W::kDefinite},
    Entry{"un", W::kIndefinite}, Entry{"une", W::kIndefinite}, Entry{"des", W::kIndefinite},
    Entry{"plusieurs", W::kIndefinite}, Entry{"quelques", W::kIndefinite},
    Entry{"certains", W::kGenericPronoun}, Entry{"certaines", W::kGenericPronoun},
    Entry{"aucun", W::kIndefinite}, Entry{"aucune", W::kIndefinite},
    Entry{"deux", W::kIndefinite}, Entry{"trois", W::kIndefinite},
    Entry{"nombre", W::kIndefinite}, Entry{"beaucoup", W::kIndefinite},
    Entry{"tout", W::kIndefinite}, Entry{"toute", W::kIndefinite},
    Entry{"tous", W::kIndefinite}, Entry{"toutes", W::kIndefinite},
    Entry{"il", W::kPronoun}, Entry{"elle", W::kPronoun}, Entry{"ils", W::kPronoun},
    Entry{"elles", W::kPronoun}, Entry{"-il", W::kPronoun}, Entry{"-elle", W::kPronoun},
    Entry{"-t-il", W::kPronoun}, Entry{"-t-elle", W::kPronoun}, Entry{"-ils", W::kPronoun},
    Entry{"-elles", W::kPronoun}, Entry{"lui", W::kPronoun}, Entry{"eux", W::kPronoun},
    Entry{"lui-meme", W::kPronoun}, Entry{"elle-meme", W::kPronoun},
    Entry{"on", W::kGenericPronoun}, Entry{"-t-on", W::kGenericPronoun},
    Entry{"-on", W::kGenericPronoun}, Entry{"nous", W::kGenericPronoun},
    Entry{"vous", W::kGenericPronoun}, Entry{"-vous", W::kGenericPronoun},
    Entry{"je", W::kGenericPronoun}, Entry{"j'", W::kGenericPronoun},
    Entry{"a", W::kAuxiliary}, Entry{"ont", W::kAuxiliary}, Entry{"avait", W::kAuxiliary},
    Entry{"avaient", W::kAuxiliary}, Entry{"aurait", W::kAuxiliary},
    Entry{"auraient", W::kAuxiliary}, Entry{"aura", W::kAuxiliary},
    Entry{"est", W::kAuxiliary}, Entry{"sont", W::kAuxiliary}, Entry{"etait", W::kAuxiliary},
    Entry{"etaient", W::kAuxiliary}, Entry{"serait", W::kAuxiliary},
    Entry{"ai", W::kAuxiliary}, Entry{"avons", W::kAuxiliary}, Entry{"avez", W::kAuxiliary},
    Entry{"ayant", W::kAuxiliary}, Entry{"va", W::kAuxiliary}, Entry{"vont", W::kAuxiliary},
    Entry{"allait", W::kAuxiliary}, Entry{"vient", W::kAuxiliary},
    Entry{"s'", W::kClitic}, Entry{"se", W::kClitic}, Entry{"n'", W::kClitic},
    Entry{"ne", W::kClitic}, Entry{"pas", W::kClitic}, Entry{"leur", W::kClitic},
    Entry{"en", W::kPreposition}, Entry{"y", W::kClitic}, Entry{"m'", W::kClitic},
    Entry{"me", W::kClitic}, Entry{"t'", W::kClitic}, Entry{"te", W::kClitic},
    Entry{"jamais", W::kClitic}, Entry{"plus", W::kClitic},
    Entry{"a", W::kAuxiliary}, Entry{"au", W::kContraction}, Entry{"aux", W::kContraction},
    Entry{"du", W::kContraction}, Entry{"de", W::kPreposition}, Entry{"d'", W::kPreposition},
    Entry{"dans", W::kPreposition}, Entry{"sur", W::kPreposition},
    Entry{"sous", W::kPreposition}, Entry{"pour", W::kPreposition},
    Entry{"par", W::kPreposition}, Entry{"avec", W::kPreposition},
    Entry{"sans", W::kPreposition}, Entry{"chez", W::kPreposition},
    Entry{"depuis", W::kPreposition}, Entry{"pendant", W::kPreposition},
    Entry{"lors", W::kPreposition}, Entry{"apres", W::kPreposition},
    Entry{"avant", W::kPreposition}, Entry{"devant", W::kPreposition},
    Entry{"contre", W::kPreposition}, Entry{"vers", W::kPreposition},
    Entry{"entre", W::kPreposition}, Entry{"selon", W::kPreposition},
    Entry{"malgre", W::kPreposition}, Entry{"face", W::kPreposition},
    Entry{"aupres", W::kPreposition}, Entry{"des", W::kIndefinite},
    Entry{"parmi", W::kPreposition}, Entry{"via", W::kPreposition},
    Entry{"jusqu'", W::kPreposition}, Entry{"outre", W::kPreposition},
    Entry{"mais", W::kConnective}, Entry{"or", W::kConnective},
    Entry{"donc", W::kConnective}, Entry{"pourtant", W::kConnective},
    Entry{"cependant", W::kConnective}, Entry{"toutefois", W::kConnective},
    Entry{"neanmoins", W::kConnective}, Entry{"ainsi", W::kConnective},
    Entry{"enfin", W::kConnective}, Entry{"ensuite", W::kConnective},
    Entry{"puis", W::kConnective}, Entry{"alors", W::kConnective},
    Entry{"car", W::kConnective}, Entry{"d'ailleurs", W::kConnective},
    Entry{"meme", W::kConnective}, Entry{"bref", W::kConnective},
    Entry{"quand", W::kConnective}, Entry{"lorsque", W::kConnective},
    Entry{"lorsqu'", W::kConnective}, Entry{"si", W::kConnective},
    Entry{"comme", W::kConnective}, Entry{"puisque", W::kConnective},
    Entry{"tandis", W::kConnective}, Entry{"officiellement", W::kAdverb},
    Entry{"aussi", W::kAdverb}, Entry{"egalement", W::kAdverb}, Entry{"deja", W::kAdverb},
    Entry{"encore", W::kAdverb}, Entry{"toujours", W::kAdverb}, Entry{"bien", W::kAdverb},
    Entry{"d'abord", W::kAdverb}, Entry{"hier", W::kAdverb},
    Entry{"aujourd'hui", W::kAdverb}, Entry{"desormais", W::kAdverb},
    Entry{"notamment", W::kAdverb}, Entry{"surtout", W::kAdverb},
    Entry{"qui", W::kRelative}, Entry{"dont", W::kRelative}, Entry{"ou", W::kCoordinator},
    Entry{"lequel", W::kRelative}, Entry{"laquelle", W::kRelative},
    Entry{"lesquels", W::kRelative}, Entry{"que", W::kComplementizer},
    Entry{"qu'", W::kComplementizer}, Entry{"et", W::kCoordinator},
    Entry{"ni", W::kCoordinator},
};

constexpr std::array kEnglish = {
    Entry{"the", W::kDefinite}, Entry{"this", W::kDefinite}, Entry{"these", W::kDefinite},
    Entry{"those", W::kDefinite}, Entry{"his", W::kDefinite}, Entry{"her", W::kDefinite},
    Entry{"their", W::kDefinite}, Entry{"its", W::kDefinite}, Entry{"our", W::kDefinite},
    Entry{"a", W::kIndefinite}, Entry{"an", W::kIndefinite}, Entry{"some", W::kIndefinite},
    Entry{"several", W::kIndefinite}, Entry{"two", W::kIndefinite},
    Entry{"many", W::kIndefinite}, Entry{"one", W::kIndefinite},
    Entry{"he", W::kPronoun}, Entry{"she", W::kPronoun}, Entry{"they", W::kPronoun},
    Entry{"him", W::kPronoun}, Entry{"them", W::kPronoun}, Entry{"it", W::kGenericPronoun},
    Entry{"we", W::kGenericPronoun}, Entry{"you", W::kGenericPronoun},
    Entry{"i", W::kGenericPronoun},
    Entry{"has", W::kAuxiliary}, Entry{"had", W::kAuxiliary}, Entry{"have", W::kAuxiliary},
    Entry{"was", W::kAuxiliary}, Entry{"were", W::kAuxiliary}, Entry{"is", W::kAuxiliary},
    Entry{"are", W::kAuxiliary}, Entry{"will", W::kAuxiliary}, Entry{"would", W::kAuxiliary},
    Entry{"not", W::kClitic}, Entry{"also", W::kAdverb}, Entry{"later", W::kAdverb},
    Entry{"in", W::kPreposition}, Entry{"on", W::kPreposition}, Entry{"at", W::kPreposition},
    Entry{"to", W::kPreposition}, Entry{"of", W::kPreposition}, Entry{"for", W::kPreposition},
    Entry{"with", W::kPreposition}, Entry{"from", W::kPreposition},
    Entry{"by", W::kPreposition}, Entry{"during", W::kPreposition},
    Entry{"after", W::kPreposition}, Entry{"before", W::kPreposition},
    Entry{"in", W::kPreposition}, Entry{"according", W::kPreposition},
    Entry{"but", W::kConnective}, Entry{"however", W::kConnective},
    Entry{"yet", W::kConnective}, Entry{"still", W::kConnective},
    Entry{"meanwhile", W::kConnective}, Entry{"who", W::kRelative},
    Entry{"which", W::kRelative}, Entry{"that", W::kComplementizer},
    Entry{"and", W::kCoordinator}, Entry{"or", W::kCoordinator},
};

constexpr std::string_view kFrenchTime[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
    "soir", "matin", "apres-midi", "dernier", "derniere", "recemment", "aujourd'hui",
    "mardi-soir"};
constexpr std::string_view kEnglishTime[] = {"monday", "tuesday", "wednesday", "thursday",
                                             "friday", "saturday", "sunday", "yesterday",
                                             "today", "earlier", "night", "last"};

}  // namespace

WordClass ClassifyWord(std::string_view folded, bool english) {
  static const ClassMap* french = MakeMap(kFrench);
  static const ClassMap* english_map = MakeMap(kEnglish);
  WordClass c = english ? Lookup(*english_map, folded) : Lookup(*french, folded);
  if (c != WordClass::kOther) return c;
  if (!english && folded.size() > 6 && EndsWith(folded, "ment")) return WordClass::kAdverb;
  if (english && folded.size() > 4 && EndsWith(folded, "ly")) return WordClass::kAdverb;
  if (IsTimeWord(folded, english)) return WordClass::kAdverb;
  return c;
}

bool PronounInfo(std::string_view w, bool english, Gender* gender, bool* plural) {
  *plural = false;
  if (english) {
    if (w == "he" || w == "him") *gender = Gender::kMasculine;
    else if (w == "she") *gender = Gender::kFeminine;
    else if (w == "they" || w == "them") *gender = Gender::kUnknown, *plural = true;
    else return false;
    return true;
  }
  if (w == "il" || w == "-il" || w == "-t-il" || w == "lui" || w == "lui-meme") {
    *gender = Gender::kMasculine;
  } else if (w == "elle" || w == "-elle" || w == "-t-elle" || w == "elle-meme") {
    *gender = Gender::kFeminine;
  } else if (w == "ils" || w == "-ils" || w == "eux") {
    *gender = Gender::kMasculine, *plural = true;
  } else if (w == "elles" || w == "-elles") {
    *gender = Gender::kFeminine, *plural = true;
  } else {
    return false;
  }
  return true;
}

bool IsTimeWord(std::string_view w, bool english) {
  static const WordSet* french = MakeSet(kFrenchTime);
  static const WordSet* english_set = MakeSet(kEnglishTime);
  return (english ? english_set : french)->count(w) > 0;
}

bool IsNameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {
      "de", "du", "des", "d'", "la", "le", "al", "el", "ben", "bin", "ibn", "ould", "abou",
      "abu", "van", "von", "der", "den", "da", "di", "dos", "do", "y", "of", "the", "bint"};
  static const WordSet* particles = MakeSet(kParticles);
  return particles->count(w) > 0;
}

bool EndsSpeakerPhrase(std::string_view w, bool english) {
  static constexpr std::string_view kFrenchEnds[] = {
      "qui", "cite", "citee", "cites", "joint", "jointe", "interroge", "interrogee",
      "sous", "lors", "apres", "avant", "selon", "pendant", "qu'", "que", "dont", "ou",
      "et", "mais", "proche", "presente", "present", "installe", "installee", "basee",
      "base", "rencontre", "rencontree", "assis", "assise"};
  static constexpr std::string_view kEnglishEnds[] = {"who", "which", "in", "at", "on",
                                                      "during", "after", "to", "and", "but",
                                                      "told", "quoted", "by"};
  static const WordSet* french = MakeSet(kFrenchEnds);
  static const WordSet* english_set = MakeSet(kEnglishEnds);
  return (english ? english_set : french)->count(w) > 0;
}

}  // namespace vigie::analyse
