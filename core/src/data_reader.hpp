// Which JSON parser reads data (core/src/data.cpp). kansli::parse_data reads with simdjson and
// falls back to nlohmann's parser for anything simdjson refuses; tests read the same text both
// ways and compare. The library's own code reads JSON here, as the nlohmann value it works on.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace kansli::detail {

enum class JsonReader {
    simdjson_first,  // simdjson, and nlohmann's parser where simdjson refuses the text
    nlohmann_only,
    simdjson_only,  // for tests: a Data error "simdjson refuses the text" instead of nlohmann
};

nlohmann::json parse_data(std::string_view text, const std::string& source_name, JsonReader reader);
// The bytes of a data file: a regular file within KANSLI_MAX_INPUT_BYTES (Error(Kind::Data) else).
std::string read_data_file(const std::filesystem::path& file);
// The file's text, read by simdjson first; for the library's own JSON files (themes, manifests,
// input descriptions, accept files) as much as for data.
nlohmann::json load_data(const std::filesystem::path& file);

}  // namespace kansli::detail
