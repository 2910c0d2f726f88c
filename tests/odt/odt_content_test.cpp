// What content.xml and styles.xml say, on the bundled examples and on the fixture with every
// block kind; and the independent validator with warnings made fatal.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <sstream>

#include "kansli/document_xml.hpp"
#include "kansli/plugin_registry.hpp"
#include "kansli/template_package.hpp"
#include "odt_test_support.hpp"

using namespace kansli;
namespace test = kansli::test;
namespace odt = kansli::test::odt;

namespace {

struct Parts {
    std::string content;
    std::string styles;
};

Parts example_parts(const std::string& package) {
    const auto entries = odt::unzip(test::read_file(odt::rendered_example(package, "odt")));
    return {entries.part("content.xml"), entries.part("styles.xml")};
}

// The fixture with every block and inline kind, written through the plugin interface.
struct EveryBlock : ::testing::Test {
    PluginRegistry registry;
    TemplatePackage package = TemplateSearchPath({test::fixtures_dir() / "packages"}).find("testkommun/memo");
    std::string bytes;
    std::string content;

    void SetUp() override {
        registry.load_directory(KANSLI_PLUGIN_BUILD_DIR);
        const Writer* writer = registry.find("odt");
        ASSERT_NE(writer, nullptr);
        const Document document = read_document_xml(test::read_file(test::fixtures_dir() / "documents/every-block.xml"),
                                                    {"every-block.xml", package.directory()});
        bytes = writer->write(document, package.theme());
        content = odt::unzip(bytes).part("content.xml");
        ASSERT_FALSE(content.empty());
    }
};

}  // namespace

TEST(OdtContent, DataTablesRepeatTheirHeaderRows) {
    const Parts parts = example_parts("katrineholm/arsredovisning");
    std::size_t data_tables = 0;
    for (const std::string& table : odt::elements(parts.content, "table:table")) {
        if (table.find("table:name=\"Tabell") == std::string::npos) continue;
        ++data_tables;
        EXPECT_NE(table.find("<table:table-header-rows>"), std::string::npos) << table.substr(0, 200);
    }
    EXPECT_EQ(data_tables, 31u);
    // Spans are complete grids: the investment table's two header rows span and cover.
    EXPECT_NE(parts.content.find("table:number-columns-spanned=\"3\""), std::string::npos);
    EXPECT_NE(parts.content.find("table:number-rows-spanned=\"2\""), std::string::npos);
    EXPECT_NE(parts.content.find("<table:covered-table-cell/>"), std::string::npos);
    // Numbers: the core's text kept as it is, the value for archives beside it.
    EXPECT_NE(parts.content.find("office:value-type=\"float\" office:value=\"-27660\""), std::string::npos);
    EXPECT_NE(parts.content.find(">-27\u00a0660<"), std::string::npos);  // the theme's hyphen-minus
}

TEST(OdtContent, AgendaRefersToThePagesOfTheItems) {
    const Parts parts = example_parts("katrineholm/kallelse");
    const auto tables = odt::elements(parts.content, "table:table");
    const auto agenda = std::find_if(tables.begin(), tables.end(), [](const std::string& t) {
        return t.find("table:name=\"Ärendelista") != std::string::npos;
    });
    ASSERT_NE(agenda, tables.end());
    EXPECT_NE(agenda->find("<table:table-header-rows>"), std::string::npos);
    for (const char* label : {">Nr<", ">Ärende<", ">Beteckning<", ">Sidan<"})
        EXPECT_NE(agenda->find(label), std::string::npos) << label;
    for (const char* ref : {"arende-6", "arende-7", "arende-8", "arende-9"}) {
        SCOPED_TRACE(ref);
        EXPECT_NE(agenda->find("<text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"" + std::string(ref) +
                               "\">"),
                  std::string::npos);
        // The bookmark it points to exists, once.
        EXPECT_EQ(odt::count(parts.content, "<text:bookmark text:name=\"" + std::string(ref) + "\"/>"), 1u);
    }
    // Items without papers have no page reference.
    EXPECT_EQ(odt::count(*agenda, "<text:bookmark-ref"), 4u);
}

