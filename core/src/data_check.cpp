#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "input_schema.hpp"
#include "json_path.hpp"
#include "kansli/data.hpp"
#include "kansli/locale.hpp"

namespace kansli {

namespace {

using nlohmann::json;

const std::set<std::string> kKeywords = {"$schema",
                                         "$id",
                                         "$comment",
                                         "title",
                                         "description",
                                         "examples",
                                         "default",
                                         "type",
                                         "properties",
                                         "required",
                                         "additionalProperties",
                                         "items",
                                         "enum",
                                         "minItems",
                                         "maxItems",
                                         "minLength",
                                         "maxLength",
                                         "pattern",
                                         "format",
                                         "minimum",
                                         "maximum"};
const std::set<std::string> kTypes = {"object", "array", "string", "number", "integer", "boolean", "null"};
const std::set<std::string> kFormats = {"date", "time", "dnr", "markdown"};

// Patterns run on ICU's regex engine: it matches code points (so [A-ZÅÄÖ] means letters, not
// bytes), backtracks on the heap instead of the call stack, and can be stopped, so a long value
// or a pathological pattern cannot crash or hang the check.
class PatternCache {
public:
    // true/false, or nullopt when the match gave up (too much work).
    std::optional<bool> search(const std::string& pattern, const std::string& text) {
        auto& compiled = patterns_[pattern];
        if (!compiled) compiled = compile(pattern);
        if (!compiled) return false;
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString subject = icu::UnicodeString::fromUTF8(text);
        std::unique_ptr<icu::RegexMatcher> matcher(compiled->matcher(subject, status));
        if (U_FAILURE(status)) return std::nullopt;
        matcher->setTimeLimit(kWorkLimit, status);
        const bool found = matcher->find(status);
        if (U_FAILURE(status)) return std::nullopt;
        return found;
    }

