// Test support for the HTML guard, shared by its unit tests and its fuzz
// target: gumbo's tree as text, without the text the guard may empty, so
// that "the guard changes nothing gumbo builds but the emptied bodies" is one
// string comparison. Not part of the engine.
#ifndef VIGIE_INGEST_HTML_GUARD_TESTING_H_
#define VIGIE_INGEST_HTML_GUARD_TESTING_H_

#include <gumbo.h>

#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vigie::ingest::guard_testing {

inline void Append(std::string* s, std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) s->append(part);
}

// Text that the guard may empty: in an HTML <style>, or in an HTML <script>
// that is not JSON-LD.
inline bool IsUnreadText(const GumboNode* text) {
  const GumboNode* parent = text->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return false;
  const GumboElement& p = parent->v.element;
  if (p.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
  if (p.tag == GUMBO_TAG_STYLE) return true;
  if (p.tag != GUMBO_TAG_SCRIPT) return false;
  const GumboAttribute* type = gumbo_get_attribute(&p.attributes, "type");
  if (type == nullptr) return true;
  std::string v = type->value;
  for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return v.find("ld+json") == std::string::npos;
}

inline void AppendStartTag(const GumboElement& e, std::string* s) {
  GumboStringPiece name = e.original_tag;
  if (e.tag == GUMBO_TAG_UNKNOWN) gumbo_tag_from_original_text(&name);
  Append(s, {"<", std::to_string(e.tag_namespace), ":", std::to_string(e.tag), ":"});
  if (e.tag == GUMBO_TAG_UNKNOWN) s->append(name.data, name.length);
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    Append(s, {" ", a->name, "=", a->value});
  }
  s->push_back('>');
}

// gumbo's tree as text: elements (namespace, name, attributes), text and
// comments, without the text the guard may empty.
inline std::string TreeWithoutUnreadText(const std::string& html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string s;
  std::vector<std::pair<const GumboNode*, bool>> stack = {{out->document, false}};
  while (!stack.empty()) {
    auto [node, closing] = stack.back();
    stack.pop_back();
    if (closing) {
      s += "</>";
    } else if (node->type == GUMBO_NODE_COMMENT) {
      Append(&s, {"{", node->v.text.text, "}"});
    } else if (node->type == GUMBO_NODE_DOCUMENT || node->type == GUMBO_NODE_ELEMENT ||
               node->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector* kids = &node->v.document.children;
      if (node->type != GUMBO_NODE_DOCUMENT) {
        AppendStartTag(node->v.element, &s);
        kids = &node->v.element.children;
      }
      stack.emplace_back(node, true);
      for (unsigned i = kids->length; i > 0; --i)
        stack.emplace_back(static_cast<const GumboNode*>(kids->data[i - 1]), false);
    } else if (!IsUnreadText(node)) {
      Append(&s, {"[", node->v.text.text, "]"});
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return s;
}

}  // namespace vigie::ingest::guard_testing

#endif  // VIGIE_INGEST_HTML_GUARD_TESTING_H_
