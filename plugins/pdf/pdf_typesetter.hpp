// The walk that turns the document's blocks into slices (pdf_flow.hpp) and its structure tree.
// Like the other writers: one function per block kind, chosen by std::visit, so a kind added to
// the model without a function here does not compile. Files by subject: pdf_blocks.cpp (text
// blocks, lists, figures, footnotes, contents), pdf_fields.cpp (fields and signatures),
// pdf_table.cpp (tables and the agenda).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/theme.hpp"
#include "pdf_flow.hpp"
#include "pdf_images.hpp"
#include "pdf_inline_text.hpp"
#include "pdf_structure.hpp"
#include "pdf_styles.hpp"
#include "pdf_text_block.hpp"

namespace kansli::pdf {

struct Typeset {
    Flow flow;
    StructureTree tree;
    Footnotes footnotes;
    std::set<std::string> printed_pages;  // ids whose page number the text prints
};

// Images decoded once per document, however often it is laid out.
using ImageCache = std::map<const Image*, std::shared_ptr<const PlacedImage>>;

// What one layout pass reads.
struct TypesetInput {
    const Document& document;
    const Theme& theme;
    const Styles& styles;
    TextShaper& shaper;
    LayoutCache& layouts;
    ImageCache& images;
    // The page of every id as the previous pass found it (empty in the first): the numbers a
    // table of contents, a cross-reference or the agenda prints.
    const std::map<std::string, int>& pages;
    // The height of a page's body (below the header, above the footer): a figure is scaled to fit.
    double body_height;
};

// Lays the document out once.
Typeset typeset(const TypesetInput& input);

class Typesetter {
public:
    Typesetter(const TypesetInput& input, Typeset& out);

    void document();

private:
    // ---- blocks (pdf_blocks.cpp)
    void blocks(const Blocks& content, int parent);
    void block(const Block& block, int parent);
    void write_block(const Heading& heading, int parent);
    void write_block(const Paragraph& paragraph, int parent);
    void write_block(const List& list, int parent);
    void write_block(const Table& table, int parent);            // pdf_table.cpp
    void write_block(const Fields& fields, int parent);          // pdf_fields.cpp
    void write_block(const Agenda& agenda, int parent);          // pdf_table.cpp
    void write_block(const Signatures& signatures, int parent);  // pdf_fields.cpp
    void write_block(const Figure& figure, int parent);
    void write_block(const PageBreak& page_break, int parent);
    void write_block(const TableOfContents& toc, int parent);
    void write_block(const Section& section, int parent);
    void list_item(const List& list, std::size_t index, int parent);
    void footnote_area();

    // ---- text
    InlineContext inline_context();
    std::shared_ptr<const TextBlock> layout(InlineText text, const ParagraphStyle& style, double width, Align align);
    // A paragraph of `element` at the current indent: its lines as slices, kept together so no
    // line is left alone at the foot or the top of a page (widows and orphans).
    // Returns the index of the first line's slice.
    std::size_t text_slices(const std::shared_ptr<const TextBlock>& block, const ParagraphStyle& style, double x);
    static void take_marks(Slice& slice, const InlineText& text);
    // The list label waiting for the first line of its item, drawn on that line's baseline.
    void label_on_first_line(std::size_t slice_index, const TextBlock& first);
    void push(Slice slice);
    double left() const { return styles_.page.margin_left + indent_; }
    double width() const { return styles_.page.text_width() - indent_; }
    double space_before(const ParagraphStyle& style);

    // ---- tables (pdf_table.cpp)
    struct CellText {
        std::shared_ptr<const TextBlock> block;
        double x = 0;
        double width = 0;
        int rows = 1;  // grid rows it covers
        const ParagraphStyle* style = nullptr;
        Rgb fill;
        bool filled = false;
    };
    struct RowLayout {
        std::vector<CellText> cells;
        double rule = 0.5;  // the line above the row, in points
        Rgb rule_colour;
        std::vector<std::pair<double, double>> rule_segments;  // where it is drawn: not through a cell from above
        double height = 0;
        bool header = false;
    };
    void table_rows(std::vector<RowLayout>& rows, std::size_t head_rows, bool split_rows);
    std::vector<Slice> row_slices(const RowLayout& row, bool last, std::optional<Tag> tag, bool split) const;

    const Document& document_;
    const Theme& theme_;
    const Styles& styles_;
    TextShaper& shaper_;
    LayoutCache& layouts_;
    ImageCache& images_;
    double body_height_;
    Typeset& out_;
    PageNumbers page_numbers_;
    std::vector<Slice>* slices_;  // where new slices go: the body, or a footnote
    double indent_ = 0;
    int list_depth_ = 0;
    int table_count_ = 0;
    bool in_footnote_ = false;
    bool page_break_pending_ = false;
    bool after_table_ = false;
    int current_line_ = 0;                            // of the block being laid out, for messages
    std::vector<std::string> pending_anchors_;        // ids whose place is the top of the next slice
    std::shared_ptr<const TextBlock> pending_label_;  // a list item's label, for its first line
    double pending_label_x_ = 0;
    std::string pending_note_number_;  // a footnote's number, for its first paragraph
};

}  // namespace kansli::pdf
