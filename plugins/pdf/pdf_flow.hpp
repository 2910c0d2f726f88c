// What the typesetter hands the paginator, and the paginator the drawing: the document as a
// column of slices, the pieces that are never split across pages (a line of a paragraph, a table
// row, a figure), each with what to draw in it and how it may be placed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kansli/document.hpp"
#include "pdf_styles.hpp"
#include "pdf_text_block.hpp"

namespace kansli::pdf {

// Drawing that is not content (ISO 32000-1 14.8.2.2): backgrounds, rules, leaders, repeated
// table headers; page headers and footers with their page numbers.
enum class Artifact { Layout, Header, Footer };

// What a drawing belongs to: a slot of the structure tree, or an artifact.
struct Tag {
    int slot = -1;
    Artifact artifact = Artifact::Layout;
    static Tag content(int slot) { return {slot, Artifact::Layout}; }
    static Tag decoration(Artifact kind = Artifact::Layout) { return {-1, kind}; }
};

// Positions are in points from the slice's top left (x from the page's left edge).
struct TextLineItem {
    std::shared_ptr<const TextBlock> block;
    std::size_t line = 0;
    double x = 0;            // the block's left edge
    double top = 0;          // the block's top (the line's own top is block->lines()[line].top below it)
    std::optional<Tag> tag;  // all of the line as this, whatever its slots (a repeated header)
};

struct FillItem {
    double x, y, width, height;
    Rgb colour;
};

struct RuleItem {  // a horizontal line
    double x0, x1, y, thickness;
    Rgb colour;
};

struct DotsItem {  // a leader: dots from x0 to x1 on a baseline
    double x0, x1, baseline, size;
    Rgb colour;
};

struct PlacedImage;  // pdf_images.hpp

struct ImageItem {
    std::shared_ptr<const PlacedImage> image;
    double x, y, width, height;
    Tag tag;
    int element = -1;  // the Figure element, which gets the drawn box as its /BBox
};

// Text, or a shape that is always an artifact, or an image.
using DrawItem = std::variant<TextLineItem, FillItem, RuleItem, DotsItem, ImageItem>;

struct AnchorMark {
    std::string id;
    double y = 0;  // from the slice's top
};

struct OutlineMark {
    int level = 1;
    std::string title;
    double y = 0;
};

struct Slice {
    double height = 0;
    double space_before = 0;
    double space_after = 0;
    bool keep_with_next = false;     // on the same page as the next slice
    bool page_break_before = false;  // starts a page
    std::vector<DrawItem> items;
    std::vector<AnchorMark> anchors;
    std::vector<OutlineMark> outline;
    std::vector<int> footnotes;  // indexes into Flow::footnotes: notes first referenced here
    int repeat_header = -1;      // index into Flow::headers: drawn again atop a page this slice starts
    int source_line = 0;         // of its block in the document XML, for messages
};

struct Flow {
    std::vector<Slice> body;
    std::vector<std::vector<Slice>> footnotes;  // by footnote index, in the order of their numbers
    std::vector<std::vector<Slice>> headers;    // tables' header rows, tagged as artifacts
};

}  // namespace kansli::pdf
