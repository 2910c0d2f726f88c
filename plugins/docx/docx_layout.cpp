#include "docx_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kansli::docx {

std::vector<long> column_widths(const TableGrid& grid, long total, double header_size_pt) {
    const std::vector<double> shares = grid.column_shares(static_cast<double>(total) / (header_size_pt * 20.0));
    std::vector<long> widths(shares.size());
    for (std::size_t c = 0; c < shares.size(); ++c)
        widths[c] = std::max(1L, std::lround(static_cast<double>(total) * shares[c]));
    widths.back() += total - std::accumulate(widths.begin(), widths.end(), 0L);
    return widths;
}

long cell_width(const GridCell& cell, const std::vector<long>& widths) {
    const auto first = widths.begin() + static_cast<std::ptrdiff_t>(cell.column);
    return std::accumulate(first, first + static_cast<std::ptrdiff_t>(cell.columns), 0L);
}

}  // namespace kansli::docx
