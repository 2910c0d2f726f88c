// JSON Pointer strings ("/items/3/dnr") for messages about data.
#pragma once

#include <string>
#include <string_view>

namespace kansli {

// Control characters in a key are shown as \u0001 so that a message never carries them to a
// terminal or a log.
inline std::string json_path_append(const std::string& base, std::string_view key) {
    std::string out = base + '/';
    for (char c : key) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else if (byte < 0x20 || byte == 0x7F) {
            constexpr char hex[] = "0123456789ABCDEF";
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
        } else {
            out += c;
        }
    }
    return out;
}

inline std::string json_path_append(const std::string& base, std::size_t index) {
    return base + '/' + std::to_string(index);
}

// The path of the first node of `value` (itself included, then depth first, in key order) for
// which `matches(node)` holds; "" when none does. For messages: it walks the data.
template <typename Json, typename Matches>
std::string first_path_where(const Json& value, const Matches& matches, const std::string& path = {}) {
    if (matches(value)) return path.empty() ? "/" : path;
    if (value.is_object())
        for (const auto& [key, child] : value.items())
            if (auto found = first_path_where(child, matches, json_path_append(path, key)); !found.empty())
                return found;
    if (value.is_array())
        for (std::size_t i = 0; i < value.size(); ++i)
            if (auto found = first_path_where(value[i], matches, json_path_append(path, i)); !found.empty())
                return found;
    return "";
}

}  // namespace kansli
