// The fixture document that has every kind of block (tests/fixtures/documents/every-block.xml),
// written by one format's plugin, for tests of what every writer does alike.
#pragma once

#include <string>

#include "kansli/document_xml.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/template_package.hpp"
#include "test_support.hpp"

namespace kansli::test {

struct EveryBlock {
    PluginRegistry registry;
    TemplatePackage package = TemplateSearchPath({fixtures_dir() / "packages"}).find("testkommun/memo");

    // The text of the written file (the HTML itself, the XML inside a package); "" when the
    // format's plugin is not built.
    std::string written(const std::string& format, const Theme& theme) {
        registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
        const Writer* writer = registry.find(format);
        if (writer == nullptr) return {};
        const Document document = read_document_xml(read_file(fixtures_dir() / "documents/every-block.xml"),
                                                    {"every-block.xml", package.directory()});
        return main_text(format, writer->write(document, theme));
    }
};

}  // namespace kansli::test
