/// \file
/// Text headed for XML: escaping, and the characters XML 1.0 cannot carry. Shared by the core
/// and the writers, so there is one escaping function for XML in the project.
#pragma once

#include <optional>
#include <string>
#include <string_view>

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in attribute values.
std::string escape_xml(std::string_view text);
/// escape_xml(), added to `out`.
void append_escaped_xml(std::string& out, std::string_view text);
/// The five entities of escape_xml() back as characters; an `&` that starts no entity stays.
std::string unescape_xml(std::string_view text);

/// A readable description of the first character XML 1.0 cannot carry (control characters
/// other than tab, line feed and carriage return; U+FFFE, U+FFFF) or of invalid UTF-8.
std::optional<std::string> find_xml_illegal_character(std::string_view utf8);

}  // namespace kansli

#pragma GCC visibility pop
