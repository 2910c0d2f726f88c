// content.xml around the body, and the bookkeeping every block shares: paragraphs that take
// up pending page breaks and bookmarks.
#include "odt_render.hpp"

#include <type_traits>
#include <variant>

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
    xml_.reserve(plugin::body_size_hint(document));
}

std::string ContentRenderer::render() {
    blocks(document_.content);
    // Bookmarks still waiting (an empty section at the end) still need a place to point to.
    if (!pending_bookmarks_.empty()) {
        open_paragraph("text:p", names::kTextBody);
        close_paragraph("text:p");
    }
    return content_xml(xml_.finish());
}

std::string ContentRenderer::content_xml(const std::string& body) const {
    const std::string automatic_styles = styles_.xml();
    plugin::XmlBuilder xml;
    // Sized once: the body is most of the package, and growing a copy of it step by step
    // touched every page of it twice (page faults dominated a 10× report).
    xml.reserve(body.size() + automatic_styles.size() + 4096);
    open_document(xml, "office:document-content");
    xml.open("office:automatic-styles").raw(automatic_styles).close();
    xml.open("office:body").open("office:text");
    // Declares the sequence that numbers table captions ("Tabell 1").
    xml.open("text:sequence-decls")
        .empty("text:sequence-decl", {{"text:display-outline-level", "0"}, {"text:name", names::kTableSequence}})
        .close();
    xml.raw(body);
    xml.close("office:text").close("office:body").close("office:document-content");
    return xml.finish();
}

// The very first paragraph selects the master page without a header when the theme wants the
// first page bare; a page break waiting from a PageBreak block becomes fo:break-before on
// whatever paragraph comes next, so no empty paragraph is left behind.
void ContentRenderer::open_paragraph(std::string_view element, std::string_view style, Align align,
                                     plugin::XmlBuilder::Attributes extra_attributes) {
    // After a table in a list item, the item goes on in the resumed lists.
    resume_lists(false);
    if (!lists_.empty()) lists_.back().item_empty = false;
    const PageStart start = take_page_start();
    xml_.open(element, {{"text:style-name", styles_.paragraph(style, align, start.break_before, start.master_page)}});
    for (const auto& [name, value] : extra_attributes) attribute(name, value);
    flush_bookmarks();
}

void ContentRenderer::close_paragraph(std::string_view element) { xml_.close(element); }

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
    xml_.empty("text:bookmark", {{"text:name", id}});
}

std::string ContentRenderer::body_paragraph_style() const {
    if (in_note_) return std::string(names::kFootnote);
    return std::string(lists_.empty() ? names::kTextBody : names::kListParagraph);
}

}  // namespace kansli::odt
