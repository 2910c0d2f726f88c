#include "kansli/render.hpp"

#include <algorithm>
#include <charconv>
#include <kainjow/mustache.hpp>

#include "json_path.hpp"
#include "kansli/data.hpp"
#include "kansli/document_xml.hpp"
#include "kansli/error.hpp"
#include "kansli/xml_text.hpp"
#include "partial_inlining.hpp"
#include "template_helpers.hpp"
#include "template_locator.hpp"

namespace kansli {

namespace {

namespace mustache = kainjow::mustache;

// kainjow's data offers set() and push_back() by copy only, so building nested data copied each
// subtree once per level above it (half the time of rendering an årsredovisning). A child is
// built whole and then moved into the place set() or push_back() made for it; the stored values
// are not const objects, so writing through the pointer is well-defined.
void set_moved(mustache::data& object, const std::string& key, mustache::data&& child) {
    object.set(key, mustache::data(false));
    *const_cast<mustache::data*>(object.get(key)) = std::move(child);
}

void push_moved(mustache::data& list, mustache::data&& item) {
    list.push_back(mustache::data(false));
    const_cast<mustache::data&>(list.list_value().back()) = std::move(item);
}

// Every string is escaped on the way in, so that neither {{x}} nor {{{x}}} can put markup
// from the data into the document.
mustache::data to_mustache(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object: {
            mustache::data out{mustache::data::type::object};
            for (const auto& [key, child] : value.items()) set_moved(out, key, to_mustache(child));
            return out;
        }
        case nlohmann::json::value_t::array: {
            mustache::data out{mustache::data::type::list};
            for (std::size_t i = 0; i < value.size(); ++i) {
                mustache::data item = to_mustache(value[i]);
                if (item.is_object()) {
                    // Position helpers for numbering and separators; data keys of the same name win.
                    if (!value[i].contains("_number")) item.set("_number", std::to_string(i + 1));
                    if (!value[i].contains("_first")) item.set("_first", mustache::data(i == 0));
                    if (!value[i].contains("_last")) item.set("_last", mustache::data(i + 1 == value.size()));
                }
                push_moved(out, std::move(item));
            }
            return out;
        }
        case nlohmann::json::value_t::string:
            return mustache::data(escape_xml(value.get_ref<const std::string&>()));
        case nlohmann::json::value_t::boolean:
            return mustache::data(value.get<bool>());
        case nlohmann::json::value_t::null:
        case nlohmann::json::value_t::discarded:
            return mustache::data(false);
        case nlohmann::json::value_t::number_float: {
            // Plain decimal notation, shortest exact form: 1e5 → "100000", 1.5e-7 → "0.00000015",
            // which the helpers and cell values read (they take no exponents).
            char buffer[400];
            const auto [end, ec] =
                std::to_chars(buffer, buffer + sizeof buffer, value.get<double>(), std::chars_format::fixed);
            return mustache::data(ec == std::errc() ? std::string(buffer, end) : value.dump());
        }
        default:
            return mustache::data(value.dump());  // whole numbers exactly as written: -27660
    }
}

// The JSON path of the first string in `value` that reads `text` (ignoring the spaces a
// helper trims), for naming the field a helper could not format; "" when none does.
std::string path_of_text(const nlohmann::json& value, const std::string& text, const std::string& path = {}) {
    if (value.is_string()) {
        const auto& s = value.get_ref<const std::string&>();
        const auto first = s.find_first_not_of(" \t\r\n");
        const bool same = s == text || (first != std::string::npos &&
                                        s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1) == text);
        return same ? (path.empty() ? "/" : path) : "";
    }
    if (value.is_object())
        for (const auto& [key, child] : value.items())
            if (auto found = path_of_text(child, text, json_path_append(path, key)); !found.empty()) return found;
    if (value.is_array())
        for (std::size_t i = 0; i < value.size(); ++i)
            if (auto found = path_of_text(value[i], text, json_path_append(path, i)); !found.empty()) return found;
    return "";
}

}  // namespace

std::string render_template(const TemplatePackage& package, const nlohmann::json& data, const std::string& data_name) {
    const std::string data_file = data_name.empty() ? package.template_file().string() : data_name;
    for (const auto& helper : template_helper_names())
        if (data.is_object() && data.contains(helper))
            throw Error(Error::Kind::Data, {data_file, 0, 0, "/" + helper},
                        "the field name '" + helper + "' is reserved for the template helper of that name");
    mustache::data root = to_mustache(data);
    if (!root.is_object()) root = mustache::data{mustache::data::type::object};
    add_template_helpers(root, package.theme());
    // Partials that include themselves stay partials (the others are written in place), and
    // nest as deep as the data does; a partial that includes itself without end is an
    // error instead of a stack overflow. The depth rises when a partial is fetched and falls at
    // the "leave" tag appended to its text, which renders as nothing. (A section lambda around
    // the partial would do the same, but kainjow parses a lambda's text again on every call:
    // that doubled the cost of every table cell of an årsredovisning.)
    int partial_depth = 0;
    constexpr const char* kLeavePartial = "__kansli_leave_partial";
    root.set(kLeavePartial, mustache::lambda([&partial_depth](const std::string&) {
                 --partial_depth;
                 return std::string();
             }));
    const InlinedTemplates templates = inline_partials(package.template_text(), package.partials());
    for (const auto& [name, text] : templates.partials) {
        const std::string wrapped = text + "{{" + kLeavePartial + "}}";
        root.set(name, mustache::partial([&partial_depth, wrapped, partial_name = name, &package]() {
                     constexpr int kMaxPartialDepth = 32;
                     if (partial_depth >= kMaxPartialDepth)
                         throw Error(Error::Kind::Template, {package.partial_file(partial_name).string(), 0, 0, {}},
                                     "partials nest deeper than " + std::to_string(kMaxPartialDepth) +
                                         " levels here: does '" + partial_name +
                                         "' include itself with data that never ends?");
                     ++partial_depth;
                     return wrapped;
                 }));
    }
    mustache::mustache tmpl(templates.main);
    tmpl.set_custom_escape([](const std::string& s) { return s; });  // already escaped
    const std::string file = package.template_file().string();
    std::string out;
    try {
        out = tmpl.render(root);
    } catch (const HelperError& e) {
        throw Error(Error::Kind::Data, {data_file, 0, 0, path_of_text(data, e.value())},
                    std::string(e.what()) + " (in " + file + ")");
    }
    if (!tmpl.is_valid()) throw Error(Error::Kind::Template, {file, 0, 0, {}}, "Mustache: " + tmpl.error_message());
    return out;
}

Document build_document(const TemplatePackage& package, const nlohmann::json& data, const std::string& data_name) {
    const auto problems = check_data(data, package.input_schema(), package.theme().dnr);
    if (!problems.empty()) {
        std::string message = "the data does not fit the template '" + package.name() + "' (" +
                              std::to_string(problems.size()) + (problems.size() == 1 ? " problem" : " problems") +
                              "):";
        for (const auto& p : problems)
            message += "\n  " + (p.json_path.empty() ? std::string("/") : p.json_path) + ": " + p.message;
        throw Error(Error::Kind::Data, {data_name, 0, 0, {}}, message);
    }
    const std::string xml = render_template(package, data, data_name);
    try {
        return read_document_xml(xml, {package.template_file().string(), package.directory(), package.theme().numbers});
    } catch (const Error& e) {
        throw locate_template_error(package, xml, e);
    }
}

}  // namespace kansli
