// A Mustache template parsed once into a tree, rendered many times (render.hpp). Kansli's own
// engine, to the Mustache specification (the required modules and ~inheritance; the spec's
// tests run in tests/core/mustache_spec_test.cpp): a line holding only a section, comment,
// partial, parent, block or delimiter tag is removed when the template is parsed, and a
// standalone partial, parent or block carries its indentation to every line it renders.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kansli::mustache {

struct Node {
    enum class Kind {
        text,      // literal text without a line break
        newline,   // "\n", "\r\n" or "\r"
        variable,  // {{name}}, {{{name}}}, {{&name}}
        section,   // {{#name}}…{{/name}}
        inverted,  // {{^name}}…{{/name}}
        partial,   // {{> name}}
        parent,    // {{<name}}…{{/name}}: a partial whose blocks the children (blocks only) replace
        block,     // {{$name}}…{{/name}}: a place a parent's caller may fill; the children are the default
    };
    Kind kind = Kind::text;
    // The first thing on its template line: where a standalone partial's indentation goes.
    bool line_start = false;
    // A partial, parent or block alone on its line: it renders its lines indented by `indent`.
    bool standalone = false;
    std::string text;               // the text, or the tag's name as written ("a.b", ".")
    std::vector<std::string> path;  // the name split at dots; empty for "."
    // _number, _first, _last: the keys every object in a list has (render.hpp)
    enum class Position : unsigned char { none, number, first, last };
    Position position = Position::none;
    std::uint64_t key_bit = 0;   // key_bit(path.front()): lets a lookup skip objects without the key
    std::size_t offset = 0;      // where the tag starts in the template text
    std::string indent;          // standalone partial, parent or block: the indentation it adds
    std::vector<Node> children;  // a section's or block's content; a parent's blocks
};

// Sections, inverted sections, parents and blocks nest at most this deep: the parser, the
// renderer and the checks recurse once per level (docs/template-packages.md).
inline constexpr int kMaxNesting = 100;

// A syntax error at a byte offset of the template text; the message has no position.
class SyntaxError : public std::runtime_error {
public:
    SyntaxError(std::size_t offset, const std::string& message) : std::runtime_error(message), offset_(offset) {}
    std::size_t offset() const noexcept { return offset_; }

private:
    std::size_t offset_;
};

// One of 64 bits for a key. An object's keys together make a mask; a name whose bit is not in
// it is not among them, and the object need not be searched.
inline std::uint64_t key_bit(std::string_view key) {
    std::uint32_t hash = 2166136261u;  // FNV-1a
    for (const char c : key) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    return std::uint64_t{1} << (hash & 63u);
}

class Template {
public:
    Template() = default;
    // Throws SyntaxError: an unclosed tag or section, a section closed that was never opened,
    // a bad delimiter change ({{=<% %>=}}), nesting deeper than kMaxNesting.
    static Template parse(std::string_view text);

    const std::vector<Node>& nodes() const { return nodes_; }
    // The comments' text ({{! … }}, trimmed), in order: notes to readers, and to checks that
    // read them (the outward names of template_names.hpp).
    const std::vector<std::string>& comments() const { return comments_; }

    // Puts `prefix` before every partial and parent name without a '/' ("decision" becomes
    // "katrineholm/kallelse/decision"), so that a sibling package's partials, read under
    // prefixed names, keep finding each other.
    void qualify_partials(std::string_view prefix);

private:
    std::vector<Node> nodes_;
    std::vector<std::string> comments_;
};

}  // namespace kansli::mustache
