// TableGrid: the one place where a table's cells meet the grid, and the header facts every
// writer reads from it.
#include "kansli/table_grid.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

using namespace kansli;

namespace {

// A cell with text, or an empty one for "".
Cell cell(const std::string& text, int colspan = 1, int rowspan = 1) {
    Cell c;
    if (!text.empty()) c.content.push_back({Text{text}});
    c.colspan = colspan;
    c.rowspan = rowspan;
    return c;
}

Cell number(const std::string& literal) {
    Cell c = cell(literal);
    c.number = CellNumber{literal, std::stod(literal), 0};
    return c;
}

Row row(std::vector<Cell> cells, RowKind kind = RowKind::Data) { return Row{kind, std::move(cells)}; }

Table table_of(std::size_t columns, std::vector<Row> head, std::vector<Row> body) {
    Table t;
    t.columns.assign(columns, Column{});
    t.head = std::move(head);
    t.body = std::move(body);
    return t;
}

// The text of each header that applies to grid cell `index`.
std::vector<std::string> header_texts(const TableGrid& grid, std::size_t index) {
    std::vector<std::string> out;
    for (std::size_t h : grid.cells()[index].headers) out.push_back(plain_text(grid.cells()[h].cell->content));
    return out;
}

// The index of the grid cell whose text is `text`.
std::size_t find(const TableGrid& grid, const std::string& text) {
    for (std::size_t i = 0; i < grid.cells().size(); ++i)
        if (plain_text(grid.cells()[i].cell->content) == text) return i;
    ADD_FAILURE() << "no cell reads " << text;
    return 0;
}

std::string problem(const Table& table) {
    try {
        TableGrid grid(table);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "no problem";
}

}  // namespace

TEST(TableGrid, PlacesCellsPastSpansFromAbove) {
    // | a (2 rows) | b  c (2 columns) |
    // |            | d | e (2 rows)   |
    // | f          | g |              |
    const Table t = table_of(
        3, {}, {row({cell("a", 1, 2), cell("bc", 2)}), row({cell("d"), cell("e", 1, 2)}), row({cell("f"), cell("g")})});
    const TableGrid grid(t);
    ASSERT_EQ(grid.rows(), 3u);
    ASSERT_EQ(grid.columns(), 3u);
    const auto where = [&](const std::string& text) {
        const GridCell& c = grid.cells()[find(grid, text)];
        return std::vector<std::size_t>{c.row, c.column, c.rows, c.columns};
    };
    EXPECT_EQ(where("a"), (std::vector<std::size_t>{0, 0, 2, 1}));
    EXPECT_EQ(where("bc"), (std::vector<std::size_t>{0, 1, 1, 2}));
    EXPECT_EQ(where("d"), (std::vector<std::size_t>{1, 1, 1, 1}));
    EXPECT_EQ(where("e"), (std::vector<std::size_t>{1, 2, 2, 1}));
    EXPECT_EQ(where("f"), (std::vector<std::size_t>{2, 0, 1, 1}));
    EXPECT_EQ(where("g"), (std::vector<std::size_t>{2, 1, 1, 1}));
    // Every position has its cell; each row lists the cells covering it left to right.
    EXPECT_EQ(plain_text(grid.at(1, 0).cell->content), "a");
    EXPECT_EQ(plain_text(grid.at(0, 2).cell->content), "bc");
    EXPECT_EQ(plain_text(grid.at(2, 2).cell->content), "e");
    std::vector<std::string> second_row;
    for (std::size_t index : grid.covering(1)) second_row.push_back(plain_text(grid.cells()[index].cell->content));
    EXPECT_EQ(second_row, (std::vector<std::string>{"a", "d", "e"}));
    // row() lists the cells starting in a row, in the Row's order and pointing at its cells.
    ASSERT_EQ(grid.row(1).size(), 2u);
    EXPECT_EQ(grid.row(1)[0].cell, &t.body[1].cells[0]);
}

TEST(TableGrid, HeaderRowsComeFirstAndSpansStayInTheirPart) {
    const Table t =
        table_of(2, {row({cell("", 1, 2), cell("2022")}), row({cell("Budget")})}, {row({cell("Drift"), number("5")})});
    const TableGrid grid(t);
    EXPECT_EQ(grid.head_rows(), 2u);
    EXPECT_EQ(grid.rows(), 3u);
    EXPECT_EQ(grid.cells()[find(grid, "Drift")].row, 2u);
    EXPECT_EQ(grid.cells()[find(grid, "Budget")].column, 1u);
}

TEST(TableGrid, RefusesRowsThatDoNotCoverTheColumns) {
    EXPECT_EQ(problem(table_of(2, {}, {row({cell("a"), cell("b"), cell("c")})})),
              "the table's body row 1 has more cells than its 2 columns");
    EXPECT_EQ(problem(table_of(3, {}, {row({cell("a"), cell("b")})})),
              "the table's body row 1 has fewer cells than its 3 columns");
    EXPECT_EQ(problem(table_of(2, {row({cell("a", 2)}), row({cell("b")})}, {row({cell("c"), cell("d")})})),
              "the table's header row 2 has fewer cells than its 2 columns");
    // b spans into the second row's second column, which c (two columns wide) also claims.
    EXPECT_EQ(problem(table_of(3, {}, {row({cell("a"), cell("b", 1, 2), cell("x")}), row({cell("c", 2)})})),
              "the table's body row 2 overlaps a cell spanning from above");
    EXPECT_EQ(problem(table_of(1, {}, {row({cell("a", 1, 3)}), row({})})),
              "a cell in the table's body spans more rows than there are");
    // A rowspan may not leave the header rows for the body.
    EXPECT_EQ(problem(table_of(1, {row({cell("a", 1, 2)})}, {row({})})),
              "a cell in the table's header spans more rows than there are");
    EXPECT_EQ(problem(table_of(1, {}, {row({cell("a", 0)})})),
              "the table's body row 1 has a cell spanning fewer than one column or row");
    EXPECT_EQ(problem(table_of(1, {}, {row({cell("a", 1, -2)})})),
              "the table's body row 1 has a cell spanning fewer than one column or row");
}

TEST(TableGrid, HeaderRowCellsHeadColumnsAndTheFirstRowMakesColumnGroups) {
    // | (empty corner, 2 rows) | 2022 (over Budget and Utfall) |
    // |                        | Budget | Utfall               |
    const Table t = table_of(3, {row({cell("", 1, 2), cell("2022", 2)}), row({cell("Budget"), cell("Utfall")})},
                             {row({cell("Drift"), number("1"), number("2")})});
    const TableGrid grid(t);
    EXPECT_EQ(grid.column_groups(), (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(grid.cells()[0].scope, HeaderScope::None);  // an empty corner heads nothing
    EXPECT_EQ(grid.cells()[find(grid, "2022")].scope, HeaderScope::ColumnGroup);
    EXPECT_EQ(grid.cells()[find(grid, "Budget")].scope, HeaderScope::Column);
    // Column 0 has no header above it, so the first column heads the rows.
    EXPECT_EQ(grid.cells()[find(grid, "Drift")].scope, HeaderScope::Row);
    EXPECT_EQ(header_texts(grid, find(grid, "2")), (std::vector<std::string>{"2022", "Utfall", "Drift"}));
    EXPECT_TRUE(grid.cells()[find(grid, "Budget")].headers.empty());
}

TEST(TableGrid, FirstColumnHeadsRowsOnlyWhenAskedOrNeeded) {
    Table t = table_of(2, {row({cell("Verksamhet"), cell("Utfall")})},
                       {row({cell("Drift"), number("1")}), row({cell("Not"), cell("x")}, RowKind::Note)});
    EXPECT_EQ(TableGrid(t).cells()[find(TableGrid(t), "Drift")].scope, HeaderScope::None);
    t.row_headers = true;
    const TableGrid grid(t);
    EXPECT_EQ(grid.cells()[find(grid, "Drift")].scope, HeaderScope::Row);
    EXPECT_EQ(grid.cells()[find(grid, "Not")].scope, HeaderScope::None);  // a note heads nothing
    EXPECT_EQ(header_texts(grid, find(grid, "1")), (std::vector<std::string>{"Utfall", "Drift"}));
}

TEST(TableGrid, SectionRowsHeadTheirGroupAndAnEmptySumLabelStillHeads) {
    Table t = table_of(2, {row({cell("Verksamhet"), cell("Utfall")})},
                       {row({cell("Intäkter", 2)}, RowKind::Section), row({cell("Avgifter"), number("1")}),
                        row({cell(""), number("3")}, RowKind::Sum)});
    t.row_headers = true;
    const TableGrid grid(t);
    EXPECT_TRUE(grid.starts_row_group(1));
    EXPECT_FALSE(grid.starts_row_group(2));
    EXPECT_EQ(grid.cells()[find(grid, "Intäkter")].scope, HeaderScope::RowGroup);
    EXPECT_EQ(header_texts(grid, find(grid, "1")), (std::vector<std::string>{"Utfall", "Intäkter", "Avgifter"}));
    EXPECT_EQ(grid.row(3)[0].scope, HeaderScope::Row);  // empty, but the label of a sum
    EXPECT_EQ(header_texts(grid, find(grid, "3")), (std::vector<std::string>{"Utfall", "Intäkter", ""}));
}

TEST(TableGrid, ASectionRowThatARowspanCrossesStartsNoGroup) {
    Table t = table_of(2, {row({cell("A"), cell("B")})},
                       {row({cell("x"), cell("tall", 1, 2)}), row({cell("Mitt")}, RowKind::Section)});
    t.row_headers = true;
    const TableGrid grid(t);
    EXPECT_FALSE(grid.starts_row_group(2));
    EXPECT_EQ(grid.cells()[find(grid, "Mitt")].scope, HeaderScope::Row);
}

TEST(TableGrid, ColumnSharesKeepDeclaredWidthsAndFollowTheTextElsewhere) {
    Table t = table_of(3, {}, {row({cell("Hushåll med utbetalt försörjningsstöd"), number("1"), number("2")})});
    t.columns[2].width = 20.0;
    const std::vector<double> shares = TableGrid(t).column_shares();
    ASSERT_EQ(shares.size(), 3u);
    EXPECT_NEAR(std::accumulate(shares.begin(), shares.end(), 0.0), 1.0, 1e-12);
    EXPECT_NEAR(shares[2], 0.20, 1e-12);
    // The other 80 % by the longest text: 37 characters against the minimum of 4.
    EXPECT_NEAR(shares[0], 0.80 * 37.0 / 41.0, 1e-12);
    EXPECT_NEAR(shares[1], 0.80 * 4.0 / 41.0, 1e-12);
}

TEST(TableGrid, ColumnSharesScaleWhenDeclaredWidthsLeaveNothing) {
    Table t = table_of(2, {}, {row({cell("a"), cell("b")})});
    t.columns[0].width = 100.0;
    const std::vector<double> shares = TableGrid(t).column_shares();
    EXPECT_NEAR(shares[0], 100.0 / 105.0, 1e-12);
    EXPECT_NEAR(shares[1], 5.0 / 105.0, 1e-12);
}

// Botkyrka's results table: declared widths of 40 and 12 % left "Avvikelse 2023" a column
// too narrow for "Avvikelse", which LibreOffice broke as "Avvikels/e". Given the width in
// ems, no column is narrower than its longest header word, declared or not.
TEST(TableGrid, NoColumnIsNarrowerThanItsLongestHeaderWord) {
    Table t = table_of(
        6,
        {row({cell(""), cell("Utfall 2022"), cell("Utfall 2023"), cell("Budget 2023"), cell("Prognos 2023"),
              cell("Avvikelse 2023")})},
        {row({cell("Intäkter (+)"), number("91,9"), number("40,4"), number("42,0"), number("61,4"), number("19,5")})});
    t.columns[0].width = 40.0;
    for (std::size_t c = 1; c < 6; ++c) t.columns[c].width = 12.0;
    const TableGrid grid(t);
    const double width_em = 30.0;  // a narrow page: 12 % is 3.6 em, "Avvikelse" needs more
    const double avvikelse = (9 * TableGrid::kHeaderEmPerCharacter + TableGrid::kCellPaddingEm) / width_em;
    const double prognos = (7 * TableGrid::kHeaderEmPerCharacter + TableGrid::kCellPaddingEm) / width_em;
    ASSERT_LT(grid.column_shares()[5], avvikelse) << "the declared width alone is too narrow";
    const std::vector<double> shares = grid.column_shares(width_em);
    EXPECT_NEAR(std::accumulate(shares.begin(), shares.end(), 0.0), 1.0, 1e-12);
    EXPECT_GE(shares[5] + 1e-12, avvikelse);
    EXPECT_GE(shares[4] + 1e-12, prognos);
    EXPECT_GE(shares[1] + 1e-12, (6 * TableGrid::kHeaderEmPerCharacter + TableGrid::kCellPaddingEm) / width_em);
    // The room came from the first column, the only one with more than it needs.
    EXPECT_LT(shares[0], 0.40);
    // Wide enough already: nothing changes.
    EXPECT_EQ(grid.column_shares(1000.0), grid.column_shares());
}

// When the minimums of the header words alone exceed the table, they share it in proportion;
// the body's longer words are given up first.
TEST(TableGrid, HeaderWordMinimumsShareATableTooNarrowForThem) {
    Table t =
        table_of(2, {row({cell("Kommentar"), cell("Status")})}, {row({cell("Tillsvidareanställda"), cell("ok")})});
    const TableGrid grid(t);
    const double kommentar = 9 * TableGrid::kHeaderEmPerCharacter + TableGrid::kCellPaddingEm;
    const double status = 6 * TableGrid::kHeaderEmPerCharacter + TableGrid::kCellPaddingEm;
    const std::vector<double> tight = grid.column_shares(kommentar + status - 1.0);
    EXPECT_NEAR(tight[0], kommentar / (kommentar + status), 1e-12);
    // Room for the header words but not for "Tillsvidareanställda" beside "Status": the
    // header minimum holds, the body word breaks.
    const double roomy = kommentar + status + 1.0;
    const std::vector<double> shares = grid.column_shares(roomy);
    EXPECT_GE(shares[1] + 1e-12, status / roomy);
}

TEST(TableGrid, ARowHeaderSpanningTwoRowsHeadsBothAndItsSubLabelsHeadTheirRows) {
    // Botkyrka's "Bilaga 2": a group label spanning two rows, a sub-label in each row.
    // |             (corner)              | Augusti | Augusti |
    // |                                   | 2022    | 2023    |
    // | Gemensam (2 rows) | Årsarbetare   | 26,7    | 33,6    |
    // |                   | Anställda     | 31      | 34      |
    Table t = table_of(4,
                       {row({cell("Antal", 1, 2), cell("", 1, 2), cell("Augusti"), cell("Augusti ")}),
                        row({cell("2022"), cell("2023")})},
                       {row({cell("Gemensam", 1, 2), cell("Årsarbetare"), number("26.7"), number("33.6")}),
                        row({cell("Anställda"), number("31"), number("34")})});
    t.row_headers = true;
    t.columns[2].kind = t.columns[3].kind = ColumnKind::Number;
    const TableGrid grid(t);
    EXPECT_EQ(grid.cells()[find(grid, "Gemensam")].scope, HeaderScope::Row);
    EXPECT_EQ(grid.cells()[find(grid, "Årsarbetare")].scope, HeaderScope::Row);
    EXPECT_EQ(grid.cells()[find(grid, "Anställda")].scope, HeaderScope::Row);
    EXPECT_EQ(grid.cells()[find(grid, "31")].scope, HeaderScope::None);
    // The second row's cells have the group label too, though it starts a row above them.
    EXPECT_EQ(header_texts(grid, find(grid, "31")),
              (std::vector<std::string>{"Augusti", "2022", "Gemensam", "Anställda"}));
    EXPECT_EQ(header_texts(grid, find(grid, "26.7")),
              (std::vector<std::string>{"Augusti", "2022", "Gemensam", "Årsarbetare"}));
    // A sub-label is headed by its group label.
    EXPECT_EQ(header_texts(grid, find(grid, "Anställda")), (std::vector<std::string>{"Gemensam"}));
}

TEST(TableGrid, OnlyALabelSpanningMoreRowsMakesSubLabels) {
    // Both cells span two rows: the second is data beside its row header, not a sub-label.
    Table t = table_of(3, {row({cell("Område"), cell("Kommentar"), cell("Utfall")})},
                       {row({cell("Norr", 1, 2), cell("lång kommentar", 1, 2), number("1")}), row({number("2")})});
    t.row_headers = true;
    const TableGrid grid(t);
    EXPECT_EQ(grid.cells()[find(grid, "lång kommentar")].scope, HeaderScope::None);
    EXPECT_EQ(header_texts(grid, find(grid, "2")), (std::vector<std::string>{"Utfall", "Norr"}));
    // Nor does a number beside a label that spans rows.
    Table numbers = table_of(2, {row({cell("Område"), cell("Utfall")})},
                             {row({cell("Norr", 1, 2), number("1")}), row({number("2")})});
    numbers.row_headers = true;
    const TableGrid number_grid(numbers);
    EXPECT_EQ(number_grid.cells()[find(number_grid, "1")].scope, HeaderScope::None);
    EXPECT_EQ(header_texts(number_grid, find(number_grid, "2")), (std::vector<std::string>{"Utfall", "Norr"}));
}
