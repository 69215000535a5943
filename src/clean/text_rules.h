// Rules over the blocks of an article's text, for every format: credits
// ("Source: <url>", "(AFP)", "Traduit par X"...), by-lines ("Par X"), date and
// dateline lines, the outlet named by copyright lines and disclaimers, tag
// lines, and boilerplate (print/share links, reproduction notices,
// disclaimers, author bios, contact lines), which moves to Page::removed.
#ifndef VIGIE_CLEAN_TEXT_RULES_H_
#define VIGIE_CLEAN_TEXT_RULES_H_

#include <optional>
#include <string>
#include <vector>

#include "ingest/page.h"
#include "vigie/document.h"

namespace vigie::clean {

// What the text says about the article.
struct TextFindings {
  std::optional<std::string> title;      // a heading or first line taken as title
  std::vector<std::string> authors;      // from by-lines
  std::optional<std::string> published;  // ISO 8601, from a date or dateline line
  std::optional<std::string> outlet;     // from datelines, copyright, disclaimers
  std::vector<std::string> tags;         // from tag lines
  std::vector<Credit> credits;
};

// Applies the rules to `page` in place: blocks that are boilerplate or pure
// metadata (by-line, date line, tag line, Source line...) move to
// page->removed, in order; credit lines that end a pasted article are kept
// out of the text too, but every article body around them stays. `format` is
// the body's format (text, markdown or html): title detection applies to
// text and Markdown only.
TextFindings ApplyTextRules(Format format, ingest::Page* page);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_TEXT_RULES_H_
