// Segmentation: from gumbo's tree to text blocks.
//
// The idea. Readers see a page as a column of blocks: paragraphs, headings,
// list items, quotes, tables. We rebuild that view from the markup: inline
// elements (a, b, span, custom elements...) flatten into the text around
// them; every other element (div, p, li, td, section...) closes the current
// run of text, so a <div> holding "text <p>para</p> more text" gives three
// blocks. Two <br> in a row end a paragraph too (pages that write
// paragraphs as <br><br>); a single <br> is a space. Each block remembers
// its owner (innermost block-level element), its size, how much of it is
// link text and its commas, which is all the scorer needs; each element
// remembers its range of blocks and descendants (pre-order), so that
// container statistics are sums over contiguous ranges.
//
// What never becomes a block: scripts, styles, templates, SVG, media, form
// controls, anything hidden (hidden, aria-hidden, display:none), and
// <noscript> under 200 characters ("enable JavaScript"; longer ones hold
// the article on some sites). What is flagged: the structural boilerplate
// of HTML5 (nav, aside, footer, header, with their ARIA roles), elements
// whose class/id names boilerplate (share, related, comment, newsletter,
// cookie...; French names too: partage, abonnement, lire-aussi...) and
// classes that hide on every screen (hidden, d-none, sr-only; not the
// responsive hidden-xs). Class names are read one at a time: the classes of
// <body> and <html> (the template), taxonomy classes (tag-*, category-*,
// author-*) and page-builder prefixes (elementor-widget-*) are not read as
// names of the part. Flags do not decide anything here: the main-text
// selector does (a <header> inside <article> holds the title).
//
// Data tables (no nested table, no cell over 300 characters) become one
// block, a row a line, cells joined by " | "; other tables are layout and
// their cells are ordinary containers.
#include "clean/html_blocks.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "clean/html_dom.h"
#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::clean {
namespace {

constexpr int kHintWeight = 25;
constexpr int kMaxDataCellChars = 300;
constexpr int kMinNoscriptChars = 200;

bool ContainsAny(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

bool HasToken(const std::vector<std::string_view>& tokens,
              std::initializer_list<std::string_view> words) {
  for (std::string_view t : tokens)
    for (std::string_view w : words)
      if (t == w) return true;
  return false;
}

std::vector<std::string_view> Tokens(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t b = i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// Non-space code points of `s`.
int VisibleChars(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' &&
                                 c != '\r' && c != '\f';
  return n;
}

int Commas(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // U+FF0C fullwidth comma, U+3001 ideographic comma, U+060C Arabic comma.
    else if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0 ||
             s.compare(i, 2, "\xD8\x8C") == 0)
      ++n;
  }
  return n;
}

bool IsHeadingTag(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

std::string CellsRow(const GumboNode* tr) {
  std::string row;
  const GumboVector& kids = ChildrenOf(tr);
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* cell = static_cast<const GumboNode*>(kids.data[i]);
    GumboTag t = TagOf(cell);
    if (t != GUMBO_TAG_TD && t != GUMBO_TAG_TH) continue;
    std::string text = NodeText(cell);
    if (text.empty()) continue;
    if (!row.empty()) row.append(" | ");
    row.append(text);
  }
  return row;
}

// The rows of a data table, or nullopt-like empty `rows` with false when
// the table is used for layout.
bool ReadDataTable(const GumboNode* table, std::string* text) {
  std::vector<const GumboNode*> rows;
  std::vector<const GumboNode*> stack;
  const GumboVector& top = ChildrenOf(table);
  for (unsigned i = top.length; i > 0; --i)
    stack.push_back(static_cast<const GumboNode*>(top.data[i - 1]));
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!IsElement(n)) continue;
    GumboTag t = TagOf(n);
    if (t == GUMBO_TAG_TABLE) return false;
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
      // Cells are checked whole: a nested table inside one is layout.
      std::vector<const GumboNode*> inner = {n};
      while (!inner.empty()) {
        const GumboNode* m = inner.back();
        inner.pop_back();
        if (!IsElement(m)) continue;
        if (m != n && TagOf(m) == GUMBO_TAG_TABLE) return false;
        const GumboVector& k = ChildrenOf(m);
        for (unsigned i = 0; i < k.length; ++i)
          inner.push_back(static_cast<const GumboNode*>(k.data[i]));
      }
      if (VisibleChars(NodeText(n)) > kMaxDataCellChars) return false;
      continue;
    }
    if (t == GUMBO_TAG_TR) rows.push_back(n);
    const GumboVector& kids = ChildrenOf(n);
    for (unsigned i = kids.length; i > 0; --i)
      stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
  }
  if (rows.empty()) return false;
  text->clear();
  for (const GumboNode* tr : rows) {
    std::string row = CellsRow(tr);
    if (row.empty()) continue;
    if (!text->empty()) text->push_back('\n');
    text->append(row);
  }
  return true;
}

