// Draws the pages on Cairo's PDF surface. Every drawing operation lies inside a marked-content
// sequence: Cairo 1.16 writes one for each structure tag (cairo_tag_begin), numbered on each
// page in drawing order; this records, for each, what it is (a slot's content, or an artifact),
// which pdf_finish.cpp turns into the real tags. Links become annotations there too; the
// outline (bookmarks from the headings) Cairo writes itself.
#pragma once

#include <string>
#include <vector>

#include "kansli/document.hpp"
#include "pdf_furniture.hpp"
#include "pdf_paginate.hpp"
#include "pdf_structure.hpp"
#include "pdf_styles.hpp"

namespace kansli::pdf {

// One marked-content sequence as drawn: content of `element` (its MCID on the page is `mcid`),
// or an artifact of `kind`.
struct MarkedSequence {
    bool artifact = false;
    Artifact kind = Artifact::Layout;
    int element = -1;
    int mcid = -1;
};

struct Drawing {
    std::string pdf;                                     // what Cairo wrote
    std::vector<std::vector<MarkedSequence>> sequences;  // per page, in drawing order
};

// Draws every page; adds the marks of each slot and the link annotations to `tree`.
Drawing draw(const Pagination& pages, const Styles& styles, Furniture& furniture, StructureTree& tree);

}  // namespace kansli::pdf
