// Tables and the agenda (ärendelista).
//
// ODF tables are a full grid: a cell that spans others is followed by table:covered-table-cell
// in every position it covers, in its own row and in the rows below. The grid is worked out
// first for each row group (header rows, body rows), then written.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "odt_names.hpp"
#include "odt_render.hpp"
#include "odt_units.hpp"

namespace kansli::odt {
namespace {

bool is_numeric(ColumnKind kind) {
    return kind == ColumnKind::Number || kind == ColumnKind::Money || kind == ColumnKind::Percent;
}

// One position of the grid: the start of a cell, a position covered by a spanning cell, or a
// position no cell fills (a short row).
struct Slot {
    const Cell* cell = nullptr;
    bool covered = false;
    int colspan = 1;
    int rowspan = 1;
};
using Grid = std::vector<std::vector<Slot>>;

// Columns a row group needs: cells placed left to right, skipping positions that rowspans
// from rows above still cover.
std::size_t group_width(const std::vector<Row>& rows) {
    std::vector<int> covered;
    std::size_t width = 0;
    for (const Row& row : rows) {
        std::size_t column = 0;
        for (const Cell& cell : row.cells) {
            while (column < covered.size() && covered[column] > 0) ++column;
            const auto span = static_cast<std::size_t>(std::max(cell.colspan, 1));
            if (covered.size() < column + span) covered.resize(column + span, 0);
            for (std::size_t c = column; c < column + span; ++c) covered[c] = std::max(cell.rowspan, 1);
            column += span;
        }
        width = std::max(width, column);
        for (int& rows_left : covered)
            if (rows_left > 0) --rows_left;
    }
    return width;
}

// Spans are clipped to the grid and to their row group: a rowspan cannot leave the header.
Grid place(const std::vector<Row>& rows, std::size_t width) {
    Grid grid(rows.size(), std::vector<Slot>(width));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::size_t column = 0;
        for (const Cell& cell : rows[r].cells) {
            while (column < width && grid[r][column].covered) ++column;
            if (column >= width) break;
            const int colspan = static_cast<int>(
                std::clamp<std::size_t>(static_cast<std::size_t>(std::max(cell.colspan, 1)), 1, width - column));
            const int rowspan = static_cast<int>(
                std::clamp<std::size_t>(static_cast<std::size_t>(std::max(cell.rowspan, 1)), 1, rows.size() - r));
            grid[r][column] = {&cell, false, colspan, rowspan};
            for (std::size_t rr = r; rr < r + static_cast<std::size_t>(rowspan); ++rr)
                for (std::size_t cc = column; cc < column + static_cast<std::size_t>(colspan); ++cc)
                    if (rr != r || cc != column) grid[rr][cc].covered = true;
            column += static_cast<std::size_t>(colspan);
        }
    }
    return grid;
}

// Shares of the table width in percent: the template's where it gives them; the rest of the
// width shared by the other columns, a text column three times as wide as a numeric one.
std::vector<double> column_shares(const std::vector<Column>& columns, std::size_t width) {
    std::vector<double> shares(width, 0.0);
    double fixed = 0;
    double weights = 0;
    for (std::size_t i = 0; i < width; ++i) {
        if (i < columns.size() && columns[i].width && *columns[i].width > 0) {
            fixed += *columns[i].width;
        } else {
            const ColumnKind kind = i < columns.size() ? columns[i].kind : ColumnKind::Text;
            weights += kind == ColumnKind::Text ? 3.0 : kind == ColumnKind::Identifier ? 1.5 : 1.0;
        }
    }
    const double rest = fixed < 100.0 ? 100.0 - fixed : 0.0;
    for (std::size_t i = 0; i < width; ++i) {
        if (i < columns.size() && columns[i].width && *columns[i].width > 0) {
            shares[i] = *columns[i].width;
        } else {
            const ColumnKind kind = i < columns.size() ? columns[i].kind : ColumnKind::Text;
            const double weight = kind == ColumnKind::Text ? 3.0 : kind == ColumnKind::Identifier ? 1.5 : 1.0;
            // With no width left over, unnamed columns still get a sensible share before the
            // whole is scaled back to 100 %.
            shares[i] = (rest > 0 ? rest : 100.0 / static_cast<double>(width) * weights) * weight / weights;
        }
    }
    const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
    if (total > 0)
        for (double& share : shares) share = share * 100.0 / total;
    return shares;
}

// The paragraph style of a cell's text: by row kind, header or not.
std::string_view cell_paragraph_style(RowKind kind, bool head) {
    if (head) return names::kTableHeading;
    switch (kind) {
        case RowKind::Sum:
        case RowKind::Subtotal:
            return names::kTableSum;
        case RowKind::Section:
            return names::kTableSection;
        case RowKind::Note:
            return names::kTableNote;
        case RowKind::Data:
            break;
    }
    return names::kTableContents;
}

CellLook cell_look(RowKind kind, bool head) {
    if (head) return CellLook::Head;
    switch (kind) {
        case RowKind::Sum:
        case RowKind::Subtotal:
            return CellLook::Sum;
        case RowKind::Section:
            return CellLook::Section;
        default:
            return CellLook::Body;
    }
}

// office:value for a percent column is a fraction (8 % is 0.08), found by moving the decimal
// point of the literal two places, so no rounding creeps in.
std::string percent_fraction(const std::string& literal) {
    std::string sign;
    std::string digits = literal;
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
        if (digits[0] == '-') sign = "-";
        digits.erase(0, 1);
    }
    std::string whole = digits;
    std::string fraction;
    if (const auto point = digits.find('.'); point != std::string::npos) {
        whole = digits.substr(0, point);
        fraction = digits.substr(point + 1);
    }
    while (whole.size() < 3) whole.insert(0, "0");
    fraction.insert(0, whole.substr(whole.size() - 2));
    whole.erase(whole.size() - 2);
    while (whole.size() > 1 && whole[0] == '0') whole.erase(0, 1);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    return sign + whole + (fraction.empty() ? "" : "." + fraction);
}

}  // namespace

