#include "analyse/claim_lexicon.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <system_error>

#include "analyse/tsv.h"
#include "common/utf8.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace vigie::analyse {
namespace {

// A Latin-1 letter with a diacritic (U+00C0 to U+00FF) in s.
bool HasDiacritic(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    const char32_t c = DecodeUtf8(s, &pos);
    if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) return true;
  }
  return false;
}

// French short words that differ by an accent only ("a"/"à", "ou"/"où",
// "la"/"là", "du"/"dû") are different words: a token of one or two letters
// written in lower case matches a one-word entry only with the entry's
// accents. Capitals often drop the accent ("A Alep"): any then.
bool AccentMatches(std::string_view token, const ClaimLexiconEntry& e) {
  if (e.words.size() != 1 || e.tokens[0].size() > 2 || token == e.phrase) return true;
  size_t pos = 0;
  const char32_t first = DecodeUtf8(token, &pos);
  if ((first >= 'A' && first <= 'Z') || (first >= 0xC0 && first <= 0xDE)) return true;
  return HasDiacritic(token) == HasDiacritic(e.phrase);
}

constexpr std::string_view kRoleNames[] = {
    "killed", "injured", "missing", "displaced", "category", "breakdown", "among", "other",
    "partitive", "unit",
    "number", "scale", "collective", "collectives", "one", "approx", "approx_after",
    "range_open", "range_join", "plural_determiner", "currency",
    "place_head", "place_head_after", "locative", "agent_prep", "origin", "direction", "name_particle",
    "place_anaphor",
    "day", "day_part", "month", "season", "month_edge", "date_prep", "since", "relative_date",
    "same_day", "night_of", "ago", "duration_prep", "duration_word", "time_unit", "time_zone", "period_word",
    "source_prefix", "speech", "report_verb", "report_noun", "source_anaphor", "attack_noun",
    "attack_verb", "cause_verb", "blame", "claim_responsibility", "pronoun", "demonstrative", "possessive",
    "actor_noun", "instrument", "war_noun", "affiliation", "member", "group_noun", "armed_description", "generic_party",
    "unnamed_attacker",
    "armed", "sponsor", "maker", "office", "weapon_model", "evaluative", "disease", "spokesperson", "alias",
    "not_party", "lone_attacker", "share", "ruler", "agent_phrase", "so_called", "branch",
    "determiner", "connector", "preposition", "clause_stop", "noun_phrase_stop", "aux_be",
    "aux_have", "adverb", "negation", "topic_shift", "modal", "both_sides", "repel_verb", "self_claim",
    "same", "report_adjective", "title", "modal_participle", "lost_men", "total", "rescue", "loss_verb", "people",
    "firing_position", "found", "infinitive_governor",
};
static_assert(std::size(kRoleNames) == static_cast<size_t>(ClaimRole::kRoleCount));

bool ParseRole(std::string_view name, ClaimRole* role) {
  for (size_t r = 0; r < std::size(kRoleNames); ++r) {
    if (kRoleNames[r] == name) {
      *role = static_cast<ClaimRole>(r);
      return true;
    }
  }
  return false;
}

bool IsCasualty(ClaimRole r) { return r <= ClaimRole::kDisplaced; }

