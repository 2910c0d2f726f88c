// The Swedish formatting helpers that templates call as Mustache sections:
// {{#sv_date_long}}{{meeting.date}}{{/sv_date_long}} → "9 februari 2021". docs/template-packages.md
// lists them all.
#pragma once

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "kansli/theme.hpp"
#include "mustache/render.hpp"

namespace kansli {

// Thrown by a helper that cannot format its value; render_template reports it with the
// template's name.
class HelperError : public std::invalid_argument {
public:
    // `shown` is the value as the message quotes it (perhaps shortened); `value` the whole of
    // it, by which render_template finds the data field it came from.
    HelperError(const std::string& helper, const std::string& shown, const std::string& reason, std::string value)
        : std::invalid_argument("the helper '" + helper + "' cannot format '" + shown + "': " + reason),
          value_(std::move(value)) {}
    const std::string& value() const noexcept { return value_; }

private:
    std::string value_;
};

// Every helper by name, writing numbers and diarienummer as the template's theme says. Data may
// not use these names at its top level.
std::map<std::string, mustache::Helper, std::less<>> template_helpers(const Theme& theme);

}  // namespace kansli
