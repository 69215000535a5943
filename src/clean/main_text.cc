// Main-text selection.
//
// The idea (after Readability, Arc90 2009, and its Mozilla successor): the
// article is the container whose paragraphs are long, punctuated and not
// links, and it is usually one element, sometimes an element and a few of
// its siblings. Each block of 25 characters or more votes for the elements
// above it: 1 point, plus 1 per comma, plus 1 per 100 characters (at most
// 3). The vote goes in full to the block's container (a paragraph, or a
// <div> holding text and no other block, votes for its parent), half to the
// next ancestor, then 1/(3 level) up to five levels: a paragraph says most
// about its own container. An element's score is its votes plus a prior
// from its tag (div +5, td/pre/blockquote +3, lists and forms -3, headings
// -5) and from its class/id (+25 for article/content/story/..., -25 for
// comment/share/related/...), times (1 - link density): menus and link
// lists sink whatever their length. The class hint counts in proportion to
// the votes below it, in full from kHintFullVotes = 6: a "content" <div>
// holding one date line must not outscore a body of twenty paragraphs
// whose wrapper has no telling name.
//
// The best element is then widened: when at least three of the five best
// candidates score within 75% of it and share an ancestor, that ancestor
// is the article (bodies split over several containers); a parent scoring
// higher than the best, under a climb that stops at an ancestor scoring
// less than a third of the best, replaces it; an only child is replaced by
// its parent. Siblings join the selection when they score at least
// max(10, 20% of the best) or are long, link-poor paragraphs, or short
// sentences without links. Two more ways in, for real pages:
//   - bodies cut by the CMS into modules of one class ("post__content"
//     between figures and ads, not siblings) join: elements of the best
//     candidate's tag and class scoring at least kSameClassShare = 0.5 of
//     it, without what lies between them;
//   - the standfirst and first paragraphs that sit before the body's
//     container ("article-lead", a <header> paragraph) join: walking back
//     from the first kept block to the title (24 blocks at most), prose
//     blocks (80+ characters, under a fifth links, not flagged, not beside a
//     picture) under a near ancestor (three levels) of the selection.
//
// Inside the selection, blocks are filtered, not scored: navigation is
// dropped outright (it is not part of the article, and keeping whole menus
// would bloat the audit trail), while blocks under aside/footer/form, under
// boilerplate class names (share bars, "lire aussi", newsletter boxes),
// by-lines, captions and link-dense lines (over half link text) go to
// Page::removed for audit. A heading or first block repeating the title is
// dropped (the title has its own field). Class names are read one by one
// (html_blocks.cc): taxonomy classes ("tag-ukraine", "category-politik") and
// page-builder prefixes ("elementor-widget-") say nothing about the part
// they are on; weak names (teaser, banner, print) only lower a score.
//
// Boilerplate class names on an element that contains the article itself
// (an <h1>, an <article>, or 60% of the page's text) are ignored: wrappers
// such as <div class="page has-sidebar"> must not sink everything below.
//
// The parameters started as Readability's (published F1 0.947 on the
// article-extraction benchmark); every change since was measured on both
// public sets with the whole `vigie extract` path (bench/eval_extraction.cc,
// the benchmark's 4-gram F1 over 181 pages; bench/eval_trafilatura.cc,
// trafilatura's snippet scoring over 645 pages in many languages), and kept
// only when it did not lower either. On 2026-12-02: 0.974 (P 0.966,
// R 0.982) and 0.931 (P 0.930, R 0.933), from 0.968 and 0.887. The sweeps
// that chose the new constants: kHintFullVotes 3/6/10 gave trafilatura-eval
// 0.925/0.927/0.925 (the benchmark 0.974 for all three); kSameClassShare
// 0.1/0.2/0.3/0.5 gave 0.924/0.925/0.925/0.926 (0.969 for all four, before
// the hint change). "paywall" was first a strong boilerplate name; it hid
// the second half of articles whose full text the page holds (0.965 ->
// 0.968), so it is now only a weak negative hint. No parameter is fitted to
// single pages. VIGIE_TRACE_MAIN_TEXT=1 prints the candidates, the
// selection and every block's fate on stderr.
#include "clean/main_text.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <cstdio>
#include <cstdlib>

