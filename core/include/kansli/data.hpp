/// \file
/// Input data: reading JSON with precise errors, and checking it against a package's input
/// description (a documented subset of JSON Schema, see docs/template-packages.md).
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

/// A JSON object as Kansli read it, which templates render. It has no key given twice, no text
/// XML cannot carry, and no deeper nesting than Limits::max_depth. Copies share the value, which
/// never changes. The JSON library inside is the library's own business: a program hands data
/// in as JSON text or a file (parse_data(), load_data()) and gets it back as text (to_json()).
class Data {
public:
    /// The data as compact JSON text, object keys in sorted order.
    std::string to_json() const;

private:
    friend struct DataAccess;
    struct Value;
    explicit Data(std::shared_ptr<const Value> value);
    std::shared_ptr<const Value> value_;
};

/// Parses JSON text into Data. The text must be a JSON object. Throws Error (Error::Kind::Data)
/// naming `source_name` (a file name, for messages), the line and column for malformed JSON or
/// invalid UTF-8, and the JSON path for characters that XML cannot carry.
Data parse_data(std::string_view text, const std::string& source_name);
/// Reads and parses a data file, as parse_data() does; messages name the file. Refuses a file
/// larger than Limits::max_input_bytes before reading it.
Data load_data(const std::filesystem::path& file);

/// One place where data does not fit an input description.
struct DataProblem {
    std::string json_path;  ///< `/items/2/dnr`; empty for the whole document
    std::string message;    ///< what is wrong there: "expected array, found an object"
};

/// Every place where `data` does not fit the package's input description: depth first, object
/// keys in sorted order. Strings typed the Swedish way ("-27 660", "57,7") count as numbers where
/// the description wants a number and not a string; `"format": "dnr"` strings must fit the
/// theme's diarienummer rule when it has one.
std::vector<DataProblem> check_data(const Data& data, const TemplatePackage& package);

}  // namespace kansli

#pragma GCC visibility pop
