// The text rules: metadata, credits and boilerplate out of an article's
// blocks.
//
// The idea. Each block is first classified alone, from its shape: a
// metadata line (meta_line.h), a credit line (credits.h), a boilerplate
// line (boilerplate_rules.h), a footnote, or body. Then position decides
// what the weaker kinds mean. The body of the page is the span from the
// first to the last *substantial* paragraph (a body block of at least 12
// words, or 6 ending a sentence); the head is what comes before it, the
// tail what comes after. Pages put their furniture at the edges, so:
//   - strong shapes (share links, tag lines, notices, copyright, by-lines,
//     Source lines...) are removed wherever they are: no article sentence
//     looks like "Imprimer | Partager" or "Thème : Syrie, Russie";
//   - weak shapes (a date alone, a list of topic words, an appeal for
//     donations, a name alone as signature) are removed only in the head or
//     the tail, or at the head of a pasted article;
//   - in the tail, once a boilerplate trigger has fired, the short lines
//     after it (12 words or fewer, no final full stop, no year or URL) are
//     boilerplate too: widgets leave fragments ("Nom", "Envoyer le lien")
//     that no rule names. Footnotes are protected from this cascade.
// The tail starts after the last substantial paragraph, or earlier at a
// hard end (a copyright line, a notice, a bio or comments header after the
// last Source line) when only a few paragraphs follow it: Markdown footnote
// definitions, which the reader appends after everything, and comments.
// A page that pastes several articles keeps them all: each ends with its
// Source line, which is removed (the credit goes to `credits`), and the
// next article's paragraphs are substantial, so they are body, not tail.
//
// The thresholds (12 words, 6 with a full stop, 12 for the cascade) come
// from the fixture pages (tests/testdata/pages): interview questions
// ("Pourquoi ?") are short but sit between long answers, so they are never
// in the tail; widget fragments and related-article titles are short and
// unfinished, footnotes end with a full stop or carry a year or a URL.
// bench/text_rules_eval.cc measures precision on real pages, the 645
// HTML pages of trafilatura-eval (many languages): after the HTML
// extraction the rules remove 115 blocks, none holding a snippet the gold
// data says must stay, 9 holding snippets it says must go; they take
// about a quarter of the HTML extraction's time (about 1 ms a page).
//
// Author bios are the one long block of the tail that is not boilerplate
// by shape: a block after a bio header ("À propos de l'auteur"), or a last
// paragraph opening with a person's name and a role ("Jean Dupont est
// journaliste...") that either names a by-line author or is followed by
// boilerplate.
#include "clean/text_rules.h"

#include <re2/re2.h>

#include <algorithm>
#include <utility>

#include "clean/agencies.h"
#include "clean/boilerplate_rules.h"
#include "clean/credits.h"
#include "clean/meta_line.h"
#include "clean/names.h"
#include "clean/rule_text.h"
#include "clean/text_rules_run.h"
#include "common/strings.h"

