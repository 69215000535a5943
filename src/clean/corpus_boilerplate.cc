// Corpus-level boilerplate.
//
// The idea (as in jusText's and trafilatura's deduplication, and the
// "template detection" of Bar-Yossef and Rajagopalan, 2002): a site's
// furniture is the text that comes back, word for word, on many of its
// pages, while an article's own paragraphs are written once. Per-page rules
// (boilerplate_rules.cc, main_text.cc) recognise furniture from its shape;
// this pass recognises it from its repetition, which catches what has no
// telling shape: an outlet's own disclaimer, its author bio, its newsletter
// box worded in its own way.
//
// Method. Every paragraph of Document::text is normalised (Unicode lower
// case, white space collapsed, each run of digits as "0", so that "© 2016"
// and "© 2017", or "Publié le 3 mars" and "Publié le 12 mars", are one
// paragraph) and hashed with XXH3-64 seeded by the hash of the document's
// domain (else its outlet): one 64-bit key says "this paragraph on this
// site". For each domain we count the distinct documents holding each key;
// identical documents (same text, same domain: a page crawled twice, a
// JSONL export with repeats) count once, or a page fetched ten times would
// look like ten pages sharing all their paragraphs.
//
// Threshold. A paragraph is boilerplate for a domain when it occurs in at
// least max(4, ceil(20% of that domain's distinct documents)) of them.
//  - Furniture is on most pages of a site (every page carries the footer),
//    or on a whole section's pages when a box belongs to one template
//    (opinion pages, agency wires): a section is rarely less than a fifth
//    of what a crawl holds of a site, hence 20%.
//  - Content also repeats, a little: an outlet reuses a background
//    paragraph ("Alep est divisée depuis 2012 entre...") in the articles of
//    one story, which commonly come in twos and threes (the report, the
//    update, the reaction). Four documents at least keep such a series
//    whole in a small domain, and 20% keeps it whole in a domain of 20
//    pages or more unless the crawl is about that story alone (then a
//    fifth of the pages may share it: see the limits in doc/design.md).
//  - A domain with fewer than four distinct documents is never filtered:
//    there is no telling a template from a series there.
// We had no crawl with many pages per domain among the shared data (the
// article-extraction benchmark and trafilatura's set have at most two pages
// per site), so the numbers are reasoned, not fitted; they are options of
// the class so that an evaluation can move them.
//
// Guard. When the paragraphs to remove would take more than half of a
// document's text, the document is left whole: it is then a copy or a
// version of another article of the same site (a correction, the same wire
// filed twice), which is reuse detection's business, not boilerplate.
//
// Memory. Observing keeps one 64-bit key per distinct paragraph of each
// distinct document (a vector, no text) and one 64-bit hash per distinct
// document: for a million documents of 20 paragraphs, 160 MB of keys and
// about 40 MB of document hashes (std::unordered_set) at the peak, plus up
// to as much again while the vector of keys reallocates. Freezing (at the first
// Decide) sorts the keys, keeps a counter only for keys seen in at least
// four documents, and frees the rest; deciding then holds a few thousand
// counters per site. The alternative, a hash map of counters from the
// start, costs 40 to 60 bytes per distinct paragraph instead of 8.
// Collisions: 64-bit keys over 2*10^7 paragraphs collide with probability
// about 10^-5, and a collision can only merge two counts.
#include "clean/corpus_boilerplate.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <utf8proc.h>

#include "common/strings.h"
#include "common/utf8.h"

namespace vigie::clean {
namespace {

uint64_t Hash(std::string_view s, uint64_t seed) {
  return XXH3_64bits_withSeed(s.data(), s.size(), seed);
}

bool IsAsciiDigit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

}  // namespace

// Into `out` (cleared first), so that a caller reuses one buffer. ASCII,
// nearly all of the bytes, takes a fast path: decoding every code point and
// asking utf8proc doubled the cost of the whole pass.
void NormaliseInto(std::string_view paragraph, std::string* out) {
  out->clear();
  bool pending_space = false;
  bool in_digits = false;
  size_t pos = 0;
  while (pos < paragraph.size()) {
    auto byte = static_cast<unsigned char>(paragraph[pos]);
    char32_t cp = byte;
    if (byte < 0x80) {
      ++pos;
    } else {
      cp = DecodeUtf8(paragraph, &pos);
    }
    if (byte == ' ' || (byte >= '\t' && byte <= '\r') || (byte >= 0x80 && IsUnicodeSpace(cp))) {
      pending_space = !out->empty();
      in_digits = false;
      continue;
    }
    if (pending_space) out->push_back(' ');
    pending_space = false;
    if (IsAsciiDigit(cp)) {
      if (!in_digits) out->push_back('0');
      in_digits = true;
      continue;
    }
    in_digits = false;
    if (byte < 0x80) {
      out->push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte));
    } else {
      AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), out);
    }
  }
}

std::string NormaliseParagraph(std::string_view paragraph) {
  std::string out;
  NormaliseInto(paragraph, &out);
  return out;
}