// The `value` column of one row, by role. False when it is not one the role
// takes.
bool ParseValue(ClaimRole role, std::string_view v, int64_t* out) {
  if (IsCasualty(role)) {
    constexpr std::pair<std::string_view, CueForm> kForms[] = {
        {"noun", CueForm::kNoun},
        {"participle", CueForm::kParticiple},
        {"intransitive", CueForm::kIntransitive},
        {"active", CueForm::kActive},
        {"active_people", CueForm::kActivePeople},
        {"of", CueForm::kOf},
        {"toll", CueForm::kToll},
        {"infinitive", CueForm::kInfinitive}};
    for (auto [name, form] : kForms) {
      if (v == name) return *out = static_cast<int64_t>(form), true;
    }
    return false;
  }
  if (role == ClaimRole::kCategory) {
    constexpr std::pair<std::string_view, VictimCategory> kCategories[] = {
        {"civilians", VictimCategory::kCivilians},
        {"children", VictimCategory::kChildren},
        {"military", VictimCategory::kMilitary},
        {"none", VictimCategory::kNone}};
    for (auto [name, category] : kCategories) {
      if (v == name) return *out = static_cast<int64_t>(category), true;
    }
    return false;
  }
  // A building or an establishment ("école", "hospital"): its own name is
  // less a toponym than the town's (claims_internal.h, kVenueHead).
  if ((role == ClaimRole::kPlaceHead || role == ClaimRole::kPlaceHeadAfter) && v == "venue") {
    *out = kVenueHead;
    return true;
  }
  switch (role) {
    case ClaimRole::kNumber: case ClaimRole::kScale: case ClaimRole::kCollective:
    case ClaimRole::kCollectives: case ClaimRole::kOne: case ClaimRole::kPlaceHead:
    case ClaimRole::kPlaceHeadAfter: case ClaimRole::kPlaceAnaphor: case ClaimRole::kMonth:
    case ClaimRole::kRelativeDate:
    case ClaimRole::kPronoun: {
      const char* end = v.data() + v.size();
      auto [ptr, ec] = std::from_chars(v.data(), end, *out);
      return ec == std::errc() && ptr == end && *out >= 0;
    }
    case ClaimRole::kSourceAnaphor:
      *out = 0;
      return true;  // organisation types, kept as text
    case ClaimRole::kAttackVerb:
      *out = v == "object";
      return v.empty() || v == "object";
    case ClaimRole::kAttackNoun:
      *out = v == "fighting" ? kAttackFighting : v == "place" ? kAttackOfPlace : v == "target" ? kAttackOfTarget : 0;
      return v.empty() || v == "fighting" || v == "place" || v == "target";
    case ClaimRole::kAffiliation:
      *out = v == "loyal";
      return v.empty() || v == "loyal";
    case ClaimRole::kActorNoun:
      *out = v == "state";
      return v.empty() || v == "state";
    case ClaimRole::kWarNoun:  // 1: waged by one side ("insurrection")
      *out = v == "one_sided";
      return v.empty() || v == "one_sided";
    case ClaimRole::kLocative:
      *out = v == "joins";
      return v.empty() || v == "joins";
    case ClaimRole::kBlame:  // 1: blames its subject only, after "être" ("est responsable de")
      *out = v == "passive";
      return v.empty() || v == "passive";
    case ClaimRole::kAuxHave:  // 1: a conditional ("auraient"), before a modal participle
      *out = v == "conditional";
      return v.empty() || v == "conditional";
    case ClaimRole::kInfinitiveGovernor:  // 1: a verb of perception, its subject between ("a vu les soldats tuer")
      *out = v == "perception";
      return v.empty() || v == "perception";
    default:
      *out = 0;
      return v.empty();
  }
}

}  // namespace

std::string_view ClaimRoleName(ClaimRole role) {
  size_t r = static_cast<size_t>(role);
  return r < std::size(kRoleNames) ? kRoleNames[r] : "?";
}

Result<std::unique_ptr<ClaimLexicon>> ClaimLexicon::Load(const std::vector<std::string>& dirs) {
  std::unique_ptr<ClaimLexicon> lexicon(new ClaimLexicon());
  for (size_t d = 0; d < dirs.size(); ++d) {
    for (auto [language, bit] : {std::pair<const char*, uint8_t>{"fr", kFrench}, {"en", kEnglish}}) {
      for (std::string_view file : kFiles) {
        std::filesystem::path path = std::filesystem::path(dirs[d]) / language / file;
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
          if (d == 0) return Status::NotFound("no lexicon at " + path.string());
          continue;
        }
        Result<TsvTable> table = TsvTable::ReadFile(path.string());
        if (!table.ok()) return table.status();
        VIGIE_RETURN_IF_ERROR(lexicon->AddTable(*table, bit));
      }
    }
  }
  VIGIE_RETURN_IF_ERROR(lexicon->Finish());
  return lexicon;
}

