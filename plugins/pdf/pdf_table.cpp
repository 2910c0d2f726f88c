// Tables and the agenda (ärendelista), which is a table in print too.
//
// What a report table needs in print: a caption ("Tabell N. …"), header rows that repeat on
// every page (drawn again as artifacts: the structure has them once), rows that do not break
// across pages, the DOCX's column widths, numbers aligned right as the core formatted them,
// sum rows under a rule. In the structure: Table > Caption, THead > TR > TH (/Scope /Column),
// TBody > TR > TH (/Scope /Row, the row headers) or TD, with /ColSpan and /RowSpan, and an empty
// cell for every place of the grid no cell fills, so every row has the same number of columns.
#include <algorithm>
#include <numeric>
#include <set>

#include "kansli/table_grid.hpp"
#include "pdf_typesetter.hpp"

namespace kansli::pdf {
namespace {}  // namespace

// A row as slices: its background, the rule above it (and below the last row), the cells'
// lines, with the footnotes and anchors in them. Whole, one slice; split (a table that allows
// its rows to break across pages), one slice per line of its cells (all cells of a row have the
// same style, so their lines stand level), no line left alone at either side of a page break.
std::vector<Slice> Typesetter::row_slices(const RowLayout& row, bool last, std::optional<Tag> tag, bool split) const {
    const double text_top = styles_.cell_padding_y + (row.cells.empty() ? 0 : row.cells.front().style->space_before);
    // Where the row may be cut: the tops of the lines of its cell with the most lines.
    std::vector<double> cuts{0};
    if (split) {
        const TextBlock* tallest = nullptr;
        for (const CellText& cell : row.cells)
            if (cell.block && (!tallest || cell.block->lines().size() > tallest->lines().size()))
                tallest = cell.block.get();
        if (tallest)
            for (std::size_t l = 1; l < tallest->lines().size(); ++l)
                cuts.push_back(text_top + tallest->lines()[l].top);
    }
    const auto band_of = [&cuts](double y) {
        return static_cast<std::size_t>(std::upper_bound(cuts.begin(), cuts.end(), y) - cuts.begin()) - 1;
    };
    std::vector<Slice> bands(cuts.size());
    for (std::size_t b = 0; b < bands.size(); ++b) {
        const double bottom = b + 1 < cuts.size() ? cuts[b + 1] : row.height;
        bands[b].height = bottom - cuts[b];
        for (const CellText& cell : row.cells)
            if (cell.filled) bands[b].items.push_back(FillItem{cell.x, 0, cell.width, bands[b].height, cell.fill});
        if (bands.size() > 1) bands[b].keep_with_next = b == 0 || b + 2 == bands.size();
    }
    for (const CellText& cell : row.cells) {
        if (!cell.block) continue;
        const double top = styles_.cell_padding_y + cell.style->space_before;
        for (std::size_t l = 0; l < cell.block->lines().size(); ++l) {
            const std::size_t b = band_of(top + cell.block->lines()[l].top);
            bands[b].items.push_back(TextLineItem{cell.block, l, cell.x + styles_.cell_padding_x, top - cuts[b], tag});
        }
        for (const auto& note : cell.block->text().footnotes)
            bands[band_of(top + cell.block->lines()[cell.block->line_of(note.offset)].top)].footnotes.push_back(
                note.note);
        for (const auto& anchor : cell.block->text().anchors) bands.front().anchors.push_back({anchor.id, 0});
    }
    for (const auto& [from, to] : row.rule_segments)
        bands.front().items.push_back(RuleItem{from, to, 0, row.rule, row.rule_colour});
    if (last)
        bands.back().items.push_back(RuleItem{left(), left() + width(), bands.back().height, 0.5, styles_.rule_colour});
    return bands;
}

// Rows as slices. A cell spanning rows makes its last row tall enough and keeps its rows on one
// page; header rows stay with the first body row and are copied for the pages the table goes on.
void Typesetter::table_rows(std::vector<RowLayout>& rows, std::size_t head_rows, bool split_rows) {
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (const CellText& cell : rows[r].cells) {
            if (cell.rows <= 1 || !cell.block) continue;
            const std::size_t end = std::min(rows.size(), r + static_cast<std::size_t>(cell.rows));
            double covered = 0;
            for (std::size_t k = r; k < end; ++k) covered += rows[k].height;
            const double needed =
                cell.block->height() + 2 * styles_.cell_padding_y + cell.style->space_before + cell.style->space_after;
            if (needed > covered) rows[end - 1].height += needed - covered;
        }
    }
    // Rows a cell spans are kept together, and never split: the spanning cell's text crosses them.
    std::vector<bool> kept(rows.size(), false);
    std::vector<bool> spanned(rows.size(), false);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (const CellText& cell : rows[r].cells)
            for (std::size_t k = r; k < r + static_cast<std::size_t>(cell.rows) && k < rows.size(); ++k) {
                if (k + 1 < r + static_cast<std::size_t>(cell.rows)) kept[k] = true;
                if (cell.rows > 1) spanned[k] = true;
            }
    int repeat = -1;
    if (head_rows > 0 && head_rows < rows.size()) {
        repeat = static_cast<int>(out_.flow.headers.size());
        auto& copies = out_.flow.headers.emplace_back();
        for (std::size_t r = 0; r < head_rows; ++r) {
            copies.push_back(row_slices(rows[r], false, Tag::decoration(), false).front());
            copies.back().keep_with_next = true;
        }
    }
    const double before = space_before(styles_.table_text);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const bool split = split_rows && r >= head_rows && !spanned[r];
        std::vector<Slice> bands = row_slices(rows[r], r + 1 == rows.size(), std::nullopt, split);
        if (r == 0) bands.front().space_before = before;
        if (kept[r] || r < head_rows) bands.back().keep_with_next = true;
        for (Slice& band : bands) {
            if (r >= head_rows) band.repeat_header = repeat;
            push(std::move(band));
        }
    }
    after_table_ = true;
}

