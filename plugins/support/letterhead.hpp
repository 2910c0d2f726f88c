// The page header's facts every print writer shares: the name printed in it and what its logo
// says to assistive technology. One rule, so DOCX, ODT and PDF never disagree about it.
#pragma once

#include <string>

#include "kansli/document.hpp"
#include "kansli/theme.hpp"

namespace kansli::plugin {

struct Letterhead {
    std::string name;      // printed beside the logo: header.text, else the organisation; may be empty
    bool logo_decorative;  // the name is printed beside the logo, so the logo adds nothing to hear
    std::string logo_alt;  // the logo's one alternative text when it is not decorative; may be empty
};

Letterhead letterhead(const Theme& theme, const Metadata& meta);

}  // namespace kansli::plugin
