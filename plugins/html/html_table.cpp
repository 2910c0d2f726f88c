// Tables and the agenda (ärendelista), which is a table on the web too.
//
// What assistive technology needs from a table: a caption, header cells with a scope, and
// for every data cell a header that applies to it (axe's td-has-header). The model gives
// header rows and, optionally, a row-header column; the code below adds the rest.
#include <algorithm>
#include <string>
#include <vector>

#include "html_render.hpp"

namespace kansli::html {
namespace {

// Which column each cell of a row starts in, given the rowspans of earlier rows in the same
// row group. Needed to find a cell's column (its kind says whether it is numeric) and
// whether it is the first cell of its row.
class GridTracker {
public:
    std::vector<std::size_t> place(const Row& row) {
        std::vector<std::size_t> starts;
        std::size_t column = 0;
        for (const Cell& cell : row.cells) {
            while (column < covered_.size() && covered_[column] > 0) ++column;
            starts.push_back(column);
            const auto span = static_cast<std::size_t>(std::max(cell.colspan, 1));
            if (covered_.size() < column + span) covered_.resize(column + span, 0);
            for (std::size_t c = column; c < column + span; ++c) covered_[c] = std::max(cell.rowspan, 1);
            column += span;
        }
        for (int& rows : covered_)
            if (rows > 0) --rows;
        return starts;
    }
    // True while a rowspan from an earlier row still reaches the next row: a row group may
    // not end there.
    bool spanning() const {
        return std::any_of(covered_.begin(), covered_.end(), [](int rows) { return rows > 0; });
    }

private:
    std::vector<int> covered_;  // rows each column stays covered by cells already placed
};

bool is_numeric(ColumnKind kind) {
    return kind == ColumnKind::Number || kind == ColumnKind::Money || kind == ColumnKind::Percent;
}

std::string_view row_class(RowKind kind) {
    switch (kind) {
        case RowKind::Section:
            return "row-section";
        case RowKind::Sum:
            return "row-sum";
        case RowKind::Subtotal:
            return "row-subtotal";
        case RowKind::Note:
            return "row-note";
        case RowKind::Data:
            break;
    }
    return {};
}

// Classes of a cell: "num" for numbers (right-aligned, tabular digits), and an alignment class
// only when the cell's alignment differs from what "num" or the default already give.
std::string cell_class(const Table& table, const Cell& cell, std::size_t column) {
    const bool numeric =
        cell.number.has_value() || (column < table.columns.size() && is_numeric(table.columns[column].kind));
    std::string cls = numeric ? "num" : "";
    const Align implied = numeric ? Align::Right : Align::Left;
    if (cell.align != Align::Default && cell.align != implied) {
        if (!cls.empty()) cls += ' ';
        cls += align_class(cell.align);
    }
    return cls;
}

std::size_t grid_width(const Table& table) {
    std::size_t width = table.columns.size();
    for (const auto* rows : {&table.head, &table.body}) {
        GridTracker grid;
        for (const Row& row : *rows) {
            const auto starts = grid.place(row);
            if (!row.cells.empty()) {
                width =
                    std::max(width, starts.back() + static_cast<std::size_t>(std::max(row.cells.back().colspan, 1)));
            }
        }
    }
    return width;
}

// Column groups follow the cells of the first header row when that row spans columns
// ("2022" over Budget and Utfall): then a spanning header cell really heads a column group
// and can say scope="colgroup". Empty when the first row does not partition the columns.
std::vector<std::size_t> column_groups(const Table& table, std::size_t width) {
    if (table.head.empty()) return {};
    const Row& top = table.head.front();
    std::vector<std::size_t> groups;
    std::size_t total = 0;
    bool spans = false;
    for (const Cell& cell : top.cells) {
        const auto span = static_cast<std::size_t>(std::max(cell.colspan, 1));
        spans = spans || span > 1;
        groups.push_back(span);
        total += span;
    }
    if (!spans || total != width) return {};
    return groups;
}

// True when every column has a non-empty header cell above it in the header rows.
bool every_column_headed(const Table& table, std::size_t width) {
    std::vector<bool> headed(width, false);
    GridTracker grid;
    for (const Row& row : table.head) {
        const auto starts = grid.place(row);
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            if (row.cells[i].is_empty()) continue;
            const auto span = static_cast<std::size_t>(std::max(row.cells[i].colspan, 1));
            for (std::size_t c = starts[i]; c < starts[i] + span && c < width; ++c) headed[c] = true;
        }
    }
    return std::all_of(headed.begin(), headed.end(), [](bool h) { return h; });
}

}  // namespace

