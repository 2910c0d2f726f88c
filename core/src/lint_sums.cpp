// Sum rows against their columns. A table states its sums (the writers never recompute them);
// lint adds the column up and reports both figures where they differ. In money and number
// columns (never percent, text or identifier columns), a row's "sums" rule (document-xml.md)
// says what it adds up; without one:
//   - a "subtotal" row is the sum of the data rows since the previous subtotal, sum or section row;
//   - a "sum" row is the sum of the data rows since the previous sum row (or the table's start).
// Rules may chain ("running": the previous subtotal and the rows since) or name rows ("a + b -
// c"). They use the figures as stated; a stated figure found wrong is reported once, at its row:
// a later row that is right once that figure is corrected is not reported again.
// Empty cells count as nothing; a row that cannot be read column by column (a cell spanning
// columns) is left out of that column. Values are added exactly, in the decimals the data gives.
#include <algorithm>
#include <cstdint>
#include <map>
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

// a + b (or a - b), exactly; none when the sum leaves the range.
std::optional<Exact> add(const Exact& a, const Exact& b, bool subtract = false) {
    const int decimals = std::max(a.decimals, b.decimals);
    const auto x = rescale(a, decimals);
    auto y = rescale(b, decimals);
    if (!x || !y) return std::nullopt;
    if (subtract) y->units = -y->units;
    if ((y->units > 0 && x->units > kLimit - y->units) || (y->units < 0 && x->units < -kLimit - y->units))
        return std::nullopt;
    return Exact{x->units + y->units, decimals};
}

bool same(const Exact& a, const Exact& b) {
    const auto difference = add(a, b, true);
    return difference && difference->units == 0;
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
    void add(const std::optional<Exact>& value) {
        const auto sum = value ? kansli::lint_checks::add(total_, *value) : std::nullopt;
        if (!sum) {
            usable_ = false;
            return;
        }
        total_ = *sum;
        ++count_;
    }
    void reset() { *this = Running{}; }
    bool usable() const { return usable_; }
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

// What a rule makes of the rows it names, from their figures as stated and from the figures
// of rows found wrong corrected to what their own rules compute.
struct Computed {
    std::optional<Exact> as_stated;
    std::optional<Exact> corrected;
    std::string from;  // "the data rows above"
};

class ColumnCheck {
public:
    ColumnCheck(const Table& table, const Grid& body, std::size_t column)
        : table_(table),
          column_(column),
          literals_(table.body.size()),
          stated_(table.body.size()),
          corrected_(table.body.size()) {
        for (std::size_t r = 0; r < table.body.size(); ++r) {
            if (!table.body[r].key.empty()) rows_by_key_.emplace(table.body[r].key, r);
            if (const Cell* cell = body.starts[r][column]; cell != nullptr && cell->number) {
                literals_[r] = &cell->number->literal;
                stated_[r] = parse(cell->number->literal);
            }
        }
    }

    void run(std::vector<LintWarning>& out) {
        for (std::size_t r = 0; r < table_.body.size(); ++r) {
            const Row& row = table_.body[r];
            switch (row.kind) {
                case RowKind::Data:
                    if (literals_[r]) {
                        since_sum_.add(stated_[r]);
                        since_subtotal_.add(stated_[r]);
                        since_total_.add(stated_[r]);
                    }
                    break;
                case RowKind::Section:
                    since_subtotal_.reset();
                    break;
                case RowKind::Subtotal:
                case RowKind::Sum:
                    compare(r, computed(row), out);
                    since_subtotal_.reset();
                    if (row.kind == RowKind::Sum) since_sum_.reset();
                    since_total_.reset();
                    previous_total_ = r;
                    break;
                case RowKind::Note:
                    break;
            }
        }
    }

private:
    Computed computed(const Row& row) const {
        SumRule::Kind kind = row.sums.kind;
        if (kind == SumRule::Kind::Default)
            kind = row.kind == RowKind::Subtotal ? SumRule::Kind::Group : SumRule::Kind::Above;
        switch (kind) {
            case SumRule::Kind::Group:
                return data_rows(since_subtotal_, "the data rows of its group");
            case SumRule::Kind::Above:
                return data_rows(since_sum_, "the data rows above");
            case SumRule::Kind::Running: {
                if (!previous_total_ || !stated_[*previous_total_] || !since_total_.usable()) return {};
                const std::size_t previous = *previous_total_;
                return {add(*stated_[previous], since_total_.total()), add(figure(previous), since_total_.total()),
                        row_name(table_.body[previous], previous) + " and the data rows since"};
            }
            default:
                return named_rows(row.sums.terms);
        }
    }

    static Computed data_rows(const Running& running, const std::string& from) {
        if (!running.checkable()) return {};
        return {running.total(), running.total(), from};
    }

    Computed named_rows(const std::vector<SumRule::Term>& terms) const {
        Computed computed{Exact{}, Exact{}, "the rows"};
        for (std::size_t i = 0; i < terms.size(); ++i) {
            const std::size_t r = rows_by_key_.at(terms[i].key);  // the reader checked the keys
            if (!stated_[r]) return {};
            computed.as_stated = add(*computed.as_stated, *stated_[r], terms[i].subtract);
            computed.corrected = add(*computed.corrected, figure(r), terms[i].subtract);
            if (!computed.as_stated || !computed.corrected) return {};
            computed.from += (i == 0              ? (terms[i].subtract ? " -" : " ")
                              : terms[i].subtract ? " - "
                                                  : " + ") +
                             terms[i].key;
        }
        return computed;
    }

    // A row's figure: as stated, or as its rule computes it when the stated one was found wrong.
    Exact figure(std::size_t r) const { return corrected_[r] ? *corrected_[r] : *stated_[r]; }

    void compare(std::size_t r, const Computed& computed, std::vector<LintWarning>& out) {
        if (!stated_[r] || !computed.as_stated || !computed.corrected) return;
        if (same(*stated_[r], *computed.as_stated)) return;
        if (same(*stated_[r], *computed.corrected)) return;  // wrong only by a figure reported already
        corrected_[r] = computed.corrected;
        const Row& row = table_.body[r];
        const int decimals = std::max(stated_[r]->decimals, computed.corrected->decimals);
        const auto shown = rescale(*computed.corrected, decimals);
        out.push_back({"sum", table_name(table_) + ", " + row_name(row, r) + ", " + column_name(table_, column_),
                       std::string(row.kind == RowKind::Subtotal ? "subtotal" : "sum") + " stated " + *literals_[r] +
                           ", computed " + format(shown ? *shown : *computed.corrected) + " from " + computed.from});
    }

    const Table& table_;
    std::size_t column_;
    std::map<std::string, std::size_t> rows_by_key_;
    std::vector<const std::string*> literals_;     // each row's figure in this column, as written
    std::vector<std::optional<Exact>> stated_;     // … and as a number (none: unreadable)
    std::vector<std::optional<Exact>> corrected_;  // a row found wrong: what its rule computes
    Running since_sum_, since_subtotal_, since_total_;
    std::optional<std::size_t> previous_total_;  // the last subtotal or sum row
};

void check_table(const Table& table, std::vector<LintWarning>& out) {
    const Grid body = grid_of(table.body, table.columns.size());
    for (std::size_t col = 0; col < table.columns.size(); ++col) {
        const ColumnKind kind = table.columns[col].kind;
        if (kind == ColumnKind::Money || kind == ColumnKind::Number) ColumnCheck(table, body, col).run(out);
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