    static std::unique_ptr<icu::RegexPattern> compile(const std::string& pattern) {
        UErrorCode status = U_ZERO_ERROR;
        UParseError where{};
        std::unique_ptr<icu::RegexPattern> compiled(
            icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, where, status));
        return U_FAILURE(status) ? nullptr : std::move(compiled);
    }

private:
    static constexpr int32_t kWorkLimit = 200;  // ICU's unit: roughly milliseconds of matching
    std::map<std::string, std::unique_ptr<icu::RegexPattern>> patterns_;
};

bool has_type(const json& value, const std::string& type) {
    if (type == "object") return value.is_object();
    if (type == "array") return value.is_array();
    if (type == "string") return value.is_string();
    if (type == "number") return value.is_number();
    if (type == "integer") {
        if (value.is_number_integer()) return true;
        const double v = value.is_number_float() ? value.get<double>() : 0.5;
        return std::isfinite(v) && std::trunc(v) == v;
    }
    if (type == "boolean") return value.is_boolean();
    if (type == "null") return value.is_null();
    return false;
}

std::string describe(const json& value) {
    if (value.is_null()) return "null";
    if (value.is_boolean()) return "a boolean";
    if (value.is_number()) return "a number";
    if (value.is_string()) return "a string";
    if (value.is_array()) return "an array";
    return "an object";
}

std::size_t utf8_length(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

struct CheckContext {
    std::vector<DataProblem>& out;
    PatternCache patterns;
    const std::optional<sv::DnrRule>& dnr;
};

// People type numbers as text: "-27 660", "57,7". Where the description wants a number and
// not a string, such text is a number if it reads as one, and only one.
std::optional<double> typed_number(const json& value, const std::vector<std::string>& allowed, std::string& why) {
    const auto allows = [&](const char* t) { return std::find(allowed.begin(), allowed.end(), t) != allowed.end(); };
    if (!value.is_string() || allows("string") || (!allows("number") && !allows("integer"))) return std::nullopt;
    try {
        const sv::Decimal d = sv::parse_typed_number(value.get_ref<const std::string&>());
        if (!allows("number") && d.decimals > 0) {
            why = "a whole number is expected";
            return std::nullopt;
        }
        return std::stod(d.literal);
    } catch (const std::invalid_argument& e) {
        why = e.what();
        return std::nullopt;
    } catch (const std::out_of_range&) {
        why = "the number is too large";
        return std::nullopt;
    }
}

// Where a value is, as a chain of links on the stack: made into a JSON Pointer only for a
// problem (making one for every value was a third of the check).
struct PathLink {
    const PathLink* parent = nullptr;
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;
};

std::string pointer(const PathLink* link) {
    if (link == nullptr) return "";
    const std::string base = pointer(link->parent);
    return link->is_index ? json_path_append(base, link->index) : json_path_append(base, link->key);
}

bool has_any_type(const json& value, const json& type) {
    if (type.is_string()) return has_type(value, type.get_ref<const std::string&>());
    for (const auto& t : type)
        if (t.is_string() && has_type(value, t.get_ref<const std::string&>())) return true;
    return false;
}

void check(const json& value, const json& schema, const PathLink* where, CheckContext& context) {
    if (!schema.is_object()) return;
    const auto problem = [&](std::string message) { context.out.push_back({pointer(where), std::move(message)}); };
    std::optional<double> numeric;
    if (value.is_number()) numeric = value.get<double>();
    if (auto type = schema.find("type"); type != schema.end() && !has_any_type(value, *type)) {
        std::vector<std::string> allowed;
        if (type->is_string())
            allowed.push_back(type->get<std::string>());
        else
            for (const auto& t : *type) allowed.push_back(t.get<std::string>());
        std::string why;
        numeric = typed_number(value, allowed, why);
        if (!numeric) {
            std::string expected;
            for (std::size_t i = 0; i < allowed.size(); ++i) expected += (i ? " or " : "") + allowed[i];
            problem("expected " + expected + ", found " + describe(value) + (why.empty() ? "" : " (" + why + ")"));
            return;
        }
    }
    if (auto e = schema.find("enum"); e != schema.end()) {
        bool found = false;
        for (const auto& option : *e) found = found || option == value;
        if (!found) problem("must be one of " + e->dump() + ", found " + value.dump());
    }
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        if (auto n = schema.find("minLength"); n != schema.end() && utf8_length(text) < n->get<std::size_t>())
            problem(text.empty() ? "must not be empty" : "is shorter than " + n->dump() + " characters");
        if (auto n = schema.find("maxLength"); n != schema.end() && utf8_length(text) > n->get<std::size_t>())
            problem("is longer than " + n->dump() + " characters");
        if (auto p = schema.find("pattern"); p != schema.end()) {
            const auto found = context.patterns.search(p->get<std::string>(), text);
            const std::string shown = utf8_length(text) > 80 ? text.substr(0, 77) + "..." : text;
            if (!found)
                problem("is too long or complex to check against the pattern " + p->get<std::string>());
            else if (!*found)
                problem("'" + shown + "' does not match the pattern " + p->get<std::string>());
        }
        if (auto f = schema.find("format"); f != schema.end()) {
            try {
                if (*f == "date") sv::format_date_iso(text);
                if (*f == "time") sv::format_time(text);
                if (*f == "dnr" && context.dnr) sv::format_dnr(text, *context.dnr);
            } catch (const std::invalid_argument& e) {
                problem(e.what());
            }
        }
    }
    if (numeric) {
        if (auto m = schema.find("minimum"); m != schema.end() && *numeric < m->get<double>())
            problem("must be at least " + m->dump());
        if (auto m = schema.find("maximum"); m != schema.end() && *numeric > m->get<double>())
            problem("must be at most " + m->dump());
    }
    if (value.is_array()) {
        if (auto n = schema.find("minItems"); n != schema.end() && value.size() < n->get<std::size_t>())
            problem("needs at least " + n->dump() + " item(s), found " + std::to_string(value.size()));
        if (auto n = schema.find("maxItems"); n != schema.end() && value.size() > n->get<std::size_t>())
            problem("allows at most " + n->dump() + " item(s), found " + std::to_string(value.size()));
        if (auto items = schema.find("items"); items != schema.end())
            for (std::size_t i = 0; i < value.size(); ++i) {
                const PathLink item{.parent = where, .key = {}, .index = i, .is_index = true};
                check(value[i], *items, &item, context);
            }
    }
    if (value.is_object()) {
        if (auto required = schema.find("required"); required != schema.end())
            for (const auto& name : *required)
                if (!value.contains(name.get<std::string>()))
                    problem("missing required field '" + name.get<std::string>() + "'");
        const auto properties = schema.find("properties");
        const auto extra = schema.find("additionalProperties");
        const bool closed = extra != schema.end() && *extra == false;
        for (const auto& [key, child] : value.items()) {
            const PathLink member{.parent = where, .key = key, .index = 0, .is_index = false};
            const auto described = properties != schema.end() ? properties->find(key) : schema.end();
            if (properties != schema.end() && described != properties->end())
                check(child, *described, &member, context);
            else if (closed)
                context.out.push_back({pointer(&member), "unknown field '" + key + "' (not in the input description)"});
        }
    }
}

void check_schema_node(const json& schema, const std::string& path, std::vector<DataProblem>& out) {
    if (!schema.is_object()) {
        out.push_back({path, "a schema must be an object"});
        return;
    }
    for (const auto& [key, value] : schema.items()) {
        const auto at = json_path_append(path, key);
        if (!kKeywords.count(key)) {
            out.push_back({at, "unknown keyword '" + key + "' (see docs/template-packages.md for the supported ones)"});
            continue;
        }
        if (key == "type") {
            const auto ok_type = [](const json& t) { return t.is_string() && kTypes.count(t.get<std::string>()); };
            bool ok = ok_type(value) || (value.is_array() && !value.empty());
            if (value.is_array())
                for (const auto& t : value) ok = ok && ok_type(t);
            if (!ok) out.push_back({at, "type must be one of object, array, string, number, integer, boolean, null"});
        } else if (key == "properties") {
            if (!value.is_object()) {
                out.push_back({at, "must be an object"});
                continue;
            }
            for (const auto& [name, child] : value.items()) check_schema_node(child, json_path_append(at, name), out);
        } else if (key == "items") {
            check_schema_node(value, at, out);
        } else if (key == "required") {
            bool ok = value.is_array();
            if (ok)
                for (const auto& r : value) ok = ok && r.is_string();
            if (!ok) out.push_back({at, "must be an array of field names"});
        } else if (key == "additionalProperties") {
            if (!value.is_boolean()) out.push_back({at, "must be true or false"});
        } else if (key == "enum") {
            if (!value.is_array()) out.push_back({at, "must be an array"});
        } else if (key == "minItems" || key == "maxItems" || key == "minLength" || key == "maxLength") {
            if (!value.is_number_unsigned()) out.push_back({at, "must be a non-negative whole number"});
        } else if (key == "minimum" || key == "maximum") {
            if (!value.is_number()) out.push_back({at, "must be a number"});
        } else if (key == "pattern") {
            if (!value.is_string())
                out.push_back({at, "must be a string"});
            else if (!PatternCache::compile(value.get<std::string>()))
                out.push_back({at, "is not a valid regular expression"});
        } else if (key == "format") {
            if (!value.is_string() || !kFormats.count(value.get<std::string>()))
                out.push_back({at, "format must be date, time, dnr or markdown"});
        } else if ((key == "title" || key == "description") && !value.is_string()) {
            out.push_back({at, "must be a string"});
        }
    }
}

}  // namespace

std::vector<DataProblem> check_data(const json& data, const json& schema, const std::optional<sv::DnrRule>& dnr) {
    std::vector<DataProblem> problems;
    CheckContext context{problems, {}, dnr};
    check(data, schema, nullptr, context);
    return problems;
}

std::vector<DataProblem> check_input_schema(const json& schema) {
    std::vector<DataProblem> problems;
    check_schema_node(schema, "", problems);
    return problems;
}

}  // namespace kansli
