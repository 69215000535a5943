// Provenance of a pair: which article came first (publication dates, else
// fetch dates) and whether the later one credits the earlier.
#ifndef VIGIE_REUSE_PROVENANCE_H_
#define VIGIE_REUSE_PROVENANCE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vigie/reuse.h"

namespace vigie::reuse {

// A point in time as an ISO 8601 value states it: a calendar day, and
// within it, when the value has a time, the seconds since midnight; with a
// zone (Z or +hh:mm), also the UTC instant.
struct Timestamp {
  int64_t day = 0;  // days since 1970-01-01, of the date as written
  std::optional<int64_t> seconds;  // since midnight, local time as written
  std::optional<int64_t> utc;      // seconds since the epoch, when zoned
};

// "2016-11-01", "2016-11-01T09:15", "2016-11-01T09:15:00Z",
// "2016-11-01T09:15:00.123+01:00", "2016-11-01 09:15:00"; nullopt
// otherwise (a date that does not exist included).
std::optional<Timestamp> ParseTimestamp(std::string_view iso);

// -1 when x is earlier than y, 1 when later, 0 when the values cannot tell
// (the same day and one of them has no time, or the same instant). Two
// zoned times compare as instants, two unzoned as local times; otherwise
// by day.
int CompareTimestamps(const Timestamp& x, const Timestamp& y);

// Which of a and b came first: publication dates when both have one,
// else the fetch date stands in for a missing publication date.
// `*basis` is "published", "fetched" or "" (unknown).
ReuseDirection OrderArticles(const ReuseArticle& a, const ReuseArticle& b, std::string* basis);

// True when `later` credits `earlier`: a credit of `later` names earlier's
// outlet or domain or links to its site, or the text of `later` names its
// outlet (case and accents as in the name, at word boundaries), its domain
// or its URL (any case). An outlet name shorter than three characters is
// only looked for in credits.
bool CreditsEarlier(const ReuseArticle& later, std::string_view later_text,
                    const ReuseArticle& earlier);

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_PROVENANCE_H_
