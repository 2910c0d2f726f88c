#include "kansli/render.hpp"

#include <algorithm>

#include "compiled_package.hpp"
#include "data_value.hpp"
#include "json_path.hpp"
#include "kansli/data.hpp"
#include "kansli/document_xml.hpp"
#include "kansli/error.hpp"
#include "kansli/xml_text.hpp"
#include "template_helpers.hpp"
#include "template_locator.hpp"
#include "text_space.hpp"

namespace kansli {

namespace {

// The JSON path of the first string in `value` that reads `text` (ignoring the spaces a
// helper trims), for naming the field a helper could not format; "" when none does.
std::string path_of_text(const nlohmann::json& value, const std::string& text, const std::string& path = {}) {
    if (value.is_string()) {
        const auto& s = value.get_ref<const std::string&>();
        return s == text || trimmed(s) == text ? (path.empty() ? "/" : path) : "";
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

std::string render_template(const TemplatePackage& package, const Data& input, const std::string& data_name) {
    const nlohmann::json& data = DataAccess::json(input);
    const std::string data_file = data_name.empty() ? package.template_file().string() : data_name;
    const CompiledPackage& compiled = CompiledPackage::of(package);
    for (const auto& entry : compiled.helpers)
        if (const std::string& helper = entry.first; data.is_object() && data.contains(helper))
            throw Error(Error::Kind::Data, {data_file, 0, 0, "/" + helper},
                        "the field name '" + helper + "' is reserved for the template helper of that name");
    const mustache::Environment environment{
        .partials = compiled.partials, .helpers = compiled.helpers, .recursive_partials = &compiled.recursive_partials};
    static const nlohmann::json no_data = nlohmann::json::object();
    const std::string file = package.template_file().string();
    try {
        return mustache::render(compiled.main, data.is_object() ? data : no_data, environment);
    } catch (const HelperError& e) {
        throw Error(Error::Kind::Data, {data_file, 0, 0, path_of_text(data, e.value())},
                    std::string(e.what()) + " (in " + file + ")");
    } catch (const mustache::PartialTooDeep& e) {
        throw Error(Error::Kind::Template, {compiled.partial_files.at(e.partial()).path.string(), 0, 0, {}},
                    "partials nest deeper than " + std::to_string(environment.max_partial_depth) +
                        " levels here: does '" + e.partial() + "' include itself with data that never ends?");
    } catch (const mustache::HelperAsVariable& e) {
        throw Error(Error::Kind::Template, {file, 0, 0, {}}, std::string("Mustache: ") + e.what());
    }
}

Document build_document(const TemplatePackage& package, const Data& data, const std::string& data_name) {
    const auto problems = check_data(data, package);
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
        XmlSource source(package.template_file().string(), package.directory(), package.theme().numbers,
                         package.theme().labels);
        source.inherited_resource_dirs = CompiledPackage::of(package).parent_directories;
        return read_document_xml(xml, source);
    } catch (const Error& e) {
        throw locate_template_error(package, xml, e);
    }
}

}  // namespace kansli
