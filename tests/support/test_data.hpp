// Data for the tests, written as nlohmann JSON literals and handed to the library as JSON text,
// the way a program hands it data (the library's API names no JSON library); and packages made
// for one test, to check data against an input description the way a program does.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "kansli/data.hpp"
#include "kansli/template_package.hpp"
#include "test_support.hpp"

namespace kansli::test {

inline Data data_of(const nlohmann::json& json, const std::string& name = "test.json") {
    return parse_data(json.dump(), name);
}

// A package in a temporary folder with this input description, theme.json and (when given)
// manifest.json; its template is a plain document.
class PackageWith {
public:
    explicit PackageWith(const std::string& input_schema, const std::string& theme = "{}",
                         const std::string& manifest = {})
        : package_(open(dir_, input_schema, theme, manifest)) {}
    const TemplatePackage& package() const { return package_; }

private:
    static TemplatePackage open(const TempDir& dir, const std::string& input_schema, const std::string& theme,
                                const std::string& manifest) {
        const fs::path folder = dir / "testkommun/paket";
        write_file(folder / "template.xml.mustache",
                   R"(<document version="1"><meta><title>T</title><kind>test</kind></meta><content/></document>)");
        write_file(folder / "input.schema.json", input_schema);
        write_file(folder / "theme.json", theme);
        if (!manifest.empty()) write_file(folder / "manifest.json", manifest);
        return TemplatePackage::open(folder, "testkommun/paket");
    }

    TempDir dir_;
    TemplatePackage package_;
};

}  // namespace kansli::test
