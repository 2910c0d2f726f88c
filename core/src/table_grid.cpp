#include "kansli/table_grid.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace kansli {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Characters, not bytes: what a column's width is measured in.
std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string row_problem(const char* part, std::size_t row, const std::string& problem) {
    return std::string("the table's ") + part + " row " + std::to_string(row + 1) + " " + problem;
}

}  // namespace

TableGrid::TableGrid(const Table& table) : TableGrid(table, PlacementOnly{}) {
    assign_scopes();
    assign_headers();
}

TableGrid::TableGrid(const Table& table, PlacementOnly)
    : table_(&table), columns_(table.columns.size()), head_rows_(table.head.size()) {
    std::size_t cells = 0;
    for (const auto* rows : {&table.head, &table.body})
        for (const Row& row : *rows) cells += row.cells.size();
    cells_.reserve(cells);
    place(table.head, "header");
    place(table.body, "body");
}

void TableGrid::check(const Table& table) { TableGrid(table, PlacementOnly{}); }

// The one place where cells meet the grid. Cells fill a row left to right, skipping the
// columns that a rowspan from a row above still covers; a row must cover every column exactly,
// and a rowspan may not reach past its part (header rows or body rows).
void TableGrid::place(const std::vector<Row>& rows, const char* part) {
    std::vector<std::size_t> rows_left(columns_, 0);  // rows each column stays covered, this one included
    std::vector<std::size_t> owner(columns_, kNone);  // the cell covering each column from above
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::size_t grid_row = row_starts_.size();
        row_starts_.push_back(cells_.size());
        covering_starts_.push_back(covering_cells_.size());
        std::vector<std::size_t>& covering = covering_cells_;
        std::size_t column = 0;
        const auto skip_covered = [&] {
            while (column < columns_ && rows_left[column] > 0) {
                covering.push_back(owner[column]);
                column += cells_[owner[column]].columns;
            }
        };
        for (const Cell& cell : rows[r].cells) {
            skip_covered();
            if (cell.colspan < 1 || cell.rowspan < 1)
                throw std::invalid_argument(row_problem(part, r, "has a cell spanning fewer than one column or row"));
            const auto span = static_cast<std::size_t>(cell.colspan);
            if (column + span > columns_)
                throw std::invalid_argument(
                    row_problem(part, r, "has more cells than its " + std::to_string(columns_) + " columns"));
            for (std::size_t k = column; k < column + span; ++k)
                if (rows_left[k] > 0)
                    throw std::invalid_argument(row_problem(part, r, "overlaps a cell spanning from above"));
            const std::size_t index = cells_.size();
            cells_.push_back({&cell, grid_row, column, static_cast<std::size_t>(cell.rowspan), span, {}, {}});
            covering.push_back(index);
            for (std::size_t k = column; k < column + span; ++k) {
                rows_left[k] = static_cast<std::size_t>(cell.rowspan);
                owner[k] = index;
            }
            column += span;
        }
        skip_covered();
        if (column < columns_)
            throw std::invalid_argument(
                row_problem(part, r, "has fewer cells than its " + std::to_string(columns_) + " columns"));
        for (auto& left : rows_left) --left;  // every column was covered: none below 1
    }
    if (std::any_of(rows_left.begin(), rows_left.end(), [](std::size_t left) { return left > 0; }))
        throw std::invalid_argument(std::string("a cell in the table's ") + part + " spans more rows than there are");
}

std::span<const GridCell> TableGrid::row(std::size_t row) const {
    const std::size_t end = row + 1 < row_starts_.size() ? row_starts_[row + 1] : cells_.size();
    return std::span(cells_).subspan(row_starts_[row], end - row_starts_[row]);
}

std::span<const std::size_t> TableGrid::covering(std::size_t row) const {
    const std::size_t end = row + 1 < covering_starts_.size() ? covering_starts_[row + 1] : covering_cells_.size();
    return std::span(covering_cells_).subspan(covering_starts_[row], end - covering_starts_[row]);
}

