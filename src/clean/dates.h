// Dates as news pages write them, in French and English, to ISO 8601.
#ifndef VIGIE_CLEAN_DATES_H_
#define VIGIE_CLEAN_DATES_H_

#include <optional>
#include <string>
#include <string_view>

namespace vigie::clean {

// A date found in `s`: "11 novembre 2016", "1er novembre 2016",
// "le 31 octobre" (year from `context_year`), "2016-11-01",
// "2016-11-01T08:30:00+01:00", "01/11/2016" (day first), "Nov. 1, 2016",
// "November 1st, 2016", "mardi 1 novembre 2016 à 10h30"... Returns
// "YYYY-MM-DD", or a full date-time "YYYY-MM-DDThh:mm[:ss][zone]" when the
// input has a time of day in ISO form. nullopt when there is no valid date.
std::optional<std::string> ParseDate(std::string_view s,
                                     std::optional<int> context_year = std::nullopt);

// Like ParseDate, but `s` must be a date and nothing else (white space and
// surrounding punctuation aside): for <meta> values and JSON fields.
std::optional<std::string> NormalizeDate(std::string_view s);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_DATES_H_
