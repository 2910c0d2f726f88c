// plugin::body_size_hint (plugins/support/size_hint.hpp): the DOCX and ODT writers reserve it
// for the body's markup, so it must cover what they write for every bundled example, without
// being far off (it is an estimate, not a limit: too small only costs speed, so this test is
// what notices when the writers outgrow it).
#include "size_hint.hpp"

#include <gtest/gtest.h>

#include <string>

#include "kansli/kansli.hpp"
#include "package_reading.hpp"
#include "test_support.hpp"

using namespace kansli;

namespace {

// The part that holds the body, without the automatic styles or section properties around it.
std::size_t body_bytes(const std::string& part, const std::string& open, const std::string& close) {
    const auto begin = part.find(open);
    const auto end = part.rfind(close);
    if (begin == std::string::npos || end == std::string::npos || end < begin) return std::string::npos;
    return end - begin;
}

}  // namespace

TEST(BodySizeHint, CoversTheBodyOfEveryExampleInDocxAndOdt) {
    PluginRegistry registry;
    registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
    const Writer* docx = registry.find("docx");
    const Writer* odt = registry.find("odt");
    ASSERT_NE(docx, nullptr);
    ASSERT_NE(odt, nullptr);
    for (const std::string& name : test::example_packages()) {
        const TemplatePackage package = TemplateSearchPath({test::source_dir() / "templates"}).find(name);
        const Document document = build_document(package, load_data(package.example_file()), "example.json");
        const std::size_t hint = plugin::body_size_hint(document);

        const auto docx_body = body_bytes(test::unzip(docx->write(document, package.theme())).part("word/document.xml"),
                                          "<w:body>", "</w:body>");
        const auto odt_body = body_bytes(test::unzip(odt->write(document, package.theme())).part("content.xml"),
                                         "<office:text>", "</office:text>");
        ASSERT_NE(docx_body, std::string::npos) << name;
        ASSERT_NE(odt_body, std::string::npos) << name;
        EXPECT_GE(hint, docx_body) << name;
        EXPECT_GE(hint, odt_body) << name;
        EXPECT_LE(hint, 4 * docx_body) << name << ": far more than the DOCX body";
    }
}
