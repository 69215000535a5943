#include "analyse/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>
#include <tuple>

#include "analyse/inflection.h"
#include "analyse/tsv.h"
#include "common/strings.h"
#include "text/normalize.h"
#include "text/tokenizer.h"

namespace vigie::analyse {
namespace {

// The SemEval-2023 Task 3 (subtask 3) technique names, plus the question.
constexpr std::string_view kTechniques[] = {
    "Appeal_to_Authority",     "Appeal_to_Fear-Prejudice",
    "Appeal_to_Hypocrisy",     "Appeal_to_Popularity",
    "Appeal_to_Time",          "Appeal_to_Values",
    "Causal_Oversimplification", "Consequential_Oversimplification",
    "Conversation_Killer",     "Doubt",
    "Exaggeration-Minimisation", "False_Dilemma-No_Choice",
    "Flag_Waving",             "Guilt_by_Association",
    "Loaded_Language",         "Name_Calling-Labeling",
    "Obfuscation-Vagueness-Confusion", "Questioning_the_Reputation",
    "Red_Herring",             "Repetition",
    "Slogans",                 "Straw_Man",
    "Whataboutism",            "Rhetorical_Question",
};

bool KnownTechnique(std::string_view name) {
  return std::find(std::begin(kTechniques), std::end(kTechniques), name) != std::end(kTechniques);
}

// Lower-case ASCII letters, digits and '_', not empty.
bool IsIdentifier(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool IsLanguageCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 3) return false;
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// Comma-separated items, trimmed, empty ones dropped.
std::vector<std::string> SplitList(std::string_view field) {
  std::vector<std::string> items;
  size_t pos = 0;
  while (pos <= field.size()) {
    size_t comma = field.find(',', pos);
    if (comma == std::string_view::npos) comma = field.size();
    std::string_view item = Trim(field.substr(pos, comma - pos));
    if (!item.empty()) items.emplace_back(item);
    pos = comma + 1;
  }
  return items;
}

}  // namespace

std::string_view StanceName(Stance stance) {
  switch (stance) {
    case Stance::kPejorative:
      return "pejorative";
    case Stance::kNeutral:
      return "neutral";
    case Stance::kSympathetic:
      return "sympathetic";
  }
  return "neutral";
}

// Reads tables into a Lexicon; Finish resolves class names and orders rows.
class Lexicon::Parser {
 public:
  explicit Parser(Lexicon* lex) : lex_(lex) {}

  Status AddTable(std::string_view lang, std::string_view file, const TsvTable& table) {
    const int l = LanguageIndex(lang);
    if (table.Column("term") >= 0) return AddLabels(l, file, table);
    if (table.Column("technique") >= 0) return AddCues(l, file, table);
    if (table.Column("class") >= 0) return AddClasses(l, table);
    return Status::InvalidArgument(table.name() +
                                   ": unknown lexicon table: the header needs `term target "
                                   "stance`, `phrase technique` or `phrase class`");
  }

  Status Finish();

 private:
  struct PendingClass {
    size_t row;  // resolved in Finish, when rows_ no longer grows
    size_t condition_index;
    std::string name;
    std::string where;
  };

  int LanguageIndex(std::string_view lang) {
    int l = lex_->Language(lang);
    if (l >= 0) return l;
    lex_->languages_.emplace_back(lang);
    return static_cast<int>(lex_->languages_.size() - 1);
  }

  int InternClass(std::string_view name) {
    int id = lex_->ClassId(name);
    if (id >= 0) return id;
    if (lex_->class_names_.size() == kMaxClasses) return -1;
    lex_->class_names_.emplace_back(name);
    return static_cast<int>(lex_->class_names_.size() - 1);
  }

