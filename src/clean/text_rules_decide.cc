// The decisions of the text rules, once every block is classified and the
// body located (see the essay in text_rules.cc): what each block becomes,
// which credits and which outlet the page gets, and the removal itself.
#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <utility>

#include "clean/agencies.h"
#include "clean/rule_text.h"
#include "clean/text_rules_run.h"
#include "common/strings.h"

namespace vigie::clean::internal {
namespace {

using ingest::Block;
using ingest::BlockKind;

constexpr int kCascadeWords = 12;
constexpr size_t kMaxOutletCandidates = 64;

// Pages that repeat a tag line or a credit thousands of times (generated
// junk, concatenated feeds) would make these lists quadratic; real pages
// stay far below the cap.
constexpr size_t kMaxListItems = 128;

}  // namespace

void AddUnique(std::string value, std::vector<std::string>* to,
               std::set<std::pair<const void*, std::string>>* seen) {
  if (to->size() >= kMaxListItems) return;
  value = CollapseWhitespace(value);
  if (value.empty() || !seen->emplace(to, FoldText(value)).second) return;
  to->push_back(std::move(value));
}

void AddCredit(Credit c, std::vector<Credit>* to) {
  if (to->size() >= kMaxListItems) return;
  if (std::find(to->begin(), to->end(), c) == to->end()) to->push_back(std::move(c));
}

void TextRuleRun::FindSegmentHeads() {
  segment_head_.assign(info_.size(), false);
  bool open = false;  // a credit line seen, no substantial paragraph since
  for (size_t i = 0; i < info_.size(); ++i) {
    segment_head_[i] = open;
    if (info_[i].substantial) open = false;
    if (info_[i].role == Role::kCredit) open = true;
  }
}

bool TextRuleRun::NextToMetadata(size_t i) const {
  auto meta_like = [&](size_t j) {
    return info_[j].role == Role::kMeta || info_[j].role == Role::kCredit ||
           blocks()[j].kind == BlockKind::kHeading;
  };
  return (i > 0 && meta_like(i - 1)) || (i + 1 < info_.size() && info_[i + 1].role == Role::kMeta);
}

void TextRuleRun::Decide() {
  FindSegmentHeads();
  bool triggered = false;
  for (size_t i = 0; i < info_.size(); ++i) {
    BlockInfo& in = info_[i];
    switch (in.role) {
      case Role::kMeta:
        DecideMeta(i);
        break;
      case Role::kCredit:
        DecideCredit(i);
        break;
      case Role::kBoiler:
        DecideBoiler(i);
        break;
      case Role::kTopic:
      case Role::kTagValue:
        in.remove = true;
        for (const std::string& t : in.tags) AddUnique(t, &findings_.tags, &seen_);
        break;
      case Role::kBio:
      case Role::kRelatedLink:
        in.remove = true;
        break;
      case Role::kSignature:
        in.remove = true;
        AddUnique(NormalizeRuleText(blocks()[i].text), &findings_.authors, &seen_);
        break;
      case Role::kBody:
        if (triggered && last_ >= 0 && InTail(i) && IsCascadeFragment(i)) in.remove = true;
        break;
      default:
        break;
    }
    if (in.role == Role::kBody || in.role == Role::kFootnote) FindInlineCredits(i);
    if (in.remove && InTail(i) && in.role != Role::kMeta && in.role != Role::kSignature &&
        in.role != Role::kCredit) {
      triggered = true;
    }
  }
  ChooseOutletAndOriginals();
}

bool TextRuleRun::IsCascadeFragment(size_t i) const {
  const BlockInfo& in = info_[i];
  const std::string& text = blocks()[i].text;
  static const RE2 reference(R"((?:\b(?:1[89]|20)\d\d\b|https?://|www\.))");
  // List items after the article are usually its own closing list.
  if (blocks()[i].kind == BlockKind::kListItem) return false;
  if (in.words > kCascadeWords || EndsSentence(text)) return false;
  return !RE2::PartialMatch(text, reference);
}

void TextRuleRun::DecideMeta(size_t i) {
  BlockInfo& in = info_[i];
  const MetaLine& m = *in.meta;
  bool edge = InHead(i) || InTail(i) || segment_head_[i];
  if (m.authors.empty() && !edge && !NextToMetadata(i)) {
    in.role = Role::kBody;  // a date inside the article: a section of a timeline
    return;
  }
  // "Le Monde, 12 mars 2017." under the article is a reference (Markdown
  // footnotes arrive there without their marker), not a dateline.
  bool sentence = EndsWith(Trim(blocks()[i].text), ".");
  if (m.outlet && m.authors.empty() && !InHead(i) && sentence) {
    in.role = Role::kBody;
    return;
  }
  in.remove = true;
  for (const std::string& a : m.authors) AddUnique(a, &findings_.authors, &seen_);
  for (const std::string& a : m.agencies) {
    AddCredit(Credit{a, std::nullopt, CreditRelation::kAgency}, &findings_.credits);
  }
  bool top = InHead(i);
  if (m.date && !published_from_head_ && (top || (InTail(i) && !findings_.published))) {
    findings_.published = m.date;
    published_from_head_ = top;
  }
  if (m.outlet && top && outlets_.size() < kMaxOutletCandidates) {
    outlets_.push_back(
        {*m.outlet, OutletWeight(OutletCue::kDateline, *m.outlet), OutletCue::kDateline});
  }
}

bool TextRuleRun::IsFigureSource(size_t i) const {
  if (InHead(i) || InTail(i) || i == 0 || i + 1 >= info_.size()) return false;
  const Block& prev = blocks()[i - 1];
  bool figure = prev.kind == BlockKind::kTable ||
                (info_[i - 1].role == Role::kBody && info_[i - 1].words <= 8 &&
                 !EndsSentence(prev.text) && prev.kind != BlockKind::kHeading);
  return figure && info_[i + 1].role == Role::kBody && info_[i + 1].substantial;
}

void TextRuleRun::DecideCredit(size_t i) {
  BlockInfo& in = info_[i];
  bool figure = IsFigureSource(i);
  in.remove = !figure;
  for (CreditItem& item : in.credit->items) {
    if (item.kind == CreditLineKind::kOriginalSource) {
      originals_.push_back(item.credit);  // judged once the outlet is known
      continue;
    }
    if (figure && item.credit.relation != CreditRelation::kAgency) {
      item.credit.relation = CreditRelation::kCited;
    }
    AddCredit(item.credit, &findings_.credits);
  }
}

void TextRuleRun::DecideBoiler(size_t i) {
  BlockInfo& in = info_[i];
  if (!IsStrongBoilerplate(in.boiler) && !InHead(i) && !InTail(i)) {
    in.role = Role::kBody;
    return;
  }
  in.remove = true;
  for (const std::string& t : in.boiler.tags) AddUnique(t, &findings_.tags, &seen_);
  if (outlets_.size() < kMaxOutletCandidates) {
    for (OutletCandidate& c : FindOutletCandidates(blocks()[i].text)) {
      if (std::optional<std::string_view> agency = CanonicalAgency(c.name)) {
        AddCredit(Credit{std::string(*agency), std::nullopt, CreditRelation::kAgency},
                  &findings_.credits);
        continue;
      }
      outlets_.push_back(std::move(c));
    }
  }
}

void TextRuleRun::FindInlineCredits(size_t i) {
  std::vector<Credit> found;
  if (info_[i].norm) {
    FindInlineAgencies(*info_[i].norm, &found, /*normalized=*/true);
  } else {
    FindInlineAgencies(blocks()[i].text, &found);
  }
  for (Credit& c : found) AddCredit(std::move(c), &findings_.credits);
  if (info_[i].split_credit) {
    if (std::optional<CreditLine> line = ParseCreditLine(*info_[i].split_credit)) {
      for (CreditItem& item : line->items) {
        if (item.kind == CreditLineKind::kOriginalSource) {
          originals_.push_back(item.credit);
        } else {
          AddCredit(item.credit, &findings_.credits);
        }
      }
    }
  }
}

bool TextRuleRun::IsOwnOutlet(const std::string& name,
                              const std::optional<std::string>& own) const {
  if (own && SameOutlet(name, *own)) return true;
  if (page_->meta.outlet && SameOutlet(name, *page_->meta.outlet)) return true;
  if (page_->meta.url) {
    std::string domain = DomainOfUrl(*page_->meta.url);
    if (!domain.empty() && SameOutlet(name, domain)) return true;
  }
  return false;
}

void TextRuleRun::ChooseOutletAndOriginals() {
  std::vector<OutletCandidate> own;
  for (const OutletCandidate& c : outlets_) {
    bool repeats_source = false;
    for (const Credit& o : originals_) {
      repeats_source |= c.cue == OutletCue::kCopyright && o.name && SameOutlet(c.name, *o.name);
    }
    if (!repeats_source) own.push_back(c);
  }
  if (own.empty()) own = outlets_;
  findings_.outlet = ChooseOutlet(own);
  for (Credit& o : originals_) {
    if (o.name && IsOwnOutlet(*o.name, findings_.outlet)) continue;
    if (o.relation != CreditRelation::kAgency) o.relation = CreditRelation::kRepublishedFrom;
    AddCredit(std::move(o), &findings_.credits);
  }
}

void TextRuleRun::Apply() {
  std::vector<std::string> removed = std::move(removed_front_);
  std::vector<Block> kept;
  kept.reserve(blocks().size());
  for (size_t i = 0; i < blocks().size(); ++i) {
    Block& b = blocks()[i];
    if (info_[i].remove) {
      removed.push_back(std::move(b.text));
    } else {
      kept.push_back(std::move(b));
    }
    if (info_[i].split_credit) removed.push_back(std::move(*info_[i].split_credit));
  }
  page_->blocks = std::move(kept);
  for (std::string& r : removed) page_->removed.push_back(std::move(r));
}

}  // namespace vigie::clean::internal
