#include <gtest/gtest.h>

#include "kansli/document_xml.hpp"
#include "kansli/error.hpp"
#include "test_support.hpp"

using namespace kansli;
using kansli::test::fixtures_dir;
using kansli::test::read_file;

namespace {

const std::string nbsp = "\xC2\xA0";
const std::string minus = "\xE2\x88\x92";

XmlSource source() { return {"doc.xml", fixtures_dir() / "packages" / "testkommun" / "memo"}; }

Document read_every_block() {
    return read_document_xml(read_file(fixtures_dir() / "documents" / "every-block.xml"), source());
}

// A document with the given blocks inside <content>.
std::string wrap(const std::string& content) {
    return "<document version=\"1\"><meta><title>T</title><kind>test</kind></meta><content>\n" + content +
           "\n</content></document>";
}

Error read_error(const std::string& xml) {
    return kansli::test::error_from([&] { read_document_xml(xml, source()); });
}

template <typename T>
const T& block_at(const Blocks& blocks, std::size_t i) {
    return std::get<T>(blocks.at(i).value);
}

}  // namespace

TEST(DocumentReader, ReadsMetadata) {
    const Document doc = read_every_block();
    EXPECT_EQ(doc.meta.title, "Årsredovisning 2020");
    EXPECT_EQ(doc.meta.kind, "arsredovisning");
    EXPECT_EQ(doc.meta.body, "Socialnämnden");
    EXPECT_EQ(doc.meta.dnr, "SOCN/2020:60");
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].role, "Handläggare");
}

TEST(DocumentReader, CollapsesLayoutWhitespaceAndGivesHeadingsIds) {
    const Document doc = read_every_block();
    const auto& h = block_at<Heading>(doc.content, 0);
    EXPECT_EQ(plain_text(h.content), "Årsredovisning 2020");
    EXPECT_EQ(h.id, "kansli-h-1");
    EXPECT_EQ(doc.anchors.at("drift").label, "Drift");
}

TEST(DocumentReader, ReadsEveryBlockKind) {
    const Document doc = read_every_block();
    ASSERT_EQ(doc.content.size(), 12u);
    EXPECT_EQ(block_at<TableOfContents>(doc.content, 1).title, "Innehållsförteckning");
    EXPECT_EQ(block_at<Fields>(doc.content, 2).fields.at(1).label, "Vår beteckning");
    const auto& section = block_at<Section>(doc.content, 3);
    EXPECT_EQ(section.role, "proposal");
    const auto& list = block_at<List>(section.content, 1);
    EXPECT_TRUE(list.ordered);
    ASSERT_EQ(list.items.size(), 2u);
    EXPECT_EQ(block_at<List>(list.items[1].content, 1).marker, List::Marker::Dash);
    EXPECT_EQ(doc.anchors.at("forslag").label, "Förslag till beslut");
    const auto& para = block_at<Paragraph>(doc.content, 5);
    EXPECT_EQ(
        plain_text(para.content),
        "Se  och sidan . Ny rad med fet och länk. Metoden Signs of Safety används.");  // refs have no text of their own
    // The footnote leaves the flow for the document's list of footnotes.
    EXPECT_TRUE(std::holds_alternative<Table>(doc.content.at(6).value));
    ASSERT_EQ(doc.footnotes.size(), 1u);
    EXPECT_EQ(doc.footnotes[0].id, "fn1");
    const auto& agenda = block_at<Agenda>(doc.content, 7);
    EXPECT_EQ(agenda.items.at(2).note, "UTGÅR");
    EXPECT_EQ(agenda.items.at(1).ref, "forslag");
    const auto& sigs = block_at<Signatures>(doc.content, 8);
    EXPECT_EQ(sigs.signatures.at(0).name, "Marie-Louise Karlsson");
    const auto& figure = block_at<Figure>(doc.content, 9);
    EXPECT_EQ(figure.image.media_type, "image/png");
    EXPECT_EQ(figure.image.pixel_width, 4);
    EXPECT_NEAR(figure.image.dpi_x, 300.0, 0.5);
    EXPECT_TRUE(std::holds_alternative<PageBreak>(doc.content.at(10).value));
    EXPECT_EQ(block_at<Paragraph>(doc.content, 11).align, Align::Right);
}

