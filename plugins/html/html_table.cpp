// Tables and the agenda (ärendelista), which is a table on the web too.
//
// What assistive technology needs from a table: a caption, header cells with a scope, and
// for every data cell a header that applies to it (axe's td-has-header). Which cells are
// headers and which headers apply to each cell is the grid's answer (kansli/table_grid.hpp),
// the same for every format; this file writes it as HTML.
#include <algorithm>
#include <string>
#include <vector>

#include "html_render.hpp"
#include "kansli/table_grid.hpp"

namespace kansli::html {
namespace {

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
    const bool numeric = cell.number.has_value() || is_numeric(table.columns[column].kind);
    std::string cls = numeric ? "num" : "";
    const Align implied = numeric ? Align::Right : Align::Left;
    if (cell.align != Align::Default && cell.align != implied) {
        if (!cls.empty()) cls += ' ';
        cls += align_class(cell.align);
    }
    return cls;
}

// True when some data cell has two row headers besides its row group's (a row header spanning
// rows with a sub-label beside it). Two column headers over one column come only from stacked
// header rows, which the caller sees in the table; a cell spanning columns (a note row) has one
// header per column, which scope says as well.
bool has_stacked_row_headers(const TableGrid& grid) {
    return std::any_of(grid.cells().begin(), grid.cells().end(), [&grid](const GridCell& cell) {
        if (cell.scope != HeaderScope::None) return false;
        return std::count_if(cell.headers.begin(), cell.headers.end(),
                             [&grid](std::size_t h) { return grid.cells()[h].scope == HeaderScope::Row; }) > 1;
    });
}

}  // namespace

// Wide tables scroll sideways inside their own box instead of widening the page. A box that
// scrolls must be reachable by keyboard and named (the pattern from Adrian Roselli, "Under-
// Engineered Responsive Tables"), and each region's name must tell it from the others. Whether a
// table scrolls depends on the reader's screen, which only the browser knows: the markup makes
// every table a named, focusable region, which is right without a script, and
// table_region_script() takes the role and the Tab stop from every one that does not scroll.
// The name is text rather than a reference to the caption, so <caption> needs no id.
void Renderer::table_wrap_open(std::string_view name, bool wide) {
    raw(wide ? "<div class=\"table-wrap wide\"" : "<div class=\"table-wrap\"");
    raw(" role=\"region\" tabindex=\"0\"");
    attribute("aria-label", region_name(name));
    raw(">\n");
}

std::string Renderer::region_name(std::string_view wanted) {
    const std::string base(!wanted.empty()          ? wanted
                           : !heading_text_.empty() ? std::string_view(heading_text_)
                                                    : std::string_view(theme_.labels.table));
    return region_names_.claim(base);
}

// Measured again whenever a region or its table changes size (a phone turned, text enlarged),
// so a table that starts to scroll becomes a Tab stop again. Its name waits in data-label
// meanwhile: ARIA does not allow naming a plain <div>.
void Renderer::table_region_script() {
    raw(R"(<script>
(() => {
  const fit = (wrap) => {
    const name = wrap.getAttribute("aria-label") || wrap.dataset.label;
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.setAttribute("role", "region");
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("aria-label", name);
      wrap.removeAttribute("data-label");
    } else {
      wrap.removeAttribute("role");
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("aria-label");
      wrap.dataset.label = name;
    }
  };
  const wraps = document.querySelectorAll(".table-wrap");
  wraps.forEach(fit);
  if (!("ResizeObserver" in window)) return;
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => fit(entry.target.closest(".table-wrap"))));
  wraps.forEach((wrap) => { observer.observe(wrap); observer.observe(wrap.firstElementChild); });
})();
</script>
)");
}

