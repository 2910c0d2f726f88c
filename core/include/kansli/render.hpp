// The pipeline: data + template package → document XML → Document → bytes of a format.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "kansli/document.hpp"
#include "kansli/template_package.hpp"
#include "kansli/writer.hpp"

namespace kansli {

// Renders the package's Mustache template with the data. The result is document XML.
// Throws Error(Kind::Template) naming the template file and line for template errors.
std::string render_template(const TemplatePackage& package, const nlohmann::json& data);

// Checks the data against the package's input description, renders the template and reads
// the result. Data problems throw Error(Kind::Data) listing every problem with its JSON path;
// invalid document XML throws Error(Kind::Template) naming the template file and line.
Document build_document(const TemplatePackage& package, const nlohmann::json& data,
                        const std::string& data_name);

// Writes `bytes` to `file` whole or not at all (a temporary file in the same folder, renamed).
void write_file_atomically(const std::filesystem::path& file, const std::string& bytes);

}  // namespace kansli