TEST(OdtContent, FooterCarriesPageNumberPageCountAndDnr) {
    const Parts parts = example_parts("katrineholm/arsredovisning");
    const auto footers = odt::elements(parts.styles, "style:footer");
    ASSERT_FALSE(footers.empty());
    for (const std::string& footer : footers) {
        EXPECT_NE(footer.find("Sida <text:page-number text:select-page=\"current\">"), std::string::npos);
        EXPECT_NE(footer.find("av <text:page-count>"), std::string::npos);
        EXPECT_NE(footer.find("Dnr SOCN/2020:60"), std::string::npos);
        // As in DOCX: dnr, tab, page number on one line; the theme's text centred below.
        EXPECT_NE(footer.find("Dnr SOCN/2020:60<text:tab/>Sida <text:page-number"), std::string::npos) << footer;
        EXPECT_NE(footer.find("<text:p text:style-name=\"Footer_20_Centred\">www.katrineholm.se</text:p>"),
                  std::string::npos)
            << footer;
    }
    const std::size_t centred = parts.styles.find("style:name=\"Footer_20_Centred\"");
    ASSERT_NE(centred, std::string::npos);
    EXPECT_NE(parts.styles.substr(centred, 300).find("fo:text-align=\"center\""), std::string::npos);
    // The first page has no header in this theme: a master page of its own, used by the
    // first paragraph.
    EXPECT_NE(parts.styles.find("style:name=\"First_20_Page\""), std::string::npos);
    EXPECT_NE(parts.content.find("style:master-page-name=\"First_20_Page\""), std::string::npos);
    const auto headers = odt::elements(parts.styles, "style:header");
    ASSERT_EQ(headers.size(), 1u);
    EXPECT_NE(headers.front().find("Katrineholms kommun"), std::string::npos);
    EXPECT_NE(headers.front().find("<draw:image xlink:href=\"Pictures/"), std::string::npos);
}

// Every picture in the text has one alternative text (a title, no description repeating it);
// the header's logo, beside the printed name, has none: read out it would repeat the name on
// every page.
TEST(OdtContent, EveryImageFrameHasOneAlternativeTextAndTheLogoBesideTheNameNone) {
    for (const std::string& package : odt::example_packages()) {
        SCOPED_TRACE(package);
        const Parts parts = example_parts(package);
        for (const std::string& frame : odt::elements(parts.content, "draw:frame")) {
            if (frame.find("<draw:image") == std::string::npos) continue;
            EXPECT_TRUE(std::regex_search(frame, std::regex("<svg:title>[^<]+</svg:title>"))) << frame;
            EXPECT_EQ(frame.find("<svg:desc>"), std::string::npos) << frame;
        }
        std::size_t logos = 0;
        for (const std::string& header : odt::elements(parts.styles, "style:header")) {
            for (const std::string& frame : odt::elements(header, "draw:frame")) {
                ++logos;
                EXPECT_EQ(frame.find("<svg:title>"), std::string::npos) << frame;
                EXPECT_EQ(frame.find("<svg:desc>"), std::string::npos) << frame;
            }
            EXPECT_NE(header.find("kommun"), std::string::npos) << "the name printed beside it: " << header;
        }
        EXPECT_GE(logos, 1u);
    }
    const Parts report = example_parts("katrineholm/arsredovisning");
    EXPECT_NE(report.content.find("<svg:title>Stapeldiagram över antalet inkomna orosanmälningar"), std::string::npos);
}

