// libFuzzer target for HtmlGuard's emptying of <script>/<style> bodies:
// gumbo must build the same tree from the emptied page as from the
// original, but for the text of those elements (JSON-LD scripts included:
// they are kept, so their text must match too). Aborts on a difference.
// Limits are lifted so that only emptying changes the page.
#include <gumbo.h>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "common/utf8.h"
#include "ingest/html_guard.h"

namespace {

bool IsUnreadText(const GumboNode* text) {
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

// The tree as text, iteratively (fuzzed pages can be deep).
std::string Tree(const std::string& html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string s;
  std::vector<std::pair<const GumboNode*, bool>> stack = {{out->document, false}};
  while (!stack.empty()) {
    auto [node, closing] = stack.back();
    stack.pop_back();
    if (closing) {
      s += ')';
    } else if (node->type == GUMBO_NODE_DOCUMENT || node->type == GUMBO_NODE_ELEMENT ||
               node->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector* kids = &node->v.document.children;
      if (node->type != GUMBO_NODE_DOCUMENT) {
        const GumboElement& e = node->v.element;
        s.append("(").append(std::to_string(e.tag_namespace)).append(":");
        s.append(std::to_string(e.tag));
        for (unsigned i = 0; i < e.attributes.length; ++i) {
          auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
          s.append(" ").append(a->name).append("=").append(a->value);
        }
        kids = &e.children;
      }
      stack.emplace_back(node, true);
      for (unsigned i = kids->length; i > 0; --i)
        stack.emplace_back(static_cast<const GumboNode*>(kids->data[i - 1]), false);
    } else if (!IsUnreadText(node)) {
      s.append("[").append(node->v.text.text).append("]");
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);  // recursive, fine below 4 KB of input
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;  // no depth limit here: keep gumbo's trees small
  std::string html(reinterpret_cast<const char*>(data), size);
  vigie::RepairUtf8(&html);
  std::string rewritten;
  vigie::ingest::HtmlLimits no_limits{.max_depth = 1 << 20, .max_open_formatting = 1 << 20};
  vigie::ingest::GuardReport r = vigie::ingest::GuardHtml(html, no_limits, &rewritten);
  if (!r.rewritten()) return 0;
  if (r.dropped_tags != 0 || Tree(rewritten) != Tree(html)) {
    std::fprintf(stderr, "guard changed the tree\npage:    %s\nemptied: %s\n", html.c_str(),
                 rewritten.c_str());
    std::abort();
  }
  return 0;
}
