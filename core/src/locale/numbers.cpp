// Numbers, percent and money, Swedish style. ICU does the digits and grouping; the sign is
// written here, because the theme chooses the minus and a rounded zero must carry none.
#include <unicode/numberformatter.h>

#include <array>
#include <stdexcept>

#include "icu_text.hpp"
#include "kansli/locale.hpp"

namespace kansli::sv {

namespace {

using detail::is_digit;
using detail::kNoBreakSpace;

// Separators people put between thousands groups: space, no-break space, narrow no-break space,
// thin space.
std::size_t group_separator_length(std::string_view s, std::size_t at) {
    if (s.compare(at, 1, " ") == 0) return 1;
    if (s.compare(at, 2, "\xC2\xA0") == 0) return 2;
    if (s.compare(at, 3, "\xE2\x80\xAF") == 0 || s.compare(at, 3, "\xE2\x80\x89") == 0) return 3;
    return 0;
}

struct ParsedNumber {
    Decimal decimal;
    bool grouped = false;      // had thousands separators
    char decimal_mark = '\0';  // '.', ',' or none
    std::size_t integer_digits = 0;
};

ParsedNumber parse(std::string_view text) {
    const std::string shown(text);
    const auto bad = [&](const std::string& why) {
        return std::invalid_argument("'" + shown + "' is not a number" + (why.empty() ? "" : ": " + why));
    };
    ParsedNumber out;
    std::size_t i = 0;
    if (text.compare(0, 3, detail::kMinusSign) == 0) {
        out.decimal.literal += '-';
        i = 3;
    } else if (text.compare(0, 3, detail::kEnDash) == 0) {
        throw bad("an en dash is not a minus sign (write - or \xE2\x88\x92)");
    } else if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        if (text[0] == '-') out.decimal.literal += '-';
        i = 1;
    }
    std::size_t group = 0;  // digits in the current group
    bool first_group = true;
    while (i < text.size()) {
        if (is_digit(text[i])) {
            out.decimal.literal += text[i++];
            ++group;
            ++out.integer_digits;
            continue;
        }
        const std::size_t separator = group_separator_length(text, i);
        // A space not followed by a digit ends the number ("12 tkr"): the rest is not a number.
        if (separator == 0 || i + separator >= text.size() || !is_digit(text[i + separator])) break;
        if (group == 0 || (first_group && group > 3) || (!first_group && group != 3))
            throw bad("thousands are grouped by three digits");
        out.grouped = true;
        first_group = false;
        group = 0;
        i += separator;
    }
    if (out.integer_digits == 0) throw bad("");
    if (out.grouped && group != 3) throw bad("thousands are grouped by three digits");
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        out.decimal_mark = text[i];
        out.decimal.literal += '.';
        ++i;
        while (i < text.size() && is_digit(text[i])) {
            out.decimal.literal += text[i++];
            ++out.decimal.decimals;
        }
        if (out.decimal.decimals == 0) throw bad("no digits after the decimal mark");
        if (i < text.size() && (text[i] == '.' || text[i] == ','))
            throw bad("it has both a period and a comma; write a decimal comma and no thousands separator");
    }
    if (i != text.size()) throw bad("");
    return out;
}

// A decimal literal multiplied by 10^places (places may be negative), exactly.
std::string shift_decimal(const std::string& literal, int places) {
    const bool negative = !literal.empty() && literal[0] == '-';
    std::string digits = literal.substr(negative ? 1 : 0);
    const auto point = digits.find('.');
    int integer_length = static_cast<int>(point == std::string::npos ? digits.size() : point);
    if (point != std::string::npos) digits.erase(point, 1);
    integer_length += places;
    if (integer_length <= 0) {
        digits.insert(0, static_cast<std::size_t>(1 - integer_length), '0');
        integer_length = 1;
    }
    if (static_cast<int>(digits.size()) < integer_length)
        digits.append(static_cast<std::size_t>(integer_length) - digits.size(), '0');
    std::string out = digits.substr(0, static_cast<std::size_t>(integer_length));
    const std::string fraction = digits.substr(static_cast<std::size_t>(integer_length));
    out.erase(0, std::min(out.find_first_not_of('0'), out.size() - 1));
    if (!fraction.empty()) out += "." + fraction;
    return (negative ? "-" : "") + out;
}

enum class Grouping { Always, FromFiveDigits, Never };

const icu::number::LocalizedNumberFormatter& formatter(int decimals, Grouping grouping) {
    // Building a formatter costs far more than using one; ICU's formatters are immutable and
    // thread-safe, so each combination is built once.
    static const std::array<icu::number::LocalizedNumberFormatter, 21> all = [] {
        std::array<icu::number::LocalizedNumberFormatter, 21> built;
        constexpr UNumberGroupingStrategy strategies[] = {UNUM_GROUPING_ON_ALIGNED, UNUM_GROUPING_MIN2,
                                                          UNUM_GROUPING_OFF};
        for (std::size_t g = 0; g < 3; ++g)
            for (int i = 0; i < 7; ++i)
                built[g * 7 + static_cast<std::size_t>(i)] = icu::number::NumberFormatter::withLocale(detail::swedish())
                                                                 .precision(icu::number::Precision::fixedFraction(i))
                                                                 .roundingMode(UNUM_ROUND_HALFUP)
                                                                 .grouping(strategies[g])
                                                                 .sign(UNUM_SIGN_NEVER);
        return built;
    }();
    return all[static_cast<std::size_t>(grouping) * 7 + static_cast<std::size_t>(decimals)];
}

}  // namespace