const GridCell& TableGrid::at(std::size_t row, std::size_t column) const {
    const std::span<const std::size_t> list = covering(row);
    // The last cell starting at or before the column: cells in a row's list are in column order.
    const auto after = std::upper_bound(list.begin(), list.end(), column,
                                        [this](std::size_t c, std::size_t index) { return c < cells_[index].column; });
    return cells_[*(after - 1)];
}

bool TableGrid::starts_row_group(std::size_t row) const { return starts_group_[row]; }

void TableGrid::assign_scopes() {
    const Table& table = *table_;
    // Column groups: the first header row's cells, when one of them spans columns.
    if (!table.head.empty()) {
        bool spans = false;
        for (const GridCell& cell : row(0)) {
            spans = spans || cell.columns > 1;
            column_groups_.push_back(cell.columns);
        }
        if (!spans) column_groups_.clear();
    }
    const auto is_group = [this](std::size_t first, std::size_t span) {
        std::size_t column = 0;
        for (std::size_t group : column_groups_) {
            if (column == first) return group == span;
            column += group;
        }
        return false;
    };

    // Header rows: every non-empty cell heads the columns under it; an empty corner heads nothing.
    std::vector<bool> headed(columns_, false);
    for (std::size_t r = 0; r < head_rows_; ++r) {
        for (std::size_t i = row_starts_[r]; i < row_starts_[r] + row(r).size(); ++i) {
            GridCell& cell = cells_[i];
            if (cell.cell->is_empty()) continue;
            cell.scope = cell.columns > 1 && is_group(cell.column, cell.columns) ? HeaderScope::ColumnGroup
                                                                                 : HeaderScope::Column;
            std::fill_n(headed.begin() + static_cast<std::ptrdiff_t>(cell.column), cell.columns, true);
        }
    }

    // Body rows.
    const bool columns_headed = std::all_of(headed.begin(), headed.end(), [](bool h) { return h; });
    const bool row_headers = table.row_headers || !columns_headed;
    starts_group_.assign(rows(), false);
    std::size_t reached = 0;  // grid rows that body cells placed so far reach down to (exclusive)
    for (std::size_t b = 0; b < table.body.size(); ++b) {
        const Row& source = table.body[b];
        const std::size_t r = head_rows_ + b;
        starts_group_[r] = source.kind == RowKind::Section && reached <= r;
        const bool may_head =
            source.kind == RowKind::Section || (row_headers && (source.kind != RowKind::Note || !columns_headed));
        const bool implied_label = source.kind == RowKind::Sum || source.kind == RowKind::Subtotal;
        for (std::size_t i = row_starts_[r]; i < row_starts_[r] + row(r).size(); ++i) {
            GridCell& cell = cells_[i];
            reached = std::max(reached, cell.row + cell.rows);
            if (cell.column != 0 || !may_head) continue;
            // An empty label cell of a sum still heads its row: writers name it from the theme.
            if (cell.cell->is_empty() && !(row_headers && implied_label)) continue;
            cell.scope = starts_group_[r] ? HeaderScope::RowGroup : HeaderScope::Row;
        }
        assign_sub_labels(r);
    }
}

// A row header spanning more rows than the cell to its right groups those rows; that cell (a
// text, not a number) tells them apart, so it heads its row too: "Gemensam verksamhet" over
// "Antal årsarbetare" and "Antal anställda". Followed along the row, so labels may nest.
void TableGrid::assign_sub_labels(std::size_t row) {
    const std::span<const std::size_t> cover = covering(row);
    for (std::size_t k = 0; k + 1 < cover.size(); ++k) {
        const GridCell& label = cells_[cover[k]];
        GridCell& next = cells_[cover[k + 1]];
        if (label.scope != HeaderScope::Row) return;
        if (next.row != row) continue;  // decided in its own first row
        if (label.rows <= next.rows || next.cell->is_empty() || next.cell->number ||
            is_numeric(table_->columns[next.column].kind))
            return;
        next.scope = HeaderScope::Row;
    }
}

