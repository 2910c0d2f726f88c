// styles.xml: the named styles built from the template's theme, the page layout, and the
// master pages with the page header (logo, organisation) and footer (page X of Y, dnr).
#pragma once

#include <string>

#include "kansli/document.hpp"
#include "kansli/theme.hpp"
#include "odt_drawing.hpp"

namespace kansli::odt {

// The logo, when the theme has one, is stored in `images`.
std::string styles_xml(const Document& document, const Theme& theme, ImageStore& images);

// "sv-SE" → {"sv", "SE"}; what fo:language and fo:country take. Swedish when the tag is not
// usable.
struct LanguageTag {
    std::string language;
    std::string country;
};
LanguageTag split_language(const std::string& tag);

}  // namespace kansli::odt
