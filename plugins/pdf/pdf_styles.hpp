// The look of every kind of paragraph and the page, derived from the theme once per document.
// The numbers are the DOCX writer's styles (docx_styles.cpp) in points, so a PDF looks like the
// same document's DOCX laid out by a word processor: same fonts, sizes, colours, spacing.
#pragma once

#include <string>
#include <string_view>

#include "kansli/theme.hpp"
#include "pdf_fonts.hpp"

namespace kansli::pdf {

struct Rgb {
    double r = 0, g = 0, b = 0;
    bool operator==(const Rgb&) const = default;
};

// "#1F3864" as red, green and blue from 0 to 1; `fallback` for anything else.
Rgb parse_colour(std::string_view colour, Rgb fallback = {});

struct TextStyle {
    std::string family;
    double size = 11.0;  // points
    bool bold = false;
    bool italic = false;
    Rgb colour;
};

struct ParagraphStyle {
    TextStyle text;
    double space_before = 0;  // points
    double space_after = 6;
    double line_factor = 259.0 / 240.0;  // baseline distance / the font's line height (Word's "multiple")
    bool keep_with_next = false;
    double indent = 0;  // left indent, points
};

struct PageGeometry {
    explicit PageGeometry(const PageLayout& layout);
    double width, height;  // points
    double margin_top, margin_bottom, margin_left, margin_right;
    double text_width() const { return width - margin_left - margin_right; }
    double body_top() const { return margin_top; }
    double body_bottom() const { return height - margin_bottom; }
    // Header and footer sit halfway into the top and bottom margins, as in the DOCX.
    double header_top() const { return margin_top / 2; }
    double footer_bottom() const { return height - margin_bottom / 2; }
};

struct Styles {
    Styles(const Theme& theme, const Fonts& fonts);

    PageGeometry page;
    ParagraphStyle body;
    ParagraphStyle headings[6];
    ParagraphStyle caption;
    ParagraphStyle figure;
    ParagraphStyle list_paragraph;  // items follow each other without space (contextual spacing)
    ParagraphStyle footnote;
    ParagraphStyle header_footer;
    ParagraphStyle toc_title;
    ParagraphStyle toc_entries[6];
    ParagraphStyle table_text;
    ParagraphStyle table_heading;
    ParagraphStyle table_sum;
    ParagraphStyle table_note;
    ParagraphStyle signature;
    Rgb accent;          // links
    Rgb header_fill;     // table header cells
    Rgb section_fill;    // section rows: a neutral light grey reads as "group" beside any header colour
    Rgb rule_colour;     // table borders
    double list_indent;  // per list level, points
    double cell_padding_x, cell_padding_y;
    double space_after_table;  // before the paragraph that follows a table
};

}  // namespace kansli::pdf
