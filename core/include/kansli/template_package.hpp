/// \file
/// Template packages: a folder with `template.xml.mustache`, `partials/`, `theme.json`,
/// `input.schema.json`, `example.json` and a README — or a `manifest.json` naming the package it
/// extends and only what it changes. Found by name on a search path, so a package that a
/// municipality adds works without recompiling. See docs/template-packages.md.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "kansli/theme.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// What `kansli lint` needs to know about a package's data that the data cannot say itself.
struct LintRules {
    std::string meeting_date;  ///< JSON Pointer to the meeting's date (`/meeting_date`); empty: none
    /// Data fields (by name, at any depth) whose dates may lie in any year: papers from earlier
    /// meetings, such as a meeting packet's attachments. Their dates are not compared.
    std::vector<std::string> any_year;
};

/// `manifest.json` (optional): the package this one extends, sibling packages whose partials
/// this one includes, as `{{> municipality/kind/partial}}`, and the lint rules. See
/// docs/template-packages.md.
struct PackageManifest {
    std::string extends;                     ///< `botkyrka/tjansteskrivelse`; empty when it extends none
    std::vector<std::string> partials_from;  ///< `katrineholm/kallelse`, in the same templates folder
    LintRules lint;                          ///< what `kansli lint` needs to know (the parent's where unset)
};

struct CompiledPackage;

/// An opened template package: everything a program needs to render data with it. Opened once,
/// used for any number of data files; copies share what the files became.
class TemplatePackage {
public:
    /// Reads and checks the package in `directory`, named `name`: its theme, input description
    /// and the syntax of its templates. Throws Error (Error::Kind::Template) naming the broken file.
    /// A package whose manifest.json "extends" another is read on top of it; the parent is the
    /// first package of that name in `search_path` other than this one (none given: the
    /// templates folder this package is in).
    static TemplatePackage open(const std::filesystem::path& directory, std::string name,
                                const std::vector<std::filesystem::path>& search_path = {});

    const std::string& name() const { return name_; }                      ///< `katrineholm/kallelse`
    const std::filesystem::path& directory() const { return directory_; }  ///< the package folder
    const std::string& title() const { return title_; }                    ///< from input.schema.json
    const std::string& description() const { return description_; }        ///< from input.schema.json
    const Theme& theme() const { return theme_; }                          ///< from theme.json
    /// The package's own example data, `example.json`.
    std::filesystem::path example_file() const { return directory_ / "example.json"; }
    /// The main template, `template.xml.mustache` (the parent's when the package has none of its
    /// own), which messages name.
    std::filesystem::path template_file() const;
    const PackageManifest& manifest() const { return manifest_; }  ///< from manifest.json
    /// The folders of the packages this one extends, nearest first (none: it extends nothing).
    /// Its theme, input description and images are read on top of theirs, key by key.
    const std::vector<std::filesystem::path>& parent_directories() const;

private:
    // What the files became: the templates parsed, the input description compiled, the helpers
    // made for the theme. The library's own business (core/src/compiled_package.hpp).
    friend struct CompiledPackage;
    static TemplatePackage open_extending(const std::filesystem::path& directory, std::string name,
                                          const std::vector<std::filesystem::path>& search_path,
                                          std::vector<std::filesystem::path>& chain);
    std::shared_ptr<const CompiledPackage> compiled_;
    PackageManifest manifest_;
    std::string name_;
    std::filesystem::path directory_;
    std::string title_;
    std::string description_;
    Theme theme_;
};

/// An ordered list of folders holding packages as `municipality/kind/`.
class TemplateSearchPath {
public:
    /// Looks in `roots`, in order.
    explicit TemplateSearchPath(std::vector<std::filesystem::path> roots);

    /// The first package of that name along the path, opened. Throws Error (Error::Kind::Usage)
    /// listing where it looked when there is none.
    TemplatePackage find(const std::string& name) const;
    /// Names of every package on the path (the first of each name wins), in Swedish order.
    std::vector<std::string> names() const;
    const std::vector<std::filesystem::path>& roots() const { return roots_; }  ///< the folders, in order

private:
    std::vector<std::filesystem::path> roots_;
};

}  // namespace kansli

#pragma GCC visibility pop
