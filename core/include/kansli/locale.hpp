/// \file
/// Swedish formatting, after Myndigheternas skrivregler and Språkrådet, built on ICU.
/// Numbers: non-breaking space between thousands groups, decimal comma, real minus sign (U+2212).
/// Where ICU/CLDR and the Swedish writing rules differ, the rules win; where municipalities differ,
/// the template's theme chooses (NumberStyle, DnrRule). docs/locale.md lists every rule.
#pragma once

#include <optional>
#include <string>
#include <string_view>

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

/// Swedish formatting: numbers, amounts, dates, times, periods, diarienummer and sorting, by
/// Myndigheternas skrivregler. The formatting functions throw `std::invalid_argument` with a readable
/// message for a value it cannot format.
namespace kansli::sv {

// ------------------------------------------------------------------ numbers

/// What a template chooses where practice differs (theme.json, "locale").
struct NumberStyle {
    /// The sign of a negative number.
    enum class Minus {
        Unicode,  ///< U+2212 MINUS SIGN, as the writing rules want
        Hyphen    ///< the hyphen-minus of a keyboard, where a municipality prints that
    };
    Minus minus = Minus::Unicode;   ///< "−27 660" (U+2212 MINUS SIGN) or "-27 660" (hyphen-minus)
    bool percent_space = true;      ///< "8,0 %" (no-break space) or "8,0%"
    bool group_four_digits = true;  ///< "1 291" or "1291"; five digits and more are always grouped
};

/// What one value asks for.
struct NumberOptions {
    std::optional<int> precision;  ///< decimals shown (0–6), rounded half away from zero; default: as given
    bool explicit_plus = false;    ///< "+57,7" for a positive value (a change, a deviation)
    bool grouping = true;          ///< false for years and identifiers: "2020", "946019"
};

/// A decimal number as data gives it. `literal` is normalised: "-27660", "57.7".
struct Decimal {
    std::string literal;  ///< `-27660`, `57.7`: an optional minus, digits, a point
    int decimals = 0;     ///< digits after the point in the literal
};

/// Machine or Swedish notation: "-27660", "57.7", "57,7", "−711", "+3", "-27 660" (groups of three
/// separated by a space, no-break space or narrow no-break space). Throws std::invalid_argument
/// with a readable message otherwise ("1e3", "12 tkr", "1 2345", "1.234,5").
Decimal parse_decimal(std::string_view text);

/// For numbers typed as text by people (data fields): as parse_decimal, but refuses what a reader
/// could take two ways: "1.234" (a period before exactly three digits may be a thousands
/// separator) and "1,234.5" / "1.234,5" (both separators).
Decimal parse_typed_number(std::string_view text);

/// "−27 660", "57,7", "+57,7". A result that rounds to zero never carries a sign ("0,0", not "−0,0").
std::string format_number(std::string_view number, const NumberOptions& options = {}, const NumberStyle& style = {});
/// "8,0 %" or "8,0%" (style). The value is already in percent: 8.0 → "8,0 %".
std::string format_percent(std::string_view number, const NumberOptions& options = {}, const NumberStyle& style = {});
/// "231 tkr", "57,7 mnkr", "8 470 kr": number, no-break space, unit.
std::string format_amount(std::string_view number, std::string_view unit, const NumberOptions& options = {},
                          const NumberStyle& style = {});
/// Money written out for running text: the value is in `unit` (kr, tkr or mnkr).
/// 57 700 tkr → "57,7 miljoner kronor"; 1 000 000 kr → "1 miljon kronor"; 2 500 000 000 kr →
/// "2,5 miljarder kronor"; below a million: whole kronor, "8 470 kronor", "1 krona".
std::string format_amount_in_words(std::string_view number, std::string_view unit, const NumberStyle& style = {});
/// Ordinal with the Swedish ending: 1:a, 2:a, 3:e, 11:e, 12:e, 21:a, 22:a, 100:e.
std::string format_ordinal(std::string_view number);

// -------------------------------------------------------------- dates, times

/// ISO date "2023-09-19" checked and returned as is; throws std::invalid_argument otherwise.
std::string format_date_iso(std::string_view iso_date);
/// The date written out: "19 september 2023".
std::string format_date_long(std::string_view iso_date);
/// The date with its weekday: "tisdag 19 september 2023".
std::string format_date_full(std::string_view iso_date);
/// The weekday of a date: "tisdag".
std::string weekday(std::string_view iso_date);
/// A year, never grouped: "2020". Throws unless it is 1 to 4 digits.
std::string format_year(std::string_view year);
/// "18.00" from "18:00" or "18.00" (the writing rules use a period; CLDR a colon). "00:00" →
/// "0.00"; "24:00" is accepted as the end of a day.
std::string format_time(std::string_view time);
/// A time of day as a clock time: "kl. 18.00".
std::string format_clock(std::string_view time);
/// A range with an en dash and nothing repeated that need not be:
/// years "2020"–"2023" → "2020–2023"; months "2023-01"–"2023-08" → "januari–augusti 2023";
/// dates → "19–20 september 2023", "30 september–2 oktober 2023", "30 december 2022–2 januari 2023";
/// times → "9.00–15.30". Throws when the ends are of different kinds or `to` is before `from`.
std::string format_range(std::string_view from, std::string_view to);
/// A reporting period from its code: "2020" → "2020", "2020-T2" → "tertial 2 2020",
/// "2020-Q3" (or K3) → "kvartal 3 2020", "2020-D2" → "delår 2 2020", "2020-H" → "helår 2020",
/// "2020-09" → "september 2020"; without a year ("T2") → "tertial 2". Lower case, as in running text.
std::string format_period(std::string_view code);

// -------------------------------------------------------------- diarienummer

/// A municipality's diarienummer: an ICU regular expression with named groups that a dnr must
/// match whole, and how to write it with those groups. Example (Botkyrka 2023), which writes
/// "SN 2023:130" as "SN/2023:00130":
///
///     pattern  (?<series>[A-ZÅÄÖ]+)[ /](?<year>[0-9]{4}):(?<number>[0-9]+)
///     format   {series}/{year}:{number:5}
struct DnrRule {
    std::string pattern;  ///< an ICU regular expression with named groups
    std::string format;   ///< the groups by name, `{number:5}` padded with zeros to five digits
};
/// Throws std::invalid_argument when the pattern does not compile or the format names a group the
/// pattern lacks.
void check_dnr_rule(const DnrRule& rule);
/// `dnr` written by the rule. Throws std::invalid_argument ("'X' is not a diarienummer of the
/// form …") when it does not match the pattern.
std::string format_dnr(std::string_view dnr, const DnrRule& rule);

// ------------------------------------------------------------------ sorting

/// Swedish collation (å, ä, ö after z; v and w distinct): true when a sorts before b.
bool collate_less(std::string_view a, std::string_view b);

}  // namespace kansli::sv

#pragma GCC visibility pop
