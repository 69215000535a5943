// Checks one emitted JSON line against the document contract (doc/schema.md):
// every key present with its type, enumerations, ISO dates, and every span's
// start/end as code-point offsets with text[start:end] equal to its text.
#ifndef VIGIE_TESTS_CONTRACT_VALIDATOR_H_
#define VIGIE_TESTS_CONTRACT_VALIDATOR_H_

#include <string>
#include <string_view>
#include <vector>

namespace vigie::testing {

// The contract violations of `json_line`; empty when it conforms.
std::vector<std::string> ContractViolations(std::string_view json_line);

}  // namespace vigie::testing

#endif  // VIGIE_TESTS_CONTRACT_VALIDATOR_H_
