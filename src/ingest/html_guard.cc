// HtmlGuard: bounding gumbo's work before it starts.
//
// Why. gumbo 0.10.1 follows the HTML5 tree-construction algorithm to the
// letter, and the algorithm has two hostile corners:
//   * Depth. Most start tags ask "is there a <p> in button scope?", which
//     walks the stack of open elements down to the nearest scope boundary.
//     With N nested <div>s that is O(N) per tag and O(N^2) per page: measured
//     on this machine, 5,000 levels parse in 0.03 s, 20,000 in 0.8 s and
//     200,000 would take over a minute. gumbo_destroy_output then frees the
//     tree recursively and overflows the C stack.
//   * Formatting elements. Every <b>, <font>... left open is re-created in
//     each following block ("reconstruct the active formatting elements"):
//     K distinct open ones cost K new nodes per paragraph, a 50 MB page of
//     "<div>x</div>" after 1,000 open <b id=N> makes billions of nodes.
// gumbo has no option for either, so this pass drops the tags that would
// take the parse past a limit, before gumbo sees them; the text between them
// is kept, so a page nested 200,000 deep is still read, flattened below the
// limit. The depth limit is Blink's (512: what Chrome's parser builds), so
// pages that render in a browser are never touched; formatting elements are
// capped at 12 open at once (real pages, even sloppy ones, stay under 5:
// gumbo's "Noah's ark" clause already merges identical ones).
//
// How. A linear tokenizer finds tags the way the HTML tokenizer does (quoted
// attribute values, comments including the abrupt "<!-->", raw-text elements
// such as <script>, bogus comments) and keeps a model of the stack of open
// elements with the implied end tags that matter for depth (<p> closed by
// blocks, <li>, <dt>/<dd>, table parts, <option>, headings) and with scope
// boundaries (table, td, th, caption...). Each open-element name keeps the
// stack positions of its open elements, so every decision is O(1) amortised:
// no rescanning, linear in the input.
//
// The model need not equal gumbo's tree; it must never see the tree much
// shallower than gumbo builds it. Wherever the two may disagree the model
// errs towards deeper (it ignores foster parenting, <select>'s ignored
// tags, foreign-content breakouts, raw text it cannot be sure of), and
// elements gumbo closes without popping the elements above them (the
// adoption agency for </b>, a new <a>) are removed from the model alone,
// not with what is above them. The tests check this against gumbo on
// random tag soup: gumbo's depth stays within 2x the model's plus a small
// constant (implied <tbody>/<tr>), i.e. about 1,100 at most.
#include "ingest/html_guard.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vigie::ingest {
namespace {

// Names not known to gumbo get keys above every GumboTag.
constexpr uint32_t kUnknownBase = GUMBO_TAG_LAST + 1;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IsVoid(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME: case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_MENUITEM:
      return true;
    default:
      return false;
  }
}

// Elements whose content the tokenizer reads as text up to "</name".
bool IsRawText(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_PLAINTEXT:
      return true;
    default:
      return false;
  }
}

bool IsFormatting(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_TT: case GUMBO_TAG_U:
      return true;
    default:
      return false;
  }
}

bool IsScopeBoundary(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_APPLET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

// Elements the HTML spec does not call "special": an <li> or <dd> start tag
// looks for an open one through these (and address, div, p) only. Anything
// not listed counts as special, which can only make the model deeper.
bool IsPhrasing(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO: case GUMBO_TAG_BIG: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_FONT:
    case GUMBO_TAG_I: case GUMBO_TAG_KBD: case GUMBO_TAG_LABEL: case GUMBO_TAG_MARK:
    case GUMBO_TAG_NOBR: case GUMBO_TAG_Q: case GUMBO_TAG_RP: case GUMBO_TAG_RT:
    case GUMBO_TAG_RUBY: case GUMBO_TAG_S: case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U:
    case GUMBO_TAG_VAR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DIV: case GUMBO_TAG_P:
      return true;
    default:
      return false;
  }
}