TEST(DocumentReader, TablesKeepStatedSumsEmptyCellsAndFormatValues) {
    const Document doc = read_every_block();
    const auto& t = block_at<Table>(doc.content, 6);
    EXPECT_TRUE(t.numbered);
    EXPECT_TRUE(t.row_headers);
    EXPECT_EQ(plain_text(t.caption), "Driftsredovisning, nettoresultat (tkr)");
    ASSERT_EQ(t.columns.size(), 4u);
    EXPECT_EQ(t.columns[1].kind, ColumnKind::Money);
    EXPECT_EQ(t.columns[1].align, Align::Right);
    EXPECT_EQ(t.columns[0].align, Align::Left);
    ASSERT_EQ(t.head.size(), 2u);
    EXPECT_EQ(t.head[0].cells[1].colspan, 2);
    EXPECT_EQ(t.body[0].kind, RowKind::Section);
    const auto& ledning = t.body[1];
    EXPECT_EQ(plain_text(ledning.cells[1].content), minus + "15" + nbsp + "785");
    EXPECT_EQ(ledning.cells[1].number->literal, "-15785");
    EXPECT_EQ(plain_text(ledning.cells[3].content), "8,0" + nbsp + "%");  // column precision 1
    const auto& arbetsmiljo = t.body[2];
    EXPECT_TRUE(arbetsmiljo.cells[1].is_empty());
    EXPECT_FALSE(arbetsmiljo.cells[2].is_empty());
    EXPECT_EQ(plain_text(arbetsmiljo.cells[2].content), "0");
    EXPECT_EQ(plain_text(arbetsmiljo.cells[3].content), "57,8" + nbsp + "%");
    const auto& sum = t.body[3];
    EXPECT_EQ(sum.kind, RowKind::Sum);
    EXPECT_EQ(plain_text(sum.cells[1].content), minus + "218" + nbsp + "690");  // as stated
}

TEST(DocumentReader, ReadingTwiceGivesTheSameModel) {
    const Document a = read_every_block();
    const Document b = read_every_block();
    EXPECT_EQ(a.anchors.size(), b.anchors.size());
    EXPECT_EQ(a.content.size(), b.content.size());
}

TEST(DocumentReader, NotWellFormedXmlNamesTheLine) {
    const Error e = read_error(wrap("<p>ett</p>\n<p>två</q>"));
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_EQ(e.where().file, "doc.xml");
    EXPECT_EQ(e.where().line, 3);
    EXPECT_NE(e.message().find("not well-formed"), std::string::npos) << e.message();
}

