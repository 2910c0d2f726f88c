// Input data: reading JSON with precise errors, and checking it against a package's input
// description (a documented subset of JSON Schema, see docs/template-packages.md).
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kansli/locale.hpp"

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

// Parses JSON text. Throws Error(Kind::Data) naming `source_name`, the line and column for
// malformed JSON or invalid UTF-8, and the JSON path for characters that XML cannot carry.
nlohmann::json parse_data(std::string_view text, const std::string& source_name);
nlohmann::json load_data(const std::filesystem::path& file);

struct DataProblem {
    std::string json_path;  // "/items/2/dnr"; "" for the whole document
    std::string message;
};

// Every place where `data` does not fit `schema`: depth first, object keys in sorted order.
// Strings typed the Swedish way ("-27 660", "57,7") count as numbers where the schema wants a
// number and not a string; `"format": "dnr"` strings must fit `dnr` (the theme's rule) when given.
std::vector<DataProblem> check_data(const nlohmann::json& data, const nlohmann::json& schema,
                                    const std::optional<sv::DnrRule>& dnr = std::nullopt);

}  // namespace kansli

#pragma GCC visibility pop