// Start tags that close an open <p> ("in button scope").
bool ClosesP(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL: case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_FORM: case GUMBO_TAG_LI: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_TABLE: case GUMBO_TAG_HR:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

struct Tag {
  size_t begin = 0, end = 0;  // byte range of the whole tag, '<' to after '>'
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint32_t key = 0;
  bool is_end = false;
  bool complete = false;      // false when the input ended inside the tag
};

struct Entry {
  uint32_t key;
  GumboTag tag;
  bool dropped;  // its start tag was removed
  bool dead;     // closed without popping what is above it
};

class Guard {
 public:
  Guard(std::string_view html, const HtmlLimits& limits) : html_(html), limits_(limits) {}

  GuardReport Run(std::string* rewritten);

 private:
  // Tokenizer.
  size_t SkipComment(size_t lt) const;
  size_t SkipTo(size_t from, char c) const;
  bool ReadTag(size_t lt, Tag* tag);
  size_t SkipRawText(size_t from, std::string_view name) const;

  // Stack model.
  std::vector<int32_t>& Positions(uint32_t key);
  int32_t Back(uint32_t key);
  int32_t BoundaryTop() const { return boundaries_.empty() ? -1 : boundaries_.back(); }
  void PopTo(int32_t index);
  void Kill(int32_t index);
  void Push(const Tag& tag, bool dropped);
  int32_t FindOpenItem(GumboTag a, GumboTag b) const;
  void ImpliedEndTags(GumboTag t);
  bool OnStartTag(const Tag& tag);  // returns false to drop the tag
  bool OnEndTag(const Tag& tag);

  std::string_view html_;
  HtmlLimits limits_;
  std::vector<Entry> stack_;
  std::array<std::vector<int32_t>, GUMBO_TAG_LAST + 1> known_positions_;
  std::unordered_map<uint32_t, std::vector<int32_t>> unknown_positions_;
  std::unordered_map<std::string, uint32_t> unknown_keys_;
  std::vector<int32_t> boundaries_;
  int64_t kept_depth_ = 0, live_depth_ = 0, foreign_ = 0;
  std::array<int64_t, GUMBO_TAG_LAST + 1> formatting_open_{};
  int64_t formatting_total_ = 0;
  GuardReport report_;
};

size_t Guard::SkipTo(size_t from, char c) const {
  size_t p = html_.find(c, from);
  return p == std::string_view::npos ? html_.size() : p + 1;
}

// A comment ends at the earliest place gumbo could end it, so that the
// model never misses markup gumbo sees.
size_t Guard::SkipComment(size_t lt) const {
  size_t body = lt + 4;
  if (html_.compare(body, 1, ">") == 0) return body + 1;
  if (html_.compare(body, 2, "->") == 0) return body + 2;
  size_t a = html_.find("-->", body);
  size_t b = html_.find("--!>", body);
  size_t end = std::min(a == std::string_view::npos ? html_.size() : a + 3,
                        b == std::string_view::npos ? html_.size() : b + 4);
  return end;
}

bool Guard::ReadTag(size_t lt, Tag* tag) {
  size_t i = lt + 1;
  tag->begin = lt;
  tag->is_end = html_[i] == '/';
  if (tag->is_end) ++i;
  std::string name;
  while (i < html_.size() && !IsSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') {
    if (name.size() < 64) name.push_back(Lower(html_[i]));
    ++i;
  }
  // Attributes: names, '=', quoted or unquoted values, up to '>'.
  while (i < html_.size()) {
    char c = html_[i];
    if (IsSpace(c) || c == '/') { ++i; continue; }
    if (c == '>') break;
    ++i;  // first character of a name, '=' included
    while (i < html_.size() && !IsSpace(html_[i]) && html_[i] != '/' && html_[i] != '>' &&
           html_[i] != '=') ++i;
    while (i < html_.size() && IsSpace(html_[i])) ++i;
    if (i >= html_.size() || html_[i] != '=') continue;
    ++i;
    while (i < html_.size() && IsSpace(html_[i])) ++i;
    if (i < html_.size() && (html_[i] == '"' || html_[i] == '\'')) {
      size_t close = html_.find(html_[i], i + 1);
      i = close == std::string_view::npos ? html_.size() : close + 1;
    } else {
      while (i < html_.size() && !IsSpace(html_[i]) && html_[i] != '>') ++i;
    }
  }
  tag->complete = i < html_.size();
  tag->end = tag->complete ? i + 1 : html_.size();
  tag->tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
  if (tag->tag != GUMBO_TAG_UNKNOWN) {
    tag->key = tag->tag;
  } else {
    auto [it, inserted] =
        unknown_keys_.emplace(name, kUnknownBase + static_cast<uint32_t>(unknown_keys_.size()));
    tag->key = it->second;
  }
  return true;
}

size_t Guard::SkipRawText(size_t from, std::string_view name) const {
  if (name == "plaintext") return html_.size();
  size_t i = from;
  while (true) {
    size_t lt = html_.find("</", i);
    if (lt == std::string_view::npos) return html_.size();
    size_t j = lt + 2;
    bool match = j + name.size() <= html_.size();
    for (size_t k = 0; match && k < name.size(); ++k) match = Lower(html_[j + k]) == name[k];
    if (match) {
      size_t after = j + name.size();
      if (after >= html_.size() || IsSpace(html_[after]) || html_[after] == '/' ||
          html_[after] == '>')
        return lt;  // the end tag itself is read as a tag
    }
    i = lt + 2;
  }
}

std::vector<int32_t>& Guard::Positions(uint32_t key) {
  if (key <= GUMBO_TAG_LAST) return known_positions_[key];
  return unknown_positions_[key];
}

int32_t Guard::Back(uint32_t key) {
  std::vector<int32_t>& p = Positions(key);
  return p.empty() ? -1 : p.back();
}

void Guard::Kill(int32_t index) {
  Entry& e = stack_[index];
  if (e.dead) return;
  e.dead = true;
  std::vector<int32_t>& p = Positions(e.key);
  if (!p.empty() && p.back() == index) p.pop_back();
  if (!boundaries_.empty() && boundaries_.back() == index) boundaries_.pop_back();
  --live_depth_;
  if (!e.dropped) --kept_depth_;
  if (e.tag == GUMBO_TAG_SVG || e.tag == GUMBO_TAG_MATH) --foreign_;
}

void Guard::PopTo(int32_t index) {
  while (static_cast<int32_t>(stack_.size()) > index) {
    Kill(static_cast<int32_t>(stack_.size()) - 1);
    stack_.pop_back();
  }
}

void Guard::Push(const Tag& tag, bool dropped) {
  int32_t index = static_cast<int32_t>(stack_.size());
  stack_.push_back({tag.key, tag.tag, dropped, false});
  Positions(tag.key).push_back(index);
  if (IsScopeBoundary(tag.tag)) boundaries_.push_back(index);
  if (tag.tag == GUMBO_TAG_SVG || tag.tag == GUMBO_TAG_MATH) ++foreign_;
  ++live_depth_;
  if (!dropped) ++kept_depth_;
  report_.max_depth = std::max(report_.max_depth, live_depth_);
}

// The <li> (or <dd>/<dt>) a new one closes: the nearest open `a` or `b`
// reached through phrasing elements only, looking at a few entries at most
// (past that the model keeps it open: deeper, never shallower).
int32_t Guard::FindOpenItem(GumboTag a, GumboTag b) const {
  int looked = 0;
  for (int32_t i = static_cast<int32_t>(stack_.size()) - 1; i >= 0 && looked < 16; --i) {
    const Entry& e = stack_[i];
    if (e.dead) continue;
    ++looked;
    if (e.tag == a || e.tag == b) return i;
    if (!IsPhrasing(e.tag)) return -1;
  }
  return -1;
}

void Guard::ImpliedEndTags(GumboTag t) {
  auto top2 = [this](GumboTag a, GumboTag b) { return std::max(Back(a), Back(b)); };
  if (t == GUMBO_TAG_LI) {
    int32_t li = FindOpenItem(GUMBO_TAG_LI, GUMBO_TAG_LI);
    if (li >= 0) PopTo(li);
  } else if (t == GUMBO_TAG_DD || t == GUMBO_TAG_DT) {
    int32_t d = FindOpenItem(GUMBO_TAG_DD, GUMBO_TAG_DT);
    if (d >= 0) PopTo(d);
  } else if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH || t == GUMBO_TAG_TR ||
             t == GUMBO_TAG_TBODY || t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT) {
    // Table parts close their kind only inside a table (outside one gumbo
    // ignores them, and the model must not pop what gumbo did build).
    int32_t table = Back(GUMBO_TAG_TABLE);
    if (table < 0) return;
    int32_t open;
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
      open = top2(GUMBO_TAG_TD, GUMBO_TAG_TH);
      if (open < Back(GUMBO_TAG_TR)) open = -1;
    } else if (t == GUMBO_TAG_TR) {
      open = Back(GUMBO_TAG_TR);
      if (open < std::max({Back(GUMBO_TAG_TBODY), Back(GUMBO_TAG_THEAD), Back(GUMBO_TAG_TFOOT)}))
        open = -1;
    } else {
      open = std::max({Back(GUMBO_TAG_TBODY), Back(GUMBO_TAG_THEAD), Back(GUMBO_TAG_TFOOT)});
    }
    if (open > table) PopTo(open);
  } else if (t == GUMBO_TAG_OPTION || t == GUMBO_TAG_OPTGROUP) {
    // Only the current node is closed.
    auto pop_current = [this](GumboTag x) {
      int32_t top = static_cast<int32_t>(stack_.size()) - 1;
      if (top >= 0 && !stack_[top].dead && stack_[top].tag == x) PopTo(top);
    };
    pop_current(GUMBO_TAG_OPTION);
    if (t == GUMBO_TAG_OPTGROUP) pop_current(GUMBO_TAG_OPTGROUP);
  }
  if (ClosesP(t)) {
    int32_t p = Back(GUMBO_TAG_P);
    if (p > BoundaryTop()) PopTo(p);
  }
  if (IsHeading(t) && !stack_.empty() && !stack_.back().dead && IsHeading(stack_.back().tag))
    PopTo(static_cast<int32_t>(stack_.size()) - 1);
}

