// JSON Pointer strings ("/items/3/dnr") for messages about data.
#pragma once

#include <string>
#include <string_view>

namespace kansli {

inline std::string json_path_append(const std::string& base, std::string_view key) {
    std::string out = base + '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

inline std::string json_path_append(const std::string& base, std::size_t index) {
    return base + '/' + std::to_string(index);
}

}  // namespace kansli
