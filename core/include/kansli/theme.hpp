/// \file
/// A template package's look: fonts, colours, page layout, header and footer.
/// Read from theme.json; every field has a default, so an empty object is a valid theme.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/labels.hpp"
#include "kansli/locale.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// The printed page: its size and margins, in millimetres.
struct PageLayout {
    double width_mm = 210.0;         ///< A4
    double height_mm = 297.0;        ///< A4
    double margin_top_mm = 25.0;     ///< above the text, below the header
    double margin_bottom_mm = 25.0;  ///< below the text, above the footer
    double margin_left_mm = 25.0;    ///< left of the text
    double margin_right_mm = 25.0;   ///< right of the text
};

/// How the municipality's form prints an agenda (ärendelista): what stands between an item's
/// title and its note, and the order of the columns. `"agenda"` in theme.json.
struct AgendaStyle {
    /// One column of the agenda table.
    enum class Column {
        Number,  ///< the item's number
        Title,   ///< its title, with the note after it
        Dnr,     ///< its diarienummer: shown only when an item has one
        Page     ///< where its papers start (a link on the web): only when an item refers to them
    };
    std::string note_separator = " \u2013 ";  ///< " – ": "Lokalbehovsplan – UTGÅR"
    /// The columns, in order; those left out are not shown.
    std::vector<Column> columns = {Column::Number, Column::Title, Column::Dnr, Column::Page};
};

/// How a template package's documents look, in every format: what a writer gets beside the
/// Document. docs/template-packages.md describes theme.json, which sets it.
struct Theme {
    std::string body_font = "Liberation Serif";                         ///< running text
    std::string heading_font = "Liberation Sans";                       ///< headings
    double body_size_pt = 11.0;                                         ///< running text, in points
    double heading_sizes_pt[6] = {18.0, 14.0, 12.0, 11.0, 11.0, 11.0};  ///< heading levels 1–6, in points
    std::string text_colour = "#000000";                                ///< `#RRGGBB`
    std::string heading_colour = "#000000";                             ///< `#RRGGBB`
    std::string accent_colour = "#005A9C";                              ///< the organisation's colour, `#RRGGBB`
    std::string table_header_background = "#E6E6E6";                    ///< `#RRGGBB`
    PageLayout page;                                                    ///< the printed page
    std::string header_text;                                            ///< usually the organisation's name
    std::optional<Image> logo;                                          ///< shown in the page header
    std::string logo_alt;            ///< the logo's alternative text (required with a logo)
    bool first_page_header = true;   ///< false: the first page has no header
    std::string footer_text;         ///< free text beside the page number
    bool footer_dnr = true;          ///< put the document's dnr in the footer
    sv::NumberStyle numbers;         ///< minus sign, percent spacing, grouping of four digits
    std::optional<sv::DnrRule> dnr;  ///< how this municipality writes a diarienummer; none: any text
    Labels labels;                   ///< every word a writer adds ("Sida", "Tabell", "Fotnoter" …)
    AgendaStyle agenda;              ///< how an agenda is laid out
};

/// The columns an agenda shows, in the style's order (dnr and page only when items have them).
std::vector<AgendaStyle::Column> shown_agenda_columns(const Agenda& agenda, const AgendaStyle& style);
/// A column's heading: the agenda's number, title, dnr or page label.
const std::string& agenda_column_label(const Agenda& agenda, AgendaStyle::Column column);

/// Reads theme.json. Images named in it (the logo) are read relative to `package_dir`. Throws
/// Error (Error::Kind::Template) naming the file and JSON path of what is wrong.
Theme load_theme(const std::filesystem::path& theme_file, const std::filesystem::path& package_dir);

}  // namespace kansli

#pragma GCC visibility pop
