// JSON-LD (schema.org) in <script type="application/ld+json">: what an
// article's structured data says about it.
#ifndef VIGIE_CLEAN_HTML_JSONLD_H_
#define VIGIE_CLEAN_HTML_JSONLD_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::clean {

struct JsonLdFacts {
  std::optional<std::string> headline, description, date_published, date_modified;
  std::optional<std::string> publisher, site_name, url, language;
  std::vector<std::string> authors;        // names of Person authors (or untyped)
  std::vector<std::string> organisations;  // names of Organization nodes (never authors)
  std::vector<std::string> keywords;
  // The article's full text as the structured data gives it (articleBody),
  // line breaks kept; may hold HTML markup.
  std::optional<std::string> article_body;
};

// Adds what `json` (the text of one script element) says to `*facts`.
// Invalid JSON is ignored. Article nodes are NewsArticle, Article,
// BlogPosting, ReportageNewsArticle and the other *Article types, found at
// the top level, in arrays and in @graph; author references by @id are
// followed. Nesting deeper than 32 levels is not looked into.
void ReadJsonLd(std::string_view json, JsonLdFacts* facts);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_HTML_JSONLD_H_