void TableGrid::assign_headers() {
    std::vector<std::size_t> column_headers;  // in the order of the header rows
    for (std::size_t i = 0; i < cells_.size() && cells_[i].row < head_rows_; ++i)
        if (cells_[i].scope != HeaderScope::None) column_headers.push_back(i);
    // Each cell's list is a stretch of header_storage_, set once the storage stops growing.
    std::vector<std::size_t> starts(cells_.size() + 1, 0);
    std::size_t group_header = kNone;
    for (std::size_t i = 0; i < cells_.size(); ++i) {
        starts[i] = header_storage_.size();
        const GridCell& cell = cells_[i];
        if (cell.row < head_rows_) continue;
        if (starts_group_[cell.row] && row_starts_[cell.row] == i) group_header = kNone;
        for (std::size_t h : column_headers) {
            const GridCell& header = cells_[h];
            if (header.column < cell.column + cell.columns && cell.column < header.column + header.columns)
                header_storage_.push_back(h);
        }
        if (cell.scope == HeaderScope::RowGroup) {
            group_header = i;
            continue;
        }
        if (group_header != kNone) header_storage_.push_back(group_header);
        add_row_headers_left_of(cell, header_storage_);
    }
    starts.back() = header_storage_.size();
    for (std::size_t i = 0; i < cells_.size(); ++i)
        cells_[i].headers = std::span(header_storage_).subspan(starts[i], starts[i + 1] - starts[i]);
}

// The row headers to the left of a cell in any of its rows, left to right: a header spanning
// rows (a group label) applies to every row it covers, not only its first.
void TableGrid::add_row_headers_left_of(const GridCell& cell, std::vector<std::size_t>& headers) const {
    const std::size_t first = headers.size();
    for (std::size_t r = cell.row; r < cell.row + cell.rows; ++r)
        for (const std::size_t index : covering(r)) {
            const GridCell& header = cells_[index];
            if (header.column >= cell.column) break;
            if (header.scope == HeaderScope::Row &&
                std::find(headers.begin() + static_cast<std::ptrdiff_t>(first), headers.end(), index) == headers.end())
                headers.push_back(index);
        }
    std::sort(headers.begin() + static_cast<std::ptrdiff_t>(first), headers.end(),
              [this](std::size_t a, std::size_t b) {
                  return std::pair(cells_[a].column, cells_[a].row) < std::pair(cells_[b].column, cells_[b].row);
              });
}

std::vector<double> TableGrid::column_shares() const {
    const Table& table = *table_;
    std::vector<double> share(columns_, 0.0);
    std::vector<bool> declared(columns_, false);
    double declared_total = 0.0;
    for (std::size_t c = 0; c < columns_; ++c) {
        if (const auto& width = table.columns[c].width; width && std::isfinite(*width) && *width > 0) {
            share[c] = *width;
            declared[c] = true;
            declared_total += *width;
        }
    }
    std::vector<double> weight(columns_, 4.0);
    for (const GridCell& cell : cells_) {
        if (cell.columns != 1 || declared[cell.column]) continue;
        const double length = static_cast<double>(characters(plain_text(cell.cell->content)));
        weight[cell.column] = std::max(weight[cell.column], std::min(length, 40.0));
    }
    double free_weight = 0.0;
    for (std::size_t c = 0; c < columns_; ++c)
        if (!declared[c]) free_weight += weight[c];
    const double rest = declared_total < 100.0 ? 100.0 - declared_total : 0.0;
    for (std::size_t c = 0; c < columns_; ++c)
        if (!declared[c]) share[c] = rest > 0.0 ? rest * weight[c] / free_weight : 5.0;
    const double total = std::accumulate(share.begin(), share.end(), 0.0);
    for (double& s : share) s /= total;
    return share;
}

}  // namespace kansli
