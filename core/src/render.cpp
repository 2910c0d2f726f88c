#include "kansli/render.hpp"

#include <algorithm>

#include "compiled_package.hpp"
#include "data_blame.hpp"
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

// The JSON path of the first string in `data` that reads `text` (ignoring the spaces a helper
// trims), for naming the field a helper could not format; "" when none does.
std::string path_of_text(const nlohmann::json& data, const std::string& text) {
    return first_path_where(data, [&](const nlohmann::json& value) {
        if (!value.is_string()) return false;
        const auto& s = value.get_ref<const std::string&>();
        return s == text || trimmed(s) == text;
    });
}

// render_template, noting in `origins` where each data value was written.
std::string render_traced(const TemplatePackage& package, const Data& input, const std::string& data_name,
                          std::vector<mustache::ValueOrigin>* origins);

// Document XML is about as large as its data (the bundled examples: 0.9 to 1.4 times); a
// template whose partials or sections multiply it is stopped well before it fills memory.
std::size_t max_document_xml_bytes(const Data& data) {
    return (std::size_t{16} << 20) + 16 * DataAccess::source_bytes(data);
}

}  // namespace

std::string render_template(const TemplatePackage& package, const Data& input, const std::string& data_name) {
    return render_traced(package, input, data_name, nullptr);
}

namespace {

std::string render_traced(const TemplatePackage& package, const Data& input, const std::string& data_name,
                          std::vector<mustache::ValueOrigin>* origins) {
    const nlohmann::json& data = DataAccess::json(input);
    const std::string data_file = data_name.empty() ? package.template_file().string() : data_name;
    const CompiledPackage& compiled = CompiledPackage::of(package);
    for (const auto& entry : compiled.helpers)
        if (const std::string& helper = entry.first; data.is_object() && data.contains(helper))
            throw Error(Error::Kind::Data, {data_file, 0, 0, "/" + helper},
                        "the field name '" + helper + "' is reserved for the template helper of that name");
    const mustache::Environment environment{.partials = compiled.partials,
                                            .helpers = compiled.helpers,
                                            .recursive_partials = &compiled.recursive_partials,
                                            .max_output_bytes = max_document_xml_bytes(input)};
    static const nlohmann::json no_data = nlohmann::json::object();
    const std::string file = package.template_file().string();
    try {
        return mustache::render(compiled.main, data.is_object() ? data : no_data, environment, origins);
    } catch (const HelperError& e) {
        throw Error(Error::Kind::Data, {data_file, 0, 0, path_of_text(data, e.value())},
                    std::string(e.what()) + " (in " + file + ")");
    } catch (const mustache::PartialTooDeep& e) {
        throw Error(Error::Kind::Template, {compiled.partial_files.at(e.partial()).path.string(), 0, 0, {}},
                    "partials nest deeper than " + std::to_string(environment.max_partial_depth) +
                        " levels here: does '" + e.partial() + "' include itself with data that never ends?");
    } catch (const mustache::HelperAsVariable& e) {
        throw Error(Error::Kind::Template, {file, 0, 0, {}}, std::string("Mustache: ") + e.what());
    } catch (const mustache::OutputTooLarge& e) {
        throw Error(Error::Kind::Template, {file, 0, 0, {}},
                    std::string(e.what()) +
                        " of document XML (16 MiB and 16 bytes for each byte of the data): do partials include "
                        "each other more than once, or sections repeat inside sections over the same list?");
    }
}

// A value error traced to the data value a template wrote there is the data's; anything else
// is the template's, at the template line that wrote the XML.
Error blame(const TemplatePackage& package, const std::string& xml, const std::string& data_name,
            const std::vector<mustache::ValueOrigin>& origins, const nlohmann::json& data, const Error& error) {
    const Error in_template = locate_template_error(package, xml, error);
    const auto* value_error = dynamic_cast<const DocumentValueError*>(&error);
    if (value_error == nullptr) return in_template;
    const auto path = data_path_at_fault(xml, origins, *value_error, data);
    if (!path) return in_template;
    const SourceLocation& written = in_template.where();
    return Error(Error::Kind::Data, {data_name, 0, 0, *path},
                 error.message() + " (written by " + written.file +
                     (written.line > 0 ? ":" + std::to_string(written.line) : std::string()) + ")");
}

}  // namespace

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
    std::vector<mustache::ValueOrigin> origins;
    const std::string xml = render_traced(package, data, data_name, &origins);
    try {
        XmlSource source(package.template_file().string(), package.directory(), package.theme().numbers,
                         package.theme().labels);
        source.inherited_resource_dirs = CompiledPackage::of(package).parent_directories;
        return read_document_xml(xml, source);
    } catch (const Error& e) {
        throw blame(package, xml, data_name.empty() ? package.template_file().string() : data_name, origins,
                    DataAccess::json(data), e);
    }
}

}  // namespace kansli
