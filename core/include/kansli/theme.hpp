// A template package's look: fonts, colours, page layout, header and footer.
// Read from theme.json; every field has a default, so an empty object is a valid theme.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/locale.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

struct PageLayout {
    double width_mm = 210.0;  // A4
    double height_mm = 297.0;
    double margin_top_mm = 25.0;
    double margin_bottom_mm = 25.0;
    double margin_left_mm = 25.0;
    double margin_right_mm = 25.0;
};

// Words the web page (HTML writer) prints or reads out that the office formats do not need.
// Swedish by default; a template package changes them under "labels" in theme.json.
struct WebLabels {
    std::string skip_link = "Hoppa till innehållet";
    std::string untitled = "Dokument";                  // <title> of a document without a title
    std::string footnotes = "Fotnoter";                 // hidden heading of the footnote list
    std::string back = "Tillbaka";                      // footnote back link
    std::string back_to_reference = "till hänvisning";  // hidden rest: "Tillbaka till hänvisning 3"
    std::string papers = "Handlingar";                  // agenda column heading on the web
    std::string to_papers = "Till handlingarna";        // agenda link text
    std::string for_item = "för ärende";                // hidden rest: "Till handlingarna för ärende 5: …"
    std::string sum = "Summa";                          // hidden label of a sum row without one
    std::string subtotal = "Delsumma";
};

// How the municipality's form prints an agenda (ärendelista): what stands between an item's
// title and its note, and the order of the columns. "agenda" in theme.json.
struct AgendaStyle {
    enum class Column { Number, Title, Dnr, Page };
    std::string note_separator = " \u2013 ";  // " – ": "Lokalbehovsplan – UTGÅR"
    // Dnr is shown only when an item has a diarienummer, Page only when an item refers to papers.
    std::vector<Column> columns = {Column::Number, Column::Title, Column::Dnr, Column::Page};
};

struct Theme {
    std::string body_font = "Liberation Serif";
    std::string heading_font = "Liberation Sans";
    double body_size_pt = 11.0;
    double heading_sizes_pt[6] = {18.0, 14.0, 12.0, 11.0, 11.0, 11.0};
    std::string text_colour = "#000000";
    std::string heading_colour = "#000000";
    std::string accent_colour = "#005A9C";
    std::string table_header_background = "#E6E6E6";
    PageLayout page;
    std::string header_text;    // usually the organisation's name
    std::optional<Image> logo;  // shown in the page header
    std::string logo_alt;
    bool first_page_header = true;    // false: the first page has no header
    std::string page_label = "Sida";  // "Sida 3 av 12"
    std::string page_of_label = "av";
    std::string footer_text;        // free text beside the page number
    bool footer_dnr = true;         // put the document's dnr in the footer
    std::string dnr_label = "Dnr";  // before it: "Dnr SOCN/2020:38"
    std::string table_caption_label = "Tabell";
    sv::NumberStyle numbers;         // minus sign, percent spacing, grouping of four digits
    std::optional<sv::DnrRule> dnr;  // how this municipality writes a diarienummer; none: any text
    WebLabels web;
    AgendaStyle agenda;
};

// The columns an agenda shows, in the theme's order.
std::vector<AgendaStyle::Column> shown_agenda_columns(const Agenda& agenda, const AgendaStyle& style);
// A column's heading: the agenda's number, title, dnr or page label.
const std::string& agenda_column_label(const Agenda& agenda, AgendaStyle::Column column);

// Reads theme.json. Images named in it (the logo) are read relative to `package_dir`.
Theme load_theme(const std::filesystem::path& theme_file, const std::filesystem::path& package_dir);

}  // namespace kansli

#pragma GCC visibility pop
