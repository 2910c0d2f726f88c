// What a package's files become when it is opened, to be used as often as there are data
// files: the templates parsed, the helpers made for its theme, the input description compiled.
// Kept out of the public TemplatePackage, which shows only what a program needs.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "input_schema.hpp"
#include "kansli/template_package.hpp"
#include "mustache/render.hpp"
#include "mustache/template.hpp"

namespace kansli {

// A template file's text as the file has it, so that places found in it are places in the file.
struct TemplateFile {
    std::string text;
    std::filesystem::path path;
};

struct CompiledPackage {
    static const CompiledPackage& of(const TemplatePackage& package) { return *package.compiled_; }

    TemplateFile main_file;
    mustache::Template main;
    // By name: partials/<name>.xml.mustache; a sibling's partials are "municipality/kind/name"
    // (see PackageManifest).
    std::map<std::string, TemplateFile, std::less<>> partial_files;
    std::map<std::string, mustache::Template, std::less<>> partials;  // the same names, parsed
    std::set<std::string, std::less<>> recursive_partials;            // see mustache::Environment
    std::map<std::string, mustache::Helper, std::less<>> helpers;     // made for the package's theme
    nlohmann::json input_schema;                                      // input.schema.json, as read
    std::optional<InputChecker> input;                                // the same, compiled
    // theme.json as JSON, merged onto the parent's: what a package extending this one merges onto
    nlohmann::json theme_source;
    // The folders of the packages it extends, nearest first: images not in its own folder are
    // read from the first of these that has them.
    std::vector<std::filesystem::path> parent_directories;
};

}  // namespace kansli