// Wide tables scroll sideways inside their own box instead of widening the page. A box that
// scrolls must be reachable by keyboard, hence tabindex and a region named like the table
// (the pattern from Adrian Roselli, "Under-Engineered Responsive Tables"). The name is the
// caption's text rather than a reference to the caption, so <caption> needs no id.
void Renderer::table_wrap_open(std::string_view name, bool wide) {
    raw(wide ? "<div class=\"table-wrap wide\"" : "<div class=\"table-wrap\"");
    raw(" role=\"region\" tabindex=\"0\"");
    attribute("aria-label", name);
    raw(">\n");
}

void Renderer::write_block(const Table& table) {
    const std::string& label_word = theme_.table_caption_label;
    std::string label;
    if (table.numbered) label = label_word + " " + std::to_string(++table_count_);
    const std::string caption_text = plain_text(table.caption);
    const bool has_caption = !label.empty() || !table.caption.empty();
    const std::string description_id = table.description.empty() ? std::string{} : new_id("tabellbeskrivning");

    // A table the template gave column widths is laid out across the page, as in print: on a
    // wide screen its region may be wider than the text column (class "wide").
    const bool has_widths =
        std::any_of(table.columns.begin(), table.columns.end(), [](const Column& c) { return c.width.has_value(); });
    if (label.empty()) {
        table_wrap_open(caption_text.empty() ? label_word : caption_text, has_widths);
    } else {
        table_wrap_open(caption_text.empty() ? label : label + ". " + caption_text, has_widths);
    }
    raw("<table");
    if (!table.id.empty()) attribute("id", table.id);
    std::string classes;
    if (has_widths) classes = "has-widths";
    if (table.split_rows) classes += classes.empty() ? "split-rows" : " split-rows";
    if (!classes.empty()) attribute("class", classes);
    // On a screen such a table is laid out automatically (see html_style.cpp) but no narrower
    // than 8rem a column: a phone then scrolls it in its region instead of squeezing its text
    // to a word a line. A custom property, so print keeps the A4 layout.
    if (has_widths)
        attribute("style", "--min-width: " + std::to_string(std::min<std::size_t>(grid_width(table) * 8, 72)) + "rem");
    // The description is for assistive technology only (as alt text is for an image): it is
    // the table's accessible description, kept in a hidden paragraph after the table.
    if (!description_id.empty()) attribute("aria-describedby", description_id);
    raw(">\n");

    if (has_caption) {
        raw("<caption>");
        if (!label.empty()) {
            raw("<span class=\"caption-label\">");
            text(table.caption.empty() ? label : label + ".");
            raw("</span>");
            if (!table.caption.empty()) raw(" ");
        }
        inlines(table.caption);
        raw("</caption>\n");
    }

    const std::size_t width = grid_width(table);
    const std::vector<std::size_t> groups = column_groups(table, width);
    // Column groups, for scope="colgroup". The template's column widths are not written: they
    // are shares of an A4 text column in the office formats' fonts, and a browser that honours
    // them squeezes a comment column to a word a line while bold number headers overflow
    // theirs (on screen and in print alike). Automatic layout across the page does better.
    for (std::size_t span : groups) {
        raw("<colgroup>");
        for (std::size_t i = 0; i < span; ++i) raw("<col>");
        raw("</colgroup>\n");
    }
    const auto is_group = [&groups](std::size_t start, std::size_t span) {
        std::size_t column = 0;
        for (std::size_t group : groups) {
            if (column == start) return group == span;
            column += group;
        }
        return false;
    };
    const auto span_attributes = [this](const Cell& cell) {
        if (cell.colspan > 1) attribute("colspan", std::to_string(cell.colspan));
        if (cell.rowspan > 1) attribute("rowspan", std::to_string(cell.rowspan));
    };

    // ---- header rows: every non-empty cell heads its column(s). An empty corner cell stays a
    // <td>: an empty header cell heads nothing. With more than one header row, scope alone
    // does not tell which of the stacked headers apply to a cell, so each header cell gets an
    // id and every body cell lists the ids of the headers over its columns in `headers`.
    const bool stacked_headers = table.head.size() > 1;
    const int table_index = ++table_index_;
    struct ColumnHeader {
        std::string id;
        std::size_t first = 0, end = 0;  // the columns it heads, [first, end)
    };
    std::vector<ColumnHeader> column_headers;
    if (!table.head.empty()) {
        raw("<thead>\n");
        GridTracker grid;
        for (const Row& row : table.head) {
            const auto starts = grid.place(row);
            raw("<tr>");
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                const Cell& cell = row.cells[i];
                const bool header = !cell.is_empty();
                raw(header ? "<th" : "<td");
                if (header) {
                    const bool group = cell.colspan > 1 && is_group(starts[i], static_cast<std::size_t>(cell.colspan));
                    if (stacked_headers) {
                        ColumnHeader& h = column_headers.emplace_back();
                        h.id = new_id("t" + std::to_string(table_index) + "-k" + std::to_string(column_headers.size()));
                        h.first = starts[i];
                        h.end = starts[i] + static_cast<std::size_t>(std::max(cell.colspan, 1));
                        attribute("id", h.id);
                    }
                    attribute("scope", group ? "colgroup" : "col");
                }
                span_attributes(cell);
                if (const auto cls = cell_class(table, cell, starts[i]); !cls.empty() && cell.colspan <= 1)
                    attribute("class", cls);
                raw(">");
                inlines(cell.content);
                raw(header ? "</th>" : "</td>");
            }
            raw("</tr>\n");
        }
        raw("</thead>\n");
    }

    // ---- body rows. When some column has no header above it (no header rows at all, or an
    // empty one), the first column heads the rows even if the document did not ask for it:
    // otherwise data cells in that column would have no header at all. A section row
    // ("Intäkter") starts a new <tbody> and heads it with scope="rowgroup", unless a rowspan
    // crosses it. A note row's text is not a header, unless nothing else would head it.
    // Sum rows that close a table without sections (where a last sum could be the last
    // section's) form its <tfoot>: the totals of the whole table.
    const bool columns_headed = every_column_headed(table, width);
    const bool row_headers = table.row_headers || !columns_headed;
    const bool has_sections =
        std::any_of(table.body.begin(), table.body.end(), [](const Row& row) { return row.kind == RowKind::Section; });
    const bool has_rowspans = std::any_of(table.body.begin(), table.body.end(), [](const Row& row) {
        return std::any_of(row.cells.begin(), row.cells.end(), [](const Cell& c) { return c.rowspan > 1; });
    });
    std::size_t foot_start = table.body.size();
    if (!has_sections && !has_rowspans) {
        while (foot_start > 0 && table.body[foot_start - 1].kind == RowKind::Sum) --foot_start;
        if (foot_start == 0) foot_start = table.body.size();  // only sums: they are the body
    }
    GridTracker grid;
    bool body_open = false;
    std::string group_header_id;
    for (std::size_t r = 0; r < table.body.size(); ++r) {
        const Row& row = table.body[r];
        bool starts_group = false;
        if (r == foot_start) {
            if (body_open) raw("</tbody>\n");
            raw("<tfoot>\n");
            body_open = true;
        } else if (r < foot_start && row.kind == RowKind::Section && !grid.spanning()) {
            if (body_open) raw("</tbody>\n");
            body_open = false;
            starts_group = true;
            group_header_id.clear();
        }
        if (!body_open) {
            raw("<tbody>\n");
            body_open = true;
        }
        const auto starts = grid.place(row);
        raw("<tr");
        if (const auto cls = row_class(row.kind); !cls.empty()) attribute("class", cls);
        raw(">");
        std::string row_header_id;
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            const Cell& cell = row.cells[i];
            // A sum row whose label cell is empty still says what it is to a screen reader.
            std::string_view implied_label;
            if (row_headers && starts[i] == 0 && cell.is_empty()) {
                if (row.kind == RowKind::Sum) implied_label = theme_.web.sum;
                if (row.kind == RowKind::Subtotal) implied_label = theme_.web.subtotal;
            }
            const bool heads_row =
                starts[i] == 0 && (!cell.is_empty() || !implied_label.empty()) &&
                (row.kind == RowKind::Section || (row_headers && (row.kind != RowKind::Note || !columns_headed)));
            raw(heads_row ? "<th" : "<td");
            if (stacked_headers) {
                std::string headers;
                const auto add = [&headers](const std::string& id) {
                    if (id.empty()) return;
                    if (!headers.empty()) headers += ' ';
                    headers += id;
                };
                const std::size_t first = starts[i];
                const std::size_t end = first + static_cast<std::size_t>(std::max(cell.colspan, 1));
                for (const ColumnHeader& h : column_headers)
                    if (h.first < end && first < h.end) add(h.id);
                if (heads_row) {
                    const std::string id = new_id("t" + std::to_string(table_index) + "-r" + std::to_string(r + 1));
                    attribute("id", id);
                    (starts_group ? group_header_id : row_header_id) = id;
                    if (!starts_group) add(group_header_id);
                } else {
                    add(group_header_id);
                    add(row_header_id);
                }
                if (!headers.empty()) attribute("headers", headers);
            }
            if (heads_row) attribute("scope", starts_group ? "rowgroup" : "row");
            span_attributes(cell);
            if (const auto cls = cell_class(table, cell, starts[i]); !cls.empty()) attribute("class", cls);
            raw(">");
            if (!implied_label.empty()) {
                raw("<span class=\"visually-hidden\">");
                text(implied_label);
                raw("</span>");
            }
            inlines(cell.content);
            raw(heads_row ? "</th>" : "</td>");
        }
        raw("</tr>\n");
    }
    if (body_open) raw(foot_start < table.body.size() ? "</tfoot>\n" : "</tbody>\n");
    raw("</table>\n");
    if (!description_id.empty()) {
        raw("<p hidden");
        attribute("id", description_id);
        raw(">");
        text(table.description);
        raw("</p>\n");
    }
    raw("</div>\n");
}