bool Guard::OnStartTag(const Tag& tag) {
  GumboTag t = tag.tag;
  if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_HEAD || t == GUMBO_TAG_BODY || IsVoid(t))
    return true;  // merged into existing elements, or never open
  if (foreign_ == 0) ImpliedEndTags(t);
  if (IsRawText(t) && foreign_ == 0) return true;  // no children: never deep
  bool drop = kept_depth_ >= limits_.max_depth;
  if (IsFormatting(t) && !drop) {
    if (t == GUMBO_TAG_A || t == GUMBO_TAG_NOBR) {
      // A new <a> closes the open one (adoption agency) but not its content.
      int32_t open = Back(tag.key);
      if (open >= 0) Kill(open);
      if (formatting_open_[t] > 0) --formatting_open_[t], --formatting_total_;
    }
    drop = formatting_total_ >= limits_.max_open_formatting;
    if (!drop) ++formatting_open_[t], ++formatting_total_;
  }
  Push(tag, drop);
  return !drop;
}

bool Guard::OnEndTag(const Tag& tag) {
  GumboTag t = tag.tag;
  if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_HEAD || t == GUMBO_TAG_BODY) return true;
  int32_t open = Back(tag.key);
  if (IsFormatting(t)) {
    if (open < 0) {
      if (formatting_open_[t] > 0) --formatting_open_[t], --formatting_total_;
      return true;
    }
    bool dropped = stack_[open].dropped;
    Kill(open);  // the adoption agency keeps what is above it
    if (!dropped && formatting_open_[t] > 0) --formatting_open_[t], --formatting_total_;
    return !dropped;
  }
  if (open < 0) return true;  // stray: gumbo ignores it or closes nothing deep
  if (open < BoundaryTop() && !IsScopeBoundary(t)) return true;  // out of scope
  bool dropped = stack_[open].dropped;
  PopTo(open);
  return !dropped;
}

