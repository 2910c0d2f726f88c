// What is on every page rather than in the text: header (logo and organisation), footer
// ("Sida X av Y", dnr, the theme's text), the section's page setup, and settings.xml.
#pragma once

#include <string>

#include "docx_parts.hpp"
#include "docx_story.hpp"

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
// The w:sectPr that ends the body: references to header and footer, A4 (or the theme's size)
// and margins.
std::string section_properties(const Facts& facts, const SectionParts& parts);

std::string settings_xml();

}  // namespace kansli::docx
