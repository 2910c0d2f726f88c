// Completes Cairo's file with QPDF into tagged PDF/UA-1 (ISO 14289-1), writing what Cairo 1.16
// cannot: artifacts (Cairo tags every sequence as structure: the headers, footers and rules are
// rewritten to /Artifact), the structure tree with the attributes screen readers need (/Lang,
// /Alt, /Scope, /ColSpan, /Headers, /ID, /E), link annotations with /Contents and their place in
// the tree, /Tabs /S, /MarkInfo, /ViewerPreferences /DisplayDocTitle, XMP metadata with
// pdfuaid:part 1; and a deterministic /ID and object order, so the same document gives the same
// bytes.
#pragma once

#include <string>
#include <vector>

#include "kansli/document.hpp"
#include "pdf_draw.hpp"
#include "pdf_structure.hpp"

namespace kansli::pdf {

struct DocumentInfo {
    std::string title;  // never empty: PDF/UA wants a title (the theme's word for "document" at worst)
    std::string language;
    std::string authors;
    std::string date;  // ISO 8601 day, or empty
    double page_height = 0;
};

std::string finish_pdf(const Drawing& drawing, const StructureTree& tree, const DocumentInfo& info);

}  // namespace kansli::pdf
