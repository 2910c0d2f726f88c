// Finding tokens in JSON text by their order. nlohmann's parse callback knows what it is at
// (the 7th key, the 65th nested object) but not where; these give an error its line and column.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace kansli {

enum class JsonToken {
    Key,             // a string followed by ':'
    ContainerStart,  // '{' or '['
    Number,
};

// The offset of the `n`-th (0-based) token of that kind, outside strings; nullopt when the
// text has fewer.
std::optional<std::size_t> offset_of_nth(std::string_view text, JsonToken kind, std::size_t n);

// The text of the number that starts at `offset`.
std::string_view number_at(std::string_view text, std::size_t offset);

// The offset of the first number written exactly as `literal` (outside strings).
std::optional<std::size_t> offset_of_number(std::string_view text, std::string_view literal);

}  // namespace kansli
