// The speaker-noun lexicon: nouns that describe who speaks ("le porte-parole",
// "une source", "le quotidien", "un rapport") with their gender and class.
// Read from data/lexicons/<lang>/speaker_nouns.tsv (format in
// doc/lexicons.md). The quotation finder uses it to tell a named speaker
// ("le quotidien Kommersant") from an unnamed one ("une source militaire"),
// to resolve descriptions ("poursuit le diplomate") and to learn the gender
// of the person named after a role ("la préfète Fabienne Buccio").
#ifndef VIGIE_ANALYSE_SPEAKER_NOUNS_H_
#define VIGIE_ANALYSE_SPEAKER_NOUNS_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "vigie/status.h"

namespace vigie::analyse {

enum class Gender : uint8_t { kUnknown, kMasculine, kFeminine };

enum class NounClass : uint8_t {
  kTitle,         // M., Mme, docteur, général: before a name
  kPerson,        // a role or profession: ministre, diplomate
  kOrganisation,  // ONG, agence, quotidien, ministère
  kDocument,      // rapport, bilan: its author speaks
  kGeneric,       // source, témoin, habitant: never named
  kThing,         // banderole, pancarte: never a speaker
};

struct SpeakerNoun {
  Gender gender = Gender::kUnknown;
  NounClass noun_class = NounClass::kPerson;
};

// Immutable after loading; thread-safe for concurrent Find calls.
class SpeakerNouns {
 public:
  static Result<SpeakerNouns> Parse(std::string_view content, std::string_view file_name);
  // Adds another lexicon's nouns; its entries replace ours.
  void Merge(const SpeakerNouns& other);
  // The entry for a folded token (lower case, no accents), or nullptr.
  const SpeakerNoun* Find(std::string_view folded) const;
  size_t size() const { return nouns_.size(); }

  // Adds the first names of a first_names.tsv (columns name, gender).
  Status AddFirstNames(std::string_view content, std::string_view file_name);
  // The gender of a folded first name; kUnknown when not listed.
  Gender FirstNameGender(std::string_view folded) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, SpeakerNoun, Hash, std::equal_to<>> nouns_;
  std::unordered_map<std::string, Gender, Hash, std::equal_to<>> first_names_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_SPEAKER_NOUNS_H_