// PDF's /Scope has Row, Column and Both: a group header heads its rows or columns all the same.
std::string scope_name(HeaderScope scope) {
    switch (scope) {
        case HeaderScope::Column:
        case HeaderScope::ColumnGroup:
            return "Column";
        case HeaderScope::Row:
        case HeaderScope::RowGroup:
            return "Row";
        case HeaderScope::None:
            break;
    }
    return {};
}

void Typesetter::write_block(const Table& table, int parent) {
    const int element = out_.tree.add_element(parent, "Table");
    out_.tree.element(element).summary = table.description;
    if (!table.id.empty()) pending_anchors_.push_back(table.id);
    InlineContext context = inline_context();
    const bool numbered = table.numbered;
    if (numbered) ++table_count_;
    if (numbered || !table.caption.empty()) {
        InlineBuilder text(context, out_.tree.add_element(element, "Caption"));
        if (numbered) {
            text.text(theme_.labels.table + " " + std::to_string(table_count_));
            if (!table.caption.empty()) text.text(". ");
        }
        text.inlines(table.caption);
        text_slices(layout(text.finish(), styles_.caption, width(), Align::Default), styles_.caption, left());
    }

    // Where each cell stands, what it heads and which headers apply to it: the model's grid.
    const TableGrid grid(table);
    const std::vector<GridCell>& cells = grid.cells();
    const std::vector<double> shares = grid.column_shares();
    std::vector<double> column_x(grid.columns() + 1, left());
    for (std::size_t c = 0; c < grid.columns(); ++c) column_x[c + 1] = column_x[c] + shares[c] * width();
    // A data cell with more than one header names them in /Headers, by the header cells' /ID.
    const auto header_id = [element](std::size_t cell) {
        return "kansli-t" + std::to_string(element) + "-" + std::to_string(cell);
    };
    std::set<std::size_t> named;
    for (const GridCell& cell : cells)
        if (cell.headers.size() > 1) named.insert(cell.headers.begin(), cell.headers.end());

    std::vector<RowLayout> rows;
    int group = -1;
    for (std::size_t r = 0; r < grid.rows(); ++r) {
        const bool head = r < grid.head_rows();
        if (r == 0 || r == grid.head_rows()) group = out_.tree.add_element(element, head ? "THead" : "TBody");
        const Row& row = head ? table.head[r] : table.body[r - grid.head_rows()];
        const int tr = out_.tree.add_element(group, "TR");
        RowLayout layout_row;
        layout_row.header = head;
        const ParagraphStyle* style = &styles_.table_text;
        layout_row.rule_colour = styles_.rule_colour;
        if (head || row.kind == RowKind::Section) {
            style = &styles_.table_heading;
        } else if (row.kind == RowKind::Sum || row.kind == RowKind::Subtotal) {
            style = &styles_.table_sum;
            layout_row.rule = row.kind == RowKind::Sum ? 1.5 : 0.5;
            layout_row.rule_colour = Rgb{};
        } else if (row.kind == RowKind::Note) {
            style = &styles_.table_note;
        }
        const bool fill = head || row.kind == RowKind::Section;
        const Rgb fill_colour = head ? styles_.header_fill : styles_.section_fill;
        // A cell's box on this row: where it stands and how it is filled.
        const auto box = [&](const GridCell& placed) {
            CellText cell;
            cell.x = column_x[placed.column];
            cell.width = column_x[placed.column + placed.columns] - cell.x;
            cell.style = style;
            cell.fill = fill_colour;
            cell.filled = fill;
            cell.rows = static_cast<int>(placed.rows);
            return cell;
        };
        // The rule above the row, except through the cells that reach into it from above.
        double rule_from = left();
        for (const std::size_t index : grid.covering(r)) {
            const GridCell& above = cells[index];
            if (above.row == r) continue;
            CellText covered = box(above);
            covered.rows = 1;  // its span counts in the row it starts in
            if (covered.x > rule_from) layout_row.rule_segments.emplace_back(rule_from, covered.x);
            rule_from = covered.x + covered.width;
            layout_row.cells.push_back(covered);
        }
        if (left() + width() > rule_from) layout_row.rule_segments.emplace_back(rule_from, left() + width());
        for (const GridCell& placed : grid.row(r)) {
            const std::size_t index = static_cast<std::size_t>(&placed - cells.data());
            const int cell_element = out_.tree.add_element(tr, placed.scope == HeaderScope::None ? "TD" : "TH");
            Element& e = out_.tree.element(cell_element);
            e.scope = scope_name(placed.scope);
            e.column_span = static_cast<int>(placed.columns);
            e.row_span = static_cast<int>(placed.rows);
            if (named.count(index) != 0) e.id = header_id(index);
            if (placed.headers.size() > 1)
                for (const std::size_t h : placed.headers) e.headers.push_back(header_id(h));
            const Cell& source = *placed.cell;
            // An empty sum row label heads its row all the same: its word, for a screen reader.
            if (source.is_empty() && !head && e.type == "TH" &&
                (row.kind == RowKind::Sum || row.kind == RowKind::Subtotal))
                e.actual_text = row.kind == RowKind::Sum ? theme_.labels.sum : theme_.labels.subtotal;
            InlineBuilder text(context, cell_element);
            text.ensure_slot();  // an empty cell is a cell all the same
            text.inlines(source.content);
            Align align = source.align;
            if (align == Align::Default) {
                if (head) {
                    align = placed.columns > 1 ? Align::Center
                            : placed.column < table.columns.size() && is_numeric(table.columns[placed.column].kind)
                                ? Align::Right
                                : Align::Default;
                } else if (source.number) {
                    align = Align::Right;
                }
            }
            CellText cell = box(placed);
            cell.block = layout(text.finish(), *style, cell.width - 2 * styles_.cell_padding_x, align);
            if (cell.rows == 1)
                layout_row.height = std::max(layout_row.height, cell.block->height() + 2 * styles_.cell_padding_y +
                                                                    style->space_before + style->space_after);
            layout_row.cells.push_back(std::move(cell));
        }
        if (layout_row.height <= 0) layout_row.height = 2 * styles_.cell_padding_y + style->space_before;
        rows.push_back(std::move(layout_row));
    }
    table_rows(rows, grid.head_rows(), table.split_rows);
}

