#include <gtest/gtest.h>

// GCC 12 reports a false "may be used uninitialized" inside std::vector's copy for the nested
// brace-initialised variants below (GCC bug 105562 family); the values are all initialised.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include "kansli/document.hpp"

using namespace kansli;

TEST(Model, PlainTextFlattensInlines) {
    Inlines in{{Text{"Se "}},
               {Emphasis{{{Text{"bilaga"}}}}},
               {LineBreak{}},
               {Link{"https://x.se", {{Text{"länk"}}}}},
               {FootnoteRef{"f"}}};
    EXPECT_EQ(plain_text(in), "Se bilaga länk");
}

TEST(Model, TocCollectsHeadingsInsideSectionsUpToTheDepth) {
    Document doc;
    doc.content.push_back({Heading{1, std::nullopt, "a", true, {{Text{"Inledning"}}}}, 1});
    Section section{"appendix", "bilaga", {}};
    section.content.push_back({Heading{2, std::string("2.1"), "b", true, {{Text{"Drift"}}}}, 2});
    section.content.push_back({Heading{3, std::nullopt, "c", true, {{Text{"Djupt"}}}}, 3});
    section.content.push_back({Heading{2, std::nullopt, "d", false, {{Text{"Utanför"}}}}, 4});
    doc.content.push_back({std::move(section), 2});
    const auto toc = collect_toc(doc, 2);
    ASSERT_EQ(toc.size(), 2u);
    EXPECT_EQ(toc[0].text, "Inledning");
    EXPECT_EQ(toc[1].number, "2.1");
    EXPECT_EQ(toc[1].id, "b");
    EXPECT_EQ(collect_toc(doc, 3).size(), 3u);
}

TEST(Model, FootnotesAreNumberedInTheOrderTheDocumentListsThem) {
    Document doc;
    doc.footnotes.push_back({"andra", {}});
    doc.footnotes.push_back({"forsta", {}});
    const auto numbers = footnote_numbers(doc);
    EXPECT_EQ(numbers, (std::map<std::string, int>{{"andra", 1}, {"forsta", 2}}));
}

TEST(Model, AgendaKnowsWhetherItHasDnrAndPageColumns) {
    Agenda agenda;
    agenda.items.push_back({"1", "", "", "", {{Text{"Upprop"}}}});
    EXPECT_FALSE(agenda.has_dnr());
    EXPECT_FALSE(agenda.has_refs());
    agenda.items.push_back({"2", "SOCN/2020:38", "", "arende-2", {{Text{"Motion"}}}});
    EXPECT_TRUE(agenda.has_dnr());
    EXPECT_TRUE(agenda.has_refs());
}

TEST(Model, EmptyCellIsNotZero) {
    Cell empty;
    Cell zero;
    zero.number = CellNumber{"0", 0.0, 0};
    zero.content.push_back({Text{"0"}});
    EXPECT_TRUE(empty.is_empty());
    EXPECT_FALSE(zero.is_empty());
}

TEST(Model, WalkVisitsEveryBlockAndInlineInDocumentOrder) {
    Document doc;
    Table table;
    table.caption = {{Text{"rubrik"}}};
    Cell cell;
    cell.content.push_back({Strong{{{Text{"cell"}}}}});
    Row row;
    row.cells.push_back(std::move(cell));
    table.body.push_back(std::move(row));
    Section section{"appendix", "s", {}};
    section.content.push_back({std::move(table), 2});
    doc.footnotes.push_back({"f", {{Paragraph{Align::Default, {{Text{"not"}}}}, 3}}});
    doc.content.push_back({Paragraph{Align::Default, {{Text{"först"}}, {FootnoteRef{"f"}}}}, 1});
    doc.content.push_back({std::move(section), 2});
    std::vector<std::string> seen;
    walk(
        doc, [&](const Block& b) { seen.push_back("block@" + std::to_string(b.source_line)); },
        [&](const Inline& i) {
            if (const auto* t = std::get_if<Text>(&i.value)) seen.push_back(t->text);
            if (std::holds_alternative<FootnoteRef>(i.value)) seen.push_back("ref");
        });
    // The footnotes come last, after the content.
    const std::vector<std::string> expected = {"block@1", "först", "ref",     "block@2", "block@2",
                                               "rubrik",  "cell",  "block@3", "not"};
    EXPECT_EQ(seen, expected);
}
