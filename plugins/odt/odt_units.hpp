// Lengths and numbers as ODF attribute values: locale-independent, fixed precision, so the
// same document always gives the same bytes.
#pragma once

#include <string>

namespace kansli::odt {

// "12.5mm", "11pt": at most three decimals, trailing zeros dropped.
std::string mm(double millimetres);
std::string pt(double points);
// The same number without a unit.
std::string decimal(double value);

}  // namespace kansli::odt
