// Internal to the text rules (text_rules.cc, text_rules_decide.cc): one
// run of the rules over one page. Not thread-safe; one instance per page.
// Borrows the page, which must outlive the run.
#ifndef VIGIE_CLEAN_TEXT_RULES_RUN_H_
#define VIGIE_CLEAN_TEXT_RULES_RUN_H_

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "clean/boilerplate_rules.h"
#include "clean/credits.h"
#include "clean/meta_line.h"
#include "clean/outlet.h"
#include "clean/text_rules.h"
#include "ingest/page.h"
#include "vigie/document.h"

namespace vigie::clean::internal {

enum class Role {
  kBody,
  kEmpty,
  kMeta,
  kCredit,
  kBoiler,
  kTopic,
  kTagValue,
  kFootnote,
  kBio,
  kSignature,
  kRelatedLink,  // an item listed under "Sur le même sujet", "Lire aussi :"
};

struct BlockInfo {
  Role role = Role::kBody;
  std::optional<MetaLine> meta;
  std::optional<CreditLine> credit;
  BoilerMatch boiler;
  std::vector<std::string> tags;
  int words = 0;
  bool substantial = false;
  bool remove = false;
  std::optional<std::string> split_credit;  // a Source line cut off the block's end
  std::optional<std::string> norm;          // NormalizeRuleText(text), when computed
};

// Appends `value` (white space collapsed) to `*to` unless an equal one,
// compared folded, is there; ignores additions past a cap. `seen` holds the
// folded keys already in each list.
void AddUnique(std::string value, std::vector<std::string>* to,
               std::set<std::pair<const void*, std::string>>* seen);
// Appends `c` unless it is there; ignores additions past a cap.
void AddCredit(Credit c, std::vector<Credit>* to);

class TextRuleRun {
 public:
  TextRuleRun(Format format, ingest::Page* page) : format_(format), page_(page) {}

  TextFindings Run();

 private:
  using Block = ingest::Block;

  bool InHead(size_t i) const { return i < first_; }
  bool InTail(size_t i) const { return last_ < 0 || static_cast<long>(i) > last_; }
  std::vector<Block>& blocks() { return page_->blocks; }
  const std::vector<Block>& blocks() const { return page_->blocks; }

  // A title the reader took from a first line that is really a by-line, a
  // date or "Document sans titre" goes back to being metadata (for HTML,
  // only "Document sans titre").
  void CheckReaderTitle();

  // Each block alone, from its shape: credit, metadata, boilerplate,
  // footnote or body (and whether the body is substantial).
  void ClassifyAll();
  void Classify(size_t i);

  // Text and Markdown pages whose reader found no title: a first heading,
  // a short first line, or a first paragraph that is a title run into its
  // by-line ("Le titre Par Jean Dupont").
  void FindTitle();

  bool HasBodyAfter(size_t i) const;
  // "Le titre Par Jean Dupont 11 novembre 2016", "Le titre Jean Dupont | 1
  // novembre 2016": a reader joined the title and the metadata lines under
  // it. The longest suffix that is a metadata line with a name or a date
  // is the metadata; the rest, if it has the length of a title, is the title.
  bool SplitTitleFromByline(size_t i);

  void EraseBlock(size_t i);

  // first_ and last_: the span of substantial body paragraphs.
  void FindBodyBounds();
  static bool IsHardEndMarker(const BlockInfo& in);

  // Where the article is over even though paragraphs follow: the first
  // copyright line, notice, bio header or comment header after the body
  // and after the last Source line, when fewer substantial paragraphs
  // follow it than precede it. Markdown readers append footnote
  // definitions after the page's furniture, and comment threads follow
  // their header; both are paragraphs, neither extends the article.
  std::optional<size_t> HardEnd() const;

  // Authors named by the page so far (by-lines anywhere).
  std::vector<std::string> KnownAuthors() const;

  // Bodies after a bio header, and a closing bio paragraph, become kBio.
  void MarkBios();

  // The last body paragraph, when it presents the author.
  void MarkClosingBio();

  // Short lines under a label alone ("Mots-clés :") are tag values.
  void MarkTagValues();

  // The links listed under a related-articles header ("Sur le même sujet")
  // go with it.
  void MarkRelatedLinks();

  // Items under a "Sources :" label alone are cited sources; they stay in
  // the text, as references of the article.
  void MarkSourceLists();

  // Weak shapes at the edges: topic-word lists, a name alone under the
  // article (a signature).
  void MarkEdges();
  bool IsSignature(size_t i) const;

  // True when block i opens a pasted article: it follows a credit line
  // that ended the previous one, with no substantial paragraph between.
  // (Computed once, in one pass, into segment_head_.)
  void FindSegmentHeads();

  // True when a neighbour of block i is metadata, a credit or a heading.
  bool NextToMetadata(size_t i) const;

  // What each block becomes (removed or kept) and what it tells: one pass
  // in reading order, with the cascade of tail fragments.
  void Decide();

  // A fragment of a widget after tail boilerplate: short, unfinished, and
  // without what references carry (a year, a URL), so that footnotes the
  // Markdown reader appends at the end survive.
  bool IsCascadeFragment(size_t i) const;

  void DecideMeta(size_t i);
  // A Source line under a table or a chart caption inside the article
  // cites a source for that figure; the article goes on after it.
  bool IsFigureSource(size_t i) const;

  void DecideCredit(size_t i);
  void DecideBoiler(size_t i);
  // "(AFP)", "selon l'agence X" inside a body block, and a Source line
  // that was cut off its end.
  void FindInlineCredits(size_t i);

  // `name` is the outlet the page names for itself, its <meta> site name
  // or its domain.
  bool IsOwnOutlet(const std::string& name, const std::optional<std::string>& own) const;

  // The page's own outlet, and the original sources that are not it. A
  // copyright line that repeats a foreign original source ("La source
  // originale de cet article est X. Copyright © Auteur, X, 2016") names
  // that source, not the page, unless nothing else names the page.
  void ChooseOutletAndOriginals();

  // Moves the removed blocks, in order, to page_->removed.
  void Apply();

  Format format_;
  ingest::Page* page_;
  std::vector<BlockInfo> info_;
  std::vector<bool> segment_head_;
  size_t first_ = 0;  // first substantial body block (size() if none)
  long last_ = -1;    // last one, before any hard end (-1 if none)
  bool published_from_head_ = false;
  std::vector<OutletCandidate> outlets_;
  std::vector<Credit> originals_;  // "La source originale ... est X", judged last
  std::vector<std::string> removed_front_;
  TextFindings findings_;
  std::set<std::pair<const void*, std::string>> seen_;  // for AddUnique
};

}  // namespace vigie::clean::internal

#endif  // VIGIE_CLEAN_TEXT_RULES_RUN_H_