  // Folded tokens of `phrase`, tokenized with the rules of `lang`.
  TokenSeq FoldTokens(int lang, std::string_view phrase) const {
    const bool english = lex_->languages_[lang] == "en";
    std::vector<text::Token> tokens =
        text::Tokenize(phrase, english ? text::TokenizerLanguage::kEnglish
                                       : text::TokenizerLanguage::kFrench);
    TokenSeq seq;
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::string folded = normalizer_.Fold(text::TokenText(phrase, tokens[i]));
      // "d'", "l'", "qu'" written alone end with their apostrophe, which the
      // tokenizer cuts off when no word follows; in a text they are one token
      // ("d'ONG" -> "d'", "ONG").
      if (i > 0 && tokens[i].start == tokens[i - 1].end && folded == "'" &&
          tokens[i - 1].kind == text::TokenKind::kWord) {
        seq.back() += folded;
        continue;
      }
      seq.push_back(std::move(folded));
    }
    return seq;
  }

  std::vector<TokenSeq> FoldList(int lang, std::string_view field) const {
    std::vector<TokenSeq> out;
    for (const std::string& item : SplitList(field)) {
      TokenSeq seq = FoldTokens(lang, item);
      if (!seq.empty()) out.push_back(std::move(seq));
    }
    return out;
  }

  // The `forms` field: empty -> the entry only; "*" -> its generated forms.
  Status Forms(int lang, std::string_view entry, std::string_view field, const std::string& where,
               std::vector<std::string>* forms) const {
    std::vector<std::string> items = SplitList(field);
    if (items.empty()) items.emplace_back(entry);
    for (const std::string& item : items) {
      std::vector<std::string> add =
          item == "*" ? InflectPhrase(entry, lex_->languages_[lang]) : std::vector<std::string>{item};
      for (std::string& f : add) {
        if (normalizer_.Fold(f).find_first_not_of(" \t") == std::string::npos) {
          return Status::InvalidArgument(where + ": empty form");
        }
        if (std::find(forms->begin(), forms->end(), f) == forms->end()) forms->push_back(f);
      }
    }
    return Status::Ok();
  }

  Status ParseWhen(std::string_view field, const std::string& where, size_t row,
                   std::vector<LabelCondition>* when);
  Status AddLabels(int lang, std::string_view file, const TsvTable& table);
  Status AddCues(int lang, std::string_view file, const TsvTable& table);
  Status AddClasses(int lang, const TsvTable& table);

  Lexicon* lex_;
  text::Normalizer normalizer_;
  std::vector<PendingClass> pending_;
  std::map<std::tuple<int, std::string>, uint32_t> term_of_;
  std::map<std::tuple<int, std::string, std::string>, uint32_t> row_of_;
  std::map<std::tuple<int, std::string, std::string>, uint32_t> cue_of_;
};

Status Lexicon::Parser::ParseWhen(std::string_view field, const std::string& where, size_t row,
                                  std::vector<LabelCondition>* when) {
  for (const std::string& item : SplitList(field)) {
    LabelCondition c;
    size_t colon = item.find(':');
    std::string kind = item.substr(0, colon);
    std::string arg = colon == std::string::npos ? "" : std::string(Trim(item.substr(colon + 1)));
    c.text = item;
    if (kind == "coordinated" && arg.empty()) {
      c.kind = LabelCondition::Kind::kCoordinated;
    } else if (kind == "proxy" && arg.empty()) {
      c.kind = LabelCondition::Kind::kProxy;
    } else if (kind == "after_jihadist" && arg.empty()) {
      c.kind = LabelCondition::Kind::kAfterJihadist;
    } else if (kind == "opinion" && arg.empty()) {
      c.kind = LabelCondition::Kind::kOpinion;
    } else if (kind == "abroad" && arg.empty()) {
      c.kind = LabelCondition::Kind::kAbroad;
    } else if (kind == "at_home" && arg.empty()) {
      c.kind = LabelCondition::Kind::kAtHome;
    } else if (kind == "against_foreign" && arg.empty()) {
      c.kind = LabelCondition::Kind::kAgainstForeign;
    } else if (kind == "with_opposition" && arg.empty()) {
      c.kind = LabelCondition::Kind::kWithOpposition;
    } else if (kind == "side" && (arg == "government" || arg == "opposition")) {
      c.kind = LabelCondition::Kind::kSide;
      c.government_side = arg == "government";
    } else if ((kind == "follows" || kind == "precedes" || kind == "sentence" || kind == "paragraph" ||
                kind == "theatre" || kind == "anaphor" || kind == "reported") &&
               IsIdentifier(arg)) {
      c.kind = kind == "follows"     ? LabelCondition::Kind::kFollows
               : kind == "precedes"  ? LabelCondition::Kind::kPrecedes
               : kind == "sentence"  ? LabelCondition::Kind::kSentence
               : kind == "paragraph" ? LabelCondition::Kind::kParagraph
               : kind == "theatre"   ? LabelCondition::Kind::kTheatre
               : kind == "reported"  ? LabelCondition::Kind::kReported
                                     : LabelCondition::Kind::kAnaphor;
      pending_.push_back({row, when->size(), arg, where});
    } else {
      return Status::InvalidArgument(where + ": bad condition '" + item +
                                     "' (follows:CLASS, precedes:CLASS, sentence:CLASS, paragraph:CLASS, theatre:CLASS, "
                                     "anaphor:CLASS, reported:CLASS, coordinated, proxy, after_jihadist, opinion, abroad, at_home, against_foreign, "
                                     "with_opposition, side:government, side:opposition)");
    }
    when->push_back(c);
  }
  return Status::Ok();
}