Decimal parse_decimal(std::string_view text) { return parse(text).decimal; }

Decimal parse_typed_number(std::string_view text) {
    const ParsedNumber n = parse(text);
    const bool leading_zero = n.decimal.literal[n.decimal.literal[0] == '-' ? 1 : 0] == '0';
    if (n.decimal_mark == '.' && !n.grouped && n.integer_digits <= 3 && !leading_zero && n.decimal.decimals == 3)
        throw std::invalid_argument("'" + std::string(text) +
                                    "' is ambiguous: the period may be a decimal point or a thousands separator; "
                                    "write a decimal comma (" +
                                    std::string(text).replace(text.find('.'), 1, ",") + ") or the digits alone");
    return n.decimal;
}

std::string format_number(std::string_view number, const NumberOptions& options, const NumberStyle& style) {
    const Decimal d = parse_decimal(number);
    const int decimals = options.precision.value_or(d.decimals);
    if (decimals < 0 || decimals > 6) throw std::invalid_argument("precision must be 0 to 6");
    const Grouping grouping = !options.grouping         ? Grouping::Never
                              : style.group_four_digits ? Grouping::Always
                                                        : Grouping::FromFiveDigits;
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = formatter(decimals, grouping).formatDecimal(d.literal.c_str(), status);
    if (U_FAILURE(status)) throw std::invalid_argument("'" + std::string(number) + "' cannot be formatted");
    std::string digits = detail::to_utf8(formatted.toString(status));
    const bool zero = digits.find_first_not_of("0,") == std::string::npos;
    if (zero) return digits;  // "0,0", never "−0,0" or "+0"
    if (d.literal[0] == '-') return (style.minus == NumberStyle::Minus::Unicode ? detail::kMinusSign : "-") + digits;
    return options.explicit_plus ? "+" + digits : digits;
}

std::string format_percent(std::string_view number, const NumberOptions& options, const NumberStyle& style) {
    return format_number(number, options, style) + (style.percent_space ? kNoBreakSpace : "") + "%";
}

std::string format_amount(std::string_view number, std::string_view unit, const NumberOptions& options,
                          const NumberStyle& style) {
    return format_number(number, options, style) + kNoBreakSpace + std::string(unit);
}

std::string format_amount_in_words(std::string_view number, std::string_view unit, const NumberStyle& style) {
    int scale = 0;
    if (unit == "tkr")
        scale = 3;
    else if (unit == "mnkr")
        scale = 6;
    else if (unit != "kr")
        throw std::invalid_argument("the unit '" + std::string(unit) + "' is not kr, tkr or mnkr");
    std::string kronor = shift_decimal(parse_decimal(number).literal, scale);
    const bool negative = kronor[0] == '-';
    if (negative) kronor.erase(0, 1);
    // Shown with one decimal at most, and none when it is 0: "57,7", "58".
    const auto in_units = [&](int power) {
        std::string shown = format_number(shift_decimal(kronor, -power), {.precision = 1}, style);
        if (shown.ends_with(",0")) shown.resize(shown.size() - 2);
        return shown;
    };
    const auto whole_digits = [](const std::string& literal) { return std::min(literal.find('.'), literal.size()); };
    std::string shown;
    std::string word;
    // 999 960 000 kr is 1 000,0 millions when rounded: that is "1 miljard".
    const std::string rounded_millions = format_number(shift_decimal(kronor, -6), {.precision = 1, .grouping = false});
    if (whole_digits(rounded_millions.substr(0, rounded_millions.find(','))) >= 4) {
        shown = in_units(9);
        word = std::string(kNoBreakSpace) + (shown == "1" ? "miljard" : "miljarder") + " kronor";
    } else if (whole_digits(kronor) >= 7) {
        shown = in_units(6);
        word = std::string(kNoBreakSpace) + (shown == "1" ? "miljon" : "miljoner") + " kronor";
    } else {
        shown = format_number(kronor, {.precision = 0}, style);
        word = std::string(kNoBreakSpace) + (shown == "1" ? "krona" : "kronor");
    }
    const bool zero = shown.find_first_not_of("0,") == std::string::npos;
    const std::string sign =
        negative && !zero ? (style.minus == NumberStyle::Minus::Unicode ? detail::kMinusSign : "-") : "";
    return sign + shown + word;
}

std::string format_ordinal(std::string_view number) {
    if (!detail::all_digits(number))
        throw std::invalid_argument("'" + std::string(number) + "' is not a whole number for an ordinal");
    const std::string digits(number.substr(std::min(number.find_first_not_of('0'), number.size() - 1)));
    const std::size_t n = digits.size();
    const char last = digits[n - 1];
    const bool teen = n >= 2 && digits[n - 2] == '1';
    return digits + ((last == '1' || last == '2') && !teen ? ":a" : ":e");
}

}  // namespace kansli::sv
