// Figures as news write them, in French and English: digits with their
// group separators ("10.000", "4 000" with any space, "10,000"), decimals
// with a scale ("1,5 million"), number words ("vingt-deux", "six millions",
// "two hundred"), collective nouns ("une dizaine", "des dizaines de
// milliers", "dozens"), ranges ("entre 200 et 300", "20-30") and the
// qualifiers that make a figure approximate ("au moins", "more than").
// The conventions (collectives, ranges) are in numbers.cc.
#ifndef VIGIE_ANALYSE_NUMBERS_H_
#define VIGIE_ANALYSE_NUMBERS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "analyse/claim_lexicon.h"

namespace vigie::analyse {

// The value of one token of digits, folded for matching (every space is
// ' '): "27", "10.000", "10,000", "300 000", "1,5", "4.8", "1,234.5".
// nullopt for anything else ("1er", "48h", "20-30", "2.5.6", "").
// A single '.' or ',' followed by exactly three digits groups thousands
// ("1,500" is 1500); otherwise it is a decimal point. Pure function.
std::optional<double> ParseDigits(std::string_view token);

// How many ASCII digits open `token`: 1 for "6e", 3 for "104e", 0 for
// "e6". Callers read what follows as the suffix they accept ("er", "st").
size_t LeadingDigits(std::string_view token);

// "20-30" or "20–30" folded ("20-30"): both ends; nullopt otherwise.
std::optional<std::pair<double, double>> ParseDigitRange(std::string_view token);

// A figure in a document: tokens [begin, end) hold its qualifiers, the
// number and its collective or scale words.
struct Quantity {
  size_t begin = 0, end = 0;
  size_t number_begin = 0;  // first token of the number itself
  int64_t value = 0;
  bool approximate = false;
  // "un"/"une" alone: the number one only if a person or casualty noun
  // follows ("un mort"), else an article.
  bool weak = false;
  // A four-digit integer from 1900 to 2100 without separators: a year
  // unless a casualty noun follows.
  bool year_like = false;
};

// The figure that starts at token `i` (with its qualifier, if any) and ends
// before token `limit`, or nullopt. REQUIRES: the paragraph of `i` is
// marked in `marks`; limit <= marks.size(). No allocation.
std::optional<Quantity> ParseQuantity(const ClaimMarks& marks, size_t i, size_t limit);

}  // namespace vigie::analyse

#endif  // VIGIE_ANALYSE_NUMBERS_H_