class Segmenter {
 public:
  HtmlSegmentation Run(const GumboNode* root);

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    int element;  // index in elements, -1 for inline elements
    int saved_owner;
  };

  void Enter(const GumboNode* node);
  void Exit(const Frame& frame);
  void AddText(std::string_view text);
  void Flush();
  int OpenElement(const GumboNode* node, GumboTag tag);
  void CloseElement(int index);

  HtmlSegmentation out_;
  std::vector<Frame> stack_;
  int owner_ = -1;  // innermost open block-level element
  std::string run_;
  int run_links_ = 0;
  int link_depth_ = 0, pre_depth_ = 0, list_depth_ = 0, quote_depth_ = 0, item_depth_ = 0;
  bool after_br_ = false;  // nothing but white space since the last <br>
};

HtmlSegmentation Segmenter::Run(const GumboNode* root) {
  Enter(root);
  while (!stack_.empty()) {
    Frame& f = stack_.back();
    const GumboVector& kids = ChildrenOf(f.node);
    if (f.next_child >= kids.length) {
      Frame done = f;
      stack_.pop_back();
      Exit(done);
      continue;
    }
    const GumboNode* child = static_cast<const GumboNode*>(kids.data[f.next_child++]);
    switch (child->type) {
      case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE:
        AddText(child->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE:
        Enter(child);
        break;
      default:
        break;
    }
  }
  Flush();
  return std::move(out_);
}

void Segmenter::AddText(std::string_view text) {
  if (after_br_ && !Trim(text).empty()) after_br_ = false;
  run_.append(text);
  if (link_depth_ > 0) run_links_ += VisibleChars(text);
}

int Segmenter::OpenElement(const GumboNode* node, GumboTag tag) {
  HtmlElement e;
  e.node = node;
  e.tag = tag;
  e.parent = owner_;
  e.first_block = static_cast<int>(out_.blocks.size());
  ElementHints hints = HintsOf(node);
  e.hint = hints.weight;
  e.own_flags = hints.flags;
  e.flags = hints.flags | (owner_ >= 0 ? out_.elements[owner_].flags : 0);
  out_.elements.push_back(e);
  return static_cast<int>(out_.elements.size()) - 1;
}

void Segmenter::CloseElement(int index) {
  HtmlElement& e = out_.elements[index];
  e.end_element = static_cast<int>(out_.elements.size());
  e.end_block = static_cast<int>(out_.blocks.size());
}

void Segmenter::Enter(const GumboNode* node) {
  GumboTag tag = TagOf(node);
  // <noscript> mostly says "enable JavaScript"; some sites put the whole
  // article there for readers without scripts.
  if (tag == GUMBO_TAG_NOSCRIPT && VisibleChars(NodeText(node)) < kMinNoscriptChars) return;
  if (tag == GUMBO_TAG_BR) {
    if (pre_depth_ > 0) {
      run_.push_back('\n');
    } else if (after_br_) {
      Flush();
    } else {
      run_.push_back(' ');
      after_br_ = true;
    }
    return;
  }
  if (tag == GUMBO_TAG_HR) { Flush(); return; }
  if ((IsNonContentTag(tag) && tag != GUMBO_TAG_NOSCRIPT) || IsHidden(node)) return;
  if (IsInlineTag(tag)) {
    if (tag == GUMBO_TAG_A) ++link_depth_;
    stack_.push_back({node, 0, -1, owner_});
    return;
  }
  Flush();
  int index = OpenElement(node, tag);
  if (tag == GUMBO_TAG_TABLE) {
    std::string rows;
    if (ReadDataTable(node, &rows) && !rows.empty()) {
      HtmlBlock b;
      b.block.kind = ingest::BlockKind::kTable;
      b.block.text = std::move(rows);
      b.owner = index;
      b.chars = VisibleChars(b.block.text);
      b.flags = out_.elements[index].flags;
      out_.blocks.push_back(std::move(b));
      CloseElement(index);
      return;
    }
  }
  if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING) ++pre_depth_;
  if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_MENU) ++list_depth_;
  if (tag == GUMBO_TAG_LI) ++item_depth_;
  if (tag == GUMBO_TAG_BLOCKQUOTE) ++quote_depth_;
  stack_.push_back({node, 0, index, owner_});
  owner_ = index;
}

