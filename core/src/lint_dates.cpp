// Dates outside the meeting's year: a memo dated a year off is usually a typing slip. The
// package's manifest names the meeting's date (lint.meeting_date); every data field the input
// description gives "format": "date" is compared with its year, and so are the document's own
// dates (metadata, signature lines) that no data field already accounts for. Fields the manifest
// lists in lint.any_year (papers from earlier meetings) are passed over, with all they contain.
#include <algorithm>
#include <set>

#include "json_path.hpp"
#include "lint_checks.hpp"

namespace kansli::lint_checks {

namespace {

using nlohmann::json;

struct DateValue {
    std::string path;
    std::string value;
};

// Follows the input description down the data, collecting the values it calls dates; the
// fields named in `skipped` and all below them are left out.
void collect_dates(const json& value, const json& schema, const std::string& path,
                   const std::vector<std::string>& skipped, std::vector<DateValue>& out) {
    if (!schema.is_object()) return;
    if (value.is_string() && schema.value("format", "") == "date") out.push_back({path, value.get<std::string>()});
    if (value.is_object()) {
        const auto properties = schema.find("properties");
        if (properties == schema.end() || !properties->is_object()) return;
        for (const auto& [key, child] : value.items()) {
            if (std::find(skipped.begin(), skipped.end(), key) != skipped.end()) continue;
            if (const auto sub = properties->find(key); sub != properties->end())
                collect_dates(child, *sub, json_path_append(path, key), skipped, out);
        }
    } else if (value.is_array()) {
        const auto items = schema.find("items");
        if (items == schema.end()) return;
        for (std::size_t i = 0; i < value.size(); ++i)
            collect_dates(value[i], *items, json_path_append(path, i), skipped, out);
    }
}

std::string year_of(const std::string& iso_date) { return iso_date.size() >= 4 ? iso_date.substr(0, 4) : ""; }

}  // namespace

void dates(const Document& document, const json& data, const json& input_schema, const LintRules& rules,
           std::vector<LintWarning>& out) {
    if (rules.meeting_date.empty()) return;
    const json::json_pointer pointer(rules.meeting_date);
    if (!data.contains(pointer) || !data.at(pointer).is_string()) return;
    const std::string meeting = data.at(pointer).get<std::string>();
    const std::string year = year_of(meeting);
    const std::string because = "the meeting's year " + year + " (" + rules.meeting_date + " is " + meeting + ")";

    std::vector<DateValue> found;
    collect_dates(data, input_schema, "", rules.any_year, found);
    std::set<std::string> from_data;
    for (const auto& date : found) {
        from_data.insert(date.value);
        if (year_of(date.value) != year)
            out.push_back({"date", date.path.empty() ? "/" : date.path, date.value + " is outside " + because});
    }
    const auto document_date = [&](const std::string& value, const std::string& where) {
        if (!value.empty() && !from_data.count(value) && year_of(value) != year)
            out.push_back({"date", where, value + " is outside " + because});
    };
    document_date(document.meta.date, "the document's date (metadata)");
    walk(document,
         [&](const Block& block) {
             if (const auto* signatures = std::get_if<Signatures>(&block.value))
                 document_date(signatures->date, "the date of the signatures (document XML line " +
                                                     std::to_string(block.source_line) + ")");
         },
         {});
}

}  // namespace kansli::lint_checks
