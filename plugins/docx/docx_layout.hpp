// Table geometry shared by the table writer and the page estimate: where each cell stands in
// the grid and how wide each grid column is.
#pragma once

#include <cstddef>
#include <vector>

#include "kansli/document.hpp"

namespace kansli::docx {

// One w:tc of a row. WordprocessingML has no rowspan: a cell spanning rows is the first of a
// vertical merge (restart), and every row below it holds a continuation cell at its place.
struct Slot {
    const Cell* cell = nullptr;  // nullptr for continuations and padding
    std::size_t column = 0;      // first grid column
    int span = 1;                // grid columns covered (w:gridSpan)
    enum class Kind { Cell, Continuation, Padding } kind = Kind::Cell;
    bool restart = false;          // a cell with rowspan > 1
    const Cell* origin = nullptr;  // for continuations: the cell that spans into this row
};

// The number of grid columns: the declared columns, or more if rows are wider.
std::size_t grid_width(const Table& table);

// The rows of one row group (head or body) as slots; rowspans do not cross groups. Short rows
// are padded to `width` so every row covers the whole grid, as Word requires.
std::vector<std::vector<Slot>> place_rows(const std::vector<Row>& rows, std::size_t width);

// Grid column widths in twips, adding up to `total`. Declared widths (percent) are kept; the
// rest share what is left by how much text they hold, so a column of long text gets room to
// stay readable and a column of numbers stays narrow.
std::vector<long> column_widths(const Table& table, std::size_t width, long total);

}  // namespace kansli::docx
