// What the DOCX tests share: rendering the bundled examples through the plugin, and reading
// the parts of the resulting zip.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "kansli/kansli.hpp"
#include "package_reading.hpp"
#include "test_support.hpp"

namespace kansli::test::docx {

// Package reading is shared with the ODT tests (tests/support/package_reading.hpp).
using test::count;
using test::elements;
using test::Package;
using test::unzip;

// An example of a bundled template package, built into a Document, and the DOCX writer.
class Examples {
public:
    Examples() {
        registry_.load_directory(KANSLI_PLUGIN_BUILD_DIR);
        writer_ = registry_.find("docx");
    }
    const Writer* writer() const { return writer_; }
    struct Example {
        TemplatePackage package;
        Document document;
    };
    Example load(const std::string& name) const {
        TemplatePackage package = TemplateSearchPath({source_dir() / "templates"}).find(name);
        Document document = build_document(package, load_data(package.example_file()), "example.json");
        return {std::move(package), std::move(document)};
    }
    std::string render(const Example& example) const {
        return writer_->write(example.document, example.package.theme());
    }

private:
    PluginRegistry registry_;
    const Writer* writer_ = nullptr;
};

// Every bundled package that has an example: "katrineholm/kallelse", …
inline const std::vector<std::string>& example_names() { return example_packages(); }

}  // namespace kansli::test::docx
