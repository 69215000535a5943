// QuoteFinder: direct and reported quotations with their speakers, French
// first, English for the basic cases. The method, its trade-offs and the
// figures that chose its rules are in the essay at the top of quotes.cc;
// the lexicons it reads are described in doc/lexicons.md.
#ifndef VIGIE_ANALYSE_QUOTES_H_
#define VIGIE_ANALYSE_QUOTES_H_

#include <optional>
#include <string>
#include <vector>

#include "analyse/analysis_text.h"
#include "analyse/speaker_nouns.h"
#include "analyse/speech_cues.h"
#include "vigie/document.h"
#include "vigie/status.h"

namespace vigie::analyse {

// Immutable after Load; Find is const and thread-safe (all per-document
// state lives on its stack).
class QuoteFinder {
 public:
  // Reads lexicons/{fr,en}/speech_cues.tsv and speaker_nouns.tsv under
  // `data_dir`, then the same files under each of `extra_dirs` (a user's
  // own lexicons; missing files there are skipped). An error names the file
  // and line at fault.
  static Result<QuoteFinder> Load(const std::string& data_dir,
                                  const std::vector<std::string>& extra_dirs = {});

  // From lexicon contents (tests, fuzzing): French then English files.
  static Result<QuoteFinder> FromLexicons(const std::string& fr_cues, const std::string& fr_nouns,
                                          const std::string& en_cues, const std::string& en_nouns);

  // Appends to `*out` the quotations of `text`, in text order and not
  // overlapping, every span in code points of text.text(). `title` is the
  // document's title (Document::title): when it is also the first
  // paragraph of the text, that paragraph is read as a headline. `entities`
  // are the document's named entities (any order); where they are missing,
  // capitalised names after titles and roles stand in for them.
  void Find(const AnalysisText& text, const std::optional<std::string>& title,
            const std::vector<Entity>& entities, std::vector<Quote>* out) const;

 private:
  struct Language {
    SpeechCueLexicon cues;
    SpeakerNouns nouns;
  };
  Language french_, english_;
};

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_QUOTES_H_
