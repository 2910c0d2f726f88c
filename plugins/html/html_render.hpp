// The walk that turns one Document into one HTML page. Internal to the plugin.
//
// Like cmark's html.c: a single renderer with one function per node kind, chosen by
// std::visit over Block::value and Inline::value. A block kind added to the model without a
// function here is a compile error, not a silently missing element. The functions are spread
// over files by subject: html_document.cpp (the page around the content, ids, footnotes),
// html_blocks.cpp, html_table.cpp (tables and the agenda) and html_inlines.cpp.
#pragma once

#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "html_unique_names.hpp"
#include "kansli/document.hpp"
#include "kansli/theme.hpp"

namespace kansli::html {

// The class for an alignment the document sets explicitly; empty for Align::Default.
inline std::string_view align_class(Align align) {
    switch (align) {
        case Align::Left:
            return "align-left";
        case Align::Center:
            return "align-center";
        case Align::Right:
            return "align-right";
        case Align::Default:
            break;
    }
    return {};
}

class Renderer {
public:
    Renderer(const Document& document, const Theme& theme);
    // The whole file. A Renderer renders once: it is created for each write() call, so the
    // writer holds no state between documents.
    std::string render();

private:
    // ---- the page (html_document.cpp)
    void head();
    void page_header();
    void title_heading();
    void footnotes_section();
    void footnote_item(std::size_t index);
    void page_footer();

    // ---- blocks (html_blocks.cpp)
    void blocks(std::span<const Block> blocks);
    void block(const Block& block);
    void write_block(const Heading& heading);
    void write_block(const Paragraph& paragraph);
    void write_block(const List& list);
    void write_block(const Table& table);  // html_table.cpp
    void write_block(const Fields& fields);
    void write_block(const Agenda& agenda);  // html_table.cpp
    void write_block(const Signatures& signatures);
    void write_block(const Figure& figure);
    void write_block(const PageBreak& page_break);
    void write_block(const TableOfContents& toc);
    void write_block(const Section& section);
    // A paragraph with `tail` (already HTML) added before its end tag: footnote back links.
    void paragraph(const Paragraph& paragraph, std::string_view tail);
    void list_item(const ListItem& item);
    void toc_entries(const std::vector<TocEntry>& entries);
    int output_heading_level(int level);

    // ---- tables (html_table.cpp)
    void table_wrap_open(std::string_view name, bool wide);
    // The name a table's region gets: `wanted` (its caption), else the heading it sits under,
    // else the theme's word for a table; "(2)", "(3)" … added when the page already has it.
    std::string region_name(std::string_view wanted);
    // The script that leaves only scrolling table regions in the Tab order; after the last
    // table region, once.
    void table_region_script();

    // ---- inlines (html_inlines.cpp)
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

    // ---- output helpers (html_document.cpp)
    void raw(std::string_view html) { out_ += html; }
    void text(std::string_view text);
    // ` name="value"`, the value escaped.
    void attribute(std::string_view name, std::string_view value);
    // A new id that no other element in the page has: `base`, else base-2, base-3, …
    std::string new_id(std::string_view base);

    // What a footnote reference needs: its number (the model's) and the ids on both ends of
    // the link, made at the first reference.
    struct Note {
        int number = 0;
        std::string id;            // of the footnote's <li>
        std::string first_ref_id;  // the back link returns to the first reference
    };
    Note& note_for(const std::string& footnote_id);

    const Document& document_;
    const Theme& theme_;
    std::string out_;

    UniqueNames ids_{"-", ""};                 // every id the page uses or will use
    std::map<std::string, int> note_numbers_;  // by footnote id
    std::vector<Note> notes_;                  // by number - 1, as Document::footnotes
    std::string main_id_;
    std::string footnotes_heading_id_;

    // (level in the document, level written) of the enclosing headings; see output_heading_level.
    std::vector<std::pair<int, int>> heading_path_;
    int heading_base_ = 0;  // 1 when the page's own <h1> holds the title

    std::string heading_text_;             // the last heading's text: it names the tables under it
    UniqueNames region_names_{" (", ")"};  // names given to table regions so far
    int table_count_ = 0;                  // numbered tables so far
    int table_index_ = 0;                  // all tables so far, for ids of their header cells
    int link_depth_ = 0;                   // > 0 inside <a>: links cannot nest
};

}  // namespace kansli::html
