#include "links.hpp"

#include <algorithm>

namespace kansli {

namespace {

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string percent_encoded(std::string_view href) {
    constexpr std::string_view hex = "0123456789ABCDEF";
    std::string out;
    for (std::size_t i = 0; i < href.size(); ++i) {
        const auto byte = static_cast<unsigned char>(href[i]);
        const bool lone_percent = byte == '%' && !(i + 2 < href.size() && is_hex(href[i + 1]) && is_hex(href[i + 2]));
        if (byte <= 0x20 || byte == 0x7F || lone_percent ||
            std::string_view("\"<>\\^`{|}").find(static_cast<char>(byte)) != std::string_view::npos) {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0F];
        } else {
            out += static_cast<char>(byte);
        }
    }
    return out;
}

}  // namespace

std::optional<std::string> publishable_href(std::string_view href) {
    if (href.size() > 1 && href.front() == '#') return percent_encoded(href);
    const auto colon = href.find(':');
    if (colon == std::string_view::npos || colon == 0) return std::nullopt;
    std::string scheme(href.substr(0, colon));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    if (scheme != "http" && scheme != "https" && scheme != "mailto" && scheme != "tel") return std::nullopt;
    return percent_encoded(href);
}

}  // namespace kansli
