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
//
// Unread raw text. gumbo spends about 400 instructions per byte, and half
// the bytes of a news page are the bodies of <script> (27 % on the
// article-extraction-benchmark) and <style> (26 %) elements, which gumbo
// tokenises character by character into text nodes that nothing reads.
// The scan already walks past those bodies, so it cuts them out: the tags
// stay, empty, and gumbo builds the same tree but for those text nodes.
// JSON-LD scripts (type containing "ld+json") are kept: the metadata reader
// parses them. On the 826 pages of the two public corpora this removes 43 %
// of the bytes and leaves every extracted field identical (doc/benchmarks.md
// has the figures).
//
// Cutting is only safe where the scan knows the tokenizer's state exactly,
// since a body cut where gumbo would have read markup loses that markup. So
// script data follows the tokenizer's escape states ("<!--" and "<script"
// inside a script, html_scan.h), and the scan stops cutting, for the rest
// of the page, at the constructs where its model may part from gumbo's:
//   * <select>: gumbo ignores <style>, <title>, <xmp>... start tags inside
//     it and reads their content as markup. A count of open <select>s
//     (start tags minus end tags, an over-estimate) marks the danger.
//   * <frameset>, after which <script> and <style> start tags are ignored.
//   * Foreign content (<svg>, <math>). There gumbo reads <style> and
//     <script> as foreign elements, not raw text, unless the content left
//     foreign content (an HTML element such as <p> or <div>, </p>, </br>)
//     or sits in an HTML integration point (<foreignObject>, <desc>,
//     <title>, MathML text elements) whose children are HTML. The model
//     knows neither, so each <svg>/<math> subtree is checked: it stays
//     "clean" while it holds only foreign elements, text, comments,
//     CDATA sections ending at their first '>' and end tags that close an
//     element of the subtree. A clean subtree ends exactly where gumbo's
//     does; any other subtree stops the cutting when it closes. Inline SVG
//     icons (paths, groups, <title>text</title>, <style>css</style>) are
//     clean.
// Tests parse random tag soup both ways and compare gumbo's trees.
#include "ingest/html_guard.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <functional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ingest/html_scan.h"
#include "ingest/html_tags.h"

namespace vigie::ingest {
namespace {

using namespace html_tags;  // NOLINT: the tag categories read as a vocabulary here

// Names not known to gumbo get keys above every GumboTag.
constexpr uint32_t kUnknownBase = GUMBO_TAG_LAST + 1;
constexpr size_t kMaxNameBytes = 64;  // longer names share a key: the model only errs deeper

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool IsForeignRoot(GumboTag t) { return t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH; }

bool ContainsIgnoreCase(std::string_view s, std::string_view lower_needle) {
  if (s.size() < lower_needle.size()) return false;
  for (size_t i = 0; i + lower_needle.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < lower_needle.size() && Lower(s[i + k]) == lower_needle[k]) ++k;
    if (k == lower_needle.size()) return true;
  }
  return false;
}

// The script types whose bodies are read after parsing: JSON-LD, for the
// metadata (clean/html_metadata.cc). A '&' may hide either behind a
// character reference, which the scan does not decode: kept too.
bool IsReadScriptType(std::string_view type) {
  return ContainsIgnoreCase(type, "ld+json") || type.find('&') != std::string_view::npos;
}

struct Tag {
  size_t begin = 0, end = 0;  // byte range of the whole tag, '<' to after '>'
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint32_t key = 0;
  bool is_end = false;
  bool complete = false;      // false when the input ended inside the tag
  bool self_closing = false;  // "/>"
  bool has_type = false;      // <script> only: its first type attribute...
  std::string_view type;      // ...and that attribute's raw value
};

struct Entry {
  uint32_t key;
  GumboTag tag;
  bool dropped;      // its start tag was removed
  bool dead;         // closed without popping what is above it
  bool self_closed;  // "/>": a foreign element gumbo closed at once
  bool integration;  // an open HTML integration point in foreign content
};

// A byte range of the input left out of the rewritten page.
struct Cut {
  size_t begin, end;
  bool space;  // replaced by one space (dropped tags), or by nothing (bodies)
};

struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

class Guard {
 public:
  Guard(std::string_view html, const HtmlLimits& limits) : html_(html), limits_(limits) {}

  GuardReport Run(std::string* rewritten);

