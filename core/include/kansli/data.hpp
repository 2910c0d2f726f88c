// Input data: reading JSON with precise errors, and checking it against a package's input
// description (a documented subset of JSON Schema, see docs/template-packages.md).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Everything declared here is libkansli's public API; the rest of the library is hidden.
#pragma GCC visibility push(default)

namespace kansli {

class TemplatePackage;

// A JSON object as Kansli read it: with no key given twice, no text XML cannot carry, and no
// deeper nesting than the limit (docs/reliability.md). What templates render. Copies share
// the value, which never changes. The JSON library inside is the library's own business: a
// program hands data in as JSON text or a file, and gets it back as text with to_json().
class Data {
public:
    // The data as compact JSON text, object keys in sorted order.
    std::string to_json() const;

private:
    friend struct DataAccess;
    struct Value;
    explicit Data(std::shared_ptr<const Value> value);
    std::shared_ptr<const Value> value_;
};

// Parses JSON text. Throws Error(Kind::Data) naming `source_name`, the line and column for
// malformed JSON or invalid UTF-8, and the JSON path for characters that XML cannot carry.
Data parse_data(std::string_view text, const std::string& source_name);
// Reads and parses a data file; messages name the file.
Data load_data(const std::filesystem::path& file);

struct DataProblem {
    std::string json_path;  // "/items/2/dnr"; "" for the whole document
    std::string message;
};

// Every place where `data` does not fit the package's input description: depth first, object
// keys in sorted order. Strings typed the Swedish way ("-27 660", "57,7") count as numbers where
// the description wants a number and not a string; `"format": "dnr"` strings must fit the
// theme's diarienummer rule when it has one.
std::vector<DataProblem> check_data(const Data& data, const TemplatePackage& package);

}  // namespace kansli

#pragma GCC visibility pop