Status Lexicon::Parser::AddLabels(int lang, std::string_view file, const TsvTable& table) {
  VIGIE_RETURN_IF_ERROR(table.RequireColumns({"term", "target", "stance"}));
  const int c_term = table.Column("term"), c_target = table.Column("target"),
            c_stance = table.Column("stance"), c_forms = table.Column("forms"),
            c_when = table.Column("when"), c_before = table.Column("not_before"),
            c_after = table.Column("not_after"), c_flags = table.Column("flags"),
            c_technique = table.Column("technique"), c_gate = table.Column("gate");
  for (size_t r = 0; r < table.rows(); ++r) {
    const std::string where = table.Where(r);
    std::string term(table.Field(r, c_term));
    LabelRow row;
    row.where = std::string(lex_->languages_[lang]) + "/" + where.substr(where.rfind('/') + 1);
    row.target = std::string(table.Field(r, c_target));
    if (term.empty()) return Status::InvalidArgument(where + ": empty term");
    if (!IsIdentifier(row.target)) {
      return Status::InvalidArgument(where + ": bad target '" + row.target +
                                     "' (lower-case letters, digits and _)");
    }
    std::string_view stance = table.Field(r, c_stance);
    if (stance == "pejorative") row.stance = Stance::kPejorative;
    else if (stance == "neutral") row.stance = Stance::kNeutral;
    else if (stance == "sympathetic") row.stance = Stance::kSympathetic;
    else return Status::InvalidArgument(where + ": bad stance '" + std::string(stance) +
                                        "' (pejorative, neutral, sympathetic)");
    for (const std::string& flag : SplitList(table.Field(r, c_flags))) {
      if (flag == "context") row.flags |= kLabelNeedsConflict;
      else if (flag == "extend") row.flags |= kLabelExtends;
      else if (flag == "complement") row.flags |= kLabelNeedsComplement | kLabelExtends;
      else if (flag == "noun") row.flags |= kLabelNoun;
      else if (flag == "scope") row.flags |= kLabelInScope;
      else if (flag == "one_side") row.flags |= kLabelOneSide;
      else if (flag == "unnamed") row.flags |= kLabelUnnamed;
      else return Status::InvalidArgument(where + ": bad flag '" + flag +
                                          "' (context, extend, complement, noun, scope, one_side, unnamed)");
    }
    row.technique = std::string(table.Field(r, c_technique));
    if (!row.technique.empty() && !KnownTechnique(row.technique)) {
      return Status::InvalidArgument(where + ": unknown technique '" + row.technique + "'");
    }
    std::string_view gate = table.Field(r, c_gate);
    if (gate == "opinion") row.technique_needs_opinion = true;
    else if (!gate.empty()) return Status::InvalidArgument(where + ": bad gate '" +
                                                           std::string(gate) + "' (opinion)");
    row.not_before = FoldList(lang, table.Field(r, c_before));
    row.not_after = FoldList(lang, table.Field(r, c_after));

    auto [term_it, new_term] =
        term_of_.emplace(std::make_tuple(lang, term), static_cast<uint32_t>(lex_->terms_.size()));
    if (new_term) {
      LabelTerm t;
      t.lang = lang;
      t.term = term;
      t.file = std::string(file);
      lex_->terms_.push_back(std::move(t));
    }
    LabelTerm& t = lex_->terms_[term_it->second];
    VIGIE_RETURN_IF_ERROR(Forms(lang, term, table.Field(r, c_forms), where, &t.forms));
    row.term = term_it->second;

    // A row is known by its term, target and condition: the same term may
    // have one default row and conditional rows for one target.
    auto [row_it, new_row] = row_of_.emplace(
        std::make_tuple(lang, term, row.target + "|" + std::string(table.Field(r, c_when))),
        static_cast<uint32_t>(lex_->rows_.size()));
    if (new_row) {
      lex_->rows_.emplace_back();
    } else {  // a later file replaces the row: drop the conditions it had pending
      const uint32_t replaced = row_it->second;
      std::erase_if(pending_, [replaced](const PendingClass& p) { return p.row == replaced; });
    }
    VIGIE_RETURN_IF_ERROR(ParseWhen(table.Field(r, c_when), where, row_it->second, &row.when));
    lex_->rows_[row_it->second] = std::move(row);
  }
  return Status::Ok();
}

