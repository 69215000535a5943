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
#include "ingest/html_guard_testing.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;  // no depth limit here: keep gumbo's trees small
  std::string html(reinterpret_cast<const char*>(data), size);
  vigie::RepairUtf8(&html);
  std::string rewritten;
  vigie::ingest::HtmlLimits no_limits{.max_depth = 1 << 20, .max_open_formatting = 1 << 20};
  vigie::ingest::GuardReport r = vigie::ingest::GuardHtml(html, no_limits, &rewritten);
  if (!r.rewritten()) return 0;
  if (r.dropped_tags != 0 || vigie::ingest::guard_testing::TreeWithoutUnreadText(rewritten) !=
                                vigie::ingest::guard_testing::TreeWithoutUnreadText(html)) {
    std::fprintf(stderr, "guard changed the tree\npage:    %s\nemptied: %s\n", html.c_str(),
                 rewritten.c_str());
    std::abort();
  }
  return 0;
}
