#include "json_checker.hpp"

#include <stdexcept>

#include "kansli/locale.hpp"

namespace kansli::cli {

using nlohmann::json;

void JsonChecker::fail(const std::string& path, const std::string& message) const {
    throw Error(kind_, {file_, 0, 0, path}, message);
}

const json& JsonChecker::object(const json& value, const std::string& path, const std::set<std::string>& known,
                                const std::set<std::string>& required) const {
    if (!value.is_object()) fail(path, "expected an object");
    for (const auto& [key, unused] : value.items()) {
        if (known.count(key) != 0) continue;
        std::string list;
        for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
        fail(path + "/" + key, "unknown key '" + key + "' (known here: " + list + ")");
    }
    for (const auto& key : required)
        if (!value.contains(key)) fail(path, "'" + key + "' is missing");
    return value;
}

const json& JsonChecker::array(const json& value, const std::string& path) const {
    if (!value.is_array()) fail(path, "expected an array");
    return value;
}

std::string JsonChecker::text(const json& value, const std::string& path) const {
    if (!value.is_string() || value.get<std::string>().find_first_not_of(' ') == std::string::npos)
        fail(path, "expected a non-empty string");
    return value.get<std::string>();
}

std::string JsonChecker::string(const json& value, const std::string& path) const {
    if (!value.is_string()) fail(path, "expected a string");
    return value.get<std::string>();
}

std::string JsonChecker::date(const json& value, const std::string& path) const {
    std::string iso = text(value, path);
    try {
        sv::format_date_iso(iso);
    } catch (const std::invalid_argument&) {
        fail(path, "'" + iso + "' is not a date of the form YYYY-MM-DD");
    }
    return iso;
}

std::uintmax_t JsonChecker::count(const json& value, const std::string& path) const {
    if (!value.is_number_unsigned()) fail(path, "expected a whole number");
    return value.get<std::uintmax_t>();
}

}  // namespace kansli::cli