#include "clean/html_dom.h"
#include "common/strings.h"

namespace vigie::clean {
namespace {

constexpr int kMinVotingChars = 25;
constexpr int kMaxAncestorLevels = 5;
constexpr double kSiblingShare = 0.2;
constexpr double kSiblingFloor = 10;
constexpr double kAlternativeShare = 0.75;
constexpr int kAlternativesNeeded = 3;
constexpr double kWrapperTextShare = 0.6;
constexpr double kMaxLinkDensity = 0.5;
constexpr int kMinStandfirstChars = 80;
constexpr int kMinOwnProseChars = 80;
constexpr int kMinLeadChars = 80;
constexpr double kHintFullVotes = 6;
constexpr double kSameClassShare = 0.5;
constexpr int kMaxLeadLookback = 24;
constexpr int kLeadScopeLevels = 3;
constexpr uint32_t kNegativeFlags = kInNav | kUnlikely | kInAside | kInFooter;

bool IsParagraphLike(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

int TagPrior(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_SECTION:
      return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

std::string Comparable(std::string_view s) {
  std::string out;
  for (char c : AsciiLower(CollapseWhitespace(s)))
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) out.push_back(c);
  return out;
}

// Lines that name where the article comes from are made of a label and a
// link; they carry provenance (credits are read from the text), so link
// density does not remove them.
bool IsCreditLine(std::string_view text) {
  for (std::string_view label : {"source", "sources", "via", "article original",
                                 "traduit par", "publié initialement", "article publié",
                                 "lien vers l'article", "original article"})
    if (AsciiStartsWithIgnoreCase(text, label)) return true;
  return false;
}

// Mostly link text, and little else: a teaser, a "read more" line, a menu
// that escaped <nav>. A paragraph with many links but 80 characters of its
// own prose is still prose.
bool IsLinkList(const HtmlBlock& b) {
  return b.chars > 0 && b.link_chars > kMaxLinkDensity * b.chars &&
         b.chars - b.link_chars < kMinOwnProseChars;
}

// True when the subtree of `node` holds an image or a video within its first
// `budget` nodes: text beside a picture is its caption or credit.
bool HoldsMedia(const GumboNode* node, int budget = 64) {
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty() && budget-- > 0) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!IsElement(n)) continue;
    switch (TagOf(n)) {
      case GUMBO_TAG_IMG: case GUMBO_TAG_VIDEO: case GUMBO_TAG_FIGURE:
      case GUMBO_TAG_IFRAME:
        return true;
      default:
        break;
    }
    const GumboVector& kids = ChildrenOf(n);
    for (unsigned i = 0; i < kids.length; ++i)
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return false;
}

class Selector {
 public:
  Selector(const HtmlSegmentation& seg, std::string_view title)
      : elements_(seg.elements), blocks_(seg.blocks), title_(Comparable(title)) {}

  MainText Run();

 private:
  void ComputeTotals();
  void ComputeFlags();
  void Vote();
  int BestCandidate() const;
  int Widen(int top) const;
  std::vector<bool> SelectSiblings(int top) const;
  bool GoodLoneParagraph(int first_block, int end_block) const;
  // A paragraph-like element, or a <div> holding text and no other block
  // (Readability turns those into paragraphs).
  bool ReadsAsParagraph(int e) const {
    return IsParagraphLike(elements_[e].tag) || elements_[e].end_element == e + 1;
  }
  bool IsInside(int e, int ancestor) const {
    return e >= ancestor && e < elements_[ancestor].end_element;
  }
  double LinkDensity(int e) const {
    return chars_[e] == 0 ? 0 : static_cast<double>(links_[e]) / chars_[e];
  }
  MainText Collect(const std::vector<bool>& keep_block, int top) const;
  void RecoverLead(int top, std::vector<bool>* keep) const;
  void JoinSameClassParts(int best, int top, std::vector<bool>* keep) const;
  void TraceCandidates(int top) const;
  void TraceBlock(const HtmlBlock& b, uint32_t flags, bool boilerplate) const;
  std::string Describe(int e) const;