namespace vigie::clean {
namespace internal {
namespace {

using ingest::Block;
using ingest::BlockKind;

constexpr int kSubstantialWords = 12;
constexpr int kSubstantialSentenceWords = 6;
constexpr int kMaxTitleWords = 25;
constexpr int kMaxBioWords = 150;
constexpr size_t kMaxBioBlocks = 3;
constexpr size_t kMaxTagValues = 30;
constexpr size_t kMaxClassifiedBytes = 2000;

bool IsRoleWord(std::string_view fold_word) {
  static const RE2 re(
      R"(^(?:journaliste|ecrivaine?|chercheu(?:r|se)|professeure?|auteure?|autrice|analyste|)"
      R"(economiste|politologue|historienne?|essayiste|reporter|correspondante?|editorialiste|)"
      R"(chroniqueu(?:r|se)|redact(?:eur|rice)|specialiste|experte?|ancienne?|docteure?|)"
      R"(enseignante?|geopolitologue|militante?|consultante?|membre|fondat(?:eur|rice)|)"
      R"(direct(?:eur|rice)|diplomate|avocate?|philosophe|sociologue|blogueu(?:r|se)|)"
      R"(photographe|journalist|writer|author|professor|analyst|researcher|editor|fellow|)"
      R"(contributor|retraitee?|ingenieure?|medecin|cineaste|documentariste|poete)$)");
  return RE2::FullMatch(fold_word, re);
}

// "Jean Dupont est journaliste...", "John Smith is a writer...".
bool LooksLikeBio(std::string_view text, std::string* name) {
  if (CountWords(text) > kMaxBioWords) return false;
  std::string norm = NormalizeRuleText(text.substr(0, std::min<size_t>(text.size(), 400)));
  LeadingNames lead = ParseLeadingNames(norm);
  if (lead.names.empty() || CountWords(lead.names[0]) < 2) return false;
  std::string rest = FoldText(lead.rest);
  static const RE2 verb(R"(^(?:,| est | a ete | etait | is | was | \())");
  if (!RE2::PartialMatch(rest, verb)) return false;
  int seen = 0;
  for (size_t p = 0; p < rest.size() && seen < 15; ++seen) {
    size_t end = rest.find(' ', p);
    if (end == std::string::npos) end = rest.size();
    if (IsRoleWord(TrimChars(std::string_view(rest).substr(p, end - p), ",.;()"))) {
      *name = lead.names[0];
      return true;
    }
    p = end + 1;
  }
  return false;
}

}  // namespace

TextFindings TextRuleRun::Run() {
  CheckReaderTitle();
  ClassifyAll();
  if (format_ != Format::kHtml) FindTitle();
  FindBodyBounds();
  MarkBios();
  FindBodyBounds();
  MarkTagValues();
  MarkSourceLists();
  MarkRelatedLinks();
  MarkEdges();
  Decide();
  Apply();
  return std::move(findings_);
}

void TextRuleRun::CheckReaderTitle() {
  if (!page_->meta.title) return;
  const std::string title = *page_->meta.title;
  BoilerKind boiler = ClassifyBoilerplate(title).kind;
  // HTML titles come from markup; only an editor's placeholder is wrong
  // there ("Document sans titre").
  if (format_ == Format::kHtml && boiler != BoilerKind::kUntitled) return;
  std::optional<MetaLine> meta = ParseMetaLine(title);
  if (!meta && boiler != BoilerKind::kUntitled && boiler != BoilerKind::kShare) return;
  if (meta) {
    for (const std::string& a : meta->authors) AddUnique(a, &findings_.authors, &seen_);
    if (meta->date) findings_.published = meta->date;
    if (meta->outlet) {
      outlets_.push_back(
          {*meta->outlet, OutletWeight(OutletCue::kDateline, *meta->outlet), OutletCue::kDateline});
    }
  }
  removed_front_.push_back(title);
  page_->meta.title.reset();
}

void TextRuleRun::ClassifyAll() {
  info_.resize(blocks().size());
  for (size_t i = 0; i < blocks().size(); ++i) Classify(i);
}

void TextRuleRun::Classify(size_t i) {
  Block& b = blocks()[i];
  BlockInfo& in = info_[i];
  in = BlockInfo();
  in.words = CountWords(b.text);
  if (b.kind == BlockKind::kRule || in.words == 0) {
    in.role = Role::kEmpty;
    return;
  }
  if (b.text.size() <= kMaxClassifiedBytes) {
    RuleText t(b.text);
    if ((in.credit = ParseCreditLine(t))) {
      in.role = Role::kCredit;
      return;
    }
    if ((in.meta = ParseMetaLine(t))) {
      in.role = Role::kMeta;
      return;
    }
    in.boiler = ClassifyBoilerplate(t);
    if (in.boiler.kind != BoilerKind::kNone) {
      in.role = Role::kBoiler;
      return;
    }
    in.norm = t.norm();
  }
  if (IsFootnoteLike(b.text)) {
    in.role = Role::kFootnote;
    return;
  }
  size_t cut = TrailingCreditStart(b.text);
  if (cut != std::string_view::npos) {
    in.split_credit = std::string(Trim(std::string_view(b.text).substr(cut)));
    b.text = std::string(Trim(std::string_view(b.text).substr(0, cut)));
    in.words = CountWords(b.text);
    in.norm.reset();
  }
  in.role = Role::kBody;
  in.substantial = b.kind != BlockKind::kHeading &&
                   (in.words >= kSubstantialWords ||
                    (in.words >= kSubstantialSentenceWords && EndsSentence(b.text)));
}

void TextRuleRun::FindTitle() {
  if (page_->meta.title) return;
  for (size_t i = 0; i < blocks().size() && i < 4; ++i) {
    const BlockInfo& in = info_[i];
    if (in.role == Role::kEmpty || in.role == Role::kBoiler || in.role == Role::kMeta) continue;
    if (in.role != Role::kBody) return;
    if (SplitTitleFromByline(i)) return;
    const Block& b = blocks()[i];
    bool heading = b.kind == BlockKind::kHeading;
    bool short_line = in.words >= 2 && in.words <= kMaxTitleWords && !in.substantial &&
                      StartsWithUpper(b.text) && !EndsWith(Trim(b.text), ".") &&
                      !EndsWith(Trim(b.text), ":") && !EndsWith(Trim(b.text), ",");
    if ((heading && in.words <= kMaxTitleWords) || (short_line && HasBodyAfter(i))) {
      findings_.title = CollapseWhitespace(b.text);
      EraseBlock(i);
    }
    return;
  }
}

bool TextRuleRun::HasBodyAfter(size_t i) const {
  for (size_t j = i + 1; j < info_.size(); ++j) {
    if (info_[j].substantial) return true;
  }
  return false;
}

bool TextRuleRun::SplitTitleFromByline(size_t i) {
  Block& b = blocks()[i];
  if (b.text.size() > 300) return false;
  int words_before = 0;
  for (size_t p = b.text.find(' '); p != std::string::npos; p = b.text.find(' ', p + 1)) {
    ++words_before;
    if (words_before < 2) continue;
    if (words_before > kMaxTitleWords) return false;
    std::string suffix(Trim(std::string_view(b.text).substr(p)));
    // A title ends without punctuation; metadata after it opens with a
    // capital ("Par", "Publié le", a name), never with a bare date, so
    // that "... une réforme le 12 mars 2017" stays a sentence.
    std::string_view prefix = Trim(std::string_view(b.text).substr(0, p));
    const bool bare_date = !suffix.empty() && suffix[0] >= '0' && suffix[0] <= '9';  // "29 November 2020."
    if (!StartsWithUpper(suffix) || bare_date || prefix.empty() ||
        std::string_view(".,;:!?").find(prefix.back()) != std::string_view::npos) {
      continue;
    }
    std::optional<MetaLine> meta = ParseMetaLine(suffix);
    if (!meta || (meta->authors.empty() && !meta->date)) continue;
    findings_.title = CollapseWhitespace(std::string_view(b.text).substr(0, p));
    b.text = suffix;
    Classify(i);
    return true;
  }
  return false;
}

void TextRuleRun::EraseBlock(size_t i) {
  blocks().erase(blocks().begin() + static_cast<long>(i));
  info_.erase(info_.begin() + static_cast<long>(i));
}

void TextRuleRun::FindBodyBounds() {
  first_ = info_.size();
  last_ = -1;
  for (size_t i = 0; i < info_.size(); ++i) {
    if (info_[i].role != Role::kBody || !info_[i].substantial) continue;
    if (first_ == info_.size()) first_ = i;
    last_ = static_cast<long>(i);
  }
  if (std::optional<size_t> end = HardEnd()) {
    for (size_t j = *end; j-- > first_;) {
      if (info_[j].role == Role::kBody && info_[j].substantial) {
        last_ = static_cast<long>(j);
        break;
      }
    }
  }
}

bool TextRuleRun::IsHardEndMarker(const BlockInfo& in) {
  if (in.role != Role::kBoiler || in.boiler.edge_only) return false;
  switch (in.boiler.kind) {
    case BoilerKind::kCopyright:
    case BoilerKind::kNotice:
    case BoilerKind::kComments:
    case BoilerKind::kBioHeader:
    case BoilerKind::kBio:
      return true;
    default:
      return false;
  }
}

std::optional<size_t> TextRuleRun::HardEnd() const {
  size_t after_credits = 0;
  for (size_t i = 0; i < info_.size(); ++i) {
    if (info_[i].role == Role::kCredit) after_credits = i + 1;
  }
  size_t before = 0;
  for (size_t i = 0; i < info_.size(); ++i) {
    if (info_[i].role == Role::kBody && info_[i].substantial) ++before;
    if (i < after_credits || before == 0 || !IsHardEndMarker(info_[i])) continue;
    size_t after = 0;
    for (size_t j = i + 1; j < info_.size(); ++j) {
      after += info_[j].role == Role::kBody && info_[j].substantial;
    }
    if (after == 0 || after >= before) return std::nullopt;
    return i;
  }
  return std::nullopt;
}

std::vector<std::string> TextRuleRun::KnownAuthors() const {
  std::vector<std::string> authors = findings_.authors;
  for (const BlockInfo& in : info_) {
    if (in.meta) authors.insert(authors.end(), in.meta->authors.begin(), in.meta->authors.end());
  }
  return authors;
}

void TextRuleRun::MarkBios() {
  for (size_t i = 0; i < info_.size(); ++i) {
    if (info_[i].role != Role::kBoiler || (info_[i].boiler.kind != BoilerKind::kBioHeader &&
                                           info_[i].boiler.kind != BoilerKind::kBio)) {
      continue;
    }
    if (i <= first_ && first_ != info_.size()) continue;  // not at the top of a page
    for (size_t j = i + 1, n = 0; j < info_.size() && n < kMaxBioBlocks; ++j) {
      if (info_[j].role == Role::kEmpty) continue;
      if (info_[j].role != Role::kBody) break;
      info_[j].role = Role::kBio;
      ++n;
    }
  }
  MarkClosingBio();
}

void TextRuleRun::MarkClosingBio() {
  if (last_ < 0) return;
  auto l = static_cast<size_t>(last_);
  std::string name;
  if (!LooksLikeBio(blocks()[l].text, &name)) return;
  bool author = false;
  for (const std::string& a : KnownAuthors()) author |= FoldText(a) == FoldText(name);
  bool furniture_after = false;
  for (size_t j = l + 1; j < info_.size(); ++j) {
    furniture_after |= info_[j].role == Role::kBoiler || info_[j].role == Role::kCredit;
  }
  if (author || furniture_after) info_[l].role = Role::kBio;
}

void TextRuleRun::MarkTagValues() {
  for (size_t i = 0; i < info_.size(); ++i) {
    if (info_[i].role != Role::kBoiler || info_[i].boiler.kind != BoilerKind::kTagLabel) continue;
    for (size_t j = i + 1; j < info_.size() && j - i <= kMaxTagValues; ++j) {
      if (info_[j].role != Role::kBody || !IsTagValue(blocks()[j].text)) break;
      info_[j].role = Role::kTagValue;
      info_[j].tags.push_back(std::string(TrimChars(blocks()[j].text, "#,;")));
    }
  }
}

void TextRuleRun::MarkSourceLists() {
  static const RE2 label(R"(^(?:sources?|references|liens|links)\s*:?$)");
  for (size_t i = 0; i + 1 < info_.size(); ++i) {
    if (info_[i].role != Role::kBody || info_[i].words > 2) continue;
    if (!RE2::FullMatch(FoldText(NormalizeRuleText(blocks()[i].text)), label)) continue;
    for (size_t j = i + 1; j < info_.size() && j - i <= kMaxTagValues; ++j) {
      // A reference reads like a dateline ("Le Monde, 12 mars 2017"); in
      // a source list it is a reference.
      BlockInfo& item = info_[j];
      bool dateline = item.role == Role::kMeta && !item.meta->byline && item.meta->authors.empty();
      if (item.role != Role::kBody && item.role != Role::kFootnote && !dateline) break;
      std::vector<Credit> credits = ParseSourceListItem(blocks()[j].text);
      if (credits.empty()) break;
      if (dateline) {
        item.role = Role::kBody;
        item.meta.reset();
      }
      for (Credit& c : credits) AddCredit(std::move(c), &findings_.credits);
    }
  }
}

void TextRuleRun::MarkRelatedLinks() {
  for (size_t i = 0; i < info_.size(); ++i) {
    if (info_[i].role != Role::kBoiler || info_[i].boiler.kind != BoilerKind::kRelated) continue;
    std::string_view header = TrimChars(blocks()[i].text, " :");
    if (CountWords(header) > 5) continue;  // "Lire aussi : <title>" carries its own link
    for (size_t j = i + 1; j < info_.size() && j - i <= kMaxTagValues; ++j) {
      const BlockInfo& item = info_[j];
      bool link = item.role == Role::kBody && !item.substantial &&
                  (blocks()[j].kind == BlockKind::kListItem || !EndsSentence(blocks()[j].text));
      if (!link) break;
      info_[j].role = Role::kRelatedLink;
    }
  }
}

void TextRuleRun::MarkEdges() {
  bool signature_checked = false;
  for (size_t i = 0; i < info_.size(); ++i) {
    BlockInfo& in = info_[i];
    if (in.role != Role::kBody || in.substantial) continue;
    if (!InHead(i) && !InTail(i)) continue;
    if (blocks()[i].kind != BlockKind::kListItem && ParseTopicList(blocks()[i].text, &in.tags)) {
      in.role = Role::kTopic;
      continue;
    }
    if (InTail(i) && last_ >= 0 && !signature_checked) {
      signature_checked = true;
      if (IsSignature(i)) in.role = Role::kSignature;
    }
  }
}

// A name alone right under the last paragraph of a text or Markdown page,
// with nothing but furniture after it: the author signing. (HTML pages
// state their authors in markup, and their short lines are too often
// widget titles, "Related Stories", to be read as names.)
bool TextRuleRun::IsSignature(size_t i) const {
  if (format_ == Format::kHtml || info_[i].words > 5) return false;
  for (size_t j = i + 1; j < info_.size(); ++j) {
    if (info_[j].role == Role::kBody) return false;
  }
  std::string norm = NormalizeRuleText(blocks()[i].text);
  static const RE2 all_caps(R"(^[^\p{Ll}]*$)");
  return !RE2::FullMatch(norm, all_caps) && LooksLikePersonName(norm);
}

}  // namespace internal

TextFindings ApplyTextRules(Format format, ingest::Page* page) {
  if (page == nullptr) return {};
  return internal::TextRuleRun(format, page).Run();
}

}  // namespace vigie::clean
