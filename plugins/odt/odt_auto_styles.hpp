// The automatic styles of content.xml: the variations that named styles cannot express on their
// own (a table's width, a column's share, a paragraph aligned right or starting a new page).
// Each distinct variation is written once, named in order of first use, so the output is
// deterministic however the document is built.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kansli/document.hpp"

namespace kansli::odt {

// How a table cell is drawn.
enum class CellLook { Head, Body, Section, Sum, Plain };

class AutoStyles {
public:
    explicit AutoStyles(std::string header_background) : header_background_(std::move(header_background)) {}

    // A paragraph style based on the named style `parent`. Returns `parent` itself when nothing
    // differs from it.
    std::string paragraph(std::string_view parent, Align align = Align::Default, bool break_before = false,
                          std::string_view master_page = {});
    // A paragraph style based on `parent` with its own left tab stops (positions from the
    // paragraph's left edge), a hanging indent, and space below.
    std::string tabbed_paragraph(std::string_view parent, const std::vector<double>& tabs_mm, double hanging_mm,
                                 double space_below_mm);
    // A table as wide as the text area; `break_before` and `master_page` as for paragraphs.
    std::string table(double width_mm, bool break_before, std::string_view master_page);
    // A column of a table: its width and its relative width (LibreOffice keeps the shares
    // when the page size changes).
    std::string column(double width_mm, long relative_width);
    // A table row that never breaks across pages (keep_together) or may.
    std::string row(bool keep_together);
    std::string cell(CellLook look);
    // The graphic style of frames anchored as characters (figures).
    std::string image_frame();
    // The section around a table of contents.
    std::string toc_section();
    // A text style for a passage in another language: `language` and `country` as
    // split_language() gives them (country may be empty).
    std::string text_language(std::string_view language, std::string_view country);
    // A section of `columns` equal columns `gap_mm` apart, as tall as its tallest column: a row
    // of label–value pairs, a column each.
    std::string columns_section(int columns, double gap_mm);
    // A paragraph based on `parent` with space below that starts a new column.
    std::string column_start_paragraph(std::string_view parent, double space_below_mm);

    // The children of <office:automatic-styles>.
    std::string xml() const;

private:
    // `make_body` gives the style element with "@NAME@" where the name goes; it is only called
    // when the key is new (cells and paragraphs ask for their style thousands of times).
    template <typename MakeBody>
    std::string intern(const std::string& key, std::string_view prefix, MakeBody make_body);

    std::string header_background_;
    std::map<std::string, std::string> names_;  // key → style name
    std::map<std::string, int> counters_;       // name prefix → styles so far
    std::vector<std::string> styles_;           // XML, in order of first use
};

}  // namespace kansli::odt
