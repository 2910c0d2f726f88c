// check_document(): a Document built through the API that keeps every guarantee passes; one
// that breaks any single guarantee is refused, with a message saying which.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>

#include "kansli/document.hpp"
#include "kansli/error.hpp"

// GCC 12 reports a false "may be used uninitialized" inside std::vector's copy of the nested
// brace-initialised variants below (see model_test.cpp).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

using namespace kansli;

namespace {

Inlines words(const std::string& text) { return {Inline{Text{text}}}; }

Cell cell(const std::string& text) { return Cell{words(text), 1, 1, {}, Align::Default}; }

Cell value(const std::string& literal) {
    Cell c = cell(literal);
    c.number = CellNumber{literal, std::stod(literal), 0};
    return c;
}

// One of everything, as a program embedding Kansli might build it.
Document valid_document() {
    Document doc;
    doc.meta.title = "Årsredovisning";
    doc.meta.date = "2021-02-02";
    Heading heading{1, std::string("1"), "inledning", true, words("Inledning")};
    doc.content.push_back({heading, 1});
    doc.anchors["inledning"] = {AnchorTarget::Kind::Heading, "Inledning"};
    Paragraph paragraph{Align::Default, words("Se ")};
    paragraph.content.push_back({CrossRef{"drift", CrossRef::Show::Page, {}}});
    paragraph.content.push_back({FootnoteRef{"not"}});
    paragraph.content.push_back({Link{"https://www.katrineholm.se", words("webben")}});
    paragraph.content.push_back({MediaOnly{MediaOnly::Media::Print, words(" i tryck")}});
    paragraph.content.push_back({Abbreviation{"KF", "kommunfullmäktige"}});
    paragraph.content.push_back({Symbol{"✓", "uppfyllt"}});
    paragraph.content.push_back({Anchor{"har"}});
    doc.anchors["har"] = {AnchorTarget::Kind::Anchor, ""};
    doc.content.push_back({paragraph, 2});
    List list;
    list.items.push_back({{{Paragraph{Align::Default, words("punkt")}, 3}}});
    doc.content.push_back({list, 3});
    Table table;
    table.id = "drift";
    doc.anchors["drift"] = {AnchorTarget::Kind::Table, ""};
    table.columns = {Column{}, Column{ColumnKind::Money, Align::Right, 0, "tkr", 30.0}};
    table.head = {Row{RowKind::Data, {cell("Verksamhet"), cell("Utfall")}}};
    table.body = {Row{RowKind::Data, {cell("Ledning"), value("-15785")}}};
    doc.content.push_back({table, 4});
    Section section{"appendix", "bilaga", {}};
    doc.anchors["bilaga"] = {AnchorTarget::Kind::Section, ""};
    section.content.push_back({Fields{"Uppgifter", 2, {{"Datum", words("2021-02-02")}}}, 6});
    Agenda agenda{"", "Nr", "Ärende", "Beteckning", "Sidan", {}};
    agenda.items.push_back({"1", "", "", "bilaga", words("Upprop")});
    section.content.push_back({agenda, 7});
    section.content.push_back({Signatures{"Katrineholm", "2021-02-03", "Katrineholm den 3 februari 2021", {}}, 8});
    Figure figure;
    figure.id = "logga";
    doc.anchors["logga"] = {AnchorTarget::Kind::Figure, ""};
    figure.alt = "Kommunens logotyp";
    figure.image = Image{"logo.png", "image/png", "\x89PNG", 4, 4, 96.0, 96.0};
    section.content.push_back({figure, 9});
    section.content.push_back({PageBreak{}, 10});
    section.content.push_back({TableOfContents{2, "Innehåll"}, 11});
    doc.content.push_back({section, 5});
    doc.footnotes.push_back({"not", {{Paragraph{Align::Default, words("Fotnoten.")}, 12}}});
    return doc;
}

// The message of check_document's refusal of `doc`; fails the test when it is accepted.
std::string refusal(const Document& doc) {
    try {
        check_document(doc);
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Usage);
        return e.message();
    }
    ADD_FAILURE() << "the document was accepted";
    return {};
}

