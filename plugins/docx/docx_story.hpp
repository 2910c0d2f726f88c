// The walk that turns blocks and inlines into WordprocessingML. Internal to the plugin.
//
// Like the HTML writer's Renderer: one function per node kind, chosen by std::visit over
// Block::value and Inline::value, so a kind added to the model without a function here is a
// compile error. A Story writes one "story" of the package: the main document body or the
// footnotes; all stories of a package read one Facts and add to one Accumulated (ids, images,
// numbering, bookmarks).
// Files by subject: docx_blocks.cpp, docx_table.cpp (tables and the agenda),
// docx_inlines.cpp (inlines and fields).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "docx_numbering.hpp"
#include "docx_parts.hpp"
#include "docx_units.hpp"
#include "kansli/document.hpp"
#include "kansli/theme.hpp"
#include "xml_builder.hpp"

namespace kansli::docx {

// What one write() knows before it writes a part, and never changes: the input and what is
// worked out from it once. Every part reads it; none writes it (each holds it const).
struct Facts {
    Facts(const Document& d, const Theme& t, std::string references);

    const Document& document;
    const Theme& theme;
    PageGeometry page;
    std::map<std::string, int> estimated_pages;   // by document id: cached field results
    std::map<std::string, int> footnote_numbers;  // by footnote id: the model's, which are Word's
    // The header and footer references every w:sectPr repeats (their relationship ids are
    // given before the body is written, so a section break in the body can name them).
    std::string section_references;

    // The page a field shows for `id` until it is updated; "?" when nothing is known.
    std::string page_of(const std::string& id) const;
};

// What the parts add to as they are written, in writing order, and the package takes at the
// end: the pictures, ids unique across parts, the list numbering, which footnotes are marked.
// Created per write(): the writer keeps nothing between documents.
struct Accumulated {
    explicit Accumulated(const Document& d);

    MediaStore media;
    Bookmarks bookmarks;                // names by document id; each bookmark's w:id
    Numbering numbering;                // every list's w:num, for numbering.xml
    std::vector<bool> footnote_marked;  // by number - 1: its w:footnoteReference is written
    int next_drawing_id = 1;            // wp:docPr ids, unique in the whole package
    int table_count = 0;
    bool has_page_fields = false;     // a PAGEREF is written: Word should update fields on opening
    bool has_section_breaks = false;  // the body holds w:sectPr of its own (label-value columns)
};

class Story {
public:
    enum class Kind { Body, Footnotes };
    Story(const Facts& facts, Accumulated& made, Relationships& relationships, Kind kind);

    void blocks(std::span<const Block> blocks);
    // <w:footnote> number `number`: the footnote's blocks, the first paragraph led by the mark.
    void footnote_content(const Footnote& footnote, int number);
    // The XML written so far; the Story is finished with afterwards.
    std::string take();

private:
    // ---- paragraphs (docx_blocks.cpp)
    struct ParagraphProps {
        std::string style;
        Align align = Align::Default;
        bool keep_next = false;
        std::optional<std::pair<int, int>> numbering;  // (numId, ilvl)
        long indent_left = -1;                         // twips; -1: the style's
        long space_before = -1;
        long space_after = -1;
        std::vector<std::pair<std::string, long>> tabs;  // (w:val, position)
        bool border_bottom = false;
        long indent_right = -1;
        long hanging = 0;
        std::string section;  // a w:sectPr: this paragraph ends a section
    };
    void open_paragraph(ParagraphProps props);
    void close_paragraph() {
        start_pending_bookmark();
        x_.close();
    }
    void empty_paragraph(const std::string& style = {});
    void flush_page_break();
    // A paragraph that only ends the section before it: continuous, one column, no space
    // before or after. LibreOffice drops such a paragraph; Word shows it as an empty line.
    void section_break_paragraph();
    // The w:sectPr of a continuous section of `columns` columns.
    std::string continuous_section(int columns);

    void block(const Block& block);
    void write_block(const Heading& heading);
    void write_block(const Paragraph& paragraph);
    void write_block(const List& list);
    void write_block(const Table& table);  // docx_table.cpp
    void write_block(const Fields& fields);
    void write_block(const Agenda& agenda);  // docx_table.cpp
    void write_block(const Signatures& signatures);
    void write_block(const Figure& figure);
    void write_block(const PageBreak& page_break);
    void write_block(const TableOfContents& toc);
    void write_block(const Section& section);
    void list_item(const ListItem& item, int num_id, int ilvl);

    // ---- tables (docx_table.cpp)
    void caption_paragraph(const Table& table, const std::string& label);
    void table_properties(const std::vector<long>& widths, bool first_column, const std::string& caption,
                          const std::string& description);
    // <w:tc> and its tcPr; the caller writes the paragraph and closes the cell.
    void cell_open(long width, int grid_span, std::string_view vmerge, std::string_view fill, long top_border);
    void row_properties(bool header, bool can_split);
    void separate_tables();

    // ---- inlines (docx_inlines.cpp)
    struct RunProps {
        bool bold = false;
        bool italic = false;
        bool superscript = false;
        std::string style;
        std::string lang;  // w:lang, inside a Foreign passage
    };
    // The run properties as they were when it was made, back when it goes, however its scope
    // is left: an inline changes them for its content only.
    class RunScope {
    public:
        explicit RunScope(RunProps& run) : run_(run), saved_(run) {}
        ~RunScope() { run_ = saved_; }
        RunScope(const RunScope&) = delete;
        RunScope& operator=(const RunScope&) = delete;

    private:
        RunProps& run_;
        const RunProps saved_;
    };
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
    // Inside a w:hyperlink already opened: `content` in the hyperlink style, no hyperlink in it;
    // then closes the w:hyperlink.
    void hyperlink_content(const std::function<void()>& content);
    void run_properties();
    void text_run(std::string_view text);
    // A complex field: begin, instruction, separate, cached result, end.
    void field(std::string_view instruction, std::string_view cached);
    void field_begin(std::string_view instruction);
    // A PAGEREF field to the bookmark of document id `target`, cached with the writer's estimate.
    void page_field(const std::string& target);
    void field_separate();
    void field_end();
    void bookmark_start(const std::string& name, int id);
    void bookmark_end(int id);
    // Bookmarks the document id (if it names one): returns the w:id to close, or 0.
    int bookmark_open(const std::string& document_id);
    void bookmark_close(int id) {
        start_pending_bookmark();
        if (id != 0) bookmark_end(id);
    }
    // Starts the bookmark a section left for its first paragraph (after that paragraph's first
    // run, or at its end), if any.
    void start_pending_bookmark() {
        if (bookmark_pending_.second == 0) return;
        bookmark_start(bookmark_pending_.first, bookmark_pending_.second);
        bookmark_pending_ = {{}, 0};
    }

    const Facts& facts_;
    Accumulated& made_;
    Relationships& relationships_;
    Kind kind_;
    plugin::XmlBuilder x_;
    RunProps run_;
    int list_depth_ = 0;
    int link_depth_ = 0;  // > 0 inside w:hyperlink: hyperlinks do not nest
    bool page_break_pending_ = false;
    bool last_was_table_ = false;     // the next paragraph keeps its distance from the table
    bool note_mark_pending_ = false;  // the next paragraph starts with the footnote mark
    // A section's bookmark that its first paragraph takes after its first run (name, w:id); 0: none.
    std::pair<std::string, int> bookmark_pending_{{}, 0};
};

}  // namespace kansli::docx
