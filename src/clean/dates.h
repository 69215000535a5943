// Dates as news pages write them, in French and English, to ISO 8601.
#ifndef VIGIE_CLEAN_DATES_H_
#define VIGIE_CLEAN_DATES_H_

#include <cstddef>
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
//
// Details (see dates.cc for the reasons):
// - The first plausible date, left to right, wins.
// - A time of day written in words ("à 10h30", "10:30 am") is dropped: only
//   an ISO date followed by "T" or a space and hh:mm[:ss] gives a date-time.
//   Fractional seconds are dropped; a zone is kept as "Z" or "+hh:mm".
// - Numeric dates are day first ("01/11/2016"), unless the second number
//   cannot be a month ("11/21/2016" is month first).
// - Years are plausible between 1900 and 2100; two-digit years are 20yy
//   below 70, else 19yy.
// - A date inside a URL ("/2016/11/01/slug") is found like any other.
std::optional<std::string> ParseDate(std::string_view s,
                                     std::optional<int> context_year = std::nullopt);

// Like ParseDate, but `s` must be a date and nothing else (white space and
// surrounding punctuation aside): for <meta> values and JSON fields.
// Leading words such as "Publié le", "Mis à jour le", "Published:",
// "Updated on" or a weekday are allowed, and so is a trailing time of day
// ("à 10h30", "10:30 CET").
std::optional<std::string> NormalizeDate(std::string_view s);

// A date found by FindDate: its ISO form and its byte span in the input
// (`begin` inclusive, `end` exclusive; the span covers the date itself,
// without leading words or a textual time of day).
struct DateMatch {
  size_t begin = 0;
  size_t end = 0;
  std::string iso;
};

// Like ParseDate, with the span of the date in `s`.
std::optional<DateMatch> FindDate(std::string_view s,
                                  std::optional<int> context_year = std::nullopt);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_DATES_H_
