// Page: an article body read into blocks, with the metadata its markup
// states. Readers of text and Markdown produce it directly; HTML pages get it
// from clean/html_page.h after main-text extraction.
#ifndef VIGIE_INGEST_PAGE_H_
#define VIGIE_INGEST_PAGE_H_

#include <optional>
#include <string>
#include <vector>

namespace vigie::ingest {

enum class BlockKind {
  kParagraph,
  kHeading,       // level 1..6
  kListItem,
  kQuote,         // blockquote
  kPreformatted,
  kTable,         // the text of a table, one row a line
  kRule,          // horizontal rule; carries no text, separates sections
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;     // heading level, or list nesting depth
  std::string text;  // plain text, inline markup removed, white space collapsed
                     // (tables keep one row per line)
};

// Metadata stated by the page's markup (HTML <meta>, JSON-LD...). Each field
// is a candidate; the document builder decides what wins.
struct PageMetadata {
  std::optional<std::string> title, url, outlet, published, modified, language, description;
  std::vector<std::string> authors, tags;
  // The article body stated by structured data (JSON-LD articleBody), as
  // given: line breaks kept, possibly HTML. A fallback for pages whose
  // markup does not carry the text (rendered by scripts).
  std::optional<std::string> structured_body;
};

struct Page {
  std::vector<Block> blocks;          // the main text, in reading order
  std::vector<std::string> removed;   // boilerplate already taken out, in order
  PageMetadata meta;
  std::vector<std::string> warnings;
};

}  // namespace vigie::ingest

#endif  // VIGIE_INGEST_PAGE_H_
