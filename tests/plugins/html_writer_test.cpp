// The HTML writer through the plugin interface, on the fixture with every block kind.
// Golden file: tests/fixtures/golden/every-block.html; after an intended change run
//   KANSLI_UPDATE_GOLDEN=1 ctest -R HtmlWriter
// and review the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>

#include "kansli/document_xml.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/template_package.hpp"
#include "test_support.hpp"

using namespace kansli;
namespace test = kansli::test;

namespace {

struct HtmlFixture : ::testing::Test {
    PluginRegistry registry;
    TemplatePackage package = TemplateSearchPath({test::fixtures_dir() / "packages"}).find("testkommun/memo");
    Document document;
    const Writer* writer = nullptr;

    void SetUp() override {
        registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
        writer = registry.find("html");
        ASSERT_NE(writer, nullptr);
        document = read_document_xml(test::read_file(test::fixtures_dir() / "documents/every-block.xml"),
                                     {"every-block.xml", package.directory()});
    }
    std::string html() const { return writer->write(document, package.theme()); }
};

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_F(HtmlFixture, MatchesTheGoldenFile) {
    const auto golden = test::fixtures_dir() / "golden/every-block.html";
    const std::string out = html();
    if (std::getenv("KANSLI_UPDATE_GOLDEN") != nullptr) {
        if (test::under_ci()) FAIL() << "golden files are updated by a developer, never under CI";
        test::write_file(golden, out);
    }
    EXPECT_EQ(out, test::read_file(golden)) << "run with KANSLI_UPDATE_GOLDEN=1 to update, then review the diff";
}

TEST_F(HtmlFixture, IsByteIdenticalAcrossRuns) { EXPECT_EQ(html(), html()); }

TEST_F(HtmlFixture, CarriesLanguageTitleAndLandmarks) {
    const std::string out = html();
    EXPECT_EQ(out.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(out.find("<html lang=\"sv\""), std::string::npos);
    EXPECT_NE(out.find("<title>Årsredovisning 2020</title>"), std::string::npos);
    EXPECT_NE(out.find("<main"), std::string::npos);
    EXPECT_NE(out.find("<nav"), std::string::npos);
    EXPECT_EQ(count(out, "<h1"), 1u);
}

TEST_F(HtmlFixture, TablesHaveCaptionsAndHeaderCells) {
    const std::string out = html();
    EXPECT_NE(out.find("<caption"), std::string::npos);
    EXPECT_NE(out.find("Driftsredovisning, nettoresultat (tkr)"), std::string::npos);
    EXPECT_NE(out.find("scope=\"col\""), std::string::npos);
    EXPECT_NE(out.find("scope=\"row\""), std::string::npos);
    EXPECT_NE(out.find("colspan=\"2\""), std::string::npos);
    EXPECT_NE(out.find("\xE2\x88\x92"
                       "218\xC2\xA0"
                       "690"),
              std::string::npos);  // the stated sum
}

TEST_F(HtmlFixture, ImagesHaveAltTextAndAreEmbedded) {
    const std::string out = html();
    EXPECT_NE(out.find("alt=\"Kommunens logotyp\""), std::string::npos);
    EXPECT_NE(out.find("src=\"data:image/png;base64,"), std::string::npos);
    EXPECT_EQ(out.find("src=\"logo.png\""), std::string::npos);
}

TEST_F(HtmlFixture, HeadingLevelsAreNeverSkipped) {
    const std::string out = html();
    const std::regex heading("<h([1-6])");
    int previous = 0;
    for (auto it = std::sregex_iterator(out.begin(), out.end(), heading); it != std::sregex_iterator(); ++it) {
        const int level = std::stoi((*it)[1]);
        EXPECT_LE(level, previous + 1) << "h" << previous << " followed by h" << level;
        previous = level;
    }
}

TEST_F(HtmlFixture, CrossReferencesAndFootnotesAreLinks) {
    const std::string out = html();
    EXPECT_NE(out.find("href=\"#drift-tabell\""), std::string::npos);
    EXPECT_NE(out.find("href=\"#forslag\""), std::string::npos);
    EXPECT_NE(out.find("Förvaltarskapet innebär ansvar."), std::string::npos);
    EXPECT_NE(out.find("UTGÅR"), std::string::npos);
}
