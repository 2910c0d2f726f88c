// Numbers and diarienummer as people type them in data, checked against an input description.
#include <gtest/gtest.h>

#include "kansli/data.hpp"
#include "test_data.hpp"

using namespace kansli;

namespace {

const char* const kSchema = R"({
  "type": "object",
  "properties": {
    "amount": {"type": "number"},
    "count": {"type": "integer", "minimum": 0},
    "label": {"type": "string"},
    "either": {"type": ["number", "string"]},
    "dnr": {"type": "string", "format": "dnr"}
  }
})";

// The theme's diarienummer rule, as theme.json gives it.
const char* const kDnrTheme = R"j({"locale": {"dnr": {
  "pattern": "(?<series>[A-ZÅÄÖ]+)[ /](?<year>[0-9]{4}):(?<number>[0-9]+)", "format": "{series}/{year}:{number:5}"}}})j";

std::vector<DataProblem> problems_of(const std::string& data) {
    static const test::PackageWith with(kSchema, kDnrTheme);
    return check_data(parse_data(data, "d.json"), with.package());
}

}  // namespace

TEST(TypedNumbers, SwedishNotationIsANumberWhereANumberIsExpected) {
    EXPECT_TRUE(problems_of(R"({"amount": "-27 660"})").empty());
    EXPECT_TRUE(problems_of(R"({"amount": "57,7"})").empty());
    EXPECT_TRUE(problems_of(R"({"amount": "−711"})").empty());
    EXPECT_TRUE(problems_of(R"({"count": "1 291"})").empty());
    EXPECT_TRUE(problems_of(R"({"label": "57,7", "either": "fritext"})").empty());
}

TEST(TypedNumbers, AmbiguousOrMalformedTextIsAnErrorAtItsPath) {
    auto found = problems_of(R"({"amount": "1.234"})");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].json_path, "/amount");
    EXPECT_NE(found[0].message.find("ambiguous"), std::string::npos) << found[0].message;

    found = problems_of(R"({"amount": "12 tkr"})");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("expected number, found a string"), std::string::npos) << found[0].message;

    found = problems_of(R"({"count": "2,5"})");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("whole number"), std::string::npos) << found[0].message;
}

TEST(TypedNumbers, LimitsApplyToTheNumberTheTextStandsFor) {
    const auto found = problems_of(R"({"count": "-1"})");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].json_path, "/count");
    EXPECT_EQ(found[0].message, "must be at least 0");
}

TEST(DnrFormat, AnInvalidDiarienummerNamesTheField) {
    EXPECT_TRUE(problems_of(R"({"dnr": "SN 2023:130"})").empty());
    const auto found = problems_of(R"({"dnr": "SN-2023-130"})");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].json_path, "/dnr");
    EXPECT_NE(found[0].message.find("'SN-2023-130' is not a diarienummer"), std::string::npos) << found[0].message;
}

TEST(DnrFormat, WithoutARuleAnyTextIsADiarienummer) {
    const test::PackageWith without_rule(kSchema);
    EXPECT_TRUE(check_data(parse_data(R"({"dnr": "vad som helst"})", "d.json"), without_rule.package()).empty());
}
