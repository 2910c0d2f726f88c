// The facts about a table that every writer needs and none should work out for itself: where
// each cell stands in the grid, which cells are headers, which headers apply to each cell, and
// how wide each column is. Computed from a Table in one place, as pandoc's AnnotatedTable is,
// and never stored in the model: a Document built through the API cannot hold a stale grid.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "kansli/document.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// What a cell heads, if anything. A writer writes None as a data cell (HTML `td`, PDF `TD`)
/// and every other scope as a header cell (`th scope=…`, PDF `TH /Scope`).
enum class HeaderScope {
    None,         ///< a data cell, or an empty cell in the header rows (it heads nothing)
    Column,       ///< a header-row cell over its column(s)
    ColumnGroup,  ///< a header-row cell over exactly one of TableGrid::column_groups()
    Row,          ///< a row header: the first cell of a body row, or a sub-label beside one
    RowGroup,     ///< the first cell of a section row: heads the rows up to the next section
};

/// One cell of a table placed on its grid.
struct GridCell {
    const Cell* cell = nullptr;             ///< the cell in the Table the grid was made from
    std::size_t row = 0;                    ///< grid row of its top row: header rows first, then body rows
    std::size_t column = 0;                 ///< grid column of its leftmost column
    std::size_t rows = 1;                   ///< grid rows it covers (its rowspan)
    std::size_t columns = 1;                ///< grid columns it covers (its colspan)
    HeaderScope scope = HeaderScope::None;  ///< what it heads, if anything
    /// The header cells that apply to it, as indices into TableGrid::cells(), in reading
    /// order: the column headers over its columns (top to bottom), the header of its row group,
    /// then the row headers to its left in any of its rows, outermost first (a group label
    /// spanning rows applies to each of them). Empty for header-row cells.
    std::span<const std::size_t> headers;
};

/// A table's cells on their grid, with the header facts (HTML `headers=`, PDF `/Headers`).
///
/// The rules, decided here once for every format:
/// - a non-empty cell of a header row heads the columns under it;
/// - a body row's first cell heads the row when the table says so (Table::row_headers), or
///   when some column has no header above it (else that column's cells would have none);
///   note rows do not, unless no column is headed; an empty first cell of a sum or subtotal
///   row still heads it (writers give it a hidden word from the theme's labels);
/// - a row header that spans more rows than the cell to its right groups those rows, so that
///   cell is a sub-label that heads its own row ("Gemensam verksamhet" over "Antal
///   årsarbetare" and "Antal anställda"), unless it is empty or holds a number;
/// - a section row's first cell heads the rows up to the next section (a row group), unless
///   a rowspan from above crosses into the section row: then it heads only its own row.
///
/// The grid holds pointers into the Table: it is valid while the table lives unchanged.
class TableGrid {
public:
    /// Places the cells. Throws std::invalid_argument, saying which row of which part, when
    /// the rows do not cover the columns exactly or a span is below 1 (check_document()
    /// guarantees a Document's tables never do).
    explicit TableGrid(const Table& table);
    // The cells' header lists point into the grid: it moves, but is not copied.
    TableGrid(const TableGrid&) = delete;
    TableGrid& operator=(const TableGrid&) = delete;
    /// Takes over `other`'s grid; the header lists still point into it.
    TableGrid(TableGrid&& other) noexcept = default;
    /// Takes over `other`'s grid; the header lists still point into it.
    TableGrid& operator=(TableGrid&& other) noexcept = default;

    /// Throws as the constructor does when the rows do not cover the columns, without working
    /// out the rest (what check_document() needs).
    static void check(const Table& table);

    /// Grid columns: the table's declared columns.
    std::size_t columns() const { return columns_; }
    /// Grid rows: the header rows, then the body rows.
    std::size_t rows() const { return row_starts_.size(); }
    /// How many of the grid rows are header rows (Table::head).
    std::size_t head_rows() const { return head_rows_; }
    /// Every cell, row by row, each row's in the order the row lists them.
    const std::vector<GridCell>& cells() const { return cells_; }
    /// The cells that start in grid row `row`, in the order its Row lists them.
    std::span<const GridCell> row(std::size_t row) const;
    /// Indices (into cells()) of the cells covering grid row `row`, left to right: those that
    /// start in it and those that span into it from above. Together they cover every column.
    std::span<const std::size_t> covering(std::size_t row) const;
    /// The cell covering grid position (row, column).
    const GridCell& at(std::size_t row, std::size_t column) const;
    /// True when the body row `row` (a grid row) starts a row group: a section row that no
    /// rowspan crosses.
    bool starts_row_group(std::size_t row) const;
    /// The column groups, as numbers of columns left to right: the cells of the first header
    /// row when that row spans columns ("2022" over Budget and Utfall) and so partitions
    /// them; empty otherwise.
    const std::vector<std::size_t>& column_groups() const { return column_groups_; }
    /// Each column's share of the table's width, adding up to 1: the one width rule of every
    /// print format. Widths the template declares (Column::width, per cent) are kept; the other
    /// columns share what is left in proportion to the longest text of a one-column cell in them
    /// (counted in characters, at least 4 and at most 40), so "Hushåll med utbetalt
    /// försörjningsstöd" gets room and "−27 660" stays narrow. When declared widths leave
    /// nothing, each other column still gets 5 % and the whole is scaled to fit.
    std::vector<double> column_shares() const;

private:
    struct PlacementOnly {};
    TableGrid(const Table& table, PlacementOnly);
    void place(const std::vector<Row>& rows, const char* part);
    void assign_scopes();
    void assign_sub_labels(std::size_t row);
    void assign_headers();
    void add_row_headers_left_of(const GridCell& cell, std::vector<std::size_t>& headers) const;

    const Table* table_;
    std::size_t columns_ = 0;
    std::size_t head_rows_ = 0;
    std::vector<GridCell> cells_;
    std::vector<std::size_t> row_starts_;       // index into cells_ of each grid row's first cell
    std::vector<std::size_t> covering_cells_;   // each row's covering cells, row after row
    std::vector<std::size_t> covering_starts_;  // where each row's begin in covering_cells_
    std::vector<std::size_t> header_storage_;   // every cell's GridCell::headers, one after another
    std::vector<bool> starts_group_;            // by grid row
    std::vector<std::size_t> column_groups_;
};

}  // namespace kansli

#pragma GCC visibility pop
