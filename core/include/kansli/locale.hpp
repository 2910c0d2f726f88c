// Swedish formatting, after Myndigheternas skrivregler and Språkrådet, built on ICU.
// Numbers: non-breaking space between thousands groups, decimal comma, real minus sign (U+2212).
// Where ICU/CLDR and the Swedish writing rules differ, the rules win (docs/locale.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli::sv {

// A decimal number as data gives it: "-27660", "57.7", "1e3" is not accepted. Throws
// std::invalid_argument with a readable message when the text is not a number.
struct Decimal {
    std::string literal;  // normalised: "-27660", "57.7"
    int decimals = 0;     // digits after the point in the literal
};
Decimal parse_decimal(std::string_view text);

// "−27 660", "57,7"; `precision` fixes the decimals shown (rounding half away from zero).
std::string format_number(std::string_view number, std::optional<int> precision = std::nullopt);
// "8,0 %" (a non-breaking space before the sign). The value is already in percent: 8.0 → "8,0 %".
std::string format_percent(std::string_view number, std::optional<int> precision = std::nullopt);
// "231 tkr", "57,7 mnkr", "8 470 kr": number, non-breaking space, unit.
std::string format_amount(std::string_view number, std::string_view unit, std::optional<int> precision = std::nullopt);

// ISO date "2023-09-19" checked and returned as is; throws std::invalid_argument otherwise.
std::string format_date_iso(std::string_view iso_date);
// "19 september 2023"
std::string format_date_long(std::string_view iso_date);
// "tisdag 19 september 2023"
std::string format_date_full(std::string_view iso_date);
// "tisdag"
std::string weekday(std::string_view iso_date);
// "18.00" from "18:00" or "18.00" (the writing rules use a period; ICU uses a colon).
std::string format_time(std::string_view time);

// Swedish collation (å, ä, ö after z; v and w distinct): true when a sorts before b.
bool collate_less(std::string_view a, std::string_view b);

}  // namespace kansli::sv

#pragma GCC visibility pop
