// A site package gives a published site its look: Mustache templates for its pages, feeds and
// sitemap, colours, and every word the pages say. It is found by name on the template search
// path, as template packages are; a municipality's package needs only what it changes, the
// rest comes from the bundled kansli/webbplats. docs/publishing.md describes the files.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kansli::cli {

class SitePackage {
public:
    static constexpr const char* kDefault = "kansli/webbplats";

    // The package `name` on the search path `roots` (over the default). Throws Error(Kind::Usage)
    // when there is none, Error(Kind::Template) naming the file when one is broken: Mustache
    // syntax, an unknown partial, label or colour, a colour pair below WCAG AA contrast.
    static SitePackage find(const std::vector<std::filesystem::path>& roots, const std::string& name);

    const std::string& name() const { return name_; }
    // Changes whenever a file that shapes the pages changes (FNV-1a of them all, in hex).
    const std::string& fingerprint() const { return fingerprint_; }
    // labels.formats: what a download's format is called ("docx" → "Word"); "" when it has no name.
    std::string format_name(const std::string& format) const;

    // pages/<page>.mustache rendered with `data`, to which "labels" and "colours" are added.
    std::string render(std::string_view page, nlohmann::json data) const;

    struct Templates;  // parsed, with their files (site_package.cpp)

private:
    std::string name_;
    std::string fingerprint_;
    nlohmann::json settings_;  // site.json's labels and colours over the default's
    std::shared_ptr<const Templates> templates_;
};

}  // namespace kansli::cli
