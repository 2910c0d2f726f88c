#include "docx_layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

namespace kansli::docx {
namespace {

struct Cover {
    int rows = 0;  // rows below still covered
    int span = 1;
    const Cell* origin = nullptr;
};

std::size_t characters(const std::string& text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

std::size_t grid_width(const Table& table) {
    std::size_t width = table.columns.size();
    for (const auto* rows : {&table.head, &table.body}) {
        for (const auto& row : place_rows(*rows, 0)) {
            if (!row.empty()) width = std::max(width, row.back().column + static_cast<std::size_t>(row.back().span));
        }
    }
    return std::max<std::size_t>(width, 1);
}

std::vector<std::vector<Slot>> place_rows(const std::vector<Row>& rows, std::size_t width) {
    std::vector<std::vector<Slot>> placed;
    std::vector<Cover> cover;
    for (const Row& row : rows) {
        std::vector<Slot> slots;
        std::vector<Cover> next = cover;
        std::size_t column = 0;
        const auto continuations = [&] {
            while (column < cover.size() && cover[column].rows > 0) {
                Slot slot;
                slot.column = column;
                slot.span = cover[column].span;
                slot.kind = Slot::Kind::Continuation;
                slot.origin = cover[column].origin;
                slots.push_back(slot);
                --next[column].rows;
                column += static_cast<std::size_t>(cover[column].span);
            }
        };
        for (const Cell& cell : row.cells) {
            continuations();
            Slot slot;
            slot.cell = &cell;
            slot.column = column;
            slot.span = std::max(cell.colspan, 1);
            slot.restart = cell.rowspan > 1;
            slots.push_back(slot);
            if (cell.rowspan > 1) {
                if (next.size() < column + 1) next.resize(column + 1);
                next[column] = {cell.rowspan - 1, slot.span, &cell};
            }
            column += static_cast<std::size_t>(slot.span);
        }
        continuations();
        if (column < width) {
            Slot pad;
            pad.column = column;
            pad.span = static_cast<int>(width - column);
            pad.kind = Slot::Kind::Padding;
            slots.push_back(pad);
        }
        cover = std::move(next);
        placed.push_back(std::move(slots));
    }
    return placed;
}

std::vector<long> column_widths(const Table& table, std::size_t width, long total) {
    std::vector<double> share(width, 0.0);
    std::vector<bool> fixed(width, false);
    double declared = 0.0;
    for (std::size_t c = 0; c < width && c < table.columns.size(); ++c) {
        if (const auto& w = table.columns[c].width; w && std::isfinite(*w) && *w > 0) {
            share[c] = *w;
            fixed[c] = true;
            declared += *w;
        }
    }
    // Undeclared columns: weight by the longest text of a one-column cell, within limits, so
    // that "Hushåll med utbetalt försörjningsstöd" gets more room than "−27 660".
    std::vector<double> weight(width, 4.0);
    const bool all_declared = std::all_of(fixed.begin(), fixed.end(), [](bool f) { return f; });
    if (!all_declared) {  // else there is no text to measure
        for (const auto* rows : {&table.head, &table.body}) {
            for (const auto& row : place_rows(*rows, width)) {
                for (const Slot& slot : row) {
                    if (slot.cell == nullptr || slot.span != 1 || slot.column >= width) continue;
                    const double length = static_cast<double>(characters(plain_text(slot.cell->content)));
                    weight[slot.column] = std::max(weight[slot.column], std::min(length, 40.0));
                }
            }
        }
    }
    double free_weight = 0.0;
    for (std::size_t c = 0; c < width; ++c)
        if (!fixed[c]) free_weight += weight[c];
    const double rest = declared < 100.0 ? 100.0 - declared : 0.0;
    for (std::size_t c = 0; c < width; ++c) {
        if (fixed[c]) continue;
        // With nothing left over, undeclared columns still get a narrow share.
        share[c] = rest > 0.0 ? rest * weight[c] / free_weight : 5.0;
    }
    const double sum = std::accumulate(share.begin(), share.end(), 0.0);
    std::vector<long> widths(width);
    long used = 0;
    for (std::size_t c = 0; c < width; ++c) {
        widths[c] = std::max(1L, std::lround(static_cast<double>(total) * share[c] / sum));
        used += widths[c];
    }
    widths.back() += total - used;  // rounding: the columns add up to the table width exactly
    return widths;
}

}  // namespace kansli::docx
