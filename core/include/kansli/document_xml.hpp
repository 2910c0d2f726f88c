// Reads Kansli document XML into the document model: parse with libxml2, validate against the
// RelaxNG schema that ships in the core, then check what a grammar cannot say.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/locale.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

struct XmlSource {
    XmlSource(std::string source_name, std::filesystem::path resources = {}, sv::NumberStyle number_style = {})
        : name(std::move(source_name)), resource_dir(std::move(resources)), numbers(number_style) {}

    std::string name;                    // for messages: a file name or "template output"
    std::filesystem::path resource_dir;  // figures' src is resolved inside this folder only
    // … or, when it is not there, inside these (the packages a package extends, nearest first)
    std::vector<std::filesystem::path> inherited_resource_dirs;
    sv::NumberStyle numbers;  // how table cells with a value are written (the theme's)
};

// Throws Error(Kind::Template) with the line and a readable message.
Document read_document_xml(std::string_view xml, const XmlSource& source);

// The RelaxNG schema of the document XML, as shipped.
std::string_view document_schema();

}  // namespace kansli

#pragma GCC visibility pop
