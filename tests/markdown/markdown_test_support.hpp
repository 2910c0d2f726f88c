// The Markdown writer, loaded as a plugin, on document XML given inline or as a fixture.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "kansli/document_xml.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/template_package.hpp"
#include "test_support.hpp"

namespace kansli::test {

struct MarkdownFixture : ::testing::Test {
    PluginRegistry registry;
    TemplatePackage package = TemplateSearchPath({fixtures_dir() / "packages"}).find("testkommun/memo");
    const Writer* writer = nullptr;

    void SetUp() override {
        registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
        writer = registry.find("markdown");
        ASSERT_NE(writer, nullptr);
    }
    // The Markdown of a document titled `title` whose <content> is `content`. The schema requires
    // a title; with the default one its heading line ("# T") is left out of the result.
    std::string markdown(const std::string& content, const std::string& title = "T") const {
        const std::string xml = "<document version=\"1\"><meta><title>" + title +
                                "</title><kind>test</kind></meta><content>" + content + "</content></document>";
        std::string out = writer->write(read_document_xml(xml, {"test.xml", package.directory()}), package.theme());
        if (title == "T") {
            EXPECT_EQ(out.substr(0, 5), "# T\n\n");
            out.erase(0, 5);
        }
        return out;
    }
    std::string every_block() const {
        const Document document = read_document_xml(read_file(fixtures_dir() / "documents/every-block.xml"),
                                                    {"every-block.xml", package.directory()});
        return writer->write(document, package.theme());
    }
};

}  // namespace kansli::test
