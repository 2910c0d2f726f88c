// The Markdown renderer shared by the writer's files. Blocks are rendered to strings of lines
// without indentation; a container (a list item, a footnote) indents its children's lines. That
// keeps nesting right however deep it goes.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kansli/document.hpp"
#include "kansli/theme.hpp"

namespace kansli::markdown {

// Where inline text goes, which decides what must be escaped.
enum class InlineContext { Block, TableCell };

class Renderer {
public:
    Renderer(const Document& document, const Theme& theme);
    std::string render();

    // Blocks separated by blank lines, each ending with a newline.
    std::string blocks(const Blocks& blocks);
    // Inline content on one logical line (hard breaks excepted), escaped for `context`.
    std::string inlines(const Inlines& inlines, InlineContext context = InlineContext::Block);

private:
    std::string block(const Block& block);
    std::string write_block(const Heading& heading);
    std::string write_block(const Paragraph& paragraph);
    std::string write_block(const List& list);
    std::string write_block(const Table& table);
    std::string write_block(const Fields& fields);
    std::string write_block(const Agenda& agenda);
    std::string write_block(const Signatures& signatures);
    std::string write_block(const Figure& figure);
    std::string write_block(const PageBreak& page_break);
    std::string write_block(const TableOfContents& toc);
    std::string write_block(const Section& section);

    void inline_into(std::string& out, const Inline& node, InlineContext context, bool& line_start);
    std::string footnote_definitions();
    std::string cross_ref_text(const CrossRef& ref, InlineContext context);

    const Document& document_;
    const Theme& theme_;
    int heading_shift_ = 0;  // 1 when the document title is the page's only level-1 heading
    int table_count_ = 0;
    std::map<std::string, int> footnote_numbers_;  // by id: the model's, "[^N]"
};

// Text with everything CommonMark/GFM would read as markup escaped. `line_start` says whether
// the text begins a line (where "#", "-", "1." and the like start blocks); it is updated.
void append_escaped(std::string& out, std::string_view text, InlineContext context, bool& line_start);

// Indents every non-empty line after the first by `width` spaces, the first line after `first`.
std::string indent(std::string_view text, std::string_view first, std::size_t width);

}  // namespace kansli::markdown