// Two pairs a line: each line a two-column section, a pair to a column, so the e-mail address
// wraps inside its own column. On tab stops it wrapped back to the left margin, under
// "Handläggare telefon".
TEST(OdtContent, FieldsInColumnsAreSectionsSoAValueWrapsInItsOwnColumn) {
    const Parts parts = example_parts("katrineholm/tjansteskrivelse");
    const auto sections = odt::elements(parts.content, "text:section");
    ASSERT_EQ(sections.size(), 3u) << "three lines of two pairs";
    const std::string& last = sections[2];
    const auto paragraphs = odt::elements(last, "text:p");
    ASSERT_EQ(paragraphs.size(), 2u);
    EXPECT_NE(paragraphs[0].find(">Handläggare telefon</text:span> 0150-570 00"), std::string::npos) << last;
    EXPECT_NE(paragraphs[1].find(">Handläggare e-post</text:span> <text:a"), std::string::npos) << last;
    EXPECT_NE(paragraphs[1].find("Linda.Qvarnstrom@katrineholm.se"), std::string::npos) << last;
    EXPECT_EQ(last.find("<text:tab/>"), std::string::npos) << "no tab stops";
    // The section style has two columns; the second pair's paragraph starts the second one.
    const std::regex section_style("text:style-name=\"([^\"]+)\"");
    std::smatch name;
    ASSERT_TRUE(std::regex_search(last, name, section_style));
    const std::size_t style = parts.content.find("style:name=\"" + name[1].str() + "\" style:family=\"section\"");
    ASSERT_NE(style, std::string::npos);
    EXPECT_NE(parts.content.substr(style, 300).find("fo:column-count=\"2\""), std::string::npos);
    ASSERT_TRUE(std::regex_search(paragraphs[1], name, section_style));
    const std::size_t paragraph_style = parts.content.find("style:name=\"" + name[1].str() + "\"");
    ASSERT_NE(paragraph_style, std::string::npos);
    EXPECT_NE(parts.content.substr(paragraph_style, 300).find("fo:break-before=\"column\""), std::string::npos);
}

TEST(OdtContent, HeadingsAreOutlineHeadingsWithBookmarks) {
    const Parts memo = example_parts("katrineholm/tjansteskrivelse");
    EXPECT_TRUE(std::regex_search(memo.content, std::regex("<text:h text:style-name=\"Heading_20_1\" "
                                                           "text:outline-level=\"1\"><text:bookmark-start "
                                                           "text:name=\"[^\"]+\"/>Yttrande över motion")));
    EXPECT_TRUE(std::regex_search(memo.content, std::regex("text:outline-level=\"2\"><text:bookmark-start "
                                                           "text:name=\"[^\"]+\"/>Sammanfattning av ärendet")));
    const Parts notice = example_parts("katrineholm/kallelse");
    // Template numbering stays in the text; the outline itself has no numbers.
    EXPECT_NE(notice.content.find("text:outline-level=\"2\"><text:bookmark text:name=\"arende-6\"/>6 "
                                  "<text:bookmark-start text:name=\"kansli-h-2\"/>Yttrande"),
              std::string::npos)
        << "the section's bookmark, the number, then the heading's own bookmark around its words";
    EXPECT_NE(notice.styles.find("<text:outline-level-style text:level=\"1\" style:num-format=\"\">"),
              std::string::npos);
}

