// Sum rows against their columns. A table states its sums (the writers never recompute them);
// lint adds the column up and reports both figures where they differ. In money and number
// columns (never percent, text or identifier columns):
//   - a "subtotal" row is the sum of the data rows since the previous subtotal, sum or section row;
//   - a "sum" row is the sum of the data rows since the previous sum row (or the table's start).
// Empty cells count as nothing; a row that cannot be read column by column (a cell spanning
// columns) is left out of that column. Values are added exactly, in the decimals the data gives.
#include <cstdint>
#include <optional>

#include "lint_checks.hpp"
#include "text_space.hpp"

namespace kansli::lint_checks {

namespace {

// A decimal as an integer count of 10^-decimals, added without rounding.
struct Exact {
    std::int64_t units = 0;
    int decimals = 0;
};

constexpr int kMaxDecimals = 9;
constexpr std::int64_t kLimit = INT64_MAX / 100;

std::optional<Exact> parse(const std::string& literal) {
    Exact out;
    bool negative = false, point = false, digits = false;
    for (std::size_t i = 0; i < literal.size(); ++i) {
        const char c = literal[i];
        if (i == 0 && (c == '-' || c == '+')) {
            negative = c == '-';
        } else if (c == '.' && !point) {
            point = true;
        } else if (c >= '0' && c <= '9') {
            if (out.units > kLimit / 10 || (point && out.decimals == kMaxDecimals)) return std::nullopt;
            out.units = out.units * 10 + (c - '0');
            out.decimals += point;
            digits = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digits) return std::nullopt;
    if (negative) out.units = -out.units;
    return out;
}

std::optional<Exact> rescale(Exact value, int decimals) {
    for (; value.decimals < decimals; ++value.decimals) {
        if (value.units > kLimit / 10 || value.units < -kLimit / 10) return std::nullopt;
        value.units *= 10;
    }
    return value;
}

std::string format(const Exact& value) {
    const bool negative = value.units < 0;
    std::string digits = std::to_string(negative ? -value.units : value.units);
    if (value.decimals > 0) {
        if (digits.size() <= static_cast<std::size_t>(value.decimals))
            digits.insert(0, static_cast<std::size_t>(value.decimals) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(value.decimals), ".");
    }
    return (negative ? "-" : "") + digits;
}

// The sum of a run of cells; unusable once a value cannot be read or added exactly.
class Running {
public:
    void add(const std::string& literal) {
        const auto value = parse(literal);
        const int decimals = value ? std::max(value->decimals, total_.decimals) : 0;
        const auto a = value ? rescale(*value, decimals) : std::nullopt;
        const auto b = rescale(total_, decimals);
        if (!a || !b || (a->units > 0 && b->units > kLimit - a->units) ||
            (a->units < 0 && b->units < -kLimit - a->units)) {
            usable_ = false;
            return;
        }
        total_ = {a->units + b->units, decimals};
        ++count_;
    }
    void reset() { *this = Running{}; }
    bool checkable() const { return usable_ && count_ > 0; }
    const Exact& total() const { return total_; }

private:
    Exact total_;
    int count_ = 0;
    bool usable_ = true;
};

// Which cell starts at each grid column of each row (nullptr where a spanning cell or one
// from a row above covers it), and which cell covers it (for header labels).
struct Grid {
    std::vector<std::vector<const Cell*>> starts;
    std::vector<std::vector<const Cell*>> covers;
};

Grid grid_of(const std::vector<Row>& rows, std::size_t columns) {
    Grid grid;
    std::vector<int> reaching(columns, 0);  // rows a cell from above still covers
    std::vector<const Cell*> reaching_cell(columns, nullptr);
    for (const Row& row : rows) {
        std::vector<const Cell*> starts(columns, nullptr), covers(columns, nullptr);
        std::size_t col = 0;
        for (const Cell& cell : row.cells) {
            while (col < columns && reaching[col] > 0) ++col;
            if (col >= columns) break;
            starts[col] = cell.colspan == 1 ? &cell : nullptr;
            for (int k = 0; k < cell.colspan && col + static_cast<std::size_t>(k) < columns; ++k) {
                const std::size_t c = col + static_cast<std::size_t>(k);
                covers[c] = &cell;
                reaching[c] = cell.rowspan;
                reaching_cell[c] = &cell;
            }
            col += static_cast<std::size_t>(cell.colspan);
        }
        for (std::size_t c = 0; c < columns; ++c) {
            if (covers[c] == nullptr && reaching[c] > 0) covers[c] = reaching_cell[c];
            if (reaching[c] > 0) --reaching[c];
        }
        grid.starts.push_back(std::move(starts));
        grid.covers.push_back(std::move(covers));
    }
    return grid;
}

std::string table_name(const Table& table) {
    std::string name = "table";
    if (!table.id.empty()) name += " \"" + table.id + "\"";
    const std::string caption = collapsed_and_trimmed(plain_text(table.caption));
    if (!caption.empty()) name += " (" + caption + ")";
    return name;
}

std::string column_name(const Table& table, std::size_t column) {
    std::string name = "column " + std::to_string(column + 1);
    if (table.head.empty()) return name;
    const Grid head = grid_of(table.head, table.columns.size());
    const Cell* label = head.covers.back()[column];
    const std::string text = label ? collapsed_and_trimmed(plain_text(label->content)) : std::string{};
    return text.empty() ? name : name + " \"" + text + "\"";
}

std::string row_name(const Row& row, std::size_t index) {
    std::string name = "row " + std::to_string(index + 1);
    const std::string text =
        row.cells.empty() ? std::string{} : collapsed_and_trimmed(plain_text(row.cells.front().content));
    return text.empty() ? name : name + " \"" + text + "\"";
}

void check_table(const Table& table, std::vector<LintWarning>& out) {
    const Grid body = grid_of(table.body, table.columns.size());
    for (std::size_t col = 0; col < table.columns.size(); ++col) {
        const ColumnKind kind = table.columns[col].kind;
        if (kind != ColumnKind::Money && kind != ColumnKind::Number) continue;
        Running since_sum, since_subtotal;
        for (std::size_t r = 0; r < table.body.size(); ++r) {
            const Row& row = table.body[r];
            const Cell* cell = body.starts[r][col];
            const auto compare = [&](const Running& running, const std::string& what, const std::string& from) {
                if (cell == nullptr || !cell->number || !running.checkable()) return;
                const auto stated = parse(cell->number->literal);
                const int decimals = stated ? std::max(stated->decimals, running.total().decimals) : 0;
                const auto a = stated ? rescale(*stated, decimals) : std::nullopt;
                const auto b = rescale(running.total(), decimals);
                if (!a || !b || a->units == b->units) return;
                out.push_back(
                    {"sum", table_name(table) + ", " + row_name(row, r) + ", " + column_name(table, col),
                     what + " stated " + cell->number->literal + ", computed " + format(*b) + " from " + from});
            };
            switch (row.kind) {
                case RowKind::Data:
                    if (cell != nullptr && cell->number) {
                        since_sum.add(cell->number->literal);
                        since_subtotal.add(cell->number->literal);
                    }
                    break;
                case RowKind::Section:
                    since_subtotal.reset();
                    break;
                case RowKind::Subtotal:
                    compare(since_subtotal, "subtotal", "the data rows of its group");
                    since_subtotal.reset();
                    break;
                case RowKind::Sum:
                    compare(since_sum, "sum", "the data rows above");
                    since_sum.reset();
                    since_subtotal.reset();
                    break;
                case RowKind::Note:
                    break;
            }
        }
    }
}

}  // namespace

void sums(const Document& document, std::vector<LintWarning>& out) {
    walk(document,
         [&](const Block& block) {
             if (const auto* table = std::get_if<Table>(&block.value)) check_table(*table, out);
         },
         {});
}

}  // namespace kansli::lint_checks
