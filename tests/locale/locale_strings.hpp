// The exact bytes the Swedish rules are about, named so a test says which space and which minus.
#pragma once

#include <string>

namespace kansli::testing {
inline const std::string nbsp = "\xC2\xA0";             // U+00A0 NO-BREAK SPACE
inline const std::string minus = "\xE2\x88\x92";        // U+2212 MINUS SIGN
inline const std::string en_dash = "\xE2\x80\x93";      // U+2013 EN DASH
inline const std::string narrow_nbsp = "\xE2\x80\xAF";  // U+202F NARROW NO-BREAK SPACE
}  // namespace kansli::testing
