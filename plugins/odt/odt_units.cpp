#include "odt_units.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace kansli::odt {

std::string decimal(double value) {
    if (!std::isfinite(value)) value = 0.0;
    std::array<char, 64> buffer{};
    // std::to_chars never consults the C locale: "12.5" everywhere, never "12,5".
    const auto [end, ec] =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, 3);
    std::string text(buffer.data(), ec == std::errc{} ? end : buffer.data());
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    if (text.empty() || text == "-0") return std::string(1, '0');
    return text;
}

std::string mm(double millimetres) { return decimal(millimetres) + "mm"; }

std::string pt(double points) { return decimal(points) + "pt"; }

}  // namespace kansli::odt