void Renderer::write_block(const Table& table) {
    const std::string& label_word = theme_.labels.table;
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
        table_wrap_open(caption_text, has_widths);
    } else {
        table_wrap_open(caption_text.empty() ? label : label + ". " + caption_text, has_widths);
    }
    const TableGrid grid(table);
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
        attribute("style", "--min-width: " + std::to_string(std::min<std::size_t>(grid.columns() * 8, 72)) + "rem");
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

    // A header over a group of columns ("2022" over Budget and Utfall) is written as a th
    // spanning them with scope="col": under HTML's table model it heads every cell below it in
    // those columns, exactly as scope="colgroup" with <colgroup>s would, and checkers that
    // count header levels per column (IBM's table_headers_related) understand no colgroup
    // header above columns that have their own. No <col> either: the template's column widths
    // are shares of an A4 text column in the office formats' fonts, and a browser that honours
    // them squeezes a comment column to a word a line while bold number headers overflow theirs
    // (on screen and in print alike). Automatic layout across the page does better.

    // Scope alone tells a cell its headers only when one column header and one row header at
    // most apply to it, besides its row group's (scope="rowgroup" says that one). With stacked
    // header rows or row headers spanning rows beside sub-labels it does not (HTML_CodeSniffer's
    // H43, IBM's table_headers_related), so each header cell gets an id and every body cell lists
    // the ids of the headers that apply to it (the grid's answer) in `headers`.
    const bool stacked_headers = table.head.size() > 1 || has_stacked_row_headers(grid);
    const std::string id_prefix = "t" + std::to_string(++table_index_);
    std::vector<std::string> header_ids(grid.cells().size());  // by grid cell
    int column_header_count = 0;
    // Opens the cell's tag with everything but its class, `columns` wide; true for a header cell.
    const auto open_cell = [&](const GridCell& placed, std::string_view row_id, std::size_t columns) {
        const auto index = static_cast<std::size_t>(&placed - grid.cells().data());
        const bool header = placed.scope != HeaderScope::None;
        raw(header ? "<th" : "<td");
        if (stacked_headers) {
            if (header) {
                header_ids[index] =
                    new_id(placed.row < grid.head_rows() ? id_prefix + "-k" + std::to_string(++column_header_count)
                                                         : id_prefix + "-r" + std::string(row_id));
                attribute("id", header_ids[index]);
            }
            std::string headers;
            for (std::size_t h : placed.headers) {
                if (!headers.empty()) headers += ' ';
                headers += header_ids[h];
            }
            if (!headers.empty()) attribute("headers", headers);
        }
        switch (placed.scope) {
            case HeaderScope::Column:
            case HeaderScope::ColumnGroup:
                attribute("scope", "col");
                break;
            case HeaderScope::Row:
                attribute("scope", "row");
                break;
            case HeaderScope::RowGroup:
                attribute("scope", "rowgroup");
                break;
            case HeaderScope::None:
                break;
        }
        if (columns > 1) attribute("colspan", std::to_string(columns));
        if (placed.rows > 1) attribute("rowspan", std::to_string(placed.rows));
        return header;
    };

    // ---- header rows
    if (!table.head.empty()) {
        raw("<thead>\n");
        for (std::size_t r = 0; r < grid.head_rows(); ++r) {
            raw("<tr>");
            for (const GridCell& placed : grid.row(r)) {
                const bool header = open_cell(placed, {}, placed.columns);
                if (const auto cls = cell_class(table, *placed.cell, placed.column);
                    !cls.empty() && placed.columns <= 1)
                    attribute("class", cls);
                raw(">");
                inlines(placed.cell->content);
                raw(header ? "</th>" : "</td>");
            }
            raw("</tr>\n");
        }
        raw("</thead>\n");
    }

    // ---- body rows. A section row that starts a row group ("Intäkter") starts a new <tbody>.
    // Sum rows that close a table without sections (where a last sum could be the last
    // section's) form its <tfoot>: the totals of the whole table.
    const bool has_sections =
        std::any_of(table.body.begin(), table.body.end(), [](const Row& row) { return row.kind == RowKind::Section; });
    const bool has_rowspans = std::any_of(grid.cells().begin(), grid.cells().end(), [&grid](const GridCell& c) {
        return c.row >= grid.head_rows() && c.rows > 1;
    });
    std::size_t foot_start = table.body.size();
    if (!has_sections && !has_rowspans) {
        while (foot_start > 0 && table.body[foot_start - 1].kind == RowKind::Sum) --foot_start;
        if (foot_start == 0) foot_start = table.body.size();  // only sums: they are the body
    }
    bool body_open = false;
    for (std::size_t r = 0; r < table.body.size(); ++r) {
        const Row& row = table.body[r];
        const std::size_t grid_row = grid.head_rows() + r;
        if (r == foot_start) {
            if (body_open) raw("</tbody>\n");
            raw("<tfoot>\n");
            body_open = true;
        } else if (grid.starts_row_group(grid_row)) {
            if (body_open) raw("</tbody>\n");
            body_open = false;
        }
        if (!body_open) {
            raw("<tbody>\n");
            body_open = true;
        }
        raw("<tr");
        if (const auto cls = row_class(row.kind); !cls.empty()) attribute("class", cls);
        raw(">");
        const std::string row_id = std::to_string(r + 1);
        for (const GridCell& placed : grid.row(grid_row)) {
            const Cell& cell = *placed.cell;
            // A sum row whose label cell is empty still says what it is to a screen reader.
            std::string_view implied_label;
            if (placed.scope != HeaderScope::None && cell.is_empty())
                implied_label = row.kind == RowKind::Sum ? theme_.labels.sum : theme_.labels.subtotal;
            // A row group's label spanning its row heads it from the first column, the rest of
            // the row an empty cell: checkers that take headers from the grid alone
            // (HTML_CodeSniffer) read a header spanning columns as a column header over every
            // row below, other groups' included.
            const std::size_t filler =
                placed.scope == HeaderScope::RowGroup && !stacked_headers ? placed.columns - 1 : 0;
            const bool header = open_cell(placed, row_id, placed.columns - filler);
            if (const auto cls = cell_class(table, cell, placed.column); !cls.empty()) attribute("class", cls);
            raw(">");
            if (!implied_label.empty()) {
                raw("<span class=\"visually-hidden\">");
                text(implied_label);
                raw("</span>");
            }
            inlines(cell.content);
            raw(header ? "</th>" : "</td>");
            if (filler > 1) raw("<td colspan=\"" + std::to_string(filler) + "\"></td>");
            if (filler == 1) raw("<td></td>");
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
    const std::string caption = agenda.label(theme_.labels);
    const auto columns = shown_agenda_columns(agenda, theme_.agenda);
    table_wrap_open(caption, false);
    raw("<table class=\"agenda\">\n<caption>");
    text(caption);
    raw("</caption>\n<thead>\n<tr>");
    // The number and the title both head their row, in whatever order the theme puts the
    // columns, so every data cell names its headers: scope looks only leftwards, and two row
    // headers are ambiguous to it (HTML_CodeSniffer's H43).
    const std::string id_prefix = "t" + std::to_string(++table_index_);
    std::vector<std::string> column_ids;
    for (const Column column : columns) {
        column_ids.push_back(new_id(id_prefix + "-k" + std::to_string(column_ids.size() + 1)));
        raw("<th");
        attribute("id", column_ids.back());
        raw(" scope=\"col\">");
        // On the web the page column links to the papers: page_label ("Sidan") names a print page.
        text(column == Column::Page ? theme_.labels.papers : agenda_column_label(agenda, column));
        raw("</th>");
    }
    raw("</tr>\n</thead>\n<tbody>\n");
    const bool numbered = std::ranges::find(columns, Column::Number) != columns.end();
    for (std::size_t row = 0; row < agenda.items.size(); ++row) {
        const AgendaItem& item = agenda.items[row];
        const std::string row_prefix = id_prefix + "-r" + std::to_string(row + 1);
        const std::string number_id = numbered ? new_id(row_prefix) : std::string{};
        const std::string title_id = new_id(row_prefix);
        const std::string row_headers = numbered ? number_id + " " + title_id : title_id;
        const auto open_row_header = [this](const std::string& id, std::string_view cls) {
            raw("<th");
            attribute("id", id);
            raw(" scope=\"row\"");
            if (!cls.empty()) attribute("class", cls);
            raw(">");
        };
        const auto open_data = [this, &row_headers](const std::string& column_id, std::string_view cls) {
            raw("<td");
            attribute("headers", column_id + " " + row_headers);
            if (!cls.empty()) attribute("class", cls);
            raw(">");
        };
        raw("<tr>");
        for (std::size_t i = 0; i < columns.size(); ++i) switch (columns[i]) {
                case Column::Number:
                    // A header too: "Beteckning: SN/2023:00130" is read with the item's number.
                    open_row_header(number_id, "agenda-number");
                    text(item.number);
                    raw("</th>");
                    break;
                case Column::Title:
                    open_row_header(title_id, {});
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
                    open_data(column_ids[i], "agenda-dnr");
                    text(item.dnr);
                    raw("</td>");
                    break;
                case Column::Page:
                    open_data(column_ids[i], {});
                    if (!item.ref.empty()) {
                        raw("<a");
                        attribute("href", "#" + item.ref);
                        raw(">");
                        text(theme_.labels.to_papers);
                        raw("<span class=\"visually-hidden\">");
                        text(item.number.empty() ? std::string(": ")
                                                 : " " + theme_.labels.for_item + " " + item.number + ": ");
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