  const std::vector<HtmlElement>& elements_;
  const std::vector<HtmlBlock>& blocks_;
  std::string title_;
  std::vector<int64_t> chars_, links_;  // per element, over its blocks
  std::vector<uint32_t> flags_;         // effective flags per element
  std::vector<bool> has_article_;       // contains an <h1> or an <article>
  std::vector<double> votes_, score_;
  int64_t total_chars_ = 0;
  // Developer trace of the decisions on stderr (VIGIE_TRACE_MAIN_TEXT=1):
  // the best candidates, the selection, and each kept or removed block with
  // the elements whose flags removed it.
  const bool trace_ = std::getenv("VIGIE_TRACE_MAIN_TEXT") != nullptr;
};

std::string Selector::Describe(int e) const {
  const HtmlElement& el = elements_[e];
  char head[96];
  std::snprintf(head, sizeof head, "#%d <%s> score=%.1f votes=%.1f hint=%d links=%.2f flags=%x", e,
                gumbo_normalized_tagname(el.tag), score_[e], votes_[e], el.hint, LinkDensity(e),
                flags_[e]);
  return std::string(head) + " class=\"" + std::string(Attr(el.node, "class")) + "\" id=\"" +
         std::string(Attr(el.node, "id")) + "\"";
}

void Selector::TraceCandidates(int top) const {
  std::vector<int> order;
  for (size_t e = 0; e < elements_.size(); ++e)
    if (votes_[e] > 0) order.push_back(static_cast<int>(e));
  std::sort(order.begin(), order.end(), [&](int a, int b) { return score_[a] > score_[b]; });
  for (size_t i = 0; i < order.size() && i < 6; ++i)
    std::fprintf(stderr, "main-text candidate %s\n", Describe(order[i]).c_str());
  std::fprintf(stderr, "main-text selected %s\n", Describe(top).c_str());
}

void Selector::TraceBlock(const HtmlBlock& b, uint32_t flags, bool boilerplate) const {
  std::fprintf(stderr, "main-text %s chars=%d links=%d owner #%d | %.80s\n",
               boilerplate ? "removed" : "kept", b.chars, b.link_chars, b.owner,
               b.block.text.c_str());
  if (!boilerplate) return;
  for (int a = b.owner; a >= 0; a = elements_[a].parent)
    if (elements_[a].own_flags & flags)
      std::fprintf(stderr, "main-text   flagged by %s\n", Describe(a).c_str());
}

void Selector::ComputeTotals() {
  size_t n = elements_.size();
  std::vector<int64_t> prefix_chars(blocks_.size() + 1, 0), prefix_links(blocks_.size() + 1, 0);
  for (size_t i = 0; i < blocks_.size(); ++i) {
    prefix_chars[i + 1] = prefix_chars[i] + blocks_[i].chars;
    prefix_links[i + 1] = prefix_links[i] + blocks_[i].link_chars;
  }
  total_chars_ = prefix_chars.back();
  chars_.assign(n, 0);
  links_.assign(n, 0);
  has_article_.assign(n, false);
  for (size_t e = 0; e < n; ++e) {
    chars_[e] = prefix_chars[elements_[e].end_block] - prefix_chars[elements_[e].first_block];
    links_[e] = prefix_links[elements_[e].end_block] - prefix_links[elements_[e].first_block];
  }
  // Children come after their parents: a reverse pass propagates upwards.
  for (size_t e = n; e > 0; --e) {
    const HtmlElement& el = elements_[e - 1];
    if (el.tag == GUMBO_TAG_H1 || (el.own_flags & kInArticle)) has_article_[e - 1] = true;
    if (has_article_[e - 1] && el.parent >= 0) has_article_[el.parent] = true;
  }
}

void Selector::ComputeFlags() {
  flags_.assign(elements_.size(), 0);
  for (size_t e = 0; e < elements_.size(); ++e) {
    const HtmlElement& el = elements_[e];
    uint32_t own = el.own_flags;
    bool wrapper = has_article_[e] || chars_[e] > kWrapperTextShare * total_chars_;
    if (wrapper) own &= ~kNegativeFlags;
    flags_[e] = own | (el.parent >= 0 ? flags_[el.parent] : 0);
  }
}

void Selector::Vote() {
  votes_.assign(elements_.size(), 0);
  for (const HtmlBlock& b : blocks_) {
    if (b.chars < kMinVotingChars || b.block.kind == ingest::BlockKind::kHeading) continue;
    if (flags_[b.owner] & kNegativeFlags) continue;
    if (IsLinkList(b)) continue;
    double points = 1 + b.commas + std::min(b.chars / 100, 3);
    int e = b.owner;
    // A paragraph votes for its container.
    if (ReadsAsParagraph(e)) e = elements_[e].parent;
    for (int level = 0; e >= 0 && level < kMaxAncestorLevels; ++level, e = elements_[e].parent) {
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      votes_[e] += points / divider;
    }
  }
  score_.assign(elements_.size(), 0);
  for (size_t e = 0; e < elements_.size(); ++e) {
    if (votes_[e] <= 0) continue;
    const HtmlElement& el = elements_[e];
    // A class name is evidence about the text below it, in proportion to
    // that text: a "content" <div> holding one sentence must not outscore
    // the body.
    double hint = el.hint * std::min(1.0, votes_[e] / kHintFullVotes);
    score_[e] = (votes_[e] + TagPrior(el.tag) + hint) * (1 - LinkDensity(e));
  }
}

int Selector::BestCandidate() const {
  int best = -1;
  for (size_t e = 0; e < elements_.size(); ++e) {
    if (votes_[e] <= 0 || (flags_[e] & kNegativeFlags)) continue;
    if (best < 0 || score_[e] > score_[best]) best = static_cast<int>(e);
  }
  return best;
}

int Selector::Widen(int top) const {
  // Alternatives: among the five best, those close to the top.
  std::vector<int> order;
  for (size_t e = 0; e < elements_.size(); ++e)
    if (votes_[e] > 0 && !(flags_[e] & kNegativeFlags)) order.push_back(static_cast<int>(e));
  std::partial_sort(order.begin(), order.begin() + std::min<size_t>(5, order.size()),
                    order.end(), [&](int a, int b) { return score_[a] > score_[b]; });
  order.resize(std::min<size_t>(5, order.size()));
  std::vector<int> alternatives;
  for (int e : order)
    if (e != top && score_[e] >= kAlternativeShare * score_[top]) alternatives.push_back(e);
  if (static_cast<int>(alternatives.size()) >= kAlternativesNeeded) {
    for (int a = elements_[top].parent; a >= 0; a = elements_[a].parent) {
      int inside = 0;
      for (int e : alternatives) inside += IsInside(e, a);
      if (inside >= kAlternativesNeeded) {
        top = a;
        break;
      }
    }
  }
  // A parent that scores higher than the top while holding it is the article;
  // the climb stops at an ancestor under a third of the top's score.
  double last = score_[top];
  const double floor = score_[top] / 3;
  for (int p = elements_[top].parent; p >= 0 && votes_[p] > 0; p = elements_[p].parent) {
    if (score_[p] < floor) break;
    if (score_[p] > last) {
      top = p;
      break;
    }
    last = score_[p];
  }
  // An only child says nothing its parent does not.
  while (elements_[top].parent >= 0) {
    int p = elements_[top].parent;
    int children = 0;
    for (int c = p + 1; c < elements_[p].end_element; c = elements_[c].end_element) ++children;
    bool own_text = false;
    for (int b = elements_[p].first_block; b < elements_[p].end_block && !own_text; ++b)
      own_text = blocks_[b].owner == p;
    if (children != 1 || own_text || elements_[p].tag == GUMBO_TAG_BODY) break;
    top = p;
  }
  return top;
}

// A run of blocks that reads as article prose on its own.
bool Selector::GoodLoneParagraph(int first_block, int end_block) const {
  int chars = 0, links = 0;
  for (int b = first_block; b < end_block; ++b) {
    chars += blocks_[b].chars;
    links += blocks_[b].link_chars;
  }
  if (chars == 0) return false;
  double density = static_cast<double>(links) / chars;
  if (chars > 80) return density < 0.25;
  if (links > 0 || end_block - first_block != 1) return false;
  std::string_view t = Trim(blocks_[first_block].block.text);
  return !t.empty() && (t.back() == '.' || EndsWith(t, "\xC2\xBB") || t.back() == '!' ||
                        t.back() == '?');
}

std::vector<bool> Selector::SelectSiblings(int top) const {
  std::vector<bool> keep(blocks_.size(), false);
  auto keep_range = [&](int first, int end) {
    for (int b = first; b < end; ++b) keep[b] = true;
  };
  keep_range(elements_[top].first_block, elements_[top].end_block);
  int parent = elements_[top].parent;
  if (parent < 0) return keep;
  double threshold = std::max(kSiblingFloor, score_[top] * kSiblingShare);
  std::string_view top_class = Attr(elements_[top].node, "class");
  // Children of the parent, and the parent's own text runs between them.
  int b = elements_[parent].first_block;
  for (int c = parent + 1; c < elements_[parent].end_element; c = elements_[c].end_element) {
    // Text of the parent itself before this child.
    int run_end = elements_[c].first_block;
    for (; b < run_end; ++b)
      if (blocks_[b].owner == parent && GoodLoneParagraph(b, b + 1)) keep[b] = true;
    b = elements_[c].end_block;
    if (c == top || (flags_[c] & kNegativeFlags)) continue;
    double bonus = (!top_class.empty() && Attr(elements_[c].node, "class") == top_class)
                       ? score_[top] * kSiblingShare
                       : 0;
    if (score_[c] + bonus >= threshold ||
        (ReadsAsParagraph(c) &&
         GoodLoneParagraph(elements_[c].first_block, elements_[c].end_block)))
      keep_range(elements_[c].first_block, elements_[c].end_block);
  }
  for (; b < elements_[parent].end_block; ++b)
    if (blocks_[b].owner == parent && GoodLoneParagraph(b, b + 1)) keep[b] = true;
  return keep;
}

// Bodies cut into parts by the CMS: modules of one class ("post__content",
// "article-body-part") with figures, quotes or ads between them, not always
// siblings. Elements of the top's tag and class, outside it, scoring at
// least kSameClassShare of it and not flagged as boilerplate, join the
// selection, without what lies between them. The class is that of the best
// candidate (the element that holds the paragraphs), before widening.
void Selector::JoinSameClassParts(int best, int top, std::vector<bool>* keep) const {
  std::string_view cls = Attr(elements_[best].node, "class");
  if (cls.empty()) return;
  for (size_t e = 0; e < elements_.size(); ++e) {
    int i = static_cast<int>(e);
    if (IsInside(i, top) || IsInside(top, i)) continue;
    if (elements_[e].tag != elements_[best].tag || votes_[e] <= 0) continue;
    if (score_[e] < kSameClassShare * score_[best] || (flags_[e] & kNegativeFlags)) continue;
    if (Attr(elements_[e].node, "class") != cls) continue;
    if (trace_) std::fprintf(stderr, "main-text joined %s\n", Describe(i).c_str());
    for (int b = elements_[e].first_block; b < elements_[e].end_block; ++b) (*keep)[b] = true;
  }
}

// The standfirst and first paragraphs often sit before the body's
// container, in a sibling of one of its ancestors ("article-lead",
// "documentDescription", a <header> paragraph). Walking back from the first
// kept block towards the title, prose blocks (kMinLeadChars or more, few
// links, not flagged as boilerplate) under a near ancestor of the
// selection join it, unless they sit beside a picture (a caption); link
// lists on the way (by-lines, share bars) are stepped over, and the walk
// stops at the title or after kMaxLeadLookback blocks. Measured on
// trafilatura-eval: a lookback of 6/12/24 blocks gave F1 0.929/0.930/0.931
// and a scope of 2/3/4 levels 0.928/0.931/0.931 (the benchmark 0.974, 0.973
// at 4 levels).
void Selector::RecoverLead(int top, std::vector<bool>* keep) const {
  int first = elements_[top].first_block;
  while (first < static_cast<int>(blocks_.size()) && !(*keep)[first]) ++first;
  int scope = top;
  for (int up = 0; up < kLeadScopeLevels && elements_[scope].parent >= 0; ++up) {
    GumboTag t = elements_[elements_[scope].parent].tag;
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML) break;
    scope = elements_[scope].parent;
  }
  for (int i = first - 1, seen = 0; i >= elements_[scope].first_block && seen < kMaxLeadLookback;
       --i) {
    const HtmlBlock& b = blocks_[i];
    if (b.block.kind == ingest::BlockKind::kHeading && Comparable(b.block.text) == title_) break;
    ++seen;
    if (IsLinkList(b)) continue;
    if (flags_[b.owner] & (kNegativeFlags | kInForm | kInFigure | kByline)) continue;
    int holder = elements_[b.owner].parent >= 0 ? elements_[b.owner].parent : b.owner;
    if (HoldsMedia(elements_[holder].node)) continue;
    bool prose = b.block.kind != ingest::BlockKind::kHeading || b.chars >= 2 * kMinLeadChars;
    if (prose && b.chars >= kMinLeadChars && b.link_chars * 5 < b.chars) (*keep)[i] = true;
  }
}

