// Shared by the libFuzzer targets: the one rule every target checks. Errors a user can cause
// must come out as kansli::Error (a clear message, a non-zero exit); anything else escaping
// — another exception, a crash, a leak, undefined behaviour — is a bug the fuzzer reports.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "kansli/error.hpp"

namespace kansli::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// Runs `action`; a kansli::Error is the expected answer to bad input and ends the run quietly.
template <typename Action>
void expecting_only_kansli_errors(Action&& action) {
    try {
        action();
    } catch (const kansli::Error&) {
    }
}

inline std::filesystem::path source_dir() { return KANSLI_SOURCE_DIR; }

}  // namespace kansli::fuzz
