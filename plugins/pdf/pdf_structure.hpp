// The logical structure of the PDF (ISO 32000-1 14.7, PDF/UA-1): elements in reading order,
// each holding child elements and content. Built while the document is typeset (the order of
// the model), filled with marked content while the pages are drawn (the order of the pages),
// and written into the file by pdf_finish.cpp.
//
// Content is referred to through slots: a slot is one place in an element's list of kids where
// content goes (the words of a paragraph before a link, the link's words, the words after it).
// The drawing adds marks (page, MCID) to the slot as it draws the slot's lines, which may lie on
// several pages; the kid list keeps the reading order whatever the drawing order.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace kansli::pdf {

// One marked-content sequence on a page: its MCID there.
struct Mark {
    int page = 0;  // 0-based
    int mcid = 0;
};

struct Kid {
    enum class Kind { Element, Slot, Annotation } kind;
    int index;
};

struct Element {
    std::string type;  // a standard structure type: "P", "H1", "Table", "TH" …
    int parent = -1;   // -1 for the root element (Document)
    std::vector<Kid> kids;
    std::string lang;         // /Lang, when it differs from the document's
    std::string alt;          // /Alt (figures) or the link's description
    std::string expansion;    // /E: what an abbreviation stands for
    std::string actual_text;  // /ActualText
    std::string id;           // /ID (notes, header cells that data cells name in /Headers)
    // Table attributes (attribute owner /Table).
    std::string scope;                 // "Row", "Column" or "" (header cells)
    int column_span = 1;               // /ColSpan
    int row_span = 1;                  // /RowSpan
    std::vector<std::string> headers;  // the /ID of each header cell that applies
    std::string summary;               // a table's longer description (/Summary, PDF 1.7)
    // List attribute (owner /List): "Decimal", "LowerAlpha", "Disc", "None" …
    std::string list_numbering;
    // Layout attribute (owner /Layout) for figures: the drawn box in PDF user space.
    std::optional<std::array<double, 4>> bbox;
};

struct Slot {
    int element = -1;
    std::vector<Mark> marks;
};

// Where a link annotation leads: a web address, or a place in this document.
struct Destination {
    int page = 0;
    double x = 0;
    double y = 0;  // from the top of the page, in points
};

struct LinkAnnotation {
    int element = -1;  // the Link element
    int page = 0;
    std::array<double, 4> rect{};  // x0, y0 (top), x1, y1 (bottom) from the page's top left, in points
    std::string uri;               // or
    std::optional<Destination> destination;
    std::string contents;  // /Contents: what the link does, in words
};

class StructureTree {
public:
    StructureTree();

    int root() const { return 0; }
    // A new element as the last kid of `parent`.
    int add_element(int parent, std::string type);
    // A new slot as the last kid of `element`.
    int add_slot(int element);
    void add_mark(int slot, Mark mark) { slots_[static_cast<std::size_t>(slot)].marks.push_back(mark); }
    // An annotation kid (OBJR) of the link element it belongs to.
    int add_link(LinkAnnotation annotation);

    Element& element(int index) { return elements_[static_cast<std::size_t>(index)]; }
    const Element& element(int index) const { return elements_[static_cast<std::size_t>(index)]; }
    const Slot& slot(int index) const { return slots_[static_cast<std::size_t>(index)]; }
    const std::vector<Element>& elements() const { return elements_; }
    const std::vector<LinkAnnotation>& links() const { return links_; }
    int slot_count() const { return static_cast<int>(slots_.size()); }

private:
    std::vector<Element> elements_;
    std::vector<Slot> slots_;
    std::vector<LinkAnnotation> links_;
};

}  // namespace kansli::pdf
