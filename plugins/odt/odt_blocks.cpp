// Blocks other than tables: one function per kind, chosen by std::visit in block().
#include <algorithm>
#include <stdexcept>
#include <string>
#include <variant>

#include "kansli/locale.hpp"
#include "odt_names.hpp"
#include "odt_render.hpp"
#include "odt_units.hpp"

namespace kansli::odt {
namespace {

// Indentation per list level; the list styles in styles.xml use the same step.
constexpr double kListIndentMm = 6.35;

// What ODF allows in a list item besides paragraphs, headings and lists: nothing. These kinds
// go into a text box there.
bool needs_box(const Block& block) {
    return std::holds_alternative<Table>(block.value) || std::holds_alternative<Agenda>(block.value) ||
           std::holds_alternative<TableOfContents>(block.value);
}

// A rough printed width of a label in bold body text: enough to line the values up after the
// longest label without measuring glyphs.
double label_width_mm(const std::string& label, double size_pt) {
    const auto characters = std::count_if(label.begin(), label.end(),
                                          [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    constexpr double kMmPerPt = 25.4 / 72.0;
    return static_cast<double>(characters) * size_pt * 0.55 * kMmPerPt;
}

}  // namespace

void ContentRenderer::blocks(std::span<const Block> blocks) {
    for (const Block& b : blocks) block(b);
}

void ContentRenderer::block(const Block& block) {
    current_line_ = block.source_line;
    if (list_depth_ > 0 && needs_box(block)) {
        boxed_block(block);
        return;
    }
    std::visit([this](const auto& node) { write_block(node); }, block.value);
}

// The heading's id becomes a bookmark around its text: page references and the table of
// contents point at it, and a text reference shows what it encloses.
void ContentRenderer::write_block(const Heading& heading) {
    const int level = std::clamp(heading.level, 1, 6);
    const std::string outline = " text:outline-level=\"" + std::to_string(level) + "\"";
    open_paragraph("text:h", names::heading(level, heading.in_toc), Align::Default, outline);
    // The number stays outside the bookmark, so a text reference gives the heading's words.
    if (heading.number && !heading.number->empty()) {
        text(*heading.number);
        raw(" ");
    }
    ranged_bookmark(heading.id, [&] { inlines(heading.content); });
    close_paragraph("text:h");
}

void ContentRenderer::write_block(const Paragraph& paragraph) {
    open_paragraph("text:p", body_paragraph_style(), paragraph.align);
    inlines(paragraph.content);
    close_paragraph("text:p");
}

void ContentRenderer::write_block(const List& list) {
    raw("<text:list");
    attribute("text:style-name", names::list_style(list));
    raw(">");
    ++list_depth_;
    for (std::size_t i = 0; i < list.items.size(); ++i) list_item(list.items[i], list, i == 0);
    --list_depth_;
    raw("</text:list>");
}

// Every ordered list states where it starts: LibreOffice would otherwise continue the
// numbering of an earlier list with the same style.
void ContentRenderer::list_item(const ListItem& item, const List& list, bool first) {
    raw("<text:list-item");
    if (first && list.ordered) attribute("text:start-value", std::to_string(std::max(list.start, 0)));
    raw(">");
    blocks(item.content);
    raw("</text:list-item>");
}

// A table in a list item sits in a frame anchored as a character in a paragraph of the item,
// as wide as the item's text, growing with its content.
void ContentRenderer::boxed_block(const Block& block) {
    const double width = std::max(30.0, table_width_mm() - kListIndentMm * list_depth_);
    open_paragraph("text:p", names::kListParagraph);
    raw("<draw:frame");
    attribute("draw:style-name", styles_.box_frame());
    attribute("draw:name", "Ram" + std::to_string(++frame_count_));
    raw(" text:anchor-type=\"as-char\"");
    attribute("svg:width", mm(width));
    raw(" draw:z-index=\"0\"><draw:text-box fo:min-height=\"5mm\">");
    const int saved_depth = list_depth_;
    const double saved_width = box_width_mm_;
    list_depth_ = 0;
    box_width_mm_ = width;
    ++box_depth_;
    std::visit([this](const auto& node) { write_block(node); }, block.value);
    --box_depth_;
    box_width_mm_ = saved_width;
    list_depth_ = saved_depth;
    raw("</draw:text-box></draw:frame>");
    close_paragraph("text:p");
}

// Label–value pairs as tab-aligned paragraphs, as the DOCX writer lays them out: they read in
// order (label, value, next label) with a screen reader and edit like any text. One pair per
// line (bold label, tab, value; wrapped lines hang under the value), or several pairs per
// line in columns, each a bold label followed by its value.
void ContentRenderer::write_block(const Fields& fields) {
    if (fields.fields.empty()) return;
    const std::size_t columns = static_cast<std::size_t>(std::clamp(fields.columns, 1, 4));
    const double width = (box_depth_ > 0 ? box_width_mm_ : table_width_mm()) - kListIndentMm * list_depth_;
    const std::string_view parent = footnote_text_ > 0 ? names::kFootnote : names::kField;
    if (columns == 1) {
        double label = 0;
        for (const Field& field : fields.fields) label = std::max(label, label_width_mm(field.label, theme_.body_size_pt));
        label = std::clamp(label + 5.0, width / 5, width * 2 / 5);
        for (std::size_t i = 0; i < fields.fields.size(); ++i) {
            const Field& field = fields.fields[i];
            // A hanging indent is also a tab stop, so the tab takes the value to the indent.
            open_paragraph("text:p",
                           styles_.tabbed_paragraph(parent, {}, label, i + 1 == fields.fields.size() ? 3.5 : 0.7));
            raw("<text:span");
            attribute("text:style-name", names::kStrong);
            raw(">");
            text(field.label);
            raw("</text:span><text:tab/>");
            inlines(field.value);
            close_paragraph("text:p");
        }
        return;
    }
    std::vector<double> tabs;
    for (std::size_t c = 1; c < columns; ++c) tabs.push_back(width * static_cast<double>(c) / static_cast<double>(columns));
    for (std::size_t row = 0; row < fields.fields.size(); row += columns) {
        const std::size_t end = std::min(fields.fields.size(), row + columns);
        open_paragraph("text:p", styles_.tabbed_paragraph(parent, tabs, 0, end == fields.fields.size() ? 4.2 : 1.0));
        for (std::size_t i = row; i < end; ++i) {
            if (i > row) raw("<text:tab/>");
            raw("<text:span");
            attribute("text:style-name", names::kStrong);
            raw(">");
            text(fields.fields[i].label);
            raw("</text:span> ");
            inlines(fields.fields[i].value);
        }
        close_paragraph("text:p");
    }
}

// "Katrineholm den 3 februari 2021", then for each signer a line to sign on (the name's top
// border, with room above it), the name, and the role below.
void ContentRenderer::write_block(const Signatures& signatures) {
    if (!signatures.place.empty() || !signatures.date.empty()) {
        std::string line = signatures.place;
        if (!signatures.date.empty()) {
            std::string long_date;
            try {
                long_date = sv::format_date_long(signatures.date);
            } catch (const std::invalid_argument& e) {
                fail("signature date: " + std::string(e.what()));
            }
            line += signatures.place.empty() ? long_date : " den " + long_date;
        }
        open_paragraph("text:p", names::kSignaturePlace);
        text(line);
        close_paragraph("text:p");
    }
    for (const Signature& signature : signatures.signatures) {
        open_paragraph("text:p", names::kSignatureName);
        text(signature.name);
        close_paragraph("text:p");
        if (!signature.role.empty()) {
            open_paragraph("text:p", names::kSignatureRole);
            text(signature.role);
            close_paragraph("text:p");
        }
    }
}

void ContentRenderer::write_block(const Figure& figure) {
    // With a caption the bookmark encloses the caption (a text reference shows it), else it
    // marks the image.
    if (!figure.id.empty() && figure.caption.empty()) pending_bookmarks_.push_back(figure.id);
    open_paragraph("text:p", names::kFigureImage);
    FrameSpec spec;
    spec.name = "Bild" + std::to_string(++frame_count_);
    spec.style_name = styles_.image_frame();
    spec.href = images_.add(figure.image);
    spec.title = figure.alt;
    spec.description = figure.alt;
    const double max_width = box_depth_ > 0 ? box_width_mm_ : table_width_mm() - kListIndentMm * list_depth_;
    spec.size = frame_size(figure.image, figure.width_mm, max_width);
    raw(image_frame(spec));
    close_paragraph("text:p");
    if (!figure.caption.empty()) {
        open_paragraph("text:p", names::kFigureCaption);
        ranged_bookmark(figure.id, [&] { inlines(figure.caption); });
        close_paragraph("text:p");
    }
}

// A footnote is written where it is first referred to, as a text:note. One that nothing
// refers to has no such place and stays where it stands, in the footnote style.
void ContentRenderer::write_block(const Footnote& footnote) {
    if (referenced_footnotes_.count(footnote.id) != 0) return;
    ++footnote_text_;
    blocks(footnote.content);
    --footnote_text_;
}

// No element of its own: the next paragraph or table starts a new page (fo:break-before), so
// no empty paragraph is left at the foot of the previous page.
void ContentRenderer::write_block(const PageBreak&) {
    if (note_depth_ == 0 && box_depth_ == 0) pending_break_ = true;
}

// A text:table-of-content that LibreOffice can regenerate (from the heading styles, so
// headings marked toc="false" stay out), delivered already filled: each entry links to its
// heading, and its page number is a bookmark reference, which LibreOffice computes when it
// lays out the document (it does not regenerate indexes on load).
void ContentRenderer::write_block(const TableOfContents& toc) {
    const int depth = std::clamp(toc.depth, 1, 6);
    const std::string title = toc.title.empty() ? "Innehåll" : toc.title;
    const std::string name = "Innehållsförteckning" + std::to_string(++table_count_);
    raw("<text:table-of-content");
    attribute("text:style-name", styles_.toc_section());
    raw(" text:protected=\"true\"");
    attribute("text:name", name);
    raw("><text:table-of-content-source");
    attribute("text:outline-level", std::to_string(depth));
    raw(" text:use-outline-level=\"false\" text:use-index-source-styles=\"true\" text:index-scope=\"document\">");
    raw("<text:index-title-template");
    attribute("text:style-name", names::kContentsHeading);
    raw(">");
    text(title);
    raw("</text:index-title-template>");
    for (int level = 1; level <= depth; ++level) {
        raw("<text:table-of-content-entry-template");
        attribute("text:outline-level", std::to_string(level));
        attribute("text:style-name", names::contents(level));
        raw("><text:index-entry-link-start/><text:index-entry-text/>"
            "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
            "<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>");
    }
    for (int level = 1; level <= depth; ++level) {
        raw("<text:index-source-styles");
        attribute("text:outline-level", std::to_string(level));
        raw("><text:index-source-style");
        attribute("text:style-name", names::heading(level));
        raw("/></text:index-source-styles>");
    }
    raw("</text:table-of-content-source><text:index-body><text:index-title");
    attribute("text:name", name + "_Rubrik");
    raw(">");
    open_paragraph("text:p", names::kContentsHeading);
    text(title);
    close_paragraph("text:p");
    raw("</text:index-title>");
    for (const TocEntry& entry : collect_toc(document_, depth)) {
        open_paragraph("text:p", names::contents(std::clamp(entry.level, 1, 6)));
        const bool linked = !entry.id.empty() && is_target(entry.id);
        if (linked) {
            raw("<text:a xlink:type=\"simple\"");
            attribute("xlink:href", "#" + entry.id);
            attribute("text:style-name", names::kIndexLink);
            attribute("text:visited-style-name", names::kIndexLink);
            raw(">");
        }
        if (!entry.number.empty()) text(entry.number + " ");
        text(entry.text);
        if (linked) raw("</text:a>");
        raw("<text:tab/>");
        if (linked) page_reference(entry.id);
        close_paragraph("text:p");
    }
    raw("</text:index-body></text:table-of-content>");
}

// A section leaves no element of its own (text:section would be a second, competing
// structure for LibreOffice users to trip over); its id is a bookmark at its first paragraph.
void ContentRenderer::write_block(const Section& section) {
    if (!section.id.empty()) pending_bookmarks_.push_back(section.id);
    blocks(section.content);
}

}  // namespace kansli::odt
