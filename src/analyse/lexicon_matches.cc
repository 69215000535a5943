#include "analyse/lexicon_matches.h"

#include <algorithm>

namespace vigie::analyse {
namespace {

// Longest class phrase, in tokens, that ClassEndingAt looks back for.
constexpr size_t kMaxClassTokens = 8;

}  // namespace

LexiconMatches::LexiconMatches(const Lexicon& lexicon, const AnalysisText& text,
                               const std::vector<PhraseHit>& hits,
                               const std::vector<LanguageRun>& runs, std::string_view language)
    : lexicon_(lexicon), text_(text), classes_(lexicon.class_names().size()) {
  const int fallback = lexicon.Language(language.empty() ? std::string_view("fr") : language);
  for (const TextParagraph& p : text.paragraphs()) {
    int lang = fallback;
    for (const LanguageRun& run : runs) {
      if (run.start <= p.start && p.start < run.end) {
        lang = lexicon.Language(run.language);
        break;
      }
    }
    paragraph_language_.push_back(lang);
  }
  const size_t n_tokens = text.tokens().size();
  for (const PhraseHit& h : hits) {
    if (h.token_begin >= n_tokens || h.token_end <= h.token_begin) continue;
    const int lang = paragraph_language_[ParagraphOfToken(h.token_begin)];
    if (lang < 0) continue;
    if (const LabelTerm* t = lexicon.LabelOf(h)) {
      if (t->lang == lang) labels_.push_back(h);
    } else if (const TechniqueCue* c = lexicon.CueOf(h)) {
      if (c->lang == lang) cues_.push_back(h);
    } else if (const ClassPhrase* k = lexicon.ClassOf(h)) {
      if (k->lang == lang) classes_[k->class_id].push_back(h);
    }
  }
}

const std::vector<PhraseHit>& LexiconMatches::Class(int id) const {
  if (id < 0 || static_cast<size_t>(id) >= classes_.size()) return none_;
  return classes_[id];
}

const PhraseHit* LexiconMatches::ClassStartingAt(int id, size_t token) const {
  const std::vector<PhraseHit>& hits = Class(id);
  auto it = std::lower_bound(hits.begin(), hits.end(), token,
                             [](const PhraseHit& h, size_t t) { return h.token_begin < t; });
  // Hits are ordered by start, longest first: the first one starting at the
  // token's own start is the longest.
  for (; it != hits.end() && it->token_begin == token; ++it) {
    if (it->start == text_.tokens()[token].start) return &*it;
  }
  return nullptr;
}

const PhraseHit* LexiconMatches::ClassEndingAt(int id, size_t token_end) const {
  if (token_end == 0) return nullptr;
  const std::vector<PhraseHit>& hits = Class(id);
  size_t from = token_end > kMaxClassTokens ? token_end - kMaxClassTokens : 0;
  auto it = std::lower_bound(hits.begin(), hits.end(), from,
                             [](const PhraseHit& h, size_t t) { return h.token_begin < t; });
  const int64_t end = text_.tokens()[token_end - 1].end;
  for (; it != hits.end() && it->token_begin < token_end; ++it) {
    if (it->token_end == token_end && it->end == end) return &*it;
  }
  return nullptr;
}

bool LexiconMatches::ClassInTokens(int id, size_t begin, size_t end) const {
  const std::vector<PhraseHit>& hits = Class(id);
  auto it = std::lower_bound(hits.begin(), hits.end(), begin,
                             [](const PhraseHit& h, size_t t) { return h.token_begin < t; });
  return it != hits.end() && it->token_begin < end;
}

}  // namespace vigie::analyse
