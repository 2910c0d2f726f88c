// What a package's files become when it is opened, to be used as often as there are data
// files: the templates parsed, the helpers made for its theme, the input description compiled.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "input_schema.hpp"
#include "kansli/template_package.hpp"
#include "mustache/render.hpp"
#include "mustache/template.hpp"

namespace kansli {

struct CompiledPackage {
    mustache::Template main;
    std::map<std::string, mustache::Template, std::less<>> partials;  // by name, as partials() has them
    std::set<std::string, std::less<>> recursive_partials;            // see mustache::Environment
    std::map<std::string, mustache::Helper, std::less<>> helpers;     // made for the package's theme
    std::optional<InputChecker> input;                                // the input description
    nlohmann::json theme_source;  // theme.json as JSON (merged with the parent's): what a child merges onto
};

}  // namespace kansli
