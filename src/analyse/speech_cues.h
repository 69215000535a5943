// The speech-cue lexicon: the verbs and phrases that report speech ("a
// déclaré", "estime-t-elle", "selon", "according to"), each with what it
// introduces (a que-clause, a noun-phrase or infinitive complement, an
// addressee, a direct quotation, a source). Read from the user-editable
// data/lexicons/<lang>/speech_cues.tsv (format in doc/lexicons.md), whose
// regular verbs are conjugated here so that the file lists lemmas.
#ifndef VIGIE_ANALYSE_SPEECH_CUES_H_
#define VIGIE_ANALYSE_SPEECH_CUES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyse/analysis_text.h"
#include "vigie/status.h"

namespace vigie::analyse {

// What a cue introduces, as a bit set (the `kind` column).
enum CueKind : uint32_t {
  kCueQue = 1u << 0,           // X a affirmé que CONTENT
  kCueObject = 1u << 1,        // X a annoncé CONTENT (a noun phrase)
  kCueInfinitive = 1u << 2,    // X a promis de CONTENT
  kCueAddressee = 1u << 3,     // X accuse CONTENT (Y de ...)
  kCueQuote = 1u << 4,         // « ... », a lancé X
  kCueSource = 1u << 5,        // selon X, CONTENT / CONTENT, selon X
  kCueSourceBefore = 1u << 6,  // pour X, CONTENT
  kCueIncise = 1u << 7,        // « ... », analyse X (after a quotation only)
};

// Parses a `kind` cell ("que,object,quote"); false on an unknown name.
bool ParseCueKinds(std::string_view cell, uint32_t* kinds);

struct SpeechCue {
  std::string lemma;
  std::string folded_lemma;  // the infinitive as matched: "declarer"
  uint32_t kinds = 0;
};

// Immutable after loading; thread-safe for concurrent Match calls.
class SpeechCueLexicon {
 public:
  SpeechCueLexicon() = default;

  // Parses the content of one speech_cues.tsv; `file_name` names it in
  // errors, `language` ("fr" or "en") chooses the conjugation of "-".
  static Result<SpeechCueLexicon> Parse(std::string_view content, std::string_view file_name,
                                        std::string_view language);

  // Adds the cues of another lexicon (a user's); the kinds of a form listed
  // twice are merged.
  void Merge(const SpeechCueLexicon& other);

  // The longest cue whose form starts at token `i` of `text`, comparing
  // folded tokens; nullptr if none. `*length` receives its token count.
  const SpeechCue* Match(const AnalysisText& text, size_t i, size_t* length) const;

  size_t size() const { return cues_.size(); }

 private:
  struct Form {
    std::vector<std::string> rest;  // folded tokens after the first
    uint32_t cue = 0;               // index into cues_
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  Status AddForm(std::string_view form, uint32_t cue);

  std::vector<SpeechCue> cues_;
  std::unordered_map<std::string, std::vector<Form>, Hash, std::equal_to<>> by_first_;
};

// The folded forms of a regular verb (exposed for tests): French -er and
// second-group -ir verbs, English regular verbs. Empty when the lemma has
// no regular pattern.
std::vector<std::string> RegularForms(std::string_view folded_lemma, std::string_view language);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_SPEECH_CUES_H_
