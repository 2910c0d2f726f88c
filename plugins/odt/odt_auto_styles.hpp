// The automatic styles of content.xml: the variations that named styles cannot express on their
// own (a table's width, a column's share, a paragraph aligned right or starting a new page).
// Each distinct variation is written once, named in order of first use, so the output is
// deterministic however the document is built.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kansli/document.hpp"
#include "odt_xml.hpp"
#include "xml_builder.hpp"

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
    // An automatic style without its name: what it is, and so what two requests must share to
    // get the same style. Every field is written as it is compared (lengths as mm() writes
    // them), so equal descriptions are equal styles.
    struct Style {
        std::string_view family{};      // style:family; gives the name's prefix
        std::string parent{};           // style:parent-style-name; may be empty
        std::string master_page{};      // style:master-page-name; may be empty
        std::string_view properties{};  // the one properties element: style:paragraph-properties, …
        AttributeList attributes{};     // its attributes, in order
        // A tabbed paragraph's left tab stops, the properties element's content (perhaps none);
        // without them the element is empty.
        std::optional<std::vector<std::string>> tab_stops{};
        // A section's columns: the attributes of style:columns, the properties element's
        // content; none when empty.
        AttributeList columns{};
        bool operator==(const Style&) const = default;
    };
    // Hashed, not ordered: a paragraph asks for its style thousands of times, and a tree of
    // styles compared field by field made the whole writer 5 % slower (the order written is
    // kept apart, in in_order_).
    struct StyleHash {
        std::size_t operator()(const Style& style) const noexcept;
    };
    using Names = std::unordered_map<Style, std::string, StyleHash>;  // style → its name

    // The style's name, given in order of first use ("P1", "P2", …, "Cell1", …).
    const std::string& intern(Style style);
    static void write(plugin::XmlBuilder& xml, const Style& style, const std::string& name);

    std::string header_background_;
    Names names_;
    std::vector<const Names::value_type*> in_order_;  // as first used, the order they are written in
    std::map<std::string_view, int> counters_;        // by family: styles so far
    // Cells ask for their style thousands of times and have five looks: the name of each, once
    // interned, so a cell does not describe its style again.
    std::array<std::string, 5> cell_names_;
};

}  // namespace kansli::odt