Paragraph& first_paragraph(Document& doc) { return std::get<Paragraph>(doc.content.at(1).value); }
Table& the_table(Document& doc) { return std::get<Table>(doc.content.at(3).value); }
Section& the_section(Document& doc) { return std::get<Section>(doc.content.at(4).value); }

// Breaks one guarantee of a valid document and expects a refusal that says `expected`.
void expect_refused(const std::function<void(Document&)>& breaking, const std::string& expected) {
    Document doc = valid_document();
    breaking(doc);
    const std::string message = refusal(doc);
    EXPECT_NE(message.find(expected), std::string::npos) << "expected \"" << expected << "\" in: " << message;
}

}  // namespace

TEST(CheckDocument, AcceptsADocumentThatKeepsEveryGuarantee) { EXPECT_NO_THROW(check_document(valid_document())); }

TEST(CheckDocument, TextMustBeWhatXmlCanCarry) {
    expect_refused([](Document& d) { first_paragraph(d).content.push_back({Text{"bell\x07"}}); }, "control character");
    expect_refused([](Document& d) { d.meta.title = "\xff"; }, "invalid UTF-8");
    expect_refused([](Document& d) { d.meta.language = "svenska språket"; }, "not a language tag");
    expect_refused([](Document& d) { d.meta.date = "2021-02-30"; }, "not an ISO date");
}

TEST(CheckDocument, IdsAreUniqueAndListedInAnchors) {
    expect_refused([](Document& d) { d.content.push_back(d.content.front()); }, "the id 'inledning' is used twice");
    expect_refused([](Document& d) { d.anchors.erase("logga"); }, "'logga' is not in anchors");
    expect_refused(
        [](Document& d) {
            d.anchors["saknas"] = {AnchorTarget::Kind::Heading, ""};
        },
        "no element has that id");
    expect_refused([](Document& d) { d.anchors["drift"].kind = AnchorTarget::Kind::Figure; },
                   "not in anchors as a table");
    expect_refused([](Document& d) { std::get<Heading>(d.content.at(0).value).id.clear(); }, "heading has no id");
}

TEST(CheckDocument, ReferencesResolveAndLinksArePublishable) {
    expect_refused(
        [](Document& d) {
            first_paragraph(d).content.push_back({CrossRef{"saknas", {}, {}}});
        },
        "points to 'saknas'");
    expect_refused(
        [](Document& d) {
            std::get<Agenda>(the_section(d).content.at(1).value).items.push_back({"2", "", "", "borta", words("x")});
        },
        "points to 'borta'");
    expect_refused(
        [](Document& d) {
            first_paragraph(d).content.push_back({Link{"javascript:alert(1)", {}}});
        },
        "not one a document may carry");
    expect_refused(
        [](Document& d) {
            first_paragraph(d).content.push_back({Link{"https://a.se/<b>", {}}});
        },
        "not one a document may carry");
}

TEST(CheckDocument, FootnotesAreReferencedOnceOrMoreInTheirOrderAndFromTheText) {
    expect_refused([](Document& d) { first_paragraph(d).content.push_back({FootnoteRef{"saknas"}}); },
                   "no such footnote");
    expect_refused([](Document& d) { d.footnotes.push_back({"ensam", {}}); }, "never referenced");
    expect_refused([](Document& d) { d.footnotes.push_back({"not", {}}); }, "used twice");
    expect_refused(
        [](Document& d) {
            d.footnotes.insert(d.footnotes.begin(), Footnote{"andra", {}});
            first_paragraph(d).content.push_back({FootnoteRef{"andra"}});
        },
        "not in the order of their first reference");
    expect_refused(
        [](Document& d) {
            d.footnotes.push_back({"inre", {}});
            d.footnotes.front().content.push_back({Paragraph{Align::Default, {{FootnoteRef{"inre"}}}}, 12});
        },
        "stands inside a footnote");
    expect_refused(
        [](Document& d) {
            first_paragraph(d).content.push_back({MediaOnly{MediaOnly::Media::Web, {{FootnoteRef{"not"}}}}});
        },
        "stands inside text for one medium only");
    expect_refused(
        [](Document& d) {
            first_paragraph(d).content.push_back({CrossRef{"drift", CrossRef::Show::Text, {{FootnoteRef{"not"}}}}});
        },
        "stands inside the text of a cross-reference");
}

