#include "analyse/speech_cues.h"

#include <algorithm>

#include "analyse/lexicon_tsv.h"
#include "common/strings.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace vigie::analyse {
namespace {

bool EndsWithStr(std::string_view s, std::string_view suffix) { return EndsWith(s, suffix); }

std::vector<std::string> FrenchForms(std::string_view lemma) {
  std::vector<std::string> out;
  if (EndsWithStr(lemma, "er") && lemma.size() > 3) {
    std::string stem(lemma.substr(0, lemma.size() - 2));
    // "exiger" -> "exigeant", "exigea": keep the g soft before a and o.
    std::string soft = stem.back() == 'g' ? stem + "e" : stem;
    for (const char* s : {"e", "ent", "er", "ee", "ees", "era", "eront", "erait", "eraient",
                          "erent"})
      out.push_back(stem + s);
    for (const char* s : {"ait", "aient", "a", "ant"}) out.push_back(soft + s);
  } else if (EndsWithStr(lemma, "ir") && lemma.size() > 3) {
    std::string stem(lemma.substr(0, lemma.size() - 2));
    for (const char* s : {"ir", "it", "issent", "issait", "issaient", "i", "ie", "is", "ies",
                          "ira", "iront", "irait", "issant"})
      out.push_back(stem + s);
  }
  return out;
}

std::vector<std::string> EnglishForms(std::string_view lemma) {
  std::string l(lemma);
  std::vector<std::string> out{l};
  if (l.size() < 2) return out;
  char last = l.back(), before = l[l.size() - 2];
  bool vowel = before == 'a' || before == 'e' || before == 'i' || before == 'o' || before == 'u';
  if (last == 'e') {
    out.push_back(l + "s");
    out.push_back(l + "d");
    out.push_back(l.substr(0, l.size() - 1) + "ing");
  } else if (last == 'y' && !vowel) {
    std::string stem = l.substr(0, l.size() - 1);
    out.push_back(stem + "ies");
    out.push_back(stem + "ied");
    out.push_back(l + "ing");
  } else {
    out.push_back(l + (last == 's' || last == 'h' || last == 'x' ? "es" : "s"));
    out.push_back(l + "ed");
    out.push_back(l + "ing");
  }
  return out;
}

// Splits a cell on commas, trimming each piece; empty pieces are dropped.
std::vector<std::string_view> SplitCommas(std::string_view cell) {
  std::vector<std::string_view> out;
  size_t begin = 0;
  while (begin <= cell.size()) {
    size_t comma = cell.find(',', begin);
    if (comma == std::string_view::npos) comma = cell.size();
    std::string_view piece = Trim(cell.substr(begin, comma - begin));
    if (!piece.empty()) out.push_back(piece);
    begin = comma + 1;
  }
  return out;
}

}  // namespace

bool ParseCueKinds(std::string_view cell, uint32_t* kinds) {
  static constexpr std::pair<std::string_view, uint32_t> kNames[] = {
      {"que", kCueQue},           {"object", kCueObject}, {"infinitive", kCueInfinitive},
      {"addressee", kCueAddressee}, {"quote", kCueQuote},   {"source", kCueSource},
      {"source_before", kCueSourceBefore}, {"incise", kCueIncise},
  };
  *kinds = 0;
  for (std::string_view name : SplitCommas(cell)) {
    auto it = std::find_if(std::begin(kNames), std::end(kNames),
                           [&](const auto& p) { return p.first == name; });
    if (it == std::end(kNames)) return false;
    *kinds |= it->second;
  }
  return *kinds != 0;
}

std::vector<std::string> RegularForms(std::string_view folded_lemma, std::string_view language) {
  return language == "en" ? EnglishForms(folded_lemma) : FrenchForms(folded_lemma);
}

