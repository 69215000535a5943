// Main-text selection: which blocks of a segmented page are the article.
// See main_text.cc for the method and its parameters.
#ifndef VIGIE_CLEAN_MAIN_TEXT_H_
#define VIGIE_CLEAN_MAIN_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "clean/html_blocks.h"
#include "ingest/page.h"

namespace vigie::clean {

struct MainText {
  std::vector<ingest::Block> blocks;  // the article, in reading order
  std::vector<std::string> removed;   // boilerplate found inside the article's containers
  // The removed blocks that belong to the article's header or by-line
  // (author, date and tool lines), in order: metadata candidates.
  std::vector<std::string> header_lines;
};

// Chooses the article's container(s) in `seg` and filters their blocks.
// `title` (may be empty) is the page's title: a heading repeating it is not
// kept in the text.
MainText SelectMainText(const HtmlSegmentation& seg, std::string_view title);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_MAIN_TEXT_H_
