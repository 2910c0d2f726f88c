#include "html_escape.hpp"

#include <cstdint>

namespace kansli::html {
namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at the start of `s` and its code point, or 0 when
// the bytes there are not one (overlong forms, surrogates and values above U+10FFFF included).
std::size_t decode_utf8(std::string_view s, char32_t& code_point) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        code_point = lead;
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, value = lead & 0x1Fu, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, value = lead & 0x0Fu, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, value = lead & 0x07u, minimum = 0x10000;
    } else {
        return 0;
    }
    if (s.size() < length) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0u) != 0x80u) return 0;
        value = (value << 6) | (byte(i) & 0x3Fu);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    code_point = value;
    return length;
}

// The HTML standard forbids these in a document ("control" and "noncharacter" code points);
// the Nu checker rejects a file containing them.
bool is_forbidden_control(char32_t c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}
bool is_noncharacter(char32_t c) { return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFEu) == 0xFFFEu; }

}  // namespace

void append_escaped(std::string& out, std::string_view text) {
    out.reserve(out.size() + text.size());
    while (!text.empty()) {
        // Printable ASCII other than the five escaped characters goes out as a run.
        std::size_t plain = 0;
        while (plain < text.size()) {
            const auto b = static_cast<unsigned char>(text[plain]);
            if (b < 0x20 || b >= 0x7F || b == '&' || b == '<' || b == '>' || b == '"' || b == '\'') break;
            ++plain;
        }
        if (plain > 0) {
            out.append(text.substr(0, plain));
            text.remove_prefix(plain);
            continue;
        }
        char32_t c = 0;
        const std::size_t length = decode_utf8(text, c);
        if (length == 0) {
            out += replacement_character;
            text.remove_prefix(1);
            continue;
        }
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                if (is_forbidden_control(c)) break;
                if (is_noncharacter(c)) {
                    out += replacement_character;
                    break;
                }
                out.append(text.substr(0, length));
        }
        text.remove_prefix(length);
    }
}

std::string escaped(std::string_view text) {
    std::string out;
    append_escaped(out, text);
    return out;
}

}  // namespace kansli::html
