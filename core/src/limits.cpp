#include "kansli/limits.hpp"

#include <charconv>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kansli/error.hpp"

namespace kansli {

namespace {

// The variable's value as a whole number in [low, high], or `fallback` when it is not set.
template <typename Number>
Number from_variable(const char* name, Number fallback, Number low, Number high) {
    const char* raw = std::getenv(name);
    if (raw == nullptr || *raw == '\0') return fallback;
    const std::string_view text(raw);
    Number value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high)
        throw Error(Error::Kind::Usage, {name, 0, 0, {}},
                    "'" + std::string(text) + "' is not a whole number from " + std::to_string(low) + " to " +
                        std::to_string(high));
    return value;
}

}  // namespace

Limits Limits::from_environment() {
    Limits limits;
    constexpr std::uint64_t kTera = std::uint64_t{1} << 40;
    limits.max_input_bytes = from_variable<std::size_t>("KANSLI_MAX_INPUT_BYTES", limits.max_input_bytes, 1, kTera);
    limits.max_depth = from_variable<int>("KANSLI_MAX_DEPTH", limits.max_depth, 1, kDepthCeiling);
    limits.max_image_bytes = from_variable<std::size_t>("KANSLI_MAX_IMAGE_BYTES", limits.max_image_bytes, 1, kTera);
    limits.max_image_pixels =
        from_variable<std::uint64_t>("KANSLI_MAX_IMAGE_PIXELS", limits.max_image_pixels, 1, kTera);
    return limits;
}

}  // namespace kansli