MainText Selector::Collect(const std::vector<bool>& keep_block, int top) const {
  MainText out;
  // Flags that come from above the selection say nothing about its parts.
  int scope = elements_[top].parent >= 0 ? elements_[top].parent : top;
  uint32_t outer = flags_[scope];
  bool title_seen = title_.empty();
  for (size_t i = 0; i < blocks_.size(); ++i) {
    if (!keep_block[i]) continue;
    const HtmlBlock& b = blocks_[i];
    uint32_t flags = flags_[b.owner] & ~outer;
    if (flags & kInNav) continue;
    if (!title_seen && (b.block.kind == ingest::BlockKind::kHeading || out.blocks.size() < 3) &&
        Comparable(b.block.text) == title_) {
      title_seen = true;
      continue;
    }
    bool boilerplate = (flags & (kUnlikely | kInAside | kInFooter | kInForm | kByline |
                                 kInFigure)) ||
                       // An article's <header> holds the title, the by-line, tools
                       // and the standfirst: only the last reads as prose.
                       ((flags & kInHeader) && b.block.kind != ingest::BlockKind::kHeading &&
                        (b.chars < kMinStandfirstChars || b.link_chars > 0)) ||
                       (IsLinkList(b) && !IsCreditLine(b.block.text));
    if (trace_) TraceBlock(b, flags, boilerplate);
    if (boilerplate) {
      out.removed.push_back(b.block.text);
      if (flags & (kByline | kInHeader)) out.header_lines.push_back(b.block.text);
      continue;
    }
    out.blocks.push_back(b.block);
  }
  return out;
}

MainText Selector::Run() {
  if (elements_.empty()) return {};
  ComputeTotals();
  ComputeFlags();
  Vote();
  int best = BestCandidate();
  int top = best < 0 ? 0 : Widen(best);  // no prose anywhere: the whole page, filtered
  std::vector<bool> keep = SelectSiblings(top);
  if (best >= 0) JoinSameClassParts(best, top, &keep);
  RecoverLead(top, &keep);
  if (trace_) {
    TraceCandidates(top);
    for (size_t i = 0; i < blocks_.size(); ++i)
      if (!keep[i])
        std::fprintf(stderr, "main-text outside owner %s | %.80s\n",
                     Describe(blocks_[i].owner).c_str(), blocks_[i].block.text.c_str());
  }
  return Collect(keep, top);
}

}  // namespace

MainText SelectMainText(const HtmlSegmentation& seg, std::string_view title) {
  Selector selector(seg, title);
  return selector.Run();
}

}  // namespace vigie::clean
