// The part of JSON Schema that input descriptions may use (docs/template-packages.md).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "kansli/data.hpp"
#include "kansli/locale.hpp"

namespace kansli {

// Problems with the description itself: unknown keywords, wrong keyword types, bad patterns.
std::vector<DataProblem> check_input_schema(const nlohmann::json& schema);

// An input description read once (when its package is opened) and used for every data file;
// check() gives what check_data() gives. Copies share the compiled description.
class InputChecker {
public:
    explicit InputChecker(const nlohmann::json& schema);
    std::vector<DataProblem> check(const nlohmann::json& data, const std::optional<sv::DnrRule>& dnr) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

}  // namespace kansli
