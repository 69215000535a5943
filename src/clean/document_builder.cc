#include "clean/document_builder.h"

#include <algorithm>
#include <utility>

#include "clean/dates.h"
#include "common/strings.h"

namespace vigie::clean {
namespace {

template <typename T>
std::optional<T> FirstOf(std::optional<T> a, std::optional<T> b, std::optional<T> c = {}) {
  if (a) return a;
  if (b) return b;
  return c;
}

std::optional<std::string> NonEmpty(std::optional<std::string> s) {
  if (s && Trim(*s).empty()) return std::nullopt;
  return s;
}

// Appends the strings of `from` not already in `*to` (compared without case
// and spacing differences).
void AppendUnique(const std::vector<std::string>& from, std::vector<std::string>* to) {
  for (const std::string& s : from) {
    std::string key = AsciiLower(CollapseWhitespace(s));
    if (key.empty()) continue;
    bool seen = std::any_of(to->begin(), to->end(), [&](const std::string& t) {
      return AsciiLower(CollapseWhitespace(t)) == key;
    });
    if (!seen) to->push_back(CollapseWhitespace(s));
  }
}

std::string JoinBlocks(const std::vector<ingest::Block>& blocks) {
  std::string text;
  for (const ingest::Block& b : blocks) {
    if (b.kind == ingest::BlockKind::kRule) continue;
    std::string_view t = Trim(b.text);
    if (t.empty()) continue;
    if (!text.empty()) text.append("\n\n");
    text.append(t);
  }
  return text;
}

}  // namespace

Document BuildDocument(ingest::Record record, ingest::Page page, TextFindings findings) {
  Document doc;
  doc.input = std::move(record.input);
  doc.format = record.format;
  doc.url = NonEmpty(FirstOf(std::move(record.url), std::move(page.meta.url)));
  if (doc.url) {
    std::string domain = DomainOfUrl(*doc.url);
    if (!domain.empty()) doc.domain = domain;
  }
  // The id: the container's own when it has one, else a hash of the page's
  // address and bytes, so that the same input gives the same id on every run.
  doc.id = record.id && !record.id->empty()
               ? *record.id
               : HashHex(doc.url.value_or("") + '\0' + record.body);

  doc.outlet = NonEmpty(FirstOf(std::move(record.outlet), std::move(page.meta.outlet),
                                std::move(findings.outlet)));
  if (!doc.outlet && doc.domain) doc.outlet = doc.domain;
  doc.title = NonEmpty(
      FirstOf(std::move(record.title), std::move(page.meta.title), std::move(findings.title)));
  if (doc.title) doc.title = CollapseWhitespace(*doc.title);

  if (!record.authors.empty()) {
    AppendUnique(record.authors, &doc.authors);
  } else if (!page.meta.authors.empty()) {
    AppendUnique(page.meta.authors, &doc.authors);
  } else {
    AppendUnique(findings.authors, &doc.authors);
  }

  if (record.published) {
    doc.published = NormalizeDate(*record.published);
    if (!doc.published) doc.warnings.push_back("published_not_a_date: " + *record.published);
  }
  // Markup and text candidates are normalised again here, so that whatever
  // a reader passed on, the contract gets ISO 8601 or null.
  for (std::optional<std::string>* candidate : {&page.meta.published, &findings.published}) {
    if (doc.published || !*candidate) continue;
    doc.published = NormalizeDate(**candidate);
    if (!doc.published) doc.warnings.push_back("published_not_a_date: " + **candidate);
  }
  doc.fetched = std::move(record.fetched);

  AppendUnique(page.meta.tags, &doc.tags);
  AppendUnique(findings.tags, &doc.tags);

  doc.text = JoinBlocks(page.blocks);
  doc.removed = std::move(page.removed);
  doc.credits = std::move(findings.credits);
  doc.warnings.insert(doc.warnings.begin(), record.warnings.begin(), record.warnings.end());
  doc.warnings.insert(doc.warnings.end(), page.warnings.begin(), page.warnings.end());
  doc.meta_json = std::move(record.meta_json);
  return doc;
}

}  // namespace vigie::clean
