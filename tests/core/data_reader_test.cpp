// Data is read by simdjson, and by nlohmann's parser where simdjson refuses the text
// (core/src/data.cpp). Both must give the same value, or the same error, for every input:
// every JSON file in the repository, every case of the bad-input catalogue, and the corners
// where the two parsers differ (number types, a byte order mark, numbers beyond 64 bits).
#include "data_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "json_typed.hpp"
#include "kansli/error.hpp"

namespace fs = std::filesystem;
using kansli::detail::JsonReader;

namespace {

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The value with its number types, or the error's message: what templates, the input checks
// and users see either way.
std::string outcome(const std::string& text, JsonReader reader) {
    try {
        return "value " + kansli::test::typed_json(kansli::detail::parse_data(text, "data.json", reader));
    } catch (const kansli::Error& e) {
        return std::string("error ") + e.what();
    }
}

enum class Valid { read_by_simdjson, maybe_not };

void expect_same(const std::string& text, const std::string& what, Valid valid = Valid::read_by_simdjson) {
    const std::string reference = outcome(text, JsonReader::nlohmann_only);
    EXPECT_EQ(outcome(text, JsonReader::simdjson_first), reference) << what;
    // Valid data must really be read by simdjson, or the comparison above compares nlohmann
    // with itself.
    if (valid == Valid::read_by_simdjson && reference.starts_with("value ")) {
        EXPECT_EQ(outcome(text, JsonReader::simdjson_only), reference) << what;
    }
}

bool simdjson_refuses(const std::string& text) {
    return outcome(text, JsonReader::simdjson_only).ends_with("simdjson refuses the text");
}

}  // namespace

TEST(DataReader, SimdjsonAndNlohmannAgreeOnEveryJsonFileOfTheRepository) {
    int files = 0;
    for (const char* folder : {"templates", "tests/fixtures", "tests/bad-input/cases", "examples"}) {
        const fs::path root = fs::path(KANSLI_SOURCE_DIR) / folder;
        if (!fs::is_directory(root)) continue;
        for (const auto& entry : fs::recursive_directory_iterator(root))
            if (entry.is_regular_file() && entry.path().extension() == ".json") {
                expect_same(read(entry.path()), entry.path().string());
                ++files;
            }
    }
    EXPECT_GT(files, 60);  // the catalogue alone has more
}

TEST(DataReader, SimdjsonAndNlohmannAgreeWhereTheyDiffer) {
    const std::vector<std::string> inputs = {
        R"({"a": -0, "b": 0, "c": -1, "d": 9223372036854775807, "e": 9223372036854775808})",
        R"({"u": 18446744073709551615, "big": 18446744073709551616, "bigger": -9223372036854775809})",
        R"({"f": 1.0, "g": -0.0, "h": 1e2, "i": 57.70, "j": 0.1, "k": 1E-7})",
        R"({"huge": 1e400})",
        "\xEF\xBB\xBF{\"bom\": true}",
        R"({"a": 1, "a": 2})",
        R"({"a": {"b": [1, 2, {"a": 1, "a": 1}]}})",
        R"({"nul": "x\u0000y"})",
        R"({"ctrl": "\u0001"})",
        "{\"raw\": \"a\tb\"}",
        R"({"surrogate": "\ud800"})",
        R"({"pair": "\ud83d\ude00"})",
        "{\"bad utf-8\": \"\xC3\x28\"}",
        R"({"trailing": 1,})",
        R"({"a": 1} x)",
        R"([1, 2])",
        R"("text")",
        "",
        "   ",
        R"({"å": "Årsredovisning – 57,7 %", "ä": [true, false, null]})",
        R"({"deep": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})",
    };
    for (const std::string& input : inputs) expect_same(input, input, Valid::maybe_not);
}

TEST(DataReader, NlohmannReadsWhatSimdjsonRefuses) {
    const std::string big = R"({"big": 18446744073709551616})";
    const std::string deep = "{\"deep\": " + std::string(1100, '[') + std::string(1100, ']') + "}";
    EXPECT_TRUE(simdjson_refuses(big));
    EXPECT_TRUE(simdjson_refuses(deep));
    EXPECT_TRUE(simdjson_refuses(R"({"a": 1,})"));
    // ... and the value or error is nlohmann's: the big number refused (a double would change
    // it), the depth limit.
    EXPECT_EQ(outcome(big, JsonReader::simdjson_first), outcome(big, JsonReader::nlohmann_only));
    EXPECT_NE(outcome(big, JsonReader::simdjson_first).find("is larger than 64 bits"), std::string::npos);
    EXPECT_EQ(outcome(deep, JsonReader::simdjson_first), outcome(deep, JsonReader::nlohmann_only));
    EXPECT_NE(outcome(deep, JsonReader::simdjson_first).find("KANSLI_MAX_DEPTH"), std::string::npos);
}

TEST(DataReader, SimdjsonReadsTextWithAByteOrderMark) {
    const std::string text = "\xEF\xBB\xBF{\"bom\": true}";
    EXPECT_EQ(outcome(text, JsonReader::simdjson_only), "value {\"bom\":true,}");
    EXPECT_EQ(outcome(text, JsonReader::nlohmann_only), "value {\"bom\":true,}");
}

TEST(DataReader, BothReadersTypeNumbersAlike) {
    for (const JsonReader reader : {JsonReader::simdjson_only, JsonReader::nlohmann_only}) {
        const auto data =
            kansli::detail::parse_data(R"({"i": -3, "u": 3, "z": -0, "f": 3.0, "s": "3"})", "data.json", reader);
        EXPECT_TRUE(data["i"].is_number_integer() && !data["i"].is_number_unsigned());
        EXPECT_TRUE(data["u"].is_number_unsigned());
        EXPECT_TRUE(data["z"].is_number_unsigned()) << "-0 is the unsigned 0 whichever parser reads it";
        EXPECT_TRUE(data["f"].is_number_float());
        EXPECT_TRUE(data["s"].is_string());
    }
}
