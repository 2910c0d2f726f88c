#include "docx_styles.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "xml_builder.hpp"

namespace kansli::docx {
namespace {

using plugin::XmlBuilder;

std::string n(long value) { return std::to_string(value); }

std::string size_of(double pt) { return n(pt_to_half_points(std::clamp(pt, 4.0, 96.0))); }

void fonts(XmlBuilder& x, const std::string& font) {
    x.empty("w:rFonts", {{"w:ascii", font}, {"w:hAnsi", font}, {"w:eastAsia", font}, {"w:cs", font}});
}

// What comes before a style's pPr/rPr, in the schema's order.
struct StyleHead {
    std::string_view type;
    std::string_view id;
    std::string_view name;
    std::string_view based_on = {};
    std::string_view next = {};
    int priority = -1;         // w:uiPriority
    bool semi_hidden = false;  // and unhideWhenUsed
    bool unhide = false;       // unhideWhenUsed only
    bool primary = false;      // w:qFormat: shown in the style gallery
    bool is_default = false;
};

// Opens <w:style> and writes its names and relations; the caller adds pPr/rPr and closes.
void open_style(XmlBuilder& x, const StyleHead& h) {
    if (h.is_default) {
        x.open("w:style", {{"w:type", h.type}, {"w:default", "1"}, {"w:styleId", h.id}});
    } else {
        x.open("w:style", {{"w:type", h.type}, {"w:styleId", h.id}});
    }
    x.empty("w:name", {{"w:val", h.name}});
    if (!h.based_on.empty()) x.empty("w:basedOn", {{"w:val", h.based_on}});
    if (!h.next.empty()) x.empty("w:next", {{"w:val", h.next}});
    if (h.priority >= 0) x.empty("w:uiPriority", {{"w:val", std::to_string(h.priority)}});
    if (h.semi_hidden) x.empty("w:semiHidden");
    if (h.semi_hidden || h.unhide) x.empty("w:unhideWhenUsed");
    if (h.primary) x.empty("w:qFormat");
}

void spacing(XmlBuilder& x, long before, long after) {
    x.empty("w:spacing", {{"w:before", n(before)}, {"w:after", n(after)}});
}

}  // namespace

std::string heading_style(int level) { return "Heading" + std::to_string(level); }
std::string toc_style(int level) { return "TOC" + std::to_string(level); }

std::string styles_xml(const Theme& theme, const PageGeometry& page) {
    const std::string text_colour = hex_colour(theme.text_colour);
    const std::string heading_colour = hex_colour(theme.heading_colour);
    const std::string accent = hex_colour(theme.accent_colour, "005A9C");
    const std::string header_fill = hex_colour(theme.table_header_background, "E6E6E6");
    const double body = std::clamp(theme.body_size_pt, 6.0, 36.0);
    const double small = std::max(body - 1.0, 7.0);
    const std::string text_width = n(page.text_width());

    XmlBuilder x;
    x.declaration().open("w:styles", {{"xmlns:w", ns::w}});

    // Swedish on every run by default: Word and LibreOffice spell-check and hyphenate in
    // Swedish, and screen readers pick a Swedish voice.
    x.open("w:docDefaults");
    x.open("w:rPrDefault").open("w:rPr");
    fonts(x, theme.body_font);
    x.empty("w:color", {{"w:val", text_colour}});
    x.empty("w:sz", {{"w:val", size_of(body)}}).empty("w:szCs", {{"w:val", size_of(body)}});
    x.empty("w:lang", {{"w:val", "sv-SE"}, {"w:eastAsia", "sv-SE"}, {"w:bidi", "ar-SA"}});
    x.close().close();
    x.open("w:pPrDefault").open("w:pPr");
    x.empty("w:spacing", {{"w:after", "120"}, {"w:line", "259"}, {"w:lineRule", "auto"}});
    x.close().close();
    x.close();  // docDefaults

    open_style(x, {.type = "paragraph", .id = "Normal", .name = "Normal", .primary = true, .is_default = true});
    x.close();
    open_style(x, {.type = "character",
                   .id = "DefaultParagraphFont",
                   .name = "Default Paragraph Font",
                   .priority = 1,
                   .semi_hidden = true,
                   .is_default = true});
    x.close();
    open_style(x, {.type = "table",
                   .id = "TableNormal",
                   .name = "Normal Table",
                   .priority = 99,
                   .semi_hidden = true,
                   .is_default = true});
    x.open("w:tblPr");
    x.empty("w:tblInd", {{"w:w", "0"}, {"w:type", "dxa"}});
    x.open("w:tblCellMar");
    x.empty("w:top", {{"w:w", "0"}, {"w:type", "dxa"}});
    x.empty("w:left", {{"w:w", "108"}, {"w:type", "dxa"}});
    x.empty("w:bottom", {{"w:w", "0"}, {"w:type", "dxa"}});
    x.empty("w:right", {{"w:w", "108"}, {"w:type", "dxa"}});
    x.close().close().close();
    open_style(x, {.type = "numbering",
                   .id = "NoList",
                   .name = "No List",
                   .priority = 99,
                   .semi_hidden = true,
                   .is_default = true});
    x.close();

    // ---- headings: outline levels 0–5 make them Word headings for the navigation pane,
    // the TOC field and screen readers.
    const double* sizes = theme.heading_sizes_pt;
    for (int level = 1; level <= 6; ++level) {
        const std::string id = heading_style(level);
        const std::string name = "heading " + std::to_string(level);
        open_style(x, {.type = "paragraph",
                       .id = id,
                       .name = name,
                       .based_on = "Normal",
                       .next = "Normal",
                       .priority = 9,
                       .primary = true});
        x.open("w:pPr");
        x.empty("w:keepNext").empty("w:keepLines");
        spacing(x, level == 1 ? 360 : 240, 120);
        x.empty("w:outlineLvl", {{"w:val", std::to_string(level - 1)}});
        x.close();
        x.open("w:rPr");
        fonts(x, theme.heading_font);
        x.empty("w:b").empty("w:bCs");
        if (level >= 5) x.empty("w:i").empty("w:iCs");
        x.empty("w:color", {{"w:val", heading_colour}});
        x.empty("w:sz", {{"w:val", size_of(sizes[level - 1])}}).empty("w:szCs", {{"w:val", size_of(sizes[level - 1])}});
        x.close();
        x.close();
    }

    open_style(x, {.type = "paragraph",
                   .id = style::title,
                   .name = "Title",
                   .based_on = "Normal",
                   .next = "Normal",
                   .priority = 10,
                   .primary = true});
    x.open("w:pPr");
    spacing(x, 0, 240);
    x.close().open("w:rPr");
    fonts(x, theme.heading_font);
    x.empty("w:b").empty("w:color", {{"w:val", heading_colour}});
    x.empty("w:sz", {{"w:val", size_of(sizes[0] + 6)}}).empty("w:szCs", {{"w:val", size_of(sizes[0] + 6)}});
    x.close().close();
    open_style(x, {.type = "paragraph",
                   .id = style::subtitle,
                   .name = "Subtitle",
                   .based_on = "Normal",
                   .next = "Normal",
                   .priority = 11,
                   .primary = true});
    x.open("w:rPr");
    fonts(x, theme.heading_font);
    x.empty("w:color", {{"w:val", heading_colour}});
    x.empty("w:sz", {{"w:val", size_of(sizes[1])}}).empty("w:szCs", {{"w:val", size_of(sizes[1])}});
    x.close().close();

    // ---- table of contents. The TOC's own heading is not a heading style: it must not list
    // itself, and a reader of the document should not meet it as a chapter.
    open_style(x, {.type = "paragraph",
                   .id = style::toc_heading,
                   .name = "TOC Heading",
                   .based_on = "Normal",
                   .next = "Normal",
                   .priority = 39,
                   .unhide = true,
                   .primary = true});
    x.open("w:pPr").empty("w:keepNext");
    spacing(x, 240, 240);
    x.close().open("w:rPr");
    fonts(x, theme.heading_font);
    x.empty("w:b").empty("w:color", {{"w:val", heading_colour}});
    x.empty("w:sz", {{"w:val", size_of(sizes[0])}}).empty("w:szCs", {{"w:val", size_of(sizes[0])}});
    x.close().close();
    for (int level = 1; level <= 6; ++level) {
        const std::string id = toc_style(level);
        const std::string name = "toc " + std::to_string(level);
        open_style(x, {.type = "paragraph",
                       .id = id,
                       .name = name,
                       .based_on = "Normal",
                       .next = "Normal",
                       .priority = 39,
                       .unhide = true});
        x.open("w:pPr");
        x.open("w:tabs").empty("w:tab", {{"w:val", "right"}, {"w:leader", "dot"}, {"w:pos", text_width}}).close();
        spacing(x, level == 1 ? 120 : 0, level == 1 ? 60 : 40);
        x.empty("w:ind", {{"w:left", n(220L * (level - 1))}});
        x.close();
        if (level == 1) x.open("w:rPr").empty("w:b").close();
        x.close();
    }

    open_style(x, {.type = "paragraph",
                   .id = style::caption,
                   .name = "caption",
                   .based_on = "Normal",
                   .next = "Normal",
                   .priority = 35,
                   .unhide = true,
                   .primary = true});
    x.open("w:pPr").empty("w:keepNext");
    spacing(x, 120, 60);
    x.close().open("w:rPr");
    fonts(x, theme.heading_font);
    x.empty("w:b").empty("w:color", {{"w:val", heading_colour}});
    x.empty("w:sz", {{"w:val", size_of(small)}}).empty("w:szCs", {{"w:val", size_of(small)}});
    x.close().close();

    open_style(
        x, {.type = "paragraph", .id = style::figure, .name = "Figure", .based_on = "Normal", .next = style::caption});
    x.open("w:pPr").empty("w:keepNext");
    spacing(x, 120, 60);
    x.close().close();

    open_style(x, {.type = "paragraph",
                   .id = style::list_paragraph,
                   .name = "List Paragraph",
                   .based_on = "Normal",
                   .priority = 34,
                   .primary = true});
    x.open("w:pPr");
    spacing(x, 0, 60);
    x.empty("w:contextualSpacing");
    x.close().close();

    open_style(x, {.type = "paragraph",
                   .id = style::footnote_text,
                   .name = "footnote text",
                   .based_on = "Normal",
                   .priority = 99,
                   .unhide = true});
    x.open("w:pPr");
    x.empty("w:spacing", {{"w:after", "0"}, {"w:line", "240"}, {"w:lineRule", "auto"}});
    x.close().open("w:rPr");
    x.empty("w:sz", {{"w:val", size_of(body - 2)}}).empty("w:szCs", {{"w:val", size_of(body - 2)}});
    x.close().close();
    open_style(x, {.type = "character",
                   .id = style::footnote_reference,
                   .name = "footnote reference",
                   .based_on = "DefaultParagraphFont",
                   .priority = 99,
                   .unhide = true});
    x.open("w:rPr").empty("w:vertAlign", {{"w:val", "superscript"}}).close();
    x.close();
    open_style(x, {.type = "character",
                   .id = style::hyperlink,
                   .name = "Hyperlink",
                   .based_on = "DefaultParagraphFont",
                   .priority = 99,
                   .unhide = true});
    x.open("w:rPr").empty("w:color", {{"w:val", accent}}).empty("w:u", {{"w:val", "single"}}).close();
    x.close();

    for (const std::string_view id : {std::string_view(style::header), std::string_view(style::footer)}) {
        open_style(x, {.type = "paragraph",
                       .id = id,
                       .name = id == style::header ? "header" : "footer",
                       .based_on = "Normal",
                       .priority = 99,
                       .unhide = true});
        x.open("w:pPr");
        x.open("w:tabs");
        x.empty("w:tab", {{"w:val", "center"}, {"w:pos", n(page.text_width() / 2)}});
        x.empty("w:tab", {{"w:val", "right"}, {"w:pos", text_width}});
        x.close();
        x.empty("w:spacing", {{"w:after", "0"}, {"w:line", "240"}, {"w:lineRule", "auto"}});
        x.close().open("w:rPr");
        fonts(x, theme.heading_font);
        x.empty("w:sz", {{"w:val", size_of(small - 1)}}).empty("w:szCs", {{"w:val", size_of(small - 1)}});
        x.close().close();
    }

    // ---- tables: text a point smaller than the body, no space between paragraphs.
    open_style(
        x, {.type = "paragraph", .id = style::table_text, .name = "Table Text", .based_on = "Normal", .primary = true});
    x.open("w:pPr");
    x.empty("w:spacing", {{"w:before", "20"}, {"w:after", "20"}, {"w:line", "240"}, {"w:lineRule", "auto"}});
    x.close().open("w:rPr");
    x.empty("w:sz", {{"w:val", size_of(small)}}).empty("w:szCs", {{"w:val", size_of(small)}});
    x.close().close();
    open_style(x, {.type = "paragraph",
                   .id = style::table_heading,
                   .name = "Table Heading",
                   .based_on = style::table_text,
                   .primary = true});
    x.open("w:pPr").empty("w:keepNext").close();
    x.open("w:rPr");
    fonts(x, theme.heading_font);
    x.empty("w:b").empty("w:bCs").close();
    x.close();
    open_style(x, {.type = "paragraph",
                   .id = style::table_sum,
                   .name = "Table Sum",
                   .based_on = style::table_text,
                   .primary = true});
    x.open("w:rPr").empty("w:b").empty("w:bCs").close();
    x.close();
    open_style(x, {.type = "paragraph",
                   .id = style::table_note,
                   .name = "Table Note",
                   .based_on = style::table_text,
                   .primary = true});
    x.open("w:rPr").empty("w:i").empty("w:iCs").close();
    x.close();

    const auto border = [&x](std::string_view side, std::string_view size) {
        x.empty(side, {{"w:val", "single"}, {"w:sz", size}, {"w:space", "0"}, {"w:color", "808080"}});
    };
    open_style(x, {.type = "table",
                   .id = style::table,
                   .name = "Kansli Table",
                   .based_on = "TableNormal",
                   .priority = 59,
                   .primary = true});
    x.open("w:pPr");
    x.empty("w:spacing", {{"w:after", "0"}, {"w:line", "240"}, {"w:lineRule", "auto"}});
    x.close();
    x.open("w:tblPr");
    x.open("w:tblBorders");
    border("w:top", "4");
    border("w:bottom", "4");
    border("w:insideH", "4");
    x.close();
    x.open("w:tblCellMar");
    x.empty("w:top", {{"w:w", "28"}, {"w:type", "dxa"}});
    x.empty("w:left", {{"w:w", "85"}, {"w:type", "dxa"}});
    x.empty("w:bottom", {{"w:w", "28"}, {"w:type", "dxa"}});
    x.empty("w:right", {{"w:w", "85"}, {"w:type", "dxa"}});
    x.close();
    x.close();  // tblPr
    // Word applies this when the table's look says "header row"; the writer also shades the
    // header cells directly, for applications that ignore conditional table formatting.
    x.open("w:tblStylePr", {{"w:type", "firstRow"}});
    x.open("w:rPr").empty("w:b").empty("w:bCs").close();
    x.open("w:tcPr");
    x.empty("w:shd", {{"w:val", "clear"}, {"w:color", "auto"}, {"w:fill", header_fill}});
    x.close();
    x.close();
    x.close();  // style

    open_style(
        x, {.type = "paragraph", .id = style::signature, .name = "Signature", .based_on = "Normal", .primary = true});
    x.open("w:pPr").empty("w:keepNext").empty("w:keepLines");
    x.empty("w:spacing", {{"w:after", "0"}});
    x.close().close();

    return x.close().finish();
}

std::string font_table_xml(const Theme& theme) {
    XmlBuilder x;
    x.declaration().open("w:fonts", {{"xmlns:w", ns::w}});
    std::string previous;
    for (const std::string* font : {&theme.body_font, &theme.heading_font}) {
        if (font->empty() || *font == previous) continue;
        previous = *font;
        const bool sans = font->find("Sans") != std::string::npos || font->find("Arial") != std::string::npos;
        x.open("w:font", {{"w:name", *font}});
        x.empty("w:charset", {{"w:val", "00"}});
        x.empty("w:family", {{"w:val", sans ? "swiss" : "roman"}});
        x.empty("w:pitch", {{"w:val", "variable"}});
        x.close();
    }
    return x.close().finish();
}

}  // namespace kansli::docx
