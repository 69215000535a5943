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
  token_classes_.assign(n_tokens, 0);
  for (size_t p = 0; p < text.paragraphs().size(); ++p) {
    const TextParagraph& para = text.paragraphs()[p];
    if (paragraph_language_[p] < 0) continue;
    for (size_t k = para.token_begin; k < para.token_end; ++k) {
      token_classes_[k] = lexicon.TokenClasses(paragraph_language_[p], text.Folded(k));
    }
  }
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

namespace {

bool Has(uint64_t bits, int id) { return id >= 0 && id < 64 && (bits >> id & 1) != 0; }

}  // namespace

std::optional<PhraseHit> LexiconMatches::ClassStartingAt(int id, size_t token) const {
  if (id < 0 || static_cast<size_t>(id) >= classes_.size() || token >= token_classes_.size()) {
    return std::nullopt;
  }
  const std::vector<PhraseHit>& hits = classes_[id];
  auto it = std::lower_bound(hits.begin(), hits.end(), token,
                             [](const PhraseHit& h, size_t t) { return h.token_begin < t; });
  // Hits are ordered by start, longest first: the first one starting at the
  // token's own start is the longest.
  for (; it != hits.end() && it->token_begin == token; ++it) {
    if (it->start == text_.tokens()[token].start) return *it;
  }
  if (!Has(token_classes_[token], id)) return std::nullopt;
  const text::Token& t = text_.tokens()[token];
  return PhraseHit{0, 0, t.start, t.end, token, token + 1};
}

std::optional<PhraseHit> LexiconMatches::ClassEndingAt(int id, size_t token_end) const {
  if (id < 0 || static_cast<size_t>(id) >= classes_.size() || token_end == 0 ||
      token_end > token_classes_.size()) {
    return std::nullopt;
  }
  const std::vector<PhraseHit>& hits = classes_[id];
  size_t from = token_end > kMaxClassTokens ? token_end - kMaxClassTokens : 0;
  auto it = std::lower_bound(hits.begin(), hits.end(), from,
                             [](const PhraseHit& h, size_t t) { return h.token_begin < t; });
  const int64_t end = text_.tokens()[token_end - 1].end;
  for (; it != hits.end() && it->token_begin < token_end; ++it) {
    if (it->token_end == token_end && it->end == end) return *it;
  }
  if (!Has(token_classes_[token_end - 1], id)) return std::nullopt;
  const text::Token& t = text_.tokens()[token_end - 1];
  return PhraseHit{0, 0, t.start, t.end, token_end - 1, token_end};
}

std::optional<PhraseHit> LexiconMatches::ClassBeforeHyphen(int id, size_t k) const {
  if (id < 0 || static_cast<size_t>(id) >= classes_.size() || k >= text_.tokens().size()) return std::nullopt;
  const std::string_view t = text_.TokenText(k);
  const size_t dash = t.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  // The hyphen's offset in code points: the bytes before it that do not
  // continue a UTF-8 sequence.
  int64_t end = text_.tokens()[k].start;
  for (size_t b = 0; b < dash; ++b) end += (static_cast<unsigned char>(t[b]) & 0xC0) != 0x80;
  const std::vector<PhraseHit>& hits = classes_[id];
  const size_t from = k + 1 > kMaxClassTokens ? k + 1 - kMaxClassTokens : 0;
  auto it = std::lower_bound(hits.begin(), hits.end(), from,
                             [](const PhraseHit& h, size_t b) { return h.token_begin < b; });
  for (; it != hits.end() && it->token_begin <= k; ++it) {
    if (it->token_end == k + 1 && it->end == end) return *it;
  }
  return std::nullopt;
}

bool LexiconMatches::ClassInTokens(int id, size_t begin, size_t end) const {
  if (id < 0 || static_cast<size_t>(id) >= classes_.size()) return false;
  const std::vector<PhraseHit>& hits = classes_[id];
  auto it = std::lower_bound(hits.begin(), hits.end(), begin,
                             [](const PhraseHit& h, size_t t) { return h.token_begin < t; });
  if (it != hits.end() && it->token_begin < end) return true;
  end = std::min(end, token_classes_.size());
  for (size_t k = begin; k < end; ++k) {
    if (Has(token_classes_[k], id)) return true;
  }
  return false;
}

}  // namespace vigie::analyse
