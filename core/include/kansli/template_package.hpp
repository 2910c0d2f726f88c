// Template packages: a folder with template.xml.mustache, partials/, theme.json,
// input.schema.json, example.json and a README — or a manifest.json naming the package it
// extends and only what it changes. Found by name on a search path, so a package that a
// municipality adds works without recompiling. See docs/template-packages.md.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kansli/theme.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

// What `kansli lint` needs to know about a package's data that the data cannot say itself.
struct LintRules {
    std::string meeting_date;  // JSON Pointer to the meeting's date ("/meeting_date"); "" = none
    // Data fields (by name, at any depth) whose dates may lie in any year: papers from earlier
    // meetings, such as a meeting packet's attachments. Their dates are not compared.
    std::vector<std::string> any_year;
};

// manifest.json (optional): the package this one extends, sibling packages whose partials
// this one includes, as {{> municipality/kind/partial}}, and the lint rules. See
// docs/template-packages.md.
struct PackageManifest {
    std::string extends;                     // "botkyrka/tjansteskrivelse"; "" when it extends none
    std::vector<std::string> partials_from;  // "katrineholm/kallelse", in the same templates folder
    LintRules lint;                          // with the parent's where this manifest sets none
};

struct CompiledPackage;  // the templates parsed, for the library's renderer

class TemplatePackage {
public:
    // Reads and checks the package in `directory`: its theme, input description and the
    // syntax of its templates. Throws Error(Kind::Template) naming the broken file. A package
    // whose manifest.json "extends" another is read on top of it; the parent is the first
    // package of that name in `search_path` other than this one (none given: the templates
    // folder this package is in).
    static TemplatePackage open(const std::filesystem::path& directory, std::string name,
                                const std::vector<std::filesystem::path>& search_path = {});

    const std::string& name() const { return name_; }  // "katrineholm/kallelse"
    const std::filesystem::path& directory() const { return directory_; }
    const std::string& title() const { return title_; }  // from input.schema.json
    const std::string& description() const { return description_; }
    const Theme& theme() const { return theme_; }
    const nlohmann::json& input_schema() const { return input_schema_; }
    std::filesystem::path example_file() const { return directory_ / "example.json"; }
    // template.xml.mustache: the package's own, or the parent's when it has none.
    const std::filesystem::path& template_file() const { return template_file_; }
    // The folders of the packages it extends, nearest first: images not in directory() are
    // read from the first of these that has them.
    const std::vector<std::filesystem::path>& parent_directories() const { return parent_directories_; }
    // The main template's text, and the partials by name (partials/<name>.xml.mustache); a
    // sibling's partials are named "municipality/kind/name" (see PackageManifest).
    const std::string& template_text() const { return template_text_; }
    const std::map<std::string, std::string>& partials() const { return partials_; }
    // The file a partial was read from, for messages.
    std::filesystem::path partial_file(const std::string& name) const;
    const PackageManifest& manifest() const { return manifest_; }
    const CompiledPackage& compiled() const { return *compiled_; }

private:
    static TemplatePackage open_extending(const std::filesystem::path& directory, std::string name,
                                          const std::vector<std::filesystem::path>& search_path,
                                          std::vector<std::filesystem::path>& chain);

    std::shared_ptr<const CompiledPackage> compiled_;
    std::string template_text_;
    std::map<std::string, std::string> partials_;
    std::map<std::string, std::filesystem::path> partial_files_;
    PackageManifest manifest_;
    std::string name_;
    std::filesystem::path directory_;
    std::filesystem::path template_file_;
    std::vector<std::filesystem::path> parent_directories_;
    std::string title_;
    std::string description_;
    Theme theme_;
    nlohmann::json input_schema_;
};

// An ordered list of folders holding packages as <municipality>/<kind>/.
class TemplateSearchPath {
public:
    explicit TemplateSearchPath(std::vector<std::filesystem::path> roots);

    // The first package of that name along the path. Throws Error(Kind::Usage) listing where
    // it looked when there is none.
    TemplatePackage find(const std::string& name) const;
    // Names of every package on the path (the first of each name wins), in Swedish order.
    std::vector<std::string> names() const;
    const std::vector<std::filesystem::path>& roots() const { return roots_; }

private:
    std::vector<std::filesystem::path> roots_;
};

}  // namespace kansli

#pragma GCC visibility pop
