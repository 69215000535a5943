#include "clean/dates.h"

namespace vigie::clean {

// PLACEHOLDER (being replaced in this session).
std::optional<std::string> ParseDate(std::string_view, std::optional<int>) { return std::nullopt; }
std::optional<std::string> NormalizeDate(std::string_view) { return std::nullopt; }

}  // namespace vigie::clean
