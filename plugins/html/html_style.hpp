// The stylesheet embedded in every page, built from the template's Theme.
#pragma once

#include <string>

#include "kansli/theme.hpp"

namespace kansli::html {

// CSS for screen and print. Theme colours are adjusted where needed so that text keeps a
// WCAG AA contrast of at least 4.5:1; fonts and sizes follow the theme, with the screen size
// relative to the reader's own default so browser zoom and font settings keep working.
std::string stylesheet(const Theme& theme);

}  // namespace kansli::html
