// `kansli fields`, `kansli schema` and `kansli new`: what a template package takes, read from
// its input description (input.schema.json, docs/template-packages.md) and its example.
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "commands.hpp"
#include "i18n.hpp"
#include "kansli/kansli.hpp"

namespace kansli::cli {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace {

json read_json(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return json();
    try {
        return json::parse(in);
    } catch (const json::exception&) {
        return json();  // opening the package already refused a malformed description
    }
}

struct Described {
    TemplatePackage package;
    json schema;
    json example;
};

Described open_package(const Options& o) {
    TemplatePackage package = TemplateSearchPath(template_dirs(o)).find(o.template_name);
    // A package that extends another describes only what it changes: its description is read
    // on top of its parents', farthest first, as the library does (in file order, for people).
    json schema = json::object();
    const auto& parents = package.parent_directories();
    for (auto parent = parents.rbegin(); parent != parents.rend(); ++parent)
        if (const json own = read_json(*parent / "input.schema.json"); own.is_object()) schema.merge_patch(own);
    if (const json own = read_json(package.directory() / "input.schema.json"); own.is_object()) schema.merge_patch(own);
    json example = read_json(package.example_file());
    return {std::move(package), std::move(schema), std::move(example)};
}

std::string type_of(const json& schema) {
    std::string type;
    if (const auto t = schema.find("type"); t != schema.end()) {
        if (t->is_string()) type = t->get<std::string>();
        for (const auto& each : t->is_array() ? *t : json::array())
            type += (type.empty() ? "" : "|") + each.get<std::string>();
    }
    if (type.empty()) type = schema.contains("enum") ? "enum" : "any";
    if (const auto f = schema.find("format"); f != schema.end() && f->is_string())
        type += " (" + f->get<std::string>() + ")";
    return type;
}

// The example's value at `pointer` (the first entry of each array), if the example has one.
const json* example_at(const json& example, const std::vector<std::string>& steps) {
    const json* at = &example;
    for (const auto& step : steps) {
        if (step == "[]") {
            if (!at->is_array() || at->empty()) return nullptr;
            at = &at->front();
        } else {
            if (!at->is_object() || !at->contains(step)) return nullptr;
            at = &(*at)[step];
        }
    }
    return at;
}

void list_fields(const json& schema, const json& example, std::vector<std::string>& steps, const std::string& name,
                 bool required, std::ostream& out) {
    if (!name.empty()) {
        out << name << "  " << type_of(schema) << ", " << (required ? tr(N_("required")) : tr(N_("optional"))) << '\n';
        if (const auto d = schema.find("description"); d != schema.end() && d->is_string())
            out << "    " << d->get<std::string>() << '\n';
        if (const auto e = schema.find("enum"); e != schema.end())
            out << "    " << tr(N_("one of:")) << ' ' << e->dump() << '\n';
        const json* sample = example_at(example, steps);
        if (sample == nullptr && schema.contains("examples") && schema["examples"].is_array() &&
            !schema["examples"].empty())
            sample = &schema["examples"].front();
        if (sample != nullptr && !sample->is_object() && !sample->is_array()) {
            std::string shown = sample->dump();
            if (shown.size() > 90) shown = shown.substr(0, 87) + "...";
            out << "    " << tr(N_("example:")) << ' ' << shown << '\n';
        }
    }
    if (const auto items = schema.find("items"); items != schema.end() && items->is_object()) {
        steps.push_back("[]");
        list_fields(*items, example, steps, name + "[]", true, out);
        steps.pop_back();
        return;
    }
    const auto properties = schema.find("properties");
    if (properties == schema.end() || !properties->is_object()) return;
    const json needed = schema.value("required", json::array());
    for (const auto& [key, child] : properties->items()) {
        bool is_required = false;
        for (const auto& r : needed) is_required = is_required || r == key;
        steps.push_back(key);
        list_fields(child, example, steps, name.empty() ? key : name + "." + key, is_required, out);
        steps.pop_back();
    }
}

// A number may be typed as people type it ("-27 660", "57,7"), which Kansli reads as a number
// (docs/template-packages.md); a standard schema allows such text where it wants a number.
constexpr const char* kTypedNumber = "^[-\u2212]?[0-9][0-9 \u00a0\u202f]*([,.][0-9]+)?$";
// A time is HH:MM (JSON Schema's "time" format wants seconds and a zone).
constexpr const char* kTime = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

// The input description as standard JSON Schema (draft 2020-12): Kansli's own formats and its
// reading of typed numbers said in keywords that any validator knows.
json standard_schema(json schema) {
    if (!schema.is_object()) return schema;
    if (const auto t = schema.find("type"); t != schema.end()) {
        json types = t->is_array() ? *t : json::array({*t});
        bool number = false, string = false;
        for (const auto& each : types) {
            number = number || each == "number" || each == "integer";
            string = string || each == "string";
        }
        if (number && !string) {
            types.push_back("string");
            schema["type"] = types;
            schema["pattern"] = kTypedNumber;  // applies to the text only
        }
    }
    if (schema.value("format", "") == "time") {
        schema.erase("format");
        schema["pattern"] = kTime;
    }
    for (const char* key : {"properties"})
        if (schema.contains(key) && schema[key].is_object())
            for (auto& [name, child] : schema[key].items()) child = standard_schema(child);
    if (schema.contains("items")) schema["items"] = standard_schema(schema["items"]);
    return schema;
}

// A value of the schema's kind with nothing in it: what `kansli new` writes for a field.
json skeleton(const json& schema) {
    if (const auto e = schema.find("enum"); e != schema.end() && e->is_array() && !e->empty()) return e->front();
    std::string type = "string";
    if (const auto t = schema.find("type"); t != schema.end())
        type = t->is_array() ? (t->empty() ? "string" : t->front().get<std::string>()) : t->get<std::string>();
    if (type == "object" || schema.contains("properties")) {
        json out = json::object();
        if (const auto p = schema.find("properties"); p != schema.end() && p->is_object())
            for (const auto& [key, child] : p->items()) out[key] = skeleton(child);
        return out;
    }
    if (type == "array") return json::array({skeleton(schema.value("items", json::object()))});
    if (type == "number" || type == "integer") return 0;
    if (type == "boolean") return false;
    if (type == "null") return nullptr;
    return "";
}

}  // namespace

int run_fields(const Options& o, std::ostream& out) {
    const Described d = open_package(o);
    std::vector<std::string> steps;
    list_fields(d.schema, d.example, steps, "", true, out);
    return 0;
}

int run_schema(const Options& o, std::ostream& out) {
    const Described d = open_package(o);
    json schema = json::object();
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    const json standard = standard_schema(d.schema);
    for (const auto& [key, value] : standard.items())
        if (key != "$schema") schema[key] = value;
    out << schema.dump(2) << '\n';
    return 0;
}

int run_new(const Options& o, std::ostream& out) {
    const Described d = open_package(o);
    out << skeleton(d.schema).dump(2) << '\n';
    return 0;
}

}  // namespace kansli::cli