Result<std::unique_ptr<ClaimLexicon>> ClaimLexicon::FromTables(const std::vector<Table>& tables) {
  std::unique_ptr<ClaimLexicon> lexicon(new ClaimLexicon());
  for (const Table& t : tables) {
    Result<TsvTable> table = TsvTable::Parse(t.contents, t.name);
    if (!table.ok()) return table.status();
    VIGIE_RETURN_IF_ERROR(lexicon->AddTable(*table, t.language == "en" ? kEnglish : kFrench));
  }
  VIGIE_RETURN_IF_ERROR(lexicon->Finish());
  return lexicon;
}

Status ClaimLexicon::AddTable(const TsvTable& t, uint8_t language) {
  VIGIE_RETURN_IF_ERROR(t.RequireColumns({"phrase", "role", "value"}));
  const int phrase = t.Column("phrase"), role = t.Column("role"), value = t.Column("value");
  const text::Normalizer normalizer;
  text::Tokenizer tokenizer;
  std::vector<text::Token> tokens;
  for (size_t r = 0; r < t.rows(); ++r) {
    ClaimLexiconEntry e;
    e.languages = language;
    e.phrase = std::string(t.Field(r, phrase));
    if (e.phrase.empty()) return Status::InvalidArgument(t.Where(r) + ": empty phrase");
    if (!ParseRole(t.Field(r, role), &e.role)) {
      return Status::InvalidArgument(t.Where(r) + ": unknown role \"" +
                                     std::string(t.Field(r, role)) + "\"");
    }
    if (!ParseValue(e.role, t.Field(r, value), &e.value)) {
      return Status::InvalidArgument(t.Where(r) + ": bad value \"" +
                                     std::string(t.Field(r, value)) + "\" for role " +
                                     std::string(ClaimRoleName(e.role)));
    }
    if (e.role == ClaimRole::kSourceAnaphor) e.detail = std::string(t.Field(r, value));
    // An elided article ends the phrase ("plus d'", "l'"): the tokenizer
    // splits it from the word it elides only when one follows, so one is
    // lent and dropped.
    std::string phrase = e.phrase;
    const bool elided = phrase.back() == '\'' || phrase.ends_with("\u2019");
    if (elided) phrase += "x";
    tokenizer.Tokenize(phrase, &tokens);
    if (elided && !tokens.empty()) tokens.pop_back();
    for (const text::Token& tok : tokens) {
      e.tokens.push_back(normalizer.Fold(text::TokenText(phrase, tok)));
    }
    if (e.tokens.empty() || e.tokens.front().empty()) {
      return Status::InvalidArgument(t.Where(r) + ": empty phrase");
    }
    entries_.push_back(std::move(e));
  }
  return Status::Ok();
}

Status ClaimLexicon::Finish() {
  std::vector<std::string> cues;
  for (uint32_t id = 0; id < entries_.size(); ++id) {
    ClaimLexiconEntry& e = entries_[id];
    for (const std::string& token : e.tokens) {
      auto [it, added] = vocabulary_.emplace(token, static_cast<uint32_t>(vocabulary_.size()));
      e.words.push_back(it->second);
    }
    by_first_word_.resize(vocabulary_.size());
    by_first_word_[e.words.front()].push_back(id);
    if (IsCasualty(e.role)) {
      cues.push_back(e.phrase);
      cue_languages_.push_back(e.languages);
    }
  }
  for (std::vector<uint32_t>& ids : by_first_word_) {
    std::stable_sort(ids.begin(), ids.end(), [this](uint32_t a, uint32_t b) {
      return entries_[a].tokens.size() > entries_[b].tokens.size();
    });
  }
  if (cues.empty()) return Status::InvalidArgument("the claims lexicon has no casualty cue");
  Result<PhraseMatcher> matcher = PhraseMatcher::Build(cues);
  if (!matcher.ok()) return matcher.status();
  cue_matcher_ = std::move(*matcher);
  return Status::Ok();
}

