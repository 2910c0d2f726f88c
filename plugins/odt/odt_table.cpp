// Tables and the agenda (ärendelista).
//
// Where each cell stands is the grid's answer (kansli/table_grid.hpp), the same for every format.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "kansli/table_grid.hpp"
#include "odt_names.hpp"
#include "odt_render.hpp"
#include "odt_units.hpp"

namespace kansli::odt {
namespace {

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
    xml_.open("table:table", {{"table:name", std::string(name_prefix) + std::to_string(++table_count_)},
                              {"table:style-name", styles_.table(width, start.break_before, start.master_page)}});
    if (!title.empty()) xml_.element("table:title", title);
    if (!description.empty()) xml_.element("table:desc", description);
    for (const double share : shares)
        xml_.empty("table:table-column",
                   {{"table:style-name", styles_.column(width * share / 100.0, std::lround(share * 100.0))}});
}

void ContentRenderer::caption_sequence() {
    const int number = ++numbered_tables_;
    xml_.element("text:sequence", std::to_string(number),
                 {{"text:ref-name", "refTable" + std::to_string(number - 1)},
                  {"text:name", names::kTableSequence},
                  {"text:formula", "ooow:" + std::string(names::kTableSequence) + "+1"},
                  {"style:num-format", "1"}});
}

void ContentRenderer::write_block(const Table& table) {
    const std::string& label_word = theme_.labels.table;
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

    const TableGrid grid(table);
    // The print formats' one width rule; table text is in the body's size here.
    std::vector<double> shares = grid.column_shares(table_width_mm() / (theme_.body_size_pt * 25.4 / 72.0));
    for (double& share : shares) share *= 100.0;
    table_open(theme_.labels.table, shares, title, table.description);

    // ODF tables are a full grid: a cell that spans others is followed by
    // table:covered-table-cell in every position it covers, in its own row and in the rows below
    // (a run of them in a row written once, with table:number-columns-repeated).
    const std::string row_style = styles_.row(!table.split_rows);
    const auto write_row = [&](std::size_t r, RowKind kind, bool head) {
        // Header rows never break: a header split across pages helps no one.
        xml_.open("table:table-row", {{"table:style-name", head ? styles_.row(true) : row_style}});
        const std::string cell_style = styles_.cell(cell_look(kind, head));
        for (const std::size_t index : grid.covering(r)) {
            const GridCell& placed = grid.cells()[index];
            std::size_t covered = placed.columns;
            if (placed.row == r) {
                --covered;
                const Cell& cell = *placed.cell;
                const Column& column = table.columns[placed.column];
                xml_.open("table:table-cell", {{"table:style-name", cell_style}});
                if (placed.columns > 1) attribute("table:number-columns-spanned", std::to_string(placed.columns));
                if (placed.rows > 1) attribute("table:number-rows-spanned", std::to_string(placed.rows));
                // The number as data for archives and spreadsheets; the text shown is the
                // core's Swedish formatting, kept as it is.
                if (cell.number && !head) {
                    if (column.kind == ColumnKind::Percent) {
                        attribute("office:value-type", "percentage");
                        attribute("office:value", percent_fraction(cell.number->literal));
                    } else {
                        attribute("office:value-type", "float");
                        attribute("office:value", cell.number->literal);
                    }
                } else {
                    attribute("office:value-type", "string");
                }
                Align align = cell.align;
                if (align == Align::Default && placed.columns == 1 && (is_numeric(column.kind) || cell.number))
                    align = Align::Right;
                open_paragraph("text:p", cell_paragraph_style(kind, head), align);
                inlines(cell.content);
                close_paragraph("text:p");
                xml_.close("table:table-cell");
            }
            // One element for a run of them: one-cell rows spanning 1 000 columns wrote a
            // thousand elements a row (973 kB of data, 2.5 GB of XML).
            if (covered == 1) xml_.empty("table:covered-table-cell");
            if (covered > 1)
                xml_.empty("table:covered-table-cell", {{"table:number-columns-repeated", std::to_string(covered)}});
        }
        xml_.close("table:table-row");
    };
    if (!table.head.empty()) {
        xml_.open("table:table-header-rows");
        for (std::size_t r = 0; r < grid.head_rows(); ++r) write_row(r, RowKind::Data, true);
        xml_.close("table:table-header-rows");
    }
    for (std::size_t b = 0; b < table.body.size(); ++b) write_row(grid.head_rows() + b, table.body[b].kind, false);
    xml_.close("table:table");
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
    table_open(theme_.labels.agenda, shares, agenda.label(theme_.labels), {});

    const auto cell = [this](CellLook look, std::string_view paragraph_style, Align align, const auto& content) {
        xml_.open("table:table-cell", {{"table:style-name", styles_.cell(look)}, {"office:value-type", "string"}});
        open_paragraph("text:p", paragraph_style, align);
        content();
        close_paragraph("text:p");
        xml_.close("table:table-cell");
    };
    const std::string row_style = styles_.row(true);
    xml_.open("table:table-header-rows").open("table:table-row", {{"table:style-name", row_style}});
    const auto header = [&](const std::string& label, Align align) {
        cell(CellLook::Head, names::kTableHeading, align, [&] { text(label); });
    };
    for (const Column column : columns)
        header(agenda_column_label(agenda, column), column == Column::Page ? Align::Right : Align::Default);
    xml_.close("table:table-row").close("table:table-header-rows");
    for (const AgendaItem& item : agenda.items) {
        xml_.open("table:table-row", {{"table:style-name", row_style}});
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
                            xml_.element("text:span", item.note, {{"text:style-name", names::kStrong}});
                        }
                        break;
                    case Column::Dnr:
                        text(item.dnr);
                        break;
                    case Column::Page:
                        if (!item.ref.empty()) page_reference(item.ref);
                        break;
                }
            });
        xml_.close("table:table-row");
    }
    xml_.close("table:table");
}

}  // namespace kansli::odt