Status Lexicon::Parser::AddCues(int lang, std::string_view file, const TsvTable& table) {
  VIGIE_RETURN_IF_ERROR(table.RequireColumns({"phrase", "technique"}));
  const int c_phrase = table.Column("phrase"), c_technique = table.Column("technique"),
            c_span = table.Column("span"), c_gate = table.Column("gate"),
            c_forms = table.Column("forms"), c_before = table.Column("not_before"),
            c_after = table.Column("not_after");
  for (size_t r = 0; r < table.rows(); ++r) {
    const std::string where = table.Where(r);
    TechniqueCue cue;
    cue.lang = lang;
    cue.phrase = std::string(table.Field(r, c_phrase));
    cue.technique = std::string(table.Field(r, c_technique));
    cue.file = std::string(file);
    cue.where = where;
    if (cue.phrase.empty()) return Status::InvalidArgument(where + ": empty phrase");
    if (!KnownTechnique(cue.technique)) {
      return Status::InvalidArgument(where + ": unknown technique '" + cue.technique + "'");
    }
    std::string_view span = table.Field(r, c_span);
    if (span.empty() || span == "cue") cue.span = CueSpan::kCue;
    else if (span == "clause") cue.span = CueSpan::kClause;
    else if (span == "sentence") cue.span = CueSpan::kSentence;
    else return Status::InvalidArgument(where + ": bad span '" + std::string(span) +
                                        "' (cue, clause, sentence)");
    std::string_view gate = table.Field(r, c_gate);
    if (gate == "opinion") cue.needs_opinion = true;
    else if (gate == "evidence") cue.needs_opinion = cue.evidence_only = true;
    else if (!gate.empty()) return Status::InvalidArgument(where + ": bad gate '" +
                                                           std::string(gate) + "' (opinion, evidence)");
    cue.not_before = FoldList(lang, table.Field(r, c_before));
    cue.not_after = FoldList(lang, table.Field(r, c_after));
    std::vector<std::string> forms;
    VIGIE_RETURN_IF_ERROR(Forms(lang, cue.phrase, table.Field(r, c_forms), where, &forms));
    auto [it, inserted] = cue_of_.emplace(std::make_tuple(lang, cue.phrase, cue.technique),
                                          static_cast<uint32_t>(lex_->cues_.size()));
    if (inserted) {
      lex_->cues_.push_back(std::move(cue));
      lex_->cue_forms_.push_back(std::move(forms));
    } else {
      lex_->cues_[it->second] = std::move(cue);
      lex_->cue_forms_[it->second] = std::move(forms);
    }
  }
  return Status::Ok();
}

