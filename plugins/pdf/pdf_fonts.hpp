// The theme's two font families, found through fontconfig. A family that is not installed is
// replaced by its metric-compatible free stand-in (Calibri by Carlito, Arial by Liberation Sans
// …: the same widths, so lines and pages break where they would with the original); a family
// with neither is an error, never a silent fallback to whatever fontconfig offers instead.
#pragma once

#include <string>
#include <string_view>

#include "kansli/theme.hpp"

namespace kansli::pdf {

struct FontChoice {
    std::string requested;  // as the theme names it
    std::string family;     // the installed family used
    bool substituted() const { return family != requested; }
};

struct Fonts {
    FontChoice body;
    FontChoice heading;
};

// The metric-compatible stand-in for `family` (case-insensitive), or "" when none is known.
std::string_view metric_compatible_substitute(std::string_view family);

// Throws Error(Kind::Plugin) naming the theme's key (fonts.body, fonts.heading) and the family.
Fonts resolve_fonts(const Theme& theme);

}  // namespace kansli::pdf
