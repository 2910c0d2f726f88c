// A rough page layout of the document, only to give the page fields (TOC entries, PAGEREF
// cross-references, the agenda's "Sidan") a plausible cached result. Word and LibreOffice
// compute the real numbers when they lay out the document; this only decides what a reader
// sees before that, e.g. in a viewer that shows cached field results.
#pragma once

#include <map>
#include <string>

#include "docx_units.hpp"
#include "kansli/document.hpp"
#include "kansli/theme.hpp"

namespace kansli::docx {

// The estimated page of every id in the document (headings, sections, tables, figures,
// anchors), counted from 1.
std::map<std::string, int> estimate_pages(const Document& document, const Theme& theme, const PageGeometry& page);

}  // namespace kansli::docx
