#include "pdf_styles.hpp"

#include <algorithm>

namespace kansli::pdf {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

ParagraphStyle paragraph(TextStyle text, double before, double after) {
    ParagraphStyle style;
    style.text = std::move(text);
    style.space_before = before;
    style.space_after = after;
    return style;
}

}  // namespace

Rgb parse_colour(std::string_view colour, Rgb fallback) {
    if (!colour.empty() && colour.front() == '#') colour.remove_prefix(1);
    if (colour.size() != 6) return fallback;
    double channels[3];
    for (int i = 0; i < 3; ++i) {
        const int high = hex_digit(colour[static_cast<std::size_t>(2 * i)]);
        const int low = hex_digit(colour[static_cast<std::size_t>(2 * i + 1)]);
        if (high < 0 || low < 0) return fallback;
        channels[i] = (high * 16 + low) / 255.0;
    }
    return {channels[0], channels[1], channels[2]};
}

PageGeometry::PageGeometry(const PageLayout& layout)
    : width(layout.width_mm * kPointsPerMm),
      height(layout.height_mm * kPointsPerMm),
      margin_top(layout.margin_top_mm * kPointsPerMm),
      margin_bottom(layout.margin_bottom_mm * kPointsPerMm),
      margin_left(layout.margin_left_mm * kPointsPerMm),
      margin_right(layout.margin_right_mm * kPointsPerMm) {}

Styles::Styles(const Theme& theme, const Fonts& fonts) : page(theme.page) {
    const Rgb text_colour = parse_colour(theme.text_colour);
    const Rgb heading_colour = parse_colour(theme.heading_colour);
    const double size = std::clamp(theme.body_size_pt, 6.0, 36.0);
    const double small = std::max(size - 1.0, 7.0);
    const std::string& serif = fonts.body.family;
    const std::string& sans = fonts.heading.family;

    body = paragraph({serif, size, false, false, text_colour}, 0, 6);
    for (int level = 0; level < 6; ++level) {
        ParagraphStyle& h = headings[level];
        h = paragraph({sans, std::clamp(theme.heading_sizes_pt[level], 4.0, 96.0), true, level >= 4, heading_colour},
                      level == 0 ? 18 : 12, 6);
        h.keep_with_next = true;
    }
    caption = paragraph({sans, small, true, false, heading_colour}, 6, 3);
    caption.keep_with_next = true;
    figure = paragraph(body.text, 6, 3);
    list_paragraph = paragraph(body.text, 0, 3);
    footnote = paragraph({serif, std::max(size - 2.0, 6.0), false, false, text_colour}, 0, 0);
    footnote.line_factor = 1.0;
    header_footer = paragraph({sans, std::max(small - 1.0, 6.0), false, false, text_colour}, 0, 0);
    header_footer.line_factor = 1.0;
    toc_title = paragraph({sans, headings[0].text.size, true, false, heading_colour}, 12, 12);
    toc_title.keep_with_next = true;
    for (int level = 0; level < 6; ++level) {
        ParagraphStyle& entry = toc_entries[level];
        entry = paragraph({serif, size, level == 0, false, text_colour}, level == 0 ? 6 : 0, level == 0 ? 3 : 2);
        entry.indent = 11.0 * level;
    }
    table_text = paragraph({serif, small, false, false, text_colour}, 1, 1);
    table_text.line_factor = 1.0;
    table_heading = table_text;
    table_heading.text.family = sans;
    table_heading.text.bold = true;
    table_sum = table_text;
    table_sum.text.bold = true;
    table_note = table_text;
    table_note.text.italic = true;
    signature = paragraph(body.text, 0, 0);
    signature.keep_with_next = true;

    accent = parse_colour(theme.accent_colour, {0.0, 0x5A / 255.0, 0x9C / 255.0});
    header_fill = parse_colour(theme.table_header_background, {0.9, 0.9, 0.9});
    section_fill = parse_colour("#F2F2F2");
    rule_colour = parse_colour("#808080");
    list_indent = 21.25;  // 7.5 mm, the DOCX numbering's step
    cell_padding_x = 4.25;
    cell_padding_y = 1.4;
    space_after_table = 8;
}

}  // namespace kansli::pdf