TEST(OdtContent, TableOfContentsIsFilledWithPageReferences) {
    const Parts report = example_parts("katrineholm/arsredovisning");
    const auto tocs = odt::elements(report.content, "text:table-of-content");
    ASSERT_EQ(tocs.size(), 1u);
    const std::string& toc = tocs.front();
    EXPECT_NE(toc.find("text:outline-level=\"2\""), std::string::npos);
    EXPECT_NE(toc.find(">Innehållsförteckning</text:p>"), std::string::npos);
    EXPECT_NE(toc.find("xlink:href=\"#inledning\""), std::string::npos);
    EXPECT_NE(toc.find("<text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"inledning\">"),
              std::string::npos);
    // Headings marked toc="false" (the cover's) stay out, now and when LibreOffice regenerates.
    const auto body = odt::elements(toc, "text:index-body");
    ASSERT_EQ(body.size(), 1u);
    EXPECT_EQ(body.front().find("Årsredovisning"), std::string::npos);
    EXPECT_NE(report.content.find("Heading_20_1_20_unlisted"), std::string::npos);
    // One entry per heading of level 1–2 in the table of contents, each with its page.
    const std::size_t entries = odt::count(body.front(), "<text:p text:style-name=\"Contents_20_1\"") +
                                odt::count(body.front(), "<text:p text:style-name=\"Contents_20_2\"");
    EXPECT_EQ(entries, odt::count(body.front(), "<text:bookmark-ref"));
    EXPECT_GE(entries, 25u);
    // A break opportunity before each number's tab, in the entries and in the template
    // LibreOffice regenerates them from: without it an entry that ends just short of its number
    // printed the number against its text (Botkyrka's "…från socialnämnden12").
    EXPECT_EQ(odt::count(body.front(), "</text:a> <text:tab/><text:bookmark-ref"), entries);
    EXPECT_EQ(odt::count(toc,
                         "<text:index-entry-text/><text:index-entry-span> </text:index-entry-span>"
                         "<text:index-entry-tab-stop"),
              2u);
}

TEST_F(EveryBlock, NumberedTableHasACaptionWithASequenceField) {
    EXPECT_NE(content.find("<text:sequence-decl text:display-outline-level=\"0\" text:name=\"Table\"/>"),
              std::string::npos);
    EXPECT_TRUE(std::regex_search(
        content, std::regex("<text:p text:style-name=\"Table\">Tabell <text:sequence [^>]*text:name=\"Table\"[^>]*>1"
                            "</text:sequence>\\. <text:bookmark-start text:name=\"drift-tabell\"/>Driftsredovisning")));
    // Sum rows bold, section rows shaded, rows kept on one page, percent as a fraction.
    EXPECT_NE(content.find("Table_20_Sum"), std::string::npos);
    EXPECT_NE(content.find("Table_20_Section"), std::string::npos);
    EXPECT_NE(content.find("fo:keep-together=\"always\""), std::string::npos);
    EXPECT_NE(content.find("office:value-type=\"percentage\" office:value=\"0.08\""), std::string::npos);
    EXPECT_NE(content.find("office:value-type=\"percentage\" office:value=\"0.5775\""), std::string::npos);
    EXPECT_NE(content.find("<table:desc>Utfall, budget och avvikelse per verksamhet.</table:desc>"), std::string::npos);
}

TEST_F(EveryBlock, FootnotesCrossReferencesAndLinks) {
    EXPECT_TRUE(std::regex_search(content, std::regex("<text:note text:id=\"ftn1\" text:note-class=\"footnote\">"
                                                      "<text:note-citation>1</text:note-citation><text:note-body>"
                                                      "<text:p text:style-name=\"Footnote\">Förvaltarskapet")));
    // show="text": a field with the target's words; show="page": a page field.
    EXPECT_NE(content.find("<text:bookmark-ref text:reference-format=\"text\" text:ref-name=\"drift-tabell\">"
                           "Driftsredovisning"),
              std::string::npos);
    EXPECT_NE(content.find("<text:bookmark-ref text:reference-format=\"page\" text:ref-name=\"drift\">"),
              std::string::npos);
    EXPECT_NE(content.find("xlink:href=\"https://www.katrineholm.se\""), std::string::npos);
    EXPECT_NE(content.find("<text:bookmark text:name=\"har\"/>"), std::string::npos);
    EXPECT_NE(content.find("<text:line-break/>"), std::string::npos);
}

