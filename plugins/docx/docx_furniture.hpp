// What is on every page rather than in the text: header (logo and organisation), footer
// ("Sida X av Y", dnr, the theme's text), the section's page setup, and settings.xml.
#pragma once

#include <string>
#include <string_view>

#include "docx_parts.hpp"
#include "docx_story.hpp"
#include "xml_builder.hpp"

namespace kansli::docx {

// The page header. `blank`: the empty first-page header of a theme without one there.
// The logo's relationship goes into `relationships` (the header part's own).
std::string header_xml(const Facts& facts, Accumulated& made, Relationships& relationships, bool blank);
std::string footer_xml(const Facts& facts);

struct SectionParts {
    std::string header;  // relationship ids in document.xml.rels
    std::string footer;
    std::string first_header;  // empty unless the first page has its own header
    std::string first_footer;
};
// The header and footer references every section repeats (relationship ids of document.xml).
std::string section_references(const SectionParts& parts);

// How a section starts and how many columns it has: the body's sections are one column, a
// block of label-value pairs several pairs a line a section of as many columns for each line.
struct SectionLayout {
    int columns = 1;
    bool continuous = false;  // starts on the same page as the section before
};

// One w:sectPr: the header and footer references, the page size and margins and whether the first page has its
// own header, the same in every section, so each page keeps its header and footer whichever
// section it starts in.
void write_section_properties(plugin::XmlBuilder& x, const Facts& facts, SectionLayout layout);

// The w:sectPr that ends the body. `continuous` when the body holds section breaks: the last
// section then starts under the one before, not on a new page.
std::string section_properties(const Facts& facts, bool continuous);

std::string settings_xml(bool update_fields_on_open);

}  // namespace kansli::docx