GuardReport Guard::Run(std::string* rewritten) {
  std::vector<std::pair<size_t, size_t>> cuts;  // dropped tag ranges
  size_t i = 0;
  const size_t n = html_.size();
  while (i < n) {
    size_t lt = html_.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    char c = html_[lt + 1];
    if (c == '!') {
      i = html_.compare(lt, 4, "<!--") == 0 ? SkipComment(lt) : SkipTo(lt + 2, '>');
      continue;
    }
    if (c == '?') { i = SkipTo(lt + 2, '>'); continue; }
    if (c == '/' && (lt + 2 >= n || !IsAlpha(html_[lt + 2]))) {
      i = SkipTo(lt + 2, '>');  // "</>" or a bogus comment
      continue;
    }
    if (c != '/' && !IsAlpha(c)) { i = lt + 1; continue; }
    Tag tag;
    ReadTag(lt, &tag);
    i = tag.end;
    if (!tag.complete) break;  // gumbo drops a tag cut by the end of input
    bool keep = tag.is_end ? OnEndTag(tag) : OnStartTag(tag);
    if (!keep) cuts.emplace_back(tag.begin, tag.end);
    if (!tag.is_end && IsRawText(tag.tag) && foreign_ == 0) {
      std::string_view name(gumbo_normalized_tagname(tag.tag));
      i = SkipRawText(i, name);
    }
  }
  report_.dropped_tags = static_cast<int64_t>(cuts.size());
  if (!cuts.empty()) {
    rewritten->clear();
    rewritten->reserve(n);
    size_t from = 0;
    for (auto [b, e] : cuts) {
      rewritten->append(html_.substr(from, b - from));
      rewritten->push_back(' ');  // keeps the words on each side apart
      from = e;
    }
    rewritten->append(html_.substr(from));
  }
  return report_;
}

}  // namespace

GuardReport GuardHtml(std::string_view html, const HtmlLimits& limits, std::string* rewritten) {
  Guard guard(html, limits);
  return guard.Run(rewritten);
}

}  // namespace vigie::ingest