// The agenda: Nr, Ärende (with a note such as "UTGÅR" after the title), Beteckning when any
// item has a dnr, and Sidan when any item refers to its papers: the page the papers start on,
// a link there. Its column labels come from the model (the template may change them).
void Typesetter::write_block(const Agenda& agenda, int parent) {
    const int element = out_.tree.add_element(parent, "Table");
    InlineContext context = inline_context();
    if (!agenda.caption.empty()) {
        InlineBuilder text(context, out_.tree.add_element(element, "Caption"));
        text.text(agenda.caption);
        text_slices(layout(text.finish(), styles_.caption, width(), Align::Default), styles_.caption, left());
    }
    const bool dnr = agenda.has_dnr();
    const bool refs = agenda.has_refs();
    const double total = width();
    std::vector<double> widths{total * 0.08};
    widths.push_back(total - widths[0] - (dnr ? total * 0.22 : 0) - (refs ? total * 0.09 : 0));
    if (dnr) widths.push_back(total * 0.22);
    if (refs) widths.push_back(total * 0.09);
    std::vector<double> column_x{left()};
    for (double w : widths) column_x.push_back(column_x.back() + w);

    std::vector<RowLayout> rows;
    const auto cell = [&](RowLayout& row, int tr, std::size_t column, const ParagraphStyle& style, Align align,
                          bool header, auto&& fill_text) {
        const int cell_element = out_.tree.add_element(tr, header ? "TH" : "TD");
        if (header) out_.tree.element(cell_element).scope = "Column";
        InlineBuilder text(context, cell_element);
        text.ensure_slot();
        fill_text(text);
        CellText placed;
        placed.x = column_x[column];
        placed.width = widths[column];
        placed.style = &style;
        placed.fill = styles_.header_fill;
        placed.filled = header;
        placed.block = layout(text.finish(), style, placed.width - 2 * styles_.cell_padding_x, align);
        row.height = std::max(
            row.height, placed.block->height() + 2 * styles_.cell_padding_y + style.space_before + style.space_after);
        row.cells.push_back(std::move(placed));
    };

    {
        const int tr = out_.tree.add_element(out_.tree.add_element(element, "THead"), "TR");
        RowLayout row;
        row.header = true;
        row.rule_colour = styles_.rule_colour;
        row.rule_segments.emplace_back(left(), left() + total);
        std::size_t column = 0;
        const auto header = [&](const std::string& words, Align align) {
            cell(row, tr, column++, styles_.table_heading, align, true, [&](InlineBuilder& b) { b.text(words); });
        };
        header(agenda.number_label, Align::Default);
        header(agenda.title_label, Align::Default);
        if (dnr) header(agenda.dnr_label, Align::Default);
        if (refs) header(agenda.page_label, Align::Right);
        rows.push_back(std::move(row));
    }
    const int body = out_.tree.add_element(element, "TBody");
    for (const AgendaItem& item : agenda.items) {
        const int tr = out_.tree.add_element(body, "TR");
        RowLayout row;
        row.rule_colour = styles_.rule_colour;
        row.rule_segments.emplace_back(left(), left() + total);
        std::size_t column = 0;
        cell(row, tr, column++, styles_.table_text, Align::Default, false,
             [&](InlineBuilder& b) { b.text(item.number); });
        cell(row, tr, column++, styles_.table_text, Align::Default, false, [&](InlineBuilder& b) {
            b.inlines(item.title);
            if (item.note.empty()) return;
            b.text(" \u2013 ");  // en dash
            b.inlines(Inlines{Inline{Strong{Inlines{Inline{Text{item.note}}}}}});
        });
        if (dnr)
            cell(row, tr, column++, styles_.table_text, Align::Default, false,
                 [&](InlineBuilder& b) { b.text(item.dnr); });
        if (refs) {
            cell(row, tr, column++, styles_.table_text, Align::Right, false, [&](InlineBuilder& b) {
                if (item.ref.empty() || document_.anchors.count(item.ref) == 0) return;
                const std::string number = page_numbers_.of(item.ref);
                const int reference = out_.tree.add_element(b.current(), "Reference");
                b.plain_link(out_.tree.add_element(reference, "Link"), item.ref, plain_text(item.title), number);
            });
        }
        rows.push_back(std::move(row));
    }
    table_rows(rows, 1, false);
}

}  // namespace kansli::pdf
