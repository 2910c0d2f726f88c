/// \file
/// Limits that keep hostile or mistaken input from exhausting memory, stack or time. Each has a
/// safe default and can be changed by an environment variable (docs/reliability.md).
#pragma once

#include <cstddef>
#include <cstdint>

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

/// How much input the library accepts. The library reads them with from_environment() where
/// it needs them; a program changes them through the environment.
struct Limits {
    std::size_t max_input_bytes = std::size_t{64} << 20;  ///< one data file (KANSLI_MAX_INPUT_BYTES)
    int max_depth = 64;                                   ///< nesting of the data (KANSLI_MAX_DEPTH)
    std::size_t max_image_bytes = std::size_t{32} << 20;  ///< one image file (KANSLI_MAX_IMAGE_BYTES)
    std::uint64_t max_image_pixels = 100'000'000;         ///< width × height (KANSLI_MAX_IMAGE_PIXELS)

    /// The highest nesting anyone may configure: the checks and the renderer recurse once per
    /// level, and this stays far from the end of any thread's stack.
    static constexpr int kDepthCeiling = 256;

    /// The defaults, each replaced by its environment variable when that is set. Throws
    /// Error (Error::Kind::Usage) naming the variable when a value is not a whole number in range.
    static Limits from_environment();
};

}  // namespace kansli

#pragma GCC visibility pop
