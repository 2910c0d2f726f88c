// Table geometry in twips, shared by the table writer and the page estimate.
#pragma once

#include <vector>

#include "kansli/table_grid.hpp"

namespace kansli::docx {

// Grid column widths in twips, adding up to `total`: the grid's column shares (the one width
// rule of the print formats, TableGrid::column_shares, with no column narrower than its
// header's longest word at `header_size_pt`), rounded so the columns fill the table exactly.
std::vector<long> column_widths(const TableGrid& grid, long total, double header_size_pt);

// The width in twips of the grid columns a cell covers.
long cell_width(const GridCell& cell, const std::vector<long>& widths);

}  // namespace kansli::docx