TEST(DocumentReader, UnknownElementsFailTheSchema) {
    const Error e = read_error(wrap("<p>ok</p>\n<tabel/>"));
    EXPECT_EQ(e.where().line, 3);
    EXPECT_NE(e.message().find("invalid document XML"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("tabel"), std::string::npos) << e.message();
}

TEST(DocumentReader, WrongAttributeValuesFailTheSchema) {
    EXPECT_EQ(read_error(wrap("<heading level=\"7\">x</heading>")).kind(), Error::Kind::Template);
    EXPECT_EQ(read_error(wrap("<p align=\"justify\">x</p>")).kind(), Error::Kind::Template);
    EXPECT_EQ(
        read_error(wrap("<table><columns><column/></columns><body><row><cell value=\"12 tkr\"/></row></body></table>"))
            .kind(),
        Error::Kind::Template);
}

// The schema checks these attributes' form only (facets made libxml2 slow); the reader checks
// the ranges and the numbers, and names the line.
TEST(DocumentReader, RangesAndCellValuesAreCheckedByTheReader) {
    const auto table = [](const std::string& column, const std::string& cell) {
        return wrap("<table><columns>" + column + "</columns><body>\n<row>" + cell + "</row></body></table>");
    };
    const std::pair<std::string, std::string> cases[] = {
        {wrap("<heading level=\"7\">x</heading>"), "level=\"7\" must be a whole number from 1 to 6"},
        {wrap("<toc depth=\"9\"/>"), "depth=\"9\" must be a whole number from 1 to 6"},
        {wrap("<fields columns=\"5\"><field label=\"a\">b</field></fields>"), "columns=\"5\" must be a whole number"},
        {table("<column precision=\"7\"/>", "<cell/>"), "precision=\"7\" must be a whole number from 0 to 6"},
        {table("<column width=\"0\"/>", "<cell/>"), "width=\"0\" must be above 0 and at most 100"},
        {table("<column width=\"100.5\"/>", "<cell/>"), "width=\"100.5\" must be above 0 and at most 100"},
        {table("<column/>", "<cell value=\"12 tkr\"/>"), "'12 tkr' is not a number"},
        {table("<column/>", "<cell value=\"1 23 456\"/>"), "grouped by three digits"},
        {table("<column/>", "<cell value=\"abc\"/>"), "'abc' is not a number"},
    };
    for (const auto& [xml, message] : cases) {
        const Error e = read_error(xml);
        EXPECT_EQ(e.kind(), Error::Kind::Template) << xml;
        EXPECT_NE(e.message().find(message), std::string::npos) << e.message();
        EXPECT_GT(e.where().line, 1) << xml;
    }
    EXPECT_NO_THROW(read_document_xml(table("<column width=\"100\" precision=\"6\"/>",
                                            "<cell value=\"\xE2\x88\x92"
                                            "1 234,5\"/>"),
                                      source()));
}

TEST(DocumentReader, TableRowsMustFillTheColumnGrid) {
    const std::string cols = "<columns><column/><column/></columns>";
    const Error short_row = read_error(wrap("<table>" + cols + "<body><row><cell>a</cell></row></body></table>"));
    EXPECT_NE(short_row.message().find("fewer cells"), std::string::npos) << short_row.message();
    const Error long_row = read_error(wrap("<table>" + cols + "<body><row><cell/><cell/><cell/></row></body></table>"));
    EXPECT_NE(long_row.message().find("more cells"), std::string::npos) << long_row.message();
    const Error span = read_error(
        wrap("<table>" + cols + "<body><row><cell rowspan=\"3\"/><cell/></row><row><cell/></row></body></table>"));
    EXPECT_NE(span.message().find("spans more rows"), std::string::npos) << span.message();
    EXPECT_NO_THROW(
        read_document_xml(wrap("<table>" + cols +
                               "<body><row><cell rowspan=\"2\">a</cell><cell/></row><row><cell/></row></body></table>"),
                          source()));
}

TEST(DocumentReader, ReferencesMustPointSomewhere) {
    const Error e = read_error(wrap("<p>Se <ref to=\"saknas\"/></p>"));
    EXPECT_NE(e.message().find("'saknas'"), std::string::npos) << e.message();
    const Error agenda = read_error(wrap("<agenda><agenda-item ref=\"saknas\">x</agenda-item></agenda>"));
    EXPECT_NE(agenda.message().find("'saknas'"), std::string::npos);
    const Error note = read_error(wrap("<p>x<note-ref to=\"fn\"/></p>"));
    EXPECT_NE(note.message().find("footnote"), std::string::npos);
    const Error lonely = read_error(wrap("<footnote id=\"fn\">ensam</footnote>"));
    EXPECT_NE(lonely.message().find("never referenced"), std::string::npos);
}

TEST(DocumentReader, FootnotesAreNumberedByTheirFirstReference) {
    // Written b, a, c; referred to first c, then a (in a list sorted into another order than
    // it was written), then b.
    const Document doc = read_document_xml(
        wrap("<footnote id=\"b\">B.</footnote><footnote id=\"a\">A.</footnote>"
             "<p>Först<note-ref to=\"c\"/>.</p>"
             "<list sort=\"alphabetical\"><item>Örn<note-ref to=\"b\"/></item><item>Ada<note-ref to=\"a\"/></item>"
             "</list><p>Igen<note-ref to=\"c\"/>.</p><footnote id=\"c\"><p>C.</p></footnote>"),
        source());
    ASSERT_EQ(doc.footnotes.size(), 3u);
    EXPECT_EQ(doc.footnotes[0].id, "c");
    EXPECT_EQ(doc.footnotes[1].id, "a");
    EXPECT_EQ(doc.footnotes[2].id, "b");
    EXPECT_EQ(plain_text(std::get<Paragraph>(doc.footnotes[1].content.at(0).value).content), "A.");
    EXPECT_EQ(doc.content.size(), 3u);  // p, list, p: no footnote in the flow
}

TEST(DocumentReader, FootnoteReferencesStandWhereEveryFormatShowsThem) {
    const Error in_note =
        read_error(wrap("<p>x<note-ref to=\"a\"/></p><footnote id=\"a\">A<note-ref to=\"b\"/></footnote>"
                        "<footnote id=\"b\">B</footnote>"));
    EXPECT_NE(in_note.message().find("cannot stand inside a footnote"), std::string::npos) << in_note.message();
    EXPECT_EQ(in_note.where().line, 2);
    const Error in_only =
        read_error(wrap("<p>x<only media=\"print\">y<note-ref to=\"a\"/></only></p><footnote id=\"a\">A</footnote>"));
    EXPECT_NE(in_only.message().find("cannot stand inside <only>"), std::string::npos) << in_only.message();
    const Error in_ref =
        read_error(wrap("<heading level=\"2\" id=\"h\">H</heading><p><ref to=\"h\">se<note-ref "
                        "to=\"a\"/></ref></p><footnote id=\"a\">A</footnote>"));
    EXPECT_NE(in_ref.message().find("cannot stand inside a <ref>"), std::string::npos) << in_ref.message();
}

TEST(DocumentReader, IdsAreUnique) {
    const Error e = read_error(wrap("<heading level=\"1\" id=\"a\">x</heading>\n<section id=\"a\"/>"));
    EXPECT_EQ(e.where().line, 3);
    EXPECT_NE(e.message().find("used twice"), std::string::npos);
}

TEST(DocumentReader, FiguresNeedAltTextAndAnImageInsideThePackage) {
    EXPECT_NE(read_error(wrap("<figure src=\"logo.png\" alt=\"  \"/>")).message().find("alternative text"),
              std::string::npos);
    EXPECT_EQ(read_error(wrap("<figure src=\"logo.png\"/>")).kind(), Error::Kind::Template);
    EXPECT_NE(read_error(wrap("<figure src=\"../../../images/tiny-300dpi.png\" alt=\"x\"/>"))
                  .message()
                  .find("leaves the template package"),
              std::string::npos);
    EXPECT_NE(read_error(wrap("<figure src=\"/etc/passwd\" alt=\"x\"/>")).message().find("inside the template package"),
              std::string::npos);
    EXPECT_NE(read_error(wrap("<figure src=\"saknas.png\" alt=\"x\"/>")).message().find("not found"),
              std::string::npos);
}

TEST(DocumentReader, ListMarkersMustFitTheListKind) {
    EXPECT_EQ(read_error(wrap("<list marker=\"decimal\"><item>x</item></list>")).kind(), Error::Kind::Template);
}

TEST(DocumentReader, TheSchemaShipsWithTheLibrary) {
    EXPECT_NE(document_schema().find("<grammar"), std::string_view::npos);
}

TEST(DocumentReader, SpaceAroundGeneratedTextIsKept) {
    const Document doc =
        read_document_xml(wrap("<heading level=\"1\" id=\"drift\">Drift</heading><p>Se <ref to=\"drift\"/> och <ref "
                               "to=\"drift\">avsnittet</ref> här<note-ref to=\"n\"/> sedan.</p>"
                               "<footnote id=\"n\">Not.</footnote>"),
                          source());
    const auto& p = block_at<Paragraph>(doc.content, 1);
    ASSERT_EQ(p.content.size(), 7u);
    EXPECT_EQ(std::get<Text>(p.content[0].value).text, "Se ");
    EXPECT_EQ(std::get<Text>(p.content[2].value).text, " och ");
    EXPECT_EQ(std::get<Text>(p.content[4].value).text, " här");
    EXPECT_EQ(std::get<Text>(p.content[6].value).text, " sedan.");
}

TEST(DocumentReader, CellsBelowARowspanTakeTheirOwnColumnsKind) {
    const Document doc =
        read_document_xml(wrap(R"(<table><columns><column/><column kind="number"/><column/></columns><body>
        <row><cell rowspan="2">Mål</cell><cell value="5"/><cell>Kommentar ett</cell></row>
        <row><cell value="6"/><cell>Kommentar två</cell></row></body></table>)"),
                          source());
    const auto& t = block_at<Table>(doc.content, 0);
    EXPECT_EQ(t.body[1].cells[0].align, Align::Right);  // the number column
    EXPECT_EQ(t.body[1].cells[1].align, Align::Left);   // the text column, not the number column
}

TEST(DocumentReader, JpegFiguresGetTheirSizeAndResolution) {
    kansli::test::TempDir dir;
    std::filesystem::copy_file(fixtures_dir() / "images/header-only-150dpi.jpg", dir / "bild.jpg");
    std::filesystem::copy_file(fixtures_dir() / "images/not-an-image.png", dir / "text.png");
    const Document doc = read_document_xml(wrap("<figure src=\"bild.jpg\" alt=\"Diagram\"/>"), {"doc.xml", dir.path()});
    const auto& image = block_at<Figure>(doc.content, 0).image;
    EXPECT_EQ(image.media_type, "image/jpeg");
    EXPECT_EQ(image.pixel_width, 16);
    EXPECT_EQ(image.pixel_height, 8);
    EXPECT_DOUBLE_EQ(image.dpi_x, 150.0);
    const Error e = kansli::test::error_from([&] {
        read_document_xml(wrap("<figure src=\"text.png\" alt=\"x\"/>"), {"doc.xml", dir.path()});
    });
    EXPECT_NE(e.message().find("not a PNG or JPEG"), std::string::npos) << e.message();
}

TEST(DocumentReader, LinksKeepOnlyPublishableTargets) {
    const Document doc = read_document_xml(
        wrap("<heading level=\"1\" id=\"h\">H</heading><p><link href=\"javascript:alert(1)\">farlig</link> "
             "<link href=\"bilaga.pdf\">relativ</link> <link href=\"https://x.se/a b\">webb <link "
             "href=\"https://y.se\">inre</link></link> "
             "<link href=\"#h\">intern</link> <link href=\"MAILTO:a@b.se\">post</link></p>"),
        source());
    const auto& p = block_at<Paragraph>(doc.content, 1);
    std::vector<std::string> hrefs;
    for (const auto& in : p.content)
        if (const auto* link = std::get_if<Link>(&in.value)) hrefs.push_back(link->href);
    const std::vector<std::string> expected = {"https://x.se/a%20b", "#h", "MAILTO:a@b.se"};
    EXPECT_EQ(hrefs, expected);
    EXPECT_EQ(plain_text(p.content), "farlig relativ webb inre intern post");
    const auto& web = std::get<Link>(p.content.at(4).value);
    EXPECT_EQ(plain_text(web.content), "webb inre");
    for (const auto& in : web.content) EXPECT_FALSE(std::holds_alternative<Link>(in.value));
}

TEST(DocumentReader, BooleansAcceptOneAndZero) {
    const Document doc = read_document_xml(
        wrap("<table numbered=\"1\" "
             "row-headers=\"0\"><columns><column/></columns><body><row><cell>a</cell></row></body></table>"),
        source());
    EXPECT_TRUE(block_at<Table>(doc.content, 0).numbered);
    EXPECT_FALSE(block_at<Table>(doc.content, 0).row_headers);
}

TEST(DocumentReader, NumbersOutOfRangeAreClearErrors) {
    const Error e = read_error(wrap("<list ordered=\"true\" start=\"99999999999\"><item>x</item></list>"));
    EXPECT_EQ(e.kind(), Error::Kind::Template);
    EXPECT_NE(e.message().find("start=\"99999999999\""), std::string::npos) << e.message();
    EXPECT_EQ(
        read_error(wrap("<table><columns><column/></columns><body><row><cell colspan=\"5000\"/></row></body></table>"))
            .kind(),
        Error::Kind::Template);
}

TEST(DocumentReader, DatesMustBeRealDaysWithoutTimeZones) {
    EXPECT_EQ(read_error(wrap("<signatures date=\"2021-02-09Z\"><signature name=\"A\"/></signatures>")).kind(),
              Error::Kind::Template);
    EXPECT_NE(read_error(wrap("<signatures date=\"2021-02-30\"><signature name=\"A\"/></signatures>"))
                  .message()
                  .find("not a day"),
              std::string::npos);
    const Document doc = read_document_xml(
        wrap("<signatures place=\"Katrineholm\" date=\"2021-02-03\"><signature name=\"A\"/></signatures>"
             "<signatures date=\"2021-02-03\"><signature name=\"B\"/></signatures>"
             "<signatures place=\"Tumba\"><signature name=\"C\"/></signatures>"),
        source());
    EXPECT_EQ(block_at<Signatures>(doc.content, 0).dateline, "Katrineholm den 3 februari 2021");
    EXPECT_EQ(block_at<Signatures>(doc.content, 1).dateline, "3 februari 2021");
    EXPECT_EQ(block_at<Signatures>(doc.content, 2).dateline, "Tumba");
}

TEST(DocumentReader, ADoctypeIsRefused) {
    const Error e = read_error("<!DOCTYPE document [<!ENTITY x \"y\">]>\n" + wrap("<p>&x;</p>"));
    EXPECT_NE(e.message().find("DOCTYPE"), std::string::npos) << e.message();
}

TEST(DocumentReader, MediaOnlyTextIsKeptWithItsMediumAndLeftOutOfLabels) {
    const Document doc = read_document_xml(
        wrap("<heading level=\"1\" id=\"d\">Drift<only media=\"print\"> (tryck)</only></heading>"
             "<p>i avsnittet <ref to=\"d\" show=\"text\"/><only media=\"print\"> på sidan <ref to=\"d\"/></only>.</p>"),
        source());
    EXPECT_EQ(doc.anchors.at("d").label, "Drift");
    const auto& p = block_at<Paragraph>(doc.content, 1);
    ASSERT_EQ(p.content.size(), 4u);
    const auto& only = std::get<MediaOnly>(p.content[2].value);
    EXPECT_EQ(only.media, MediaOnly::Media::Print);
    EXPECT_EQ(std::get<Text>(only.content.at(0).value).text, " på sidan ");
    EXPECT_EQ(read_error(wrap("<p><only media=\"radio\">x</only></p>")).kind(), Error::Kind::Template);
}

TEST(DocumentReader, APassageInAnotherLanguageKeepsItsTagAndContent) {
    const Document doc = read_document_xml(
        wrap("<p>Metoden <foreign lang=\"en-GB\">Signs of <em>Safety</em></foreign> används.</p>"), source());
    const auto& p = block_at<Paragraph>(doc.content, 0);
    const auto& foreign = std::get<Foreign>(p.content.at(1).value);
    EXPECT_EQ(foreign.lang, "en-GB");
    EXPECT_EQ(plain_text(foreign.content), "Signs of Safety");
    EXPECT_EQ(plain_text(p.content), "Metoden Signs of Safety används.");
    for (const char* tag : {"zh-Hant-TW", "sma", "EN"})
        EXPECT_NO_THROW(
            read_document_xml(wrap(std::string("<p><foreign lang=\"") + tag + "\">x</foreign></p>"), source()))
            << tag;
    // The schema's type refuses "en_GB" and ""; the reader the rest that is not a tag.
    for (const char* tag : {"en_GB", "", "english", "e", "en-", "en--GB", "en-toolongsubtag"}) {
        const Error error = read_error(wrap(std::string("<p><foreign lang=\"") + tag + "\">x</foreign></p>"));
        EXPECT_EQ(error.kind(), Error::Kind::Template) << tag;
    }
    EXPECT_NE(std::string(read_error(wrap("<p><foreign lang=\"english\">x</foreign></p>")).what())
                  .find("lang=\"english\" is not a language tag"),
              std::string::npos);
}

TEST(DocumentReader, AbbreviationsAndSymbolsKeepTheirWords) {
    const Document doc =
        read_document_xml(wrap("<heading level=\"1\" id=\"m\">Mål <symbol text=\" Uppfyllt \">✓</symbol></heading>"
                               "<p><abbr title=\"kommun\nfullmäktige\"> KF </abbr> och <abbr>SN</abbr></p>"),
                          source());
    EXPECT_EQ(doc.anchors.at("m").label, "Mål Uppfyllt") << "labels read the symbol's words";
    const auto& heading = block_at<Heading>(doc.content, 0);
    const auto& symbol = std::get<Symbol>(heading.content.at(1).value);
    EXPECT_EQ(symbol.glyph, "✓");
    EXPECT_EQ(symbol.text, "Uppfyllt");
    const auto& p = block_at<Paragraph>(doc.content, 1);
    const auto& kf = std::get<Abbreviation>(p.content.at(0).value);
    EXPECT_EQ(kf.text, "KF");
    EXPECT_EQ(kf.expansion, "kommun fullmäktige");
    EXPECT_EQ(std::get<Abbreviation>(p.content.at(2).value).expansion, "");
    EXPECT_EQ(read_error(wrap("<p><symbol>✓</symbol></p>")).kind(), Error::Kind::Template);
    EXPECT_EQ(read_error(wrap("<p><symbol text=\" \">✓</symbol></p>")).kind(), Error::Kind::Template);
    EXPECT_EQ(read_error(wrap("<p><abbr title=\"x\"></abbr></p>")).kind(), Error::Kind::Template);
}