TEST(CheckDocument, ValuesStayInTheirRanges) {
    expect_refused([](Document& d) { std::get<Heading>(d.content.at(0).value).level = 7; }, "level is 7");
    expect_refused([](Document& d) { std::get<TableOfContents>(the_section(d).content.at(5).value).depth = 0; },
                   "depth is not 1 to 6");
    expect_refused([](Document& d) { std::get<Fields>(the_section(d).content.at(0).value).columns = 5; },
                   "5 columns, not 1 to 4");
    expect_refused([](Document& d) { std::get<List>(d.content.at(2).value).start = -1; }, "below 0");
    expect_refused([](Document& d) { std::get<List>(d.content.at(2).value).marker = List::Marker::Decimal; },
                   "marker does not fit");
    expect_refused([](Document& d) { the_table(d).columns[1].width = 120.0; }, "width is not above 0");
    expect_refused([](Document& d) { the_table(d).columns[1].width = std::nan(""); }, "width is not above 0");
    expect_refused([](Document& d) { the_table(d).columns[1].precision = 7; }, "precision is not 0 to 6");
    expect_refused([](Document& d) { std::get<Figure>(the_section(d).content.at(3).value).width_mm = 0.0; },
                   "figure's width");
}

TEST(CheckDocument, TablesHaveACompleteGridAndPlainValues) {
    expect_refused([](Document& d) { the_table(d).body[0].cells.pop_back(); }, "has fewer cells than its 2 columns");
    expect_refused([](Document& d) { the_table(d).body[0].cells[0].rowspan = 2; }, "spans more rows than there are");
    expect_refused([](Document& d) { the_table(d).body.clear(); }, "no body rows");
    expect_refused([](Document& d) { the_table(d).head[0].cells[1] = value("5"); }, "header cell holds a value");
    expect_refused([](Document& d) { the_table(d).body[0].cells[1].number->literal = "−15 785"; },
                   "not a decimal such as -27660");
}

TEST(CheckDocument, RequiredTextIsThere) {
    expect_refused([](Document& d) { std::get<Figure>(the_section(d).content.at(3).value).alt.clear(); },
                   "alternative text is empty");
    expect_refused(
        [](Document& d) { std::get<Figure>(the_section(d).content.at(3).value).image.media_type = "image/gif"; },
        "not image/png or image/jpeg");
    expect_refused([](Document& d) { std::get<Heading>(d.content.at(0).value).content.clear(); },
                   "heading has no text");
    expect_refused(
        [](Document& d) {
            first_paragraph(d).content.push_back({Symbol{"✓", ""}});
        },
        "the words of a symbol is empty");
    expect_refused([](Document& d) { std::get<Agenda>(the_section(d).content.at(1).value).items[0].title.clear(); },
                   "agenda item has no title");
    expect_refused([](Document& d) { std::get<Agenda>(the_section(d).content.at(1).value).dnr_label.clear(); },
                   "agenda's column heading is empty");
    expect_refused([](Document& d) { std::get<TableOfContents>(the_section(d).content.at(5).value).title.clear(); },
                   "table of contents' title is empty");
}

TEST(CheckDocument, NamesTheLineOfTheBlock) {
    Document doc = valid_document();
    the_table(doc).body[0].cells.pop_back();
    try {
        check_document(doc);
        FAIL() << "accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.where().line, 4);
    }
}