double ContentRenderer::table_width_mm() const { return text_width_mm(theme_); }

void ContentRenderer::table_open(std::string_view name_prefix, const std::vector<double>& shares,
                                 std::string_view title, std::string_view description) {
    const PageStart start = take_page_start();
    const double width = table_width_mm();
    raw("<table:table");
    attribute("table:name", std::string(name_prefix) + std::to_string(++table_count_));
    attribute("table:style-name", styles_.table(width, start.break_before, start.master_page));
    raw(">");
    if (!title.empty()) {
        raw("<table:title>");
        text(title);
        raw("</table:title>");
    }
    if (!description.empty()) {
        raw("<table:desc>");
        text(description);
        raw("</table:desc>");
    }
    for (const double share : shares) {
        raw("<table:table-column");
        attribute("table:style-name", styles_.column(width * share / 100.0, std::lround(share * 100.0)));
        raw("/>");
    }
}

void ContentRenderer::caption_sequence() {
    const int number = ++numbered_tables_;
    raw("<text:sequence");
    attribute("text:ref-name", "refTable" + std::to_string(number - 1));
    attribute("text:name", names::kTableSequence);
    attribute("text:formula", "ooow:" + std::string(names::kTableSequence) + "+1");
    raw(" style:num-format=\"1\">");
    text(std::to_string(number));
    raw("</text:sequence>");
}

void ContentRenderer::write_block(const Table& table) {
    const std::string& label_word = theme_.table_caption_label;
    const std::string caption_text = plain_text(table.caption);
    std::string title = caption_text;
    // The bookmark encloses the caption's words (what a text reference shows); without a
    // caption it marks the table's first cell.
    if (!table.id.empty() && table.caption.empty()) pending_bookmarks_.push_back(table.id);
    // The caption goes above the table, kept with it; "Tabell N" is a sequence field, so
    // LibreOffice renumbers captions when tables are added or moved.
    if (table.numbered || !table.caption.empty()) {
        open_paragraph("text:p", names::kTableCaption);
        if (table.numbered) {
            const std::string label = label_word + " " + std::to_string(numbered_tables_ + 1);
            title = caption_text.empty() ? label : label + ". " + caption_text;
            text(label_word + " ");
            caption_sequence();
            if (!table.caption.empty()) text(". ");
        }
        ranged_bookmark(table.id, [&] { inlines(table.caption); });
        close_paragraph("text:p");
    }

    const std::size_t width =
        std::max({table.columns.size(), group_width(table.head), group_width(table.body), std::size_t{1}});
    table_open("Tabell", column_shares(table.columns, width), title, table.description);

    const std::string row_style = styles_.row(!table.split_rows);
    const auto write_rows = [&](const std::vector<Row>& rows, bool head) {
        const Grid grid = place(rows, width);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const Row& row = rows[r];
            raw("<table:table-row");
            // Header rows never break: a header split across pages helps no one.
            attribute("table:style-name", head ? styles_.row(true) : row_style);
            raw(">");
            const std::string cell_style = styles_.cell(cell_look(row.kind, head));
            for (std::size_t c = 0; c < width; ++c) {
                const Slot& slot = grid[r][c];
                if (slot.covered) {
                    raw("<table:covered-table-cell/>");
                    continue;
                }
                raw("<table:table-cell");
                attribute("table:style-name", cell_style);
                if (slot.colspan > 1) attribute("table:number-columns-spanned", std::to_string(slot.colspan));
                if (slot.rowspan > 1) attribute("table:number-rows-spanned", std::to_string(slot.rowspan));
                const Cell* cell = slot.cell;
                const bool numeric_column = c < table.columns.size() && is_numeric(table.columns[c].kind);
                // The number as data for archives and spreadsheets; the text shown is the
                // core's Swedish formatting, kept as it is.
                if (cell != nullptr && cell->number && !head) {
                    if (c < table.columns.size() && table.columns[c].kind == ColumnKind::Percent) {
                        raw(" office:value-type=\"percentage\"");
                        attribute("office:value", percent_fraction(cell->number->literal));
                    } else {
                        raw(" office:value-type=\"float\"");
                        attribute("office:value", cell->number->literal);
                    }
                } else {
                    raw(" office:value-type=\"string\"");
                }
                raw(">");
                Align align = cell != nullptr ? cell->align : Align::Default;
                if (align == Align::Default && slot.colspan == 1 &&
                    (numeric_column || (cell != nullptr && cell->number)))
                    align = Align::Right;
                open_paragraph("text:p", cell_paragraph_style(row.kind, head), align);
                if (cell != nullptr) inlines(cell->content);
                close_paragraph("text:p");
                raw("</table:table-cell>");
            }
            raw("</table:table-row>");
        }
    };
    if (!table.head.empty()) {
        raw("<table:table-header-rows>");
        write_rows(table.head, true);
        raw("</table:table-header-rows>");
    }
    if (!table.body.empty()) {
        write_rows(table.body, false);
    } else if (table.head.empty()) {
        // ODF needs at least one row.
        write_rows({Row{}}, false);
    }
    raw("</table:table>");
}

