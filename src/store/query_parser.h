// The search query language (doc/cli.md, "vigie search"), parsed into a
// tree and written back as an FTS5 MATCH expression in which every word and
// phrase is a quoted string, so that FTS5's own syntax never sees user text
// and the tokenizer "vigie" keys both sides alike.
//
//   query   := or
//   or      := and ("OR" and)*
//   and     := unary (["AND"] unary)*       adjacent terms are ANDed
//   unary   := "NOT" unary | "-" primary | primary
//   primary := "(" or ")" | [column ":"] (WORD | "PHRASE") ["*"]
//   column  := "title" | "text"
//
// AND, OR and NOT are operators only in capitals (as in FTS5); `et`, `ou`,
// `or`, `not` are words. NOT subtracts from the terms ANDed with it, so a
// group needs one term that is not negated. An unclosed quote runs to the
// end. A word that yields no key (punctuation) is dropped.
//
// A prefix term is FTS5's own prefix query over the index's keys OR, for
// the words of the store's vocabulary that start with the prefix but whose
// key does not (`munitio*`: `munitions` has the key `munit`), those keys
// as raw keys (kRawKeysMarker), which the tokenizer takes as they are.
#ifndef VIGIE_STORE_QUERY_PARSER_H_
#define VIGIE_STORE_QUERY_PARSER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "store/search_keys.h"
#include "vigie/status.h"

namespace vigie::store {

struct ParsedQuery {
  // The FTS5 MATCH expression; empty when the query holds no term.
  std::string fts;
  // The words and phrases searched (not the negated ones), for display.
  std::vector<std::string> terms;
};

// Limits that keep a hostile query cheap.
inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr int kMaxQueryDepth = 32;
inline constexpr int kMaxQueryTerms = 64;
// A prefix must have this many code points at least (`a*` would expand to
// most of the vocabulary).
inline constexpr int kMinPrefixChars = 2;

// The keys of the vocabulary's forms that start with `folded_prefix`.
using PrefixExpander = std::function<std::vector<std::string>(std::string_view folded_prefix)>;

// At most this many raw keys per prefix term.
inline constexpr int kMaxPrefixKeys = 256;

// Parses `query`. Errors (InvalidArgument) say what is wrong and where:
// an unbalanced parenthesis, an operator without its operand, a group of
// negations only, a prefix too short, a query over a limit. `keys` decides
// which words have keys; it is borrowed for the call. `expand` may be null
// (prefixes then use FTS5's prefix query alone).
Result<ParsedQuery> ParseQuery(std::string_view query, SearchKeys* keys,
                               const PrefixExpander& expand = nullptr);

}  // namespace vigie::store

#endif  // VIGIE_STORE_QUERY_PARSER_H_
