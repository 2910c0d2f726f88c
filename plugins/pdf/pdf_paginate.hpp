// Pages from the column of slices: each slice goes on the current page if it fits with the
// slices it must stay with (a heading with its first lines, the lines of a short paragraph, a
// table's header rows with its first row) and the footnotes they refer to, else on the next one.
// A page that a table goes on to starts with the table's header rows again.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pdf_flow.hpp"

namespace kansli::pdf {

// The footnote area's separator: a short rule above the notes.
inline constexpr double kNoteSeparator = 12.0;

struct PlacedSlice {
    const Slice* slice;
    double y;  // its top, in points from the top of the page
};

struct Page {
    std::vector<PlacedSlice> body;
    std::vector<PlacedSlice> notes;  // the footnote area
    double notes_top = 0;            // where its separator line goes (when there are notes)
};

struct Position {
    int page = 0;  // 0-based
    double y = 0;  // from the top of the page
};

struct Pagination {
    std::vector<Page> pages;
    std::map<std::string, Position> anchors;
    struct Heading {
        int level;
        std::string title;
        Position at;
    };
    std::vector<Heading> outline;
    // The page (1-based) of every id: what the next layout pass prints.
    std::map<std::string, int> page_numbers() const;
};

// The room for the body on a page: below the header, above the footer. The first page may have
// no header.
struct BodyArea {
    double top_first;
    double top;
    double bottom;
};

// Throws Error(Kind::Plugin) for a slice taller than a page (a table row that could only be
// split), naming its line in the document XML.
Pagination paginate(const Flow& flow, const BodyArea& area);

}  // namespace kansli::pdf
