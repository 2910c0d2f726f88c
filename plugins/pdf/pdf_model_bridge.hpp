// TEMPORARY (issue #15): the facts about tables that the model is to state once for every
// writer (each cell's place in the grid, one column-width rule for DOCX, ODT and PDF, which
// columns are numeric) are still computed inside the DOCX writer. Until main has them, the PDF
// writer borrows that code (compiled in from plugins/docx/docx_layout.cpp, not copied) through
// this one file; nothing else in plugins/pdf may reach into another writer.
#pragma once

#include <cmath>
#include <cstddef>
#include <vector>

#include "../docx/docx_layout.hpp"

namespace kansli::pdf::bridge {

using docx::grid_width;
using docx::place_rows;
using docx::Slot;

// Grid column widths in points, adding up to `total`.
inline std::vector<double> column_widths(const Table& table, std::size_t width, double total) {
    const long twips = std::lround(total * 20.0);
    std::vector<double> widths;
    for (long w : docx::column_widths(table, width, twips)) widths.push_back(static_cast<double>(w) * total / twips);
    return widths;
}

inline bool is_numeric(ColumnKind kind) {
    return kind == ColumnKind::Number || kind == ColumnKind::Money || kind == ColumnKind::Percent;
}

}  // namespace kansli::pdf::bridge
