#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "compiled_package.hpp"
#include "data_value.hpp"
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
// or a pathological pattern cannot crash or hang the check. The time is limited per match and
// for the whole check: a pattern that backtracks, given to 10 000 values, would otherwise take
// 10 000 times the limit of one.
class PatternCache {
public:
    // true/false, or nullopt when the match gave up (too much work, or the check's time is spent).
    std::optional<bool> search(const std::string& pattern, const std::string& text) {
        auto& compiled = patterns_[pattern];
        if (!compiled) compiled = compile(pattern);
        if (!compiled) return false;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(kTotalLimit - spent_).count();
        if (left <= 0) return std::nullopt;  // ICU reads a limit of 0 as none
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString subject = icu::UnicodeString::fromUTF8(text);
        std::unique_ptr<icu::RegexMatcher> matcher(compiled->matcher(subject, status));
        if (U_FAILURE(status)) return std::nullopt;
        matcher->setTimeLimit(static_cast<int32_t>(std::min<long long>(kWorkLimit, left)), status);
        const auto start = std::chrono::steady_clock::now();
        const bool found = matcher->find(status);
        spent_ += std::chrono::steady_clock::now() - start;
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
    static constexpr int32_t kWorkLimit = 200;  // one match; ICU's unit: roughly milliseconds of matching
    static constexpr std::chrono::milliseconds kTotalLimit{1000};  // every match of one check
    std::map<std::string, std::unique_ptr<icu::RegexPattern>> patterns_;
    std::chrono::steady_clock::duration spent_{};
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

// An input description made ready for checking: every keyword read once, when the package is
// opened, instead of looked up in the JSON at every value (the lookups were most of the check).
// Self-contained: it keeps copies of what the messages quote.
struct CompiledSchema {
    bool any = true;                  // not an object: nothing is checked
    std::vector<std::string> types;   // "type", in the order the message lists them
    std::optional<json> enum_values;  // "enum"
    struct Limit {
        std::size_t value;
        std::string shown;  // as written in the description, for messages
    };
    std::optional<Limit> min_length, max_length, min_items, max_items;
    std::optional<std::string> pattern;
    std::string description;  // said instead of the pattern, which a clerk cannot read
    std::string format;
    struct Bound {
        double value;
        std::string shown;
    };
    std::optional<Bound> minimum, maximum;
    std::unique_ptr<CompiledSchema> items;
    std::vector<std::string> required;
    bool has_properties = false;
    std::map<std::string, CompiledSchema, std::less<>> properties;
    bool closed = false;  // "additionalProperties": false
};

CompiledSchema compile(const json& schema) {
    CompiledSchema out;
    if (!schema.is_object()) return out;
    out.any = false;
    if (auto type = schema.find("type"); type != schema.end()) {
        if (type->is_string())
            out.types.push_back(type->get<std::string>());
        else if (type->is_array())
            for (const auto& t : *type)
                if (t.is_string()) out.types.push_back(t.get<std::string>());
    }
    if (auto e = schema.find("enum"); e != schema.end()) out.enum_values = *e;
    const auto limit = [&](const char* key) -> std::optional<CompiledSchema::Limit> {
        const auto found = schema.find(key);
        if (found == schema.end()) return std::nullopt;
        return CompiledSchema::Limit{found->get<std::size_t>(), found->dump()};
    };
    out.min_length = limit("minLength");
    out.max_length = limit("maxLength");
    out.min_items = limit("minItems");
    out.max_items = limit("maxItems");
    if (auto p = schema.find("pattern"); p != schema.end()) out.pattern = p->get<std::string>();
    if (auto f = schema.find("format"); f != schema.end() && f->is_string()) out.format = f->get<std::string>();
    if (auto d = schema.find("description"); d != schema.end() && d->is_string())
        out.description = d->get<std::string>();
    const auto bound = [&](const char* key) -> std::optional<CompiledSchema::Bound> {
        const auto found = schema.find(key);
        if (found == schema.end()) return std::nullopt;
        return CompiledSchema::Bound{found->get<double>(), found->dump()};
    };
    out.minimum = bound("minimum");
    out.maximum = bound("maximum");
    if (auto items = schema.find("items"); items != schema.end())
        out.items = std::make_unique<CompiledSchema>(compile(*items));
    if (auto required = schema.find("required"); required != schema.end())
        for (const auto& name : *required) out.required.push_back(name.get<std::string>());
    if (auto properties = schema.find("properties"); properties != schema.end()) {
        out.has_properties = true;
        if (properties->is_object())
            for (const auto& [name, child] : properties->items()) out.properties.emplace(name, compile(child));
    }
    if (auto extra = schema.find("additionalProperties"); extra != schema.end()) out.closed = *extra == false;
    return out;
}

void check(const json& value, const CompiledSchema& schema, const PathLink* where, CheckContext& context) {
    if (schema.any) return;
    const auto problem = [&](std::string message) { context.out.push_back({pointer(where), std::move(message)}); };
    std::optional<double> numeric;
    if (value.is_number()) numeric = value.get<double>();
    if (!schema.types.empty() && std::none_of(schema.types.begin(), schema.types.end(),
                                              [&](const std::string& t) { return has_type(value, t); })) {
        std::string why;
        numeric = typed_number(value, schema.types, why);
        if (!numeric) {
            std::string expected;
            for (std::size_t i = 0; i < schema.types.size(); ++i) expected += (i ? " or " : "") + schema.types[i];
            problem("expected " + expected + ", found " + describe(value) + (why.empty() ? "" : " (" + why + ")"));
            return;
        }
    }
    if (schema.enum_values) {
        bool found = false;
        for (const auto& option : *schema.enum_values) found = found || option == value;
        if (!found) problem("must be one of " + schema.enum_values->dump() + ", found " + value.dump());
    }
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        if (schema.min_length && utf8_length(text) < schema.min_length->value) {
            if (text.empty()) {
                // One message for an empty field: its pattern or format would refuse the empty
                // text too, and say again what "must not be empty" already said.
                problem("must not be empty");
                return;
            }
            problem("is shorter than " + schema.min_length->shown + " characters");
        }
        if (schema.max_length && utf8_length(text) > schema.max_length->value)
            problem("is longer than " + schema.max_length->shown + " characters");
        if (schema.pattern) {
            const auto found = context.patterns.search(*schema.pattern, text);
            const std::string shown = utf8_length(text) > 80 ? text.substr(0, 77) + "..." : text;
            if (!found)
                problem("is too long or complex to check against the pattern " + *schema.pattern);
            else if (!*found && !schema.description.empty())
                problem("'" + shown + "' is not what this field takes: " + schema.description);
            else if (!*found)
                problem("'" + shown + "' does not match the pattern " + *schema.pattern);
        }
        if (!schema.format.empty()) {
            try {
                if (schema.format == "date") sv::format_date_iso(text);
                if (schema.format == "time") sv::format_time(text);
                if (schema.format == "dnr" && context.dnr) sv::format_dnr(text, *context.dnr);
            } catch (const std::invalid_argument& e) {
                // A diarienummer rule is a regular expression too: the field's description says
                // what it wants in words.
                if (schema.format == "dnr" && !schema.description.empty())
                    problem("'" + text + "' is not what this field takes: " + schema.description);
                else
                    problem(e.what());
            }
        }
    }
    if (numeric) {
        if (schema.minimum && *numeric < schema.minimum->value) problem("must be at least " + schema.minimum->shown);
        if (schema.maximum && *numeric > schema.maximum->value) problem("must be at most " + schema.maximum->shown);
    }
    if (value.is_array()) {
        if (schema.min_items && value.size() < schema.min_items->value)
            problem("needs at least " + schema.min_items->shown + " item(s), found " + std::to_string(value.size()));
        if (schema.max_items && value.size() > schema.max_items->value)
            problem("allows at most " + schema.max_items->shown + " item(s), found " + std::to_string(value.size()));
        if (schema.items)
            for (std::size_t i = 0; i < value.size(); ++i) {
                const PathLink item{.parent = where, .key = {}, .index = i, .is_index = true};
                check(value[i], *schema.items, &item, context);
            }
    }
    if (value.is_object()) {
        for (const auto& name : schema.required)
            if (!value.contains(name)) problem("missing required field '" + name + "'");
        for (const auto& [key, child] : value.items()) {
            const PathLink member{.parent = where, .key = key, .index = 0, .is_index = false};
            const auto described = schema.properties.find(key);
            if (described != schema.properties.end())
                check(child, described->second, &member, context);
            else if (schema.closed)
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

struct InputChecker::Impl {
    CompiledSchema schema;
};

InputChecker::InputChecker(const json& schema) : impl_(std::make_shared<const Impl>(Impl{compile(schema)})) {}

std::vector<DataProblem> InputChecker::check(const json& data, const std::optional<sv::DnrRule>& dnr) const {
    std::vector<DataProblem> problems;
    CheckContext context{problems, {}, dnr};
    kansli::check(data, impl_->schema, nullptr, context);
    return problems;
}

std::vector<DataProblem> check_data(const Data& data, const TemplatePackage& package) {
    return CompiledPackage::of(package).input->check(DataAccess::json(data), package.theme().dnr);
}

std::vector<DataProblem> check_input_schema(const json& schema) {
    std::vector<DataProblem> problems;
    check_schema_node(schema, "", problems);
    return problems;
}

}  // namespace kansli
