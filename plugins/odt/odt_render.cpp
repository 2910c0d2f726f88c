// content.xml around the body, and the bookkeeping every block shares: paragraphs that take
// up pending page breaks and bookmarks, escaping into the buffer, errors.
#include "odt_render.hpp"

#include <type_traits>
#include <variant>

#include "kansli/xml_text.hpp"
#include "odt_names.hpp"
#include "odt_xml.hpp"
#include "size_hint.hpp"
#include "xml_builder.hpp"

namespace kansli::odt {

ContentRenderer::ContentRenderer(const Document& document, const Theme& theme, ImageStore& images)
    : document_(document),
      theme_(theme),
      images_(images),
      styles_(theme.table_header_background),
      note_numbers_(footnote_numbers(document)),
      notes_written_(document.footnotes.size(), false) {
    out_.reserve(plugin::body_size_hint(document));
}

std::string ContentRenderer::render() {
    blocks(document_.content);
    // Bookmarks still waiting (an empty section at the end) still need a place to point to.
    if (!pending_bookmarks_.empty()) {
        open_paragraph("text:p", names::kTextBody);
        close_paragraph("text:p");
    }
    return content_xml(out_);
}

std::string ContentRenderer::content_xml(const std::string& body) const {
    const std::string automatic_styles = styles_.xml();
    std::string xml;
    // Sized once: the body is most of the package, and growing a copy of it step by step
    // touched every page of it twice (page faults dominated a 10× report).
    xml.reserve(body.size() + automatic_styles.size() + 4096);
    xml += kXmlDeclaration;
    xml += "<office:document-content";
    xml += kNamespaces;
    xml += " office:version=\"";
    xml += kOdfVersion;
    xml += "\"><office:automatic-styles>";
    xml += automatic_styles;
    xml += "</office:automatic-styles><office:body><office:text>";
    // Declares the sequence that numbers table captions ("Tabell 1").
    xml += "<text:sequence-decls><text:sequence-decl text:display-outline-level=\"0\" text:name=\"";
    xml += names::kTableSequence;
    xml += "\"/></text:sequence-decls>";
    xml += body;
    xml += "</office:text></office:body></office:document-content>";
    return xml;
}

// The very first paragraph selects the master page without a header when the theme wants the
// first page bare; a page break waiting from a PageBreak block becomes fo:break-before on
// whatever paragraph comes next, so no empty paragraph is left behind.
void ContentRenderer::open_paragraph(std::string_view element, std::string_view style, Align align,
                                     std::string_view extra_attributes) {
    // After a table in a list item, the item goes on in the resumed lists.
    resume_lists(false);
    if (!lists_.empty()) lists_.back().item_empty = false;
    const PageStart start = take_page_start();
    raw("<");
    raw(element);
    attribute("text:style-name", styles_.paragraph(style, align, start.break_before, start.master_page));
    raw(extra_attributes);
    raw(">");
    flush_bookmarks();
}

void ContentRenderer::close_paragraph(std::string_view element) {
    raw("</");
    raw(element);
    raw(">");
}

ContentRenderer::PageStart ContentRenderer::take_page_start() {
    PageStart start;
    // Inside a note a page break means nothing; it waits for the body.
    if (in_note_) return start;
    if (!first_paragraph_done_) {
        first_paragraph_done_ = true;
        if (!theme_.first_page_header) start.master_page = names::kMasterFirst;
        pending_break_ = false;  // a break before the first paragraph would leave a blank page
    }
    start.break_before = pending_break_;
    pending_break_ = false;
    return start;
}

void ContentRenderer::flush_bookmarks() {
    for (const std::string& id : pending_bookmarks_) bookmark(id);
    pending_bookmarks_.clear();
}

void ContentRenderer::bookmark(const std::string& id) {
    if (id.empty() || !bookmarks_.insert(id).second) return;
    raw("<text:bookmark");
    attribute("text:name", id);
    raw("/>");
}

std::string ContentRenderer::body_paragraph_style() const {
    if (in_note_) return std::string(names::kFootnote);
    return std::string(lists_.empty() ? names::kTextBody : names::kListParagraph);
}

void ContentRenderer::text(std::string_view text) { append_escaped_xml(out_, text); }

void ContentRenderer::attribute(std::string_view name, std::string_view value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    append_escaped_xml(out_, value);
    out_ += '"';
}

}  // namespace kansli::odt
