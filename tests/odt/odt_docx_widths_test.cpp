// The print formats size table columns by one rule (TableGrid::column_shares): the DOCX and
// the ODT of the same table give each column the same share of the table.
#include <gtest/gtest.h>

#include <map>
#include <regex>

#include "odt_test_support.hpp"

namespace odt = kansli::test::odt;

namespace {

// The values of `attribute` on each `element` of `xml`, in order.
std::vector<double> numbers(const std::string& xml, const std::string& element, const std::string& attribute) {
    std::vector<double> out;
    const std::regex pattern("<" + element + "[^>]* " + attribute + "=\"([0-9.]+)");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), pattern); it != std::sregex_iterator(); ++it)
        out.push_back(std::stod((*it)[1]));
    return out;
}

// The width of each table:table-column of content.xml, in table order, from its style.
std::vector<double> odt_column_widths(const std::string& content) {
    std::map<std::string, double> by_style;
    const std::regex style(
        "style:name=\"([^\"]+)\" style:family=\"table-column\"><style:table-column-properties "
        "style:column-width=\"([0-9.]+)");
    for (auto it = std::sregex_iterator(content.begin(), content.end(), style); it != std::sregex_iterator(); ++it)
        by_style[(*it)[1]] = std::stod((*it)[2]);
    std::vector<double> out;
    const std::regex column("<table:table-column table:style-name=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(content.begin(), content.end(), column); it != std::sregex_iterator(); ++it)
        out.push_back(by_style.at((*it)[1]));
    return out;
}

std::vector<double> shares(std::vector<double> widths) {
    double total = 0;
    for (double w : widths) total += w;
    for (double& w : widths) w /= total;
    return widths;
}

}  // namespace

TEST(DocxOdtTables, ColumnsGetTheSameSharesInBoth) {
    // Two text columns of very different lengths and a column of numbers, no widths declared:
    // the long texts get the room (the kind of a column says nothing about its texts).
    const kansli::test::TempDir dir;
    const auto xml = dir / "widths.xml";
    kansli::test::write_file(xml, R"(<document version="1"><meta><title>t</title><kind>k</kind></meta><content>
<table><columns><column/><column/><column kind="money"/></columns>
<head><row><cell>Kod</cell><cell>Verksamhet</cell><cell>Belopp</cell></row></head>
<body><row><cell>A1</cell><cell>Hushåll med utbetalt försörjningsstöd</cell><cell value="-27660"/></row></body>
</table></content></document>)");
    const std::string docx = odt::write_document(xml, "docx");
    KANSLI_REQUIRE_TOOL(!docx.empty(), "the DOCX plugin (kansli-docx)");
    const std::string odt_bytes = odt::write_document(xml, "odt");
    ASSERT_FALSE(odt_bytes.empty());
    const auto docx_shares = shares(numbers(odt::unzip(docx).part("word/document.xml"), "w:gridCol", "w:w"));
    const auto odt_shares = shares(odt_column_widths(odt::unzip(odt_bytes).part("content.xml")));
    ASSERT_EQ(docx_shares.size(), 3u);
    ASSERT_EQ(odt_shares.size(), 3u);
    for (std::size_t c = 0; c < 3; ++c) EXPECT_NEAR(docx_shares[c], odt_shares[c], 0.002) << "column " << c;
    EXPECT_GT(docx_shares[1], 0.7);  // 37 characters against 4 and 7
}
