// Renders a parsed Mustache template (template.hpp) straight from JSON data: no copy of the
// data, sections' text never parsed again.
//
// What templates see (docs/template-packages.md): strings XML-escaped in {{x}} and {{{x}}}
// alike; whole numbers as written, other numbers in plain decimal notation; null, false,
// missing keys and empty lists falsy; each object in a list also has _number, _first and
// _last unless it has keys of those names; a missing key is looked up in the enclosing
// objects (for a dotted name, its first part: the rest only inside what that found). Helpers
// are sections whose rendered content a function rewrites: {{#sv_date_long}}{{date}}{{/sv_date_long}}.
// Parents and blocks follow the spec's ~inheritance module: {{<name}} renders the partial
// `name` with the blocks ({{$block}}) given inside the tag in place of its own.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "template.hpp"

namespace kansli::mustache {

// Gets what its section rendered (still XML-escaped) and returns document XML.
using Helper = std::function<std::string(const std::string& rendered)>;

struct Environment {
    const std::map<std::string, Template, std::less<>>& partials;  // and parents
    const std::map<std::string, Helper, std::less<>>& helpers;     // found at the top level, after the data
    // Partials that include themselves (directly or through others): only these count towards
    // the depth, since only they can nest without end. Null: every partial counts.
    const std::set<std::string, std::less<>>* recursive_partials = nullptr;
    int max_partial_depth = 32;
    // What one render may write. Partials that include each other twice double the output at
    // every level: 152 bytes of data made 4 GB.
    std::size_t max_output_bytes = std::size_t{16} << 20;
};

// Where a data value's text landed in the output: bytes [begin, end), and the value (a node of
// the data given to render). A helper's output counts as written by the first value its
// section rendered; for a list, the range is what its items wrote. So an error found in the
// output can be traced to the data.
struct ValueOrigin {
    std::size_t begin = 0;
    std::size_t end = 0;
    const nlohmann::json* value = nullptr;
};

// The output grew past Environment::max_output_bytes.
class OutputTooLarge : public std::runtime_error {
public:
    explicit OutputTooLarge(std::size_t limit)
        : std::runtime_error("the template writes more than " + std::to_string(limit) + " bytes"), limit_(limit) {}
    std::size_t limit() const noexcept { return limit_; }

private:
    std::size_t limit_;
};

// The partials that can include themselves, directly or through others.
std::set<std::string, std::less<>> recursive_partials(const std::map<std::string, Template, std::less<>>& partials);

// A partial included deeper than Environment::max_partial_depth: one that includes itself
// with data that never ends.
class PartialTooDeep : public std::runtime_error {
public:
    explicit PartialTooDeep(std::string partial)
        : std::runtime_error("partials nest too deep"), partial_(std::move(partial)) {}
    const std::string& partial() const noexcept { return partial_; }

private:
    std::string partial_;
};

// A helper written as a variable ({{sv_date}}), which has nothing to format.
class HelperAsVariable : public std::runtime_error {
public:
    explicit HelperAsVariable(const std::string& name)
        : std::runtime_error("the helper '" + name + "' is written {{" + name + "}}; helpers are sections: {{#" + name +
                             "}}…{{/" + name + "}}") {}
};

// Exceptions thrown by helpers pass through. `origins`, when given, gets where each data value
// was written, in output order.
std::string render(const Template& tmpl, const nlohmann::json& data, const Environment& environment,
                   std::vector<ValueOrigin>* origins = nullptr);

}  // namespace kansli::mustache