void Segmenter::Exit(const Frame& frame) {
  GumboTag tag = TagOf(frame.node);
  if (frame.element < 0) {  // inline
    if (tag == GUMBO_TAG_A) --link_depth_;
    return;
  }
  Flush();
  if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING) --pre_depth_;
  if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_MENU) --list_depth_;
  if (tag == GUMBO_TAG_LI) --item_depth_;
  if (tag == GUMBO_TAG_BLOCKQUOTE) --quote_depth_;
  CloseElement(frame.element);
  owner_ = frame.saved_owner;
}

void Segmenter::Flush() {
  after_br_ = false;
  if (run_.empty()) return;
  std::string text;
  if (pre_depth_ > 0) {
    std::string raw;
    for (char c : run_)
      if (c != '\r') raw.push_back(c);
    text = std::string(Trim(raw));
  } else {
    text = CollapseWhitespace(run_);
  }
  int links = run_links_;
  run_.clear();
  run_links_ = 0;
  if (text.empty() || owner_ < 0) return;
  HtmlBlock b;
  GumboTag owner_tag = out_.elements[owner_].tag;
  if (IsHeadingTag(owner_tag)) {
    b.block.kind = ingest::BlockKind::kHeading;
    b.block.level = owner_tag - GUMBO_TAG_H1 + 1;
  } else if (pre_depth_ > 0) {
    b.block.kind = ingest::BlockKind::kPreformatted;
  } else if (item_depth_ > 0) {
    b.block.kind = ingest::BlockKind::kListItem;
    b.block.level = std::max(1, list_depth_);
  } else if (quote_depth_ > 0) {
    b.block.kind = ingest::BlockKind::kQuote;
  }
  b.chars = VisibleChars(text);
  b.link_chars = std::min(links, b.chars);
  b.commas = Commas(text);
  b.block.text = std::move(text);
  b.owner = owner_;
  b.flags = out_.elements[owner_].flags;
  out_.blocks.push_back(std::move(b));
}

// Class names that a CMS derives from the article's taxonomy or state
// (WordPress's post_class(): "tag-ukraine", "category-politik",
// "author-jdoe", "format-standard") name the article, not a part of the
// page: "tag-europe" must not read as a tag list.
bool IsTaxonomyClass(std::string_view name) {
  for (std::string_view prefix : {"tag-", "category-", "categories-", "author-", "format-",
                                  "status-", "type-", "postid-", "page-id-", "term-", "tax-",
                                  "has-", "tagged-"})
    if (name.size() > prefix.size() && StartsWith(name, prefix)) return true;
  return false;
}