// The agenda. In print its last column is the page where each item's papers start; a web page
// has no pages, so the column links to the papers instead. Its visible text is the same for
// every row ("Till handlingarna"), so a hidden part names the item: a list of links read out
// of context still says where each one leads.
void Renderer::write_block(const Agenda& agenda) {
    using Column = AgendaStyle::Column;
    const std::string caption = agenda.label();
    const auto columns = shown_agenda_columns(agenda, theme_.agenda);
    table_wrap_open(caption, false);
    raw("<table class=\"agenda\">\n<caption>");
    text(caption);
    raw("</caption>\n<thead>\n<tr>");
    for (const Column column : columns) {
        raw("<th scope=\"col\">");
        // On the web the page column links to the papers: page_label ("Sidan") names a print page.
        text(column == Column::Page ? theme_.web.papers : agenda_column_label(agenda, column));
        raw("</th>");
    }
    raw("</tr>\n</thead>\n<tbody>\n");
    for (const AgendaItem& item : agenda.items) {
        raw("<tr>");
        for (const Column column : columns) switch (column) {
                case Column::Number:
                    raw("<td class=\"agenda-number\">");
                    text(item.number);
                    raw("</td>");
                    break;
                case Column::Title:
                    // The title heads its row: "Beteckning: SN/2023:00130" is read with the item's name.
                    raw("<th scope=\"row\">");
                    inlines(item.title);
                    if (!item.note.empty()) {
                        text(theme_.agenda.note_separator);
                        raw("<span class=\"note\">");
                        text(item.note);
                        raw("</span>");
                    }
                    raw("</th>");
                    break;
                case Column::Dnr:
                    raw("<td class=\"agenda-dnr\">");
                    text(item.dnr);
                    raw("</td>");
                    break;
                case Column::Page:
                    raw("<td>");
                    // A reference to something that is not in this page would be a dead link.
                    if (!item.ref.empty() && has_id(item.ref)) {
                        raw("<a");
                        attribute("href", "#" + item.ref);
                        raw(">");
                        text(theme_.web.to_papers);
                        raw("<span class=\"visually-hidden\">");
                        text(item.number.empty() ? std::string(": ")
                                                 : " " + theme_.web.for_item + " " + item.number + ": ");
                        text(plain_text(item.title));
                        raw("</span></a>");
                    }
                    raw("</td>");
                    break;
            }
        raw("</tr>\n");
    }
    raw("</tbody>\n</table>\n</div>\n");
}

}  // namespace kansli::html
