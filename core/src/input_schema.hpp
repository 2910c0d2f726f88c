// The part of JSON Schema that input descriptions may use (docs/template-packages.md).
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "kansli/data.hpp"

namespace kansli {

// Problems with the description itself: unknown keywords, wrong keyword types, bad patterns.
std::vector<DataProblem> check_input_schema(const nlohmann::json& schema);

}  // namespace kansli
