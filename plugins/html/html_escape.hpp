// The one place where text becomes HTML. Every string that reaches the output from a document
// or a theme goes through append_escaped, whether it ends up as element content or as an
// attribute value: one function means one place to get right.
#pragma once

#include <string>
#include <string_view>

namespace kansli::html {

// Appends `text` to `out` with & < > " ' escaped, so the result is safe both as element
// content and inside a double- or single-quoted attribute value. Input that would make the
// file non-conforming is repaired on the way: malformed UTF-8 becomes U+FFFD, control
// characters other than tab and line breaks are dropped, Unicode noncharacters become U+FFFD.
void append_escaped(std::string& out, std::string_view text);

// The same, returning a new string.
std::string escaped(std::string_view text);

}  // namespace kansli::html
