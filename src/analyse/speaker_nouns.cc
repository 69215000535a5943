#include "analyse/speaker_nouns.h"

#include "analyse/lexicon_tsv.h"
#include "common/strings.h"
#include "text/normalize.h"

namespace vigie::analyse {
namespace {

bool ParseGender(std::string_view cell, Gender* gender) {
  if (cell == "m") *gender = Gender::kMasculine;
  else if (cell == "f") *gender = Gender::kFeminine;
  else if (cell == "-") *gender = Gender::kUnknown;
  else return false;
  return true;
}

bool ParseClass(std::string_view cell, NounClass* c) {
  static constexpr std::pair<std::string_view, NounClass> kNames[] = {
      {"title", NounClass::kTitle},       {"person", NounClass::kPerson},
      {"organisation", NounClass::kOrganisation}, {"document", NounClass::kDocument},
      {"generic", NounClass::kGeneric},   {"thing", NounClass::kThing},
  };
  for (const auto& [name, value] : kNames) {
    if (name == cell) {
      *c = value;
      return true;
    }
  }
  return false;
}

// "ministre" -> "ministres", "journal" -> "journaux", "pays" -> "pays".
std::string Plural(const std::string& noun) {
  if (noun.empty() || noun.find(' ') != std::string::npos) return noun;
  char last = noun.back();
  if (last == 's' || last == 'x' || last == 'z' || last == '.') return noun;
  if (EndsWith(noun, "al")) return noun.substr(0, noun.size() - 2) + "aux";
  if (EndsWith(noun, "eau")) return noun + "x";
  return noun + "s";
}

}  // namespace

Result<SpeakerNouns> SpeakerNouns::Parse(std::string_view content, std::string_view file_name) {
  SpeakerNouns out;
  const text::Normalizer normalizer;
  Status st = ReadTsvLexicon(
      content, file_name, {"noun", "gender", "class"}, [&](const TsvRow& row) -> Status {
        SpeakerNoun noun;
        if (!ParseGender(row.cells[1], &noun.gender)) {
          return Status::InvalidArgument("gender must be m, f or -, not '" +
                                         std::string(row.cells[1]) + "'");
        }
        if (!ParseClass(row.cells[2], &noun.noun_class)) {
          return Status::InvalidArgument(
              "unknown class '" + std::string(row.cells[2]) +
              "' (known: title, person, organisation, document, generic, thing)");
        }
        std::string folded = normalizer.Fold(row.cells[0]);
        if (folded.find_first_of(" \t") != std::string::npos) {
          return Status::InvalidArgument("a noun is one word: '" + std::string(row.cells[0]) +
                                         "'");
        }
        std::string plural = Plural(folded);
        out.nouns_.try_emplace(plural, noun);  // an explicit singular entry wins
        out.nouns_[folded] = noun;
        return Status::Ok();
      });
  if (!st.ok()) return st;
  return out;
}

void SpeakerNouns::Merge(const SpeakerNouns& other) {
  for (const auto& [noun, entry] : other.nouns_) nouns_[noun] = entry;
  for (const auto& [name, gender] : other.first_names_) first_names_[name] = gender;
}

Status SpeakerNouns::AddFirstNames(std::string_view content, std::string_view file_name) {
  const text::Normalizer normalizer;
  return ReadTsvLexicon(content, file_name, {"name", "gender"}, [&](const TsvRow& row) -> Status {
    Gender g;
    if (!ParseGender(row.cells[1], &g)) {
      return Status::InvalidArgument("gender must be m, f or -, not '" +
                                     std::string(row.cells[1]) + "'");
    }
    first_names_[normalizer.Fold(row.cells[0])] = g;
    return Status::Ok();
  });
}

Gender SpeakerNouns::FirstNameGender(std::string_view folded) const {
  auto it = first_names_.find(folded);
  return it == first_names_.end() ? Gender::kUnknown : it->second;
}

const SpeakerNoun* SpeakerNouns::Find(std::string_view folded) const {
  auto it = nouns_.find(folded);
  return it == nouns_.end() ? nullptr : &it->second;
}

}  // namespace vigie::analyse
