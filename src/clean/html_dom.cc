#include "clean/html_dom.h"

#include <cstring>
#include <vector>

#include "common/strings.h"

namespace vigie::clean {

std::string_view Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr || a->value == nullptr ? std::string_view() : std::string_view(a->value);
}

bool HasAttr(const GumboNode* node, const char* name) {
  return IsElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

bool IsNonContentTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_MAP:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTION: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE: case GUMBO_TAG_IMG: case GUMBO_TAG_SOURCE:
      return true;
    default:
      return false;
  }
}

bool IsInlineTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_ACRONYM: case GUMBO_TAG_B:
    case GUMBO_TAG_BDI: case GUMBO_TAG_BDO: case GUMBO_TAG_BIG: case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_KBD: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK: case GUMBO_TAG_NOBR: case GUMBO_TAG_Q: case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_VAR: case GUMBO_TAG_WBR:
    case GUMBO_TAG_INS: case GUMBO_TAG_DEL: case GUMBO_TAG_RUBY: case GUMBO_TAG_RT:
    case GUMBO_TAG_RP: case GUMBO_TAG_RB: case GUMBO_TAG_RTC: case GUMBO_TAG_BR:
    case GUMBO_TAG_UNKNOWN: case GUMBO_TAG_OUTPUT: case GUMBO_TAG_METER:
    case GUMBO_TAG_PROGRESS: case GUMBO_TAG_BLINK: case GUMBO_TAG_IMG:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const GumboNode* node) {
  if (!IsElement(node)) return false;
  if (HasAttr(node, "hidden")) return true;
  if (AsciiLower(Attr(node, "aria-hidden")) == "true") return true;
  std::string_view style = Attr(node, "style");
  if (style.empty()) return false;
  std::string s;
  for (char c : style)
    if (c != ' ' && c != '\t' && c != '\n') s.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

std::string NodeText(const GumboNode* node) {
  std::string raw;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n == nullptr) {  // the end of a block element
      raw.push_back(' ');
      continue;
    }
    switch (n->type) {
      case GUMBO_NODE_TEXT: case GUMBO_NODE_CDATA: case GUMBO_NODE_WHITESPACE:
        raw.append(n->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: {
        GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_BR) { raw.push_back(' '); break; }
        if (n != node && IsNonContentTag(tag)) break;
        if (!IsInlineTag(tag)) {
          raw.push_back(' ');
          stack.push_back(nullptr);
        }
        const GumboVector& kids = n->v.element.children;
        for (unsigned i = kids.length; i > 0; --i)
          stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
        break;
      }
      default:
        break;
    }
  }
  return CollapseWhitespace(raw);
}

std::string ClassAndId(const GumboNode* node) {
  std::string s = AsciiLower(Attr(node, "class"));
  std::string_view id = Attr(node, "id");
  if (!id.empty()) {
    s.push_back(' ');
    s.append(AsciiLower(id));
  }
  return s;
}

}  // namespace vigie::clean
