#include "kansli/xml_text.hpp"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace kansli {

namespace {
std::string code_point_name(std::uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}
}  // namespace

namespace {

// Characters before byte `end`, counted by their first bytes: positions in messages.
std::size_t character_position(std::string_view s, std::size_t end) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < end; ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
    return n + 1;
}

// Bytes from `i` that are printable ASCII, eight at a time: most of any text needs no decoding.
std::size_t skip_printable_ascii(std::string_view s, std::size_t i) {
    constexpr std::uint64_t high = 0x8080808080808080ULL;
    constexpr std::uint64_t space = 0x2020202020202020ULL;
    while (i + 8 <= s.size()) {
        std::uint64_t word = 0;
        std::memcpy(&word, s.data() + i, 8);
        // No byte at or above 0x80, and (with that) none below 0x20.
        if ((word & high) != 0 || ((word - space) & ~word & high) != 0) break;
        i += 8;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) >= 0x20 && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

}  // namespace

std::optional<std::string> find_xml_illegal_character(std::string_view s) {
    const auto invalid = [&s](std::size_t at) {
        return "invalid UTF-8 at character " + std::to_string(character_position(s, at));
    };
    std::size_t i = 0;
    while ((i = skip_printable_ascii(s, i)) < s.size()) {
        const auto byte = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = 0;
        std::size_t len = 0;
        if (byte < 0x80) {
            cp = byte;
            len = 1;
        } else if ((byte & 0xE0) == 0xC0) {
            cp = byte & 0x1F;
            len = 2;
        } else if ((byte & 0xF0) == 0xE0) {
            cp = byte & 0x0F;
            len = 3;
        } else if ((byte & 0xF8) == 0xF0) {
            cp = byte & 0x07;
            len = 4;
        } else
            return invalid(i);
        if (i + len > s.size()) return invalid(i);
        for (std::size_t k = 1; k < len; ++k) {
            const auto next = static_cast<unsigned char>(s[i + k]);
            if ((next & 0xC0) != 0x80) return invalid(i);
            cp = (cp << 6) | (next & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return invalid(i);
        const bool illegal = (cp < 0x20 && cp != 0x09 && cp != 0x0A && cp != 0x0D) || cp == 0xFFFE || cp == 0xFFFF;
        if (illegal)
            return "control character " + code_point_name(cp) + " at character " +
                   std::to_string(character_position(s, i)) + " cannot appear in a document";
        i += len;
    }
    return std::nullopt;
}

namespace {
// The entity for each byte that needs one, else null: one load per byte, for the hot loop of
// every writer and of Mustache's variables.
constexpr std::array<const char*, 256> kXmlEntities = [] {
    std::array<const char*, 256> entities{};
    entities['&'] = "&amp;";
    entities['<'] = "&lt;";
    entities['>'] = "&gt;";
    entities['"'] = "&quot;";
    entities['\''] = "&apos;";
    return entities;
}();
}  // namespace

void append_escaped_xml(std::string& out, std::string_view text) {
    std::size_t plain = 0;  // start of the run of characters copied as they are
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* entity = kXmlEntities[static_cast<unsigned char>(text[i])];
        if (entity == nullptr) continue;
        out.append(text.data() + plain, i - plain);
        out += entity;
        plain = i + 1;
    }
    out.append(text.data() + plain, text.size() - plain);
}

std::string escape_xml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_escaped_xml(out, text);
    return out;
}

std::string unescape_xml(std::string_view text) {
    static constexpr std::pair<std::string_view, char> entities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (true) {
        const std::size_t amp = text.find('&', i);
        out.append(text.substr(i, amp == std::string_view::npos ? std::string_view::npos : amp - i));
        if (amp == std::string_view::npos) return out;
        i = amp + 1;
        char decoded = '&';  // an ampersand that starts no entity stays
        for (const auto& [entity, ch] : entities)
            if (text.substr(amp, entity.size()) == entity) {
                decoded = ch;
                i = amp + entity.size();
                break;
            }
        out += decoded;
    }
}

}  // namespace kansli
