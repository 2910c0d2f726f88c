#include "template_helpers.hpp"

#include <functional>

#include "kansli/locale.hpp"
#include "kansli/xml_text.hpp"
#include "markdown_to_xml.hpp"
#include "text_space.hpp"

namespace kansli {

namespace {

using mustache::Helper;

// Data reaches templates XML-escaped; a helper unescapes what its section rendered, formats
// it, and escapes the result again.
Helper text_helper(const std::string& name, std::function<std::string(const std::string&)> format) {
    return [name, format = std::move(format)](const std::string& rendered) -> std::string {
        const std::string value(trimmed(unescape_xml(rendered)));
        if (value.empty()) return {};  // a missing optional value stays missing
        try {
            return escape_xml(format(value));
        } catch (const std::invalid_argument& e) {
            throw HelperError(name, value, e.what(), value);
        }
    };
}

// Markdown helpers return document XML, built from escaped pieces only.
Helper markup_helper(std::function<std::string(const std::string&)> convert) {
    return [convert = std::move(convert)](const std::string& rendered) -> std::string {
        const std::string value = unescape_xml(rendered);
        try {
            return convert(value);
        } catch (const std::invalid_argument& e) {
            throw HelperError("markdown", value.size() > 60 ? value.substr(0, 57) + "..." : value, e.what(), value);
        }
    };
}

// "57.66|1": a value and the decimals to show. Without "|", the value's own decimals.
std::pair<std::string, sv::NumberOptions> value_and_precision(const std::string& text) {
    const auto bar = text.rfind('|');
    if (bar == std::string::npos) return {text, {}};
    const std::string digits(trimmed(std::string_view(text).substr(bar + 1)));
    if (digits.size() != 1 || digits[0] < '0' || digits[0] > '6')
        throw std::invalid_argument("after '|' comes the number of decimals, 0 to 6");
    return {std::string(trimmed(std::string_view(text).substr(0, bar))), {.precision = digits[0] - '0'}};
}

// "2020/2023", "2023-09-19/2023-09-20", "09:00/15:30": the two ends of a range (ISO 8601's
// interval notation), since a Mustache section has one text.
std::pair<std::string, std::string> range_ends(const std::string& text) {
    const auto slash = text.find('/');
    if (slash == std::string::npos || text.find('/', slash + 1) != std::string::npos)
        throw std::invalid_argument("a range is written from/to, like 2020/2023");
    return {std::string(trimmed(std::string_view(text).substr(0, slash))),
            std::string(trimmed(std::string_view(text).substr(slash + 1)))};
}

}  // namespace

std::map<std::string, Helper, std::less<>> template_helpers(const Theme& theme) {
    std::map<std::string, Helper, std::less<>> helpers;
    const sv::NumberStyle style = theme.numbers;
    const auto set = [&](const std::string& name, std::function<std::string(const std::string&)> format) {
        helpers.emplace(name, text_helper(name, std::move(format)));
    };
    set("sv_date", [](const std::string& v) { return sv::format_date_iso(v); });
    set("sv_date_long", [](const std::string& v) { return sv::format_date_long(v); });
    set("sv_date_full", [](const std::string& v) { return sv::format_date_full(v); });
    set("sv_weekday", [](const std::string& v) { return sv::weekday(v); });
    set("sv_time", [](const std::string& v) { return sv::format_time(v); });
    set("sv_kl", [](const std::string& v) { return sv::format_clock(v); });
    set("sv_year", [](const std::string& v) { return sv::format_year(v); });
    set("sv_range", [](const std::string& v) {
        const auto [from, to] = range_ends(v);
        return sv::format_range(from, to);
    });
    set("sv_period", [](const std::string& v) { return sv::format_period(v); });
    set("sv_number", [style](const std::string& v) {
        const auto [value, options] = value_and_precision(v);
        return sv::format_number(value, options, style);
    });
    set("sv_signed", [style](const std::string& v) {
        auto [value, options] = value_and_precision(v);
        options.explicit_plus = true;
        return sv::format_number(value, options, style);
    });
    set("sv_percent", [style](const std::string& v) {
        const auto [value, options] = value_and_precision(v);
        return sv::format_percent(value, options, style);
    });
    for (const std::string unit : {"kr", "tkr", "mnkr"}) {
        set("sv_" + unit, [unit, style](const std::string& v) {
            const auto [value, options] = value_and_precision(v);
            return sv::format_amount(value, unit, options, style);
        });
        set("sv_" + unit + "_words",
            [unit, style](const std::string& v) { return sv::format_amount_in_words(v, unit, style); });
    }
    set("sv_ordinal", [](const std::string& v) { return sv::format_ordinal(v); });
    set("sv_dnr", [rule = theme.dnr](const std::string& v) { return rule ? sv::format_dnr(v, *rule) : v; });
    helpers.emplace("markdown", markup_helper([](const std::string& v) { return markdown_to_blocks_xml(v); }));
    helpers.emplace("markdown_inline", markup_helper([](const std::string& v) { return markdown_to_inlines_xml(v); }));
    return helpers;
}

}  // namespace kansli