Status SpeechCueLexicon::AddForm(std::string_view form, uint32_t cue) {
  std::string text(form);
  std::vector<text::Token> tokens = text::Tokenize(text);
  if (tokens.empty()) return Status::InvalidArgument("empty form '" + text + "'");
  if (tokens.size() > 6) return Status::InvalidArgument("form '" + text + "' has over 6 words");
  const text::Normalizer normalizer;
  Form f;
  f.cue = cue;
  std::string first = normalizer.Fold(text::TokenText(text, tokens[0]));
  for (size_t k = 1; k < tokens.size(); ++k)
    f.rest.push_back(normalizer.Fold(text::TokenText(text, tokens[k])));
  std::vector<Form>& forms = by_first_[first];
  for (Form& existing : forms) {
    if (existing.rest == f.rest) {  // the same form twice: merge the kinds
      cues_[existing.cue].kinds |= cues_[cue].kinds;
      return Status::Ok();
    }
  }
  forms.push_back(std::move(f));
  return Status::Ok();
}

Result<SpeechCueLexicon> SpeechCueLexicon::Parse(std::string_view content,
                                                 std::string_view file_name,
                                                 std::string_view language) {
  SpeechCueLexicon lexicon;
  const text::Normalizer normalizer;
  Status st = ReadTsvLexicon(
      content, file_name, {"lemma", "forms", "kind"}, [&](const TsvRow& row) -> Status {
        SpeechCue cue;
        cue.lemma = std::string(row.cells[0]);
        cue.folded_lemma = normalizer.Fold(cue.lemma);
        if (!ParseCueKinds(row.cells[2], &cue.kinds)) {
          return Status::InvalidArgument("unknown kind in '" + std::string(row.cells[2]) +
                                         "' (known: que, object, infinitive, addressee, quote, "
                                         "incise, source, source_before)");
        }
        uint32_t index = static_cast<uint32_t>(lexicon.cues_.size());
        lexicon.cues_.push_back(cue);
        std::string_view forms = row.cells[1];
        std::vector<std::string> all;
        if (forms == "-" || forms.front() == '+') {
          all = RegularForms(normalizer.Fold(cue.lemma), language);
          if (all.empty()) {
            return Status::InvalidArgument("no regular forms for '" + cue.lemma +
                                           "': list its forms");
          }
          if (forms.front() == '+') forms.remove_prefix(1);
        }
        if (forms != "-") {
          for (std::string_view f : SplitCommas(forms)) all.emplace_back(f);
        }
        if (all.empty()) return Status::InvalidArgument("no forms");
        for (const std::string& f : all) VIGIE_RETURN_IF_ERROR(lexicon.AddForm(f, index));
        return Status::Ok();
      });
  if (!st.ok()) return st;
  return lexicon;
}

void SpeechCueLexicon::Merge(const SpeechCueLexicon& other) {
  for (const auto& [first, forms] : other.by_first_) {
    for (const Form& f : forms) {
      uint32_t index = static_cast<uint32_t>(cues_.size());
      cues_.push_back(other.cues_[f.cue]);
      std::vector<Form>& mine = by_first_[first];
      auto it = std::find_if(mine.begin(), mine.end(),
                             [&](const Form& m) { return m.rest == f.rest; });
      if (it != mine.end()) {
        cues_[it->cue].kinds |= other.cues_[f.cue].kinds;
        cues_.pop_back();
      } else {
        mine.push_back(Form{f.rest, index});
      }
    }
  }
}

const SpeechCue* SpeechCueLexicon::Match(const AnalysisText& text, size_t i,
                                         size_t* length) const {
  auto it = by_first_.find(text.Folded(i));
  if (it == by_first_.end()) return nullptr;
  const Form* best = nullptr;
  for (const Form& f : it->second) {
    if (i + f.rest.size() >= text.tokens().size()) continue;  // its last word past the text
    bool match = true;
    for (size_t k = 0; k < f.rest.size() && match; ++k)
      match = text.Folded(i + 1 + k) == f.rest[k];
    if (match && (best == nullptr || f.rest.size() > best->rest.size())) best = &f;
  }
  if (best == nullptr) return nullptr;
  *length = best->rest.size() + 1;
  return &cues_[best->cue];
}

}  // namespace vigie::analyse
