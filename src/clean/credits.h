// Credit lines and credit cues: where the page says its text comes from.
//
// Line rules (the whole line must be understood, segment by segment, split
// on ". " and " | "):
//   "Source : X", "Sources: X, Y", "SOURCE : <url>", "Via : X",
//   "Source : Nom (url)"                          -> kSource
//   "La source originale de cet article est X"    -> kOriginalSource
//   "Article publié initialement sur X", "Cet article a été publié
//   initialement par X", "Originally published by X", "Lire l'article
//   original sur X", "Article original en anglais : <url>", "Lu sur X",
//   "Cet article est paru dans X"                 -> kRepublished
//   "Traduit par X", "Traduction : X"             -> kTranslation
//   "AFP", "avec Reuters", "Le Figaro avec AFP", "(AFP/Reuters)"
//                                                 -> kAgencySignature
// The relation each credit gets here is the default (republished_from for
// one source, cited for a list, agency for agencies, cited for a
// translator); the text rules adjust it from the line's position and drop
// an original source that is the page's own outlet.
//
// Inline cues, inside body paragraphs that stay in the text: "(AFP)",
// "PARIS (AFP) -", "- Reuters" at the end, "avec AFP", "selon l'agence
// Anadolu", "a déclaré à l'AFP", "l'agence de presse X".
#ifndef VIGIE_CLEAN_CREDITS_H_
#define VIGIE_CLEAN_CREDITS_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "clean/rule_text.h"
#include "vigie/document.h"

namespace vigie::clean {

enum class CreditLineKind {
  kSource,
  kOriginalSource,
  kRepublished,
  kTranslation,
  kAgencySignature,
};

struct CreditItem {
  CreditLineKind kind = CreditLineKind::kSource;
  Credit credit;
};

struct CreditLine {
  std::vector<CreditItem> items;
  bool Has(CreditLineKind kind) const;
};

// nullopt unless all of `line` is credit segments (and dates), at least one.
std::optional<CreditLine> ParseCreditLine(std::string_view line);
std::optional<CreditLine> ParseCreditLine(const RuleText& line);

// The sources one item of a list under "Sources :" names: "<url>",
// "Le Monde, 12 mars 2017", "Rapport de l'ONU (https://...)"; relation
// cited (agency for agencies). Empty when the item is prose.
std::vector<Credit> ParseSourceListItem(std::string_view item);

// Appends the agencies that `text` (a body paragraph) credits inline.
// `normalized`: `text` is already NormalizeRuleText's output.
void FindInlineAgencies(std::string_view text, std::vector<Credit>* out, bool normalized = false);

// When `text` is a paragraph whose last sentence is a source line ("...
// fin de l'article. Source : http://x.org/a"), the byte offset where that
// line starts; npos otherwise. Plain-text readers join the lines of a
// paragraph, so a Source line typed under the last paragraph arrives here.
size_t TrailingCreditStart(std::string_view text);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_CREDITS_H_
