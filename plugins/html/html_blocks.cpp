// Blocks other than tables: one function per kind, chosen by std::visit in block().
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <variant>

#include "data_uri.hpp"
#include "html_render.hpp"

namespace kansli::html {
namespace {

// An ordered list keeps numbers-like markers and an unordered one bullet-like markers, whatever
// the marker says: whether the order matters is what the element tells a screen reader.
std::string_view marker_class(const List& list) {
    if (list.ordered) {
        switch (list.marker) {
            case List::Marker::LowerAlpha:
                return "marker-lower-alpha";
            case List::Marker::UpperAlpha:
                return "marker-upper-alpha";
            case List::Marker::LowerRoman:
                return "marker-lower-roman";
            default:
                return "marker-decimal";
        }
    }
    return list.marker == List::Marker::Dash ? "marker-dash" : "marker-bullet";
}

}  // namespace

void Renderer::blocks(std::span<const Block> blocks) {
    for (const Block& b : blocks) block(b);
}

void Renderer::block(const Block& block) {
    std::visit([this](const auto& node) { write_block(node); }, block.value);
}

// Headings never skip a level in the page, whatever the document does: screen-reader users
// navigate by level, and a jump from h1 to h3 reads as a missing section. A heading is placed
// one level below the nearest preceding heading of a lower document level (or the page's
// own <h1>), and never deeper than the document asked for; so 1, 3, 3, 4 becomes 1, 2, 2, 3.
int Renderer::output_heading_level(int level) {
    while (!heading_path_.empty() && heading_path_.back().first >= level) heading_path_.pop_back();
    const int parent = heading_path_.empty() ? heading_base_ : heading_path_.back().second;
    const int written = std::min(level, parent + 1);
    heading_path_.emplace_back(level, written);
    return written;
}

void Renderer::write_block(const Heading& heading) {
    const std::string tag = "h" + std::to_string(output_heading_level(heading.level));
    raw("<" + tag);
    if (!heading.id.empty()) attribute("id", heading.id);
    raw(">");
    if (heading.number && !heading.number->empty()) {
        raw("<span class=\"number\">");
        text(*heading.number);
        raw("</span> ");
    }
    inlines(heading.content);
    raw("</" + tag + ">\n");
}

void Renderer::write_block(const Paragraph& p) { paragraph(p, {}); }

void Renderer::paragraph(const Paragraph& p, std::string_view tail) {
    raw("<p");
    if (const auto cls = align_class(p.align); !cls.empty()) attribute("class", cls);
    raw(">");
    inlines(p.content);
    raw(tail);
    raw("</p>\n");
}

void Renderer::write_block(const List& list) {
    const std::string_view tag = list.ordered ? "ol" : "ul";
    raw("<");
    raw(tag);
    attribute("class", marker_class(list));
    if (list.ordered && list.start != 1) attribute("start", std::to_string(list.start));
    raw(">\n");
    for (const ListItem& item : list.items) list_item(item);
    raw("</");
    raw(tag);
    raw(">\n");
}

// An item that is one paragraph, perhaps followed by nested lists, is written without <p>
// (cmark's "tight" list): the common case, and it keeps list spacing even. Anything else keeps
// its paragraphs.
void Renderer::list_item(const ListItem& item) {
    const Blocks& content = item.content;
    const auto* first = content.empty() ? nullptr : std::get_if<Paragraph>(&content.front().value);
    const bool tight = first != nullptr && first->align == Align::Default &&
                       std::all_of(content.begin() + 1, content.end(),
                                   [](const Block& b) { return std::holds_alternative<List>(b.value); });
    raw("<li>");
    if (tight) {
        inlines(first->content);
        if (content.size() > 1) {
            raw("\n");
            blocks(std::span(content).subspan(1));
        }
    } else if (!content.empty()) {
        raw("\n");
        blocks(content);
    }
    raw("</li>\n");
}

// Label–value pairs are a description list; each pair sits in a <div> (allowed in HTML) so the
// stylesheet can lay them out in the template's number of columns.
void Renderer::write_block(const Fields& fields) {
    raw("<dl");
    const int columns = fields.columns;
    attribute("class", columns > 1 ? "fields cols-" + std::to_string(columns) : "fields");
    // No role="group" to carry the label: a <dl> with a role is no longer a description list
    // to assistive technology (axe's dlitem rule then fails every <dt>).
    if (!fields.label.empty()) attribute("aria-label", fields.label);
    raw(">\n");
    for (const Field& field : fields.fields) {
        raw("<div><dt>");
        text(field.label);
        raw("</dt><dd>");
        inlines(field.value);
        raw("</dd></div>\n");
    }
    raw("</dl>\n");
}

void Renderer::write_block(const Signatures& signatures) {
    raw("<div class=\"signatures\">\n");
    if (!signatures.dateline.empty()) {
        raw("<p class=\"signature-place\">");
        if (signatures.date.empty()) {
            text(signatures.dateline);
        } else {
            raw("<time");
            attribute("datetime", signatures.date);
            raw(">");
            text(signatures.dateline);
            raw("</time>");
        }
        raw("</p>\n");
    }
    raw("<div class=\"signature-list\">\n");
    for (const Signature& signature : signatures.signatures) {
        raw("<div class=\"signature\"><p class=\"signature-name\">");
        text(signature.name);
        raw("</p>");
        if (!signature.role.empty()) {
            raw("<p class=\"signature-role\">");
            text(signature.role);
            raw("</p>");
        }
        raw("</div>\n");
    }
    raw("</div>\n</div>\n");
}

void Renderer::write_block(const Figure& figure) {
    raw("<figure");
    if (!figure.id.empty()) attribute("id", figure.id);
    raw(">\n<img");
    attribute("src", plugin::data_uri(figure.image));
    attribute("alt", figure.alt);
    // width/height reserve the space before the image is decoded; CSS scales it down on
    // narrow screens. A width in millimetres is converted at the CSS reference 96 dpi.
    const Image& image = figure.image;
    long width = image.pixel_width;
    long height = image.pixel_height;
    if (figure.width_mm) {
        width = std::lround(*figure.width_mm / 25.4 * 96.0);
        height = image.pixel_width > 0
                     ? std::lround(static_cast<double>(width) * image.pixel_height / image.pixel_width)
                     : 0;
    }
    if (width > 0) attribute("width", std::to_string(width));
    if (width > 0 && height > 0) attribute("height", std::to_string(height));
    raw(">\n");
    if (!figure.caption.empty()) {
        raw("<figcaption>");
        inlines(figure.caption);
        raw("</figcaption>\n");
    }
    raw("</figure>\n");
}

// Nothing on screen; a page break when printed.
void Renderer::write_block(const PageBreak&) { raw("<div class=\"page-break\"></div>\n"); }

// The contents as a <nav> of links. Its heading is an <h2> outside the heading levels of the
// document, so it never pushes the document's own headings down a level.
void Renderer::write_block(const TableOfContents& toc) {
    const std::string heading_id = new_id("innehallsforteckning");
    raw("<nav class=\"toc\"");
    attribute("aria-labelledby", heading_id);
    raw(">\n<h2");
    attribute("id", heading_id);
    raw(">");
    text(toc.title);
    raw("</h2>\n");
    const std::vector<TocEntry> entries = collect_toc(document_, toc.depth);
    if (!entries.empty()) toc_entries(entries);
    raw("</nav>\n");
}

// Nested lists from a flat list of levels. A deeper entry opens a list inside the previous
// item (one level at a time, however far the levels jump); a shallower one closes lists until
// its parent is found.
void Renderer::toc_entries(const std::vector<TocEntry>& entries) {
    std::vector<int> levels{entries.front().level};  // level of the items of each open list
    raw("<ol>\n");
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TocEntry& entry = entries[i];
        if (i > 0) {
            if (entry.level > levels.back()) {
                raw("\n<ol>\n");
                levels.push_back(entry.level);
            } else {
                raw("</li>\n");
                while (levels.size() > 1 && entry.level <= levels[levels.size() - 2]) {
                    raw("</ol></li>\n");
                    levels.pop_back();
                }
                levels.back() = std::min(levels.back(), entry.level);
            }
        }
        raw("<li><a");
        attribute("href", "#" + entry.id);
        raw(">");
        if (!entry.number.empty()) {
            raw("<span class=\"number\">");
            text(entry.number);
            raw("</span> ");
        }
        text(entry.text);
        raw("</a>");
    }
    raw("</li>\n");
    for (std::size_t depth = levels.size(); depth > 1; --depth) raw("</ol></li>\n");
    raw("</ol>\n");
}

// A section with an id is a <section> (a cross-reference may lead to it); without one it is
// only a styling hook, so a <div>.
void Renderer::write_block(const Section& section) {
    const std::string_view tag = section.id.empty() ? "div" : "section";
    raw("<");
    raw(tag);
    if (!section.role.empty()) attribute("class", "role-" + section.role);
    if (!section.id.empty()) attribute("id", section.id);
    raw(">\n");
    blocks(section.content);
    raw("</");
    raw(tag);
    raw(">\n");
}

}  // namespace kansli::html