// The white-space separated names of a class attribute.
std::vector<std::string_view> ClassNames(std::string_view classes) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < classes.size()) {
    size_t j = classes.find_first_of(" \t\n\r\f", i);
    if (j == std::string_view::npos) j = classes.size();
    if (j > i) out.push_back(classes.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// Page builders prefix every element with their own structure:
// Elementor's "elementor-widget-container" wraps each paragraph, and its
// "elementor-widget-share-buttons" is a share bar. The part after the
// prefix says what the element is.
std::string_view WithoutBuilderPrefix(std::string_view name) {
  for (std::string_view prefix : {"elementor-widget-", "elementor-", "wp-block-"})
    if (name.size() > prefix.size() && StartsWith(name, prefix)) return name.substr(prefix.size());
  return name;
}

// The class names (of `classes`, lower-cased) and id of `node` that
// describe it, joined by spaces: taxonomy classes left out, page-builder
// prefixes taken off.
std::string DescriptiveClassNames(std::string_view classes, const GumboNode* node) {
  std::string s;
  auto add = [&](std::string_view name) {
    if (name == "elementor-widget") return;
    name = WithoutBuilderPrefix(name);
    if (name.empty() || IsTaxonomyClass(name)) return;
    if (!s.empty()) s.push_back(' ');
    s.append(name);
  };
  for (std::string_view name : ClassNames(classes)) add(name);
  add(AsciiLower(Attr(node, "id")));
  return s;
}

// A class that hides the element on every screen ("hidden", "d-none",
// "sr-only"). Responsive classes ("hidden-xs", "l-hidden-s") hide it on
// some screens only: the element is part of the page.
bool HasHiddenClass(std::string_view classes) {
  for (std::string_view name : ClassNames(classes))
    for (std::string_view h : {"hidden", "is-hidden", "u-hidden", "hide", "d-none", "sr-only",
                               "visually-hidden", "screen-reader-text", "invisible"})
      if (name == h) return true;
  return false;
}

}  // namespace

ElementHints HintsOf(const GumboNode* node) {
  ElementHints h;
  GumboTag tag = TagOf(node);
  std::string role = AsciiLower(Attr(node, "role"));
  std::string itemprop = AsciiLower(Attr(node, "itemprop"));
  if (tag == GUMBO_TAG_NAV || role == "navigation" || role == "menu" || role == "menubar")
    h.flags |= kInNav;
  if (tag == GUMBO_TAG_ASIDE || role == "complementary") h.flags |= kInAside;
  if (tag == GUMBO_TAG_FOOTER || role == "contentinfo") h.flags |= kInFooter;
  if (tag == GUMBO_TAG_HEADER || role == "banner") h.flags |= kInHeader;
  if (tag == GUMBO_TAG_FORM) h.flags |= kInForm;
  if (tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION) h.flags |= kInFigure;
  if (tag == GUMBO_TAG_ARTICLE || itemprop == "articlebody" || itemprop == "text")
    h.flags |= kInArticle;
  if (itemprop == "author" || itemprop == "datepublished" ||
      AsciiLower(Attr(node, "rel")) == "author")
    h.flags |= kByline;
  // The classes of <html> and <body> describe the page template
  // ("single-author", "has-sidebar", "postid-787"), not a part of the page.
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) return h;

  std::string classes = AsciiLower(Attr(node, "class"));
  std::string s = DescriptiveClassNames(classes, node);
  if (s.empty()) return h;
  std::vector<std::string_view> tokens = Tokens(s);
  bool positive = ContainsAny(s, {"article", "content", "post", "entry", "story", "body", "text",
                                  "main", "blog", "hentry", "prose", "chapo", "contenu", "corps"});
  bool maybe = ContainsAny(s, {"article", "body", "content", "main", "column", "story", "texte",
                               "contenu", "corps"});
  // Names that say what a part of the page is for: the part is removed
  // (unless it also names the content, `maybe`).
  bool strong =
      ContainsAny(s, {"comment", "sidebar", "footer", "related", "share", "sharing", "social",
                      "promo", "newsletter", "subscri", "cookie", "consent", "gdpr",
                      "pagination", "pager", "popup", "modal", "sponsor", "outbrain",
                      "taboola", "advert", "recommend", "widget", "trending", "popular",
                      "follow", "signup", "login", "print-only", "print-header",
                      "print-footer", "printfooter", "partage", "commentaire", "abonn",
                      "publicite", "lire-aussi", "lireaussi", "a-lire", "voir-aussi", "disqus",
                      "breadcrumb", "most-read", "read-more", "readmore", "newsfeed"}) ||
      HasToken(tokens, {"ad", "ads", "adv", "pub", "nav", "menu", "skip", "bio", "keywords",
                        "caption", "meta"});
  // Names that lean towards boilerplate but also name parts of articles
  // (teaser paragraphs, "banners-contenido" wrappers, recipe steps marked
  // "print-step", a "tags" class on the article): they lower a container's
  // score and decide nothing on their own.
  bool weak =
      ContainsAny(s, {"banner", "masthead", "teaser", "carousel", "toolbar", "print"}) ||
      HasToken(tokens, {"tags", "tag", "tools", "more", "also", "credit",
                        "credits"});
  bool nav = ContainsAny(s, {"breadcrumb", "navbar", "navigation", "skip-link", "skiplink",
                             "menu"}) ||
             HasToken(tokens, {"nav"});
  if (ContainsAny(s, {"byline", "author", "auteur", "signature", "dateline", "timestamp"}) ||
      HasToken(tokens, {"date", "published", "pubdate"}))
    h.flags |= kByline;
  if (HasHiddenClass(classes)) h.flags |= kUnlikely;
  // A paywall container holds the rest of the article when the page has it:
  // a weak hint only.
  if (s.find("paywall") != std::string::npos) h.weight -= kHintWeight;
  if (positive) h.weight += kHintWeight;
  if (strong || weak) h.weight -= kHintWeight;
  if (strong && !maybe) h.flags |= kUnlikely;
  if (nav && !maybe) h.flags |= kInNav;
  return h;
}

HtmlSegmentation SegmentHtml(const GumboNode* root) {
  Segmenter s;
  return s.Run(root);
}

}  // namespace vigie::clean