Status Lexicon::Parser::AddClasses(int lang, const TsvTable& table) {
  VIGIE_RETURN_IF_ERROR(table.RequireColumns({"phrase", "class"}));
  const int c_phrase = table.Column("phrase"), c_class = table.Column("class"),
            c_forms = table.Column("forms");
  for (size_t r = 0; r < table.rows(); ++r) {
    const std::string where = table.Where(r);
    std::string_view phrase = table.Field(r, c_phrase);
    std::string_view name = table.Field(r, c_class);
    if (phrase.empty()) return Status::InvalidArgument(where + ": empty phrase");
    if (!IsIdentifier(name)) {
      return Status::InvalidArgument(where + ": bad class '" + std::string(name) +
                                     "' (lower-case letters, digits and _)");
    }
    const int id = InternClass(name);
    if (id < 0) {
      return Status::InvalidArgument(where + ": more than " + std::to_string(kMaxClasses) +
                                     " context classes");
    }
    std::vector<std::string> forms;
    VIGIE_RETURN_IF_ERROR(Forms(lang, phrase, table.Field(r, c_forms), where, &forms));
    if (lex_->token_classes_.size() < lex_->languages_.size()) {
      lex_->token_classes_.resize(lex_->languages_.size());
    }
    for (std::string& f : forms) {
      TokenSeq tokens = FoldTokens(lang, f);
      if (tokens.size() == 1) {
        lex_->token_classes_[lang][tokens[0]] |= uint64_t{1} << id;
        continue;
      }
      lex_->class_phrases_.push_back(ClassPhrase{lang, id});
      lex_->class_forms_.push_back(std::move(f));
    }
  }
  return Status::Ok();
}

Status Lexicon::Parser::Finish() {
  for (const PendingClass& p : pending_) {
    int id = lex_->ClassId(p.name);
    if (id < 0) {
      return Status::InvalidArgument(p.where + ": no class '" + p.name +
                                     "' in any context table of the lexicons");
    }
    lex_->rows_[p.row].when[p.condition_index].class_id = id;
  }
  for (LabelTerm& t : lex_->terms_) t.rows.clear();
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < lex_->rows_.size(); ++i) {
      const LabelRow& row = lex_->rows_[i];
      if (row.when.empty() == (pass == 1)) lex_->terms_[row.term].rows.push_back(uint32_t(i));
    }
  }
  return Status::Ok();
}

namespace {

// The files of this lexicon in a language directory that other layers share
// (speech_cues.tsv, casualties.tsv... are theirs): labels*.tsv,
// techniques*.tsv and context*.tsv, so that users may add
// labels_myconflict.tsv beside them.
bool IsLexiconFile(const std::filesystem::path& path) {
  if (path.extension() != ".tsv") return false;
  const std::string stem = path.stem().string();
  for (std::string_view prefix : {"labels", "techniques", "context"})
    if (stem.compare(0, prefix.size(), prefix) == 0) return true;
  return false;
}

}  // namespace

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::vector<std::string>& dirs) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  Parser parser(lex.get());
  for (const std::string& dir : dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      return Status::NotFound("no lexicon directory at " + dir);
    }
    std::vector<std::filesystem::path> langs;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
      if (e.is_directory() && IsLanguageCode(e.path().filename().string())) {
        langs.push_back(e.path());
      }
    }
    if (ec) return Status::IoError(dir + ": " + ec.message());
    std::sort(langs.begin(), langs.end());
    for (const auto& lang_dir : langs) {
      std::vector<std::filesystem::path> files;
      for (const auto& e : std::filesystem::directory_iterator(lang_dir, ec)) {
        if (IsLexiconFile(e.path())) files.push_back(e.path());
      }
      if (ec) return Status::IoError(lang_dir.string() + ": " + ec.message());
      std::sort(files.begin(), files.end());
      for (const auto& path : files) {
        Result<TsvTable> table = TsvTable::ReadFile(path.string());
        if (!table.ok()) return table.status();
        VIGIE_RETURN_IF_ERROR(parser.AddTable(lang_dir.filename().string(),
                                              path.filename().string(), *table));
      }
    }
  }
  VIGIE_RETURN_IF_ERROR(parser.Finish());
  return lex;
}

