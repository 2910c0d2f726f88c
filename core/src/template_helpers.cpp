#include "template_helpers.hpp"

#include <functional>

#include "kansli/locale.hpp"
#include "kansli/xml_text.hpp"
#include "markdown.hpp"

namespace kansli {

namespace {

using kainjow::mustache::data;
using kainjow::mustache::lambda2;
using kainjow::mustache::renderer;

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// Data reaches templates XML-escaped; a helper unescapes what its section rendered, formats
// it, and escapes the result again.
lambda2 text_helper(const std::string& name, std::function<std::string(const std::string&)> format) {
    return [name, format = std::move(format)](const std::string& text, const renderer& render) -> std::string {
        const std::string value = trim(unescape_xml(render(text)));
        if (value.empty()) return {};  // a missing optional value stays missing
        try {
            return escape_xml(format(value));
        } catch (const std::invalid_argument& e) {
            throw HelperError(name, value, e.what(), value);
        }
    };
}

// Markdown helpers return document XML, built from escaped pieces only.
lambda2 markup_helper(std::function<std::string(const std::string&)> convert) {
    return [convert = std::move(convert)](const std::string& text, const renderer& render) -> std::string {
        const std::string value = unescape_xml(render(text));
        try {
            return convert(value);
        } catch (const std::invalid_argument& e) {
            throw HelperError("markdown", value.size() > 60 ? value.substr(0, 57) + "..." : value, e.what(), value);
        }
    };
}

}  // namespace

const std::vector<std::string>& template_helper_names() {
    static const std::vector<std::string> names = {"sv_date", "sv_date_long", "sv_date_full", "sv_weekday",
                                                   "sv_time", "sv_number",    "sv_percent",   "sv_kr",
                                                   "sv_tkr",  "sv_mnkr",      "markdown",     "markdown_inline"};
    return names;
}

void add_template_helpers(data& root) {
    root.set("sv_date", text_helper("sv_date", [](const std::string& v) { return sv::format_date_iso(v); }));
    root.set("sv_date_long", text_helper("sv_date_long", [](const std::string& v) { return sv::format_date_long(v); }));
    root.set("sv_date_full", text_helper("sv_date_full", [](const std::string& v) { return sv::format_date_full(v); }));
    root.set("sv_weekday", text_helper("sv_weekday", [](const std::string& v) { return sv::weekday(v); }));
    root.set("sv_time", text_helper("sv_time", [](const std::string& v) { return sv::format_time(v); }));
    root.set("sv_number", text_helper("sv_number", [](const std::string& v) { return sv::format_number(v); }));
    root.set("sv_percent", text_helper("sv_percent", [](const std::string& v) { return sv::format_percent(v); }));
    for (const char* unit : {"kr", "tkr", "mnkr"}) {
        const std::string u = unit;
        root.set("sv_" + u, text_helper("sv_" + u, [u](const std::string& v) { return sv::format_amount(v, u); }));
    }
    root.set("markdown", markup_helper(&markdown_to_blocks_xml));
    root.set("markdown_inline", markup_helper(&markdown_to_inlines_xml));
}

}  // namespace kansli
