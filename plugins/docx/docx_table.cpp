// Tables and the agenda (ärendelista), which is a table in print too.
//
// What a report table needs in Word: a caption (a "Tabell N" paragraph with a SEQ field, and
// w:tblCaption/w:tblDescription for assistive technology), header rows marked w:tblHeader so
// they repeat on every page and tell a screen reader what they are, rows that do not break
// across pages (unless the document allows it), fixed column widths, and numbers aligned
// right as the core formatted them (with U+2212 and non-breaking spaces).
#include <algorithm>
#include <string>

#include "docx_layout.hpp"
#include "docx_story.hpp"
#include "docx_styles.hpp"

namespace kansli::docx {
namespace {

// Shading of section rows: the header colour's lighter cousin would need colour maths; a
// neutral light grey reads as "group" next to any header colour.
constexpr std::string_view kSectionFill = "F2F2F2";

}  // namespace

void Story::caption_paragraph(const Table& table, const std::string& label) {
    ParagraphProps props;
    props.style = style::caption;
    props.keep_next = true;
    open_paragraph(props);
    const int bookmark = bookmark_open(table.id);
    if (!label.empty()) {
        const std::string& word = facts_.theme.labels.table;
        text_run(word + " ");
        // Word renumbers the captions on update; the cached number is already right.
        // A SEQ identifier is one word: the label when it is one, else Word's English one.
        const bool one_word = std::all_of(word.begin(), word.end(), [](char c) { return c != ' ' && c != '"'; });
        field(" SEQ " + (one_word ? word : std::string("Table")) + " \\* ARABIC ", std::to_string(made_.table_count));
        if (!table.caption.empty()) text_run(". ");
    }
    inlines(table.caption);
    bookmark_close(bookmark);
    close_paragraph();
}

void Story::table_properties(const std::vector<long>& widths, bool first_column, const std::string& caption,
                             const std::string& description) {
    long total = 0;
    for (long w : widths) total += w;
    // Children in the order CT_TblPr requires.
    x_.open("w:tblPr");
    x_.empty("w:tblStyle", {{"w:val", style::table}});
    x_.empty("w:tblW", {{"w:w", std::to_string(total)}, {"w:type", "dxa"}});
    x_.empty("w:tblLayout", {{"w:type", "fixed"}});
    // firstRow 0x20, firstColumn 0x80, noVBand 0x400.
    x_.empty("w:tblLook", {{"w:val", first_column ? "04A0" : "0420"},
                           {"w:firstRow", "1"},
                           {"w:lastRow", "0"},
                           {"w:firstColumn", first_column ? "1" : "0"},
                           {"w:lastColumn", "0"},
                           {"w:noHBand", "1"},
                           {"w:noVBand", "1"}});
    if (!caption.empty()) x_.empty("w:tblCaption", {{"w:val", caption}});
    if (!description.empty()) x_.empty("w:tblDescription", {{"w:val", description}});
    x_.close();
    x_.open("w:tblGrid");
    for (long w : widths) x_.empty("w:gridCol", {{"w:w", std::to_string(w)}});
    x_.close();
}

void Story::cell_open(long width, int grid_span, std::string_view vmerge, std::string_view fill, long top_border) {
    x_.open("w:tc").open("w:tcPr");
    x_.empty("w:tcW", {{"w:w", std::to_string(width)}, {"w:type", "dxa"}});
    if (grid_span > 1) x_.empty("w:gridSpan", {{"w:val", std::to_string(grid_span)}});
    if (vmerge == "restart") {
        x_.empty("w:vMerge", {{"w:val", "restart"}});
    } else if (!vmerge.empty()) {
        x_.empty("w:vMerge");
    }
    if (top_border > 0) {
        x_.open("w:tcBorders");
        x_.empty("w:top",
                 {{"w:val", "single"}, {"w:sz", std::to_string(top_border)}, {"w:space", "0"}, {"w:color", "000000"}});
        x_.close();
    }
    if (!fill.empty()) x_.empty("w:shd", {{"w:val", "clear"}, {"w:color", "auto"}, {"w:fill", fill}});
    x_.close();
}

void Story::row_properties(bool header, bool can_split) {
    if (!header && can_split) return;
    x_.open("w:trPr");
    if (!can_split) x_.empty("w:cantSplit");
    if (header) x_.empty("w:tblHeader");
    x_.close();
}

void Story::separate_tables() {
    flush_page_break();
    // Two tables in a row would be one table to Word: a paragraph keeps them apart.
    if (last_was_table_) {
        ParagraphProps props;
        props.space_after = 0;
        open_paragraph(props);
        close_paragraph();
    }
}

void Story::write_block(const Table& table) {
    std::string label;
    if (table.numbered) label = std::to_string(++made_.table_count);
    const std::string caption_text = plain_text(table.caption);
    const std::string& word = facts_.theme.labels.table;
    const std::string accessible_caption =
        label.empty() ? caption_text : word + " " + label + (caption_text.empty() ? "" : ". " + caption_text);

    if (!label.empty() || !table.caption.empty()) {
        caption_paragraph(table, label);
    } else {
        separate_tables();
    }
    const int loose_bookmark = label.empty() && table.caption.empty() ? bookmark_open(table.id) : 0;

    const TableGrid grid(table);
    const std::vector<long> widths = column_widths(grid, facts_.page.text_width());
    const std::string header_fill = hex_colour(facts_.theme.table_header_background, "E6E6E6");

    x_.open("w:tbl");
    table_properties(widths, table.row_headers, accessible_caption, table.description);

    // WordprocessingML has no rowspan: a cell spanning rows is the first of a vertical merge
    // (restart), and every row below it holds a continuation cell at its place. So each row is
    // written from the cells covering it, not only those starting in it.
    const auto open_cell = [&](const GridCell& placed, std::size_t row, std::string_view fill, long rule) {
        const std::string_view vmerge = placed.row != row ? "continue" : placed.rows > 1 ? "restart" : "";
        cell_open(cell_width(placed, widths), static_cast<int>(placed.columns), vmerge, fill, rule);
    };

    // Header rows: shaded, bold, repeated on every page. A header over a column of numbers is
    // right-aligned like them; one spanning several columns is centred over them.
    for (std::size_t r = 0; r < grid.head_rows(); ++r) {
        x_.open("w:tr");
        row_properties(true, false);
        for (const std::size_t index : grid.covering(r)) {
            const GridCell& placed = grid.cells()[index];
            open_cell(placed, r, header_fill, 0);
            ParagraphProps props;
            props.style = style::table_heading;
            const bool starts_here = placed.row == r;
            if (starts_here) {
                const Cell& cell = *placed.cell;
                props.align = cell.align != Align::Default                    ? cell.align
                              : placed.columns > 1                            ? Align::Center
                              : is_numeric(table.columns[placed.column].kind) ? Align::Right
                                                                              : Align::Default;
            }
            open_paragraph(props);
            if (starts_here) inlines(placed.cell->content);
            close_paragraph();
            x_.close();  // tc
        }
        x_.close();  // tr
    }

    // Body rows. Sums are bold with a rule above (a thinner one for subtotals), section rows
    // are shaded group headings, note rows italic.
    for (std::size_t b = 0; b < table.body.size(); ++b) {
        const std::size_t r = grid.head_rows() + b;
        x_.open("w:tr");
        row_properties(false, table.split_rows);
        std::string paragraph_style = style::table_text;
        std::string_view fill;
        long rule = 0;
        switch (table.body[b].kind) {
            case RowKind::Section:
                paragraph_style = style::table_heading;
                fill = kSectionFill;
                break;
            case RowKind::Sum:
                paragraph_style = style::table_sum;
                rule = 12;
                break;
            case RowKind::Subtotal:
                paragraph_style = style::table_sum;
                rule = 4;
                break;
            case RowKind::Note:
                paragraph_style = style::table_note;
                break;
            case RowKind::Data:
                break;
        }
        for (const std::size_t index : grid.covering(r)) {
            const GridCell& placed = grid.cells()[index];
            open_cell(placed, r, fill, rule);
            ParagraphProps props;
            props.style = paragraph_style;
            const bool starts_here = placed.row == r;
            if (starts_here) {
                const Cell& cell = *placed.cell;
                props.align = cell.align != Align::Default ? cell.align : cell.number ? Align::Right : Align::Default;
            }
            open_paragraph(props);
            if (starts_here) inlines(placed.cell->content);
            close_paragraph();
            x_.close();  // tc
        }
        x_.close();  // tr
    }
    x_.close();  // tbl
    bookmark_close(loose_bookmark);
    last_was_table_ = true;
}

// The agenda: Nr, Ärende (with a note such as "UTGÅR" after the title), Beteckning when any
// item has a dnr, and Sidan when any item refers to its papers: a PAGEREF field to the
// bookmark of the item's section, which Word and LibreOffice fill in when they lay out pages.
void Story::write_block(const Agenda& agenda) {
    using Column = AgendaStyle::Column;
    const std::string caption = agenda.label(facts_.theme.labels);
    const auto columns = shown_agenda_columns(agenda, facts_.theme.agenda);
    if (!agenda.caption.empty()) {
        ParagraphProps props;
        props.style = style::caption;
        props.keep_next = true;
        open_paragraph(props);
        text_run(agenda.caption);
        close_paragraph();
    } else {
        separate_tables();
    }

    const long total = facts_.page.text_width();
    const auto fixed_width = [total](Column column) {
        return column == Column::Number ? total * 8 / 100
               : column == Column::Dnr  ? total * 22 / 100
               : column == Column::Page ? total * 9 / 100
                                        : 0;
    };
    long fixed = 0;
    for (const Column column : columns) fixed += fixed_width(column);
    std::vector<long> widths;  // the title takes what the others leave
    for (const Column column : columns) widths.push_back(column == Column::Title ? total - fixed : fixed_width(column));
    const std::string header_fill = hex_colour(facts_.theme.table_header_background, "E6E6E6");

    x_.open("w:tbl");
    table_properties(widths, false, caption, {});
    x_.open("w:tr");
    row_properties(true, false);
    const auto header = [&](std::size_t column, const std::string& text, Align align) {
        cell_open(widths[column], 1, {}, header_fill, 0);
        ParagraphProps props;
        props.style = style::table_heading;
        props.align = align;
        open_paragraph(props);
        text_run(text);
        close_paragraph();
        x_.close();
    };
    for (std::size_t i = 0; i < columns.size(); ++i)
        header(i, agenda_column_label(agenda, columns[i]), columns[i] == Column::Page ? Align::Right : Align::Default);
    x_.close();

    for (const AgendaItem& item : agenda.items) {
        x_.open("w:tr");
        row_properties(false, false);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            cell_open(widths[i], 1, {}, {}, 0);
            ParagraphProps props;
            props.style = style::table_text;
            props.align = columns[i] == Column::Page ? Align::Right : Align::Default;
            open_paragraph(props);
            switch (columns[i]) {
                case Column::Number:
                    text_run(item.number);
                    break;
                case Column::Title:
                    inlines(item.title);
                    if (!item.note.empty()) {
                        text_run(facts_.theme.agenda.note_separator);
                        const RunScope scope(run_);
                        run_.bold = true;
                        text_run(item.note);
                    }
                    break;
                case Column::Dnr:
                    text_run(item.dnr);
                    break;
                case Column::Page:
                    if (!item.ref.empty())
                        field(" PAGEREF " + made_.bookmarks.name(item.ref) + " \\h ", facts_.page_of(item.ref));
                    break;
            }
            close_paragraph();
            x_.close();
        }
        x_.close();
    }
    x_.close();  // tbl
    last_was_table_ = true;
}

}  // namespace kansli::docx