 private:
  // Tokenizer.
  size_t SkipComment(size_t lt) const;
  size_t SkipTo(size_t from, char c) const;
  size_t SkipMarkupDeclaration(size_t lt);
  void ReadTag(size_t lt, Tag* tag);
  void ReadAttributes(size_t* pos, Tag* tag) const;
  uint32_t KeyOf(std::string_view name, GumboTag tag);
  size_t SkipRawText(const Tag& tag, size_t from, std::vector<Cut>* cuts);

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

  // Where emptying bodies stays safe (see the file comment).
  void NoteHtmlTag(const Tag& tag);
  void NoteForeignTag(const Tag& tag);
  void StopEmptying();
  bool ShouldEmpty(const Tag& tag) const;

  std::string_view html_;
  HtmlLimits limits_;
  std::vector<Entry> stack_;
  std::array<std::vector<int32_t>, GUMBO_TAG_LAST + 1> known_positions_;
  std::unordered_map<uint32_t, std::vector<int32_t>> unknown_positions_;
  std::unordered_map<std::string, uint32_t, NameHash, std::equal_to<>> unknown_keys_;
  std::vector<int32_t> boundaries_;
  int64_t kept_depth_ = 0, live_depth_ = 0, foreign_ = 0;
  std::array<int64_t, GUMBO_TAG_LAST + 1> formatting_open_{};
  int64_t formatting_total_ = 0;
  // Foreign subtree being checked: its root's stack index, whether it is
  // still clean, and how many integration points are open in it.
  int32_t region_root_ = -1;
  bool region_dirty_ = false;
  int64_t integration_open_ = 0;
  int64_t select_open_ = 0;  // <select> start tags minus end tags, never below 0
  bool emptying_off_ = false;
  GuardReport report_;
};

size_t Guard::SkipTo(size_t from, char c) const {
  size_t p = html_.find(c, from);
  return p == std::string_view::npos ? html_.size() : p + 1;
}

// A comment ends at "-->" or "--!>", whichever comes first ("<!-->" and
// "<!--->" are whole comments). Both begin with "--", so one forward search
// finds the earlier: searching for each to the end of the input would cost
// a full scan per comment, quadratic on a page of comments.
size_t Guard::SkipComment(size_t lt) const {
  const size_t n = html_.size();
  size_t body = lt + 4;
  if (html_.compare(body, 1, ">") == 0) return body + 1;
  if (html_.compare(body, 2, "->") == 0) return body + 2;
  for (size_t p = html_.find("--", body); p != std::string_view::npos;
       p = html_.find("--", p + 1)) {
    if (p + 2 < n && html_[p + 2] == '>') return p + 3;
    if (p + 3 < n && html_[p + 2] == '!' && html_[p + 3] == '>') return p + 4;
  }
  return n;
}

// "<!...": a comment, a doctype or a bogus comment, all ending at the first
// '>', except in foreign content, where "<![CDATA[" opens a CDATA section
// that ends at "]]>". The model reads both as up to the first '>'; a CDATA
// section whose first '>' is not its end makes the foreign subtree unclean.
size_t Guard::SkipMarkupDeclaration(size_t lt) {
  if (html_.compare(lt, 4, "<!--") == 0) return SkipComment(lt);
  size_t end = SkipTo(lt + 2, '>');
  constexpr std::string_view kCdata = "<![CDATA[";
  if (foreign_ > 0 && html_.compare(lt, kCdata.size(), kCdata) == 0 &&
      !(end >= lt + kCdata.size() + 3 && html_.compare(end - 3, 3, "]]>") == 0))
    region_dirty_ = true;
  return end;
}

uint32_t Guard::KeyOf(std::string_view name, GumboTag tag) {
  if (tag != GUMBO_TAG_UNKNOWN) return tag;
  auto it = unknown_keys_.find(name);
  if (it != unknown_keys_.end()) return it->second;
  uint32_t key = kUnknownBase + static_cast<uint32_t>(unknown_keys_.size());
  unknown_keys_.emplace(std::string(name), key);
  return key;
}

void Guard::ReadTag(size_t lt, Tag* tag) {
  size_t i = lt + 1;
  tag->begin = lt;
  tag->is_end = html_[i] == '/';
  if (tag->is_end) ++i;
  char name[kMaxNameBytes];
  size_t length = 0;
  while (i < html_.size() && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') {
    if (length < kMaxNameBytes) name[length++] = Lower(html_[i]);
    ++i;
  }
  tag->tag = gumbo_tagn_enum(name, static_cast<unsigned>(length));
  tag->key = KeyOf(std::string_view(name, length), tag->tag);
  ReadAttributes(&i, tag);
  tag->complete = i < html_.size();
  tag->end = tag->complete ? i + 1 : html_.size();
}

// Attributes: names, '=', quoted or unquoted values, up to '>'. Sets
// self_closing when a '/' that is not part of a name or value comes just
// before the '>', and records a <script>'s first type attribute (gumbo
// drops the later duplicates).
void Guard::ReadAttributes(size_t* pos, Tag* tag) const {
  const size_t n = html_.size();
  const bool want_type = !tag->is_end && tag->tag == GUMBO_TAG_SCRIPT;
  size_t i = *pos, slash = std::string_view::npos;
  while (i < n) {
    char c = html_[i];
    if (IsHtmlSpace(c) || c == '/') {
      if (c == '/') slash = i;
      ++i;
      continue;
    }
    if (c == '>') break;
    size_t name_begin = i++;  // the first character of a name may be '='
    while (i < n && !IsHtmlSpace(html_[i]) && html_[i] != '/' && html_[i] != '>' &&
           html_[i] != '=') ++i;
    bool is_type = want_type && !tag->has_type && i - name_begin == 4 &&
                   ContainsIgnoreCase(html_.substr(name_begin, 4), "type");
    tag->has_type |= is_type;
    while (i < n && IsHtmlSpace(html_[i])) ++i;
    if (i >= n || html_[i] != '=') continue;
    ++i;
    while (i < n && IsHtmlSpace(html_[i])) ++i;
    size_t value_begin = i;
    if (i < n && (html_[i] == '"' || html_[i] == '\'')) {
      size_t close = html_.find(html_[i], i + 1);
      value_begin = i + 1;
      i = close == std::string_view::npos ? n : close + 1;
      if (is_type) tag->type = html_.substr(value_begin, std::min(close, n) - value_begin);
    } else {
      while (i < n && !IsHtmlSpace(html_[i]) && html_[i] != '>') ++i;
      if (is_type) tag->type = html_.substr(value_begin, i - value_begin);
    }
  }
  tag->self_closing = i < n && slash != std::string_view::npos && slash + 1 == i;
  *pos = i;
}

// Skips the body of a raw-text element whose start tag ended at `from`,
// cutting it when nothing reads it. Returns where the end tag starts.
size_t Guard::SkipRawText(const Tag& tag, size_t from, std::vector<Cut>* cuts) {
  size_t end;
  if (tag.tag == GUMBO_TAG_PLAINTEXT) {
    end = html_.size();
  } else if (tag.tag == GUMBO_TAG_SCRIPT) {
    end = ScriptDataEnd(html_, from);
  } else {
    end = RawTextEnd(html_, from, gumbo_normalized_tagname(tag.tag));
  }
  if (end > from && ShouldEmpty(tag)) {
    cuts->push_back({from, end, false});
    ++report_.emptied_elements;
    report_.emptied_bytes += static_cast<int64_t>(end - from);
  }
  return end;
}

bool Guard::ShouldEmpty(const Tag& tag) const {
  if (!limits_.empty_unread_raw_text || emptying_off_) return false;
  if (tag.tag == GUMBO_TAG_STYLE) return true;
  return tag.tag == GUMBO_TAG_SCRIPT && !(tag.has_type && IsReadScriptType(tag.type));
}

void Guard::StopEmptying() {
  emptying_off_ = true;
  if (limits_.empty_unread_raw_text) report_.emptying_stopped = true;
}

// A tag read outside foreign content: the contexts in which gumbo ignores
// <script> or <style> start tags.
void Guard::NoteHtmlTag(const Tag& tag) {
  GumboTag t = tag.tag;
  if (tag.is_end) {
    if (t == GUMBO_TAG_SELECT && select_open_ > 0) --select_open_;
    return;
  }
  if (t == GUMBO_TAG_FRAMESET) {
    StopEmptying();
  } else if (t == GUMBO_TAG_SELECT) {
    ++select_open_;
  } else if (select_open_ > 0 &&
             (t == GUMBO_TAG_TEMPLATE ||
              (IsRawText(t) && t != GUMBO_TAG_SCRIPT && t != GUMBO_TAG_TEXTAREA))) {
    StopEmptying();  // ignored in a select: its content is markup to gumbo
  }
}

// A tag read in foreign content, before the model takes it: does gumbo
// still read it as the model does?
void Guard::NoteForeignTag(const Tag& tag) {
  if (region_dirty_) return;
  if (!tag.is_end) {
    if (integration_open_ > 0 || BreaksOutOfForeign(tag.tag)) region_dirty_ = true;
    return;
  }
  if (tag.tag == GUMBO_TAG_P || tag.tag == GUMBO_TAG_BR) {
    region_dirty_ = true;  // both leave foreign content
    return;
  }
  int32_t open = Back(tag.key);
  if (open < 0) {
    // Stray. gumbo closes a same-named foreign element the model did not
    // open (void names), or ignores it, or may close an HTML element.
    if (!IsVoid(tag.tag)) region_dirty_ = true;
    return;
  }
  if (open < region_root_ || stack_[open].self_closed) region_dirty_ = true;
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
  if (e.integration) --integration_open_;
  if (IsForeignRoot(e.tag) && --foreign_ == 0) {
    if (region_dirty_) StopEmptying();
    region_dirty_ = false;
    region_root_ = -1;
  }
}

void Guard::PopTo(int32_t index) {
  while (static_cast<int32_t>(stack_.size()) > index) {
    Kill(static_cast<int32_t>(stack_.size()) - 1);
    stack_.pop_back();
  }
}

void Guard::Push(const Tag& tag, bool dropped) {
  int32_t index = static_cast<int32_t>(stack_.size());
  bool integration = foreign_ > 0 && IsIntegrationPoint(tag.tag) && !tag.self_closing;
  stack_.push_back({tag.key, tag.tag, dropped, false, tag.self_closing, integration});
  Positions(tag.key).push_back(index);
  if (IsScopeBoundary(tag.tag)) boundaries_.push_back(index);
  if (integration) ++integration_open_;
  if (IsForeignRoot(tag.tag) && foreign_++ == 0) {
    region_root_ = index;
    region_dirty_ = select_open_ > 0;  // gumbo may have ignored the start tag
  }
  if (dropped && foreign_ > 0) region_dirty_ = true;
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
  if (IsForeignRoot(t) && tag.self_closing) return true;  // foreign: closed at once
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
  std::vector<Cut> cuts;  // increasing, disjoint
  size_t i = 0;
  const size_t n = html_.size();
  while (i < n) {
    size_t lt = html_.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    char c = html_[lt + 1];
    if (c == '!') { i = SkipMarkupDeclaration(lt); continue; }
    if (c == '?') { i = SkipTo(lt + 2, '>'); continue; }
    if (c == '/' && (lt + 2 >= n || !IsAlpha(html_[lt + 2]))) {
      // "</>" or a bogus comment. gumbo 0.10.1 then ignores an end tag that
      // follows "</>" at once in foreign content ("<svg></></svg>" leaves
      // the <svg> open), where the model would close the element.
      if (foreign_ > 0 && html_.compare(lt, 3, "</>") == 0) region_dirty_ = true;
      i = SkipTo(lt + 2, '>');
      continue;
    }
    if (c != '/' && !IsAlpha(c)) { i = lt + 1; continue; }
    Tag tag;
    ReadTag(lt, &tag);
    i = tag.end;
    if (!tag.complete) break;  // gumbo drops a tag cut by the end of input
    if (foreign_ > 0) {
      NoteForeignTag(tag);
    } else {
      NoteHtmlTag(tag);
    }
    bool keep = tag.is_end ? OnEndTag(tag) : OnStartTag(tag);
    if (!keep) {
      cuts.push_back({tag.begin, tag.end, true});
      ++report_.dropped_tags;
    }
    if (!tag.is_end && IsRawText(tag.tag) && foreign_ == 0) i = SkipRawText(tag, i, &cuts);
  }
  if (region_dirty_) StopEmptying();  // a foreign subtree left open at the end
  if (!cuts.empty()) {
    rewritten->clear();
    rewritten->reserve(n - static_cast<size_t>(report_.emptied_bytes));
    size_t from = 0;
    for (const Cut& cut : cuts) {
      rewritten->append(html_.substr(from, cut.begin - from));
      if (cut.space) rewritten->push_back(' ');  // keeps the words on each side apart
      from = cut.end;
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