Result<std::unique_ptr<Lexicon>> Lexicon::FromFiles(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  Parser parser(lex.get());
  for (const auto& [name, content] : files) {
    size_t slash = name.find('/');
    std::string lang = slash == std::string::npos ? "" : name.substr(0, slash);
    if (!IsLanguageCode(lang)) {
      return Status::InvalidArgument(name + ": not under a language directory (fr/, en/...)");
    }
    Result<TsvTable> table = TsvTable::Parse(content, name);
    if (!table.ok()) return table.status();
    VIGIE_RETURN_IF_ERROR(parser.AddTable(lang, name.substr(slash + 1), *table));
  }
  VIGIE_RETURN_IF_ERROR(parser.Finish());
  return lex;
}

int Lexicon::Language(std::string_view lang) const {
  for (size_t i = 0; i < languages_.size(); ++i) {
    if (languages_[i] == lang) return static_cast<int>(i);
  }
  return -1;
}

uint64_t Lexicon::TokenClasses(int lang, std::string_view folded) const {
  if (lang < 0 || static_cast<size_t>(lang) >= token_classes_.size()) return 0;
  auto it = token_classes_[lang].find(folded);
  return it == token_classes_[lang].end() ? 0 : it->second;
}

int Lexicon::ClassId(std::string_view name) const {
  for (size_t i = 0; i < class_names_.size(); ++i) {
    if (class_names_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

void Lexicon::Register(PhraseIndex::Builder* builder) {
  std::vector<std::string> label_phrases;
  label_item_term_.clear();
  for (size_t t = 0; t < terms_.size(); ++t) {
    for (const std::string& f : terms_[t].forms) {
      label_phrases.push_back(f);
      label_item_term_.push_back(static_cast<uint32_t>(t));
    }
  }
  std::vector<std::string> cue_phrases;
  cue_item_cue_.clear();
  for (size_t c = 0; c < cues_.size(); ++c) {
    for (const std::string& f : cue_forms_[c]) {
      cue_phrases.push_back(f);
      cue_item_cue_.push_back(static_cast<uint32_t>(c));
    }
  }
  label_list_ = builder->AddList("lexicon labels", std::move(label_phrases));
  cue_list_ = builder->AddList("lexicon technique cues", std::move(cue_phrases));
  class_list_ = builder->AddList("lexicon context classes", class_forms_);
}

const LabelTerm* Lexicon::LabelOf(const PhraseHit& hit) const {
  if (hit.list != label_list_ || hit.item >= label_item_term_.size()) return nullptr;
  return &terms_[label_item_term_[hit.item]];
}

const TechniqueCue* Lexicon::CueOf(const PhraseHit& hit) const {
  if (hit.list != cue_list_ || hit.item >= cue_item_cue_.size()) return nullptr;
  return &cues_[cue_item_cue_[hit.item]];
}

const ClassPhrase* Lexicon::ClassOf(const PhraseHit& hit) const {
  if (hit.list != class_list_ || hit.item >= class_phrases_.size()) return nullptr;
  return &class_phrases_[hit.item];
}

void Lexicon::AppendPhrases(std::vector<std::string>* out) const {
  for (const LabelTerm& t : terms_) out->insert(out->end(), t.forms.begin(), t.forms.end());
  for (const auto& forms : cue_forms_) out->insert(out->end(), forms.begin(), forms.end());
  out->insert(out->end(), class_forms_.begin(), class_forms_.end());
}

size_t Lexicon::phrase_count() const {
  size_t n = class_forms_.size();  // the multi-token ones
  for (const LabelTerm& t : terms_) n += t.forms.size();
  for (const auto& forms : cue_forms_) n += forms.size();
  return n;
}

}  // namespace vigie::analyse
