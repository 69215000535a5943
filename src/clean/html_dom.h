// Small read-only helpers over gumbo's tree: attributes, tag classes, class
// and id hints, and iterative text collection. Nothing here recurses on the
// tree, so input-controlled depth is never a stack depth.
#ifndef VIGIE_CLEAN_HTML_DOM_H_
#define VIGIE_CLEAN_HTML_DOM_H_

#include <gumbo.h>

#include <string>
#include <string_view>

namespace vigie::clean {

// The value of attribute `name` (lower case) of element `node`, or empty.
std::string_view Attr(const GumboNode* node, const char* name);
bool HasAttr(const GumboNode* node, const char* name);

inline bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}
inline GumboTag TagOf(const GumboNode* node) {
  return IsElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}
inline const GumboVector& ChildrenOf(const GumboNode* node) { return node->v.element.children; }

// Elements whose content is never text of the page (scripts, styles,
// embedded media, form controls, <head> matter).
bool IsNonContentTag(GumboTag tag);

// Inline (phrasing) elements: their text joins the text around them.
// Unknown elements (custom elements) count as inline.
bool IsInlineTag(GumboTag tag);

// True when the element is not rendered: the hidden attribute,
// aria-hidden="true", or an inline style with display:none or
// visibility:hidden.
bool IsHidden(const GumboNode* node);

// The text of `node` and its descendants, inline markup flattened, <br> as
// a space, non-content elements skipped, white space collapsed.
std::string NodeText(const GumboNode* node);

// class and id of an element, lower case, joined by a space.
std::string ClassAndId(const GumboNode* node);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_HTML_DOM_H_
