// The "sums" attribute of a table row (document-xml.md): what a sum or subtotal row adds up.
#pragma once

#include <string_view>

#include "kansli/document.hpp"

namespace kansli {

// "group", "above", "running", or row keys joined by + and - ("a + b - c"; "a b" adds both).
// Throws std::invalid_argument saying what is wrong.
SumRule parse_sum_rule(std::string_view text);

}  // namespace kansli
