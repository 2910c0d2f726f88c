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

#include "markdown_render.hpp"

namespace kansli::markdown {

namespace {

struct Slot {
    const Cell* cell = nullptr;
    bool origin = false;  // the cell's first row and column
};
using Grid = std::vector<std::vector<Slot>>;

// The rows' cells on a grid, honouring colspan and rowspan (spans past the last row are cut).
Grid place(const std::vector<Row>& rows) {
    Grid grid(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::size_t column = 0;
        for (const Cell& cell : rows[r].cells) {
            while (column < grid[r].size() && grid[r][column].cell != nullptr) ++column;
            const auto rowspan = static_cast<std::size_t>(std::max(cell.rowspan, 1));
            const auto colspan = static_cast<std::size_t>(std::max(cell.colspan, 1));
            for (std::size_t dr = 0; dr < rowspan && r + dr < rows.size(); ++dr) {
                auto& row = grid[r + dr];
                if (row.size() < column + colspan) row.resize(column + colspan);
                for (std::size_t dc = 0; dc < colspan; ++dc) row[column + dc] = {&cell, dr == 0 && dc == 0};
            }
            column += colspan;
        }
    }
    return grid;
}

std::size_t width(const Grid& grid) {
    std::size_t n = 0;
    for (const auto& row : grid) n = std::max(n, row.size());
    return n;
}

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
    const Grid head = place(table.head);
    const Grid body = place(table.body);
    const std::size_t columns = std::max({table.columns.size(), width(head), width(body), std::size_t{1}});

    std::string out;
    std::string caption = inlines(table.caption);
    if (table.numbered) {
        const std::string label = theme_.table_caption_label + " " + std::to_string(++table_count_);
        out += "**" + label + (caption.empty() ? "" : ".") + "**" + (caption.empty() ? "" : " " + caption) + "\n\n";
    } else if (!caption.empty()) {
        out += caption + "\n\n";
    }

    std::vector<std::string> header(columns);
    std::vector<const Cell*> above(columns, nullptr);  // a cell spanning rows is one header, not two
    for (const auto& row : head)
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (row[c].cell == nullptr || row[c].cell == above[c]) continue;
            above[c] = row[c].cell;
            const std::string text = inlines(row[c].cell->content, InlineContext::TableCell);
            if (!text.empty()) header[c] += (header[c].empty() ? "" : " ") + text;
        }
    std::vector<Align> aligns(columns, Align::Default);
    for (std::size_t c = 0; c < table.columns.size(); ++c) aligns[c] = table.columns[c].align;
    out += header_and_delimiter(header, aligns);

    for (std::size_t r = 0; r < body.size(); ++r) {
        const RowKind kind = table.body[r].kind;
        // Sums, subtotals and section rows stand out in bold, notes in italics.
        const std::string_view mark = kind == RowKind::Note ? "*" : kind == RowKind::Data ? "" : "**";
        std::vector<std::string> cells(columns);
        for (std::size_t c = 0; c < body[r].size(); ++c) {
            if (!body[r][c].origin) continue;
            const std::string text = inlines(body[r][c].cell->content, InlineContext::TableCell);
            if (!text.empty()) cells[c] = std::string(mark) + text + std::string(mark);
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