// The agenda: number, title (with a note such as "UTGÅR"), diarienummer when any item has one,
// and the page where the item's papers start when any item refers to them: a bookmark
// reference that LibreOffice fills in.
void ContentRenderer::write_block(const Agenda& agenda) {
    using Column = AgendaStyle::Column;
    const auto columns = shown_agenda_columns(agenda, theme_.agenda);
    if (!agenda.caption.empty()) {
        open_paragraph("text:p", names::kTableCaption);
        text(agenda.caption);
        close_paragraph("text:p");
    }
    const auto fixed_share = [](Column column) {
        return column == Column::Number ? 8.0 : column == Column::Dnr ? 22.0 : column == Column::Page ? 10.0 : 0.0;
    };
    double fixed = 0.0;
    for (const Column column : columns) fixed += fixed_share(column);
    std::vector<double> shares;  // the title takes what the others leave
    for (const Column column : columns) shares.push_back(column == Column::Title ? 100.0 - fixed : fixed_share(column));
    table_open("Ärendelista", shares, agenda.label(), {});

    const auto cell = [this](CellLook look, std::string_view paragraph_style, Align align, const auto& content) {
        raw("<table:table-cell");
        attribute("table:style-name", styles_.cell(look));
        raw(" office:value-type=\"string\">");
        open_paragraph("text:p", paragraph_style, align);
        content();
        close_paragraph("text:p");
        raw("</table:table-cell>");
    };
    const std::string row_style = styles_.row(true);
    raw("<table:table-header-rows><table:table-row");
    attribute("table:style-name", row_style);
    raw(">");
    const auto header = [&](const std::string& label, Align align) {
        cell(CellLook::Head, names::kTableHeading, align, [&] { text(label); });
    };
    for (const Column column : columns)
        header(agenda_column_label(agenda, column), column == Column::Page ? Align::Right : Align::Default);
    raw("</table:table-row></table:table-header-rows>");
    for (const AgendaItem& item : agenda.items) {
        raw("<table:table-row");
        attribute("table:style-name", row_style);
        raw(">");
        for (const Column column : columns)
            cell(CellLook::Body, names::kTableContents, column == Column::Page ? Align::Right : Align::Default, [&] {
                switch (column) {
                    case Column::Number:
                        text(item.number);
                        break;
                    case Column::Title:
                        inlines(item.title);
                        if (!item.note.empty()) {
                            // The note stands out: it changes what the meeting does with the item.
                            text(theme_.agenda.note_separator);
                            raw("<text:span");
                            attribute("text:style-name", names::kStrong);
                            raw(">");
                            text(item.note);
                            raw("</text:span>");
                        }
                        break;
                    case Column::Dnr:
                        text(item.dnr);
                        break;
                    case Column::Page:
                        if (!item.ref.empty() && is_target(item.ref)) page_reference(item.ref);
                        break;
                }
            });
        raw("</table:table-row>");
    }
    raw("</table:table>");
}

}  // namespace kansli::odt
