// HtmlDocument: gumbo, made safe for hostile pages.
//
// Two problems with gumbo 0.10.1 on adversarial input, and the choices made:
//  1. Freeing. gumbo_destroy_output frees the tree recursively, one C stack
//     frame per level: a page nested 200,000 deep overflows the stack. We
//     never call it. Parsing goes through our own allocator, which threads
//     every block gumbo allocates on an intrusive doubly linked list (16
//     bytes a block); gumbo's own frees unlink in O(1), and destruction walks
//     the list. No recursion, no knowledge of gumbo's ownership rules, and
//     the peak memory is gumbo's own plus the headers.
//  2. Time and size. Deep nesting makes gumbo's tree construction quadratic
//     (20,000 nested <div> take 0.8 s, 200,000 over a minute), and piles of
//     unclosed formatting tags multiply nodes. HtmlGuard (html_guard.h)
//     drops, before parsing, the tags that would take the tree deeper than
//     512 levels (Blink's parser limit) or keep more than 12 formatting
//     elements open. The page is still read, its text intact, flattened
//     below level 512; a page nested 200,000 deep parses in well under a
//     second. A page changed this way is reported by guard_report().
//  3. Speed. gumbo costs about 400 instructions per byte, and half the
//     bytes of a news page are <script> and <style> bodies that nothing
//     reads; the guard empties them (JSON-LD kept), which makes the whole
//     extraction about 1.6x faster on real pages. See html_guard.cc.
//  We chose flattening over refusing the page (ResourceExhausted): a page
//  that browsers display must give its text, and its depth says nothing
//  about the article in it.
//
// The nodes' original_* string pieces point into the parsed buffer, which
// is not kept: callers use the decoded fields (text, attribute values) only.
#include "ingest/html_parser.h"

#include <cstdlib>
#include <string>
#include <utility>

#include "ingest/html_guard.h"

namespace vigie::ingest {

// Every gumbo allocation is prefixed with this header; `arena` is the list's
// sentinel.
struct HtmlDocument::AllocHeader {
  AllocHeader* prev;
  AllocHeader* next;
};
static_assert(sizeof(void*) != 8 || sizeof(HtmlDocument::AllocHeader) == 16,
              "the header must keep malloc's 16-byte alignment");

namespace {

using Header = HtmlDocument::AllocHeader;

void* TrackedAlloc(void* userdata, size_t size) {
  auto* sentinel = static_cast<Header*>(userdata);
  auto* block = static_cast<Header*>(std::malloc(sizeof(Header) + size));
  // gumbo dereferences what it allocates without checking: out of memory,
  // stopping here is the only defined behaviour left.
  if (block == nullptr) std::abort();
  block->prev = sentinel;
  block->next = sentinel->next;
  sentinel->next->prev = block;
  sentinel->next = block;
  return block + 1;
}

void TrackedFree(void*, void* ptr) {
  if (ptr == nullptr) return;
  auto* block = static_cast<Header*>(ptr) - 1;
  block->prev->next = block->next;
  block->next->prev = block->prev;
  std::free(block);
}

}  // namespace

HtmlDocument::HtmlDocument(HtmlDocument&& o) noexcept
    : arena_(std::move(o.arena_)),
      output_(std::exchange(o.output_, nullptr)),
      guard_report_(o.guard_report_) {}

HtmlDocument& HtmlDocument::operator=(HtmlDocument&& o) noexcept {
  std::swap(arena_, o.arena_);
  std::swap(output_, o.output_);
  std::swap(guard_report_, o.guard_report_);
  return *this;
}

HtmlDocument::~HtmlDocument() {
  if (!arena_) return;
  AllocHeader* sentinel = arena_.get();
  for (AllocHeader* b = sentinel->next; b != sentinel;) {
    AllocHeader* next = b->next;
    std::free(b);
    b = next;
  }
}

Result<HtmlDocument> HtmlDocument::Parse(std::string_view html) {
  if (html.size() > static_cast<size_t>(UINT32_MAX / 2)) {
    return Status::ResourceExhausted("HTML page over 2 GB");  // gumbo's offsets are 32-bit
  }
  HtmlDocument doc;
  doc.arena_ = std::make_unique<AllocHeader>();
  doc.arena_->prev = doc.arena_->next = doc.arena_.get();

  std::string rewritten;
  doc.guard_report_ = GuardHtml(html, HtmlLimits(), &rewritten);
  std::string_view input = doc.guard_report_.rewritten() ? std::string_view(rewritten) : html;

  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &TrackedAlloc;
  options.deallocator = &TrackedFree;
  options.userdata = doc.arena_.get();
  options.max_errors = 0;  // we never read the errors: do not keep them
  doc.output_ = gumbo_parse_with_options(&options, input.data(), input.size());
  if (doc.output_ == nullptr || doc.output_->root == nullptr) {
    return Status::Corruption("HTML parser failed");
  }
  return doc;
}

const GumboNode* HtmlDocument::root() const { return output_->root; }

}  // namespace vigie::ingest