int64_t ClaimLexicon::WordValue(std::string_view folded, ClaimRole role, uint8_t languages) const {
  uint32_t word = Word(folded);
  if (word == kNoWord) return -1;
  for (uint32_t id : by_first_word_[word]) {
    const ClaimLexiconEntry& e = entries_[id];
    if (e.role == role && e.tokens.size() == 1 && (e.languages & languages) != 0) return e.value;
  }
  return -1;
}

ClaimMarks::ClaimMarks(const ClaimLexicon& lexicon, const AnalysisText& text, uint8_t languages)
    : lexicon_(lexicon),
      text_(text),
      languages_(languages),
      roles_(text.tokens().size(), std::array<uint64_t, 2>{}),
      first_(text.tokens().size(), 0),
      count_(text.tokens().size(), 0),
      words_(text.tokens().size(), ClaimLexicon::kNoWord),
      marked_(text.sentences().size(), false) {}

void ClaimMarks::MarkSentence(size_t s) {
  if (s >= marked_.size() || marked_[s]) return;
  marked_[s] = true;
  const text::Sentence& sentence = text_.sentences()[s];
  for (size_t i = sentence.token_begin; i < sentence.token_end; ++i) words_[i] = lexicon_.Word(text_.Folded(i));
  for (size_t i = sentence.token_begin; i < sentence.token_end; ++i) {
    first_[i] = static_cast<uint32_t>(matches_.size());
    if (words_[i] == ClaimLexicon::kNoWord) continue;
    for (uint32_t id : lexicon_.StartingWith(words_[i])) {
      const ClaimLexiconEntry& e = lexicon_.entry(id);
      const size_t n = e.words.size();
      if ((e.languages & languages_) == 0 || i + n > sentence.token_end) continue;
      if (!AccentMatches(text_.TokenText(i), e)) continue;
      // "les passagers d'un car", "l'or": after an article, a noun, not the
      // conjunction that ends a clause.
      if (e.role == ClaimRole::kClauseStop && n == 1 && i > sentence.token_begin && Has(i - 1, ClaimRole::kDeterminer)) {
        continue;
      }
      // "est responsable de": only after a form of "être" a blame ("un
      // responsable de la milice" is one of its officials).
      if (e.role == ClaimRole::kBlame && e.value == 1 && !(i > sentence.token_begin && Has(i - 1, ClaimRole::kAuxBe))) {
        continue;
      }
      size_t k = 1;
      while (k < n && words_[i + k] == e.words[k]) ++k;
      if (k < n) continue;
      const int r = static_cast<int>(e.role);
      roles_[i][r >> 6] |= uint64_t{1} << (r & 63);
      matches_.push_back(Match{id, static_cast<uint32_t>(n)});
    }
    count_[i] = static_cast<uint32_t>(matches_.size()) - first_[i];
  }
}

void ClaimMarks::MarkParagraph(size_t p) {
  const TextParagraph& para = text_.paragraphs()[p];
  for (size_t s = para.sentence_begin; s < para.sentence_end; ++s) MarkSentence(s);
}

const ClaimLexiconEntry* ClaimMarks::Longest(size_t i, ClaimRole role) const {
  if (!Has(i, role)) return nullptr;
  // Matches are in the lexicon's order for the token: longest first.
  for (uint32_t k = first_[i]; k < first_[i] + count_[i]; ++k) {
    const ClaimLexiconEntry& e = lexicon_.entry(matches_[k].entry);
    if (e.role == role) return &e;
  }
  return nullptr;
}

size_t ClaimMarks::Length(size_t i, ClaimRole role) const {
  const ClaimLexiconEntry* e = Longest(i, role);
  return e == nullptr ? 0 : e->tokens.size();
}

}  // namespace vigie::analyse
