// Diarienummer: each municipality writes them its own way ("SN 2020:42", "SN/2023:00130",
// "SOCN/2020:38 - 759"), so the theme gives a pattern with named groups and a format, and a dnr
// is read with one and written with the other.
#include <unicode/regex.h>

#include <memory>
#include <stdexcept>
#include <vector>

#include "icu_text.hpp"
#include "kansli/locale.hpp"

namespace kansli::sv {

namespace {

// A piece of the format: literal text, or a group with an optional zero-padded width.
struct FormatPiece {
    std::string text;
    bool is_group = false;
    int width = 0;
};

std::vector<FormatPiece> parse_format(const std::string& format) {
    std::vector<FormatPiece> pieces;
    std::size_t i = 0;
    while (i < format.size()) {
        const auto open = format.find('{', i);
        if (open == std::string::npos) {
            pieces.push_back({format.substr(i)});
            break;
        }
        if (open > i) pieces.push_back({format.substr(i, open - i)});
        const auto close = format.find('}', open);
        if (close == std::string::npos)
            throw std::invalid_argument("the dnr format '" + format + "' has a '{' without '}'");
        std::string name = format.substr(open + 1, close - open - 1);
        int width = 0;
        if (const auto colon = name.find(':'); colon != std::string::npos) {
            const std::string digits = name.substr(colon + 1);
            if (!detail::all_digits(digits) || digits.size() > 2)
                throw std::invalid_argument("the dnr format '" + format + "': '{" + name +
                                            "}' needs a width of digits, like {number:5}");
            width = std::stoi(digits);
            name.resize(colon);
        }
        if (name.empty()) throw std::invalid_argument("the dnr format '" + format + "' has an empty '{}'");
        pieces.push_back({name, true, width});
        i = close + 1;
    }
    return pieces;
}

std::unique_ptr<icu::RegexPattern> compile(const std::string& pattern) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where{};
    std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(detail::from_utf8(pattern), where, status));
    if (U_FAILURE(status) || !compiled)
        throw std::invalid_argument("the dnr pattern '" + pattern + "' is not a valid regular expression (" +
                                    u_errorName(status) + " at offset " + std::to_string(where.offset) + ")");
    return compiled;
}

int group_number(const icu::RegexPattern& compiled, const FormatPiece& piece, const DnrRule& rule) {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t number = compiled.groupNumberFromName(detail::from_utf8(piece.text), status);
    if (U_FAILURE(status))
        throw std::invalid_argument("the dnr format '" + rule.format + "' names '" + piece.text +
                                    "', which the pattern has no group (?<" + piece.text + ">…) for");
    return number;
}

}  // namespace

void check_dnr_rule(const DnrRule& rule) {
    const auto compiled = compile(rule.pattern);
    for (const auto& piece : parse_format(rule.format))
        if (piece.is_group) group_number(*compiled, piece, rule);
}

std::string format_dnr(std::string_view dnr, const DnrRule& rule) {
    const auto compiled = compile(rule.pattern);
    const auto pieces = parse_format(rule.format);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString subject = detail::from_utf8(dnr);
    std::unique_ptr<icu::RegexMatcher> matcher(compiled->matcher(subject, status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU regex matcher unavailable");
    matcher->setTimeLimit(1000, status);  // a pathological theme pattern must not hang a render
    const bool whole = matcher->matches(status);
    if (U_FAILURE(status) || !whole)
        throw std::invalid_argument("'" + std::string(dnr) +
                                    "' is not a diarienummer of the form the template expects (" + rule.pattern + ")");
    std::string out;
    for (const auto& piece : pieces) {
        if (!piece.is_group) {
            out += piece.text;
            continue;
        }
        std::string value = detail::to_utf8(matcher->group(group_number(*compiled, piece, rule), status));
        if (static_cast<int>(value.size()) < piece.width && detail::all_digits(value))
            value.insert(0, static_cast<std::size_t>(piece.width) - value.size(), '0');
        out += value;
    }
    return out;
}

}  // namespace kansli::sv
