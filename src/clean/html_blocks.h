// Segmentation of an HTML page into text blocks: the unit the main-text
// extractor scores and keeps or drops. See html_blocks.cc.
#ifndef VIGIE_CLEAN_HTML_BLOCKS_H_
#define VIGIE_CLEAN_HTML_BLOCKS_H_

#include <gumbo.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/page.h"

namespace vigie::clean {

// Where a block sits, inherited from its ancestors.
enum BlockFlag : uint32_t {
  kInNav = 1u << 0,      // <nav>, role=navigation, menus, breadcrumbs
  kInAside = 1u << 1,    // <aside>, role=complementary
  kInFooter = 1u << 2,   // <footer>, role=contentinfo
  kInHeader = 1u << 3,   // <header>, role=banner
  kUnlikely = 1u << 4,   // under a class/id that names boilerplate (share, related...)
  kInForm = 1u << 5,
  kInFigure = 1u << 6,   // <figure>, <figcaption>
  kInArticle = 1u << 7,  // <article>, [itemprop=articleBody]
  kByline = 1u << 8,     // class/id/rel naming the author or the date line
};

// A block-level element of the page (inline elements are not listed).
// Elements are in document (pre-order) order: the descendants of element i
// are i+1 .. end_element-1, and its blocks first_block .. end_block-1.
struct HtmlElement {
  const GumboNode* node = nullptr;  // borrowed from the HtmlDocument
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  int parent = -1;
  int end_element = 0;
  int first_block = 0, end_block = 0;
  int hint = 0;            // class/id weight: > 0 names content, < 0 boilerplate
  uint32_t own_flags = 0;  // BlockFlag bits set by this element itself
  uint32_t flags = 0;      // own_flags and those of every ancestor
};

struct HtmlBlock {
  ingest::Block block;
  int owner = -1;       // innermost block-level element holding the text
  int chars = 0;        // code points that are not white space
  int link_chars = 0;   // of which inside <a>
  int commas = 0;       // commas and other clause separators
  uint32_t flags = 0;   // the owner's flags
};

struct HtmlSegmentation {
  std::vector<HtmlElement> elements;
  std::vector<HtmlBlock> blocks;
};

// Segments the subtree of `root` (usually <html>). Never recurses.
HtmlSegmentation SegmentHtml(const GumboNode* root);

// The class/id weight and flags of an element, from its class, id, role
// and itemprop (exposed for tests).
struct ElementHints {
  int weight = 0;
  uint32_t flags = 0;
};
ElementHints HintsOf(const GumboNode* node);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_HTML_BLOCKS_H_
