// Fuzz target: the data reader's two parsers against each other (core/src/data.cpp). simdjson
// reads what it accepts, nlohmann's parser the rest; for any text both ways must give the same
// value, number types included, or the same error, or a data file would mean something else
// depending on which parser happened to read it. Built with the reader's sources compiled in (its switch is internal).
#include <cstdlib>
#include <string>

#include "data_reader.hpp"
#include "fuzz_support.hpp"
#include "json_typed.hpp"

namespace {

std::string outcome(std::string_view text, kansli::detail::JsonReader reader) {
    try {
        return "value " + kansli::test::typed_json(kansli::detail::parse_data(text, "fuzz.json", reader));
    } catch (const kansli::Error& e) {
        return std::string("error ") + e.what();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = kansli::fuzz::as_text(data, size);
    if (outcome(text, kansli::detail::JsonReader::simdjson_first) !=
        outcome(text, kansli::detail::JsonReader::nlohmann_only))
        std::abort();  // the input is saved under crashes/
    return 0;
}
