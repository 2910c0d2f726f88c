// The HTML writer through the plugin interface, on the fixture with every block kind.
// Golden file: tests/fixtures/golden/every-block.html; after an intended change run
//   KANSLI_UPDATE_GOLDEN=1 ctest -R HtmlWriter
// and review the diff.
#include <gtest/gtest.h>

#include <cmath>
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

TEST_F(HtmlFixture, PrintsTheThemesWordsNotItsOwn) {
    Theme theme = package.theme();
    theme.labels.skip_link = "Skip to content";
    theme.labels.footnotes = "Notes";
    theme.labels.back = "Back";
    theme.labels.back_to_reference = "to reference";
    theme.labels.papers = "Papers";
    theme.labels.to_papers = "To the papers";
    theme.labels.for_item = "for item";
    const std::string out = writer->write(document, theme);
    EXPECT_NE(out.find(">Skip to content</a>"), std::string::npos);
    EXPECT_NE(out.find(">Notes</h2>"), std::string::npos);
    EXPECT_NE(out.find(">Back<span class=\"visually-hidden\"> to reference 1</span>"), std::string::npos);
    EXPECT_NE(out.find(">Papers</th>"), std::string::npos);
    EXPECT_NE(out.find(">To the papers<span class=\"visually-hidden\"> for item "), std::string::npos);
    for (const char* swedish : {"Hoppa till", "Fotnoter<", "Tillbaka", "Handlingar<", "Till handlingarna"})
        EXPECT_EQ(out.find(swedish), std::string::npos) << swedish;
}

TEST_F(HtmlFixture, StackedHeaderRowsNameEveryHeaderOfACell) {
    const std::string out = html();
    // "Utfall 2020" sits under "Utfall och budget"; the cell for Ledning lists both, its row
    // group and its row.
    EXPECT_NE(out.find("<th id=\"t1-k1\" scope=\"colgroup\" colspan=\"2\">Utfall och budget</th>"), std::string::npos);
    EXPECT_NE(out.find("<td headers=\"t1-k1 t1-k3 t1-r1 t1-r2\" class=\"num\">−15\u00a0785</td>"), std::string::npos);
}

// Botkyrka's Bilaga 2: a row header spanning two rows heads both, and the sub-labels beside
// it are headers of their own rows; before, the second row's cells named only column headers.
TEST_F(HtmlFixture, RowHeadersSpanningRowsHeadEveryRowTheySpan) {
    const std::string xml = R"(<document version="1"><meta><title>t</title><kind>k</kind></meta><content>
<table row-headers="true"><columns><column/><column/><column kind="number"/></columns>
<head><row><cell rowspan="2">Antal</cell><cell rowspan="2"/><cell>Augusti</cell></row><row><cell>2022</cell></row></head>
<body><row><cell rowspan="2">Gemensam</cell><cell>Årsarbetare</cell><cell value="26.7"/></row>
<row><cell>Anställda</cell><cell value="31"/></row></body></table></content></document>)";
    const std::string out = writer->write(read_document_xml(xml, {"t.xml"}), package.theme());
    EXPECT_NE(out.find("<th id=\"t1-r1-2\" headers=\"t1-r1\" scope=\"row\">Årsarbetare</th>"), std::string::npos)
        << out;
    EXPECT_NE(out.find("<tr><th id=\"t1-r2\" headers=\"t1-r1\" scope=\"row\">Anställda</th>"
                       "<td headers=\"t1-k2 t1-k3 t1-r1 t1-r2\" class=\"num\">31</td></tr>"),
              std::string::npos)
        << out;
}

TEST_F(HtmlFixture, ClosingSumRowsAreTheFootAndEmptyLabelsAreNamed) {
    Document doc;
    Table table;
    table.columns = {Column{}, Column{ColumnKind::Number, Align::Right, {}, {}, {}}};
    const auto cell = [](const std::string& text) { return Cell{{Inline{Text{text}}}, 1, 1, {}, Align::Default}; };
    table.head = {Row{RowKind::Data, {cell("Verksamhet"), cell("Utfall")}}};
    table.body = {Row{RowKind::Data, {cell("Vård"), cell("5")}}, Row{RowKind::Data, {cell("Skola"), cell("7")}},
                  Row{RowKind::Sum, {Cell{}, cell("12")}}};
    table.row_headers = true;
    doc.content.push_back(Block{table, 1});
    Theme theme = package.theme();
    theme.labels.sum = "Totalt";
    const std::string out = writer->write(doc, theme);
    EXPECT_NE(out.find("</tbody>\n<tfoot>\n<tr class=\"row-sum\"><th scope=\"row\"><span class=\"visually-hidden\">"
                       "Totalt</span></th><td class=\"num\">12</td></tr>\n</tfoot>"),
              std::string::npos)
        << out;
    EXPECT_EQ(out.find("headers="), std::string::npos) << "one header row: scope says it all";
}

TEST_F(HtmlFixture, HasADarkModeAndAPrintStyle) {
    const std::string out = html();
    EXPECT_NE(out.find("@media screen and (prefers-color-scheme: dark)"), std::string::npos);
    EXPECT_NE(out.find("@page { size: A4;"), std::string::npos);
    EXPECT_NE(out.find("content: \" (\" attr(href) \")\""), std::string::npos);
    EXPECT_NE(out.find(".page-break { break-after: page;"), std::string::npos);
}

namespace {

double luminance(const std::string& hex) {
    const auto channel = [&hex](std::size_t at) {
        const double s = std::stoi(hex.substr(at, 2), nullptr, 16) / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

double contrast(const std::string& a, const std::string& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

// Whatever colours a theme picks, every text colour of the dark scheme reads at 4.5:1 or better
// on both dark backgrounds (the page and the raised table headers).
TEST_F(HtmlFixture, DarkModeColoursReachAaForAnyTheme) {
    for (const auto& [heading, accent] : std::vector<std::pair<std::string, std::string>>{
             {"#000000", "#005A9C"}, {"#1F3864", "#FFD700"}, {"#000080", "#111111"}, {"#FFFFFF", "#FF0000"}}) {
        SCOPED_TRACE(heading + " " + accent);
        Theme theme = package.theme();
        theme.heading_colour = heading;
        theme.accent_colour = accent;
        const std::string out = writer->write(document, theme);
        const auto start = out.find("@media screen and (prefers-color-scheme: dark) {");
        ASSERT_NE(start, std::string::npos);
        const std::string dark = out.substr(start, out.find("\n}\n", start) - start);
        const std::regex text_colour(R"(([^-]|^)color: (#[0-9a-f]{6}))");
        int checked = 0;
        for (std::sregex_iterator it(dark.begin(), dark.end(), text_colour), end; it != end; ++it, ++checked) {
            const std::string colour = (*it)[2];
            EXPECT_GE(contrast(colour, "#121212"), 4.5) << colour;
            EXPECT_GE(contrast(colour, "#2a2a2a"), 4.5) << colour;
        }
        EXPECT_GE(checked, 4) << dark;
    }
}
