// Tables and the agenda as GFM pipe tables. A pipe table has exactly one header row and no
// spans, so a table that has more is flattened (docs/markdown.md):
// - header rows become one: each column's header is the texts above it, top to bottom, joined
//   by spaces, a spanning header repeated over every column it spans ("Budget 2021");
// - a spanning body cell is written once, in its first row and column; the cells it covers are
//   left empty, so no number is shown twice;
// - a table without header rows gets an empty header row (GFM requires one).
#include <algorithm>
#include <string>
#include <vector>

#include "kansli/table_grid.hpp"
#include "markdown_render.hpp"

namespace kansli::markdown {

namespace {

std::string_view delimiter(Align align) {
    switch (align) {
        case Align::Left:
            return ":---";
        case Align::Center:
            return ":---:";
        case Align::Right:
            return "---:";
        case Align::Default:
            break;
    }
    return "---";
}

std::string table_row(const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const auto& cell : cells) out += " " + cell + " |";
    return out + "\n";
}

std::string header_and_delimiter(const std::vector<std::string>& header, const std::vector<Align>& aligns) {
    std::string out = table_row(header) + "|";
    for (const Align align : aligns) {
        out += ' ';
        out += delimiter(align);
        out += " |";
    }
    return out + "\n";
}

}  // namespace

std::string Renderer::write_block(const Table& table) {
    const TableGrid grid(table);
    const std::size_t columns = grid.columns();

    std::string out;
    std::string caption = inlines(table.caption);
    if (table.numbered) {
        const std::string label = theme_.labels.table + " " + std::to_string(++table_count_);
        out += "**" + label + (caption.empty() ? "" : ".") + "**" + (caption.empty() ? "" : " " + caption) + "\n\n";
    } else if (!caption.empty()) {
        out += caption + "\n\n";
    }

    std::vector<std::string> header(columns);
    for (std::size_t r = 0; r < grid.head_rows(); ++r)
        for (const GridCell& placed : grid.row(r)) {
            const std::string text = inlines(placed.cell->content, InlineContext::TableCell);
            if (text.empty()) continue;
            for (std::size_t c = placed.column; c < placed.column + placed.columns; ++c)
                header[c] += (header[c].empty() ? "" : " ") + text;
        }
    std::vector<Align> aligns(columns, Align::Default);
    for (std::size_t c = 0; c < table.columns.size(); ++c) aligns[c] = table.columns[c].align;
    out += header_and_delimiter(header, aligns);

    for (std::size_t r = 0; r < table.body.size(); ++r) {
        const RowKind kind = table.body[r].kind;
        // Sums, subtotals and section rows stand out in bold, notes in italics.
        const std::string_view mark = kind == RowKind::Note ? "*" : kind == RowKind::Data ? "" : "**";
        std::vector<std::string> cells(columns);
        for (const GridCell& placed : grid.row(grid.head_rows() + r)) {
            const std::string text = inlines(placed.cell->content, InlineContext::TableCell);
            if (!text.empty()) cells[placed.column] = std::string(mark) + text + std::string(mark);
        }
        out += table_row(cells);
    }
    return out;
}

// The ärendelista: number, title (with its note), and the diarienummer when items have one.
// Page references are left out: a screen has no pages.
std::string Renderer::write_block(const Agenda& agenda) {
    std::string out;
    bool line_start = true;
    if (!agenda.caption.empty()) {
        append_escaped(out, agenda.caption, InlineContext::Block, line_start);
        out += "\n\n";
    }
    using Column = AgendaStyle::Column;
    const auto cell_text = [](const std::string& text) {
        std::string escaped;
        bool start = false;
        append_escaped(escaped, text, InlineContext::TableCell, start);
        return escaped;
    };
    std::vector<Column> columns = shown_agenda_columns(agenda, theme_.agenda);
    std::erase(columns, Column::Page);
    std::vector<std::string> header;
    for (const Column column : columns) header.push_back(cell_text(agenda_column_label(agenda, column)));
    out += header_and_delimiter(header, std::vector<Align>(header.size(), Align::Default));
    for (const AgendaItem& item : agenda.items) {
        std::vector<std::string> cells;
        for (const Column column : columns) {
            if (column == Column::Number) cells.push_back(cell_text(item.number));
            if (column == Column::Dnr) cells.push_back(cell_text(item.dnr));
            if (column != Column::Title) continue;
            std::string title = inlines(item.title, InlineContext::TableCell);
            if (!item.note.empty()) title += cell_text(theme_.agenda.note_separator) + cell_text(item.note);
            cells.push_back(title);
        }
        out += table_row(cells);
    }
    return out;
}

}  // namespace kansli::markdown
