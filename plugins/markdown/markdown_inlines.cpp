// Inline content: escaping, emphasis, links, breaks, footnote and cross-references.
#include <cctype>
#include <string>
#include <type_traits>
#include <variant>

#include "markdown_render.hpp"

namespace kansli::markdown {

namespace {

bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// "12." or "3)" followed by a space or the end: an ordered list marker at the start of a line.
bool starts_ordered_marker(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && digits < 10 && std::isdigit(static_cast<unsigned char>(text[digits])) != 0) ++digits;
    if (digits == 0 || digits > 9 || digits >= text.size()) return false;
    if (text[digits] != '.' && text[digits] != ')') return false;
    return digits + 1 == text.size() || text[digits + 1] == ' ';
}

// A link destination CommonMark reads back unchanged: characters that would end or confuse it
// are percent-encoded (which means the same in a URL).
std::string link_destination(std::string_view href) {
    std::string out;
    for (const char c : href) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || c == '<' || c == '>' || c == '(' || c == ')' || c == '\\' || u == 0x7f) {
            static constexpr char hex[] = "0123456789ABCDEF";
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

void append_escaped(std::string& out, std::string_view text, InlineContext context, bool& line_start) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        if (line_start) {
            // Leading spaces mean nothing in a paragraph, and four of them would start code.
            if (c == ' ') continue;
            line_start = false;
            if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=') {
                out += '\\';
            } else if (starts_ordered_marker(text.substr(i, text.find(' ', i) - i))) {
                // Escape the "." or ")" after the digits: "2021\. Årets resultat".
                while (std::isdigit(static_cast<unsigned char>(text[i])) != 0) out += text[i++];
                out += '\\';
                c = text[i];
            }
        }
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '<':
            case '~':
                out += '\\';
                break;
            case '|':
                if (context == InlineContext::TableCell) out += '\\';
                break;
            case '&':  // only where it would start an entity: "&amp;", "&#38;"
                if (i + 1 < text.size() && (is_ascii_alnum(text[i + 1]) || text[i + 1] == '#')) out += '\\';
                break;
            default:
                break;
        }
        out += c;
    }
}

std::string indent(std::string_view text, std::string_view first, std::size_t width) {
    std::string out(first);
    const std::string pad(width, ' ');
    bool at_line_start = false;
    for (const char c : text) {
        if (at_line_start && c != '\n') out += pad;
        out += c;
        at_line_start = c == '\n';
    }
    return out;
}

std::string Renderer::inlines(const Inlines& content, InlineContext context) {
    std::string out;
    bool line_start = true;
    for (const Inline& node : content) inline_into(out, node, context, line_start);
    // Trailing spaces before a line end would read as a hard break.
    while (!out.empty() && out.back() == ' ' && (out.size() < 2 || out[out.size() - 2] != '\\')) out.pop_back();
    return out;
}

void Renderer::inline_into(std::string& out, const Inline& node, InlineContext context, bool& line_start) {
    const auto wrapped = [&](std::string_view mark, const Inlines& content) {
        const std::string inner = inlines(content, context);
        if (inner.empty()) return;
        out += mark;
        out += inner;
        out += mark;
        line_start = false;
    };
    std::visit(
        [&](const auto& n) {
            using T = std::decay_t<decltype(n)>;
            if constexpr (std::is_same_v<T, Text>) {
                append_escaped(out, n.text, context, line_start);
            } else if constexpr (std::is_same_v<T, Emphasis>) {
                wrapped("*", n.content);
            } else if constexpr (std::is_same_v<T, Strong>) {
                wrapped("**", n.content);
            } else if constexpr (std::is_same_v<T, Link>) {
                std::string text = inlines(n.content, context);
                if (text.empty()) {
                    bool start = false;
                    append_escaped(text, n.href, context, start);
                }
                out += "[" + text + "](" + link_destination(n.href) + ")";
                line_start = false;
            } else if constexpr (std::is_same_v<T, LineBreak>) {
                // A hard break; a table cell is one line, so there a space.
                if (context == InlineContext::TableCell) {
                    out += ' ';
                } else {
                    out += "\\\n";
                    line_start = true;
                }
            } else if constexpr (std::is_same_v<T, FootnoteRef>) {
                out += "[^" + std::to_string(footnote_numbers_.at(n.id)) + "]";
                line_start = false;
            } else if constexpr (std::is_same_v<T, CrossRef>) {
                out += cross_ref_text(n, context);
                line_start = false;
            } else if constexpr (std::is_same_v<T, Anchor>) {
                // Markdown has no portable anchors: nothing to write.
            } else if constexpr (std::is_same_v<T, MediaOnly>) {
                // Markdown is read on a screen: the web's text, not the print's.
                if (n.media == MediaOnly::Media::Web)
                    for (const Inline& inner : n.content) inline_into(out, inner, context, line_start);
            } else if constexpr (std::is_same_v<T, Abbreviation>) {
                // Markdown has no abbreviation element: the short form, as in print.
                append_escaped(out, n.text, context, line_start);
            } else if constexpr (std::is_same_v<T, Symbol>) {
                // No alternative text for a character either: the glyph and its words.
                append_escaped(out, n.glyph + "\u00a0" + n.text, context, line_start);
            } else {
                static_assert(sizeof(T) == 0, "every inline kind needs its Markdown form");
            }
        },
        node.value);
}

// A cross-reference is its own text, or the target's label: Markdown has no page numbers and
// no anchors every reader supports, so it is not a link.
std::string Renderer::cross_ref_text(const CrossRef& ref, InlineContext context) {
    if (!ref.content.empty()) return inlines(ref.content, context);
    std::string out;
    bool line_start = false;
    append_escaped(out, document_.anchors.at(ref.target).label, context, line_start);
    return out;
}

}  // namespace kansli::markdown
