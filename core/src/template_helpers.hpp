// The Swedish formatting helpers that templates call as Mustache sections:
// {{#sv_date_long}}{{meeting.date}}{{/sv_date_long}} → "9 februari 2021". docs/template-packages.md
// lists them all.
#pragma once

#include <kainjow/mustache.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "kansli/theme.hpp"

namespace kansli {

// Thrown by a helper that cannot format its value; render_template reports it with the
// template's name.
class HelperError : public std::invalid_argument {
public:
    HelperError(const std::string& helper, const std::string& value, const std::string& reason)
        : std::invalid_argument("the helper '" + helper + "' cannot format '" + value + "': " + reason) {}
};

// The helpers' names: data may not use them at its top level.
const std::vector<std::string>& template_helper_names();

// Adds every helper to a Mustache object (the root of the data), writing numbers and diarienummer
// as the template's theme says.
void add_template_helpers(kainjow::mustache::data& root, const Theme& theme);

}  // namespace kansli
