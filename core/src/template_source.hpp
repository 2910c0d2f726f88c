// Positions in template text, for messages that point at a template line.
#pragma once

#include <string>
#include <string_view>

namespace kansli {

inline int line_at(std::string_view text, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
    return line;
}

inline int column_at(std::string_view text, std::size_t offset) {
    const auto start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t from = start == std::string_view::npos || offset == 0 ? 0 : start + 1;
    int column = 1;
    for (std::size_t i = from; i < offset && i < text.size(); ++i)
        column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return column;
}

}  // namespace kansli