TEST_F(EveryBlock, ListsSignaturesFiguresAndPageBreaks) {
    EXPECT_NE(content.find("<text:list text:style-name=\"Kansli_20_Decimal\"><text:list-item text:start-value=\"1\">"),
              std::string::npos);
    EXPECT_NE(content.find("<text:list text:style-name=\"Kansli_20_Dash\">"), std::string::npos);
    EXPECT_NE(content.find(">Katrineholm den 3 februari 2021</text:p>"), std::string::npos);
    EXPECT_NE(content.find(">Marie-Louise Karlsson</text:p>"), std::string::npos);
    EXPECT_NE(content.find("– <text:span text:style-name=\"Strong_20_Emphasis\">UTGÅR</text:span>"), std::string::npos);
    EXPECT_TRUE(std::regex_search(content, std::regex("<draw:frame [^>]*svg:width=\"40mm\"[^>]*>")));
    // The page break is a break before the next paragraph, not an empty paragraph.
    EXPECT_TRUE(std::regex_search(content, std::regex("fo:break-before=\"page\"")));
}

// The validator the conformance tests run, with warnings fatal: undeclared styles, images
// without alternative text, tables without header rows, no title or language.
TEST(OdtValidator, ExamplesPassWithWarningsFatal) {
    const std::string validator = (test::validators_dir() / "validate-odt").string();
    KANSLI_REQUIRE_TOOL(test::fs::exists(validator) && test::have_command("xmllint"), "validate-odt");
    for (const std::string& package : odt::example_packages()) {
        SCOPED_TRACE(package);
        const auto file = odt::rendered_example(package, "odt");
        const auto result = test::run(test::shell_quote(validator) + " -W " + test::shell_quote(file.string()));
        EXPECT_EQ(result.exit_code, 0) << result.out;
    }
}

TEST_F(EveryBlock, PassesTheValidatorWithWarningsFatal) {
    const std::string validator = (test::validators_dir() / "validate-odt").string();
    KANSLI_REQUIRE_TOOL(test::fs::exists(validator) && test::have_command("xmllint"), "validate-odt");
    test::TempDir dir;
    test::write_file(dir / "every-block.odt", bytes);
    const auto result =
        test::run(test::shell_quote(validator) + " -W " + test::shell_quote((dir / "every-block.odt").string()));
    EXPECT_EQ(result.exit_code, 0) << result.out;
}

// A list item or a footnote cannot hold a text:section: there fields in columns stay on tab
// stops (the body-level memo head is the case sections are for), and the file stays valid.
TEST(OdtContent, FieldsInColumnsInAListItemOrFootnoteAreNoSections) {
    test::TempDir dir;
    const auto xml = dir / "nested-fields.xml";
    test::write_file(xml, R"(<?xml version="1.0" encoding="UTF-8"?>
<document version="1">
  <meta><title>Fält i lista</title><kind>pm</kind><language>sv-SE</language></meta>
  <content>
    <list><item><fields columns="2"><field label="Datum">2021-02-02</field><field label="Dnr">KS/1</field></fields></item></list>
    <p>Text<note-ref to="n"/></p>
    <footnote id="n"><fields columns="2"><field label="A">1</field><field label="B">2</field></fields></footnote>
  </content>
</document>
)");
    const std::string bytes = odt::write_document(xml, "odt");
    ASSERT_FALSE(bytes.empty());
    const auto entries = odt::unzip(bytes);
    const std::string content = entries.part("content.xml");
    EXPECT_EQ(content.find("<text:section"), std::string::npos) << content;
    EXPECT_NE(content.find(">Datum</text:span> 2021-02-02<text:tab/>"), std::string::npos) << content;
    const std::string validator = (test::validators_dir() / "validate-odt").string();
    KANSLI_REQUIRE_TOOL(test::fs::exists(validator) && test::have_command("xmllint"), "validate-odt");
    test::write_file(dir / "nested-fields.odt", bytes);
    const auto result =
        test::run(test::shell_quote(validator) + " -W " + test::shell_quote((dir / "nested-fields.odt").string()));
    EXPECT_EQ(result.exit_code, 0) << result.out;
}
