// The walk that turns one Document into the body of content.xml. Internal to the plugin.
//
// Like the HTML writer: one function per node kind, chosen by std::visit over Block::value and
// Inline::value, so a kind added to the model without a function here is a compile error. The
// functions are spread over files by subject: odt_render.cpp (content.xml around the body,
// paragraphs, bookmarks), odt_blocks.cpp (headings, lists, label–value blocks,
// signatures, figures, the table of contents, sections), odt_table.cpp (tables and the
// agenda) and odt_inlines.cpp (inlines, footnotes at their reference, cross-references).
// The rest of the package is made beside it: odt_styles.cpp (styles.xml), odt_package.cpp
// (meta.xml, manifest, zip), odt_auto_styles.cpp, odt_drawing.cpp (images and their frames),
// odt_xml.cpp (the root element every part opens, attribute lists), odt_units.cpp. The XML goes through
// plugin::XmlBuilder (here xml_, the styles' own builders in odt_styles.cpp and
// odt_auto_styles.cpp); tests/odt/odt_writes_through_xml_builder.sh checks that no markup is
// written as a string.
#pragma once

#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/theme.hpp"
#include "odt_auto_styles.hpp"
#include "odt_drawing.hpp"
#include "xml_builder.hpp"

namespace kansli::odt {

class ContentRenderer {
public:
    ContentRenderer(const Document& document, const Theme& theme, ImageStore& images);
    // The whole content.xml. A renderer renders once: one is made for each write() call.
    std::string render();

private:
    // ---- paragraphs and their bookkeeping (odt_render.cpp)
    // Opens <text:p> or <text:h>: takes up a pending page break and, for the very first
    // paragraph, the first-page master page; then writes the pending bookmarks.
    void open_paragraph(std::string_view element, std::string_view style, Align align = Align::Default,
                        plugin::XmlBuilder::Attributes extra_attributes = {});
    void close_paragraph(std::string_view element);
    // The break and master page a table takes when it comes before any paragraph.
    struct PageStart {
        bool break_before = false;
        std::string master_page;
    };
    PageStart take_page_start();
    void bookmark(const std::string& id);  // a point bookmark, written once per name
    // A bookmark around what `body` writes, so a text reference shows that text; a point
    // bookmark when the name is taken or empty.
    template <typename Body>
    void ranged_bookmark(const std::string& id, const Body& body) {
        const bool ranged = !id.empty() && bookmarks_.insert(id).second;
        if (ranged) xml_.empty("text:bookmark-start", {{"text:name", id}});
        body();
        if (ranged) xml_.empty("text:bookmark-end", {{"text:name", id}});
    }
    void flush_bookmarks();
    std::string body_paragraph_style() const;

    // ---- blocks (odt_blocks.cpp)
    void blocks(std::span<const Block> blocks);
    void block(const Block& block);
    void write_block(const Heading& heading);
    void write_block(const Paragraph& paragraph);
    void write_block(const List& list);
    void write_block(const Table& table);  // odt_table.cpp
    void write_block(const Fields& fields);
    void write_block(const Agenda& agenda);  // odt_table.cpp
    void write_block(const Signatures& signatures);
    void write_block(const Figure& figure);
    void write_block(const PageBreak& page_break);
    void write_block(const TableOfContents& toc);
    void write_block(const Section& section);
    void list_item(const ListItem& item, const List& list, bool first);
    // A block that ODF does not allow in a list item (a table, the agenda, a table of
    // contents) is written between the lists: the open lists are closed before it and resumed
    // after it, numbering continued (see docs/odt.md, "Lists").
    void outside_lists(const Block& block);
    // Closes every open list item and list, innermost first; an item with nothing in it yet
    // gets an empty paragraph first, so its number is shown.
    void interrupt_lists();
    // Reopens the lists that interrupt_lists() closed, outermost first: the outermost as a
    // text:list continuing the one before it (text:continue-list), the inner ones as lists in
    // a text:list-header (the rest of the interrupted item: no number, the item's indent).
    // With `new_item`, the innermost list is left ready for a new text:list-item.
    void resume_lists(bool new_item);
    int list_depth() const { return static_cast<int>(lists_.size()); }

    // ---- tables (odt_table.cpp)
    // <table:table> with its columns; `shares` are percentages of the table's width.
    void table_open(std::string_view name_prefix, const std::vector<double>& shares, std::string_view title,
                    std::string_view description);
    double table_width_mm() const;
    void caption_sequence();

    // ---- inlines (odt_inlines.cpp)
    void inlines(const Inlines& inlines);
    void write_inline(const Text& text);
    void write_inline(const Emphasis& emphasis);
    void write_inline(const Strong& strong);
    void write_inline(const Link& link);
    void write_inline(const LineBreak& line_break);
    void write_inline(const FootnoteRef& ref);
    void write_inline(const CrossRef& ref);
    void write_inline(const Anchor& anchor);
    void write_inline(const MediaOnly& only);
    void write_inline(const Abbreviation& abbreviation);
    void write_inline(const Symbol& symbol);
    void write_inline(const Foreign& foreign);
    void page_reference(const std::string& target);

    // ---- output helpers (odt_render.cpp)
    void text(std::string_view text) { xml_.text(text); }
    void attribute(std::string_view name, std::string_view value) { xml_.attribute(name, value); }
    std::string content_xml(const std::string& body) const;
    std::string next_list_id() { return "list" + std::to_string(++list_ids_); }

    const Document& document_;
    const Theme& theme_;
    ImageStore& images_;
    AutoStyles styles_;
    plugin::XmlBuilder xml_;  // the body

    std::vector<std::string> pending_bookmarks_;  // ids waiting for the next paragraph
    std::set<std::string> bookmarks_;             // names written so far
    bool pending_break_ = false;
    bool first_paragraph_done_ = false;

    std::map<std::string, int> note_numbers_;  // by footnote id: the model's
    std::vector<bool> notes_written_;          // by number - 1: its text:note is written
    bool in_note_ = false;                     // writing a note's body

    // The lists being written, outermost first. A footnote's body and a block written between
    // the lists start with none (the lists around them are put aside meanwhile).
    struct OpenList {
        const List* list = nullptr;
        bool element_open = true;  // its text:list is open (false: interrupted)
        bool item_open = false;    // a text:list-item or text:list-header is open
        bool header = false;       // ... and it is a text:list-header
        bool item_empty = false;   // nothing written in the open item yet
        // Used for the outermost list only: how often it will still be resumed, counted before
        // it opens, and the xml:id of its latest text:list element, which the next resumed
        // one continues (empty when none will).
        int resumes_left = 0;
        std::string id;
    };
    std::vector<OpenList> lists_;
    int list_ids_ = 0;    // xml:id "listN" of lists that a resumed list continues
    int link_depth_ = 0;  // > 0 inside text:a: links cannot nest
    int table_count_ = 0;
    int section_count_ = 0;  // the fields sections: their names are unique
    int numbered_tables_ = 0;
    int frame_count_ = 0;
};

}  // namespace kansli::odt
