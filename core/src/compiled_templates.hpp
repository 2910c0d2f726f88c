// A package's templates parsed once, when the package is opened, and rendered as often as
// there are data files.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "kansli/template_package.hpp"
#include "mustache/template.hpp"

namespace kansli {

struct CompiledTemplates {
    mustache::Template main;
    std::map<std::string, mustache::Template, std::less<>> partials;  // by name, as partials() has them
};

}  // namespace kansli
