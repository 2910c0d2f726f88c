#include "markdown_bounds.hpp"

#include <stdexcept>
#include <string>

namespace kansli {

namespace {

// What stays of a line once a quote's '>' and indentation are taken off.
std::string_view without_quote_marks(std::string_view line) {
    const auto start = line.find_first_not_of(" \t>");
    return start == std::string_view::npos ? std::string_view{} : line.substr(start);
}

// The columns a table's delimiter row ("|---|:--:|") would give; 0 when `line` cannot be one.
// Counts every run of '-' (a row of one cell needs a '|'), so it is never fewer than cmark-gfm's.
std::size_t delimiter_row_columns(std::string_view line) {
    line = without_quote_marks(line);
    if (line.find('|') == std::string_view::npos) return 0;
    std::size_t columns = 0;
    bool in_dashes = false;
    for (const char c : line) {
        if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t' && c != '\r') return 0;
        if (c == '-' && !in_dashes) ++columns;
        in_dashes = c == '-';
    }
    return columns;
}

}  // namespace

void check_markdown_bounds(std::string_view markdown, const MarkdownBounds& bounds) {
    std::size_t cells = 0;
    std::size_t columns = 0;  // of the table being read, 0 outside tables
    std::size_t image_openers = 0;
    std::size_t closers = 0;
    std::string_view previous;
    while (!markdown.empty()) {
        const auto end = markdown.find('\n');
        const std::string_view line = markdown.substr(0, end);
        markdown.remove_prefix(end == std::string_view::npos ? markdown.size() : end + 1);
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == ']') ++closers;
            if (line[i] == '!' && i + 1 < line.size() && line[i + 1] == '[') ++image_openers;
        }
        if (without_quote_marks(line).empty()) {  // a blank line ends a table
            columns = 0;
        } else if (const std::size_t delimiter = delimiter_row_columns(line); delimiter > 0 && !previous.empty()) {
            if (delimiter > bounds.max_table_columns)
                throw std::invalid_argument("a table has " + std::to_string(delimiter) + " columns, more than " +
                                            std::to_string(bounds.max_table_columns));
            columns = delimiter;
            cells += 2 * columns;  // the header row and this one
        } else {
            cells += columns;  // a row, filled up to the table's width
        }
        if (cells > bounds.max_table_cells)
            throw std::invalid_argument("its tables have more than " + std::to_string(bounds.max_table_cells) +
                                        " cells");
        previous = without_quote_marks(line);
    }
    if (image_openers > 0 && closers > bounds.max_image_openers_times_closers / image_openers)
        throw std::invalid_argument("it has " + std::to_string(image_openers) + " image openers '![' and " +
                                    std::to_string(closers) + " closing brackets; their product is limited to " +
                                    std::to_string(bounds.max_image_openers_times_closers));
}

}  // namespace kansli