std::vector<std::string_view> SplitParagraphs(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  if (text.empty()) out.clear();
  return out;
}

std::optional<std::string_view> CorpusKey(const Document& doc) {
  if (doc.domain && !doc.domain->empty()) return std::string_view(*doc.domain);
  if (doc.outlet && !doc.outlet->empty()) return std::string_view(*doc.outlet);
  return std::nullopt;
}

CorpusBoilerplate::Domain* CorpusBoilerplate::FindOrAddDomain(std::string_view key) {
  auto [it, added] = domains_.try_emplace(std::string(key));
  if (added) it->second.seed = Hash(key, 0);
  return &it->second;
}

const CorpusBoilerplate::Domain* CorpusBoilerplate::FindDomain(std::string_view key) const {
  auto it = domains_.find(std::string(key));
  return it == domains_.end() ? nullptr : &it->second;
}

void CorpusBoilerplate::Observe(std::string_view key, std::string_view text) {
  if (frozen_ || text.empty()) return;
  Domain* domain = FindOrAddDomain(key);
  if (!seen_documents_.insert(Hash(text, domain->seed)).second) return;
  ++domain->documents;
  size_t first = occurrences_.size();
  for (std::string_view paragraph : SplitParagraphs(text)) {
    NormaliseInto(paragraph, &scratch_);
    if (!scratch_.empty()) occurrences_.push_back(Hash(scratch_, domain->seed));
  }
  // A paragraph repeated inside one document counts once for it.
  std::sort(occurrences_.begin() + static_cast<ptrdiff_t>(first), occurrences_.end());
  occurrences_.erase(
      std::unique(occurrences_.begin() + static_cast<ptrdiff_t>(first), occurrences_.end()),
      occurrences_.end());
}

void CorpusBoilerplate::Observe(const Document& doc) {
  if (std::optional<std::string_view> key = CorpusKey(doc)) Observe(*key, doc.text);
}

void CorpusBoilerplate::Freeze() {
  frozen_ = true;
  std::sort(occurrences_.begin(), occurrences_.end());
  for (size_t i = 0; i < occurrences_.size();) {
    size_t j = i;
    while (j < occurrences_.size() && occurrences_[j] == occurrences_[i]) ++j;
    if (static_cast<int64_t>(j - i) >= options_.min_documents) {
      counts_.emplace(occurrences_[i], static_cast<int64_t>(j - i));
    }
    i = j;
  }
  std::vector<uint64_t>().swap(occurrences_);
  std::unordered_set<uint64_t>().swap(seen_documents_);
}

int64_t CorpusBoilerplate::Threshold(const Domain& domain) const {
  // The epsilon keeps 0.2 * 15 (3.0000000000000004 in binary) at 3.
  auto share =
      static_cast<int64_t>(std::ceil(options_.min_share * static_cast<double>(domain.documents) - 1e-9));
  return std::max<int64_t>(options_.min_documents, share);
}

std::vector<bool> CorpusBoilerplate::Decide(std::string_view key, std::string_view text) {
  if (!frozen_) Freeze();
  const Domain* domain = FindDomain(key);
  if (domain == nullptr || domain->documents < options_.min_documents) return {};
  const int64_t threshold = Threshold(*domain);
  std::vector<std::string_view> paragraphs = SplitParagraphs(text);
  std::vector<bool> boiler(paragraphs.size(), false);
  size_t total = 0, removed = 0;
  bool any = false;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    total += paragraphs[i].size();
    NormaliseInto(paragraphs[i], &scratch_);
    if (scratch_.empty()) continue;
    auto it = counts_.find(Hash(scratch_, domain->seed));
    if (it == counts_.end() || it->second < threshold) continue;
    boiler[i] = true;
    removed += paragraphs[i].size();
    any = true;
  }
  if (!any || static_cast<double>(removed) > options_.max_removed_share * static_cast<double>(total)) {
    return {};
  }
  return boiler;
}

int CorpusBoilerplate::Apply(Document* doc) {
  std::optional<std::string_view> key = CorpusKey(*doc);
  if (!key) return 0;
  std::vector<bool> boiler = Decide(*key, doc->text);
  if (boiler.empty()) return 0;
  std::vector<std::string_view> paragraphs = SplitParagraphs(doc->text);
  std::string kept;
  kept.reserve(doc->text.size());
  int moved = 0;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (boiler[i]) {
      doc->removed.emplace_back(paragraphs[i]);
      ++moved;
      continue;
    }
    if (!kept.empty()) kept += "\n\n";
    kept += paragraphs[i];
  }
  doc->text = std::move(kept);
  doc->warnings.emplace_back(kCorpusBoilerplateWarning);
  return moved;
}

int64_t CorpusBoilerplate::DistinctDocuments(std::string_view key) const {
  const Domain* domain = FindDomain(key);
  return domain == nullptr ? 0 : domain->documents;
}

}  // namespace vigie::clean
