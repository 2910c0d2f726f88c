// White space in document text, as documents treat it (like HTML): space, tab, line feed and
// carriage return are layout; runs of them collapse to one space. A no-break space is content.
// Shared by the document reader and the lint checks, so both read text the same way.
#pragma once

#include <string>
#include <string_view>

namespace kansli {

bool is_layout_space(char c);

// Collapses each run of white space in `text` to one space, in place (the text only gets
// shorter); a run at the start goes when `after_space` (the text follows space). Returns
// whether the text now ends in space, for the text that follows it.
bool collapse_space(std::string& text, bool after_space);

// `text` collapsed, without space at either end.
std::string collapsed_and_trimmed(std::string text);

// `text` without white space at either end (what template helpers read of their section).
std::string_view trimmed(std::string_view text);

}  // namespace kansli
