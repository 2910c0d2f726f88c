#include "data_uri.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace kansli::plugin {
namespace {

void append_base64(std::string& out, std::string_view bytes) {
    constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const auto at = [&](std::size_t i) -> std::uint32_t { return static_cast<unsigned char>(bytes[i]); };
    out.reserve(out.size() + (bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t group = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
        out += alphabet[group >> 18 & 63];
        out += alphabet[group >> 12 & 63];
        out += alphabet[group >> 6 & 63];
        out += alphabet[group & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t group = at(i) << 16;
        out += alphabet[group >> 18 & 63];
        out += alphabet[group >> 12 & 63];
        out += "==";
    } else if (rest == 2) {
        const std::uint32_t group = at(i) << 16 | at(i + 1) << 8;
        out += alphabet[group >> 18 & 63];
        out += alphabet[group >> 12 & 63];
        out += alphabet[group >> 6 & 63];
        out += '=';
    }
}

// A media type is type/subtype made of token characters. Anything else (a quote, a space, a
// comma) would end the attribute or the data URI's header early, so it is not trusted.
bool is_plain_media_type(std::string_view type) {
    const auto slash = type.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == type.size()) return false;
    return std::all_of(type.begin(), type.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '+' ||
               c == '-' || c == '.';
    });
}

}  // namespace

std::string data_uri(const Image& image) {
    std::string uri = "data:";
    uri += is_plain_media_type(image.media_type) ? image.media_type : "application/octet-stream";
    uri += ";base64,";
    append_base64(uri, image.bytes);
    return uri;
}

}  // namespace kansli::plugin
